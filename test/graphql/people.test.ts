// Identity, books and people, on every database of the run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { createTestApp, databaseKinds, errorCode, type TestApp } from '../support/app.ts';

const Me = graphql(`
  query Me {
    me { id name memberships { role book { id name } } }
  }
`);

const CreateBook = graphql(`
  mutation CreateBook($input: CreateBookInput!) {
    createBook(input: $input) { id name baseCurrency members { role user { id name } } }
  }
`);

const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) { id name }
  }
`);

const CreateApiKey = graphql(`
  mutation CreateApiKey($userId: ID!) {
    createApiKey(userId: $userId) { id secret }
  }
`);

const RevokeApiKey = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id)
  }
`);

const SetMembership = graphql(`
  mutation SetMembership($input: SetMembershipInput!) {
    setMembership(input: $input) { role user { id } book { id } }
  }
`);

const BookById = graphql(`
  query BookById($id: ID!) {
    book(id: $id) { id name members { role user { name } } }
  }
`);

const NodeById = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) { id ... on Book { name } ... on User { name } }
  }
`);

const Books = graphql(`
  query Books {
    books { id name }
  }
`);

describe.each(databaseKinds())('identity, books and people on %s', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(kind);
  });
  afterAll(() => app?.close());

  async function userWithKey(name: string) {
    const { createUser } = await app.ok(CreateUser, { input: { name } });
    const { createApiKey } = await app.ok(CreateApiKey, { userId: createUser.id });
    return { id: createUser.id, token: createApiKey.secret, keyId: createApiKey.id };
  }

  it('refuses a request without a key, with an unknown key and with a malformed header (UNAUTHENTICATED)', async () => {
    expect(errorCode(await app.request(Me, {}, null))).toBe('UNAUTHENTICATED');
    expect(errorCode(await app.request(Me, {}, 'dbk_not_a_real_key'))).toBe('UNAUTHENTICATED');
    const result = await app.request(Me, {}, null);
    expect(result.errors?.[0]?.message).toMatch(/Authorization: Bearer/);
  });

  it('makes the creator of a book its ADMIN and records the change in the audit log', async () => {
    const { createBook } = await app.ok(CreateBook, { input: { name: 'Acme Agency', baseCurrency: 'GBP' } });
    expect(createBook).toMatchObject({ name: 'Acme Agency', baseCurrency: 'GBP' });
    expect(createBook.members).toEqual([{ role: 'ADMIN', user: { id: expect.any(String), name: 'admin' } }]);
    const events = await app.db.prisma.auditEvent.findMany({ where: { bookId: createBook.id } });
    expect(events.map((e) => e.action)).toEqual(['book.create']);
    const { me } = await app.ok(Me);
    expect(me.memberships.map((m) => m.book.id)).toContain(createBook.id);
  });

  it('refuses a book with a currency that is not ISO 4217, writing nothing', async () => {
    const before = await app.db.prisma.book.count();
    const result = await app.request(CreateBook, { input: { name: 'Bad', baseCurrency: 'XYZ' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/ISO 4217/);
    expect(await app.db.prisma.book.count()).toBe(before);
  });

  it('keeps each book to its members: another book is as unknown as a missing one (null), by book(id) and by node(id)', async () => {
    const { createBook: mine } = await app.ok(CreateBook, { input: { name: 'Mine', baseCurrency: 'GBP' } });
    const { createBook: theirs } = await app.ok(CreateBook, { input: { name: 'Theirs', baseCurrency: 'EUR' } });
    const viewer = await userWithKey('Vera Viewer');
    await app.ok(SetMembership, { input: { bookId: mine.id, userId: viewer.id, role: 'VIEWER' } });

    const readMine = await app.ok(BookById, { id: mine.id }, viewer.token);
    expect(readMine.book?.name).toBe('Mine');
    expect(await app.request(BookById, { id: theirs.id }, viewer.token)).toEqual({ data: { book: null } });
    expect(await app.request(NodeById, { id: theirs.id }, viewer.token)).toEqual({ data: { node: null } });
    const { books } = await app.ok(Books, {}, viewer.token);
    expect(books.map((b) => b.name)).toEqual(['Mine']);
  });

  it('lets only an ADMIN of the book change its members (a VIEWER is FORBIDDEN, nothing written)', async () => {
    const { createBook: book } = await app.ok(CreateBook, { input: { name: 'Guarded', baseCurrency: 'GBP' } });
    const viewer = await userWithKey('Val');
    const other = await userWithKey('Otto');
    await app.ok(SetMembership, { input: { bookId: book.id, userId: viewer.id, role: 'VIEWER' } });
    const refused = await app.request(
      SetMembership,
      { input: { bookId: book.id, userId: other.id, role: 'ADMIN' } },
      viewer.token,
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(await app.db.prisma.membership.count({ where: { bookId: book.id, userId: other.id } })).toBe(0);
  });

  it('keeps at least one ADMIN in a book', async () => {
    const { createBook: book, } = await app.ok(CreateBook, { input: { name: 'Solo', baseCurrency: 'GBP' } });
    const adminId = book.members[0]!.user.id;
    const result = await app.request(SetMembership, { input: { bookId: book.id, userId: adminId, role: 'VIEWER' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('refuses a revoked key (UNAUTHENTICATED) and audits the revocation', async () => {
    const user = await userWithKey('Rita');
    expect((await app.ok(Me, {}, user.token)).me.name).toBe('Rita');
    expect((await app.ok(RevokeApiKey, { id: user.keyId })).revokeApiKey).toBe(true);
    const result = await app.request(Me, {}, user.token);
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.message).toMatch(/revoked/);
    const events = await app.db.prisma.auditEvent.findMany({ where: { entityId: user.keyId } });
    expect(events.map((e) => e.action).sort()).toEqual(['apiKey.create', 'apiKey.revoke']);
  });

  it('stores only a hash of an API key, never the secret', async () => {
    const user = await userWithKey('Hana');
    const stored = await app.db.prisma.apiKey.findUniqueOrThrow({ where: { id: user.keyId } });
    expect(stored.secretHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(user.token);
  });

  it('refuses a user without any ADMIN role creating users or books (FORBIDDEN)', async () => {
    const plain = await userWithKey('Pat');
    expect(errorCode(await app.request(CreateUser, { input: { name: 'x' } }, plain.token))).toBe('FORBIDDEN');
    expect(
      errorCode(await app.request(CreateBook, { input: { name: 'x', baseCurrency: 'GBP' } }, plain.token)),
    ).toBe('FORBIDDEN');
  });
});
