// Each audit event records the id of the request that made it (AuditEvent.requestId): the
// caller's x-request-id when it gave one, else the id the response names. The id is in the
// hash-chained content, so changing it behind the API breaks the chain; events without one
// (recorded before it was kept) hash as they always did.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { standardBook } from '../support/books.ts';
import { canonicalContent } from '../../src/domain/audit-chain.ts';
import { verifyAuditChain } from '../../src/services/audit.ts';

async function send(app: TestApp, query: string, variables: Record<string, unknown>, requestId?: string) {
  const response = await app.yoga.fetch('http://daybook.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}`, ...(requestId ? { 'x-request-id': requestId } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { header: response.headers.get('x-request-id'), body: (await response.json()) as { data: any; errors?: unknown } }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const CREATE = 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }';
const EVENTS = `query($bookId: ID!, $entityId: String) {
  book(id: $bookId) { auditEvents(first: 10, entityId: $entityId) { edges { node { action entityId keyId requestId } } } }
}`;

describe.each(databaseKinds())('the request id on audit events on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app, 'Request ids');
  });
  afterAll(() => app?.close());

  const account = (code: string) => ({ input: { bookId, ledgerCode: 'SL', code, name: code, type: 'CUSTOMER' } });
  const eventsOf = async (entityId: string) => (await send(app, EVENTS, { bookId, entityId })).body.data.book.auditEvents.edges.map((e: { node: unknown }) => e.node);

  it("records the caller's x-request-id", async () => {
    const made = await send(app, CREATE, account('RID1'), 'trace-4711.a:b');
    expect(made.body.errors).toBeUndefined();
    expect(made.header).toBe('trace-4711.a:b');
    const id = made.body.data.createAccount.id as string;
    expect(await eventsOf(id)).toEqual([{ action: 'account.create', entityId: id, keyId: expect.any(String), requestId: 'trace-4711.a:b' }]);
  });

  it('records the id the server gave the request, as its response names it', async () => {
    const made = await send(app, CREATE, account('RID2'));
    expect(made.header).toMatch(/^[0-9a-f-]{36}$/);
    const [event] = await eventsOf(made.body.data.createAccount.id);
    expect(event.requestId).toBe(made.header);
  });

  it('hashes the request id: the chain verifies, and changing the id behind the API breaks it', async () => {
    expect(await verifyAuditChain(app.db.prisma, bookId)).toMatchObject({ ok: true, firstBrokenEventId: null });
    const id = (await send(app, CREATE, account('RID3'), 'trace-hashed')).body.data.createAccount.id as string;
    const row = await app.db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: id } });
    const stored = { ...row, chainSeq: row.chainSeq! };
    expect(canonicalContent(stored)).toContain('"requestId":"trace-hashed"');
    // an event without one hashes as before the id was kept: no requestId in its canonical text
    expect(canonicalContent({ ...stored, requestId: null })).not.toContain('requestId');
    await app.db.prisma.$transaction(async (tx) => {
      if (kind === 'postgres') await tx.$executeRawUnsafe('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"');
      else await tx.$executeRawUnsafe('DROP TRIGGER "AuditEvent_refuse_update"');
      await tx.$executeRawUnsafe(`UPDATE "AuditEvent" SET "requestId" = 'forged' WHERE "id" = '${stored.id}'`);
      expect(await verifyAuditChain(tx, bookId)).toMatchObject({ ok: false, firstBrokenEventId: stored.id });
      throw new Error('roll back');
    }).catch((error: Error) => expect(error.message).toBe('roll back'));
    expect(await verifyAuditChain(app.db.prisma, bookId)).toMatchObject({ ok: true });
  });
});
