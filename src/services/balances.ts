// Reading balances: now (the materialised row) or as of a business date (daily rollups
// for posted movements, pending entries for the rest).
import { computeBalance, type BalanceSums } from '../domain/balances.ts';
import type { Side } from '../domain/types.ts';
import type { Database, Prisma } from '../db.ts';

export interface AccountBalanceFigures extends BalanceSums {
  posted: bigint;
  pending: bigint;
  available: bigint;
}

const ZERO: BalanceSums = { postedDebits: 0n, postedCredits: 0n, pendingDebits: 0n, pendingCredits: 0n };

export async function balanceSums(prisma: Prisma, accountId: string, asOf?: string | null): Promise<BalanceSums> {
  if (!asOf) {
    return (await prisma.accountBalance.findUnique({ where: { accountId } })) ?? ZERO;
  }
  const [posted, pending] = await Promise.all([
    prisma.dailyBalance.aggregate({
      where: { accountId, date: { lte: asOf } },
      _sum: { postedDebits: true, postedCredits: true },
    }),
    prisma.entry.groupBy({
      by: ['side'],
      where: { accountId, status: 'PENDING', date: { lte: asOf } },
      _sum: { amount: true },
    }),
  ]);
  const pendingOf = (side: Side) => pending.find((p) => p.side === side)?._sum.amount ?? 0n;
  return {
    postedDebits: posted._sum.postedDebits ?? 0n,
    postedCredits: posted._sum.postedCredits ?? 0n,
    pendingDebits: pendingOf('DEBIT'),
    pendingCredits: pendingOf('CREDIT'),
  };
}

export async function accountBalance(
  prisma: Prisma,
  account: { id: string; normalSide: Side },
  asOf?: string | null,
): Promise<AccountBalanceFigures> {
  const sums = await balanceSums(prisma, account.id, asOf);
  return { ...sums, ...computeBalance(account.normalSide, sums) };
}

/**
 * An account's balance now together with its book's outbox sequence at that instant: the
 * events after `sequence` are exactly the changes since `figures` (one snapshot: a
 * REPEATABLE READ transaction on PostgreSQL; SQLite's transactions are serializable).
 */
export async function balanceAtSequence(
  db: Database,
  account: { id: string; bookId: string; normalSide: Side },
): Promise<{ figures: AccountBalanceFigures; sequence: number }> {
  const options = db.kind === 'postgres' ? { isolationLevel: 'RepeatableRead' as 'Serializable' } : {};
  return db.prisma.$transaction(async (tx) => {
    const head = await tx.outboxHead.findUnique({ where: { bookId: account.bookId } });
    const row = await tx.accountBalance.findUnique({ where: { accountId: account.id } });
    const sums: BalanceSums = row
      ? { postedDebits: row.postedDebits, postedCredits: row.postedCredits, pendingDebits: row.pendingDebits, pendingCredits: row.pendingCredits }
      : ZERO;
    return { figures: { ...sums, ...computeBalance(account.normalSide, sums) }, sequence: head?.lastSequence ?? 0 };
  }, { maxWait: 10_000, timeout: 10_000, ...options });
}

/** The day before a business date, "YYYY-MM-DD". */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const ID_CHUNK = 500;

/**
 * Balance sums of many accounts at once (one or two queries, whatever the count): the
 * materialised rows now, or the daily rollups and pending entries as of a date.
 */
export async function balanceSumsOf(
  prisma: Prisma,
  bookId: string,
  accountIds: readonly string[],
  asOf?: string | null,
): Promise<Map<string, BalanceSums>> {
  const result = new Map<string, BalanceSums>(accountIds.map((id) => [id, { ...ZERO }]));
  if (accountIds.length === 0) return result;
  const ids = [...new Set(accountIds)];
  if (!asOf) {
    const rows = await prisma.accountBalance.findMany({ where: { bookId, accountId: { in: ids } } });
    for (const row of rows) {
      result.set(row.accountId, {
        postedDebits: row.postedDebits,
        postedCredits: row.postedCredits,
        pendingDebits: row.pendingDebits,
        pendingCredits: row.pendingCredits,
      });
    }
    return result;
  }
  // in chunks: the SQLite adapter binds a limited number of parameters per statement
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    const chunk = ids.slice(i, i + ID_CHUNK);
    const [posted, pending] = await Promise.all([
      prisma.dailyBalance.groupBy({
        by: ['accountId'],
        where: { accountId: { in: chunk }, date: { lte: asOf } },
        _sum: { postedDebits: true, postedCredits: true },
      }),
      prisma.entry.groupBy({
        by: ['accountId', 'side'],
        where: { bookId, status: 'PENDING', accountId: { in: chunk }, date: { lte: asOf } },
        _sum: { amount: true },
      }),
    ]);
    for (const row of posted) {
      const sums = result.get(row.accountId)!;
      sums.postedDebits = row._sum.postedDebits ?? 0n;
      sums.postedCredits = row._sum.postedCredits ?? 0n;
    }
    for (const row of pending) {
      const sums = result.get(row.accountId)!;
      if (row.side === 'DEBIT') sums.pendingDebits = row._sum.amount ?? 0n;
      else sums.pendingCredits = row._sum.amount ?? 0n;
    }
  }
  return result;
}

/** Adds balance sums (a category's accounts, a ledger's accounts). */
export function addSums(all: Iterable<BalanceSums>): BalanceSums {
  const total = { ...ZERO };
  for (const s of all) {
    total.postedDebits += s.postedDebits;
    total.postedCredits += s.postedCredits;
    total.pendingDebits += s.pendingDebits;
    total.pendingCredits += s.pendingCredits;
  }
  return total;
}

export function figuresOf(normalSide: Side, sums: BalanceSums): AccountBalanceFigures {
  return { ...sums, ...computeBalance(normalSide, sums) };
}
