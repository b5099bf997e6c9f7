// `daybook export …`: files for an accountant, read through the same report services as the
// GraphQL API (so the figures are the reports'): CSV with formula-injection escaping, and an
// audit file of JSON lines. Bounded: a date range of at most EXPORT_MAX_DAYS days.
import { formatAmount } from '../domain/money.ts';
import { notFound } from '../domain/errors.ts';
import { requireCapability } from '../services/access.ts';
import { agedBalances, digitsIn, statement, taxSummary, trialBalance } from '../services/reports.ts';
import { UsageError, type Direct } from './common.ts';
import { toCsv } from './csv.ts';

export const EXPORT_MAX_DAYS = 3660;
/** transactions read per page for the journal and the audit file */
const PAGE = 1000;

function checkRange(from: string, to: string): void {
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
  if (days > EXPORT_MAX_DAYS) throw new UsageError(`--from … --to spans ${days} days; at most ${EXPORT_MAX_DAYS}: export it in parts`);
}

const AMOUNT_COLUMNS = new Set(['debit', 'credit', 'balance', 'amount', 'net', 'tax', 'gross', 'total']);

export async function trialBalanceCsv({ db, actor }: Direct, bookId: string, asOf?: string, currency?: string): Promise<string> {
  const report = await trialBalance(db.prisma, actor, bookId, { asOf: asOf ?? null, currency: currency ?? null });
  const digits = await digitsIn(db.prisma, bookId, report.currency);
  const names = new Map(
    (await db.prisma.account.findMany({ where: { id: { in: report.lines.map((l) => l.accountId) } }, select: { id: true, name: true } })).map((a) => [a.id, a.name]),
  );
  const amount = (value: bigint) => (value === 0n ? '' : formatAmount(value, digits));
  return toCsv(
    ['code', 'name', 'debit', 'credit'],
    [
      ...report.lines.map((l) => [l.code, names.get(l.accountId) ?? '', amount(l.debit), amount(l.credit)]),
      ['', `Total (${report.currency}${asOf ? `, as of ${asOf}` : ''})`, formatAmount(report.totalDebits, digits), formatAmount(report.totalCredits, digits)],
    ],
    AMOUNT_COLUMNS,
  );
}

async function accountByCode({ db, actor }: Direct, bookId: string, code: string) {
  await requireCapability(db.prisma, actor, bookId, 'read');
  const account = await db.prisma.account.findUnique({ where: { bookId_code: { bookId, code } } });
  if (!account) throw notFound(`No account "${code}" in this book`, { field: 'account' });
  return account;
}

export async function statementCsvOf(direct: Direct, bookId: string, code: string, from: string, to: string): Promise<string> {
  checkRange(from, to);
  const account = await accountByCode(direct, bookId, code);
  const report = await statement(direct.db.prisma, direct.actor, account, from, to);
  const digits = await digitsIn(direct.db.prisma, bookId, account.currency);
  const amount = (value: bigint | null) => (value === null ? '' : formatAmount(value, digits));
  return toCsv(
    ['date', 'transaction', 'reference', 'description', 'debit', 'credit', 'balance'],
    [
      [report.from, '', '', 'Opening balance', '', '', amount(report.opening)],
      ...report.lines.map((l) => [l.date, l.number, l.reference, l.description, amount(l.debit), amount(l.credit), amount(l.runningBalance)]),
      [report.to, '', '', 'Closing balance', amount(report.debits), amount(report.credits), amount(report.closing)],
    ],
    AMOUNT_COLUMNS,
  );
}

export async function agedCsv({ db, actor }: Direct, bookId: string, ledgerCode: string, asOf: string, currency?: string): Promise<string> {
  // every row: the report answers in pages of at most 500
  const report = await agedBalances(db, actor, bookId, ledgerCode, asOf, { currency: currency ?? null, first: 500 });
  for (let page = report; page.hasNextPage; ) {
    page = await agedBalances(db, actor, bookId, ledgerCode, asOf, { currency: currency ?? null, first: 500, after: page.rows.at(-1)!.cursor });
    report.rows.push(...page.rows);
  }
  const digits = await digitsIn(db.prisma, bookId, report.currency);
  const names = new Map(
    (await db.prisma.account.findMany({ where: { id: { in: report.rows.map((r) => r.accountId) } }, select: { id: true, name: true } })).map((a) => [a.id, a.name]),
  );
  const f = (value: bigint) => formatAmount(value, digits);
  const header = ['code', 'name', ...report.buckets, 'total'];
  return toCsv(
    header,
    [
      ...report.rows.map((r) => [r.code, names.get(r.accountId) ?? '', ...r.amounts.map(f), f(r.total)]),
      ['', `Total (${report.currency}, as of ${asOf})`, ...report.totals.map(f), f(report.total)],
    ],
    new Set([...AMOUNT_COLUMNS, ...report.buckets]),
  );
}

export async function taxSummaryCsv({ db, actor }: Direct, bookId: string, from: string, to: string): Promise<string> {
  checkRange(from, to);
  const rows = await taxSummary(db.prisma, actor, bookId, from, to);
  const codes = new Map(
    (await db.prisma.taxCode.findMany({ where: { bookId }, select: { id: true, code: true, name: true, rate: true } })).map((t) => [t.id, t]),
  );
  const out: string[][] = [];
  for (const row of rows) {
    const digits = await digitsIn(db.prisma, bookId, row.currency);
    const code = codes.get(row.taxCodeId);
    out.push([code?.code ?? '', code?.name ?? '', code?.rate ?? '', row.currency, formatAmount(row.net, digits), formatAmount(row.tax, digits)]);
  }
  return toCsv(['tax_code', 'name', 'rate', 'currency', 'net', 'tax'], out, AMOUNT_COLUMNS);
}

/** The posted transactions dated in the range, a page at a time, with their entries. */
async function* transactionsIn({ db, actor }: Direct, bookId: string, from: string, to: string) {
  checkRange(from, to);
  await requireCapability(db.prisma, actor, bookId, 'read');
  const accounts = new Map(
    (await db.prisma.account.findMany({ where: { bookId }, select: { id: true, code: true, name: true, ledger: { select: { code: true, kind: true } } } })).map((a) => [a.id, a]),
  );
  const types = new Map((await db.prisma.transactionType.findMany({ where: { bookId }, select: { id: true, code: true } })).map((t) => [t.id, t.code]));
  let cursor: string | undefined;
  for (;;) {
    const page = await db.prisma.transaction.findMany({
      where: { bookId, date: { gte: from, lte: to }, status: { in: ['POSTED', 'PENDING'] }, ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: 'asc' },
      take: PAGE,
      include: { entries: { orderBy: { id: 'asc' } } },
    });
    if (!page.length) return;
    yield { page, accounts, types };
    cursor = page[page.length - 1]!.id;
  }
}

/** The entries of a period: one row per entry, in date then posting order within each page. */
export async function journalCsv(direct: Direct, bookId: string, from: string, to: string): Promise<string> {
  const rows: string[][] = [];
  const digitsCache = new Map<string, number>();
  const digits = async (currency: string) => digitsCache.get(currency) ?? digitsCache.set(currency, await digitsIn(direct.db.prisma, bookId, currency)).get(currency)!;
  const all: { date: string; number: string; row: string[] }[] = [];
  for await (const { page, accounts, types } of transactionsIn(direct, bookId, from, to)) {
    for (const t of page) {
      for (const e of t.entries) {
        const account = accounts.get(e.accountId);
        const amount = formatAmount(e.amount, await digits(e.currency));
        all.push({
          date: t.date,
          number: t.number,
          row: [t.date, t.number, types.get(t.typeId) ?? '', t.status, t.reference ?? '', t.description ?? '', account?.ledger.code ?? '', account?.code ?? '', account?.name ?? '', e.side === 'DEBIT' ? amount : '', e.side === 'CREDIT' ? amount : '', e.currency],
        });
      }
    }
  }
  all.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1));
  for (const { row } of all) rows.push(row);
  return toCsv(['date', 'transaction', 'type', 'status', 'reference', 'description', 'ledger', 'account', 'account_name', 'debit', 'credit', 'currency'], rows, AMOUNT_COLUMNS);
}

/** The audit file: one JSON object per line for each transaction of the range, with its entries. */
export async function auditJsonLines(direct: Direct, bookId: string, from: string, to: string, write: (line: string) => void): Promise<number> {
  let count = 0;
  const digitsCache = new Map<string, number>();
  const digits = async (currency: string) => digitsCache.get(currency) ?? digitsCache.set(currency, await digitsIn(direct.db.prisma, bookId, currency)).get(currency)!;
  for await (const { page, accounts, types } of transactionsIn(direct, bookId, from, to)) {
    for (const t of page) {
      const d = await digits(t.currency);
      write(
        JSON.stringify({
          id: t.id,
          number: t.number,
          type: types.get(t.typeId),
          status: t.status,
          date: t.date,
          dueDate: t.dueDate,
          reference: t.reference,
          description: t.description,
          currency: t.currency,
          net: formatAmount(t.net, d),
          tax: formatAmount(t.tax, d),
          gross: formatAmount(t.gross, d),
          account: t.accountId ? accounts.get(t.accountId)?.code : null,
          counterAccount: t.counterAccountId ? accounts.get(t.counterAccountId)?.code : null,
          reversalOf: t.reversalOfId,
          createdById: t.createdById,
          createdAt: t.createdAt.toISOString(),
          postedAt: t.postedAt?.toISOString() ?? null,
          entries: await Promise.all(
            t.entries.map(async (e) => ({
              account: accounts.get(e.accountId)?.code,
              // the nominal ledger's entries balance; a subsidiary ledger's mirror its control account
              ledger: accounts.get(e.accountId)?.ledger.code,
              nominal: accounts.get(e.accountId)?.ledger.kind === 'NOMINAL',
              side: e.side,
              amount: formatAmount(e.amount, await digits(e.currency)),
              currency: e.currency,
              sequence: e.sequence,
            })),
          ),
        }) + '\n',
      );
      count++;
    }
  }
  return count;
}
