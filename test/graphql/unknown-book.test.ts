// A mistyped or unknown bookId is NOT_FOUND, for the system admin too; a real book the caller
// is not a member of stays FORBIDDEN. Errors carry `locations` (the field in the query).
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

  it('a real book of which the caller is not a member stays FORBIDDEN', async () => {
    const created = await send(app, `mutation { createBook(input: { name: "Theirs", baseCurrency: "GBP" }) { id } }`, {}, ADMIN_TOKEN);
    const bookId = (created.data as { createBook: { id: string } }).createBook.id;
    const user = await send(app, `mutation { createUser(input: { name: "Stranger" }) { id } }`, {}, ADMIN_TOKEN);
    const userId = (user.data as { createUser: { id: string } }).createUser.id;
    const key = await send(app, `mutation ($u: ID!) { createApiKey(userId: $u) { secret } }`, { u: userId }, ADMIN_TOKEN);
    const secret = (key.data as { createApiKey: { secret: string } }).createApiKey.secret;
    const result = await send(app, CREATE, account(bookId), secret);
    expect(result.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toBe(`You are not a member of book ${bookId}`);
  });
});
