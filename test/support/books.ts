// Shared set-up for posting tests: a STANDARD book with a few customers, through the API.
import { graphql } from '../generated/index.ts';
import { afterAll, beforeAll } from 'vitest';
import { createTestApp, type DatabaseKind, type TestApp } from './app.ts';

export const CreateStandardBook = graphql(`
  mutation CreateStandardBook($input: CreateBookInput!) {
    createBook(input: $input) { id }
  }
`);

export const AddAccount = graphql(`
  mutation AddAccount($input: CreateAccountInput!) {
    createAccount(input: $input) { id code }
  }
`);

export const Post = graphql(`
  mutation Post($input: CreateTransactionInput!) {
    createTransaction(input: $input) {
      id number status currency net tax gross outstanding date
      lines { lineNo net tax quantity taxCode { code } account { code } }
      entries { account { code } side amount currency status sequence runningBalance }
    }
  }
`);

export const AccountBalance = graphql(`
  query AccountBalance($bookId: ID!, $code: String!, $asOf: Date) {
    book(id: $bookId) {
      account(code: $code) {
        code version
        balance(asOf: $asOf) { posted pending available postedDebits postedCredits currency }
      }
    }
  }
`);

/** A STANDARD GBP book with customers ACME and GLOBEX and client CLIENT1 (client money). */
export async function standardBook(app: TestApp, name = 'Agency') {
  const { createBook } = await app.ok(CreateStandardBook, {
    input: { name, baseCurrency: 'GBP', template: 'STANDARD' },
  });
  const bookId = createBook.id;
  for (const [code, accountName] of [
    ['ACME', 'Acme Ltd'],
    ['GLOBEX', 'Globex plc'],
  ] as const) {
    await app.ok(AddAccount, { input: { bookId, ledgerCode: 'SL', code, name: accountName, type: 'CUSTOMER' } });
  }
  await app.ok(AddAccount, { input: { bookId, ledgerCode: 'PL', code: 'INITECH', name: 'Initech', type: 'SUPPLIER' } });
  await app.ok(AddAccount, { input: { bookId, ledgerCode: 'CL', code: 'CLIENT1', name: 'Ms Client', type: 'CLIENT' } });
  return bookId;
}

export const AddUser = graphql(`
  mutation AddUser($input: CreateUserInput!) { createUser(input: $input) { id } }
`);
export const AddKey = graphql(`
  mutation AddKey($userId: ID!) { createApiKey(userId: $userId) { secret } }
`);
export const AddMember = graphql(`
  mutation AddMember($input: SetMembershipInput!) { setMembership(input: $input) { role } }
`);

/** A new user with `role` in the book; returns their API key (a bearer token). */
export async function member(app: TestApp, bookId: string, name: string, role: 'VIEWER' | 'AUDITOR' | 'EDITOR' | 'APPROVER' | 'ADMIN') {
  const { createUser } = await app.ok(AddUser, { input: { name } });
  const token = (await app.ok(AddKey, { userId: createUser.id })).createApiKey.secret;
  await app.ok(AddMember, { input: { bookId, userId: createUser.id, role } });
  return token;
}

export const WhoAmI = graphql(`
  query WhoAmI { me { id } }
`);

/**
 * Like `member`, but the key returned is one the user made for themselves: a key the system
 * admin issued may not approve what the system admin requested (the two-person rule).
 */
export async function memberWithOwnKey(app: TestApp, bookId: string, name: string, role: 'VIEWER' | 'AUDITOR' | 'EDITOR' | 'APPROVER' | 'ADMIN') {
  const issued = await member(app, bookId, name, role);
  const { me } = await app.ok(WhoAmI, {}, issued);
  return (await app.ok(AddKey, { userId: me!.id }, issued)).createApiKey.secret;
}

/**
 * For the tests of a describe block: a fresh app on the database kind with a STANDARD book
 * (`standardBook`), made before them and closed after. Read `app` and `bookId` in the tests.
 */
export function useStandardBook(kind: DatabaseKind, name?: string): { app: TestApp; bookId: string } {
  const book = {} as { app: TestApp; bookId: string };
  beforeAll(async () => {
    book.app = await createTestApp(kind);
    book.bookId = await standardBook(book.app, name);
  });
  afterAll(() => book.app?.close());
  return book;
}
