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
import { Post, standardBook } from '../support/books.ts';
import { sse } from '../support/sse.ts';
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

const TransactionChanged = graphql(`
  subscription TransactionChanged($bookId: ID!, $ledgerCode: String) {
    transactionChanged(bookId: $bookId, ledgerCode: $ledgerCode) { number status gross }
  }
`);

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

  it('refuses a subscription to a book the caller is not a member of (FORBIDDEN)', async () => {
    const other = await createTestApp(kind);
    try {
      const foreignBook = await standardBook(other, 'Elsewhere');
      await app.db.prisma.book.create({ data: { id: foreignBook, name: 'not mine', baseCurrency: 'GBP' } });
      const stream = await sse(app, print(TransactionChanged), { bookId: foreignBook });
      const events = await stream.waitFor(1);
      await stream.close();
      expect(events[0]?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
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
    await settle();
    await call(
      'mutation($b: ID!) { createTransaction(input: { bookId: $b, typeCode: "BL", accountCode: "BANK1", counterAccountCode: "CASH1", date: "2026-06-03", amount: "7.50" }) { id } }',
      { b: bookId },
    );
    await done;
    await client.dispose();
    expect(received).toEqual([{ data: { transactionChanged: { number: 'BL-000001', status: 'POSTED', gross: '7.50' } } }]);
  });
});
