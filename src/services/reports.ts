// Reports: trial balance, account statement (and its CSV), the control equation, aged
// balances, control reconciliation and the tax summary. Read-only; each checks the caller
// may read the book. Posted figures come from the daily rollups the posting transaction
// keeps (src/services/ledger-writer.ts), so a report's cost follows the accounts and days
// it covers, not the number of entries behind them.
import { AGING_BUCKETS, bucketThresholds } from '../domain/aging.ts';
import { signedAmount } from '../domain/balances.ts';
import { isoCurrencyDigits } from '../domain/currency.ts';
import { badInput, notFound } from '../domain/errors.ts';
import { formatAmount } from '../domain/money.ts';
import { opposite, type Side } from '../domain/types.ts';
import type { Database, Prisma } from '../db.ts';
import { requireCapability, type Actor } from './access.ts';
import { balanceSumsOf, dayBefore } from './balances.ts';

/** Decimal places of a currency or of one of the book's units. */
export async function digitsIn(prisma: Prisma, bookId: string, currency: string): Promise<number> {
  const iso = isoCurrencyDigits(currency);
  if (iso !== undefined) return iso;
  const unit = await prisma.unit.findUnique({ where: { bookId_code: { bookId, code: currency } } });
  return unit?.decimals ?? 0;
}

function checkRange(from: string, to: string) {
  if (from > to) throw badInput(`from ${from} is after to ${to}: give a range whose start is not after its end`, { field: 'from' });
}

/**
 * Raw SQL with numbered parameters ($1, each usable more than once): as is for PostgreSQL;
 * for SQLite, whose adapter binds plain ? in order, each $n becomes ? with its value repeated.
 */
export function rawQuery<T>(db: Pick<Database, 'prisma' | 'kind'>, sql: string, ...args: unknown[]): Promise<T> {
  if (db.kind !== 'sqlite') return db.prisma.$queryRawUnsafe<T>(sql, ...args);
  const ordered: unknown[] = [];
  const positional = sql.replace(/\$(\d+)/g, (_m, n: string) => {
    ordered.push(args[Number(n) - 1]);
    return '?';
  });
  return db.prisma.$queryRawUnsafe<T>(positional, ...ordered);
}

const debitMinusCredit = (s: { postedDebits: bigint; postedCredits: bigint }) => s.postedDebits - s.postedCredits;

// ------------------------------------------------------------------ trial balance

export interface TrialBalanceReport {
  asOf: string | null;
  currency: string;
  lines: { accountId: string; code: string; debit: bigint; credit: bigint }[];
  totalDebits: bigint;
  totalCredits: bigint;
}

/**
 * The nominal ledger's accounts of one currency with a posted balance, each in the debit
 * or the credit column; the columns total the same (invariant 3).
 */
export async function trialBalance(
  prisma: Prisma,
  actor: Actor,
  bookId: string,
  options: { asOf?: string | null; currency?: string | null },
): Promise<TrialBalanceReport> {
  await requireCapability(prisma, actor, bookId, 'read');
  const book = await prisma.book.findUnique({ where: { id: bookId }, select: { baseCurrency: true } });
  if (!book) throw notFound(`No book ${bookId}`);
  const currency = options.currency ?? book.baseCurrency;
  // the nominal ledgers first, then their accounts through (bookId, ledgerId, code): a
  // relation filter would walk every account of the book, customers and suppliers too
  const nominal = await prisma.ledger.findMany({ where: { bookId, kind: 'NOMINAL' }, select: { id: true } });
  const accounts = await prisma.account.findMany({
    where: { bookId, ledgerId: { in: nominal.map((l) => l.id) }, currency },
    select: { id: true, code: true },
    orderBy: { code: 'asc' },
  });
  const sums = await balanceSumsOf(prisma, bookId, accounts.map((a) => a.id), options.asOf);
  const lines: TrialBalanceReport['lines'] = [];
  let totalDebits = 0n;
  let totalCredits = 0n;
  for (const account of accounts) {
    const net = debitMinusCredit(sums.get(account.id)!);
    if (net === 0n) continue;
    const line = { accountId: account.id, code: account.code, debit: net > 0n ? net : 0n, credit: net < 0n ? -net : 0n };
    totalDebits += line.debit;
    totalCredits += line.credit;
    lines.push(line);
  }
  return { asOf: options.asOf ?? null, currency, lines, totalDebits, totalCredits };
}

// ------------------------------------------------------- trial balance in base currency

/** Posted base-currency debits less credits per account (Entry.baseAmount), as of a date or now. */
async function baseSumsOf(prisma: Prisma, bookId: string, accountIds: string[], asOf?: string | null): Promise<Map<string, bigint>> {
  const sums = new Map<string, bigint>(accountIds.map((id) => [id, 0n]));
  if (accountIds.length === 0) return sums;
  const rows = await prisma.entry.groupBy({
    by: ['accountId', 'side'],
    where: { bookId, status: 'POSTED', accountId: { in: accountIds }, ...(asOf ? { date: { lte: asOf } } : {}) },
    _sum: { baseAmount: true },
  });
  for (const row of rows) {
    const amount = row._sum.baseAmount ?? 0n;
    sums.set(row.accountId, (sums.get(row.accountId) ?? 0n) + (row.side === 'DEBIT' ? amount : -amount));
  }
  return sums;
}

export interface BaseTrialBalanceReport {
  asOf: string | null;
  /** the book's base currency: every figure below is in it */
  currency: string;
  lines: { accountId: string; code: string; currency: string; debit: bigint; credit: bigint }[];
  totalDebits: bigint;
  totalCredits: bigint;
}

/**
 * The nominal ledger's accounts of every currency, each at the base-currency amounts its
 * entries were posted at (the rate of each transaction's day), in the debit or credit
 * column; the columns total the same, since every transaction balances in the base currency.
 */
export async function baseTrialBalance(prisma: Prisma, actor: Actor, bookId: string, options: { asOf?: string | null }): Promise<BaseTrialBalanceReport> {
  await requireCapability(prisma, actor, bookId, 'read');
  const book = await prisma.book.findUnique({ where: { id: bookId }, select: { baseCurrency: true } });
  if (!book) throw notFound(`No book ${bookId}`);
  const nominal = await prisma.ledger.findMany({ where: { bookId, kind: 'NOMINAL' }, select: { id: true } });
  const accounts = await prisma.account.findMany({
    where: { bookId, ledgerId: { in: nominal.map((l) => l.id) } },
    select: { id: true, code: true, currency: true },
    orderBy: { code: 'asc' },
  });
  const sums = await baseSumsOf(prisma, bookId, accounts.map((a) => a.id), options.asOf);
  const lines: BaseTrialBalanceReport['lines'] = [];
  let totalDebits = 0n;
  let totalCredits = 0n;
  for (const account of accounts) {
    const net = sums.get(account.id)!;
    if (net === 0n) continue;
    const line = { accountId: account.id, code: account.code, currency: account.currency, debit: net > 0n ? net : 0n, credit: net < 0n ? -net : 0n };
    totalDebits += line.debit;
    totalCredits += line.credit;
    lines.push(line);
  }
  return { asOf: options.asOf ?? null, currency: book.baseCurrency, lines, totalDebits, totalCredits };
}

/** The base-currency totals of one currency's trial balance (its lines' accounts). */
export async function baseTotalsOf(prisma: Prisma, bookId: string, report: TrialBalanceReport): Promise<{ debits: bigint; credits: bigint }> {
  const sums = await baseSumsOf(prisma, bookId, report.lines.map((l) => l.accountId), report.asOf);
  let debits = 0n;
  let credits = 0n;
  for (const net of sums.values()) {
    if (net > 0n) debits += net;
    else credits -= net;
  }
  return { debits, credits };
}

// ---------------------------------------------------------------------- statement

export interface StatementAccount {
  id: string;
  bookId: string;
  code: string;
  name: string;
  currency: string;
  normalSide: Side;
}

export interface StatementLine {
  entryId: string;
  date: string;
  transactionId: string;
  number: string;
  reference: string | null;
  description: string | null;
  debit: bigint | null;
  credit: bigint | null;
  /** by date order from the opening balance, signed by the account's normal side */
  runningBalance: bigint;
}

export interface StatementReport {
  account: StatementAccount;
  from: string;
  to: string;
  opening: bigint;
  closing: bigint;
  debits: bigint;
  credits: bigint;
  lines: StatementLine[];
}

/** Posted balance (normal side) at the end of `date`, from the daily rollups. */
async function postedOn(prisma: Prisma, account: StatementAccount, date: string): Promise<bigint> {
  const sums = (await balanceSumsOf(prisma, account.bookId, [account.id], date)).get(account.id)!;
  return signedAmount(account.normalSide, 'DEBIT', debitMinusCredit(sums));
}

/**
 * Opening (end of the day before `from`), every posted entry dated in the range in date
 * then posting order with a running balance, and closing = opening + debits − credits for
 * a debit-normal account (credits − debits for a credit-normal one).
 */
export async function statement(prisma: Prisma, actor: Actor, account: StatementAccount, from: string, to: string): Promise<StatementReport> {
  checkRange(from, to);
  await requireCapability(prisma, actor, account.bookId, 'read');
  const [opening, entries] = await Promise.all([
    postedOn(prisma, account, dayBefore(from)),
    prisma.entry.findMany({
      where: { bookId: account.bookId, status: 'POSTED', accountId: account.id, date: { gte: from, lte: to } },
      orderBy: [{ date: 'asc' }, { sequence: 'asc' }],
      select: {
        id: true,
        date: true,
        side: true,
        amount: true,
        transaction: { select: { id: true, number: true, reference: true, description: true } },
      },
    }),
  ]);
  let running = opening;
  let debits = 0n;
  let credits = 0n;
  const lines = entries.map((e): StatementLine => {
    running += signedAmount(account.normalSide, e.side, e.amount);
    if (e.side === 'DEBIT') debits += e.amount;
    else credits += e.amount;
    return {
      entryId: e.id,
      date: e.date,
      transactionId: e.transaction.id,
      number: e.transaction.number,
      reference: e.transaction.reference,
      description: e.transaction.description,
      debit: e.side === 'DEBIT' ? e.amount : null,
      credit: e.side === 'CREDIT' ? e.amount : null,
      runningBalance: running,
    };
  });
  return { account, from, to, opening, closing: running, debits, credits, lines };
}

const csvField = (value: string | null) =>
  value === null ? '' : /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * A text cell a spreadsheet would read as a formula (= + - @, tab, CR first: OWASP's CSV
 * injection guidance) is written with a leading apostrophe. Amounts are ours, never text.
 */
const textField = (value: string | null) => csvField(value !== null && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** The statement as CSV (RFC 4180): an opening row, one row per entry, a closing row with the totals. */
export function statementCsv(report: StatementReport, digits: number): string {
  const amount = (value: bigint | null) => (value === null ? '' : formatAmount(value, digits));
  // the first four columns are text, the rest amounts
  const rows: (string | null)[][] = [
    ['date', 'transaction', 'reference', 'description', 'debit', 'credit', 'balance'],
    [report.from, null, null, 'Opening balance', null, null, amount(report.opening)],
    ...report.lines.map((l) => [l.date, l.number, l.reference, l.description, amount(l.debit), amount(l.credit), amount(l.runningBalance)]),
    [report.to, null, null, 'Closing balance', amount(report.debits), amount(report.credits), amount(report.closing)],
  ];
  return rows.map((row) => row.map((cell, column) => (column < 4 ? textField(cell) : csvField(cell))).join(',')).join('\r\n') + '\r\n';
}

// --------------------------------------------------------------- control equation

export interface ControlEquation {
  opening: bigint;
  /** posted movements on the account's normal side in the period */
  movements: bigint;
  /** posted movements on the other side (receipts against a customer, payments…) */
  settlements: bigint;
  closing: bigint;
  /** opening + movements − settlements − closing: zero (invariant 5) */
  difference: bigint;
}

/**
 * Invariant 5 for one account and period, from two independent stores: opening and
 * closing from the daily rollups, movements and settlements from the entries themselves.
 */
export async function controlEquation(prisma: Prisma, actor: Actor, account: StatementAccount, from: string, to: string): Promise<ControlEquation> {
  checkRange(from, to);
  await requireCapability(prisma, actor, account.bookId, 'read');
  const [opening, closing, sides] = await Promise.all([
    postedOn(prisma, account, dayBefore(from)),
    postedOn(prisma, account, to),
    prisma.entry.groupBy({
      by: ['side'],
      where: { bookId: account.bookId, status: 'POSTED', accountId: account.id, date: { gte: from, lte: to } },
      _sum: { amount: true },
    }),
  ]);
  const sumOf = (side: Side) => sides.find((s) => s.side === side)?._sum.amount ?? 0n;
  const movements = sumOf(account.normalSide);
  const settlements = sumOf(opposite(account.normalSide));
  return { opening, movements, settlements, closing, difference: opening + movements - settlements - closing };
}

// ------------------------------------------------------------------ aged balances

/** The order of an aged report's rows: by account code, or most overdue first (then by code). */
export type AgedOrder = 'ACCOUNT_CODE' | 'OVERDUE';

export const AGED_DEFAULT_PAGE = 100;
export const AGED_MAX_PAGE = 500;

export interface AgedRow {
  accountId: string;
  code: string;
  amounts: bigint[];
  total: bigint;
  /** the past-due buckets together: total less current */
  overdue: bigint;
  cursor: string;
}

export interface AgedBalancesReport {
  bookId: string;
  ledgerId: string;
  asOf: string;
  currency: string;
  orderBy: AgedOrder;
  buckets: readonly string[];
  /** one page of rows */
  rows: AgedRow[];
  hasNextPage: boolean;
  /** over every row, not only the page */
  totals: bigint[];
  total: bigint;
  /** the rows of every page: counted when asked (it reads every account of the ledger) */
  rowCount: () => Promise<number>;
}

export interface AgedBalancesOptions {
  currency?: string | null;
  first?: number | null;
  after?: string | null;
  orderBy?: AgedOrder | null;
}

const INTEGER = /^-?\d{1,20}$/;

/** Rows per page: 100 unless asked, at most 500 (as the API's connections). */
export function agedPageSize(first: number | null | undefined): number {
  if (first == null) return AGED_DEFAULT_PAGE;
  return Math.max(0, Math.min(Math.trunc(first), AGED_MAX_PAGE));
}

const encodeCursor = (key: string) => Buffer.from(`c:${key}`, 'utf8').toString('base64url');

/** A row's position in its order, opaque outside: `code` or `[overdue, code]`. */
function agedCursor(orderBy: AgedOrder, row: { code: string; overdue: bigint }): string {
  return encodeCursor(orderBy === 'ACCOUNT_CODE' ? `A:${row.code}` : `O:${JSON.stringify([row.overdue.toString(), row.code])}`);
}

function readAgedCursor(orderBy: AgedOrder, after: string | null | undefined): { code: string; overdue?: string } | undefined {
  if (!after) return undefined;
  if (after.length > 1_000) throw badInput(`after is ${after.length} characters long: give an endCursor this report returned`, { field: 'after' });
  const text = Buffer.from(after, 'base64url').toString('utf8');
  const key = text.startsWith('c:') ? text.slice(2) : '';
  const wrong = () => badInput(`after "${after}" is not a cursor of agedBalances ordered by ${orderBy}: give an endCursor this report returned in that order`, { field: 'after' });
  if (orderBy === 'ACCOUNT_CODE') {
    if (!key.startsWith('A:')) throw wrong();
    return { code: key.slice(2) };
  }
  if (!key.startsWith('O:')) throw wrong();
  let parsed: unknown;
  try {
    parsed = JSON.parse(key.slice(2));
  } catch {
    throw wrong();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || !INTEGER.test(parsed[0]) || typeof parsed[1] !== 'string') throw wrong();
  return { overdue: parsed[0], code: parsed[1] };
}

/**
 * A ledger's open items as they stood at the end of `asOf`, by days past due: the totals
 * over every account and one page of rows (an account each), all computed in the database
 * in one statement. An item's outstanding then is today's (Transaction.outstanding) less
 * the open item movements dated after asOf (allocations, releases, reversals since): so the
 * report reads the items open now and the recent movements, never the whole history, and
 * only the page's rows leave the database. Items dated after asOf are left out.
 * Unallocated receipts and credit notes count against their account (negative), aged by
 * their date. Rows whose buckets are all zero are left out (and not counted).
 */
export async function agedBalances(
  db: Pick<Database, 'prisma' | 'kind'>,
  actor: Actor,
  bookId: string,
  ledgerCode: string,
  asOf: string,
  options: AgedBalancesOptions = {},
): Promise<AgedBalancesReport> {
  const { prisma } = db;
  const orderBy = options.orderBy ?? 'ACCOUNT_CODE';
  const size = agedPageSize(options.first);
  const after = readAgedCursor(orderBy, options.after);
  await requireCapability(prisma, actor, bookId, 'read');
  const [book, ledger] = await Promise.all([
    prisma.book.findUnique({ where: { id: bookId }, select: { baseCurrency: true } }),
    prisma.ledger.findUnique({ where: { bookId_code: { bookId, code: ledgerCode } }, select: { id: true } }),
  ]);
  if (!ledger || !book) throw notFound(`ledgerCode "${ledgerCode}" is not a ledger of this book`, { field: 'ledgerCode' });
  const wanted = options.currency ?? book.baseCurrency;
  // the ledger's type versions, by direction: an open item is found in the ledger by its
  // type version (an item's account is always in its type's ledger), with no join per item
  const versions = await prisma.transactionTypeVersion.findMany({ where: { bookId, type: { ledgerId: ledger.id } }, select: { id: true, direction: true } });
  const scope: AgedScope = { bookId, ledgerId: ledger.id, asOf, currency: wanted, versions };
  if (orderBy === 'ACCOUNT_CODE') return agedByCode(db, scope, size, after?.code);
  return agedOverLedger(db, scope, orderBy, size, after);
}

interface AgedScope {
  bookId: string;
  ledgerId: string;
  asOf: string;
  currency: string;
  versions: { id: string; direction: Side }[];
}

/** The statement's parameters: $1 book, $2 asOf, $3 currency, $4..$7 the bucket thresholds, $8 the ledger; then the type versions. */
function agedParameters(scope: AgedScope) {
  const params: unknown[] = [scope.bookId, scope.asOf, scope.currency, ...bucketThresholds(scope.asOf), scope.ledgerId];
  const param = (value: unknown) => (params.push(value), `$${params.length}`);
  const listOf = (ids: string[]) => (ids.length ? ids.map(param).join(', ') : param(''));
  const debitVersions = listOf(scope.versions.filter((v) => v.direction === 'DEBIT').map((v) => v.id));
  const ledgerVersions = listOf(scope.versions.map((v) => v.id));
  return { params, param, debitVersions, ledgerVersions };
}

const AGED_B = AGING_BUCKETS.map((_, i) => i);
/** Bucket i's condition on a due date column: $4..$7 are the thresholds (src/domain/aging.ts). */
const dueInBucket = (i: number, dueOn: string) =>
  [i > 0 ? `${dueOn} < $${3 + i}` : '', i < 4 ? `${dueOn} >= $${4 + i}` : ''].filter(Boolean).join(' AND ');
const asText = (expression: string) => `CAST(${expression} AS TEXT)`;

function agedRow(l: { accountId: string | null; code: string | null } & Record<`b${number}`, string | null>): AgedRow {
  const amounts = AGED_B.map((i) => BigInt(l[`b${i}`] ?? '0'));
  const total = amounts.reduce((a, b) => a + b, 0n);
  const row = { accountId: l.accountId!, code: l.code!, amounts, total, overdue: total - amounts[0]! };
  return { ...row, cursor: agedCursor('ACCOUNT_CODE', row) };
}

/**
 * The report in account-code order, at the cost of its page: the totals from the open items'
 * totals kept with the postings (OpenItemTotal, per due date and item date) less the open
 * item movements since asOf (OpenItemMovementTotal, per day, item date and due date); the page from the ledger's accounts in code order, each
 * account's open items and movements read through its own indexes, a batch of accounts at
 * a time until the page is full. Only the row count reads every account, and only when asked.
 */
async function agedByCode(db: Pick<Database, 'prisma' | 'kind'>, scope: AgedScope, size: number, afterCode: string | undefined): Promise<AgedBalancesReport> {
  const totalsOf = async () => {
    // $1..$8 only: PostgreSQL refuses a parameter the statement does not use
    const params = agedParameters(scope).params.slice(0, 8);
    const [row] = await rawQuery<Record<`b${number}`, string | null>[]>(
      db,
      `SELECT ${AGED_B.map((i) => `${asText(`SUM(CASE WHEN ${dueInBucket(i, 'x."dueOn"')} THEN x."amount" ELSE 0 END)`)} AS "b${i}"`).join(', ')}
       FROM (
         SELECT o."dueOn" AS "dueOn", CASE WHEN o."normalSide" = 'CREDIT' THEN -o."amount" ELSE o."amount" END AS "amount"
         FROM "OpenItemTotal" o
         WHERE o."ledgerId" = $8 AND o."currency" = $3 AND o."normalSide" IN ('DEBIT', 'CREDIT') AND o."itemDate" <= $2 AND o."bookId" = $1
         UNION ALL
         SELECT m."dueOn", -m."amount"
         FROM "OpenItemMovementTotal" m
         WHERE m."ledgerId" = $8 AND m."currency" = $3 AND m."date" > $2 AND m."itemDate" <= $2 AND m."bookId" = $1
       ) x`,
      ...params,
    );
    return AGED_B.map((i) => BigInt(row?.[`b${i}`] ?? '0'));
  };
  // a batch of accounts with something to age, in code order after `from`, and their rows
  // (CROSS JOIN keeps SQLite to that order: the batch's accounts first, then their items; a
  // scalar subquery with LIMIT 1, not EXISTS, keeps PostgreSQL to one probe per account
  // rather than hashing every open item of the ledger)
  const batch = size + 1 + 50;
  const pageFrom = async (from: string | undefined) => {
    const { params, param, debitVersions, ledgerVersions } = agedParameters(scope);
    const item = (t: string) =>
      `${t}."bookId" = $1 AND ${t}."outstanding" > 0 AND ${t}."status" = 'POSTED' AND ${t}."date" <= $2 AND ${t}."currency" = $3 AND ${t}."typeVersionId" IN (${ledgerVersions})`;
    const moved = (m: string) => `${m}."bookId" = $1 AND ${m}."date" > $2 AND ${m}."itemDate" <= $2 AND ${m}."ledgerId" = $8 AND ${m}."currency" = $3`;
    const onNormalSide = (i: number) =>
      `SUM(CASE WHEN ${dueInBucket(i, 'x."dueOn"')} THEN (CASE WHEN x."debitPositive" = 1 AND acc."normalSide" = 'CREDIT' THEN -x."amount" ELSE x."amount" END) ELSE 0 END)`;
    const lines = await rawQuery<({ kind: number | bigint; accountId: string | null; code: string | null } & Record<`b${number}`, string | null>)[]>(
      db,
      `WITH acc AS (
         SELECT a."id" AS "id", a."code" AS "code", a."normalSide" AS "normalSide"
         FROM "Account" a
         WHERE a."bookId" = $1 AND a."ledgerId" = $8${from === undefined ? '' : ` AND a."code" > ${param(from)}`}
           AND ((SELECT 1 FROM "Transaction" t WHERE t."accountId" = a."id" AND ${item('t')} LIMIT 1) IS NOT NULL
             OR (SELECT 1 FROM "OpenItemMovement" m WHERE m."accountId" = a."id" AND ${moved('m')} LIMIT 1) IS NOT NULL)
         ORDER BY a."code"
         LIMIT ${param(batch)}
       ), x AS (
         SELECT t."accountId" AS "accountId", COALESCE(t."dueDate", t."date") AS "dueOn", 1 AS "debitPositive",
                CASE WHEN t."typeVersionId" IN (${debitVersions}) THEN t."outstanding" ELSE -t."outstanding" END AS "amount"
         FROM acc CROSS JOIN "Transaction" t WHERE t."accountId" = acc."id" AND ${item('t')}
         UNION ALL
         SELECT m."accountId", m."dueOn", 0, -m."amount"
         FROM acc CROSS JOIN "OpenItemMovement" m WHERE m."accountId" = acc."id" AND ${moved('m')}
       )
       SELECT 0 AS "kind", acc."id" AS "accountId", acc."code" AS "code", ${AGED_B.map((i) => `${asText(onNormalSide(i))} AS "b${i}"`).join(', ')}
       FROM acc JOIN x ON x."accountId" = acc."id"
       GROUP BY acc."id", acc."code"
       HAVING ${AGED_B.map((i) => `${onNormalSide(i)} <> 0`).join(' OR ')}
       UNION ALL
       SELECT 1, NULL, MAX(acc."code"), ${AGED_B.map(() => asText('COUNT(*)')).join(', ')}
       FROM acc`,
      ...params,
    );
    const info = lines.find((l) => Number(l.kind) === 1)!;
    const rows = lines.filter((l) => Number(l.kind) === 0).map(agedRow).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return { rows, last: info.code, full: Number(info.b0 ?? '0') === batch };
  };
  const [totals, rows] = await Promise.all([
    totalsOf(),
    (async () => {
      const rows: AgedRow[] = [];
      let from = afterCode;
      for (;;) {
        const part = await pageFrom(from);
        rows.push(...part.rows);
        if (rows.length > size || !part.full || part.last === null) return rows;
        from = part.last;
      }
    })(),
  ]);
  return {
    bookId: scope.bookId, ledgerId: scope.ledgerId, asOf: scope.asOf, currency: scope.currency, orderBy: 'ACCOUNT_CODE', buckets: AGING_BUCKETS,
    rows: rows.slice(0, size), hasNextPage: rows.length > size, totals, total: totals.reduce((a, b) => a + b, 0n),
    rowCount: async () => (await agedOverLedger(db, scope, 'ACCOUNT_CODE', 0, undefined)).rowCount(),
  };
}

/**
 * The report over the whole ledger in one statement: every account's row (for the order by
 * most overdue, and the row count), the totals, and one page.
 */
async function agedOverLedger(
  db: Pick<Database, 'prisma' | 'kind'>,
  scope: AgedScope,
  orderBy: AgedOrder,
  size: number,
  after: { code: string; overdue?: string } | undefined,
): Promise<AgedBalancesReport> {
  const { bookId, asOf, currency: wanted } = scope;
  const ledger = { id: scope.ledgerId };

  // An item due on or after thresholds[0] is current, on or after thresholds[1] 1-30 days
  // past due, ... earlier than thresholds[3] 90+. The items open now are read first, through
  // the open-items index, and found in the ledger by their type version, signed
  // debit-positive by its direction; the movements since asOf are already signed on their account's normal
  // side. Both are summed per account before the account is joined in, once per account,
  // for its code and for the side the open items' sums turn to. "r" (every row) is read
  // twice, for the totals and for the page: both databases materialise it once.
  const B = AGED_B;
  const inBucket = (i: number) => `SUM(CASE WHEN ${dueInBucket(i, 'x."dueOn"')} THEN x."amount" ELSE 0 END) AS "b${i}"`;
  const onNormalSide = (i: number) => `SUM(CASE WHEN g."debitPositive" = 1 AND ac."normalSide" = 'CREDIT' THEN -g."b${i}" ELSE g."b${i}" END)`;
  const { params, param, debitVersions, ledgerVersions } = agedParameters(scope);
  const overdue = `(r."b1" + r."b2" + r."b3" + r."b4")`;
  const order = orderBy === 'ACCOUNT_CODE' ? `r."code"` : `${overdue} DESC, r."code"`;
  let position = '';
  if (after && orderBy === 'ACCOUNT_CODE') position = `WHERE r."code" > ${param(after.code)}`;
  if (after && orderBy === 'OVERDUE') {
    const o = `CAST(${param(after.overdue)} AS BIGINT)`;
    position = `WHERE ${overdue} < ${o} OR (${overdue} = ${o} AND r."code" > ${param(after.code)})`;
  }
  const text = asText;
  const lines = await rawQuery<({ kind: number | bigint; accountId: string | null; code: string | null; n: string } & Record<`b${number}`, string | null>)[]>(
    db,
    `WITH r AS (
       SELECT g."accountId" AS "accountId", ac."code" AS "code", ${B.map((i) => `${onNormalSide(i)} AS "b${i}"`).join(', ')}
       FROM (
         SELECT x."accountId" AS "accountId", x."debitPositive" AS "debitPositive", ${B.map(inBucket).join(', ')}
         FROM (
           SELECT t."accountId" AS "accountId", COALESCE(t."dueDate", t."date") AS "dueOn", 1 AS "debitPositive",
                  CASE WHEN t."typeVersionId" IN (${debitVersions}) THEN t."outstanding" ELSE -t."outstanding" END AS "amount"
           FROM "Transaction" t
           WHERE t."bookId" = $1 AND t."outstanding" > 0 AND t."status" = 'POSTED' AND t."date" <= $2 AND t."currency" = $3
             AND t."typeVersionId" IN (${ledgerVersions})
           UNION ALL
           SELECT m."accountId", m."dueOn", 0, -m."amount"
           FROM "OpenItemMovement" m
           WHERE m."bookId" = $1 AND m."ledgerId" = $8 AND m."currency" = $3 AND m."date" > $2 AND m."itemDate" <= $2
         ) x
         GROUP BY x."accountId", x."debitPositive"
       ) g CROSS JOIN "Account" ac
       WHERE ac."id" = g."accountId"
       GROUP BY g."accountId", ac."code"
       HAVING ${B.map((i) => `${onNormalSide(i)} <> 0`).join(' OR ')}
     )
     SELECT 0 AS "kind", p."accountId" AS "accountId", p."code" AS "code", ${B.map((i) => `${text(`p."b${i}"`)} AS "b${i}"`).join(', ')}, ${text('p."n"')} AS "n"
     FROM (
       SELECT r."accountId", r."code", ${B.map((i) => `r."b${i}"`).join(', ')}, ROW_NUMBER() OVER (ORDER BY ${order}) AS "n"
       FROM r ${position}
       ORDER BY ${order}
       LIMIT ${param(size + 1)}
     ) p
     UNION ALL
     SELECT 1, NULL, NULL, ${B.map((i) => `${text(`SUM(r."b${i}")`)}`).join(', ')}, ${text('COUNT(*)')}
     FROM r`,
    ...params,
  );
  const summary = lines.find((l) => Number(l.kind) === 1)!;
  const amountsOf = (l: (typeof lines)[number]) => B.map((i) => BigInt(l[`b${i}`] ?? '0'));
  const totals = amountsOf(summary);
  const page = lines.filter((l) => Number(l.kind) === 0).sort((a, b) => Number(a.n) - Number(b.n));
  const rows = page.slice(0, size).map((l): AgedRow => {
    const amounts = amountsOf(l);
    const total = amounts.reduce((a, b) => a + b, 0n);
    const row = { accountId: l.accountId!, code: l.code!, amounts, total, overdue: total - amounts[0]! };
    return { ...row, cursor: agedCursor(orderBy, row) };
  });
  return {
    bookId, ledgerId: ledger.id, asOf, currency: wanted, orderBy, buckets: AGING_BUCKETS,
    rows, hasNextPage: page.length > size, totals, total: totals.reduce((a, b) => a + b, 0n), rowCount: async () => Number(summary.n),
  };
}

// ----------------------------------------------------------------- reconciliation

export interface ControlReconciliationRow {
  ledgerId: string;
  controlAccountId: string;
  currency: string;
  /** Σ the ledger's accounts mirrored by this control account, on the control's normal side */
  ledgerTotal: bigint;
  controlBalance: bigint;
  difference: bigint;
}

/**
 * Posted debits less credits of a book's subsidiary accounts, summed in the database per
 * ledger, control account (the account's own, else its ledger's) and currency, now or as of
 * a date, from the ledgers' daily rollups (LedgerDailyBalance, kept by triggers on the
 * accounts' rollups): a few rows per ledger and day, whatever the number of accounts. Every
 * group of the ledgers' accounts appears, one with nothing posted at zero (read from the
 * accounts' covering index).
 */
async function ledgerTotals(db: Pick<Database, 'prisma' | 'kind'>, bookId: string, ledgerIds: string[], asOf?: string | null) {
  const ledgers = ledgerIds.map((_, i) => `$${i + 2}`).join(', ');
  const control = (own: string) => `COALESCE(${own}, l."controlAccountId")`;
  const [groups, sums] = await Promise.all([
    rawQuery<{ ledgerId: string; controlAccountId: string | null; currency: string }[]>(
      db,
      `SELECT g."ledgerId" AS "ledgerId", ${control('g."controlAccountId"')} AS "controlAccountId", g."currency" AS "currency"
       FROM (SELECT DISTINCT a."ledgerId", a."controlAccountId", a."currency" FROM "Account" a WHERE a."bookId" = $1 AND a."ledgerId" IN (${ledgers})) g
       CROSS JOIN "Ledger" l
       WHERE l."id" = g."ledgerId"`,
      bookId, ...ledgerIds,
    ),
    rawQuery<{ ledgerId: string; controlAccountId: string | null; currency: string; net: string | null }[]>(
      db,
      `SELECT s."ledgerId" AS "ledgerId", ${control(`NULLIF(s."controlAccountId", '')`)} AS "controlAccountId", s."currency" AS "currency",
              CAST(SUM(s."net") AS TEXT) AS "net"
       FROM (
         SELECT d."ledgerId", d."controlAccountId", d."currency", SUM(d."postedDebits" - d."postedCredits") AS "net"
         FROM "LedgerDailyBalance" d
         WHERE d."bookId" = $1 AND d."ledgerId" IN (${ledgers})${asOf ? ` AND d."date" <= $${ledgerIds.length + 2}` : ''}
         GROUP BY d."ledgerId", d."controlAccountId", d."currency"
       ) s CROSS JOIN "Ledger" l
       WHERE l."id" = s."ledgerId"
       GROUP BY s."ledgerId", ${control(`NULLIF(s."controlAccountId", '')`)}, s."currency"`,
      bookId, ...ledgerIds, ...(asOf ? [asOf] : []),
    ),
  ]);
  const key = (r: { ledgerId: string; controlAccountId: string | null; currency: string }) => `${r.ledgerId}|${r.controlAccountId ?? ''}|${r.currency}`;
  const result = new Map<string, bigint>(groups.map((g) => [key(g), 0n]));
  for (const r of sums) result.set(key(r), (result.get(key(r)) ?? 0n) + BigInt(r.net ?? '0'));
  return result;
}

/**
 * Invariant 2 proved on the figures: for every ledger that updates the nominal ledger,
 * per control account and currency, Σ of its accounts' posted balances (one aggregate in
 * the database, whatever the number of accounts) against the control account's posted
 * balance, as of a date or now.
 */
export async function reconciliation(db: Pick<Database, 'prisma' | 'kind'>, actor: Actor, bookId: string, asOf?: string | null): Promise<ControlReconciliationRow[]> {
  const { prisma } = db;
  await requireCapability(prisma, actor, bookId, 'read');
  const ledgers = await prisma.ledger.findMany({ where: { bookId, updatesNominal: true }, orderBy: { code: 'asc' } });
  if (ledgers.length === 0) return [];
  const totals = await ledgerTotals(db, bookId, ledgers.map((l) => l.id), asOf);
  const groups = new Map<string, { ledgerId: string; controlAccountId: string; currency?: string }>();
  for (const k of totals.keys()) {
    const [ledgerId, controlAccountId, currency] = k.split('|') as [string, string, string];
    // an account with no control account (none of its own, none in its ledger) mirrors nothing
    if (controlAccountId) groups.set(k, { ledgerId, controlAccountId, currency });
  }
  const controlIds = [...new Set([...groups.values()].map((g) => g.controlAccountId).concat(ledgers.flatMap((l) => (l.controlAccountId ? [l.controlAccountId] : []))))];
  const controls = new Map(
    (await prisma.account.findMany({ where: { id: { in: controlIds } }, select: { id: true, code: true, currency: true, normalSide: true } })).map((c) => [c.id, c]),
  );
  // a ledger with no accounts yet still shows its control account
  for (const ledger of ledgers) {
    const control = ledger.controlAccountId ? controls.get(ledger.controlAccountId) : undefined;
    if (control && ![...groups.values()].some((g) => g.ledgerId === ledger.id && g.controlAccountId === control.id)) {
      groups.set(`${ledger.id}|${control.id}|${control.currency}`, { ledgerId: ledger.id, controlAccountId: control.id, currency: control.currency });
    }
  }
  // a control account's own balance is shown once, in its own currency; accounts of another
  // currency under it (made before createAccount refused them) are a row of their own, unmirrored
  for (const group of [...groups.values()]) {
    const control = controls.get(group.controlAccountId)!;
    const own = `${group.ledgerId}|${control.id}|${control.currency}`;
    if (!groups.has(own)) groups.set(own, { ledgerId: group.ledgerId, controlAccountId: control.id, currency: control.currency });
  }
  const sums = await balanceSumsOf(prisma, bookId, controlIds, asOf);
  const rows: ControlReconciliationRow[] = [];
  for (const group of groups.values()) {
    const control = controls.get(group.controlAccountId)!;
    const side = (net: bigint) => signedAmount(control.normalSide, 'DEBIT', net);
    const currency = group.currency ?? control.currency;
    const ledgerTotal = side(totals.get(`${group.ledgerId}|${control.id}|${currency}`) ?? 0n);
    const controlBalance = currency === control.currency ? side(debitMinusCredit(sums.get(control.id)!)) : 0n;
    rows.push({ ledgerId: group.ledgerId, controlAccountId: control.id, currency, ledgerTotal, controlBalance, difference: ledgerTotal - controlBalance });
  }
  const ledgerOrder = new Map(ledgers.map((l, i) => [l.id, i]));
  const codeOf = (row: ControlReconciliationRow) => controls.get(row.controlAccountId)!.code;
  return rows.sort((a, b) => ledgerOrder.get(a.ledgerId)! - ledgerOrder.get(b.ledgerId)! || (codeOf(a) < codeOf(b) ? -1 : codeOf(a) > codeOf(b) ? 1 : 0) || (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}

// -------------------------------------------------------------------- tax summary

export interface TaxSummaryRow {
  taxCodeId: string;
  currency: string;
  net: bigint;
  tax: bigint;
}

/** The side on which a tax code's account grows: output tax is owed (credit), input tax reclaimed (debit). */
const GROWING_SIDE: Record<'SALES' | 'PURCHASES', Side> = { SALES: 'CREDIT', PURCHASES: 'DEBIT' };

/**
 * Net and tax per tax code (and currency) from the posted lines of taxable types dated in
 * the range, read from the days' totals kept with the postings (TaxDailyTotal): the VAT
 * return. A line counts with the sign its tax posted with (a credit note reduces the
 * return); a reversal's lines count against it.
 */
export async function taxSummary(prisma: Prisma, actor: Actor, bookId: string, from: string, to: string): Promise<TaxSummaryRow[]> {
  checkRange(from, to);
  await requireCapability(prisma, actor, bookId, 'read');
  const [book, codes, groups] = await Promise.all([
    prisma.book.findUnique({ where: { id: bookId }, select: { baseCurrency: true } }),
    prisma.taxCode.findMany({ where: { bookId }, orderBy: { code: 'asc' } }),
    // the days' totals the posting transaction keeps (TaxDailyTotal): a few rows per day
    prisma.$queryRaw<{ taxCodeId: string; typeVersionId: string; currency: string; reversal: number | bigint; net: string; tax: string }[]>`
      SELECT d."taxCodeId" AS "taxCodeId", d."typeVersionId" AS "typeVersionId", d."currency" AS "currency", d."reversal" AS "reversal",
             CAST(SUM(d."net") AS TEXT) AS "net", CAST(SUM(d."tax") AS TEXT) AS "tax"
      FROM "TaxDailyTotal" d
      WHERE d."bookId" = ${bookId} AND d."date" >= ${from} AND d."date" <= ${to}
      GROUP BY d."taxCodeId", d."typeVersionId", d."currency", d."reversal"`,
  ]);
  if (!book) throw notFound(`No book ${bookId}`);
  const versionIds = [...new Set(groups.map((g) => g.typeVersionId))];
  const versions = new Map(
    versionIds.length
      ? (await prisma.transactionTypeVersion.findMany({ where: { id: { in: versionIds } }, select: { id: true, direction: true, taxable: true } })).map((v) => [v.id, v])
      : [],
  );
  const codeById = new Map(codes.map((c) => [c.id, c]));
  const totals = new Map<string, TaxSummaryRow>();
  for (const group of groups) {
    const version = versions.get(group.typeVersionId);
    const code = codeById.get(group.taxCodeId);
    if (!version?.taxable || !code) continue;
    const taxSide = opposite(version.direction);
    const area = code.area === 'PURCHASES' ? 'PURCHASES' : 'SALES';
    let sign = taxSide === GROWING_SIDE[area] ? 1n : -1n;
    if (Number(group.reversal) === 1) sign = -sign;
    const key = `${code.id}|${group.currency}`;
    const row = totals.get(key) ?? { taxCodeId: code.id, currency: group.currency, net: 0n, tax: 0n };
    row.net += sign * BigInt(group.net);
    row.tax += sign * BigInt(group.tax);
    totals.set(key, row);
  }
  // every code appears (a return shows zero-rated and exempt boxes too), in code order
  const rows: TaxSummaryRow[] = [];
  for (const code of codes) {
    const mine = [...totals.values()].filter((r) => r.taxCodeId === code.id).sort((a, b) => a.currency.localeCompare(b.currency));
    rows.push(...(mine.length ? mine : [{ taxCodeId: code.id, currency: book.baseCurrency, net: 0n, tax: 0n }]));
  }
  return rows;
}
