// Property tests: the invariants of model.md hold for any valid STANDARD type and input.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideHalfEven } from '../../src/domain/money.ts';
import { accountLookup, buildPosting, nominalBalances, takesLines, type PlannedEntry } from '../../src/domain/posting.ts';
import type { AccountRef, TaxCodeRef, TypeVersion } from '../../src/domain/types.ts';
import { accounts as gbpAccounts, input, typeVersion } from './fixtures.ts';

/** Rates with their exact value as a fraction, an oracle independent of parseRate. */
const RATES = [
  { rate: '20', num: 20n, den: 100n },
  { rate: '17.5', num: 175n, den: 1000n },
  { rate: '0', num: 0n, den: 1n },
  { rate: '5', num: 5n, den: 100n },
  { rate: '12.345', num: 12345n, den: 100000n },
];
const CURRENCIES = [{ code: 'GBP', digits: 2 }, { code: 'JPY', digits: 0 }, { code: 'KWD', digits: 3 }];

/** The fixture book in one currency, with a second customer for interAccount transfers. */
function bookIn(currency: { code: string; digits: number }) {
  const inCurrency = (a: AccountRef): AccountRef =>
    a.type === 'STOCK_ITEM' ? a : { ...a, currency: currency.code, digits: currency.digits };
  const second: AccountRef = { ...gbpAccounts.find((a) => a.code === 'ACME')!, id: 'acc-ACME2', code: 'ACME2' };
  return accountLookup([...gbpAccounts, second].map(inCurrency));
}

const taxCodes = new Map<string, TaxCodeRef>(
  RATES.map((r, i) => [`T${i}`, { id: `tax-${i}`, code: `T${i}`, rate: r.rate, area: 'SALES', accountId: 'acc-2200' }]),
);

const rateByTaxCodeId = new Map(RATES.map((r, i) => [`tax-${i}`, r]));

const typeArbitrary: fc.Arbitrary<TypeVersion> = fc
  .record({
    direction: fc.constantFrom('DEBIT' as const, 'CREDIT' as const),
    taxable: fc.boolean(),
    usesStock: fc.boolean(),
    stockSide: fc.constantFrom('DEBIT' as const, 'CREDIT' as const),
    counter: fc.constantFrom('none', 'interLedger', 'interAccount'),
    posting: fc.boolean(),
  })
  .map(({ counter, ...flags }) =>
    typeVersion({ ...flags, interLedgerId: counter === 'interLedger' ? 'cashbook' : null, interAccount: counter === 'interAccount' }),
  );

const lineArbitrary = (type: TypeVersion) =>
  fc.record({
    net: fc.bigInt({ min: 1n, max: 10n ** 12n }),
    taxCode: fc.constantFrom(...taxCodes.keys()),
    analysis: fc.constantFrom(undefined, '4000', '4100'),
    stock: type.usesStock ? fc.boolean() : fc.constant(false),
    quantity: fc.bigInt({ min: 1n, max: 10n ** 6n }),
  }).map(({ net, taxCode, analysis, stock, quantity }) => ({
    net,
    ...(type.taxable && { taxCode }),
    ...(stock ? { accountCode: 'WIDGET', quantity } : analysis !== undefined && { accountCode: analysis }),
  }));

const scenario = fc
  .record({ type: typeArbitrary, currency: fc.constantFrom(...CURRENCIES), amount: fc.bigInt({ min: 1n, max: 10n ** 15n }) })
  .chain(({ type, currency, amount }) =>
    fc.array(lineArbitrary(type), { minLength: 1, maxLength: 6 }).map((lines) => {
      const counterAccountCode = type.interLedgerId ? 'BANK1' : type.interAccount ? 'ACME2' : undefined;
      const body = takesLines(type) ? { lines } : { amount };
      const request = input({ accountCode: 'ACME', currency: currency.code, currencyDigits: currency.digits, ...body, ...(counterAccountCode && { counterAccountCode }) });
      return { type, accounts: bookIn(currency), taxCodes, input: request };
    }),
  );

/** Σ debits − Σ credits of the given entries. */
const net = (entries: PlannedEntry[]) => entries.reduce((sum, e) => sum + (e.side === 'DEBIT' ? e.amount : -e.amount), 0n);

describe('buildPosting, for any valid STANDARD type and input', () => {
  it('balances the nominal entries per currency (invariant 1)', () => {
    fc.assert(fc.property(scenario, (request) => {
      const plan = buildPosting(request);
      for (const { debits, credits } of nominalBalances(plan.entries, request.accounts).values()) expect(debits).toBe(credits);
    }));
  });

  it('moves each control account exactly as its subsidiary accounts move (invariant 2)', () => {
    fc.assert(fc.property(scenario, (request) => {
      const plan = buildPosting(request);
      const of = (e: PlannedEntry) => request.accounts.byId(e.accountId)!;
      const subsidiary = plan.entries.filter((e) => of(e).ledgerKind !== 'NOMINAL' && of(e).controlAccountId !== null);
      const control = plan.entries.filter((e) => of(e).isControl);
      expect(net(control)).toBe(net(subsidiary));
    }));
  });

  it('writes only positive amounts, in the transaction currency or a stock unit', () => {
    fc.assert(fc.property(scenario, (request) => {
      for (const e of buildPosting(request).entries) {
        expect(typeof e.amount).toBe('bigint');
        expect(e.amount > 0n).toBe(true);
        expect([request.input.currency, 'EA']).toContain(e.currency);
      }
    }));
  });

  it('taxes each line half-even(net × rate / 100) and totals gross = net + tax', () => {
    fc.assert(fc.property(scenario, (request) => {
      const plan = buildPosting(request);
      for (const line of plan.lines) {
        const rate = line.taxCodeId === null ? { num: 0n, den: 1n } : rateByTaxCodeId.get(line.taxCodeId)!;
        expect(line.tax).toBe(divideHalfEven(line.net * rate.num, rate.den));
      }
      expect(plan.gross).toBe(plan.net + plan.tax);
      if (plan.status !== 'RECORDED') expect(plan.entries[0]).toMatchObject({ accountId: 'acc-ACME', amount: plan.gross });
    }));
  });
});
