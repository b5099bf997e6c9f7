// Balance maths of model.md ("Balances", invariants 4 and 8). Balances are signed by
// the account's normal side: positive means a balance on its normal side.

import { DomainError } from './errors.ts';
import { MAX_SUM, formatAmount } from './money.ts';
import type { BalanceLimit, Side } from './types.ts';

/** AccountBalance's materialised sums, all minor units. */
export interface BalanceSums {
  postedDebits: bigint;
  postedCredits: bigint;
  pendingDebits: bigint;
  pendingCredits: bigint;
}

export interface Balance {
  /** posted movements only */
  posted: bigint;
  /** what it will be once every pending entry settles */
  pending: bigint;
  /** posted less pending outgoing: the figure to approve spending against */
  available: bigint;
}

/** +amount on the normal side, −amount on the other. */
export function signedAmount(normalSide: Side, side: Side, amount: bigint): bigint {
  return side === normalSide ? amount : -amount;
}

export function computeBalance(normalSide: Side, sums: BalanceSums): Balance {
  const debitNormal = normalSide === 'DEBIT';
  const posted = debitNormal ? sums.postedDebits - sums.postedCredits : sums.postedCredits - sums.postedDebits;
  const pendingMovement = debitNormal ? sums.pendingDebits - sums.pendingCredits : sums.pendingCredits - sums.pendingDebits;
  // outgoing is the side that reduces the balance; pending incoming is not spendable yet
  const pendingOutgoing = debitNormal ? sums.pendingCredits : sums.pendingDebits;
  return { posted, pending: posted + pendingMovement, available: posted - pendingOutgoing };
}

/** Invariant 4's step: each posted entry's runningBalance from the previous one. */
export function runningBalance(previous: bigint, normalSide: Side, side: Side, amount: bigint): bigint {
  return previous + signedAmount(normalSide, side, amount);
}

/** Whether a balance (signed by normal side) shows on the debit side. */
const isDebitBalance = (normalSide: Side, balance: bigint) => (normalSide === 'DEBIT' ? balance > 0n : balance < 0n);
const isCreditBalance = (normalSide: Side, balance: bigint) => (normalSide === 'CREDIT' ? balance > 0n : balance < 0n);

/**
 * Invariant 8: null when `balanceAfter` (the available balance once this transaction
 * applies, signed by normal side) is allowed, else LIMIT_EXCEEDED. `availableBefore`
 * tells the client how much it could have moved; it defaults to `balanceAfter`.
 */
export function checkLimit(
  limit: BalanceLimit,
  normalSide: Side,
  balanceAfter: bigint,
  accountCode: string,
  availableBefore: bigint = balanceAfter,
): DomainError | null {
  const broken =
    (limit === 'NO_DEBIT_BALANCE' && isDebitBalance(normalSide, balanceAfter)) ||
    (limit === 'NO_CREDIT_BALANCE' && isCreditBalance(normalSide, balanceAfter));
  if (!broken) return null;
  const forbidden = limit === 'NO_DEBIT_BALANCE' ? 'a debit' : 'a credit';
  return new DomainError('LIMIT_EXCEEDED', `account "${accountCode}" may not show ${forbidden} balance`, {
    available: availableBefore.toString(),
    balanceAfter: balanceAfter.toString(),
    accountCode,
  });
}

const SUM_NAMES = {
  postedDebits: 'posted debits',
  postedCredits: 'posted credits',
  pendingDebits: 'pending debits',
  pendingCredits: 'pending credits',
} as const satisfies Record<keyof BalanceSums, string>;

/**
 * Invariant 11: null when every sum an account keeps, once a movement applies (`after`),
 * still fits a 64-bit column, else LIMIT_EXCEEDED naming the sum. The daily rollups and
 * running balances are bounded by these totals, so this one check covers them too.
 */
export function checkSumsFit(accountCode: string, after: BalanceSums, digits = 0): DomainError | null {
  for (const key of Object.keys(SUM_NAMES) as (keyof BalanceSums)[]) {
    const value = after[key];
    if (value <= MAX_SUM && value >= -MAX_SUM) continue;
    return new DomainError(
      'LIMIT_EXCEEDED',
      `account "${accountCode}" cannot take this transaction: its ${SUM_NAMES[key]} would exceed ${formatAmount(MAX_SUM, digits)}, the largest total Daybook keeps; post to another account`,
      { accountCode, sum: key, max: formatAmount(MAX_SUM, digits) },
    );
  }
  return null;
}

/** Invariant 11 for a planned transaction: its totals and each entry fit a 64-bit column. */
export function checkTotalsFit(totals: readonly { field: string; amount: bigint }[], digits: number): DomainError | null {
  const over = totals.find((t) => t.amount > MAX_SUM || t.amount < -MAX_SUM);
  if (!over) return null;
  return new DomainError('LIMIT_EXCEEDED', `the transaction's ${over.field} would exceed ${formatAmount(MAX_SUM, digits)}, the largest total Daybook keeps: split it`, {
    field: over.field,
    max: formatAmount(MAX_SUM, digits),
  });
}
