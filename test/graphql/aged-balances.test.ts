// Aged balances as they stood on a date (historical aging), against hand-computed figures.
// The allocate mutation belongs to another issue: allocations are written here the way it
// writes them (an Allocation row, both transactions' outstanding reduced).
//
// The sales ledger (GBP):
//   I1 SI ACME    2026-01-10 due 2026-01-31   120.00
//   I2 SI ACME    2026-02-20 due 2026-03-20    50.00
//   I3 SI GLOBEX  2025-11-15 (no due date)   1000.00
//   R1 SR ACME    2026-02-10                  120.00  → I1 100.00 on 02-10 (live)
//                                                     → I1  20.00 on 02-12, released 02-28
//   C1 SC ACME    2026-02-25                    5.00  → I2   5.00 on 04-05
//   R2 SR GLOBEX  2026-03-10                  400.00  → I3 400.00 on 03-10
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { createTestApp, databaseKinds, errorCode, type TestApp } from '../support/app.ts';
import { Post, standardBook } from '../support/books.ts';

const ReverseNow = graphql(`
  mutation ReverseNow($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }
`);

const AgedForReversal = graphql(`
  query AgedForReversal($bookId: ID!, $asOf: Date!) {
    book(id: $bookId) { agedBalances(ledgerCode: "SL", asOf: $asOf) { total rows { account { code } amounts total } } }
  }
`);

const AgedQuery = graphql(`
  query AgedBalances($bookId: ID!, $ledgerCode: String!, $asOf: Date!) {
    book(id: $bookId) {
      agedBalances(ledgerCode: $ledgerCode, asOf: $asOf) {
        asOf currency buckets totals total
        rows { account { code } amounts total }
      }
      account(code: "1100") { balance(asOf: $asOf) { posted } }
    }
  }
`);

describe.each(databaseKinds())('agedBalances on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app, 'Aging');
    const post = async (name: string, input: Record<string, unknown>) => {
      ids[name] = (await app.ok(Post, { input: { bookId, ...input } as never })).createTransaction.id;
    };
    await post('I1', { typeCode: 'SI', accountCode: 'ACME', date: '2026-01-10', dueDate: '2026-01-31', lines: [{ net: '100.00', taxCode: 'S' }] });
    await post('I2', { typeCode: 'SI', accountCode: 'ACME', date: '2026-02-20', dueDate: '2026-03-20', lines: [{ net: '50.00', taxCode: 'Z' }] });
    await post('I3', { typeCode: 'SI', accountCode: 'GLOBEX', date: '2025-11-15', lines: [{ net: '1000.00', taxCode: 'E' }] });
    await post('R1', { typeCode: 'SR', accountCode: 'ACME', counterAccountCode: 'BANK1', date: '2026-02-10', amount: '120.00' });
    await post('C1', { typeCode: 'SC', accountCode: 'ACME', date: '2026-02-25', lines: [{ net: '5.00', taxCode: 'Z' }] });
    await post('R2', { typeCode: 'SR', accountCode: 'GLOBEX', counterAccountCode: 'BANK1', date: '2026-03-10', amount: '400.00' });

    const allocate = async (from: string, to: string, amount: bigint, date: string, releasedAt?: string) => {
      const prisma = app.db.prisma;
      const admin = await prisma.user.findFirstOrThrow({ where: { isSystemAdmin: true } });
      await prisma.allocation.create({
        data: {
          bookId, fromId: ids[from]!, toId: ids[to]!, amount, date, createdById: admin.id,
          ...(releasedAt ? { released: true, releasedAt: new Date(releasedAt) } : {}),
        },
      });
      // outstanding = gross less live allocations: a released one no longer reduces it
      if (!releasedAt) {
        await prisma.transaction.updateMany({ where: { id: { in: [ids[from]!, ids[to]!] } }, data: { outstanding: { decrement: amount } } });
      }
    };
    await allocate('R1', 'I1', 10000n, '2026-02-10');
    await allocate('R1', 'I1', 2000n, '2026-02-12', '2026-02-28T10:00:00Z');
    await allocate('C1', 'I2', 500n, '2026-04-05');
    await allocate('R2', 'I3', 40000n, '2026-03-10');
  });
  afterAll(() => app?.close());

  const aged = async (asOf: string) => (await app.ok(AgedQuery, { bookId, ledgerCode: 'SL', asOf })).book!;

  it('ages open items by days past due, per account and in total, and the total is the control balance', async () => {
    const book = await aged('2026-03-01');
    expect(book.agedBalances).toEqual({
      asOf: '2026-03-01',
      currency: 'GBP',
      buckets: ['current', '1-30', '31-60', '61-90', '90+'],
      rows: [
        // I2 50.00 not yet due (C1's allocation is later); I1 20.00 (its 20.00 allocation was
        // released on 02-28) 29 days late; R1's released 20.00 and C1's 5.00 unallocated
        { account: { code: 'ACME' }, amounts: ['50.00', '-5.00', '0.00', '0.00', '0.00'], total: '45.00' },
        // I3 106 days old, R2's allocation on 03-10 is after asOf
        { account: { code: 'GLOBEX' }, amounts: ['0.00', '0.00', '0.00', '0.00', '1000.00'], total: '1000.00' },
      ],
      totals: ['50.00', '-5.00', '0.00', '0.00', '1000.00'],
      total: '1045.00',
    });
    expect(book.account!.balance.posted).toBe('1045.00');
  });

  it('counts a released allocation until the day it was released', async () => {
    const book = await aged('2026-02-20');
    expect(book.agedBalances.rows).toEqual([
      { account: { code: 'ACME' }, amounts: ['50.00', '0.00', '0.00', '0.00', '0.00'], total: '50.00' },
      { account: { code: 'GLOBEX' }, amounts: ['0.00', '0.00', '0.00', '0.00', '1000.00'], total: '1000.00' },
    ]);
    expect(book.agedBalances.total).toBe('1050.00');
    expect(book.account!.balance.posted).toBe('1050.00');
  });

  it('after every allocation: what is still open now', async () => {
    const book = await aged('2026-04-30');
    expect(book.agedBalances.rows).toEqual([
      // I1 20.00 89 days late and R1's 20.00 credit (79 days): both 61-90; I2 45.00 41 days late
      { account: { code: 'ACME' }, amounts: ['0.00', '0.00', '45.00', '0.00', '0.00'], total: '45.00' },
      { account: { code: 'GLOBEX' }, amounts: ['0.00', '0.00', '0.00', '0.00', '600.00'], total: '600.00' },
    ]);
    expect(book.agedBalances.total).toBe('645.00');
    expect(book.account!.balance.posted).toBe('645.00');
  });

  it('leaves out invoices dated after asOf', async () => {
    const book = await aged('2025-12-31');
    expect(book.agedBalances.rows).toEqual([
      { account: { code: 'GLOBEX' }, amounts: ['0.00', '0.00', '1000.00', '0.00', '0.00'], total: '1000.00' },
    ]);
  });

  it('refuses an unknown ledger (NOT_FOUND)', async () => {
    expect(errorCode(await app.request(AgedQuery, { bookId, ledgerCode: 'NOPE', asOf: '2026-03-01' }))).toBe('NOT_FOUND');
  });
});

describe.each(databaseKinds())('aged balances around a reversal on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app);
  });
  afterAll(() => app?.close());

  it('shows a reversed invoice as it stood before its reversal, less what was allocated by then, and not after', async () => {
    const invoice = (await app.ok(Post, {
      input: { bookId, typeCode: 'SI', accountCode: 'GLOBEX', date: '2026-01-10', dueDate: '2026-01-10', lines: [{ net: '100.00', taxCode: 'Z' }] },
    })).createTransaction;
    await app.ok(Post, {
      input: {
        bookId, typeCode: 'SR', accountCode: 'GLOBEX', counterAccountCode: 'BANK1', date: '2026-01-15', amount: '30.00',
        allocations: [{ transactionId: invoice.id, amount: '30.00' }],
      },
    });
    await app.ok(ReverseNow, { input: { transactionId: invoice.id, reason: 'billed the wrong customer', date: '2026-02-01' } });
    const aged = async (asOf: string) => (await app.ok(AgedForReversal, { bookId, asOf })).book!.agedBalances;
    // on 20 January: 100.00 invoiced, 30.00 received against it, 10 days past due
    expect((await aged('2026-01-20')).rows).toEqual([{ account: { code: 'GLOBEX' }, amounts: ['0.00', '70.00', '0.00', '0.00', '0.00'], total: '70.00' }]);
    // after the reversal the receipt's 30.00 is unallocated again: on account, against GLOBEX
    expect((await aged('2026-02-20')).total).toBe('-30.00');
  });
});
