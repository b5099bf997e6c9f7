// Property: whatever a year's postings are, closeYear leaves every income and expense
// account at zero on the year end, moves exactly the year's profit to retained earnings,
// leaves what is dated after the year end alone, and the trial balance still sums to zero
// (invariants 1-4 hold after it).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/services/access.ts';
import { createPeriod } from '../../src/services/configuration.ts';
import { createTransaction, type CreateTransactionInput } from '../../src/services/posting.ts';
import { closeYear } from '../../src/services/year-end.ts';
import { createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { standardBook } from '../support/books.ts';
import { checkInvariants } from '../support/invariants.ts';

type Raw = Omit<CreateTransactionInput, 'bookId'>;

const minor = fc.integer({ min: 1, max: 90_000 });
const money = (pennies: number) => `${Math.floor(pennies / 100)}.${String(pennies % 100).padStart(2, '0')}`;
// mostly in the year, some after its end (2027), which the close must leave alone
const date = fc.oneof(
  { arbitrary: fc.record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ m, d }) => `2026-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`), weight: 5 },
  { arbitrary: fc.integer({ min: 1, max: 28 }).map((d) => `2027-01-${String(d).padStart(2, '0')}`), weight: 1 },
);
const pnl = fc.constantFrom('4000', '4900', '5000', '5200', '6000', '7100', '7500', '8000');
const balanceSheet = fc.constantFrom('0030', '1001', '3000');

const operation = fc.oneof(
  fc.record({ typeCode: fc.constantFrom('SI', 'SC', 'PI', 'PC'), date, nets: fc.array(fc.tuple(minor, fc.constantFrom(0, 1, 2)), { minLength: 1, maxLength: 3 }) })
    .map(({ typeCode, date, nets }): Raw => {
      const purchases = typeCode.startsWith('P');
      const codes = purchases ? ['PS', 'PR', 'PZ'] : ['S', 'R', 'Z'];
      return { typeCode, date, accountCode: purchases ? 'INITECH' : 'ACME', lines: nets.map(([net, tax]) => ({ net: money(net), taxCode: codes[tax]! })) };
    }),
  fc.record({ debit: fc.oneof(pnl, balanceSheet), credit: fc.oneof(pnl, balanceSheet), amount: minor, date }).map(({ debit, credit, amount, date }): Raw => ({
    typeCode: 'NJ', date,
    lines: [{ accountCode: debit, side: 'DEBIT', net: money(amount) }, { accountCode: credit, side: 'CREDIT', net: money(amount) }],
  })),
  fc.record({ amount: minor, date }).map(({ amount, date }): Raw => ({ typeCode: 'SR', date, accountCode: 'ACME', counterAccountCode: 'BANK1', amount: money(amount) })),
);

// modest: each run builds a STANDARD book
const RUNS = { sqlite: { numRuns: 6, maxSteps: 15 }, postgres: { numRuns: 3, maxSteps: 10 } } as const;

describe.each(databaseKinds())('year-end properties on %s', (kind) => {
  let app: TestApp;
  let actor: Actor;
  beforeAll(async () => {
    app = await createTestApp(kind);
    const admin = await app.db.prisma.user.findFirstOrThrow({ where: { isSystemAdmin: true } });
    actor = { userId: admin.id, name: admin.name, isSystemAdmin: true };
  });
  afterAll(() => app?.close());

  it('closeYear zeroes income and expense on the year end, carries the profit, and the trial balance stays at zero', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: RUNS[kind].maxSteps }), async (operations) => {
        const bookId = await standardBook(app, `Year property ${++run}`);
        for (const [name, start, end] of [['H1', '2026-01-01', '2026-06-30'], ['H2', '2026-07-01', '2026-12-31']]) {
          await createPeriod(app.db.prisma, actor, { bookId, name: name!, start: start!, end: end! });
        }
        const committed: string[] = [];
        for (const raw of operations) committed.push((await createTransaction(app.db, actor, { bookId, ...raw })).id);

        const prisma = app.db.prisma;
        const accounts = await prisma.account.findMany({ where: { bookId }, include: { ledger: true } });
        const byCode = new Map(accounts.map((a) => [a.code, a]));
        // the year's profit, from the entries themselves: credits less debits on income and expense
        const signed = async (where: object) =>
          (await prisma.entry.findMany({ where: { bookId, status: 'POSTED', ...where } })).reduce(
            (sum, e) => sum + (e.side === 'CREDIT' ? e.amount : -e.amount), 0n);
        const pnlIds = accounts.filter((a) => a.type === 'INCOME' || a.type === 'EXPENSE').map((a) => a.id);
        const profit = await signed({ accountId: { in: pnlIds }, date: { lte: '2026-12-31' } });
        const retainedBefore = await signed({ accountId: byCode.get('3200')!.id });
        const nonZero = (await Promise.all(pnlIds.map((id) => signed({ accountId: id, date: { lte: '2026-12-31' } })))).some((b) => b !== 0n);
        const entriesBefore = await prisma.entry.count({ where: { bookId } });

        const outcome = await closeYear(app.db, actor, { bookId, yearEnd: '2026-12-31', retainedEarningsAccountCode: '3200' }).then(
          (journal) => ({ id: journal.id }),
          (error: { code?: string }) => ({ refused: error.code }),
        );
        if (!nonZero) {
          // nothing to carry: refused, and nothing written
          expect(outcome).toEqual({ refused: 'INVALID_STATE' });
          expect(await prisma.entry.count({ where: { bookId } })).toBe(entriesBefore);
          return;
        }
        expect(outcome).toHaveProperty('id');
        committed.push((outcome as { id: string }).id);
        for (const id of pnlIds) expect(await signed({ accountId: id, date: { lte: '2026-12-31' } }), byId(accounts, id)).toBe(0n);
        expect((await signed({ accountId: byCode.get('3200')!.id })) - retainedBefore).toBe(profit);
        // what is dated after the year end stays on the income and expense accounts
        const after = await signed({ accountId: { in: pnlIds }, date: { gt: '2026-12-31' } });
        expect(await signed({ accountId: { in: pnlIds } })).toBe(after);
        const nominal = accounts.filter((a) => a.ledger.kind === 'NOMINAL').map((a) => a.id);
        expect(await signed({ accountId: { in: nominal } }), 'trial balance').toBe(0n);
        expect((await prisma.period.findMany({ where: { bookId } })).every((p) => p.status === 'CLOSED')).toBe(true);
        await checkInvariants(prisma, bookId, committed);
      }),
      { numRuns: RUNS[kind].numRuns },
    );
  });
});

const byId = (accounts: { id: string; code: string }[], id: string) => accounts.find((a) => a.id === id)!.code;
