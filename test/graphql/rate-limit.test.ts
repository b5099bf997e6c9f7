// The per-key mutation rate limit: a token bucket of DAYBOOK_RATE_LIMIT_MUTATIONS root mutation
// fields a minute. Each alias counts, createTransactions counts once; over it the request is
// refused whole (RATE_LIMITED, HTTP 429, Retry-After) and writes nothing. The clock is the
// test's own, so nothing here depends on how fast the machine is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, ADMIN_TOKEN, type TestApp } from '../support/app.ts';
import { member, standardBook } from '../support/books.ts';
import { graphql } from '../generated/index.ts';
import { DEFAULT_RATE_LIMITS, loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createDaybook, type Daybook } from '../../src/yoga.ts';

const PER_MINUTE = 5;

const Count = graphql(`
  query RateLimitCount($bookId: ID!) { book(id: $bookId) { transactions(first: 100) { edges { node { id } } } } }
`);

const transfer = (bookId: string, day: number) =>
  `{ bookId: "${bookId}", typeCode: "BL", accountCode: "BANK1", counterAccountCode: "CASH1", date: "2026-03-${String(day).padStart(2, '0')}", amount: "1.00" }`;

/** One request of `n` aliased createTransaction. */
const aliased = (bookId: string, n: number, from: number) =>
  `mutation { ${Array.from({ length: n }, (_, i) => `t${i}: createTransaction(input: ${transfer(bookId, from + i)}) { id }`).join(' ')} }`;

describe.each(databaseKinds())('mutation rate limit on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  let limited: Daybook;
  let now = 1_000_000;
  let day = 0;
  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app);
    limited = createDaybook(app.db, createLogger('silent'), {
      rateLimits: { mutationsPerMinute: PER_MINUTE, subscriptionsPerKey: 0 },
      now: () => now,
    });
  });
  afterAll(async () => {
    await limited?.dispose();
    await app?.close();
  });

  const send = async (query: string, token: string) => {
    const response = await limited.fetch('http://daybook.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads a few known fields
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as any };
  };
  const written = async () => (await app.ok(Count, { bookId })).book!.transactions.edges.length;

  it('counts each aliased mutation, refuses the request over the allowance whole (429, Retry-After), and refills with time', async () => {
    const editor = await member(app, bookId, `Rate editor ${kind}`, 'EDITOR');
    const before = await written();
    const three = await send(aliased(bookId, 3, (day += 3) - 2), editor);
    expect(three.status).toBe(200);
    expect(Object.keys(three.body.data)).toHaveLength(3);
    // queries spend nothing
    for (let i = 0; i < 10; i++) expect((await send('{ me { id } }', editor)).status).toBe(200);
    // 2 left: a request of 3 is refused whole
    const over = await send(aliased(bookId, 3, (day += 3) - 2), editor);
    expect(over.status).toBe(429);
    expect(over.retryAfter).toBe('12');
    expect(over.body.data ?? null).toBeNull();
    expect(over.body.errors).toHaveLength(1);
    expect(over.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: PER_MINUTE, retryAfter: 12 });
    expect(over.body.errors[0].message).toMatch(/at most 5 a minute \(DAYBOOK_RATE_LIMIT_MUTATIONS\).*retry after 12 s/);
    expect(await written()).toBe(before + 3);
    // the 2 left are still there
    expect((await send(aliased(bookId, 2, (day += 2) - 1), editor)).status).toBe(200);
    const empty = await send(aliased(bookId, 1, ++day), editor);
    expect([empty.status, empty.retryAfter]).toEqual([429, '12']);
    // one token every 12 s
    now += 12_000;
    expect((await send(aliased(bookId, 1, ++day), editor)).status).toBe(200);
    expect((await send(aliased(bookId, 1, ++day), editor)).status).toBe(429);
    expect(await written()).toBe(before + 6);
    // a request asking more than a whole minute's allowance can never pass: it says so
    now += 60_000;
    const huge = await send(aliased(bookId, PER_MINUTE + 1, day + 1), editor);
    expect(huge.status).toBe(429);
    expect(huge.body.errors[0].message).toMatch(/runs 6 mutations.*send fewer per request/);
    expect(await written()).toBe(before + 6);
  });

  it('counts createTransactions once, whatever its items; the same alias twice once', async () => {
    const editor = await member(app, bookId, `Rate bulk ${kind}`, 'EDITOR');
    const items = Array.from({ length: 8 }, (_, i) => transfer(bookId, 10 + (i % 10))).join(', ');
    for (let i = 0; i < PER_MINUTE - 1; i++) {
      const bulk = await send(`mutation { createTransactions(input: { transactions: [${items}] }) { created } }`, editor);
      expect([bulk.status, bulk.body.data?.createTransactions.created]).toEqual([200, 8]);
    }
    const twice = `mutation { a: createTransaction(input: ${transfer(bookId, 20)}) { id } a: createTransaction(input: ${transfer(bookId, 20)}) { number } }`;
    expect((await send(twice, editor)).status).toBe(200);
    expect((await send(`mutation { createTransactions(input: { transactions: [${items}] }) { created } }`, editor)).status).toBe(429);
  });

  it('keeps an allowance per key; the system admin is not limited', async () => {
    const first = await member(app, bookId, `Rate first ${kind}`, 'EDITOR');
    const second = await member(app, bookId, `Rate second ${kind}`, 'EDITOR');
    expect((await send(aliased(bookId, PER_MINUTE, 1), first)).status).toBe(200);
    expect((await send(aliased(bookId, 1, 1), first)).status).toBe(429);
    expect((await send(aliased(bookId, 1, 1), second)).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await send(aliased(bookId, PER_MINUTE, 1), ADMIN_TOKEN)).status).toBe(200);
    // an unauthenticated mutation is refused as such, not counted against anyone
    const anonymous = await limited.fetch('http://daybook.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: aliased(bookId, 1, 1) }),
    });
    expect(((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('rate limit configuration', () => {
  it('defaults to 600 mutations a minute and 20 subscriptions per key; 0 turns each off', () => {
    expect(loadConfig({}).rateLimits).toEqual(DEFAULT_RATE_LIMITS);
    expect(DEFAULT_RATE_LIMITS).toEqual({ mutationsPerMinute: 600, subscriptionsPerKey: 20 });
    expect(loadConfig({ DAYBOOK_RATE_LIMIT_MUTATIONS: '0', DAYBOOK_MAX_SUBSCRIPTIONS_PER_KEY: '3' }).rateLimits).toEqual({ mutationsPerMinute: 0, subscriptionsPerKey: 3 });
    expect(() => loadConfig({ DAYBOOK_RATE_LIMIT_MUTATIONS: 'lots' })).toThrow(/DAYBOOK_RATE_LIMIT_MUTATIONS must be a whole number/);
  });
});
