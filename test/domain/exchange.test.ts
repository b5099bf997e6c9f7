// src/domain/exchange.ts on its own: rates as exact decimals, the rate of a day, base amounts
// half-even and each transaction balanced in the base currency by construction.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.ts';
import { baseAmounts, parseRate, rateOn, toBase } from '../../src/domain/exchange.ts';
import { accountLookup } from '../../src/domain/posting.ts';
import type { AccountRef } from '../../src/domain/types.ts';

const ref = (code: string, fields: Partial<AccountRef>): AccountRef => ({
  id: code, code, ledgerId: 'nl', ledgerKind: 'NOMINAL', type: 'ASSET', currency: 'EUR', digits: 2,
  normalSide: 'DEBIT', limit: 'NONE', controlAccountId: null, isControl: false, ...fields,
});
const accounts = accountLookup([
  ref('1101', { isControl: true }),
  ref('4001', { type: 'INCOME', normalSide: 'CREDIT' }),
  ref('A', { ledgerId: 'sl', ledgerKind: 'SALES', type: 'CUSTOMER', controlAccountId: '1101' }),
  ref('B', { ledgerId: 'sl', ledgerKind: 'SALES', type: 'CUSTOMER', controlAccountId: '1101' }),
]);
const eur = (rate: string) => ({ baseCurrency: 'GBP', baseDigits: 2, currency: 'EUR', digits: 2, rate: parseRate(rate) });
const e = (accountId: string, side: 'DEBIT' | 'CREDIT', amount: bigint) => ({ accountId, side, amount, currency: 'EUR' });

describe('parseRate', () => {
  it('keeps the exact decimal, without trailing zeros', () => {
    expect(parseRate('0.85710')).toEqual({ text: '0.8571', numerator: 8571n, scale: 4 });
    expect(parseRate('150')).toEqual({ text: '150', numerator: 150n, scale: 0 });
    expect(parseRate('007.50')).toEqual({ text: '7.5', numerator: 75n, scale: 1 });
  });

  it('refuses zero, signs, exponents, floats past 10 places and more than 12 whole digits', () => {
    for (const text of ['0', '0.000', '-1', '+1', '1e3', '1.12345678901', '1234567890123', '', '.5', '1.']) {
      expect(() => parseRate(text), text).toThrow(DomainError);
    }
  });
});

describe('rateOn', () => {
  it('is the latest rate on or before the day', () => {
    const rates = [{ date: '2026-03-20', rate: '0.5' }, { date: '2026-03-01', rate: '0.8571' }];
    expect(rateOn(rates, '2026-02-28')).toBeUndefined();
    expect(rateOn(rates, '2026-03-01')!.rate).toBe('0.8571');
    expect(rateOn(rates, '2026-03-19')!.rate).toBe('0.8571');
    expect(rateOn(rates, '2026-12-31')!.rate).toBe('0.5');
  });
});

describe('toBase', () => {
  it('rounds half to even, across digits', () => {
    expect(toBase(3n, 2, parseRate('0.5'), 2)).toBe(2n); // 0.015 → 0.02
    expect(toBase(1n, 2, parseRate('0.5'), 2)).toBe(0n); // 0.005 → 0.00
    expect(toBase(16000n, 2, parseRate('0.8571'), 2)).toBe(13714n); // 137.136 → 137.14
    expect(toBase(1000n, 0, parseRate('0.0053'), 2)).toBe(530n); // 1000 JPY → 5.30 GBP
    expect(toBase(1000n, 3, parseRate('2.0123'), 2)).toBe(201n); // 1.000 KWD → 2.0123 → 2.01
  });
});

describe('baseAmounts', () => {
  it('puts what rounding leaves on the largest non-control entry of the lighter side', () => {
    // 0.03 → 0.02; each 0.01 → 0.00: the credits lack 0.02
    const out = baseAmounts([e('A', 'DEBIT', 3n), e('1101', 'DEBIT', 3n), e('4001', 'CREDIT', 1n), e('4001', 'CREDIT', 1n), e('4001', 'CREDIT', 1n)], accounts, eur('0.5'));
    expect(out.map((x) => x.baseAmount)).toEqual([2n, 2n, 2n, 0n, 0n]);
  });

  it('moves a control and the subsidiary entry it mirrors together when every nominal entry is a control', () => {
    const out = baseAmounts(
      [e('A', 'DEBIT', 3n), e('B', 'CREDIT', 1n), e('B', 'CREDIT', 2n), e('1101', 'DEBIT', 3n), e('1101', 'CREDIT', 1n), e('1101', 'CREDIT', 2n)],
      accounts,
      eur('0.5'),
    );
    // 0.03 → 0.02; 0.01 → 0.00; 0.02 → 0.01: credits lack 0.01, given to the larger credit (0.02) and its mirror
    expect(out.map((x) => x.baseAmount)).toEqual([2n, 0n, 2n, 2n, 0n, 2n]);
  });

  it('leaves base-currency entries as they are and gives stock quantities none', () => {
    const out = baseAmounts([{ accountId: '4001', side: 'CREDIT', amount: 5n, currency: 'EA' }, { ...e('A', 'DEBIT', 7n), currency: 'GBP' }], accounts, { ...eur('0.5'), currency: 'GBP', rate: null });
    expect(out.map((x) => x.baseAmount)).toEqual([null, 7n]);
  });
});
