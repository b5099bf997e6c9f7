// The audit log is readable by AUDITOR and ADMIN only, oldest first, page by page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { createTestApp, databaseKinds, errorCode, type TestApp } from '../support/app.ts';
import { Post, standardBook } from '../support/books.ts';

const AuditLog = graphql(`
  query AuditLog($bookId: ID!, $first: Int, $after: String) {
    book(id: $bookId) {
      auditEvents(first: $first, after: $after) {
        edges { cursor node { id action entityType entityId actor { name } after reason } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);
const AuditUser = graphql(`
  mutation AuditUser($input: CreateUserInput!) { createUser(input: $input) { id } }
`);
const AuditKey = graphql(`
  mutation AuditKey($userId: ID!) { createApiKey(userId: $userId) { secret } }
`);
const AuditMember = graphql(`
  mutation AuditMember($input: SetMembershipInput!) { setMembership(input: $input) { role } }
`);

describe.each(databaseKinds())('audit log on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  const keys: Record<string, string> = {};
  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app);
    for (const role of ['AUDITOR', 'VIEWER', 'EDITOR'] as const) {
      const { createUser } = await app.ok(AuditUser, { input: { name: role.toLowerCase() } });
      keys[role] = (await app.ok(AuditKey, { userId: createUser.id })).createApiKey.secret;
      await app.ok(AuditMember, { input: { bookId, userId: createUser.id, role } });
    }
    await app.ok(Post, { input: { bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-07-01', lines: [{ net: '10.00', taxCode: 'S' }] } });
  });
  afterAll(() => app?.close());

  it('lets an AUDITOR read every change, oldest first, with its actor and after-image', async () => {
    const { book } = await app.ok(AuditLog, { bookId, first: 500 }, keys.AUDITOR);
    const events = book!.auditEvents.edges.map((e) => e.node);
    expect(events[0]).toMatchObject({ action: 'book.create', entityType: 'Book', entityId: bookId, actor: { name: 'admin' } });
    const posting = events.find((e) => e.action === 'transaction.create');
    expect(posting?.after).toMatchObject({ gross: '1200', status: 'POSTED' });
    expect(events.map((e) => e.id)).toEqual([...events.map((e) => e.id)].sort());
  });

  it('pages with stable cursors', async () => {
    const all = (await app.ok(AuditLog, { bookId, first: 500 })).book!.auditEvents.edges.map((e) => e.node.id);
    const first = (await app.ok(AuditLog, { bookId, first: 3 })).book!.auditEvents;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await app.ok(AuditLog, { bookId, first: 3, after: first.pageInfo.endCursor })).book!.auditEvents;
    expect([...first.edges, ...second.edges].map((e) => e.node.id)).toEqual(all.slice(0, 6));
  });

  it.each(['VIEWER', 'EDITOR'])('refuses a %s (FORBIDDEN)', async (role) => {
    expect(errorCode(await app.request(AuditLog, { bookId, first: 5 }, keys[role]))).toBe('FORBIDDEN');
  });
});
