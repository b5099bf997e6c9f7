// Writes entries and keeps the materialised balances, per-account sequences, running
// balances and daily rollups in step with them, inside the caller's database transaction.
// Every posting, post, void and reversal goes through here, so invariants 4 and 8 hold
// by construction.
import type { BalanceSums } from '../domain/balances.ts';
import type { BalanceRow, Movement } from '../domain/ledger.ts';
import type { DatabaseKind, Tx } from '../db.ts';
import { dialectOf, prismaSql } from './dialect.ts';

export { applyMovements, checkLimits, sequencePosted } from '../domain/ledger.ts';
export type { AccountForLimits, BalanceRow, EntryToWrite, Movement, NormalSides } from '../domain/ledger.ts';

/**
 * Locks the balance rows of the accounts a write touches, in one fixed order (account id),
 * so concurrent postings on hot accounts queue instead of deadlocking. PostgreSQL: FOR
 * UPDATE. SQLite: a write statement takes the database's write lock up front.
 */
export function lockBalances(tx: Tx, kind: DatabaseKind, accountIds: Iterable<string>): Promise<Map<string, BalanceRow>> {
  return dialectOf(kind).lockBalances(prismaSql(tx), accountIds);
}

/** Numbered placeholders for PostgreSQL ($1…), question marks for SQLite; casts for PostgreSQL's VALUES. */
function valuesList(kind: DatabaseKind, rows: readonly unknown[][], casts: readonly string[]): string {
  let n = 0;
  return rows
    .map((row, r) => `(${row.map((_v, c) => (kind === 'postgres' ? `$${++n}${r === 0 ? `::${casts[c]}` : ''}` : '?')).join(', ')})`)
    .join(', ');
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
