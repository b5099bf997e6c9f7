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

/** Postings the standard book takes as they are. */
const TEMPLATES: Record<string, unknown>[] = [
  { typeCode: 'SI', accountCode: 'ACME', date: '2026-04-01', lines: [{ net: '1.00', taxCode: 'S' }, { net: '2.50', taxCode: 'Z' }] },
  { typeCode: 'SR', accountCode: 'ACME', counterAccountCode: 'BANK1', date: '2026-04-02', amount: '1.00' },
  { typeCode: 'BL', accountCode: 'BANK1', counterAccountCode: 'CASH1', date: '2026-04-03', amount: '2.50' },
  { typeCode: 'CR', accountCode: 'CLIENT1', counterAccountCode: 'CLIENTBANK', date: '2026-04-01', amount: '100.00', pending: true },
];
const FIELDS = ['bookId', 'typeCode', 'accountCode', 'counterAccountCode', 'date', 'amount', 'lines', 'metadata', 'pending', 'idempotencyKey', 'reference', 'description', 'unknownField'];

/** A posting that would go through, with up to three fields made nasty or taken away (or none). */
const transactionInput = (bookId: string) =>
  fc
    .tuple(
      fc.constantFrom(...TEMPLATES),
      fc.array(fc.tuple(fc.constantFrom(...FIELDS), fc.oneof({ arbitrary: nasty, weight: 4 }, { arbitrary: fc.constant(undefined), weight: 1 })), { maxLength: 3 }),
      fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
    )
    .map(([template, changes, metadata]) => {
      const input: Record<string, unknown> = { bookId, ...template, ...(metadata !== undefined && { metadata }) };
      for (const [field, value] of changes) {
        if (value === undefined) delete input[field];
        else input[field] = value;
      }
      return input;
    });

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
    let text: string;
    if (/event-stream|multipart\/mixed/.test(response.headers.get('content-type') ?? '')) {
      // a subscription that was accepted: a stream that stays open; its first event is enough
      const reader = response.body!.getReader();
      const first = await reader.read();
      await reader.cancel();
      text = new TextDecoder().decode(first.value ?? new Uint8Array());
    } else {
      text = await response.text();
    }
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
    // the unmangled ones are among them: an accepted subscription answers a stream
    const stream = await json(VALID[6], { b: bookId });
    expect(stream.status).toBe(200);
    await fc.assert(
      fc.asyncProperty(fc.oneof(mangled, fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 })), async (document) => {
        await json(document, { id: bookId, b: bookId, input: { bookId } });
      }),
      { numRuns: RUNS[kind] },
    );
  });

  it('random variables to real mutations are refused or posted: what was refused wrote nothing, and the books still balance', async () => {
    const before = await app.db.prisma.transaction.count({ where: { bookId } });
    let created = 0;
    await fc.assert(
      fc.asyncProperty(transactionInput(bookId), fc.boolean(), async (input, many) => {
        const { text } = many
          ? await json(VALID[3], { input: { atomic: false, transactions: [input, { ...input, idempotencyKey: undefined }] } })
          : await json(VALID[1], { input });
        const data = (JSON.parse(text) as { data?: { createTransaction?: { id: string } | null; createTransactions?: { created: number } | null } | null }).data;
        created += data?.createTransaction ? 1 : (data?.createTransactions?.created ?? 0);
      }),
      { numRuns: RUNS[kind] },
    );
    // every transaction in the book is one the server answered as created
    expect(await app.db.prisma.transaction.count({ where: { bookId } })).toBe(before + created);
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
