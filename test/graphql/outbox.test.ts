// The transactional outbox: every committed change writes its events in its own database
// transaction, numbered per book without gaps; a refused or rolled-back write writes and
// publishes none; the rows are append-only.
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { databaseKinds, errorCode } from '../support/app.ts';
import { Post, useStandardBook } from '../support/books.ts';
import { appendOutboxEvents } from '../../src/services/outbox.ts';
import { inTransaction } from '../../src/db.ts';
import { appendOnlyRefusal } from '../../src/db/append-only.ts';

const PostPendingTx = graphql(`
  mutation OutboxPostPending($id: ID!) { postTransaction(id: $id) { id status } }
`);
const VoidPendingTx = graphql(`
  mutation OutboxVoidPending($id: ID!) { voidTransaction(id: $id) { id status } }
`);
const ReverseTx = graphql(`
  mutation OutboxReverse($input: RequestReversalInput!) { requestReversal(input: $input) { id status reversal { id } } }
`);
const AllocateTx = graphql(`
  mutation OutboxAllocate($input: AllocateInput!) { allocate(input: $input) { id } }
`);

describe.each(databaseKinds())('outbox on %s', (kind) => {
  const book = useStandardBook(kind);

  async function eventsOf(bookId: string) {
    const rows = await book.app.db.prisma.outboxEvent.findMany({ where: { bookId }, orderBy: { sequence: 'asc' } });
    return rows.map((r) => ({ ...r, payload: JSON.parse(r.payload) as Record<string, unknown> }));
  }

  it('writes transaction.created and one balance.changed per account moved, in one gapless sequence', async () => {
    const { app, bookId } = book;
    const before = (await eventsOf(bookId)).length;
    const { createTransaction } = await app.ok(Post, {
      input: { bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-06-01', lines: [{ net: '10.00', taxCode: 'S' }] },
    });
    const events = (await eventsOf(bookId)).slice(before);
    // the customer, the debtors control, sales and VAT
    expect(events.map((e) => e.type)).toEqual(['transaction.created', ...Array(4).fill('balance.changed')]);
    expect(events.map((e) => e.sequence)).toEqual([1, 2, 3, 4, 5].map((n) => before + n));
    expect(events[0]!.subjectId).toBe(createTransaction.id);
    expect(events[0]!.payload).toMatchObject({ number: createTransaction.number, status: 'POSTED', gross: '12.00', net: '10.00', tax: '2.00' });
    const acme = events.find((e) => e.payload.accountCode === 'ACME')!;
    // bigint-safe: the balance is decimal strings, as everywhere outside
    expect(acme.payload.balance).toMatchObject({ posted: '12.00', available: '12.00', postedDebits: '12.00', postedCredits: '0.00' });
    const head = await app.db.prisma.outboxHead.findUniqueOrThrow({ where: { bookId } });
    expect(head.lastSequence).toBe(before + 5);
  });

  it('writes nothing for a refused posting', async () => {
    const { app, bookId } = book;
    const before = await eventsOf(bookId);
    const refused = await app.request(Post, {
      input: { bookId, typeCode: 'SI', accountCode: 'NOPE', date: '2026-06-01', lines: [{ net: '10.00', taxCode: 'S' }] },
    });
    expect(errorCode(refused)).toBe('NOT_FOUND');
    expect(await eventsOf(bookId)).toEqual(before);
  });

  it('writes nothing, and takes no sequence, when the transaction rolls back after appending', async () => {
    const { app, bookId } = book;
    const head = (await app.db.prisma.outboxHead.findUniqueOrThrow({ where: { bookId } })).lastSequence;
    await expect(
      inTransaction(app.db.prisma, async (tx) => {
        await appendOutboxEvents(tx, [{ bookId, type: 'transaction.created', subjectId: 'x', payload: {} }]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await app.db.prisma.outboxHead.findUniqueOrThrow({ where: { bookId } })).lastSequence).toBe(head);
    expect(await app.db.prisma.outboxEvent.count({ where: { bookId, subjectId: 'x' } })).toBe(0);
  });

  it('announces post, void, reversal and allocation, each with the balances it moved', async () => {
    const { app, bookId } = book;
    const pending = async () =>
      (await app.ok(Post, {
        input: { bookId, typeCode: 'CR', accountCode: 'CLIENT1', counterAccountCode: 'CLIENTBANK', date: '2026-06-02', amount: '100.00', pending: true },
      })).createTransaction;
    const toPost = await pending();
    const toVoid = await pending();
    let from = (await eventsOf(bookId)).length;
    await app.ok(PostPendingTx, { id: toPost.id });
    await app.ok(VoidPendingTx, { id: toVoid.id });
    let events = (await eventsOf(bookId)).slice(from);
    expect(events.map((e) => [e.type, e.subjectId === toPost.id || e.subjectId === toVoid.id || e.type === 'balance.changed'])).toEqual([
      ['transaction.posted', true], ['balance.changed', true], ['balance.changed', true],
      ['transaction.voided', true], ['balance.changed', true], ['balance.changed', true],
    ]);
    expect(events[0]!.payload.status).toBe('POSTED');
    expect(events[3]!.payload.status).toBe('VOIDED');

    const invoice = (await app.ok(Post, {
      input: { bookId, typeCode: 'SI', accountCode: 'GLOBEX', date: '2026-06-03', lines: [{ net: '50.00', taxCode: 'Z' }] },
    })).createTransaction;
    const receipt = (await app.ok(Post, {
      input: { bookId, typeCode: 'SR', accountCode: 'GLOBEX', counterAccountCode: 'BANK1', date: '2026-06-03', amount: '20.00' },
    })).createTransaction;
    from = (await eventsOf(bookId)).length;
    const { allocate } = await app.ok(AllocateTx, { input: { bookId, fromId: receipt.id, allocations: [{ transactionId: invoice.id, amount: '20.00' }] } });
    const { requestReversal } = await app.ok(ReverseTx, { input: { transactionId: invoice.id, reason: 'wrong customer', date: '2026-06-04' } });
    events = (await eventsOf(bookId)).slice(from);
    expect(events[0]).toMatchObject({ type: 'allocation.created', subjectId: allocate[0]!.id, payload: { amount: '20.00', fromId: receipt.id, toId: invoice.id } });
    const reversed = events.find((e) => e.type === 'transaction.reversed')!;
    expect(reversed.subjectId).toBe(requestReversal.reversal!.id);
    expect(reversed.payload.reversalOfId).toBe(invoice.id);
    // the sequence has no gaps, whatever wrote it
    const all = await eventsOf(bookId);
    expect(all.map((e) => e.sequence)).toEqual(all.map((_e, i) => i + 1));
  });

  it('keeps the sequence gapless under concurrent postings', async () => {
    const { app, bookId } = book;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_v, i) =>
        app.request(Post, {
          input: { bookId, typeCode: 'BL', accountCode: 'BANK1', counterAccountCode: 'CASH1', date: '2026-06-05', amount: `${i + 1}.00` },
        }),
      ),
    );
    expect(results.filter((r) => r.errors).length).toBe(0);
    const all = await eventsOf(bookId);
    expect(all.map((e) => e.sequence)).toEqual(all.map((_e, i) => i + 1));
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
  });

  it('refuses to rewrite or delete an event, and to move a head back (append-only triggers)', async () => {
    const { app, bookId } = book;
    const prisma = app.db.prisma;
    const refusal = async (work: Promise<unknown>) => appendOnlyRefusal(await work.then(() => null, (e: unknown) => e));
    expect(await refusal(prisma.outboxEvent.updateMany({ where: { bookId, sequence: 1 }, data: { payload: '{}' } }))).toMatch(/append-only: UPDATE of an OutboxEvent/);
    expect(await refusal(prisma.outboxEvent.deleteMany({ where: { bookId, sequence: 1 } }))).toMatch(/append-only: DELETE of an OutboxEvent/);
    expect(await refusal(prisma.outboxHead.update({ where: { bookId }, data: { lastSequence: 1 } }))).toMatch(/append-only: an OutboxHead's lastSequence only increases/);
    expect(await refusal(prisma.outboxHead.delete({ where: { bookId } }))).toMatch(/append-only: .*OutboxHead/);
    expect(await prisma.outboxEvent.count({ where: { bookId, sequence: 1 } })).toBe(1);
  });
});
