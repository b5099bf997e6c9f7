// Receivables insight over the book's SALES ledgers: late payers (average days to pay over
// a window, overdue on a date) and the receipts forecast by due week. Read-only; whoever
// may read the book's reports may read these. The arithmetic is src/domain/receivables.ts;
// here the database sums the open invoices on a date (per customer, or per due date) and
// the window's settlements (per customer), so that only totals leave it.
import { badInput, notFound } from '../domain/errors.ts';
import {
  latePayers as rankLatePayers,
  receivablesForecast as forecastOf,
  windowStart,
  type LatePayerRow,
  type OpenInvoice,
  type ReceivablesForecast,
  type SettlementTotals,
} from '../domain/receivables.ts';
import type { Database, Prisma } from '../db.ts';
import { requireCapability, type Actor } from './access.ts';
import { rawQuery } from './reports.ts';

type Db = Pick<Database, 'prisma' | 'kind'>;

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
 * The SALES ledgers' invoices as they stood at the end of asOf (today's outstanding less the
 * open item movements dated after asOf: allocations, releases, reversals since), those with
 * something outstanding then, summed in the database per customer or per due date.
 */
async function openInvoicesOn(db: Db, bookId: string, scope: SalesScope, asOf: string, by: 'account' | 'dueOn'): Promise<OpenInvoice[]> {
  if (scope.invoiceVersionIds.length === 0 || scope.ledgerIds.length === 0) return [];
  const params: unknown[] = [bookId, scope.currency, asOf];
  const list = (values: string[]) => values.map((v) => (params.push(v), `$${params.length}`)).join(', ');
  const ledgers = list(scope.ledgerIds);
  const versions = list(scope.invoiceVersionIds);
  const invoice = `t."bookId" = $1 AND t."status" = 'POSTED' AND t."currency" = $2 AND t."date" <= $3 AND t."reversalOfId" IS NULL
    AND t."typeVersionId" IN (${versions}) AND t."outstanding" IS NOT NULL AND t."accountId" IS NOT NULL`;
  const key = by === 'account' ? `i."accountId"` : `i."dueOn"`;
  const rows = await rawQuery<{ accountId: string | null; dueOn: string | null; outstanding: string; items: number | bigint }[]>(
    db,
    `WITH moved AS (
       SELECT m."itemId" AS "itemId", SUM(CASE WHEN a."normalSide" = 'CREDIT' THEN -m."amount" ELSE m."amount" END) AS "since"
       FROM "OpenItemMovement" m JOIN "Account" a ON a."id" = m."accountId"
       WHERE m."bookId" = $1 AND m."ledgerId" IN (${ledgers}) AND m."currency" = $2 AND m."date" > $3 AND m."itemDate" <= $3
       GROUP BY m."itemId"
     ), items AS (
       SELECT t."id" AS "id", t."accountId" AS "accountId", COALESCE(t."dueDate", t."date") AS "dueOn", t."outstanding" AS "outstanding"
       FROM "Transaction" t WHERE ${invoice} AND t."outstanding" > 0
       UNION
       SELECT t."id", t."accountId", COALESCE(t."dueDate", t."date"), t."outstanding"
       FROM moved mv JOIN "Transaction" t ON t."id" = mv."itemId" WHERE ${invoice}
     ), onDate AS (
       SELECT i."accountId" AS "accountId", i."dueOn" AS "dueOn", i."outstanding" - COALESCE(mv."since", 0) AS "open"
       FROM items i LEFT JOIN moved mv ON mv."itemId" = i."id"
     )
     SELECT ${by === 'account' ? `i."accountId"` : 'NULL'} AS "accountId", ${by === 'dueOn' ? `i."dueOn"` : 'NULL'} AS "dueOn",
            CAST(SUM(i."open") AS TEXT) AS "outstanding", COUNT(*) AS "items"
     FROM onDate i
     WHERE i."open" > 0${by === 'account' ? ` AND i."dueOn" < $3` : ''}
     GROUP BY ${key}`,
    ...params,
  );
  return rows.map((r) => ({ accountId: r.accountId ?? '', dueOn: r.dueOn ?? '', outstanding: BigInt(r.outstanding), items: Number(r.items) }));
}

/**
 * Per customer, the allocations to its SALES invoices dated in the window and still counting
 * on asOf (not released by a reversal dated on or before it): Σ amount, Σ amount × days from
 * the invoice's date (at least 0), how many. The product is summed in two 25-bit halves of
 * the amount (an amount is below 2^50), so that no 64-bit sum can overflow.
 */
async function settlementsIn(db: Db, bookId: string, scope: SalesScope, start: string, asOf: string): Promise<SettlementTotals[]> {
  if (scope.invoiceVersionIds.length === 0) return [];
  const params: unknown[] = [bookId, scope.currency, start, asOf];
  const versions = scope.invoiceVersionIds.map((v) => (params.push(v), `$${params.length}`)).join(', ');
  const days = db.kind === 'postgres'
    ? `GREATEST(0, CAST(a."date" AS DATE) - CAST(t."date" AS DATE))`
    : `MAX(0, CAST(julianday(a."date") - julianday(t."date") AS INTEGER))`;
  const rows = await rawQuery<{ accountId: string; amount: string; high: string; low: string; settlements: number | bigint }[]>(
    db,
    `SELECT s."accountId" AS "accountId", CAST(SUM(s."amount") AS TEXT) AS "amount",
            CAST(SUM((s."amount" / 33554432) * s."days") AS TEXT) AS "high", CAST(SUM((s."amount" % 33554432) * s."days") AS TEXT) AS "low",
            COUNT(*) AS "settlements"
     FROM (
       SELECT t."accountId" AS "accountId", a."amount" AS "amount", ${days} AS "days"
       FROM "Allocation" a
       JOIN "Transaction" t ON t."id" = a."toId"
       LEFT JOIN "Transaction" r ON r."id" = a."releasedByReversalId"
       WHERE a."bookId" = $1 AND a."date" >= $3 AND a."date" <= $4 AND a."amount" > 0
         AND t."currency" = $2 AND t."typeVersionId" IN (${versions}) AND t."accountId" IS NOT NULL
         AND (a."releasedByReversalId" IS NULL OR r."id" IS NULL OR r."date" > $4)
     ) s
     GROUP BY s."accountId"`,
    ...params,
  );
  return rows.map((r) => ({
    accountId: r.accountId,
    amount: BigInt(r.amount),
    weightedDays: BigInt(r.high) * 33554432n + BigInt(r.low),
    settlements: Number(r.settlements),
  }));
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
  db: Db,
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
  const scope = await salesScope(db.prisma, actor, bookId, options.currency);
  const start = windowStart(asOf, windowDays);
  const [open, settled] = await Promise.all([openInvoicesOn(db, bookId, scope, asOf, 'account'), settlementsIn(db, bookId, scope, start, asOf)]);
  const accountIds = [...new Set([...open.map((o) => o.accountId), ...settled.map((s) => s.accountId)])];
  const accounts = accountIds.length ? await db.prisma.account.findMany({ where: { id: { in: accountIds } }, select: { id: true, code: true } }) : [];
  const rows = rankLatePayers(asOf, accounts.map((a) => ({ accountId: a.id, code: a.code })), open, settled);
  return { asOf, windowDays, windowStart: start, currency: scope.currency, rows: rows.slice(0, first), rowCount: rows.length };
}

export interface ReceivablesForecastReport extends ReceivablesForecast {
  from: string;
  currency: string;
}

/** The SALES ledgers' invoices open at the end of `from`, by the week they fall due. */
export async function receivablesForecast(
  db: Db,
  actor: Actor,
  bookId: string,
  options: { from: string; weeks?: number | null; currency?: string | null },
): Promise<ReceivablesForecastReport> {
  const weeks = options.weeks ?? 13;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > FORECAST_WEEKS_MAX) {
    throw badInput(`weeks ${weeks} is out of range: give from 1 to ${FORECAST_WEEKS_MAX} weeks`, { field: 'weeks' });
  }
  const scope = await salesScope(db.prisma, actor, bookId, options.currency);
  const open = await openInvoicesOn(db, bookId, scope, options.from, 'dueOn');
  return { from: options.from, currency: scope.currency, ...forecastOf(options.from, weeks, open) };
}
