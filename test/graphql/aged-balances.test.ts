// Aged balances as they stood on a date (historical aging), against hand-computed figures.
// Every allocation, release and reversal goes through the API, as a user would make it.
//
// The sales ledger (GBP):
//   I1 SI ACME    2026-01-10 due 2026-01-31   120.00
//   I2 SI ACME    2026-02-20 due 2026-03-20    50.00
//   I3 SI GLOBEX  2025-11-15 (no due date)   1000.00
//   R1 SR ACME    2026-02-10                  100.00  → I1 100.00 (on 02-10)
//   R3 SR ACME    2026-02-12                   20.00  → I1  20.00 (on 02-12); R3 reversed on 02-28
//   C1 SC ACME    2026-04-05                    5.00  → I2   5.00 (on 04-05)
//   R2 SR GLOBEX  2026-03-10                  400.00  → I3 400.00 (on 03-10)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { createTestApp, databaseKinds, errorCode, type TestApp } from '../support/app.ts';
import { AddAccount, memberWithOwnKey, Post, standardBook, useStandardBook } from '../support/books.ts';
import { backfilledAndWritten } from '../support/backfill.ts';

const Allocate = graphql(`
  mutation AllocateForAging($input: AllocateInput!) { allocate(input: $input) { id amount } }
`);

const ApproveNow = graphql(`
  mutation ApproveForAging($id: ID!) { approveReversal(id: $id) { status } }
`);

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
    // customers with nothing open: the rows' accounts are then read by id, not by ledger
    for (const code of ['IDLE1', 'IDLE2', 'IDLE3']) {
      await app.ok(AddAccount, { input: { bookId, ledgerCode: 'SL', code, name: `Idle ${code}`, type: 'CUSTOMER' } });
    }
    const settle = (to: string, amount: string) => ({ allocations: [{ transactionId: ids[to]!, amount }] });
    await post('R1', { typeCode: 'SR', accountCode: 'ACME', counterAccountCode: 'BANK1', date: '2026-02-10', amount: '100.00', ...settle('I1', '100.00') });
    await post('R3', { typeCode: 'SR', accountCode: 'ACME', counterAccountCode: 'BANK1', date: '2026-02-12', amount: '20.00', ...settle('I1', '20.00') });
    await post('C1', { typeCode: 'SC', accountCode: 'ACME', date: '2026-04-05', lines: [{ net: '5.00', taxCode: 'Z' }], ...settle('I2', '5.00') });
    await post('R2', { typeCode: 'SR', accountCode: 'GLOBEX', counterAccountCode: 'BANK1', date: '2026-03-10', amount: '400.00' });
    await app.ok(Allocate, { input: { bookId, fromId: ids.R2!, allocations: [{ transactionId: ids.I3!, amount: '400.00' }] } });
    // a receipt's reversal waits for a second person's approval
    const request = (await app.ok(ReverseNow, { input: { transactionId: ids.R3!, reason: 'the cheque bounced', date: '2026-02-28' } })).requestReversal;
    await app.ok(ApproveNow, { id: request.id }, await memberWithOwnKey(app, bookId, 'Ava', 'APPROVER'));
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
        // I2 50.00 not yet due; I1 20.00 (R3's allocation was released by its reversal on
        // 02-28) 29 days past due; C1 is dated after asOf
        { account: { code: 'ACME' }, amounts: ['50.00', '20.00', '0.00', '0.00', '0.00'], total: '70.00' },
        // I3 106 days old, R2's allocation on 03-10 is after asOf
        { account: { code: 'GLOBEX' }, amounts: ['0.00', '0.00', '0.00', '0.00', '1000.00'], total: '1000.00' },
      ],
      totals: ['50.00', '20.00', '0.00', '0.00', '1000.00'],
      total: '1070.00',
    });
    expect(book.account!.balance.posted).toBe('1070.00');
  });

  it('counts a released allocation until the day of the reversal that released it', async () => {
    // 02-27: I1 settled by R1 and R3; R3 itself fully allocated
    const before = await aged('2026-02-27');
    expect(before.agedBalances.rows).toEqual([
      { account: { code: 'ACME' }, amounts: ['50.00', '0.00', '0.00', '0.00', '0.00'], total: '50.00' },
      { account: { code: 'GLOBEX' }, amounts: ['0.00', '0.00', '0.00', '0.00', '1000.00'], total: '1000.00' },
    ]);
    expect(before.account!.balance.posted).toBe('1050.00');
    // 02-28: the reversal releases R3's 20.00 from I1 (28 days past due) and closes R3
    const on = await aged('2026-02-28');
    expect(on.agedBalances.rows[0]).toEqual({ account: { code: 'ACME' }, amounts: ['50.00', '20.00', '0.00', '0.00', '0.00'], total: '70.00' });
    expect(on.agedBalances.total).toBe('1070.00');
    expect(on.account!.balance.posted).toBe('1070.00');
  });

  it('after every allocation: what is still open now', async () => {
    const book = await aged('2026-04-30');
    expect(book.agedBalances.rows).toEqual([
      // I2 45.00 41 days past due; I1 20.00 89 days past due
      { account: { code: 'ACME' }, amounts: ['0.00', '0.00', '45.00', '20.00', '0.00'], total: '65.00' },
      // I3 less R2's 400.00, 166 days old
      { account: { code: 'GLOBEX' }, amounts: ['0.00', '0.00', '0.00', '0.00', '600.00'], total: '600.00' },
    ]);
    expect(book.agedBalances.total).toBe('665.00');
    expect(book.account!.balance.posted).toBe('665.00');
  });

  it('leaves out invoices dated after asOf', async () => {
    const book = await aged('2025-12-31');
    expect(book.agedBalances.rows).toEqual([
      { account: { code: 'GLOBEX' }, amounts: ['0.00', '0.00', '1000.00', '0.00', '0.00'], total: '1000.00' },
    ]);
  });

  it("the migration's backfill derives from the allocations and reversals the movements the services wrote", async () => {
    const { backfilled, written } = await backfilledAndWritten(app.db, bookId);
    expect(written.map((m) => m.kind).sort()).toEqual(['ALLOCATION', 'ALLOCATION', 'ALLOCATION', 'ALLOCATION', 'ALLOCATION', 'ALLOCATION', 'ALLOCATION', 'ALLOCATION', 'RELEASE', 'RELEASE', 'REVERSAL']);
    expect(backfilled).toEqual(written);
  });

  it('refuses an unknown ledger (NOT_FOUND)', async () => {
    expect(errorCode(await app.request(AgedQuery, { bookId, ledgerCode: 'NOPE', asOf: '2026-03-01' }))).toBe('NOT_FOUND');
  });
});

describe.each(databaseKinds())('aged balances around a reversal on %s', (kind) => {
  const book = useStandardBook(kind);
  const aged = async (asOf: string) => (await book.app.ok(AgedForReversal, { bookId: book.bookId, asOf })).book!.agedBalances;

  /** An invoice due on its date, a receipt allocated to it, and the invoice reversed. */
  async function paidThenReversed(customer: string, invoice: { date: string; net: string }, receipt: { date: string; amount: string }, reversedOn: string) {
    const { app, bookId } = book;
    const { id } = (await app.ok(Post, {
      input: { bookId, typeCode: 'SI', accountCode: customer, date: invoice.date, dueDate: invoice.date, lines: [{ net: invoice.net, taxCode: 'Z' }] },
    })).createTransaction;
    await app.ok(Post, {
      input: {
        bookId, typeCode: 'SR', accountCode: customer, counterAccountCode: 'BANK1', date: receipt.date, amount: receipt.amount,
        allocations: [{ transactionId: id, amount: receipt.amount }],
      },
    });
    await app.ok(ReverseNow, { input: { transactionId: id, reason: 'billed in error', date: reversedOn } });
  }

  it('shows a reversed invoice as it stood before its reversal, less what was allocated by then, and not after', async () => {
    await paidThenReversed('GLOBEX', { date: '2026-01-10', net: '100.00' }, { date: '2026-01-15', amount: '30.00' }, '2026-02-01');
    // on 20 January: 100.00 invoiced, 30.00 received against it, 10 days past due
    expect((await aged('2026-01-20')).rows).toEqual([{ account: { code: 'GLOBEX' }, amounts: ['0.00', '70.00', '0.00', '0.00', '0.00'], total: '70.00' }]);
    // after the reversal the receipt's 30.00 is unallocated again: on account, against GLOBEX
    expect((await aged('2026-02-20')).total).toBe('-30.00');
  });

  it('a reversal dated before the allocation it releases: the allocation never counted', async () => {
    // the invoice was wrong from the start: reversed as of 05-15, before the receipt came in on 05-20
    await paidThenReversed('ACME', { date: '2026-05-10', net: '100.00' }, { date: '2026-05-20', amount: '100.00' }, '2026-05-15');
    const acme = async (asOf: string) => {
      const { rows } = await aged(asOf);
      return rows.find((r) => r.account.code === 'ACME')?.amounts ?? 'no row';
    };
    expect(await acme('2026-05-12')).toEqual(['0.00', '100.00', '0.00', '0.00', '0.00']);
    // reversed on 05-15: nothing open, and the allocation dated 05-20 did not count yet
    expect(await acme('2026-05-17')).toBe('no row');
    // the receipt's 100.00 stands unallocated: its allocation was released
    expect(await acme('2026-05-25')).toEqual(['0.00', '-100.00', '0.00', '0.00', '0.00']);
  });
});

const AgedPage = graphql(`
  query AgedPage($bookId: ID!, $asOf: Date!, $first: Int, $after: String, $orderBy: AgedOrder) {
    book(id: $bookId) {
      agedBalances(ledgerCode: "SL", asOf: $asOf, first: $first, after: $after, orderBy: $orderBy) {
        totals total rowCount
        rows { account { code } amounts total overdue cursor }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

describe.each(databaseKinds())('aged balances in pages on %s', (kind) => {
  const book = useStandardBook(kind, 'Aged pages');
  const asOf = '2026-06-30';

  beforeAll(async () => {
    const { app, bookId } = book;
    for (const code of ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7']) {
      await app.ok(AddAccount, { input: { bookId, ledgerCode: 'SL', code, name: `Customer ${code}`, type: 'CUSTOMER' } });
    }
    const invoice = async (accountCode: string, date: string, dueDate: string | null, net: string) =>
      (await app.ok(Post, { input: { bookId, typeCode: 'SI', accountCode, date, ...(dueDate ? { dueDate } : {}), lines: [{ net, taxCode: 'Z' }] } })).createTransaction.id;
    await invoice('K1', '2026-06-20', '2026-07-20', '100.00'); // current
    await invoice('K2', '2026-01-10', null, '300.00'); // 90+
    await invoice('K3', '2026-05-15', '2026-05-31', '50.00'); // 30 days: 1-30
    await invoice('K4', '2026-04-01', '2026-04-15', '300.00'); // 76 days: 61-90
    await app.ok(Post, { input: { bookId, typeCode: 'SC', accountCode: 'K5', date: '2026-06-01', lines: [{ net: '10.00', taxCode: 'Z' }] } });
    // K6 has nothing; K7 was invoiced and paid in full: neither has a row
    const paid = await invoice('K7', '2026-03-01', '2026-03-31', '200.00');
    await app.ok(Post, {
      input: { bookId, typeCode: 'SR', accountCode: 'K7', counterAccountCode: 'BANK1', date: '2026-03-20', amount: '200.00', allocations: [{ transactionId: paid, amount: '200.00' }] },
    });
  });

  const page = async (vars: { first?: number; after?: string | null; orderBy?: 'ACCOUNT_CODE' | 'OVERDUE' }) =>
    (await book.app.ok(AgedPage, { bookId: book.bookId, asOf, ...vars })).book!.agedBalances;

  /** Every page of `first` rows, following endCursor, and the totals each page gave. */
  async function walk(first: number, orderBy?: 'ACCOUNT_CODE' | 'OVERDUE') {
    const rows: { code: string; amounts: string[]; overdue: string }[] = [];
    const totals = new Set<string>();
    let after: string | null | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const p = await page({ first, after, ...(orderBy ? { orderBy } : {}) });
      totals.add(JSON.stringify([p.totals, p.total, p.rowCount]));
      rows.push(...p.rows.map((r) => ({ code: r.account.code, amounts: r.amounts, overdue: r.overdue })));
      expect(p.rows.length).toBeLessThanOrEqual(first);
      expect(p.pageInfo.endCursor).toBe(p.rows.at(-1)?.cursor ?? null);
      if (!p.pageInfo.hasNextPage) return { rows, totals: [...totals] };
      after = p.pageInfo.endCursor;
    }
    throw new Error('more pages than rows');
  }

  const everyRow = [
    { code: 'K1', amounts: ['100.00', '0.00', '0.00', '0.00', '0.00'], overdue: '0.00' },
    { code: 'K2', amounts: ['0.00', '0.00', '0.00', '0.00', '300.00'], overdue: '300.00' },
    { code: 'K3', amounts: ['0.00', '50.00', '0.00', '0.00', '0.00'], overdue: '50.00' },
    { code: 'K4', amounts: ['0.00', '0.00', '0.00', '300.00', '0.00'], overdue: '300.00' },
    { code: 'K5', amounts: ['0.00', '-10.00', '0.00', '0.00', '0.00'], overdue: '-10.00' },
  ];
  const wholeTotals = JSON.stringify([['100.00', '40.00', '0.00', '300.00', '300.00'], '740.00', 5]);

  it('totals cover every account, whatever the page; rows page by account code by default', async () => {
    const one = await page({ first: 2 });
    expect(one.rows.map((r) => r.account.code)).toEqual(['K1', 'K2']);
    expect(one.pageInfo.hasNextPage).toBe(true);
    expect(JSON.stringify([one.totals, one.total, one.rowCount])).toBe(wholeTotals);
    const walked = await walk(2);
    expect(walked.rows).toEqual(everyRow);
    expect(walked.totals).toEqual([wholeTotals]);
    // one page of all of them: the same rows, no next page
    const all = await page({ first: 500 });
    expect(all.rows.map((r) => r.account.code)).toEqual(everyRow.map((r) => r.code));
    expect(all.pageInfo.hasNextPage).toBe(false);
  });

  it('OVERDUE: most overdue first, ties by account code, current-only and credit rows last', async () => {
    for (const first of [1, 2, 3]) {
      const walked = await walk(first, 'OVERDUE');
      expect(walked.rows.map((r) => [r.code, r.overdue])).toEqual([['K2', '300.00'], ['K4', '300.00'], ['K3', '50.00'], ['K1', '0.00'], ['K5', '-10.00']]);
      expect(walked.totals).toEqual([wholeTotals]);
    }
  });

  it('first: 0 gives the totals alone; a first over 500 is read as 500', async () => {
    const none = await page({ first: 0 });
    expect(none.rows).toEqual([]);
    expect(none.pageInfo).toEqual({ hasNextPage: true, endCursor: null });
    expect(JSON.stringify([none.totals, none.total, none.rowCount])).toBe(wholeTotals);
    expect((await page({ first: 100_000 })).rows).toHaveLength(5);
  });

  it('refuses a cursor of the other order or not of this API (BAD_USER_INPUT)', async () => {
    const byCode = (await page({ first: 1 })).pageInfo.endCursor!;
    const wrongOrder = await book.app.request(AgedPage, { bookId: book.bookId, asOf, first: 1, after: byCode, orderBy: 'OVERDUE' });
    expect(errorCode(wrongOrder)).toBe('BAD_USER_INPUT');
    expect(wrongOrder.errors![0]!.message).toMatch(/not a cursor of agedBalances ordered by OVERDUE/);
    expect(errorCode(await book.app.request(AgedPage, { bookId: book.bookId, asOf, after: 'bm9wZQ' }))).toBe('BAD_USER_INPUT');
    const forged = Buffer.from('c:O:["1e5","K1"]').toString('base64url');
    expect(errorCode(await book.app.request(AgedPage, { bookId: book.bookId, asOf, after: forged, orderBy: 'OVERDUE' }))).toBe('BAD_USER_INPUT');
  });
});
