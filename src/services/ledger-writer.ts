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
  const columns = `"accountId", "postedDebits", "postedCredits", "pendingDebits", "pendingCredits", "version", "lastSequence"`;
  const rows =
    kind === 'postgres'
      ? await tx.$queryRawUnsafe<RawBalanceRow[]>(
          `SELECT ${columns} FROM "AccountBalance" WHERE "accountId" = ANY($1::text[]) ORDER BY "accountId" FOR UPDATE`,
          ids,
        )
      : await tx.$queryRawUnsafe<RawBalanceRow[]>(
          `UPDATE "AccountBalance" SET "version" = "version" WHERE "accountId" IN (${ids.map(() => '?').join(',')}) RETURNING ${columns}`,
          ...ids,
        );
  return new Map(rows.map((row) => [row.accountId, fromRaw(row)]));
}

type RawBalanceRow = { accountId: string } & Record<Exclude<keyof BalanceRow, 'accountId'>, bigint | number>;

function fromRaw(row: RawBalanceRow): BalanceRow {
  return {
    accountId: row.accountId,
    postedDebits: BigInt(row.postedDebits),
    postedCredits: BigInt(row.postedCredits),
    pendingDebits: BigInt(row.pendingDebits),
    pendingCredits: BigInt(row.pendingCredits),
    version: Number(row.version),
    lastSequence: Number(row.lastSequence),
  };
}

/** Numbered placeholders for PostgreSQL ($1…), question marks for SQLite; casts for PostgreSQL's VALUES. */
function valuesList(kind: DatabaseKind, rows: readonly unknown[][], casts: readonly string[]): string {
  let n = 0;
  return rows
    .map((row, r) => `(${row.map((_v, c) => (kind === 'postgres' ? `$${++n}${r === 0 ? `::${casts[c]}` : ''}` : '?')).join(', ')})`)
    .join(', ');
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

/**
 * Writes each touched account's new sums, version and last sequence in one statement:
 * few round trips while the balance locks are held.
 */
export async function saveBalances(
  tx: Tx,
  kind: DatabaseKind,
  before: ReadonlyMap<string, BalanceRow>,
  after: ReadonlyMap<string, BalanceSums>,
  entryCounts: ReadonlyMap<string, number>,
  lastSequences: ReadonlyMap<string, number>,
): Promise<void> {
  const rows = [...after].map(([accountId, sums]) => {
    const row = before.get(accountId)!;
    return [
      accountId,
      sums.postedDebits,
      sums.postedCredits,
      sums.pendingDebits,
      sums.pendingCredits,
      row.version + (entryCounts.get(accountId) ?? 0),
      lastSequences.get(accountId) ?? row.lastSequence,
    ];
  });
  if (rows.length === 0) return;
  const values = valuesList(kind, rows, ['text', 'bigint', 'bigint', 'bigint', 'bigint', 'integer', 'integer']);
  await tx.$executeRawUnsafe(
    `WITH v("id", "pd", "pc", "nd", "nc", "version", "seq") AS (VALUES ${values})
     UPDATE "AccountBalance" SET "postedDebits" = v."pd", "postedCredits" = v."pc", "pendingDebits" = v."nd",
       "pendingCredits" = v."nc", "version" = v."version", "lastSequence" = v."seq"
     FROM v WHERE "AccountBalance"."accountId" = v."id"`,
    ...rows.flat(),
  );
}

/** Adds posted movements to the per-day rollups that as-of balances and reports read. */
export async function rollUpDaily(
  tx: Tx,
  kind: DatabaseKind,
  bookId: string,
  date: string,
  movements: readonly Movement[],
): Promise<void> {
  const byAccount = new Map<string, { debits: bigint; credits: bigint }>();
  for (const m of movements) {
    const totals = byAccount.get(m.accountId) ?? { debits: 0n, credits: 0n };
    if (m.side === 'DEBIT') totals.debits += m.amount;
    else totals.credits += m.amount;
    byAccount.set(m.accountId, totals);
  }
  if (byAccount.size === 0) return;
  const rows = [...byAccount].map(([accountId, t]) => [bookId, accountId, date, t.debits, t.credits]);
  const values = valuesList(kind, rows, ['text', 'text', 'text', 'bigint', 'bigint']);
  await tx.$executeRawUnsafe(
    `INSERT INTO "DailyBalance" ("bookId", "accountId", "date", "postedDebits", "postedCredits") VALUES ${values}
     ON CONFLICT ("accountId", "date") DO UPDATE SET
       "postedDebits" = "DailyBalance"."postedDebits" + excluded."postedDebits",
       "postedCredits" = "DailyBalance"."postedCredits" + excluded."postedCredits"`,
    ...rows.flat(),
  );
}
