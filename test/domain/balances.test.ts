import { describe, expect, it } from 'vitest';
import { checkLimit, checkSumsFit, checkTotalsFit, computeBalance, runningBalance } from '../../src/domain/balances.ts';

const sums = { postedDebits: 10000n, postedCredits: 3000n, pendingDebits: 500n, pendingCredits: 2000n };

describe('computeBalance', () => {
  it('counts pending outgoing but not pending incoming in available (DEBIT normal side)', () => {
    expect(computeBalance('DEBIT', sums)).toEqual({ posted: 7000n, pending: 5500n, available: 5000n });
  });

  it('swaps the sides for a CREDIT normal side: outgoing are pending debits', () => {
    expect(computeBalance('CREDIT', sums)).toEqual({ posted: -7000n, pending: -5500n, available: -7500n });
    const client = { postedDebits: 0n, postedCredits: 10000n, pendingDebits: 4000n, pendingCredits: 9000n };
    expect(computeBalance('CREDIT', client)).toEqual({ posted: 10000n, pending: 15000n, available: 6000n });
  });
});

describe('runningBalance', () => {
  it('adds on the normal side and subtracts on the other', () => {
    expect(runningBalance(100n, 'DEBIT', 'DEBIT', 50n)).toBe(150n);
    expect(runningBalance(100n, 'DEBIT', 'CREDIT', 150n)).toBe(-50n);
    expect(runningBalance(100n, 'CREDIT', 'CREDIT', 50n)).toBe(150n);
    expect(runningBalance(100n, 'CREDIT', 'DEBIT', 50n)).toBe(50n);
  });
});

describe('checkLimit', () => {
  it('lets a bank (NO_CREDIT_BALANCE, DEBIT normal) reach zero but not be overdrawn', () => {
    expect(checkLimit('NO_CREDIT_BALANCE', 'DEBIT', 0n, 'BANK1')).toBeNull();
    const error = checkLimit('NO_CREDIT_BALANCE', 'DEBIT', -1n, 'BANK1', 4999n);
    expect(error).toMatchObject({ code: 'LIMIT_EXCEEDED', details: { available: '4999', accountCode: 'BANK1' } });
  });

  it('keeps client money (NO_DEBIT_BALANCE, CREDIT normal) from being overdrawn', () => {
    expect(checkLimit('NO_DEBIT_BALANCE', 'CREDIT', 10n, 'CLIENT1')).toBeNull();
    expect(checkLimit('NO_DEBIT_BALANCE', 'CREDIT', -10n, 'CLIENT1')?.details).toEqual({ available: '-10', balanceAfter: '-10', accountCode: 'CLIENT1' });
  });

  it('reads the forbidden side whatever the normal side, and never limits NONE', () => {
    expect(checkLimit('NO_DEBIT_BALANCE', 'DEBIT', 1n, 'X')?.code).toBe('LIMIT_EXCEEDED');
    expect(checkLimit('NO_CREDIT_BALANCE', 'CREDIT', 1n, 'X')?.code).toBe('LIMIT_EXCEEDED');
    expect(checkLimit('NONE', 'DEBIT', -(10n ** 18n), 'X')).toBeNull();
  });
});

describe('checkSumsFit (invariant 11)', () => {
  const MAX = 2n ** 63n - 1n;
  it('lets every sum up to 2^63 − 1 through and names the first one beyond', () => {
    expect(checkSumsFit('ACME', { postedDebits: MAX, postedCredits: MAX, pendingDebits: 0n, pendingCredits: MAX }, 2)).toBeNull();
    const error = checkSumsFit('ACME', { postedDebits: 0n, postedCredits: MAX + 1n, pendingDebits: 0n, pendingCredits: 0n }, 2);
    expect(error?.code).toBe('LIMIT_EXCEEDED');
    expect(error?.message).toMatch(/account "ACME" cannot take this transaction: its posted credits would exceed 92233720368547758\.07/);
    expect(error?.details).toMatchObject({ accountCode: 'ACME', sum: 'postedCredits' });
  });

  it('refuses a transaction total beyond 64 bits, naming it', () => {
    expect(checkTotalsFit([{ field: 'gross', amount: MAX }], 0)).toBeNull();
    expect(checkTotalsFit([{ field: 'net', amount: 1n }, { field: 'gross', amount: MAX + 1n }], 0)?.details).toMatchObject({ field: 'gross' });
  });
});
