// Access outlives nothing: a subscription whose key is revoked or expires, or whose user leaves
// the book, ends within seconds (SSE on both databases, WebSocket on a real server), against
// the real pub/sub of the server that committed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { ADMIN_TOKEN, createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { AddMember, Post, standardBook } from '../support/books.ts';
import { sse } from '../support/sse.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { startServer } from '../../src/server.ts';
import { createDaybook } from '../../src/yoga.ts';

const Watch = graphql(`
  subscription AccessWatch($bookId: ID!) { transactionChanged(bookId: $bookId) { number } }
`);
const Someone = graphql(`
  mutation AccessSomeone($input: CreateUserInput!) { createUser(input: $input) { id } }
`);
const KeyFor = graphql(`
  mutation AccessKeyFor($userId: ID!, $expiresAt: DateTime) { createApiKey(userId: $userId, expiresAt: $expiresAt) { id secret } }
`);
const Revoke = graphql(`
  mutation AccessRevoke($id: ID!) { revokeApiKey(id: $id) }
`);

const codeOf = (event: { errors?: { extensions?: { code?: string } }[] } | undefined) => event?.errors?.[0]?.extensions?.code;

describe.each(databaseKinds())('subscriptions end when access ends, on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  let day = 0;
  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app);
  });
  afterAll(() => app?.close());

  async function viewer(expiresAt?: string) {
    const { createUser } = await app.ok(Someone, { input: { name: 'Watcher' } });
    const { createApiKey } = await app.ok(KeyFor, { userId: createUser.id, expiresAt });
    await app.ok(AddMember, { input: { bookId, userId: createUser.id, role: 'VIEWER' } });
    return { userId: createUser.id, keyId: createApiKey.id, token: createApiKey.secret };
  }
  const post = () =>
    app.ok(Post, { input: { bookId, typeCode: 'BL', accountCode: 'BANK1', counterAccountCode: 'CASH1', date: `2026-08-${String(++day).padStart(2, '0')}`, amount: '1.00' } });

  it('ends at once when the key is revoked on the same server (UNAUTHENTICATED), and delivers nothing after', async () => {
    const who = await viewer();
    const stream = await sse(app, print(Watch), { bookId }, who.token);
    await sleep(150);
    await post();
    await stream.waitFor(1);
    const revokedAt = Date.now();
    await app.ok(Revoke, { id: who.keyId });
    await stream.waitFor(2, 3000);
    expect(Date.now() - revokedAt).toBeLessThan(1000);
    await post();
    await stream.ended;
    expect(stream.events).toHaveLength(2);
    expect(stream.events[0]!.data?.transactionChanged.number).toMatch(/^BL-/);
    expect(codeOf(stream.events[1])).toBe('UNAUTHENTICATED');
  });

  it('ends within its re-check interval when the key is revoked on another server', async () => {
    const who = await viewer();
    const other = createDaybook(app.db, createLogger('silent'), { subscriptionRecheckMs: 300 });
    try {
      const stream = await sse({ yoga: other }, print(Watch), { bookId }, who.token);
      await sleep(400);
      expect(stream.events).toHaveLength(0);
      const revokedAt = Date.now();
      await app.ok(Revoke, { id: who.keyId });
      await stream.waitFor(1, 3000);
      expect(Date.now() - revokedAt).toBeLessThan(1500);
      expect(codeOf(stream.events[0])).toBe('UNAUTHENTICATED');
      await stream.ended;
    } finally {
      await other.dispose();
    }
  });

  it('ends when the key expires', async () => {
    const who = await viewer(new Date(Date.now() + 1200).toISOString());
    const other = createDaybook(app.db, createLogger('silent'), { subscriptionRecheckMs: 300 });
    try {
      const stream = await sse({ yoga: other }, print(Watch), { bookId }, who.token);
      await stream.waitFor(1, 4000);
      expect(codeOf(stream.events[0])).toBe('UNAUTHENTICATED');
      expect(stream.events[0]!.errors?.[0]).toMatchObject({ message: expect.stringMatching(/expired/) });
      await stream.ended;
    } finally {
      await other.dispose();
    }
  });

  it('stops delivering, and ends, once the user is no longer a member (checked on the next event)', async () => {
    const who = await viewer();
    const stream = await sse(app, print(Watch), { bookId }, who.token);
    await sleep(150);
    await post();
    await stream.waitFor(1);
    await app.ok(AddMember, { input: { bookId, userId: who.userId, role: null } });
    await sleep(1100); // events closer together than a second are checked in memory only
    await post();
    await stream.waitFor(2, 3000);
    await stream.ended;
    expect(stream.events).toHaveLength(2);
    expect(codeOf(stream.events[1])).toBe('FORBIDDEN');
  });
});

describe('WebSocket subscriptions end when their key is revoked', () => {
  let dir: string;
  let running: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'daybook-ws-access-'));
    const config = loadConfig({
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${join(dir, 'daybook.db')}`,
      DAYBOOK_ADMIN_TOKEN: ADMIN_TOKEN,
      DAYBOOK_DATA_DIR: dir,
      LOG_LEVEL: 'silent',
    });
    running = await startServer({ ...config, port: 0 }, createLogger('silent'));
  });
  afterAll(async () => {
    await running?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the refusal and completes, and the next transaction is not delivered', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads a few known fields
    const call = async (query: string, variables: unknown = {}): Promise<{ data: any }> => {
      const response = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
        body: JSON.stringify({ query, variables }),
      });
      return response.json() as never;
    };
    const bookId = (await call('mutation { createBook(input: { name: "WS", baseCurrency: "GBP", template: STANDARD }) { id } }')).data.createBook.id;
    const userId = (await call('mutation { createUser(input: { name: "Wes" }) { id } }')).data.createUser.id;
    const key = (await call('mutation($u: ID!) { createApiKey(userId: $u) { id secret } }', { u: userId })).data.createApiKey;
    await call('mutation($b: ID!, $u: ID!) { setMembership(input: { bookId: $b, userId: $u, role: VIEWER }) { role } }', { b: bookId, u: userId });
    const post = (amount: string) =>
      call('mutation($b: ID!, $a: Decimal!) { createTransaction(input: { bookId: $b, typeCode: "BL", accountCode: "BANK1", counterAccountCode: "CASH1", date: "2026-08-01", amount: $a }) { id } }', { b: bookId, a: amount });

    const client = createClient({ url: running.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${key.secret}` } });
    const received: unknown[] = [];
    let failure: unknown;
    const finished = new Promise<void>((resolve) => {
      client.subscribe({ query: print(Watch), variables: { bookId } }, {
        next: (value) => received.push(value),
        error: (error) => {
          failure = error;
          resolve();
        },
        complete: resolve,
      });
    });
    await sleep(200);
    await post('2.00');
    while (received.length < 1) await sleep(20);
    const revokedAt = Date.now();
    await call('mutation($id: ID!) { revokeApiKey(id: $id) }', { id: key.id });
    await finished;
    expect(Date.now() - revokedAt).toBeLessThan(1000);
    await post('3.00');
    await sleep(200);
    await client.dispose();
    expect(received).toEqual([{ data: { transactionChanged: { number: 'BL-000001' } } }]);
    expect(JSON.stringify(failure)).toMatch(/UNAUTHENTICATED|revoked/);
  });
});
