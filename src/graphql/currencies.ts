// Foreign currency: exchange rates (setExchangeRate, Book.exchangeRates, Book.exchangeRate),
// a ledger's control account per currency (setLedgerControlAccount, Ledger.controlAccounts),
// each entry's base amount and the trial balance in the base currency.
import { builder } from './builder.ts';
import { actorOf } from './actor.ts';
import { AccountRef } from './accounts.ts';
import { LedgerRef } from './ledgers.ts';
import { EntryRef, digitsOf } from './transactions.ts';
import { rateOn } from '../domain/exchange.ts';
import { formatAmount } from '../domain/money.ts';
import * as currencies from '../services/currencies.ts';
import * as reports from '../services/reports.ts';

interface RateShape {
  currency: string;
  date: string;
  rate: string;
}

const ExchangeRateRef = builder.objectRef<RateShape>('ExchangeRate').implement({
  description: 'how many units of the base currency one unit of `currency` buys, from `date` on',
  fields: (t) => ({
    currency: t.exposeString('currency'),
    date: t.field({ type: 'Date', resolve: (r) => r.date }),
    rate: t.field({ type: 'Decimal', resolve: (r) => r.rate }),
  }),
});

builder.prismaObjectFields('Book', (t) => ({
  exchangeRates: t.field({
    type: [ExchangeRateRef],
    description: "the book's exchange rates (of one currency, if given), by currency then date",
    args: { currency: t.arg.string() },
    resolve: (book, { currency }, ctx) =>
      ctx.prisma.exchangeRate.findMany({
        where: { bookId: book.id, ...(currency ? { currency: currency.toUpperCase() } : {}) },
        orderBy: [{ currency: 'asc' }, { date: 'asc' }],
      }),
  }),
  exchangeRate: t.field({
    type: ExchangeRateRef,
    nullable: true,
    description: 'the rate postings of that day use: the latest set on or before it (null: none yet)',
    args: { currency: t.arg.string({ required: true }), date: t.arg({ type: 'Date', required: true }) },
    resolve: async (book, { currency, date }, ctx) => {
      const code = currency.toUpperCase();
      const rates = await ctx.prisma.exchangeRate.findMany({ where: { bookId: book.id, currency: code, date: { lte: date } }, orderBy: { date: 'desc' }, take: 1 });
      const found = rateOn(rates, date);
      return found ? { currency: code, date: found.date, rate: found.rate } : null;
    },
  }),
  baseTrialBalance: t.field({
    type: BaseTrialBalanceRef,
    description: "the nominal ledger's accounts of every currency at their entries' base-currency amounts",
    args: { asOf: t.arg({ type: 'Date' }) },
    resolve: async (book, { asOf }, ctx) => {
      const report = await reports.baseTrialBalance(ctx.prisma, actorOf(ctx), book.id, { asOf });
      return { report, digits: await digitsOf(ctx, book.id, report.currency) };
    },
  }),
}));

type BaseReport = { report: reports.BaseTrialBalanceReport; digits: number };
type BaseLine = { line: reports.BaseTrialBalanceReport['lines'][number]; digits: number };

const BaseTrialBalanceLineRef = builder.objectRef<BaseLine>('BaseTrialBalanceLine').implement({
  fields: (t) => ({
    account: t.field({ type: AccountRef, resolve: async (l, _a, ctx) => (await ctx.loaders.account.load(l.line.accountId))! }),
    currency: t.string({ description: "the account's own currency", resolve: (l) => l.line.currency }),
    debit: t.field({ type: 'Decimal', description: 'in the base currency', resolve: (l) => formatAmount(l.line.debit, l.digits) }),
    credit: t.field({ type: 'Decimal', description: 'in the base currency', resolve: (l) => formatAmount(l.line.credit, l.digits) }),
  }),
});

const BaseTrialBalanceRef = builder.objectRef<BaseReport>('BaseTrialBalance').implement({
  fields: (t) => ({
    asOf: t.field({ type: 'Date', nullable: true, resolve: (r) => r.report.asOf }),
    currency: t.string({ description: "the book's base currency", resolve: (r) => r.report.currency }),
    lines: t.field({ type: [BaseTrialBalanceLineRef], resolve: (r) => r.report.lines.map((line) => ({ line, digits: r.digits })) }),
    totalDebits: t.field({ type: 'Decimal', resolve: (r) => formatAmount(r.report.totalDebits, r.digits) }),
    totalCredits: t.field({ type: 'Decimal', resolve: (r) => formatAmount(r.report.totalCredits, r.digits) }),
  }),
});

builder.objectFields(EntryRef, (t) => ({
  baseAmount: t.field({
    type: 'Decimal',
    nullable: true,
    description: "the amount in the book's base currency at the transaction date's rate (null for stock quantities)",
    resolve: async (entry, _a, ctx) => {
      if (entry.baseAmount === null) return null;
      const book = (await ctx.loaders.book.load(entry.bookId))!;
      return formatAmount(entry.baseAmount, await digitsOf(ctx, entry.bookId, book.baseCurrency));
    },
  }),
}));

interface ControlShape {
  currency: string;
  accountId: string;
}

const LedgerControlRef = builder.objectRef<ControlShape>('LedgerControlAccount').implement({
  fields: (t) => ({
    currency: t.exposeString('currency'),
    account: t.field({ type: AccountRef, resolve: async (c, _a, ctx) => (await ctx.loaders.account.load(c.accountId))! }),
  }),
});

builder.objectFields(LedgerRef, (t) => ({
  controlAccounts: t.field({
    type: [LedgerControlRef],
    description: "the ledger's control accounts, one per currency: its own controlAccount's and those set with setLedgerControlAccount",
    resolve: async (ledger, _a, ctx) => {
      const own: ControlShape[] = [];
      if (ledger.controlAccountId) {
        const main = await ctx.loaders.account.load(ledger.controlAccountId);
        if (main) own.push({ currency: main.currency, accountId: main.id });
      }
      const more = await ctx.prisma.ledgerControl.findMany({ where: { ledgerId: ledger.id }, orderBy: { currency: 'asc' } });
      return [...own, ...more.map((c) => ({ currency: c.currency, accountId: c.accountId }))];
    },
  }),
}));

const SetExchangeRateInput = builder.inputType('SetExchangeRateInput', {
  fields: (t) => ({
    bookId: t.id({ required: true }),
    currency: t.string({ required: true }),
    date: t.field({ type: 'Date', required: true, description: 'the rate applies from this day on, until a later one' }),
    rate: t.field({ type: 'Decimal', required: true, description: 'base-currency units one unit of currency buys ("0.85": 1 EUR = 0.85 GBP); > 0, at most 12 digits before the point and 10 after' }),
    idempotencyKey: t.string(),
  }),
});

const SetLedgerControlAccountInput = builder.inputType('SetLedgerControlAccountInput', {
  fields: (t) => ({
    ledgerId: t.id({ required: true }),
    currency: t.string({ required: true }),
    accountCode: t.string({ required: true, description: 'a nominal account in that currency' }),
    idempotencyKey: t.string(),
  }),
});

builder.mutationFields((t) => ({
  setExchangeRate: t.field({
    type: ExchangeRateRef,
    description: "ADMIN: the rate of a currency from a date on (audited); postings of a day use the latest rate on or before it",
    args: { input: t.arg({ type: SetExchangeRateInput, required: true }) },
    resolve: (_root, { input }, ctx) => currencies.setExchangeRate(ctx.db, actorOf(ctx), { ...input, bookId: String(input.bookId) }),
  }),
  setLedgerControlAccount: t.prismaField({
    type: 'Ledger',
    description: "ADMIN: the ledger's control account for one more currency (audited); the ledger's accounts in that currency are mirrored by it",
    args: { input: t.arg({ type: SetLedgerControlAccountInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const ledger = await currencies.setLedgerControlAccount(ctx.db, actorOf(ctx), { ...input, ledgerId: String(input.ledgerId) });
      return ctx.prisma.ledger.findUniqueOrThrow({ ...query, where: { id: ledger.id } });
    },
  }),
}));
