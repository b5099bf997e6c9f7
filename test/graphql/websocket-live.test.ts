// Live traffic on a real listening server (startServer, as `npm start` runs it), on both
// databases: the bound on open subscriptions per key counts SSE and WebSocket together and
// frees a slot as soon as its client goes (even with no event in the book); an unexpected
// error over WebSocket is masked as over HTTP and logged with the operation's request id.
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { graphql } from '../generated/index.ts';
import { ADMIN_TOKEN, databaseKinds, freshTarget } from '../support/app.ts';
import { sse } from '../support/sse.ts';
import { loadConfig } from '../../src/config.ts';
import { startServer } from '../../src/server.ts';

const LiveWatch = graphql(`
  subscription LiveWatch($bookId: ID!) { transactionChanged(bookId: $bookId) { number } }
`);

type Received = { data?: { transactionChanged?: { number: string } }; errors?: { message: string; extensions?: Record<string, unknown> }[] };

describe.each(databaseKinds())('subscriptions and WebSocket errors on a running server on %s', (kind) => {
  let running: Awaited<ReturnType<typeof startServer>>;
  let cleanup: () => Promise<void>;
  const lines: Record<string, unknown>[] = [];
  const clients: Client[] = [];
  beforeAll(async () => {
    const fresh = await freshTarget(kind);
    cleanup = fresh.cleanup;
    const config = loadConfig({
      HOST: '127.0.0.1',
      DATABASE_URL: fresh.target.kind === 'sqlite' ? `file:${fresh.target.file}` : fresh.target.url,
      DAYBOOK_ADMIN_TOKEN: ADMIN_TOKEN,
      DAYBOOK_DATA_DIR: fresh.target.kind === 'sqlite' ? fresh.target.file.replace(/daybook\.db$/, '') : '/tmp',
      DAYBOOK_MAX_SUBSCRIPTIONS_PER_KEY: '2',
    });
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
    running = await startServer({ ...config, port: 0 }, log);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await running?.stop();
    await cleanup?.();
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads a few known fields
  const call = async (query: string, variables: unknown = {}, token = ADMIN_TOKEN): Promise<{ data: any }> => {
    const response = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return response.json() as never;
  };
  const overHttp = { yoga: { fetch: (_url: string, init: RequestInit) => fetch(running.url, init) } } as unknown as Parameters<typeof sse>[0];

  function overWs(token: string, query: string, variables: unknown) {
    const client = createClient({ url: running.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` } });
    clients.push(client);
    const received: Received[] = [];
    let ended = false;
    const finished = new Promise<void>((resolve) => {
      client.subscribe({ query, variables: variables as Record<string, unknown> }, {
        next: (value) => received.push(value as Received),
        error: (error) => {
          received.push({ errors: Array.isArray(error) ? (error as Received['errors']) : [{ message: String(error) }] });
          ended = true;
          resolve();
        },
        complete: () => {
          ended = true;
          resolve();
        },
      });
    });
    return { received, finished, client, ended: () => ended };
  }
  const until = async (check: () => boolean, what: string, ms = 10_000) => {
    const deadline = Date.now() + ms;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };

  it('bounds one key to DAYBOOK_MAX_SUBSCRIPTIONS_PER_KEY over SSE and WebSocket together (RATE_LIMITED), and frees a slot when one closes', async () => {
    const bookId = (await call('mutation { createBook(input: { name: "Live", baseCurrency: "GBP", template: STANDARD }) { id } }')).data.createBook.id;
    const userId = (await call('mutation { createUser(input: { name: "Lively" }) { id } }')).data.createUser.id;
    const token = (await call('mutation($u: ID!) { createApiKey(userId: $u) { secret } }', { u: userId })).data.createApiKey.secret;
    await call('mutation($b: ID!, $u: ID!) { setMembership(input: { bookId: $b, userId: $u, role: VIEWER }) { role } }', { b: bookId, u: userId });
    let amount = 0;
    const post = async () =>
      (await call('mutation($b: ID!, $a: Decimal!) { createTransaction(input: { bookId: $b, typeCode: "BL", accountCode: "BANK1", counterAccountCode: "CASH1", date: "2026-08-01", amount: $a }) { number } }', { b: bookId, a: `${++amount}.00` })).data.createTransaction.number as string;

    const viaSse = await sse(overHttp, print(LiveWatch), { bookId }, token);
    const viaWs = overWs(token, print(LiveWatch), { bookId });
    // both are listening once both have heard a posting (one made before a stream started is not its to hear)
    const listening = async (...heard: (() => number)[]) => {
      for (let attempt = 0; attempt < 20 && !heard.every((count) => count() > 0); attempt++) {
        await post();
        const deadline = Date.now() + 1000;
        while (!heard.every((count) => count() > 0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(heard.map((count) => count() > 0)).toEqual(heard.map(() => true));
    };
    await listening(() => viaSse.events.length, () => viaWs.received.length);
    expect(viaSse.events.every((e) => e.data?.transactionChanged.number)).toBe(true);

    const thirdWs = overWs(token, print(LiveWatch), { bookId });
    await thirdWs.finished;
    expect(thirdWs.received).toHaveLength(1);
    expect(thirdWs.received[0]!.errors![0]).toMatchObject({
      message: expect.stringMatching(/2 subscriptions open.*DAYBOOK_MAX_SUBSCRIPTIONS_PER_KEY/),
      extensions: { code: 'RATE_LIMITED', limit: 2 },
    });
    // what an HTTP answer carries as its status and headers is not in a WebSocket payload
    expect(thirdWs.received[0]!.errors![0]!.extensions).not.toHaveProperty('http');
    const thirdSse = await sse(overHttp, print(LiveWatch), { bookId }, token);
    await thirdSse.waitFor(1);
    await thirdSse.ended;
    expect(thirdSse.events[0]!.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // another key has slots of its own
    const admins = overWs(ADMIN_TOKEN, print(LiveWatch), { bookId });

    // closing one frees its slot at once, with no event in the book to wake it
    await viaSse.close();
    let reopened = overWs(token, print(LiveWatch), { bookId });
    for (let attempt = 0; attempt < 40; attempt++) {
      await Promise.race([reopened.finished, new Promise((resolve) => setTimeout(resolve, 250))]);
      if (!reopened.ended()) break;
      reopened = overWs(token, print(LiveWatch), { bookId });
    }
    expect(reopened.ended()).toBe(false);
    await listening(() => reopened.received.length, () => admins.received.length);
    const heard = viaWs.received.length;
    const last = await post();
    const hears = (stream: { received: Received[] }) => stream.received.some((r) => r.data?.transactionChanged?.number === last);
    await until(() => hears(reopened) && hears(admins) && hears(viaWs), 'every open subscription to hear the last posting');
    expect(viaWs.received).toHaveLength(heard + 1);
    expect([...reopened.received, ...admins.received, ...viaWs.received].every((r) => !r.errors)).toBe(true);
  });

  it('masks an unexpected error over WebSocket like HTTP, and logs it with the request id', async () => {
    const bookId = (await call('mutation { createBook(input: { name: "Broken", baseCurrency: "GBP", template: STANDARD }) { id } }')).data.createBook.id;
    // a fault of the server's own: a table gone from under it
    await running.db.prisma.$executeRawUnsafe('ALTER TABLE "Category" RENAME TO "CategoryGone"');
    try {
      const before = lines.length;
      const query = 'query Broken($b: ID!) { book(id: $b) { categories { id } } }';
      const overSocket = overWs(ADMIN_TOKEN, query, { b: bookId });
      await overSocket.finished;
      const answer = JSON.stringify(overSocket.received);
      expect(overSocket.received[0]!.errors![0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(answer).not.toMatch(/Category|stack|prisma|at \//i);
      // the same over HTTP
      const http = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
        body: JSON.stringify({ query, variables: { b: bookId } }),
      });
      const httpAnswer = (await http.json()) as Received;
      expect(httpAnswer.errors![0]).toMatchObject({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      // each logged once, on its request's logger
      const logged = lines.slice(before).filter((line) => line.msg === 'unexpected error');
      expect(logged).toHaveLength(2);
      expect(logged.every((line) => typeof line.reqId === 'string' && (line.reqId as string).length > 0)).toBe(true);
      expect(logged[1]!.reqId).toBe(http.headers.get('x-request-id'));
      expect(JSON.stringify(logged[0]!.err)).toMatch(/Category/);
    } finally {
      await running.db.prisma.$executeRawUnsafe('ALTER TABLE "CategoryGone" RENAME TO "Category"');
    }
  });
});
