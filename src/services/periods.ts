// Periods: nothing posts into a closed period, nor (when the book says so) outside every
// period; a closed period reopens with a reason; the book's period settings. The rules
// are src/domain/periods.ts.
import { checkPeriodCanReopen, checkPostingDate, requiredReason } from '../domain/periods.ts';
import { notFound } from '../domain/errors.ts';
import type { Database, DatabaseKind, Tx } from '../db.ts';
import { runChange } from './runner.ts';
import { requireCapability, type Actor, trailOf } from './access.ts';
import { recordAudit } from './audit.ts';
import { postingContexts } from './posting-context.ts';

/**
 * Refuses (PERIOD_CLOSED) a date inside a closed period, or outside every period of a book
 * that requires periods. On PostgreSQL the period row is read FOR SHARE, so closePeriod
 * and closeYear (FOR UPDATE) wait for postings in flight and see them.
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
  // the book's setting is read only for a date outside every period
  const requirePeriods =
    period === null && ((await tx.book.findUnique({ where: { id: bookId }, select: { requirePeriods: true } }))?.requirePeriods ?? false);
  checkPostingDate(date, period, requirePeriods);
}

/** closePeriod's lock: postings dated in the period finish before it is counted and closed. */
export async function lockPeriod(tx: Tx, kind: DatabaseKind, periodId: string): Promise<void> {
  if (kind === 'postgres') {
    await tx.$queryRawUnsafe(`SELECT "id" FROM "Period" WHERE "id" = $1 FOR UPDATE`, periodId);
  }
}

/** The contract's reopenPeriod: CLOSED → OPEN, ADMIN only, audited with the reason. */
export async function reopenPeriod(db: Database, actor: Actor, periodId: string, reason: string) {
  const why = requiredReason(reason, 'the period is reopened');
  const unknown = notFound(`No period ${periodId}`, { field: 'id' });
  const found = await db.prisma.period.findUnique({ where: { id: periodId }, select: { bookId: true } });
  if (!found) throw unknown;
  const reopened = await runChange(db.prisma, async (tx) => {
    await requireCapability(tx, actor, found.bookId, 'configure', unknown);
    await lockPeriod(tx, db.kind, periodId);
    const period = await tx.period.findUniqueOrThrow({ where: { id: periodId } });
    checkPeriodCanReopen(period);
    const reopened = await tx.period.update({ where: { id: periodId }, data: { status: 'OPEN', closedAt: null, closedById: null } });
    await recordAudit(tx, {
      bookId: period.bookId,
      actorId: actor.userId, ...trailOf(actor),
      action: 'period.reopen',
      entityType: 'Period',
      entityId: period.id,
      before: period,
      after: reopened,
      reason: why,
    });
    return reopened;
  });
  // a cached context that still holds the period closed would refuse its dates before the writer looks
  postingContexts(db).invalidate(found.bookId);
  return reopened;
}

export interface BookSettingsInput {
  id: string;
  requirePeriods?: boolean | null;
  reversalsRequireApproval?: boolean | null;
}

/** updateBookSettings: the book-wide settings, ADMIN only; every change is audited before and after. */
export async function updateBookSettings(db: Database, actor: Actor, input: BookSettingsInput) {
  const unknown = notFound(`No book ${input.id}`, { field: 'id' });
  const updated = await runChange(db.prisma, async (tx) => {
    await requireCapability(tx, actor, input.id, 'configure', unknown);
    const book = await tx.book.findUnique({ where: { id: input.id } });
    if (!book) throw unknown;
    const data = {
      ...(typeof input.requirePeriods === 'boolean' && { requirePeriods: input.requirePeriods }),
      ...(typeof input.reversalsRequireApproval === 'boolean' && { reversalsRequireApproval: input.reversalsRequireApproval }),
    };
    // the posting contexts cache requirePeriods: a new configVersion makes them read it again
    const updated = await tx.book.update({ where: { id: book.id }, data: { ...data, configVersion: { increment: 1 } } });
    await recordAudit(tx, {
      bookId: book.id,
      actorId: actor.userId, ...trailOf(actor),
      action: 'book.updateSettings',
      entityType: 'Book',
      entityId: book.id,
      before: { requirePeriods: book.requirePeriods, reversalsRequireApproval: book.reversalsRequireApproval },
      after: { requirePeriods: updated.requirePeriods, reversalsRequireApproval: updated.reversalsRequireApproval },
    });
    return updated;
  });
  postingContexts(db).invalidate(input.id);
  return updated;
}
