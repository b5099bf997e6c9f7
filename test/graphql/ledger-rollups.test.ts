// The ledgers' daily rollups (LedgerDailyBalance), which the reconciliation reads: kept by
// triggers whoever writes an account's rollups, moved when an account's own control account
// changes, and what the reconciliation shows now and as of a date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/gql.ts';
import { checkBookIntegrity } from '../../src/services/integrity.ts';
import { createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { Post, standardBook } from '../support/books.ts';

const Reconcile = graphql(`
  query ReconcileRollups($bookId: ID!, $asOf: Date) {
    book(id: $bookId) { reconciliation(asOf: $asOf) { ledger { code } controlAccount { code } currency ledgerTotal controlBalance difference } }
  }
`);

describe.each(databaseKinds())('ledger rollups on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  const rollups = async () => {
    const sl = await app.db.prisma.ledger.findFirstOrThrow({ where: { bookId, code: 'SL' } });
    const rows = await app.db.prisma.ledgerDailyBalance.findMany({ where: { ledgerId: sl.id }, orderBy: [{ controlAccountId: 'asc' }, { date: 'asc' }] });
    return rows.map((r) => [r.controlAccountId === '' ? '' : 'own', r.currency, r.date, r.postedDebits, r.postedCredits]);
  };
  const reconciliation = async (asOf?: string) =>
    (await app.ok(Reconcile, { bookId, asOf })).book!.reconciliation.filter((r) => r.ledger.code === 'SL');
  const ledgerCheck = async () => (await checkBookIntegrity(app.db, bookId)).checks.find((c) => c.name === 'ledger rollups equal the sums of their accounts')!;

  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app, 'Rollups');
    // ACME 120.00 on 10 January, GLOBEX 48.00 the same day, ACME pays 50.00 on 1 February
    await app.ok(Post, { input: { bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-01-10', lines: [{ net: '100.00', taxCode: 'S' }] } });
    await app.ok(Post, { input: { bookId, typeCode: 'SI', accountCode: 'GLOBEX', date: '2026-01-10', lines: [{ net: '40.00', taxCode: 'S' }] } });
    await app.ok(Post, { input: { bookId, typeCode: 'SR', accountCode: 'ACME', counterAccountCode: 'BANK1', date: '2026-02-01', amount: '50.00' } });
  });
  afterAll(() => app?.close());

  it('sums the accounts of a ledger per day, as the postings made them', async () => {
    expect(await rollups()).toEqual([
      ['', 'GBP', '2026-01-10', 16800n, 0n],
      ['', 'GBP', '2026-02-01', 0n, 5000n],
    ]);
    expect((await ledgerCheck()).ok).toBe(true);
    expect(await reconciliation()).toEqual([{ ledger: { code: 'SL' }, controlAccount: { code: '1100' }, currency: 'GBP', ledgerTotal: '118.00', controlBalance: '118.00', difference: '0.00' }]);
    expect(await reconciliation('2026-01-31')).toEqual([{ ledger: { code: 'SL' }, controlAccount: { code: '1100' }, currency: 'GBP', ledgerTotal: '168.00', controlBalance: '168.00', difference: '0.00' }]);
    expect(await reconciliation('2026-01-09')).toEqual([{ ledger: { code: 'SL' }, controlAccount: { code: '1100' }, currency: 'GBP', ledgerTotal: '0.00', controlBalance: '0.00', difference: '0.00' }]);
  });

  it("moves an account's days to the row of its new control account, and back", async () => {
    const acme = await app.db.prisma.account.findFirstOrThrow({ where: { bookId, code: 'ACME' } });
    const debtors = await app.db.prisma.account.findFirstOrThrow({ where: { bookId, code: '1100' } });
    await app.db.prisma.account.update({ where: { id: acme.id }, data: { controlAccountId: debtors.id } });
    // ACME's 120.00 and 50.00 now under its own control (1100 named on the account); GLOBEX's 48.00 stays
    expect(await rollups()).toEqual([
      ['', 'GBP', '2026-01-10', 4800n, 0n],
      ['', 'GBP', '2026-02-01', 0n, 0n],
      ['own', 'GBP', '2026-01-10', 12000n, 0n],
      ['own', 'GBP', '2026-02-01', 0n, 5000n],
    ]);
    expect((await ledgerCheck()).ok).toBe(true);
    // the same control either way: the reconciliation is unchanged
    expect((await reconciliation()).map((r) => [r.controlAccount.code, r.ledgerTotal, r.difference])).toEqual([['1100', '118.00', '0.00']]);
    await app.db.prisma.account.update({ where: { id: acme.id }, data: { controlAccountId: null } });
    expect((await rollups()).filter((r) => r[3] !== 0n || r[4] !== 0n)).toEqual([
      ['', 'GBP', '2026-01-10', 16800n, 0n],
      ['', 'GBP', '2026-02-01', 0n, 5000n],
    ]);
    expect((await ledgerCheck()).ok).toBe(true);
  });

  it('follows a change written to an account rollup by hand, so the integrity check sees only a broken ledger row', async () => {
    const globex = await app.db.prisma.account.findFirstOrThrow({ where: { bookId, code: 'GLOBEX' } });
    await app.db.prisma
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`UPDATE "DailyBalance" SET "postedDebits" = "postedDebits" + 1 WHERE "accountId" = '${globex.id}' AND "date" = '2026-01-10'`);
        const row = await tx.ledgerDailyBalance.findFirstOrThrow({ where: { bookId, controlAccountId: '', date: '2026-01-10' } });
        expect(row.postedDebits).toBe(16801n);
        await tx.$executeRawUnsafe(`DELETE FROM "DailyBalance" WHERE "accountId" = '${globex.id}' AND "date" = '2026-01-10'`);
        const after = await tx.ledgerDailyBalance.findFirstOrThrow({ where: { bookId, controlAccountId: '', date: '2026-01-10' } });
        expect(after.postedDebits).toBe(12000n);
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    expect((await ledgerCheck()).ok).toBe(true);
  });
});
