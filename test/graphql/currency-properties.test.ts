// Property: whatever mix of GBP and EUR postings, at whatever rates set on whatever days, a
// STANDARD book receives, invariants 1-4 and 8 hold per currency (checkInvariants) and 1-3 in
// the base currency (checkBaseInvariants) after every step; a EUR posting dated before the
// first EUR rate is refused and changes nothing. Postings go straight to the service for speed;
// the set-up goes through GraphQL. One book per database; each run posts in a year of its own.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.ts';
import { parseRate, toBase } from '../../src/domain/exchange.ts';
import type { Actor } from '../../src/services/access.ts';
import { createTransaction, type CreateTransactionInput } from '../../src/services/posting.ts';
import { graphql } from '../generated/index.ts';
import { createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { AddAccount, standardBook } from '../support/books.ts';
import { checkBaseInvariants, checkInvariants, expectAppendOnly, footprint } from '../support/invariants.ts';

const PropSetRate = graphql(`
  mutation PropSetRate($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { rate } }
`);
const PropSetControl = graphql(`
  mutation PropSetControl($input: SetLedgerControlAccountInput!) { setLedgerControlAccount(input: $input) { code } }
`);
const PropLedger = graphql(`
  query PropLedger($bookId: ID!) { book(id: $bookId) { ledger(code: "SL") { id } } }
`);
const PropTaxCode = graphql(`
  mutation PropTaxCode($input: CreateTaxCodeInput!) { createTaxCode(input: $input) { code } }
`);

type Raw = Omit<CreateTransactionInput, 'bookId' | 'date'>;
/** A posting on a day of its run's June (its run's rates apply), or `ok: false`: dated before every rate of the book. */
interface Operation {
  raw: Raw;
  day: number;
  ok: boolean;
}

const FIRST_RATE_DAY = 5;
const minor = fc.integer({ min: 1, max: 50_000 });
const money = (pennies: number) => `${Math.floor(pennies / 100)}.${String(pennies % 100).padStart(2, '0')}`;
const dayOf = (year: number, d: number) => `${year}-06-${String(d).padStart(2, '0')}`;
const postingDay = fc.integer({ min: FIRST_RATE_DAY, max: 28 });
// rates with up to 10 decimal places, from 0.0001 to 200
const rate = fc.tuple(fc.integer({ min: 1, max: 2_000_000 }), fc.integer({ min: 0, max: 999_999 })).map(([whole, tail]) => {
  const text = `${Math.floor(whole / 10_000)}.${String(whole % 10_000).padStart(4, '0')}${String(tail).padStart(6, '0')}`;
  return parseRate(text).text;
});

const euroInvoice = fc
  .record({ customer: fc.constantFrom('ACMEEU', 'INITEU'), date: postingDay, lines: fc.array(fc.record({ net: minor, taxed: fc.boolean() }), { minLength: 1, maxLength: 4 }) })
  .map(({ customer, date, lines }): Operation => ({
    raw: { typeCode: 'SI', accountCode: customer, lines: lines.map((l) => ({ net: money(l.net), taxCode: l.taxed ? 'SE' : 'Z', accountCode: '4001' })) },
    day: date,
    ok: true,
  }));
const euroReceipt = fc.record({ customer: fc.constantFrom('ACMEEU', 'INITEU'), amount: minor, date: postingDay }).map(({ customer, amount, date }): Operation => ({
  raw: { typeCode: 'SR', accountCode: customer, counterAccountCode: 'BANKEU', amount: money(amount) },
  day: date,
  ok: true,
}));
// between two EUR customers: every nominal entry is a control mirror
const customerJournal = fc.record({ amounts: fc.array(minor, { minLength: 1, maxLength: 3 }), date: postingDay }).map(({ amounts, date }): Operation => ({
  raw: {
    typeCode: 'NJ', currency: 'EUR',
    lines: [
      { accountCode: 'ACMEEU', side: 'DEBIT', net: money(amounts.reduce((a, b) => a + b, 0)) },
      ...amounts.map((a) => ({ accountCode: 'INITEU', side: 'CREDIT' as const, net: money(a) })),
    ],
  },
  day: date,
  ok: true,
}));
const nominalJournal = fc.record({ amounts: fc.array(minor, { minLength: 1, maxLength: 3 }), date: postingDay }).map(({ amounts, date }): Operation => ({
  raw: {
    typeCode: 'NJ', currency: 'EUR',
    lines: [{ accountCode: '4901', side: 'DEBIT', net: money(amounts.reduce((a, b) => a + b, 0)) }, ...amounts.map((a) => ({ accountCode: '4001', side: 'CREDIT' as const, net: money(a) }))],
  },
  day: date,
  ok: true,
}));
const poundInvoice = fc.record({ net: minor, date: postingDay }).map(({ net, date }): Operation => ({
  raw: { typeCode: 'SI', accountCode: 'ACME', lines: [{ net: money(net), taxCode: 'S' }] },
  day: date,
  ok: true,
}));
const beforeAnyRate = fc.record({ net: minor, d: fc.integer({ min: 1, max: FIRST_RATE_DAY - 1 }) }).map(({ net, d }): Operation => ({
  raw: { typeCode: 'SI', accountCode: 'ACMEEU', lines: [{ net: money(net), taxCode: 'Z', accountCode: '4001' }] },
  day: d,
  ok: false,
}));

const operation = fc.oneof(
  { arbitrary: euroInvoice, weight: 4 },
  { arbitrary: euroReceipt, weight: 2 },
  { arbitrary: customerJournal, weight: 2 },
  { arbitrary: nominalJournal, weight: 2 },
  { arbitrary: poundInvoice, weight: 1 },
  { arbitrary: beforeAnyRate, weight: 1 },
);

// one book per database, each run in a year of its own (its rates, its postings), so the runs
// cost no set-up and the invariants are checked over everything the book has received so far
const RUNS = { sqlite: { numRuns: 10, maxSteps: 10 }, postgres: { numRuns: 6, maxSteps: 8 } } as const;

describe('toBase', () => {
  it('is amount × rate rounded half-even: within half a minor unit, exact in integers', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), rate, fc.constantFrom(0, 2, 3), fc.constantFrom(0, 2, 3), (amount, text, from, to) => {
        const r = parseRate(text);
        const base = toBase(amount, from, r, to);
        // |base·10^(from+scale) − amount·numerator·10^to| ≤ half of 10^(from+scale)
        const unit = 10n ** BigInt(from + r.scale);
        const diff = base * unit - amount * r.numerator * 10n ** BigInt(to);
        expect((diff < 0n ? -diff : diff) * 2n <= unit).toBe(true);
      }),
    );
  });
});

describe.each(databaseKinds())('foreign currency properties on %s', (kind) => {
  let app: TestApp;
  let actor: Actor;
  let bookId: string;
  beforeAll(async () => {
    app = await createTestApp(kind);
    const admin = await app.db.prisma.user.findFirstOrThrow({ where: { isSystemAdmin: true } });
    actor = { userId: admin.id, name: admin.name, isSystemAdmin: true };
    bookId = await euroBook();
  });
  afterAll(() => app?.close());

  async function euroBook(): Promise<string> {
    const bookId = await standardBook(app, 'Currency properties');
    for (const [code, name, type] of [['1101', 'Debtors control (EUR)', 'ASSET'], ['1201', 'Bank (EUR)', 'ASSET'], ['4001', 'Sales (EUR)', 'INCOME'], ['4901', 'Other income (EUR)', 'INCOME'], ['2202', 'VAT output (EUR)', 'LIABILITY']] as const) {
      await app.ok(AddAccount, { input: { bookId, ledgerCode: 'NL', code, name, type, currency: 'EUR' } });
    }
    await app.ok(PropTaxCode, { input: { bookId, code: 'SE', name: 'Standard rate (EUR)', rate: '20', area: 'SALES', accountCode: '2202' } });
    const ledgerId = (await app.ok(PropLedger, { bookId })).book!.ledger!.id;
    await app.ok(PropSetControl, { input: { ledgerId, currency: 'EUR', accountCode: '1101' } });
    for (const code of ['ACMEEU', 'INITEU']) await app.ok(AddAccount, { input: { bookId, ledgerCode: 'SL', code, name: code, type: 'CUSTOMER', currency: 'EUR' } });
    await app.ok(AddAccount, { input: { bookId, ledgerCode: 'CB', code: 'BANKEU', name: 'Euro bank', type: 'BANK', currency: 'EUR', controlAccountCode: '1201' } });
    return bookId;
  }

  it('keeps the invariants per currency and in base currency after every step; a posting with no rate changes nothing', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ d: fc.integer({ min: FIRST_RATE_DAY + 1, max: 28 }), rate }), { maxLength: 4 }),
        rate,
        fc.array(operation, { minLength: 1, maxLength: RUNS[kind].maxSteps }),
        async (laterRates, firstRate, operations) => {
          const year = 2100 + ++run;
          await app.ok(PropSetRate, { input: { bookId, currency: 'EUR', date: dayOf(year, FIRST_RATE_DAY), rate: firstRate } });
          for (const r of laterRates) await app.ok(PropSetRate, { input: { bookId, currency: 'EUR', date: dayOf(year, r.d), rate: r.rate } });
          for (const [step, op] of operations.entries()) {
            // before the first run's first rate (2101-06-05) there is no EUR rate at all
            const date = op.ok ? dayOf(year, op.day) : dayOf(2000, op.day);
            const where = `step ${step} ${date} ${JSON.stringify(op.raw)} rates ${firstRate} ${JSON.stringify(laterRates)}`;
            const before = await footprint(app.db.prisma, bookId);
            const outcome = await createTransaction(app.db, actor, { bookId, date, ...op.raw }).then(
              (tx) => ({ id: tx.id }),
              (error: unknown) => {
                if (!(error instanceof DomainError)) throw error;
                return { refused: error.code, message: error.message };
              },
            );
            if (op.ok) {
              expect(outcome, where).toHaveProperty('id');
            } else {
              expect(outcome, where).toMatchObject({ refused: 'BAD_USER_INPUT', message: expect.stringMatching(/no EUR exchange rate/) });
              expect(await footprint(app.db.prisma, bookId), `${where} changed something`).toEqual(before);
            }
            await checkInvariants(app.db.prisma, bookId);
            await checkBaseInvariants(app.db.prisma, bookId);
          }
        },
      ),
      { numRuns: RUNS[kind].numRuns },
    );
    // invariant 7: the database refuses to rewrite an entry, its base amount included
    await expectAppendOnly(app.db, bookId);
  });
});
