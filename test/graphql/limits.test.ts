// One request cannot stall every tenant (issue 11): graphql-armor's limits, the body limit,
// introspection and suggestions in production, CORS, bounds on JSON inputs. In-process
// through yoga.fetch; each finding of the issue is replayed as the attacker sent it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, loadConfig, type RequestLimits } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createDaybook, type Daybook } from '../../src/yoga.ts';
import { ADMIN_TOKEN, createTestApp, type TestApp } from '../support/app.ts';
import { member, standardBook } from '../support/books.ts';

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  ms: number;
}

async function post(yoga: Daybook, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const started = performance.now();
  const response = await yoga.fetch('http://daybook.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : {}, ms: performance.now() - started };
}

const query = (yoga: Daybook, source: string, token: string | null = ADMIN_TOKEN, variables?: unknown) =>
  post(yoga, JSON.stringify({ query: source, variables }), token ? { authorization: `Bearer ${token}` } : {});

const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;
const limitOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.limit;

const aliases = (n: number, field = 'me { name }') =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('request limits (graphql-armor)', () => {
  let app: TestApp;
  let bookId: string;
  beforeAll(async () => {
    app = await createTestApp('sqlite');
    bookId = await standardBook(app);
  });
  afterAll(() => app?.close());

  it('refuses 30,000 aliases of book(id) without a key at once, while parsing (token limit)', async () => {
    const answer = await query(app.yoga, aliases(30_000, `book(id: "b") { id }`), null);
    expect(codeOf(answer)).toBe('PAYLOAD_TOO_LARGE');
    expect(limitOf(answer)).toBe('maxTokens');
    expect(answer.body.errors?.[0]?.message).toMatch(/Token limit of 1000 exceeded/);
    expect(answer.ms).toBeLessThan(2_000);
  });

  it('takes 15 aliases and refuses the 16th (alias limit), naming the limit', async () => {
    const fifteen = await query(app.yoga, aliases(15));
    expect(fifteen.body.errors).toBeUndefined();
    expect(Object.keys(fifteen.body.data!)).toHaveLength(15);
    const sixteen = await query(app.yoga, aliases(16));
    expect(codeOf(sixteen)).toBe('PAYLOAD_TOO_LARGE');
    expect(limitOf(sixteen)).toBe('maxAliases');
    expect(sixteen.body.errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded, found 16/);
    expect(sixteen.body.data).toBeUndefined();
  });

  it('refuses 500 aliases as a VIEWER with a clear limit error, not INTERNAL_SERVER_ERROR', async () => {
    const viewer = await member(app, bookId, 'Vera Viewer', 'VIEWER');
    const answer = await query(app.yoga, aliases(500, `book(id: "${bookId}") { name }`), viewer);
    expect(codeOf(answer)).toBe('PAYLOAD_TOO_LARGE');
    expect(answer.body.errors!.every((e) => e.extensions?.code !== 'INTERNAL_SERVER_ERROR')).toBe(true);
  });

  it('answers 500 aliases as a VIEWER with PAYLOAD_TOO_LARGE, not INTERNAL_SERVER_ERROR, when an operator raises the limits', async () => {
    const raised = createDaybook(app.db, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), { limits: {
      ...DEFAULT_LIMITS,
      maxAliases: 1_000,
      maxTokens: 100_000,
      maxCost: 100_000,
    } });
    const viewer = await member(app, bookId, 'Victor Viewer', 'VIEWER');
    const answer = await query(raised, aliases(500, `book(id: "${bookId}") { name }`), viewer);
    expect(answer.body.errors!.length).toBeGreaterThan(0);
    for (const error of answer.body.errors!) {
      expect(error.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
      expect(error.message).toMatch(/too many rows at once.*fewer aliases/);
    }
    // within the database's bound every alias answers
    const fifty = await query(raised, aliases(50, `book(id: "${bookId}") { name }`), viewer);
    expect(fifty.body.errors).toBeUndefined();
    expect(Object.values(fifty.body.data!).every((book) => (book as { name: string }).name === 'Agency')).toBe(true);
  });

  it('refuses a selection nested deeper than 8, also through fragments named or aliased __schema', async () => {
    const eight = await query(app.yoga, `{ book(id: "${bookId}") { ledgers { accounts(first: 1) { edges { node { ledger { controlAccount { code } } } } } } } }`);
    expect(eight.body.errors).toBeUndefined();
    const nine = `book(id: "${bookId}") { ledgers { accounts(first: 1) { edges { node { ledger { accounts(first: 1) { edges { cursor } } } } } } } }`;
    for (const source of [
      `{ ${nine} }`,
      `{ ...__schema } fragment __schema on Query { ${nine} }`,
      `{ __schema: ${nine} }`,
      `{ me { __typename } ... on Query { __schema { __typename } ${nine} } }`,
    ]) {
      const answer = await query(app.yoga, source);
      expect(codeOf(answer), source).toBe('PAYLOAD_TOO_LARGE');
      expect(limitOf(answer), source).toBe('maxDepth');
      expect(answer.body.data, source).toBeUndefined();
    }
  });

  it('refuses an operation whose estimated cost is over 100,000', async () => {
    // 14 aliases (within the alias limit) of a wide, five-deep selection
    const wide = `book(id: "${bookId}") { ledgers { code name kind accounts(first: 500) { edges { node { code name currency normalSide type balance { posted pending available } } } } } }`;
    const answer = await query(app.yoga, aliases(14, wide));
    expect(codeOf(answer)).toBe('PAYLOAD_TOO_LARGE');
    expect(limitOf(answer)).toBe('maxCost');
    expect(answer.body.errors?.[0]?.message).toMatch(/Cost limit of 100000 exceeded/);
  });

  it('refuses more than 50 directives', async () => {
    const answer = await query(app.yoga, `{ me { name ${'@include(if: true) '.repeat(51)} } }`);
    expect(codeOf(answer)).toBe('PAYLOAD_TOO_LARGE');
    expect(limitOf(answer)).toBe('maxDirectives');
  });

  it('refuses a body over 1 MiB with 413 PAYLOAD_TOO_LARGE, a 20 MB one included, without a key', async () => {
    for (const size of [1024 * 1024 + 1, 20 * 1000 * 1000]) {
      const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(size) } });
      const answer = await post(app.yoga, body);
      expect(answer.status, String(size)).toBe(413);
      expect(codeOf(answer)).toBe('PAYLOAD_TOO_LARGE');
      expect(answer.body.errors?.[0]?.message).toMatch(/larger than 1048576 bytes.*DAYBOOK_MAX_BODY_BYTES/);
    }
    const declared = await app.yoga.fetch('http://daybook.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) },
      body: '{}',
    });
    expect(declared.status).toBe(413);
    const under = await post(app.yoga, JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1000 * 1000) } }));
    expect(under.status).toBe(200);
    expect(under.body.data).toEqual({ __typename: 'Query' });
    // the body was read by the limit, and the request log still follows the request
    expect(under.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses metadata nested 20,000 deep, or larger than 64 KiB, with PAYLOAD_TOO_LARGE and writes nothing', async () => {
    const create = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }`;
    const input = (metadata: unknown) => ({ input: { bookId, ledgerCode: 'SL', code: 'META', name: 'Meta', type: 'CUSTOMER', metadata } });
    // written by hand: JSON.stringify itself overflows the stack at this depth
    const deep = `${'{"a":'.repeat(20_000)}"leaf"${'}'.repeat(20_000)}`;
    const body = JSON.stringify({ query: create, variables: input('DEEP') }).replace('"DEEP"', deep);
    const nested = await post(app.yoga, body, { authorization: `Bearer ${ADMIN_TOKEN}` });
    expect(codeOf(nested)).toBe('PAYLOAD_TOO_LARGE');
    expect(nested.body.errors?.[0]?.message).toMatch(/input\.metadata.*nested more than 32 levels/);
    const large = await query(app.yoga, create, ADMIN_TOKEN, input({ notes: 'x'.repeat(70 * 1024) }));
    expect(codeOf(large)).toBe('PAYLOAD_TOO_LARGE');
    expect(await app.db.prisma.account.count({ where: { code: 'META' } })).toBe(0);
    let fine: unknown = 'leaf';
    for (let i = 0; i < 30; i++) fine = { a: fine };
    expect((await query(app.yoga, create, ADMIN_TOKEN, input(fine))).body.errors).toBeUndefined();
  });

  it('refuses a literal JSON nested deeper than the bounds too', async () => {
    const literal = `${'{ a: '.repeat(40)}1${' }'.repeat(40)}`;
    const answer = await query(
      app.yoga,
      `mutation { createAccount(input: { bookId: "${bookId}", ledgerCode: "SL", code: "LIT", name: "L", type: CUSTOMER, metadata: ${literal} }) { id } }`,
    );
    expect(codeOf(answer)).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('production (NODE_ENV=production)', () => {
  let app: TestApp;
  let production: Daybook;
  let limits: RequestLimits;
  beforeAll(async () => {
    app = await createTestApp('sqlite');
    limits = loadConfig({ NODE_ENV: 'production' }).limits;
    production = createDaybook(app.db, createLogger('silent'), { limits });
  });
  afterAll(() => app?.close());

  it('turns introspection, GraphiQL and field suggestions off, unless DAYBOOK_INTROSPECTION=true', async () => {
    expect(limits).toMatchObject({ introspection: false, fieldSuggestions: false });
    expect(loadConfig({ NODE_ENV: 'production', DAYBOOK_INTROSPECTION: 'true' }).limits.introspection).toBe(true);
    expect(loadConfig({}).limits).toMatchObject({ introspection: true, fieldSuggestions: true });
    for (const source of ['{ __schema { types { name } } }', '{ __type(name: "Book") { name } }', '{ a: __schema { queryType { name } } }']) {
      const answer = await query(production, source, null);
      expect(codeOf(answer), source).toBe('BAD_USER_INPUT');
      expect(answer.body.errors?.[0]?.message, source).toMatch(/introspection has been disabled/);
      expect(answer.body.data, source).toBeUndefined();
    }
    const html = { headers: { accept: 'text/html' } };
    expect((await production.fetch('http://daybook.test/graphql', html)).headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect((await app.yoga.fetch('http://daybook.test/graphql', html)).headers.get('content-type')).toMatch(/text\/html/);
    const development = await query(app.yoga, '{ __schema { queryType { name } } }', null);
    expect(development.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await query(production, '{ __typename }', null)).body.data).toEqual({ __typename: 'Query' });
  });

  it('names no field in a validation error: no "Did you mean"', async () => {
    const development = await query(app.yoga, '{ me { nam } }');
    expect(development.body.errors?.[0]?.message).toMatch(/Did you mean "name"/);
    const answer = await query(production, '{ me { nam } }');
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    expect(answer.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect(answer.body.errors?.[0]?.message).not.toMatch(/"name"/);
  });
});

describe('CORS', () => {
  let app: TestApp;
  let allowing: Daybook;
  beforeAll(async () => {
    app = await createTestApp('sqlite');
    const { limits } = loadConfig({ DAYBOOK_ALLOWED_ORIGINS: 'https://books.example.com, https://admin.example.com' });
    allowing = createDaybook(app.db, createLogger('silent'), { limits });
  });
  afterAll(() => app?.close());

  const withOrigin = (yoga: Daybook, origin: string, method = 'POST') =>
    yoga.fetch('http://daybook.test/graphql', {
      method,
      headers: {
        origin,
        'content-type': 'application/json',
        ...(method === 'OPTIONS' && { 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' }),
      },
      ...(method === 'POST' && { body: JSON.stringify({ query: '{ __typename }' }) }),
    });

  it('echoes no Origin by default: same origin only', async () => {
    for (const method of ['POST', 'OPTIONS']) {
      const response = await withOrigin(app.yoga, 'https://evil.example', method);
      expect(response.headers.get('access-control-allow-origin'), method).toBeNull();
      expect(response.headers.get('access-control-allow-credentials'), method).toBeNull();
    }
  });

  it('allows the origins of DAYBOOK_ALLOWED_ORIGINS, with credentials, and no other', async () => {
    const preflight = await withOrigin(allowing, 'https://admin.example.com', 'OPTIONS');
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://admin.example.com');
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const other = await withOrigin(allowing, 'https://books.example.com.evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a list that is not of origins, naming the variable', () => {
    expect(() => loadConfig({ DAYBOOK_ALLOWED_ORIGINS: 'https://ok.example, *' })).toThrow(/DAYBOOK_ALLOWED_ORIGINS.*"\*" is not one/);
    expect(() => loadConfig({ DAYBOOK_ALLOWED_ORIGINS: 'https://ok.example/path' })).toThrow(/DAYBOOK_ALLOWED_ORIGINS/);
    expect(() => loadConfig({ DAYBOOK_MAX_DEPTH: 'deep' })).toThrow(/DAYBOOK_MAX_DEPTH must be a whole number/);
  });
});

describe('statement.csv hardening', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp('sqlite');
  });
  afterAll(() => app?.close());

  it('answers a broken percent-encoding with 401 without a key and 400 with one, never 500', async () => {
    const url = 'http://daybook.test/books/%E0%A4%A/accounts/X/statement.csv?from=2026-01-01&to=2026-01-31';
    expect((await app.yoga.fetch(url)).status).toBe(401);
    const keyed = await app.yoga.fetch(url, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(keyed.status).toBe(400);
    expect(await keyed.json()).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/percent-encoding/) });
  });

  it('writes text cells that a spreadsheet would run as a formula with a leading apostrophe', async () => {
    const bookId = await standardBook(app);
    for (const [reference, description] of [
      ['=HYPERLINK("http://evil.example","x")', '+SUM(1,2)'],
      ['-2+3', '@cmd'],
      ['\tTAB', '\rCR'],
    ]) {
      const posted = await query(app.yoga, `mutation($input: CreateTransactionInput!) { createTransaction(input: $input) { id } }`, ADMIN_TOKEN, {
        input: { bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-01-10', reference, description, lines: [{ net: '10.00', taxCode: 'S' }] },
      });
      expect(posted.body.errors).toBeUndefined();
    }
    const response = await app.yoga.fetch(`http://daybook.test/books/${bookId}/accounts/ACME/statement.csv?from=2026-01-01&to=2026-01-31`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    const rows = (await response.text()).split('\r\n');
    expect(rows[2]).toMatch(/^2026-01-10,[^,]+,"'=HYPERLINK\(""http:\/\/evil\.example"",""x""\)","'\+SUM\(1,2\)",12\.00,,12\.00$/);
    expect(rows[3]).toMatch(/,'-2\+3,'@cmd,12\.00,,24\.00$/);
    expect(rows[4]).toContain(`,'\tTAB,`);
    expect(rows[4]).toContain(`"'\rCR"`);
    // amounts stay numbers: a negative balance is not text
    for (const row of rows.slice(1, -1)) expect(row.split(',').at(-1)).toMatch(/^-?\d+\.\d{2}$/);
  });
});
