// Bad input, at random: fast-check sends malformed documents, mangled valid ones, random
// variables to real mutations and broken HTTP bodies at the server through yoga.fetch. Whatever
// arrives: never a 5xx, never a stack trace or an internal path in the body, every error with
// a code, and the book's invariants (test/support/invariants.ts) hold afterwards. The runs are
// bounded (and fewer on PostgreSQL) so that the file stays fast.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { standardBook } from '../support/books.ts';
import { checkInvariants } from '../support/invariants.ts';

const RUNS = { sqlite: 60, postgres: 30 } as const;

/** What a response must never show: a stack frame, a source or dependency path, a driver's words. */
const LEAKS = [/\n\s+at\s/, /node_modules/, /\/src\/\w+/, /\.ts:\d+/, /prisma/i, /SQLITE_/, /TypeError|ReferenceError|RangeError/];

/** The documents the server really answers, to be mangled. */
const VALID = [
  'query($id: ID!) { book(id: $id) { id name accounts(first: 5) { edges { node { code balance { posted } } } } } }',
  'mutation($input: CreateTransactionInput!) { createTransaction(input: $input) { id net gross entries { amount } } }',
  'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id code } }',
  'mutation($input: CreateTransactionsInput!) { createTransactions(input: $input) { created failed } }',
  'query($id: ID!) { book(id: $id) { trialBalance { lines { account { code } debit credit } } } }',
  'mutation($input: AllocateInput!) { allocate(input: $input) { id } }',
  'subscription($b: ID!) { transactionChanged(bookId: $b) { id } }',
];

/** Values that have broken parsers before: huge, tiny, odd numbers and strings, deep nesting. */
const nasty = fc.oneof(
  fc.constantFrom(
    '', ' ', '1.', '.5', '-0', '1e309', 'NaN', 'Infinity', '0x10', '١٢٣', '92233720368547758.08', '99999999999999999999999999',
    `1.${'0'.repeat(5000)}1`, '\u0000', '=cmd|"/c calc"!A1', '<script>', '../../etc/passwd', '%E0%A4%A', '2026-02-30', '2026-13-01', 'ACME',
  ),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 10, max: 400 }).map((depth) => {
    let value: unknown = 1;
    for (let i = 0; i < depth; i++) value = { a: value };
    return value;
  }),
);

/** A transaction input with some fields right, some missing, some nasty. */
const transactionInput = (bookId: string) =>
  fc.record(
    {
      bookId: fc.oneof(fc.constant(bookId), nasty),
      typeCode: fc.oneof(fc.constantFrom('SI', 'SR', 'BL', 'CR', 'PI'), nasty),
      accountCode: fc.oneof(fc.constantFrom('ACME', 'GLOBEX', 'BANK1', 'CLIENT1'), nasty),
      counterAccountCode: fc.oneof(fc.constantFrom('BANK1', 'CASH1', 'CLIENTBANK'), nasty),
      date: fc.oneof(fc.constant('2026-04-01'), nasty),
      amount: fc.oneof(fc.constantFrom('1.00', '0.01', '-1.00'), nasty),
      lines: fc.oneof(fc.array(fc.record({ net: fc.oneof(fc.constant('1.00'), nasty), taxCode: fc.oneof(fc.constantFrom('S', 'Z'), nasty) }), { maxLength: 3 }), nasty),
      metadata: nasty,
      pending: fc.oneof(fc.boolean(), nasty),
      idempotencyKey: fc.oneof(fc.string({ maxLength: 300 }), nasty),
    },
    { requiredKeys: [] },
  );

/** A valid document, cut, doubled, or with a character put in or taken out. */
const mangled = fc
  .tuple(fc.constantFrom(...VALID), fc.nat(), fc.constantFrom('cut', 'insert', 'delete', 'repeat', 'swapBraces'), fc.constantFrom('{', '}', '(', ')', '$', '"', '\\', '#', '@', ':', '!', '\u2028', '...'))
  .map(([doc, at, how, char]) => {
    const i = at % (doc.length + 1);
    if (how === 'cut') return doc.slice(0, i);
    if (how === 'insert') return doc.slice(0, i) + char + doc.slice(i);
    if (how === 'delete') return doc.slice(0, i) + doc.slice(i + 1);
    if (how === 'repeat') return doc.slice(0, i) + doc.slice(i).repeat(3);
    return doc.replaceAll('{', '\u0000').replaceAll('\u0000', '}');
  });

describe.each(databaseKinds())('bad input on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app);
  });
  afterAll(() => app?.close());

  /** Sends a raw request; asserts the answer is a refusal or an answer, never a failure or a leak. */
  async function send(init: { method?: string; body?: BodyInit; contentType?: string; url?: string; token?: string | null }) {
    const headers: Record<string, string> = {};
    if (init.contentType !== undefined) headers['content-type'] = init.contentType;
    if (init.token !== null) headers.authorization = `Bearer ${init.token ?? ADMIN_TOKEN}`;
    const response = await app.yoga.fetch(init.url ?? 'http://daybook.test/graphql', { method: init.method ?? 'POST', headers, body: init.body });
    const text = await response.text();
    expect(response.status, `status for ${String(init.body).slice(0, 200)}: ${text.slice(0, 300)}`).toBeLessThan(500);
    for (const leak of LEAKS) expect(text, `the body shows ${leak}`).not.toMatch(leak);
    if (text.startsWith('{')) {
      const body = JSON.parse(text) as { errors?: { message?: string; extensions?: { code?: string } }[] };
      for (const error of body.errors ?? []) {
        expect(error.extensions?.code, `an error without a code: ${error.message}`).toBeTruthy();
        expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      }
    }
    return { status: response.status, text };
  }
  const json = (query: unknown, variables?: unknown) => send({ body: JSON.stringify({ query, variables }), contentType: 'application/json' });

  it('a GET whose variables are not a JSON object is BAD_USER_INPUT (400), not an unexpected error (found by this fuzzing)', async () => {
    for (const variables of ['x', '', ' ', '[1]', '5']) {
      const url = `http://daybook.test/graphql?query=${encodeURIComponent('{ me { id } }')}&variables=${encodeURIComponent(variables)}`;
      const { status, text } = await send({ method: 'GET', url });
      expect(status).toBe(400);
      expect(JSON.parse(text).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'variables' });
    }
    const ok = await send({ method: 'GET', url: `http://daybook.test/graphql?query=${encodeURIComponent('{ me { id } }')}&variables=${encodeURIComponent('{}')}` });
    expect(JSON.parse(ok.text).data.me.id).toBeTruthy();
  });

  it('random and mangled documents are refused as the caller\'s mistake', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mangled, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 })), async (document) => {
        await json(document, { id: bookId, b: bookId, input: { bookId } });
      }),
      { numRuns: RUNS[kind] },
    );
  });

  it('random variables to real mutations are refused or posted, and the books still balance', async () => {
    await fc.assert(
      fc.asyncProperty(transactionInput(bookId), fc.boolean(), async (input, many) => {
        if (many) await json(VALID[3], { input: { atomic: false, transactions: [input, input] } });
        else await json(VALID[1], { input });
      }),
      { numRuns: RUNS[kind] },
    );
    await checkInvariants(app.db.prisma, bookId);
  });

  it('variables of the wrong shape, at random, are BAD_USER_INPUT', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...VALID), nasty, async (document, variables) => {
        await json(document, variables);
        await json(document, { id: variables, b: variables, input: variables });
      }),
      { numRuns: RUNS[kind] },
    );
  });

  it('broken HTTP requests: bodies that are not JSON, wrong content types, methods, queries in the URL, bad keys', async () => {
    const bodies = fc.oneof(
      fc.string({ maxLength: 100 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.constantFrom('{', '{"query":', '[]', '[{"query":"{ me { id } }"}]', 'null', '{"query": 5}', '{"query":"{ me { id } }","variables":"x"}', '{"query":"{ me { id } }","extensions":[1]}', '{"query":"{ me { id } }","operationName":7}'),
    );
    await fc.assert(
      fc.asyncProperty(
        bodies,
        fc.constantFrom('application/json', 'text/plain', 'application/graphql', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/json; charset=latin1'),
        fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE'),
        fc.oneof(fc.constant(undefined), fc.constant(null), fc.string({ maxLength: 30 }), fc.constant('dbk_not_a_key'), fc.constant('eyJhbGciOiJub25lIn0.e30.')),
        async (body, contentType, method, token) => {
          await send({ body, contentType, method, token });
        },
      ),
      { numRuns: RUNS[kind] },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), async (query, variables) => {
        const url = `http://daybook.test/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(variables)}`;
        await send({ method: 'GET', url });
        await send({ method: 'GET', url: `http://daybook.test/books/${encodeURIComponent(query)}/accounts/${encodeURIComponent(variables)}/statement.csv` });
      }),
      { numRuns: RUNS[kind] },
    );
    await checkInvariants(app.db.prisma, bookId);
  });
});
