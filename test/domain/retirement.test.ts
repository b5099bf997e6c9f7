// Closing an account: only at a zero balance with nothing pending, never a control account.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.ts';
import { checkAccountCanClose, checkAccountCanReopen, type ClosingAccount } from '../../src/domain/retirement.ts';

const account = (over: Partial<ClosingAccount> = {}): ClosingAccount => ({
  code: 'ACME', closed: false, isControl: false, digits: 2,
  postedDebits: 0n, postedCredits: 0n, pendingDebits: 0n, pendingCredits: 0n, ...over,
});

const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a refusal');
};

describe('checkAccountCanClose', () => {
  it('closes an account whose debits and credits cancel', () => {
    expect(() => checkAccountCanClose(account({ postedDebits: 12000n, postedCredits: 12000n }))).not.toThrow();
  });

  it('refuses a balance either way, saying which side and how much', () => {
    const debit = refusal(() => checkAccountCanClose(account({ postedDebits: 12000n })));
    expect(debit.code).toBe('INVALID_STATE');
    expect(debit.details).toMatchObject({ balance: '120.00', side: 'DEBIT' });
    const credit = refusal(() => checkAccountCanClose(account({ postedCredits: 5n, digits: 0 })));
    expect(credit.message).toMatch(/credit balance of 5:/);
  });

  it('refuses pending entries, a control account and a second close', () => {
    expect(refusal(() => checkAccountCanClose(account({ pendingCredits: 1n }))).message).toMatch(/pending/);
    expect(refusal(() => checkAccountCanClose(account({ isControl: true }))).message).toMatch(/archive the ledger/);
    expect(refusal(() => checkAccountCanClose(account({ closed: true }))).details).toMatchObject({ status: 'CLOSED' });
  });

  it('reopens only a closed account', () => {
    expect(() => checkAccountCanReopen({ code: 'ACME', closed: true })).not.toThrow();
    expect(refusal(() => checkAccountCanReopen({ code: 'ACME', closed: false })).code).toBe('INVALID_STATE');
  });
});
