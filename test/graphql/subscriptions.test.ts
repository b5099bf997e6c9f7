// Subscriptions push balance and transaction changes after commit, over SSE and WebSocket.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { ADMIN_TOKEN, createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { AccountBalance, AddMember, Post, member, standardBook } from '../support/books.ts';
import { hashSecret } from '../../src/services/auth.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { startServer } from '../../src/server.ts';

const BalanceChanged = graphql(`
  subscription BalanceChanged($bookId: ID!, $accountCodes: [String!]) {
    balanceChanged(bookId: $bookId, accountCodes: $accountCodes) {
      account { code } balance { posted available } transaction { number status }
    }
  }
`);

const BalanceAlert = graphql(`
  subscription BalanceAlert($bookId: ID!, $accountCode: String!, $below: Decimal, $above: Decimal) {
    balanceAlert(bookId: $bookId, accountCode: $accountCode, below: $below, above: $above) {
      account { code } balance { available } transaction { number }
    }
  }
`);

const RevokeSubscriberKey = graphql(`
  mutation RevokeSubscriberKey($id: ID!) { revokeApiKey(id: $id) }
`);

const TransactionChanged = graphql(`
  subscription TransactionChanged($bookId: ID!, $ledgerCode: String) {
    transactionChanged(bookId: $bookId, ledgerCode: $ledgerCode) { number status gross }
  }
`);

/** Opens an SSE subscription through yoga.fetch and collects its events. */
async function sse(app: TestApp, query: string, variables: unknown, token = ADMIN_TOKEN) {
  const controller = new AbortController();
  // yoga answers an SSE request once the first event is ready: read it in the background
  const responding = app.yoga.fetch('http://daybook.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  const decoder = new TextDecoder();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- event payloads are checked field by field
  const events: { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] }[] = [];
  let buffer = '';
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const pump = (async () => {
    try {
      reader = (await responding).body!.getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let cut;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const data = block.split('\n').find((line) => line.startsWith('data: '));
          if (data) events.push(JSON.parse(data.slice(6)));
        }
      }
    } catch {
      // aborted
    }
  })();
  const waitFor = async (count: number, ms = 5000) => {
    const until = Date.now() + ms;
    while (events.length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    return events;
  };
  const close = async () => {
    controller.abort();
    await reader?.cancel().catch(() => undefined);
    await pump;
  };
  return { events, waitFor, close };
}

const settle = () => new Promise((r) => setTimeout(r, 150));

describe.each(databaseKinds())('subscriptions on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app);
  });
  afterAll(() => app?.close());

  it('pushes one balance change per subscribed account after a posting commits', async () => {
    const stream = await sse(app, print(BalanceChanged), { bookId, accountCodes: ['ACME', '1100'] });
    await settle();
    await app.ok(Post, { input: { bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-06-01', lines: [{ net: '10.00', taxCode: 'S' }] } });
    const events = await stream.waitFor(2);
    await stream.close();
    const changes = events.map((e) => e.data!.balanceChanged);
    expect(changes.map((c) => c.account.code).sort()).toEqual(['1100', 'ACME']);
    const acme = changes.find((c) => c.account.code === 'ACME');
    expect(acme.balance.posted).toBe('12.00');
    expect(acme.transaction.status).toBe('POSTED');
  });

  it('announces nothing for a refused posting, and the next committed one by ledger', async () => {
    const stream = await sse(app, print(TransactionChanged), { bookId, ledgerCode: 'SL' });
    await settle();
    const refused = await app.request(Post, { input: { bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-06-02', lines: [{ net: '1.001', taxCode: 'S' }] } });
    expect(refused.errors).toBeDefined();
    await app.ok(Post, { input: { bookId, typeCode: 'BL', accountCode: 'BANK1', counterAccountCode: 'CASH1', date: '2026-06-02', amount: '5.00' } });
    await app.ok(Post, { input: { bookId, typeCode: 'SI', accountCode: 'GLOBEX', date: '2026-06-02', lines: [{ net: '3.00', taxCode: 'Z' }] } });
    const events = await stream.waitFor(1);
    await settle();
    await stream.close();
    expect(events.map((e) => e.data!.transactionChanged.gross)).toEqual(['3.00']);
  });

  it('refuses an unknown ledgerCode or account code (NOT_FOUND), not "everything"', async () => {
    const byLedger = await sse(app, print(TransactionChanged), { bookId, ledgerCode: 'NOPE' });
    const byAccount = await sse(app, print(BalanceChanged), { bookId, accountCodes: ['ACME', 'NOPE'] });
    const byAlert = await sse(app, print(BalanceAlert), { bookId, accountCode: 'NOPE', below: '0.00' });
    for (const stream of [byLedger, byAccount, byAlert]) {
      const [first] = await stream.waitFor(1);
      await stream.close();
      expect(first?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect(byAccount.events[0]?.errors?.[0]).toMatchObject({ message: expect.stringMatching(/"NOPE"/) });
  });

  it('balanceAlert: once when the available balance crosses a threshold, once when it returns', async () => {
    const { book } = await app.ok(AccountBalance, { bookId, code: 'BANK1' });
    const now = Number(book!.account!.balance.available);
    const stream = await sse(app, print(BalanceAlert), { bookId, accountCode: 'BANK1', below: (now - 10).toFixed(2), above: (now + 10).toFixed(2) });
    await settle();
    const move = (from: string, to: string, amount: string) =>
      app.ok(Post, { input: { bookId, typeCode: 'BL', accountCode: from, counterAccountCode: to, date: '2026-06-04', amount } });
    await move('BANK1', 'CASH1', '1.00'); // within: nothing
    await move('BANK1', 'CASH1', '20.00'); // crosses
    await move('BANK1', 'CASH1', '2.00'); // still beyond: nothing
    await move('CASH1', 'BANK1', '22.00'); // returns
    await move('CASH1', 'BANK1', '1.00'); // within: nothing
    const events = await stream.waitFor(2);
    await settle();
    await stream.close();
    expect(events.length).toBe(2);
    const [crossed, returned] = events.map((e) => e.data!.balanceAlert);
    expect(Math.abs(Number(crossed.balance.available) - now)).toBe(21);
    expect(Number(returned.balance.available)).toBe(now + (Number(crossed.balance.available) > now ? 1 : -1));
    const refused = await sse(app, print(BalanceAlert), { bookId, accountCode: 'BANK1' });
    const [first] = await refused.waitFor(1);
    await refused.close();
    expect(first?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('stops within 5 s a subscription whose key is revoked or whose member is removed', async () => {
    const token = await member(app, bookId, `Subscriber ${kind}`, 'VIEWER');
    const key = await app.db.prisma.apiKey.findUniqueOrThrow({ where: { secretHash: hashSecret(token) } });
    const byKey = await sse(app, print(TransactionChanged), { bookId }, token);
    const token2 = await member(app, bookId, `Removed ${kind}`, 'VIEWER');
    const key2 = await app.db.prisma.apiKey.findUniqueOrThrow({ where: { secretHash: hashSecret(token2) } });
    const byMember = await sse(app, print(TransactionChanged), { bookId }, token2);
    await settle();
    await app.ok(Post, { input: { bookId, typeCode: 'BL', accountCode: 'BANK1', counterAccountCode: 'CASH1', date: '2026-06-05', amount: '1.00' } });
    await byKey.waitFor(1);
    await byMember.waitFor(1);
    const cut = Date.now();
    await app.ok(RevokeSubscriberKey, { id: key.id });
    await app.ok(AddMember, { input: { bookId, userId: key2.userId, role: null } });
    const [, keyStop] = await byKey.waitFor(2, 6000);
    const [, memberStop] = await byMember.waitFor(2, 6000);
    const took = Date.now() - cut;
    await byKey.close();
    await byMember.close();
    expect(keyStop?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(memberStop?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(took).toBeLessThan(5000);
  });

  it('refuses a subscription to a book the caller is not a member of as an unknown book (NOT_FOUND)', async () => {
    const other = await createTestApp(kind);
    try {
      const foreignBook = await standardBook(other, 'Elsewhere');
      await app.db.prisma.book.create({ data: { id: foreignBook, name: 'not mine', baseCurrency: 'GBP' } });
      const stream = await sse(app, print(TransactionChanged), { bookId: foreignBook });
      const events = await stream.waitFor(1);
      await stream.close();
      expect(events[0]?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((events[0]?.errors?.[0] as { message?: string } | undefined)?.message).toBe(`No book ${foreignBook}: check the bookId (the books query lists yours)`);
    } finally {
      await other.close();
    }
  });
});

describe('subscriptions over WebSocket', () => {
  let dir: string;
  let running: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'daybook-ws-'));
    const config = loadConfig({
      PORT: '1',
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

  it('delivers transactionChanged to a graphql-ws client authenticated by connectionParams', async () => {
    const url = running.url;
    const call = async (query: string, variables: unknown) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
        body: JSON.stringify({ query, variables }),
      });
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads a few known fields
      return (await response.json()) as { data: any };
    };
    const { data } = await call('mutation { createBook(input: { name: "WS", baseCurrency: "GBP", template: STANDARD }) { id } }', {});
    const bookId = data.createBook.id;
    const client = createClient({
      url: url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    const received: unknown[] = [];
    const done = new Promise<void>((resolve, reject) => {
      const unsubscribe = client.subscribe(
        { query: print(TransactionChanged), variables: { bookId } },
        {
          next: (value) => {
            received.push(value);
            unsubscribe();
            resolve();
          },
          error: reject,
          complete: resolve,
        },
      );
    });
    // the client subscribes asynchronously: post until it has heard one (a busy machine is slow to subscribe)
    const post = () =>
      call(
        'mutation($b: ID!) { createTransaction(input: { bookId: $b, typeCode: "BL", accountCode: "BANK1", counterAccountCode: "CASH1", date: "2026-06-03", amount: "7.50" }) { id } }',
        { b: bookId },
      );
    await settle();
    await post();
    for (let i = 0; i < 20 && received.length === 0; i++) {
      await Promise.race([done, new Promise((r) => setTimeout(r, 2000))]);
      if (received.length === 0) await post();
    }
    await done;
    await client.dispose();
    expect(received).toEqual([{ data: { transactionChanged: { number: expect.stringMatching(/^BL-0000\d\d$/), status: 'POSTED', gross: '7.50' } } }]);
  });
});
