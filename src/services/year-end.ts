// closeYear: the year-end journal that carries every income and expense balance to
// retained earnings, posted through the posting service (preparePosting, writePosting),
// and the year's periods closed, in one database transaction. Rules: src/domain/periods.ts.
import { baseAmounts } from '../domain/exchange.ts';
import { isoCurrencyDigits } from '../domain/currency.ts';
import { DomainError, badInput, notFound } from '../domain/errors.ts';
import { formatAmount } from '../domain/money.ts';
import { checkYearEnd, closingLines, periodsOfYear, yearStartOf, type ProfitAndLossBalance } from '../domain/periods.ts';
import { checkPeriodCanClose, isCalendarDate } from '../domain/configuration.ts';
import { computeBalance } from '../domain/balances.ts';
import type { Database, Tx } from '../db.ts';
import { runChange } from './runner.ts';
import { requireCapability, type Actor, trailOf } from './access.ts';
import { recordAudit } from './audit.ts';
import { lockPeriod } from './periods.ts';
import { postingContexts } from './posting-context.ts';
import { accountLookup, buildPosting, parseTransactionInput } from '../domain/posting.ts';
import { uuidv7 } from '../ids.ts';
import { loadAccounts, requestHash, toTypeVersion, writePosting, type CreateTransactionInput, type PostingListener, type PreparedPosting } from './posting.ts';

export interface CloseYearInput {
  bookId: string;
  yearEnd: string;
  retainedEarningsAccountCode: string;
  /** the JOURNAL type to post with; default: the nominal ledger's first JOURNAL type */
  typeCode?: string | null;
}

/** The journal type closeYear posts with: the one named, else the first JOURNAL type of a NOMINAL ledger. */
async function journalTypeCode(tx: Tx, bookId: string, typeCode: string | null | undefined): Promise<string> {
  if (typeCode) return typeCode;
  const types = await tx.transactionType.findMany({ where: { bookId }, orderBy: { code: 'asc' } });
  const versions = await tx.transactionTypeVersion.findMany({ where: { bookId, template: 'JOURNAL' } });
  const ledgers = new Map((await tx.ledger.findMany({ where: { bookId, kind: 'NOMINAL' } })).map((l) => [l.id, l]));
  const journal = types.find((t) => ledgers.has(t.ledgerId) && versions.some((v) => v.typeId === t.id && v.version === t.currentVersion));
  if (!journal) {
    throw badInput('this book has no JOURNAL type in a NOMINAL ledger to post the year-end journal: create one, or name it in typeCode', {
      field: 'typeCode',
    });
  }
  return journal.code;
}

/**
 * Plans the year-end journal inside the closing transaction, with the accounts read there,
 * as a reversal is planned: buildPosting over the JOURNAL type, then writePosting.
 */
async function planJournal(tx: Tx, actor: Actor, raw: CreateTransactionInput): Promise<PreparedPosting> {
  const type = await tx.transactionType.findUnique({ where: { bookId_code: { bookId: raw.bookId, code: raw.typeCode } } });
  if (!type) throw notFound(`typeCode "${raw.typeCode}" is not a transaction type of this book`, { field: 'typeCode' });
  const versionRow = await tx.transactionTypeVersion.findUniqueOrThrow({ where: { typeId_version: { typeId: type.id, version: type.currentVersion } } });
  const ledger = await tx.ledger.findUniqueOrThrow({ where: { id: type.ledgerId } });
  const version = toTypeVersion(versionRow, ledger);
  if (version.template !== 'JOURNAL') throw badInput(`typeCode "${type.code}" is not a JOURNAL type`, { field: 'typeCode' });
  const refs = await loadAccounts(tx, raw.bookId, { codes: (raw.lines ?? []).map((l) => l.accountCode!) });
  const accounts = accountLookup(refs);
  const input = parseTransactionInput(raw, { defaultCurrency: raw.currency!, currency: (code) => isoCurrencyDigits(code), quantity: () => undefined });
  const built = buildPosting({ type: version, accounts, taxCodes: new Map(), input });
  // a journal in the base currency (raw.currency): each entry's base amount is its amount
  const digits = isoCurrencyDigits(raw.currency!) ?? 2;
  const plan = { ...built, entries: baseAmounts(built.entries, accounts, { baseCurrency: raw.currency!, baseDigits: digits, currency: raw.currency!, digits, rate: null }) };
  return {
    id: uuidv7(), bookId: raw.bookId, actor, raw, requestHash: requestHash(raw), idempotencyKey: null, expected: [],
    type: { id: type.id, code: type.code, numberPrefix: type.numberPrefix }, version, input, plan,
    accounts: new Map(refs.map((a) => [a.id, a])), source: null,
  };
}

/** Posted balances of the book's income and expense accounts as of a date, one query at a time. */
async function profitAndLoss(tx: Tx, bookId: string, asOf: string): Promise<ProfitAndLossBalance[]> {
  const accounts = await tx.account.findMany({ where: { bookId, type: { in: ['INCOME', 'EXPENSE'] } } });
  if (accounts.length === 0) return [];
  const sums = await tx.dailyBalance.groupBy({
    by: ['accountId'],
    where: { bookId, accountId: { in: accounts.map((a) => a.id) }, date: { lte: asOf } },
    _sum: { postedDebits: true, postedCredits: true },
  });
  const byId = new Map(sums.map((s) => [s.accountId, s._sum]));
  return accounts.map((a) => {
    const s = byId.get(a.id);
    const posted = computeBalance(a.normalSide, {
      postedDebits: s?.postedDebits ?? 0n, postedCredits: s?.postedCredits ?? 0n, pendingDebits: 0n, pendingCredits: 0n,
    }).posted;
    return { accountId: a.id, code: a.code, type: a.type, currency: a.currency, normalSide: a.normalSide, posted };
  });
}

/** The contract's closeYear (ADMIN). */
export async function closeYear(db: Database, actor: Actor, input: CloseYearInput, onCommit?: PostingListener) {
  if (!isCalendarDate(input.yearEnd)) {
    throw badInput(`yearEnd "${input.yearEnd}" is not a calendar date written YYYY-MM-DD`, { field: 'yearEnd' });
  }
  const transaction = await runChange(db.prisma, async (tx) => {
    await requireCapability(tx, actor, input.bookId, 'configure');
    const book = await tx.book.findUnique({ where: { id: input.bookId } });
    if (!book) throw notFound(`No book ${input.bookId}`, { field: 'bookId' });
    const retained = await tx.account.findUnique({ where: { bookId_code: { bookId: book.id, code: input.retainedEarningsAccountCode } } });
    if (!retained) {
      throw notFound(`retainedEarningsAccountCode "${input.retainedEarningsAccountCode}" is not an account of this book`, {
        field: 'retainedEarningsAccountCode',
      });
    }
    const periods = await tx.period.findMany({ where: { bookId: book.id }, orderBy: { id: 'asc' } });
    checkYearEnd(periods, input.yearEnd);
    const year = periodsOfYear(periods, input.yearEnd);
    // postings dated in the year hold its periods FOR SHARE: the close waits for them, then sums
    for (const period of year) await lockPeriod(tx, db.kind, period.id);
    const locked = await tx.period.findMany({ where: { id: { in: year.map((p) => p.id) } }, orderBy: { start: 'asc' } });
    const open = locked.filter((p) => p.status === 'OPEN');
    const last = locked.find((p) => p.end === input.yearEnd)!;
    if (last.status === 'CLOSED') {
      throw new DomainError(
        'PERIOD_CLOSED',
        `the year-end journal is dated ${input.yearEnd}, in period "${last.name}", which is closed: reopen it (reopenPeriod) to close the year`,
        { date: input.yearEnd, period: last.name },
      );
    }
    for (const period of open) {
      const pending = await tx.transaction.count({
        where: { bookId: book.id, status: 'PENDING', date: { gte: period.start, lte: period.end } },
      });
      checkPeriodCanClose(period, pending);
    }
    const lines = closingLines(await profitAndLoss(tx, book.id, input.yearEnd), retained, book.baseCurrency);
    if (lines.length === 0) {
      throw new DomainError('INVALID_STATE', `every income and expense account is at zero on ${input.yearEnd}: there is nothing to carry to retained earnings`, {
        field: 'yearEnd',
      });
    }
    const digits = isoCurrencyDigits(book.baseCurrency) ?? 2;
    const prepared = await planJournal(tx, actor, {
      bookId: book.id,
      typeCode: await journalTypeCode(tx, book.id, input.typeCode),
      date: input.yearEnd,
      currency: book.baseCurrency,
      reference: `YE-${input.yearEnd}`,
      description: `Year end ${yearStartOf(input.yearEnd)} to ${input.yearEnd}: income and expense to retained earnings`,
      lines: lines.map((line) => ({ accountCode: line.accountCode, side: line.side, net: formatAmount(line.amount, digits) })),
    });
    const journal = await writePosting(tx, db, prepared);
    const now = new Date();
    for (const period of open) {
      const closed = await tx.period.update({ where: { id: period.id }, data: { status: 'CLOSED', closedAt: now, closedById: actor.userId } });
      await recordAudit(tx, {
        bookId: book.id, actorId: actor.userId, ...trailOf(actor), action: 'period.close', entityType: 'Period', entityId: period.id, before: period, after: closed,
      });
    }
    await recordAudit(tx, {
      bookId: book.id,
      actorId: actor.userId, ...trailOf(actor),
      action: 'year.close',
      entityType: 'Transaction',
      entityId: journal.id,
      after: { yearEnd: input.yearEnd, retainedEarnings: retained.code, journal: journal.number, periodsClosed: open.map((p) => p.name) },
    });
    return journal;
  });
  postingContexts(db).invalidate(transaction.bookId);
  onCommit?.(transaction.id, transaction.bookId);
  return transaction;
}
