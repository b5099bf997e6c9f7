// A mistyped or unknown bookId is NOT_FOUND, for the system admin too, and a real book the
// caller is not a member of answers exactly the same (no existence oracle); a member whose role
// falls short stays FORBIDDEN. Errors carry `locations` (the field in the query).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createTestApp, databaseKinds, type TestApp } from '../support/app.ts';

async function send(app: TestApp, query: string, variables: Record<string, unknown>, token: string) {
  const response = await app.yoga.fetch('http://daybook.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data: unknown; errors?: { message: string; locations?: unknown; extensions: { code: string } }[] };
}

const CREATE = `mutation Create($input: CreateAccountInput!) {
  createAccount(input: $input) { id }
}`;
const account = (bookId: string) => ({ input: { bookId, ledgerCode: 'NL', code: '4100', name: 'Other income', type: 'INCOME' } });

describe.each(databaseKinds())('an unknown bookId on %s', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(kind);
  });
  afterAll(() => app?.close());

  it('is NOT_FOUND to the system admin, with the field\'s location', async () => {
    const bookId = '01a00000-0000-7000-8000-00000000beef';
    const result = await send(app, CREATE, account(bookId), ADMIN_TOKEN);
    expect(result.errors).toEqual([
      {
        message: `No book ${bookId}: check the bookId (the books query lists yours)`,
        locations: [{ line: 2, column: 3 }],
        path: ['createAccount'],
        extensions: { code: 'NOT_FOUND', bookId, field: 'bookId' },
      },
    ]);
  });

  async function stranger() {
    const created = await send(app, `mutation { createBook(input: { name: "Theirs", baseCurrency: "GBP" }) { id } }`, {}, ADMIN_TOKEN);
    const bookId = (created.data as { createBook: { id: string } }).createBook.id;
    const user = await send(app, `mutation { createUser(input: { name: "Stranger" }) { id } }`, {}, ADMIN_TOKEN);
    const userId = (user.data as { createUser: { id: string } }).createUser.id;
    const key = await send(app, `mutation ($u: ID!) { createApiKey(userId: $u) { secret } }`, { u: userId }, ADMIN_TOKEN);
    const secret = (key.data as { createApiKey: { secret: string } }).createApiKey.secret;
    return { bookId, userId, secret };
  }
  const unknownId = '01a00000-0000-7000-8000-00000000f00d';

  it('a real book of which the caller is not a member answers exactly as an unknown one', async () => {
    const { bookId, secret } = await stranger();
    const real = await send(app, CREATE, account(bookId), secret);
    const unknown = await send(app, CREATE, account(unknownId), secret);
    const same = (r: typeof real, id: string) => JSON.parse(JSON.stringify(r).replaceAll(id, '<id>')) as unknown;
    expect(real.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
    expect(real.errors?.[0]?.message).toBe(`No book ${bookId}: check the bookId (the books query lists yours)`);
    expect(same(real, bookId)).toEqual(same(unknown, unknownId));
    expect(JSON.stringify(real)).not.toContain('member');
  });

  it('posting, book(id) and node(id) give a non-member nothing an unknown id does not', async () => {
    const { bookId, secret } = await stranger();
    const post = `mutation($input: CreateTransactionInput!) { createTransaction(input: $input) { id } }`;
    const line = (id: string) => ({ input: { bookId: id, typeCode: 'SI', accountCode: 'ACME', date: '2026-04-01', lines: [{ net: '1.00' }] } });
    const real = await send(app, post, line(bookId), secret);
    const unknown = await send(app, post, line(unknownId), secret);
    expect(real.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', bookId, field: 'bookId' });
    expect(JSON.stringify(real).replaceAll(bookId, '<id>')).toBe(JSON.stringify(unknown).replaceAll(unknownId, '<id>'));
    for (const query of ['query($id: ID!) { book(id: $id) { id } }', 'query($id: ID!) { node(id: $id) { id } }']) {
      const field = query.includes('book(') ? 'book' : 'node';
      expect(await send(app, query, { id: bookId }, secret)).toEqual({ data: { [field]: null } });
      expect(await send(app, query, { id: unknownId }, secret)).toEqual({ data: { [field]: null } });
    }
  });

  it('a member whose role falls short is still FORBIDDEN', async () => {
    const { bookId, userId, secret } = await stranger();
    const set = await send(
      app,
      `mutation($input: SetMembershipInput!) { setMembership(input: $input) { role } }`,
      { input: { bookId, userId, role: 'VIEWER' } },
      ADMIN_TOKEN,
    );
    expect(set.errors).toBeUndefined();
    const result = await send(app, CREATE, account(bookId), secret);
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
