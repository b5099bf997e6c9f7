// Nothing posts into a closed period.
import { DomainError } from '../domain/errors.ts';
import type { DatabaseKind, Tx } from '../db.ts';

/**
 * Refuses (PERIOD_CLOSED) a date inside a closed period. On PostgreSQL the period row is
 * read FOR SHARE, so closePeriod (FOR UPDATE) waits for postings in flight and sees them.
 */
export async function requireOpenPeriod(tx: Tx, kind: DatabaseKind, bookId: string, date: string): Promise<void> {
  if (kind === 'postgres') {
    await tx.$queryRawUnsafe(
      `SELECT "id" FROM "Period" WHERE "bookId" = $1 AND "start" <= $2 AND "end" >= $2 FOR SHARE`,
      bookId,
      date,
    );
  }
  const period = await tx.period.findFirst({
    where: { bookId, start: { lte: date }, end: { gte: date } },
  });
  if (period?.status === 'CLOSED') {
    throw new DomainError(
      'PERIOD_CLOSED',
      `${date} is in period "${period.name}" (${period.start} to ${period.end}), which is closed: date it in an open period`,
      { date, period: period.name },
    );
  }
}

/** closePeriod's lock: postings dated in the period finish before it is counted and closed. */
export async function lockPeriod(tx: Tx, kind: DatabaseKind, periodId: string): Promise<void> {
  if (kind === 'postgres') {
    await tx.$queryRawUnsafe(`SELECT "id" FROM "Period" WHERE "id" = $1 FOR UPDATE`, periodId);
  }
}
