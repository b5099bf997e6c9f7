// The period rules and the year-end journal's lines, without a database.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.ts';
import { checkPeriodCanReopen, checkPostingDate, checkYearEnd, closingLines, periodsOfYear, requiredReason, yearStartOf } from '../../src/domain/periods.ts';
import { reversalNeedsApproval } from '../../src/domain/reversals.ts';

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return (error as DomainError).code;
  }
  return 'ok';
};

describe('posting dates', () => {
  const open = { name: 'Jan', start: '2026-01-01', end: '2026-01-31', status: 'OPEN' as const };
  it('refuses a closed period, and no period only when the book requires periods', () => {
    expect(codeOf(() => checkPostingDate('2026-01-05', open, true))).toBe('ok');
    expect(codeOf(() => checkPostingDate('2026-01-05', { ...open, status: 'CLOSED' }, false))).toBe('PERIOD_CLOSED');
    expect(codeOf(() => checkPostingDate('2026-02-05', null, false))).toBe('ok');
    expect(codeOf(() => checkPostingDate('2026-02-05', null, true))).toBe('PERIOD_CLOSED');
  });
  it('reopens only a closed period, with a reason', () => {
    expect(codeOf(() => checkPeriodCanReopen(open))).toBe('INVALID_STATE');
    expect(codeOf(() => checkPeriodCanReopen({ ...open, status: 'CLOSED' }))).toBe('ok');
    expect(codeOf(() => requiredReason(' ', 'x'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => requiredReason('a'.repeat(1001), 'x'))).toBe('BAD_USER_INPUT');
    expect(requiredReason('  late invoice ', 'x')).toBe('late invoice');
  });
});

describe('the year', () => {
  it('starts the day after the same date a year earlier, leap days included', () => {
    expect(yearStartOf('2026-12-31')).toBe('2026-01-01');
    expect(yearStartOf('2026-03-31')).toBe('2025-04-01');
    expect(yearStartOf('2024-02-29')).toBe('2023-03-01');
    expect(yearStartOf('2025-02-28')).toBe('2024-02-29');
  });
  it('holds the periods wholly inside it, and must end on a period end', () => {
    const periods = [
      { name: 'Dec 25', start: '2025-12-01', end: '2025-12-31', status: 'OPEN' as const },
      { name: 'H1', start: '2026-01-01', end: '2026-06-30', status: 'OPEN' as const },
      { name: 'H2', start: '2026-07-01', end: '2026-12-31', status: 'CLOSED' as const },
      { name: 'Jan 27', start: '2027-01-01', end: '2027-01-31', status: 'OPEN' as const },
    ];
    expect(periodsOfYear(periods, '2026-12-31').map((p) => p.name)).toEqual(['H1', 'H2']);
    expect(codeOf(() => checkYearEnd(periods, '2026-12-31'))).toBe('ok');
    expect(codeOf(() => checkYearEnd(periods, '2026-12-30'))).toBe('BAD_USER_INPUT');
  });
});

describe('closing lines', () => {
  const re = { code: '3200', type: 'EQUITY' as const, currency: 'GBP' };
  const pl = (code: string, type: 'INCOME' | 'EXPENSE', posted: bigint, currency = 'GBP') => ({
    accountId: code, code, type, currency, posted, normalSide: type === 'INCOME' ? ('CREDIT' as const) : ('DEBIT' as const),
  });
  it('zeroes each account and puts the profit on the credit side of retained earnings', () => {
    // income 1500.00, expenses 300.00 + 200.00: profit 1000.00
    expect(closingLines([pl('7100', 'EXPENSE', 20000n), pl('4000', 'INCOME', 150000n), pl('5000', 'EXPENSE', 30000n), pl('4900', 'INCOME', 0n)], re, 'GBP')).toEqual([
      { accountCode: '4000', side: 'DEBIT', amount: 150000n },
      { accountCode: '5000', side: 'CREDIT', amount: 30000n },
      { accountCode: '7100', side: 'CREDIT', amount: 20000n },
      { accountCode: '3200', side: 'CREDIT', amount: 100000n },
    ]);
  });
  it('puts a loss on the debit side, and an account on its wrong side is closed the other way', () => {
    expect(closingLines([pl('4000', 'INCOME', -5000n), pl('5000', 'EXPENSE', 1000n)], re, 'GBP')).toEqual([
      { accountCode: '4000', side: 'CREDIT', amount: 5000n },
      { accountCode: '5000', side: 'CREDIT', amount: 1000n },
      { accountCode: '3200', side: 'DEBIT', amount: 6000n },
    ]);
  });
  it('has nothing to carry when everything is at zero; break-even needs no retained-earnings line', () => {
    expect(closingLines([pl('4000', 'INCOME', 0n)], re, 'GBP')).toEqual([]);
    expect(closingLines([pl('4000', 'INCOME', 700n), pl('5000', 'EXPENSE', 700n)], re, 'GBP')).toHaveLength(2);
  });
  it('refuses a retained-earnings account that is not EQUITY in the base currency, and a foreign balance', () => {
    expect(codeOf(() => closingLines([], { ...re, type: 'ASSET' }, 'GBP'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => closingLines([], { ...re, currency: 'EUR' }, 'GBP'))).toBe('CURRENCY_MISMATCH');
    expect(codeOf(() => closingLines([pl('4100', 'INCOME', 5n, 'EUR')], re, 'GBP'))).toBe('CURRENCY_MISMATCH');
  });
});

describe('reversal approval', () => {
  it('is needed when the type or the book says so', () => {
    expect(reversalNeedsApproval({ requiresApproval: false }, { reversalsRequireApproval: false })).toBe(false);
    expect(reversalNeedsApproval({ requiresApproval: true }, { reversalsRequireApproval: false })).toBe(true);
    expect(reversalNeedsApproval({ requiresApproval: false }, { reversalsRequireApproval: true })).toBe(true);
  });
});
