// Receivables insight over the book's SALES ledgers: late payers (average days to pay over
// a window, overdue on a date) and the receipts forecast by due week. Read-only; whoever
// may read the book's reports may read these. The arithmetic is src/domain/receivables.ts;
// here the invoices, their outstanding amounts on a date and their settlements are read.
import { releaseDate, allocationCountsOn } from '../domain/aging.ts';
import { badInput, notFound } from '../domain/errors.ts';
import {
  latePayers as rankLatePayers,
  receivablesForecast as forecastOf,
  windowStart,
  type LatePayerRow,
  type OpenInvoice,
  type ReceivablesForecast,
} from '../domain/receivables.ts';
import type { Prisma } from '../db.ts';
import { requireCapability, type Actor } from './access.ts';

export const LATE_PAYERS_DEFAULT = 20;
export const LATE_PAYERS_MAX = 500;
export const WINDOW_DAYS_MAX = 3_660;
export const FORECAST_WEEKS_MAX = 104;

interface SalesScope {
  currency: string;
  ledgerIds: string[];
  /** the versions of the SALES ledgers' posting types that debit the customer: invoices */
  invoiceVersionIds: string[];
}

async function salesScope(prisma: Prisma, actor: Actor, bookId: string, currency: string | null | undefined): Promise<SalesScope> {
  await requireCapability(prisma, actor, bookId, 'read');
  const book = await prisma.book.findUnique({ where: { id: bookId }, select: { baseCurrency: true } });
  if (!book) throw notFound(`No book ${bookId}`);
  const ledgers = await prisma.ledger.findMany({ where: { bookId, kind: 'SALES' }, select: { id: true } });
  const ledgerIds = ledgers.map((l) => l.id);
  const types = await prisma.transactionType.findMany({ where: { bookId, ledgerId: { in: ledgerIds } }, select: { id: true } });
  const versions = await prisma.transactionTypeVersion.findMany({
    where: { bookId, typeId: { in: types.map((t) => t.id) }, direction: 'DEBIT', posting: true },
    select: { id: true },
  });
  return { currency: currency ?? book.baseCurrency, ledgerIds, invoiceVersionIds: versions.map((v) => v.id) };
}

/**
 * The SALES ledgers' invoices as they stood at the end of asOf: today's outstanding less
 * the open item movements dated after asOf (allocations, releases, reversals since).
 */
async function openInvoicesOn(prisma: Prisma, bookId: string, scope: SalesScope, asOf: string): Promise<OpenInvoice[]> {
  if (scope.invoiceVersionIds.length === 0) return [];
  const movements = await prisma.openItemMovement.findMany({
    where: { bookId, ledgerId: { in: scope.ledgerIds }, currency: scope.currency, date: { gt: asOf }, itemDate: { lte: asOf } },
    select: { itemId: true, amount: true, accountId: true },
  });
  const invoices = await prisma.transaction.findMany({
    where: {
      bookId, status: 'POSTED', currency: scope.currency, date: { lte: asOf }, reversalOfId: null,
      typeVersionId: { in: scope.invoiceVersionIds }, outstanding: { not: null },
      OR: [{ outstanding: { gt: 0n } }, { id: { in: [...new Set(movements.map((m) => m.itemId))] } }],
    },
    select: { id: true, accountId: true, date: true, dueDate: true, outstanding: true },
  });
  const sides = await normalSides(prisma, invoices.map((i) => i.accountId));
  // a movement is signed on the account's normal side; an invoice debits its customer
  const since = new Map<string, bigint>();
  for (const m of movements) {
    const change = sides.get(m.accountId) === 'CREDIT' ? -m.amount : m.amount;
    since.set(m.itemId, (since.get(m.itemId) ?? 0n) + change);
  }
  return invoices
    .filter((i) => i.accountId !== null)
    .map((i) => ({ accountId: i.accountId!, dueOn: i.dueDate ?? i.date, outstanding: i.outstanding! - (since.get(i.id) ?? 0n) }));
}

async function normalSides(prisma: Prisma, accountIds: (string | null)[]) {
  const ids = [...new Set(accountIds.filter((id): id is string => id !== null))];
  const rows = await prisma.account.findMany({ where: { id: { in: ids } }, select: { id: true, normalSide: true } });
  return new Map(rows.map((a) => [a.id, a.normalSide]));
}

export interface LatePayersReport {
  asOf: string;
  windowDays: number;
  windowStart: string;
  currency: string;
  rows: LatePayerRow[];
  /** the rows before `first` cut them */
  rowCount: number;
}

/**
 * Per customer of the SALES ledgers (one currency): the amount-weighted average days from
 * invoice date to settlement, over the allocations dated in the window that ends on asOf
 * (and not released by a reversal on or before it), and the outstanding on asOf of the
 * invoices then past due. Sorted by overdue, then average days (src/domain/receivables.ts).
 */
export async function latePayers(
  prisma: Prisma,
  actor: Actor,
  bookId: string,
  options: { asOf: string; windowDays?: number | null; first?: number | null; currency?: string | null },
): Promise<LatePayersReport> {
  const windowDays = options.windowDays ?? 365;
  if (!Number.isInteger(windowDays) || windowDays < 1 || windowDays > WINDOW_DAYS_MAX) {
    throw badInput(`windowDays ${windowDays} is out of range: give a whole number of days from 1 to ${WINDOW_DAYS_MAX}`, { field: 'windowDays' });
  }
  const first = options.first ?? LATE_PAYERS_DEFAULT;
  if (!Number.isInteger(first) || first < 0 || first > LATE_PAYERS_MAX) {
    throw badInput(`first ${first} is out of range: give from 0 to ${LATE_PAYERS_MAX} rows`, { field: 'first' });
  }
  const { asOf } = options;
  const scope = await salesScope(prisma, actor, bookId, options.currency);
  const start = windowStart(asOf, windowDays);
  const open = await openInvoicesOn(prisma, bookId, scope, asOf);
  const allocations = scope.invoiceVersionIds.length === 0 ? [] : await prisma.allocation.findMany({
    where: { bookId, date: { gte: start, lte: asOf } },
    select: { toId: true, amount: true, date: true, releasedByReversalId: true },
  });
  const invoices = new Map(
    (
      await prisma.transaction.findMany({
        where: { bookId, id: { in: [...new Set(allocations.map((a) => a.toId))] }, currency: scope.currency, typeVersionId: { in: scope.invoiceVersionIds } },
        select: { id: true, accountId: true, date: true },
      })
    ).map((t) => [t.id, t]),
  );
  const reversalIds = [...new Set(allocations.flatMap((a) => (a.releasedByReversalId ? [a.releasedByReversalId] : [])))];
  const reversalDates = new Map(
    (await prisma.transaction.findMany({ where: { bookId, id: { in: reversalIds } }, select: { id: true, date: true } })).map((t) => [t.id, t.date]),
  );
  const settled = allocations.flatMap((a) => {
    const invoice = invoices.get(a.toId);
    if (!invoice?.accountId) return [];
    const reversedOn = a.releasedByReversalId ? reversalDates.get(a.releasedByReversalId) : undefined;
    const releasedOn = reversedOn === undefined ? null : releaseDate(a.date, reversedOn);
    if (!allocationCountsOn({ amount: a.amount, date: a.date, releasedOn }, asOf)) return [];
    return [{ accountId: invoice.accountId, invoiceDate: invoice.date, settledOn: a.date, amount: a.amount }];
  });
  const accountIds = [...new Set([...open.map((o) => o.accountId), ...settled.map((s) => s.accountId)])];
  const accounts = await prisma.account.findMany({ where: { id: { in: accountIds } }, select: { id: true, code: true } });
  const rows = rankLatePayers(asOf, accounts.map((a) => ({ accountId: a.id, code: a.code })), open, settled);
  return { asOf, windowDays, windowStart: start, currency: scope.currency, rows: rows.slice(0, first), rowCount: rows.length };
}

export interface ReceivablesForecastReport extends ReceivablesForecast {
  from: string;
  currency: string;
}

/** The SALES ledgers' invoices open at the end of `from`, by the week they fall due. */
export async function receivablesForecast(
  prisma: Prisma,
  actor: Actor,
  bookId: string,
  options: { from: string; weeks?: number | null; currency?: string | null },
): Promise<ReceivablesForecastReport> {
  const weeks = options.weeks ?? 13;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > FORECAST_WEEKS_MAX) {
    throw badInput(`weeks ${weeks} is out of range: give from 1 to ${FORECAST_WEEKS_MAX} weeks`, { field: 'weeks' });
  }
  const scope = await salesScope(prisma, actor, bookId, options.currency);
  const open = await openInvoicesOn(prisma, bookId, scope, options.from);
  return { from: options.from, currency: scope.currency, ...forecastOf(options.from, weeks, open) };
}
