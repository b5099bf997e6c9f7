// Reports: Book.trialBalance, agedBalances, reconciliation, taxSummary; Account.statement
// and controlEquation. The figures come from src/services/reports.ts; here they become
// decimal strings in the account's (or report's) currency.
import { builder } from './builder.ts';
import { actorOf } from './actor.ts';
import type { Context } from './context.ts';
import { AccountRef } from './accounts.ts';
import { TaxCodeRef } from './tax-codes.ts';
import { LedgerRef } from './ledgers.ts';
import { digitsOf, TransactionRef } from './transactions.ts';
import { PageInfoRef } from './pagination.ts';
import { formatAmount } from '../domain/money.ts';
import * as reports from '../services/reports.ts';
import type { Account as AccountRow } from '../generated/prisma/client.ts';

/** A report's figures travel with the digits of its currency. */
interface Priced<T> {
  report: T;
  digits: number;
}

const priced = async <T>(ctx: Context, bookId: string, currency: string, report: T): Promise<Priced<T>> => ({
  report,
  digits: await digitsOf(ctx, bookId, currency),
});

const accountById = async (ctx: Context, id: string) => (await ctx.loaders.account.load(id))!;

// ------------------------------------------------------------------ trial balance

type TrialLine = Priced<reports.TrialBalanceReport['lines'][number]>;

const TrialBalanceLineRef = builder.objectRef<TrialLine>('TrialBalanceLine').implement({
  fields: (t) => ({
    account: t.field({ type: AccountRef, resolve: (l, _a, ctx) => accountById(ctx, l.report.accountId) }),
    debit: t.field({ type: 'Decimal', resolve: (l) => formatAmount(l.report.debit, l.digits) }),
    credit: t.field({ type: 'Decimal', resolve: (l) => formatAmount(l.report.credit, l.digits) }),
  }),
});

const TrialBalanceRef = builder.objectRef<TrialBalanceShape>('TrialBalance').implement({
  fields: (t) => ({
    asOf: t.field({ type: 'Date', nullable: true, resolve: (tb) => tb.report.asOf }),
    currency: t.string({ resolve: (tb) => tb.report.currency }),
    lines: t.field({ type: [TrialBalanceLineRef], resolve: (tb) => tb.report.lines.map((report) => ({ report, digits: tb.digits })) }),
    totalDebits: t.field({ type: 'Decimal', resolve: (tb) => formatAmount(tb.report.totalDebits, tb.digits) }),
    totalCredits: t.field({ type: 'Decimal', resolve: (tb) => formatAmount(tb.report.totalCredits, tb.digits) }),
    baseCurrency: t.string({ description: "the book's base currency", resolve: async (tb, _a, ctx) => (await ctx.loaders.book.load(tb.bookId))!.baseCurrency }),
    baseTotalDebits: t.field({
      type: 'Decimal',
      description: "the lines' debit balances at their entries' base-currency amounts",
      resolve: async (tb, _a, ctx) => formatAmount((await baseTotals(ctx, tb)).debits, await baseDigits(ctx, tb.bookId)),
    }),
    baseTotalCredits: t.field({
      type: 'Decimal',
      description: "the lines' credit balances at their entries' base-currency amounts",
      resolve: async (tb, _a, ctx) => formatAmount((await baseTotals(ctx, tb)).credits, await baseDigits(ctx, tb.bookId)),
    }),
  }),
});

type TrialBalanceShape = Priced<reports.TrialBalanceReport> & { bookId: string; base?: Promise<{ debits: bigint; credits: bigint }> };
const baseTotals = (ctx: Context, tb: TrialBalanceShape) => (tb.base ??= reports.baseTotalsOf(ctx.prisma, tb.bookId, tb.report));
const baseDigits = async (ctx: Context, bookId: string) => digitsOf(ctx, bookId, (await ctx.loaders.book.load(bookId))!.baseCurrency);

// ---------------------------------------------------------------------- statement

type StatementLineShape = Priced<reports.StatementLine>;

const StatementLineRef = builder.objectRef<StatementLineShape>('StatementLine').implement({
  fields: (t) => ({
    date: t.field({ type: 'Date', resolve: (l) => l.report.date }),
    transaction: t.field({ type: TransactionRef, resolve: async (l, _a, ctx) => (await ctx.loaders.transaction.load(l.report.transactionId))! }),
    number: t.string({ description: "the transaction's document number", resolve: (l) => l.report.number }),
    reference: t.string({ nullable: true, resolve: (l) => l.report.reference }),
    description: t.string({ nullable: true, resolve: (l) => l.report.description }),
    debit: t.field({ type: 'Decimal', nullable: true, resolve: (l) => (l.report.debit === null ? null : formatAmount(l.report.debit, l.digits)) }),
    credit: t.field({ type: 'Decimal', nullable: true, resolve: (l) => (l.report.credit === null ? null : formatAmount(l.report.credit, l.digits)) }),
    runningBalance: t.field({
      type: 'Decimal',
      description: "by date order from the opening balance, signed by the account's normal side",
      resolve: (l) => formatAmount(l.report.runningBalance, l.digits),
    }),
  }),
});

const StatementRef = builder.objectRef<Priced<reports.StatementReport>>('Statement').implement({
  description: "opening + debits − credits = closing (credits − debits for a credit-normal account)",
  fields: (t) => {
    const amount = (pick: (s: reports.StatementReport) => bigint) =>
      t.field({ type: 'Decimal', resolve: (s) => formatAmount(pick(s.report), s.digits) });
    return {
      account: t.field({ type: AccountRef, resolve: (s, _a, ctx) => accountById(ctx, s.report.account.id) }),
      from: t.field({ type: 'Date', resolve: (s) => s.report.from }),
      to: t.field({ type: 'Date', resolve: (s) => s.report.to }),
      currency: t.string({ resolve: (s) => s.report.account.currency }),
      opening: amount((s) => s.opening),
      closing: amount((s) => s.closing),
      debits: amount((s) => s.debits),
      credits: amount((s) => s.credits),
      lines: t.field({ type: [StatementLineRef], resolve: (s) => s.report.lines.map((report) => ({ report, digits: s.digits })) }),
    };
  },
});

const ControlEquationRef = builder.objectRef<Priced<reports.ControlEquation & { currency: string }>>('ControlEquation').implement({
  description: 'opening + movements − settlements = closing for one account and period (invariant 5); difference is zero',
  fields: (t) => {
    const amount = (pick: (s: reports.ControlEquation) => bigint, description: string) =>
      t.field({ type: 'Decimal', description, resolve: (s) => formatAmount(pick(s.report), s.digits) });
    return {
      opening: amount((s) => s.opening, 'posted balance at the end of the day before from (daily rollups)'),
      movements: amount((s) => s.movements, "posted entries in the period on the account's normal side"),
      settlements: amount((s) => s.settlements, 'posted entries in the period on the other side'),
      closing: amount((s) => s.closing, 'posted balance at the end of to (daily rollups)'),
      difference: amount((s) => s.difference, 'opening + movements − settlements − closing'),
      currency: t.string({ resolve: (s) => s.report.currency }),
    };
  },
});

builder.prismaObjectFields('Account', (t) => ({
  statement: t.field({
    type: StatementRef,
    args: { from: t.arg({ type: 'Date', required: true }), to: t.arg({ type: 'Date', required: true }) },
    resolve: async (account, { from, to }, ctx) =>
      priced(ctx, account.bookId, account.currency, await reports.statement(ctx.prisma, actorOf(ctx), account, from, to)),
  }),
  controlEquation: t.field({
    type: ControlEquationRef,
    args: { from: t.arg({ type: 'Date', required: true }), to: t.arg({ type: 'Date', required: true }) },
    resolve: async (account, { from, to }, ctx) => {
      const equation = await reports.controlEquation(ctx.prisma, actorOf(ctx), account, from, to);
      return priced(ctx, account.bookId, account.currency, { ...equation, currency: account.currency });
    },
  }),
}));

// ------------------------------------------------------------------ aged balances

type AgedRowShape = Priced<reports.AgedRow> & { account: AccountRow };

const AgedRowRef = builder.objectRef<AgedRowShape>('AgedRow').implement({
  fields: (t) => ({
    account: t.field({ type: AccountRef, resolve: (r) => r.account }),
    amounts: t.field({ type: ['Decimal'], description: 'one per bucket, in the order of buckets', resolve: (r) => r.report.amounts.map((a) => formatAmount(a, r.digits)) }),
    total: t.field({ type: 'Decimal', resolve: (r) => formatAmount(r.report.total, r.digits) }),
    overdue: t.field({ type: 'Decimal', description: 'the past-due buckets together (total less current): what OVERDUE orders by', resolve: (r) => formatAmount(r.report.overdue, r.digits) }),
    cursor: t.string({ description: "this row's place in the report's order, for after", resolve: (r) => r.report.cursor }),
  }),
});

const AgedOrderRef = builder.enumType('AgedOrder', {
  description: 'the order of aged rows',
  values: {
    ACCOUNT_CODE: { description: 'by account code' },
    OVERDUE: { description: 'most overdue first (the past-due buckets together), then by account code' },
  } as const,
});

const AgedBalancesRef = builder.objectRef<Priced<reports.AgedBalancesReport>>('AgedBalances').implement({
  description: 'totals over every account of the ledger; rows one page of them (first, after, orderBy of agedBalances)',
  fields: (t) => ({
    asOf: t.field({ type: 'Date', resolve: (a) => a.report.asOf }),
    currency: t.string({ resolve: (a) => a.report.currency }),
    buckets: t.stringList({ description: 'days past due: current, 1-30, 31-60, 61-90, 90+', resolve: (a) => [...a.report.buckets] }),
    rows: t.field({
      type: [AgedRowRef],
      description: 'one page: the accounts with something open, in the order asked',
      // the page's accounts in one read: a row is resolved whole, with no promise per row
      resolve: async (a, _args, ctx) => {
        const accounts = await ctx.loaders.account.loadMany(a.report.rows.map((row) => row.accountId));
        return a.report.rows.map((report, i) => ({ report, digits: a.digits, account: accounts[i] as AccountRow }));
      },
    }),
    pageInfo: t.field({
      type: PageInfoRef,
      resolve: (a) => ({ hasNextPage: a.report.hasNextPage, endCursor: a.report.rows.at(-1)?.cursor ?? null }),
    }),
    rowCount: t.int({ description: 'the rows of the whole report, every page (it reads every account of the ledger: ask only when needed)', resolve: (a) => a.report.rowCount() }),
    totals: t.field({ type: ['Decimal'], description: 'per bucket, over every row', resolve: (a) => a.report.totals.map((v) => formatAmount(v, a.digits)) }),
    total: t.field({ type: 'Decimal', resolve: (a) => formatAmount(a.report.total, a.digits) }),
  }),
});

// ----------------------------------------------------------------- reconciliation

const ControlReconciliationRef = builder.objectRef<Priced<reports.ControlReconciliationRow>>('ControlReconciliation').implement({
  fields: (t) => {
    const amount = (pick: (r: reports.ControlReconciliationRow) => bigint) =>
      t.field({ type: 'Decimal', resolve: (r) => formatAmount(pick(r.report), r.digits) });
    return {
      ledger: t.field({
        type: LedgerRef,
        resolve: async (r, _a, ctx) => (await ctx.loaders.ledger.load(r.report.ledgerId))!,
      }),
      controlAccount: t.field({ type: AccountRef, resolve: (r, _a, ctx) => accountById(ctx, r.report.controlAccountId) }),
      ledgerTotal: amount((r) => r.ledgerTotal),
      controlBalance: amount((r) => r.controlBalance),
      difference: amount((r) => r.difference),
      currency: t.string({ resolve: (r) => r.report.currency }),
    };
  },
});

// -------------------------------------------------------------------- tax summary

const TaxSummaryLineRef = builder.objectRef<Priced<reports.TaxSummaryRow>>('TaxSummaryLine').implement({
  fields: (t) => ({
    taxCode: t.field({ type: TaxCodeRef, resolve: async (r, _a, ctx) => (await ctx.loaders.taxCode.load(r.report.taxCodeId))! }),
    net: t.field({ type: 'Decimal', resolve: (r) => formatAmount(r.report.net, r.digits) }),
    tax: t.field({ type: 'Decimal', resolve: (r) => formatAmount(r.report.tax, r.digits) }),
    currency: t.string({ resolve: (r) => r.report.currency }),
  }),
});

builder.prismaObjectFields('Book', (t) => ({
  trialBalance: t.field({
    type: TrialBalanceRef,
    description: "the nominal ledger's balances in one currency (default: the book's base currency)",
    args: { asOf: t.arg({ type: 'Date' }), currency: t.arg.string() },
    resolve: async (book, { asOf, currency }, ctx) => {
      const report = await reports.trialBalance(ctx.prisma, actorOf(ctx), book.id, { asOf, currency });
      return { ...(await priced(ctx, book.id, report.currency, report)), bookId: book.id };
    },
  }),
  agedBalances: t.field({
    type: AgedBalancesRef,
    description: "open items of a ledger's accounts as they stood on asOf, by days past due, in one currency (default: the base currency): totals over the ledger, rows a page of 100 (first, after) by account code or most overdue first",
    args: {
      ledgerCode: t.arg.string({ required: true }),
      asOf: t.arg({ type: 'Date', required: true }),
      currency: t.arg.string(),
      first: t.arg.int({ description: `rows per page (default ${reports.AGED_DEFAULT_PAGE}, at most ${reports.AGED_MAX_PAGE})` }),
      after: t.arg.string({ description: 'the endCursor of the page before, in the same order' }),
      orderBy: t.arg({ type: AgedOrderRef, defaultValue: 'ACCOUNT_CODE' }),
    },
    resolve: async (book, { ledgerCode, asOf, currency, first, after, orderBy }, ctx) => {
      const report = await reports.agedBalances(ctx.db, actorOf(ctx), book.id, ledgerCode, asOf, { currency, first, after, orderBy });
      return priced(ctx, book.id, report.currency, report);
    },
  }),
  reconciliation: t.field({
    type: [ControlReconciliationRef],
    args: { asOf: t.arg({ type: 'Date' }) },
    resolve: async (book, { asOf }, ctx) => {
      const rows = await reports.reconciliation(ctx.db, actorOf(ctx), book.id, asOf);
      return Promise.all(rows.map((row) => priced(ctx, book.id, row.currency, row)));
    },
  }),
  taxSummary: t.field({
    type: [TaxSummaryLineRef],
    args: { from: t.arg({ type: 'Date', required: true }), to: t.arg({ type: 'Date', required: true }) },
    resolve: async (book, { from, to }, ctx) => {
      const rows = await reports.taxSummary(ctx.prisma, actorOf(ctx), book.id, from, to);
      return Promise.all(rows.map((row) => priced(ctx, book.id, row.currency, row)));
    },
  }),
}));
