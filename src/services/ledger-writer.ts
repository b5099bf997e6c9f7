// Writes entries and keeps the materialised balances, per-account sequences, running
// balances and daily rollups in step with them, inside the caller's database transaction.
// Every posting, post, void and reversal goes through here, so invariants 4 and 8 hold
// by construction.
import { computeBalance, runningBalance, checkLimit, type BalanceSums } from '../domain/balances.ts';
import { DomainError } from '../domain/errors.ts';
import { formatAmount } from '../domain/money.ts';
import type { Side, BalanceLimit } from '../domain/types.ts';
import type { DatabaseKind, Tx } from '../db.ts';

export interface BalanceRow extends BalanceSums {
  accountId: string;
  version: number;
  lastSequence: number;
}

/**
 * Locks the balance rows of the accounts a write touches, in one fixed order (account id),
 * so concurrent postings on hot accounts queue instead of deadlocking. PostgreSQL: FOR
 * UPDATE. SQLite: a write statement takes the database's write lock up front.
 */
export async function lockBalances(tx: Tx, kind: DatabaseKind, accountIds: Iterable<string>): Promise<Map<string, BalanceRow>> {
  const ids = [...new Set(accountIds)].sort();
  if (ids.length === 0) return new Map();
  if (kind === 'postgres') {
    await tx.$queryRawUnsafe(
      `SELECT "accountId" FROM "AccountBalance" WHERE "accountId" = ANY($1::text[]) ORDER BY "accountId" FOR UPDATE`,
      ids,
    );
  } else {
    await tx.$executeRawUnsafe(
      `UPDATE "AccountBalance" SET "version" = "version" WHERE "accountId" IN (${ids.map(() => '?').join(',')})`,
      ...ids,
    );
  }
  const rows = await tx.accountBalance.findMany({ where: { accountId: { in: ids } } });
  return new Map(rows.map((row) => [row.accountId, row]));
}

export interface AccountForLimits {
  id: string;
  code: string;
  normalSide: Side;
  limit: BalanceLimit;
  digits: number;
}

export interface Movement {
  accountId: string;
  side: Side;
  amount: bigint;
}

/** The sums after adding movements of the given status (or removing, with sign -1n). */
export function applyMovements(
  sums: BalanceSums,
  movements: readonly Movement[],
  status: 'POSTED' | 'PENDING',
  sign = 1n,
): BalanceSums {
  const next = { ...sums };
  for (const m of movements) {
    const amount = sign * m.amount;
    if (status === 'POSTED') {
      if (m.side === 'DEBIT') next.postedDebits += amount;
      else next.postedCredits += amount;
    } else if (m.side === 'DEBIT') next.pendingDebits += amount;
    else next.pendingCredits += amount;
  }
  return next;
}

/**
 * Invariant 8: refuses (LIMIT_EXCEEDED) when the change would leave an account with a
 * limit showing a forbidden available balance. A change that improves an account already
 * beyond its limit (a limit set later) is let through.
 */
export function checkLimits(
  accounts: ReadonlyMap<string, AccountForLimits>,
  before: ReadonlyMap<string, BalanceSums>,
  after: ReadonlyMap<string, BalanceSums>,
): void {
  for (const [accountId, sums] of after) {
    const account = accounts.get(accountId);
    if (!account || account.limit === 'NONE') continue;
    const availableBefore = computeBalance(account.normalSide, before.get(accountId)!).available;
    const availableAfter = computeBalance(account.normalSide, sums).available;
    const error = checkLimit(account.limit, account.normalSide, availableAfter, account.code, availableBefore);
    if (!error) continue;
    const alreadyBeyond = checkLimit(account.limit, account.normalSide, availableBefore, account.code) !== null;
    const forbidden: Side = account.limit === 'NO_DEBIT_BALANCE' ? 'DEBIT' : 'CREDIT';
    if (alreadyBeyond && !movesToward(forbidden, account.normalSide, availableAfter - availableBefore)) continue;
    const available = formatAmount(availableBefore < 0n ? 0n : availableBefore, account.digits);
    throw new DomainError(
      'LIMIT_EXCEEDED',
      `${error.message}: ${available} is available, so this transaction would take it beyond its limit (${account.limit})`,
      { accountCode: account.code, available, limit: account.limit },
    );
  }
}

/** Whether a change of available balance (signed by normal side) moves it towards `side`. */
const movesToward = (side: Side, normalSide: Side, change: bigint) =>
  side === normalSide ? change > 0n : change < 0n;

export interface EntryToWrite {
  accountId: string;
  side: Side;
  amount: bigint;
  currency: string;
}

export interface NormalSides {
  get(accountId: string): Side | undefined;
}

/**
 * Gives posted entries their per-account gapless sequence and running balance
 * (invariant 4), continuing from each account's last posted entry.
 */
export function sequencePosted<E extends EntryToWrite>(
  entries: readonly E[],
  balances: ReadonlyMap<string, BalanceRow>,
  normalSides: NormalSides,
): (E & { sequence: number; runningBalance: bigint })[] {
  const state = new Map<string, { sequence: number; balance: bigint }>();
  return entries.map((entry) => {
    const row = balances.get(entry.accountId)!;
    const normalSide = normalSides.get(entry.accountId)!;
    const current = state.get(entry.accountId) ?? {
      sequence: row.lastSequence,
      balance: computeBalance(normalSide, row).posted,
    };
    const next = {
      sequence: current.sequence + 1,
      balance: runningBalance(current.balance, normalSide, entry.side, entry.amount),
    };
    state.set(entry.accountId, next);
    return { ...entry, sequence: next.sequence, runningBalance: next.balance };
  });
}

/** Writes each touched account's new sums, version and last sequence. */
export async function saveBalances(
  tx: Tx,
  before: ReadonlyMap<string, BalanceRow>,
  after: ReadonlyMap<string, BalanceSums>,
  entryCounts: ReadonlyMap<string, number>,
  lastSequences: ReadonlyMap<string, number>,
): Promise<void> {
  for (const [accountId, sums] of after) {
    const row = before.get(accountId)!;
    await tx.accountBalance.update({
      where: { accountId },
      data: {
        postedDebits: sums.postedDebits,
        postedCredits: sums.postedCredits,
        pendingDebits: sums.pendingDebits,
        pendingCredits: sums.pendingCredits,
        version: row.version + (entryCounts.get(accountId) ?? 0),
        lastSequence: lastSequences.get(accountId) ?? row.lastSequence,
      },
    });
  }
}

/** Adds posted movements to the per-day rollups that as-of balances and reports read. */
export async function rollUpDaily(tx: Tx, bookId: string, date: string, movements: readonly Movement[]): Promise<void> {
  const byAccount = new Map<string, { debits: bigint; credits: bigint }>();
  for (const m of movements) {
    const totals = byAccount.get(m.accountId) ?? { debits: 0n, credits: 0n };
    if (m.side === 'DEBIT') totals.debits += m.amount;
    else totals.credits += m.amount;
    byAccount.set(m.accountId, totals);
  }
  for (const [accountId, { debits, credits }] of byAccount) {
    await tx.dailyBalance.upsert({
      where: { accountId_date: { accountId, date } },
      create: { bookId, accountId, date, postedDebits: debits, postedCredits: credits },
      update: { postedDebits: { increment: debits }, postedCredits: { increment: credits } },
    });
  }
}
