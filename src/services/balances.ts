// Reading balances: now (the materialised row) or as of a business date (daily rollups
// for posted movements, pending entries for the rest).
import { computeBalance, type BalanceSums } from '../domain/balances.ts';
import type { Side } from '../domain/types.ts';
import type { Prisma } from '../db.ts';

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

/** The day before a business date, "YYYY-MM-DD". */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
