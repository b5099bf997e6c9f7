// The audit log proves itself (model.md invariant 9): every book's events form one hash chain,
// Book.verifyAuditChain recomputes it, and a row changed behind the API is found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { ADMIN_TOKEN, createTestApp, databaseKinds, errorCode, type TestApp } from '../support/app.ts';
import { Post, member, standardBook } from '../support/books.ts';
import { appendAuditEvents, verifyAuditChain } from '../../src/services/audit.ts';
import { inTransaction } from '../../src/db.ts';

const Verify = graphql(`
  query VerifyAuditChain($bookId: ID!) {
    book(id: $bookId) { verifyAuditChain { ok events firstBrokenEventId } }
  }
`);

const VerifySystem = graphql(`
  query VerifySystemAuditChain {
    verifySystemAuditChain { ok events firstBrokenEventId }
  }
`);

/** Changes a stored event's `reason` behind the API, with the append-only triggers out of the way. */
async function tamper(app: TestApp, eventId: string) {
  const prisma = app.db.prisma;
  if (app.kind === 'postgres') {
    await prisma.$executeRawUnsafe('ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"');
    await prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "reason" = 'rewritten' WHERE "id" = $1`, eventId);
    await prisma.$executeRawUnsafe('ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"');
  } else {
    const [trigger] = await prisma.$queryRawUnsafe<{ sql: string }[]>(
      `SELECT "sql" FROM sqlite_master WHERE type = 'trigger' AND name = 'AuditEvent_refuse_update'`,
    );
    await prisma.$executeRawUnsafe('DROP TRIGGER "AuditEvent_refuse_update"');
    await prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "reason" = 'rewritten' WHERE "id" = ?`, eventId);
    await prisma.$executeRawUnsafe(trigger!.sql);
  }
}

describe.each(databaseKinds())('audit hash chain on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  let auditor: string;
  let viewer: string;
  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app);
    auditor = await member(app, bookId, 'Audrey', 'AUDITOR');
    viewer = await member(app, bookId, 'Vic', 'VIEWER');
    for (const day of ['01', '02', '03']) {
      await app.ok(Post, { input: { bookId, typeCode: 'SI', accountCode: 'ACME', date: `2026-07-${day}`, lines: [{ net: '10.00', taxCode: 'S' }] } });
    }
  });
  afterAll(() => app?.close());

  it('links every event of a book: seq 1, 2, 3… each naming the previous hash', async () => {
    const events = await app.db.prisma.auditEvent.findMany({ where: { bookId }, orderBy: { chainSeq: 'asc' } });
    expect(events.length).toBeGreaterThan(10);
    expect(events.map((e) => e.chainSeq)).toEqual(events.map((_, i) => i + 1));
    expect(events[0]!.prevHash).toBe('');
    for (let i = 1; i < events.length; i++) expect(events[i]!.prevHash).toBe(events[i - 1]!.hash);
    const head = await app.db.prisma.auditChainHead.findUniqueOrThrow({ where: { chain: bookId } });
    expect(head).toMatchObject({ seq: events.length, hash: events.at(-1)!.hash });
  });

  it('verifyAuditChain: ok for an AUDITOR and an ADMIN, FORBIDDEN for a VIEWER', async () => {
    const events = await app.db.prisma.auditEvent.count({ where: { bookId } });
    const asAuditor = await app.ok(Verify, { bookId }, auditor);
    expect(asAuditor.book!.verifyAuditChain).toEqual({ ok: true, events, firstBrokenEventId: null });
    expect((await app.ok(Verify, { bookId })).book!.verifyAuditChain.ok).toBe(true);
    expect(errorCode(await app.request(Verify, { bookId }, viewer))).toBe('FORBIDDEN');
  });

  it('keeps the system chain (users, keys) for the system admin alone', async () => {
    const result = await app.ok(VerifySystem, {});
    expect(result.verifySystemAuditChain.ok).toBe(true);
    expect(result.verifySystemAuditChain.events).toBeGreaterThanOrEqual(5);
    expect(errorCode(await app.request(VerifySystem, {}, auditor))).toBe('FORBIDDEN');
  });

  it('appends a batch in one call in order, across chains, and it verifies', async () => {
    const other = await standardBook(app, 'Other');
    await inTransaction(app.db.prisma, (tx) =>
      appendAuditEvents(tx, [
        { bookId, actorId: null, action: 'test.batch', entityType: 'Test', entityId: 'a' },
        { bookId: other, actorId: null, action: 'test.batch', entityType: 'Test', entityId: 'b', after: { n: 1n } },
        { bookId, actorId: null, action: 'test.batch', entityType: 'Test', entityId: 'c', before: { z: 1, a: [2] } },
      ]),
    );
    const batch = await app.db.prisma.auditEvent.findMany({ where: { action: 'test.batch' }, orderBy: { id: 'asc' } });
    expect(batch.map((e) => e.entityId)).toEqual(['a', 'b', 'c']);
    expect(batch[2]!.chainSeq).toBe(batch[0]!.chainSeq! + 1);
    expect(batch[2]!.prevHash).toBe(batch[0]!.hash);
    expect(await verifyAuditChain(app.db.prisma, bookId)).toMatchObject({ ok: true });
    expect(await verifyAuditChain(app.db.prisma, other)).toMatchObject({ ok: true });
  });

  it('still refuses UPDATE and DELETE of an event and of a chain head (append-only triggers)', async () => {
    const prisma = app.db.prisma;
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { bookId } });
    await expect(prisma.auditEvent.update({ where: { id: event.id }, data: { reason: 'x' } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditChainHead.delete({ where: { chain: bookId } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditChainHead.update({ where: { chain: bookId }, data: { seq: 1 } })).rejects.toThrow(/append-only/);
  });

  it('detects a row rewritten by raw SQL (triggers disabled) and names the first broken event', async () => {
    const tampered = await standardBook(app, 'Tampered');
    await app.ok(Post, { input: { bookId: tampered, typeCode: 'SI', accountCode: 'ACME', date: '2026-07-04', lines: [{ net: '5.00', taxCode: 'S' }] } });
    const events = await app.db.prisma.auditEvent.findMany({ where: { bookId: tampered }, orderBy: { chainSeq: 'asc' } });
    const victim = events[Math.floor(events.length / 2)]!;
    expect((await app.ok(Verify, { bookId: tampered })).book!.verifyAuditChain.ok).toBe(true);
    await tamper(app, victim.id);
    expect((await app.ok(Verify, { bookId: tampered })).book!.verifyAuditChain).toEqual({
      ok: false,
      events: events.indexOf(victim) + 1,
      firstBrokenEventId: victim.id,
    });
    // other books' chains are their own
    expect((await app.ok(Verify, { bookId })).book!.verifyAuditChain.ok).toBe(true);
  });

  it('detects an event slipped in beside the chain by raw SQL', async () => {
    const forged = await standardBook(app, 'Forged');
    const id = '01ffffff-ffff-7fff-bfff-ffffffffffff';
    await app.db.prisma.$executeRawUnsafe(
      `INSERT INTO "AuditEvent" ("id", "bookId", "at", "action", "entityType", "entityId") VALUES ('${id}', '${forged}', CURRENT_TIMESTAMP, 'forged', 'X', 'x')`,
    );
    expect((await app.ok(Verify, { bookId: forged })).book!.verifyAuditChain).toMatchObject({ ok: false, firstBrokenEventId: id });
  });

  it('keeps one unbroken chain under concurrent writes to one book (the head row is locked)', async () => {
    const busy = await standardBook(app, 'Busy');
    const before = await app.db.prisma.auditEvent.count({ where: { bookId: busy } });
    const writes = Array.from({ length: 24 }, (_, i) =>
      i % 3 === 0
        ? inTransaction(app.db.prisma, (tx) =>
            appendAuditEvents(tx, [1, 2, 3].map((n) => ({ bookId: busy, actorId: null, action: 'test.concurrent', entityType: 'Test', entityId: `${i}.${n}` }))),
          )
        : app.ok(Post, { input: { bookId: busy, typeCode: 'SI', accountCode: 'ACME', date: '2026-07-05', lines: [{ net: `${i + 1}.00`, taxCode: 'S' }] } }, ADMIN_TOKEN),
    );
    await Promise.all(writes);
    const events = await app.db.prisma.auditEvent.findMany({ where: { bookId: busy }, orderBy: { chainSeq: 'asc' } });
    expect(events.length).toBeGreaterThanOrEqual(before + 8 * 3 + 16);
    expect(events.map((e) => e.chainSeq)).toEqual(events.map((_, i) => i + 1));
    expect((await app.ok(Verify, { bookId: busy })).book!.verifyAuditChain).toEqual({ ok: true, events: events.length, firstBrokenEventId: null });
  });
});
