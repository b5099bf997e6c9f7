// Receivables insight: Book.latePayers and Book.receivablesForecast over the SALES ledgers.
// Figures from src/services/receivables.ts, as decimal strings in the report's currency.
import { builder } from './builder.ts';
import { actorOf } from './actor.ts';
import { AccountRef } from './accounts.ts';
import { digitsOf } from './transactions.ts';
import { formatAmount } from '../domain/money.ts';
import type { ForecastWeek, LatePayerRow } from '../domain/receivables.ts';
import * as receivables from '../services/receivables.ts';
import type { Account as AccountRow } from '../generated/prisma/client.ts';

type LatePayerShape = { row: LatePayerRow; digits: number; account: AccountRow };

const LatePayerRef = builder.objectRef<LatePayerShape>('LatePayer').implement({
  description: 'one customer of a SALES ledger: how late they pay and what they owe past due',
  fields: (t) => ({
    account: t.field({ type: AccountRef, resolve: (r) => r.account }),
    overdue: t.field({ type: 'Decimal', description: 'outstanding on asOf of the invoices due before asOf', resolve: (r) => formatAmount(r.row.overdue, r.digits) }),
    overdueItems: t.int({ description: 'the invoices past due on asOf with something outstanding', resolve: (r) => r.row.overdueItems }),
    averageDaysToPay: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'Σ(settled × days from invoice date to settlement) / Σ settled over the window, to one decimal place (half-even); null when nothing was settled in the window',
      resolve: (r) => (r.row.averageDaysTenths === null ? null : formatAmount(r.row.averageDaysTenths, 1)),
    }),
    settled: t.field({ type: 'Decimal', description: 'what the window settled of their invoices: the weight of the average', resolve: (r) => formatAmount(r.row.settled, r.digits) }),
    settlements: t.int({ description: 'the allocations in the window the average is taken over', resolve: (r) => r.row.settlements }),
  }),
});

const LatePayersRef = builder.objectRef<{ report: receivables.LatePayersReport; digits: number }>('LatePayers').implement({
  description: 'the SALES ledgers\' customers in one currency, most overdue first, then the slowest payer',
  fields: (t) => ({
    asOf: t.field({ type: 'Date', resolve: (r) => r.report.asOf }),
    windowDays: t.int({ resolve: (r) => r.report.windowDays }),
    windowStart: t.field({ type: 'Date', description: 'the first day of the window (asOf is its last)', resolve: (r) => r.report.windowStart }),
    currency: t.string({ resolve: (r) => r.report.currency }),
    rowCount: t.int({ description: 'the rows before first cut them', resolve: (r) => r.report.rowCount }),
    rows: t.field({
      type: [LatePayerRef],
      resolve: async (r, _a, ctx) => {
        const accounts = await ctx.loaders.account.loadMany(r.report.rows.map((row) => row.accountId));
        return r.report.rows.map((row, i) => ({ row, digits: r.digits, account: accounts[i] as AccountRow }));
      },
    }),
  }),
});

type WeekShape = { week: ForecastWeek; digits: number };

const ForecastWeekRef = builder.objectRef<WeekShape>('ForecastWeek').implement({
  description: 'the open invoices falling due between start and end (inclusive)',
  fields: (t) => ({
    start: t.field({ type: 'Date', nullable: true, description: 'null for the overdue bucket', resolve: (w) => w.week.start || null }),
    end: t.field({ type: 'Date', nullable: true, description: 'null for the later bucket', resolve: (w) => w.week.end || null }),
    amount: t.field({ type: 'Decimal', resolve: (w) => formatAmount(w.week.amount, w.digits) }),
    items: t.int({ resolve: (w) => w.week.items }),
  }),
});

const ReceivablesForecastRef = builder.objectRef<{ report: receivables.ReceivablesForecastReport; digits: number }>('ReceivablesForecast').implement({
  description: 'expected receipts: the SALES ledgers\' invoices open at the end of from, by the week they fall due; overdue + weeks + later = total',
  fields: (t) => {
    const week = (w: ForecastWeek, digits: number) => ({ week: w, digits });
    return {
      from: t.field({ type: 'Date', resolve: (r) => r.report.from }),
      currency: t.string({ resolve: (r) => r.report.currency }),
      overdue: t.field({ type: ForecastWeekRef, description: 'due before from and still outstanding', resolve: (r) => week(r.report.overdue, r.digits) }),
      weeks: t.field({ type: [ForecastWeekRef], description: 'week 1 is from and the six days after it', resolve: (r) => r.report.weeks.map((w) => week(w, r.digits)) }),
      later: t.field({ type: ForecastWeekRef, description: 'due after the last week', resolve: (r) => week(r.report.later, r.digits) }),
      total: t.field({ type: 'Decimal', resolve: (r) => formatAmount(r.report.total, r.digits) }),
    };
  },
});

builder.prismaObjectFields('Book', (t) => ({
  latePayers: t.field({
    type: LatePayersRef,
    description: "customers of the SALES ledgers in one currency (default: the base currency) by overdue on asOf, then by average days to pay over the windowDays ending on asOf",
    args: {
      asOf: t.arg({ type: 'Date', required: true }),
      windowDays: t.arg.int({ description: `days in the window, asOf the last (default 365, at most ${receivables.WINDOW_DAYS_MAX})` }),
      first: t.arg.int({ description: `rows (default ${receivables.LATE_PAYERS_DEFAULT}, at most ${receivables.LATE_PAYERS_MAX})` }),
      currency: t.arg.string(),
    },
    resolve: async (book, { asOf, windowDays, first, currency }, ctx) => {
      const report = await receivables.latePayers(ctx.db, actorOf(ctx), book.id, { asOf, windowDays, first, currency });
      return { report, digits: await digitsOf(ctx, book.id, report.currency) };
    },
  }),
  receivablesForecast: t.field({
    type: ReceivablesForecastRef,
    description: "expected receipts per week from the due dates of the SALES ledgers' open invoices, in one currency (default: the base currency)",
    args: {
      from: t.arg({ type: 'Date', required: true }),
      weeks: t.arg.int({ description: `weeks after the overdue bucket (default 13, at most ${receivables.FORECAST_WEEKS_MAX})` }),
      currency: t.arg.string(),
    },
    resolve: async (book, { from, weeks, currency }, ctx) => {
      const report = await receivables.receivablesForecast(ctx.db, actorOf(ctx), book.id, { from, weeks, currency });
      return { report, digits: await digitsOf(ctx, book.id, report.currency) };
    },
  }),
}));
