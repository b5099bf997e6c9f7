// The integrity check (Book.integrityReport, src/services/integrity.ts): a book written
// through the API passes every check; each invariant broken by raw SQL, with the
// append-only triggers dropped or disabled, is reported with the rows involved. Each break
// runs in a database transaction that is rolled back, so the book is whole again after it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { createTestApp, databaseKinds, errorCode, type TestApp } from '../support/app.ts';
import { member, memberWithOwnKey, Post, standardBook } from '../support/books.ts';
import { checkBookIntegrity, type IntegrityReport } from '../../src/services/integrity.ts';
import type { DatabaseKind } from '../../src/db.ts';

const Integrity = graphql(`
  query Integrity($bookId: ID!) {
    book(id: $bookId) { integrityReport { ok checkedAt checks { name ok violations } } }
  }
`);

const Reverse = graphql(`
  mutation ReverseForIntegrity($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }
`);

const Approve = graphql(`
  mutation ApproveForIntegrity($id: ID!) { approveReversal(id: $id) { status } }
`);

const CHECK_NAMES = [
  'transactions balance per currency',
  'control accounts reconcile with their ledgers',
  'trial balance sums to zero',
  'entry sequences are gapless per account',
  'running balances chain per account',
  'materialised balances equal the sums of entries',
  'daily rollups equal the sums of entries',
  'ledger rollups equal the sums of their accounts',
  'tax totals equal the sums of posted lines',
  'open item totals equal the open items',
  'open item movement totals equal the movements',
  'allocations within bounds',
  'outstanding amounts within bounds',
  'open item movements consistent',
  'account limits respected',
  'append-only triggers in place',
];

/** The statements that take the append-only triggers out of the way (rolled back with the break). */
function withoutTriggers(kind: DatabaseKind): string[] {
  if (kind === 'postgres') return ['Entry', 'AuditEvent', 'OpenItemMovement', 'Allocation'].map((table) => `ALTER TABLE "${table}" DISABLE TRIGGER USER`);
  return [
    'Entry_refuse_delete',
    'Entry_refuse_update_of_terms',
    'Entry_refuse_status_change',
    'Entry_refuse_posting_change',
    'OpenItemMovement_refuse_update',
    'OpenItemMovement_refuse_delete',
    'Allocation_refuse_update',
  ].map((name) => `DROP TRIGGER "${name}"`);
}

class RollBack extends Error {}

describe.each(databaseKinds())('integrity check on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  const ids: Record<string, string> = {};
  const numbers: Record<string, string> = {};
  const account: Record<string, string> = {};

  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app, 'Integrity');
    const post = async (name: string, input: Record<string, unknown>) => {
      const { createTransaction } = await app.ok(Post, { input: { bookId, ...input } as never });
      ids[name] = createTransaction.id;
      numbers[name] = createTransaction.number;
    };
    await post('I1', { typeCode: 'SI', accountCode: 'ACME', date: '2026-01-10', lines: [{ net: '100.00', taxCode: 'S' }] });
    await post('I2', { typeCode: 'SI', accountCode: 'GLOBEX', date: '2026-01-12', lines: [{ net: '40.00', taxCode: 'Z' }] });
    await post('P1', { typeCode: 'PI', accountCode: 'INITECH', date: '2026-01-15', lines: [{ net: '30.00', taxCode: 'PS' }] });
    await post('R1', {
      typeCode: 'SR', accountCode: 'ACME', counterAccountCode: 'BANK1', date: '2026-02-01', amount: '50.00',
      allocations: [{ transactionId: ids.I1, amount: '50.00' }],
    });
    await post('R2', {
      typeCode: 'SR', accountCode: 'GLOBEX', counterAccountCode: 'BANK1', date: '2026-02-02', amount: '40.00',
      allocations: [{ transactionId: ids.I2, amount: '40.00' }],
    });
    // a reversed receipt: its allocation released, the invoice open again
    const { requestReversal } = await app.ok(Reverse, { input: { transactionId: ids.R2!, reason: 'bounced', date: '2026-02-05' } });
    if (requestReversal.status === 'AWAITING_APPROVAL') {
      const approver = await memberWithOwnKey(app, bookId, 'Abe Approver', 'APPROVER');
      expect((await app.ok(Approve, { id: requestReversal.id }, approver)).approveReversal.status).toBe('APPROVED');
    }
    await post('C1', { typeCode: 'CR', accountCode: 'CLIENT1', counterAccountCode: 'CLIENTBANK', date: '2026-02-03', amount: '75.00' });
    await post('C2', { typeCode: 'CP', accountCode: 'CLIENT1', counterAccountCode: 'CLIENTBANK', date: '2026-02-04', amount: '10.00', pending: true });
    for (const a of await app.db.prisma.account.findMany({ where: { bookId } })) account[a.code] = a.id;
  });

  afterAll(() => app?.close());

  it('passes every check on a book written through the API (AUDITOR and ADMIN may ask, VIEWER may not)', async () => {
    const { book } = await app.ok(Integrity, { bookId });
    const report = book!.integrityReport;
    expect(report.checks.map((c) => c.name)).toEqual(CHECK_NAMES);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(Date.parse(report.checkedAt)).toBeGreaterThan(Date.now() - 60_000);

    const auditor = await member(app, bookId, 'Ada Auditor', 'AUDITOR');
    expect((await app.ok(Integrity, { bookId }, auditor)).book!.integrityReport.ok).toBe(true);
    const viewer = await member(app, bookId, 'Vic Viewer', 'VIEWER');
    const refused = await app.request(Integrity, { bookId }, viewer);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0]!.message).toMatch(/VIEWER/);
  });

  /** Runs the statements (triggers out of the way), reports on the broken rows, rolls back. */
  async function reportAfter(statements: () => string[]): Promise<IntegrityReport> {
    let report: IntegrityReport | undefined;
    await app.db.prisma
      .$transaction(async (tx) => {
        for (const sql of [...withoutTriggers(kind), ...statements()]) await tx.$executeRawUnsafe(sql);
        report = await checkBookIntegrity({ prisma: tx, kind }, bookId);
        throw new RollBack();
      }, { timeout: 30_000 })
      .catch((error: unknown) => {
        if (!(error instanceof RollBack)) throw error;
      });
    return report!;
  }

  const firstEntry = async (transaction: string, accountCode: string) =>
    (await app.db.prisma.entry.findFirstOrThrow({ where: { transactionId: ids[transaction], accountId: account[accountCode] } })).id;

  const breaks: { check: string; statements: () => Promise<string[]> | string[]; names: () => Promise<RegExp> | RegExp }[] = [
    {
      check: 'transactions balance per currency',
      statements: async () => [`UPDATE "Entry" SET "amount" = "amount" + 1 WHERE "id" = '${await firstEntry('I1', '4000')}'`],
      names: () => new RegExp(`transaction ${numbers.I1} \\(${ids.I1}\\): nominal debits 120\\.00 ≠ credits 120\\.01 GBP`),
    },
    {
      check: 'control accounts reconcile with their ledgers',
      statements: () => [`UPDATE "AccountBalance" SET "postedDebits" = "postedDebits" + 500 WHERE "accountId" = '${account.ACME}'`],
      names: () => new RegExp(`control account 1100 \\(${account['1100']}\\): posted balance 110\\.00 .* ≠ 115\\.00, the sum of the 2 accounts`),
    },
    {
      check: 'trial balance sums to zero',
      statements: () => [`UPDATE "AccountBalance" SET "postedCredits" = "postedCredits" + 7 WHERE "accountId" = '${account['4000']}'`],
      names: () => /trial balance in GBP: .* sum to -0\.07/,
    },
    {
      check: 'entry sequences are gapless per account',
      statements: async () => [`UPDATE "Entry" SET "sequence" = 9 WHERE "id" = '${await firstEntry('R1', 'ACME')}'`],
      names: async () => new RegExp(`entry ${await firstEntry('R1', 'ACME')} of account ACME: sequence 9 follows 1, expected 2`),
    },
    {
      check: 'running balances chain per account',
      statements: async () => [`UPDATE "Entry" SET "runningBalance" = "runningBalance" + 3 WHERE "id" = '${await firstEntry('I1', 'ACME')}'`],
      names: async () => new RegExp(`entry ${await firstEntry('I1', 'ACME')} of account ACME \\(sequence 1\\): running balance 120\\.03, expected 120\\.00`),
    },
    {
      check: 'materialised balances equal the sums of entries',
      statements: () => [`UPDATE "AccountBalance" SET "pendingCredits" = "pendingCredits" + 100 WHERE "accountId" = '${account.CLIENT1}'`],
      names: () => new RegExp(`account CLIENT1 \\(${account.CLIENT1}\\): AccountBalance pendingCredits 1\\.00 ≠ Σ entries 0\\.00`),
    },
    {
      check: 'daily rollups equal the sums of entries',
      statements: () => [`UPDATE "DailyBalance" SET "postedDebits" = "postedDebits" + 1 WHERE "accountId" = '${account.ACME}' AND "date" = '2026-01-10'`],
      names: () => new RegExp(`DailyBalance of account ACME \\(${account.ACME}\\) on 2026-01-10: debits 120\\.01, credits 0\\.00; its posted entries sum to debits 120\\.00`),
    },
    {
      check: 'ledger rollups equal the sums of their accounts',
      statements: () => [
        `UPDATE "LedgerDailyBalance" SET "postedDebits" = "postedDebits" + 1 WHERE "ledgerId" = (SELECT "ledgerId" FROM "Account" WHERE "id" = '${account.ACME}') AND "date" = '2026-01-10'`,
      ],
      names: () => /LedgerDailyBalance of ledger SL in GBP on 2026-01-10: debits 120\.01, credits 0\.00; its accounts' daily rollups sum to debits 120\.00, credits 0\.00/,
    },
    {
      check: 'tax totals equal the sums of posted lines',
      statements: () => [`UPDATE "TaxDailyTotal" SET "tax" = "tax" + 2 WHERE "bookId" = '${bookId}' AND "date" = '2026-01-10'`],
      names: () => /TaxDailyTotal of tax code S on 2026-01-10 \(SI, GBP\): net 100\.00, tax 20\.02; its posted lines sum to net 100\.00, tax 20\.00/,
    },
    {
      check: 'open item totals equal the open items',
      statements: () => [`UPDATE "OpenItemTotal" SET "amount" = "amount" + 5 WHERE "bookId" = '${bookId}' AND "itemDate" = '2026-01-12'`],
      names: () => /OpenItemTotal of ledger SL in GBP \(DEBIT accounts\), items of 2026-01-12 due 2026-01-12: 40\.05; the items open now sum to 40\.00/,
    },
    {
      check: 'open item movement totals equal the movements',
      statements: () => [`UPDATE "OpenItemMovementTotal" SET "amount" = "amount" - 3 WHERE "bookId" = '${bookId}' AND "date" = '2026-02-01' AND "itemDate" = '2026-01-10'`],
      names: () => /OpenItemMovementTotal of ledger SL in GBP on 2026-02-01, items of 2026-01-10 due 2026-01-10: -50\.03; the movements sum to -50\.00/,
    },
    {
      check: 'allocations within bounds',
      statements: () => [`UPDATE "Allocation" SET "amount" = 9000 WHERE "fromId" = '${ids.R1}'`],
      names: () => new RegExp(`transaction ${numbers.R1} \\(${ids.R1}\\): 1 live allocations from it total 90\\.00, more than its gross 50\\.00`),
    },
    {
      check: 'outstanding amounts within bounds',
      statements: () => [`UPDATE "Transaction" SET "outstanding" = -1 WHERE "id" = '${ids.I2}'`],
      names: () => new RegExp(`transaction ${numbers.I2} \\(${ids.I2}, POSTED\\): outstanding -0\\.01, expected 40\\.00`),
    },
    {
      check: 'open item movements consistent',
      statements: () => [`DELETE FROM "OpenItemMovement" WHERE "itemId" = '${ids.I1}'`],
      names: () => new RegExp(`transaction ${numbers.I1} \\(${ids.I1}\\): outstanding 70\\.00 ≠ gross 120\\.00 \\+ its 0 movements = 120\\.00`),
    },
    {
      check: 'account limits respected',
      statements: () => [`UPDATE "AccountBalance" SET "postedCredits" = "postedCredits" + 10000 WHERE "accountId" = '${account.CLIENTBANK}'`],
      names: () => new RegExp(`account CLIENTBANK \\(${account.CLIENTBANK}\\): available balance -35\\.00 is forbidden by its limit NO_CREDIT_BALANCE`),
    },
    {
      check: 'append-only triggers in place',
      statements: () => [],
      names: () => (kind === 'postgres' ? /trigger Entry_append_only is missing or disabled/ : /trigger Entry_refuse_delete is missing or disabled/),
    },
  ];

  it('covers every check with a break below', () => {
    expect(breaks.map((b) => b.check)).toEqual(CHECK_NAMES);
  });

  it.each(breaks.map((b) => [b.check, b] as const))('reports a break of "%s", naming the rows', async (_name, broken) => {
    const statements = await broken.statements();
    const report = await reportAfter(() => statements);
    expect(report.ok).toBe(false);
    const check = report.checks.find((c) => c.name === broken.check)!;
    expect(check.ok, JSON.stringify(report.checks, null, 2)).toBe(false);
    const pattern = await broken.names();
    expect(check.violations.some((v) => pattern.test(v)), `${pattern} in ${JSON.stringify(check.violations, null, 2)}`).toBe(true);
  });

  it('is whole again after the breaks were rolled back', async () => {
    const report = await checkBookIntegrity(app.db, bookId);
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
  });

  it('lists at most 50 violations per check, then says there are more', async () => {
    const dates = Array.from({ length: 60 }, (_, i) => `2030-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`);
    const rows = dates.map((date) => `('${bookId}', '${account.GLOBEX}', '${date}', 1, 0)`).join(', ');
    const report = await reportAfter(() => [`INSERT INTO "DailyBalance" ("bookId", "accountId", "date", "postedDebits", "postedCredits") VALUES ${rows}`]);
    const rollups = report.checks.find((c) => c.name === 'daily rollups equal the sums of entries')!;
    expect(rollups.violations).toHaveLength(51);
    expect(rollups.violations[0]).toMatch(/GLOBEX .* on 2030-01-01: debits 0\.01/);
    expect(rollups.violations[50]).toBe('… and more: the first 50 are listed');
  });
});
