// Receivables insight (docs/reports.md "Late payers" and "Receivables forecast"): how long
// each customer takes to pay, what they owe past due, and when the open items fall due.
// Pure: the service reads the invoices, their allocations and outstanding amounts.
import { daysBetween } from './aging.ts';
import { divideHalfEven } from './money.ts';

const DAY_MS = 86_400_000;

/** `date` ("YYYY-MM-DD") plus `days` (negative: earlier). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The first day of a window of `windowDays` days that ends on (and includes) `asOf`. */
export function windowStart(asOf: string, windowDays: number): string {
  return addDays(asOf, 1 - windowDays);
}

/** One allocation that settled (part of) an invoice: how much, and on which day. */
export interface Settlement {
  /** the invoice's own date */
  invoiceDate: string;
  /** the allocation's business date */
  settledOn: string;
  /** minor units settled, > 0 */
  amount: bigint;
}

/**
 * The amount-weighted average days to pay, in tenths of a day (rounded half-even):
 * Σ(amount × days from invoice date to settlement) / Σ amount. A settlement before its
 * invoice's date counts as 0 days (paid in advance is not paid late). Null when nothing
 * was settled.
 */
export function averageDaysToPayTenths(settlements: readonly Settlement[]): bigint | null {
  let weighted = 0n;
  let total = 0n;
  for (const s of settlements) {
    if (s.amount <= 0n) continue;
    const days = Math.max(0, daysBetween(s.invoiceDate, s.settledOn));
    weighted += s.amount * BigInt(days);
    total += s.amount;
  }
  if (total === 0n) return null;
  return divideHalfEven(weighted * 10n, total);
}

/** An invoice as it stood at the end of asOf (or several of one account and due date, summed). */
export interface OpenInvoice {
  accountId: string;
  /** its due date, else its own date */
  dueOn: string;
  /** outstanding at the end of asOf, minor units */
  outstanding: bigint;
  /** how many invoices this row sums, each with something outstanding (default 1) */
  items?: number;
}

/**
 * A customer's settlements over the window, summed: what was settled, Σ(amount × days to pay)
 * (days counted as in averageDaysToPayTenths: from invoice date, at least 0), how many.
 */
export interface SettlementTotals {
  accountId: string;
  amount: bigint;
  weightedDays: bigint;
  settlements: number;
}

/** averageDaysToPayTenths from the totals: Σ(amount × days) × 10 / Σ amount, half-even; null when nothing was settled. */
export function averageDaysTenthsOf(weightedDays: bigint, amount: bigint): bigint | null {
  return amount > 0n ? divideHalfEven(weightedDays * 10n, amount) : null;
}

export interface LatePayerAccount {
  accountId: string;
  code: string;
}

export interface LatePayerRow {
  accountId: string;
  code: string;
  /** outstanding on asOf of the invoices due before asOf */
  overdue: bigint;
  /** the invoices past due on asOf with something outstanding */
  overdueItems: number;
  /** null when nothing was settled in the window */
  averageDaysTenths: bigint | null;
  /** the amount settled in the window, what the average is weighted by */
  settled: bigint;
  settlements: number;
}

/**
 * One row per customer that owed something past due on asOf or had an invoice settled in
 * the window; most overdue first, then the slowest payer (a customer with no settlement
 * after those with one), then by account code. `settled` is each customer's settlements
 * summed (SettlementTotals), or single settlements (`latePayersOf` sums them).
 */
export function latePayers(
  asOf: string,
  accounts: readonly LatePayerAccount[],
  open: readonly OpenInvoice[],
  settled: readonly SettlementTotals[],
): LatePayerRow[] {
  const rows = new Map<string, LatePayerRow>();
  const codes = new Map(accounts.map((a) => [a.accountId, a.code]));
  const weighted = new Map<string, bigint>();
  const rowOf = (accountId: string) => {
    let row = rows.get(accountId);
    if (!row) {
      const code = codes.get(accountId);
      if (code === undefined) throw new Error(`latePayers: account ${accountId} was not passed in`);
      row = { accountId, code, overdue: 0n, overdueItems: 0, averageDaysTenths: null, settled: 0n, settlements: 0 };
      rows.set(accountId, row);
    }
    return row;
  };
  for (const item of open) {
    if (item.outstanding <= 0n || item.dueOn >= asOf) continue;
    const row = rowOf(item.accountId);
    row.overdue += item.outstanding;
    row.overdueItems += item.items ?? 1;
  }
  for (const s of settled) {
    if (s.amount <= 0n) continue;
    const row = rowOf(s.accountId);
    row.settled += s.amount;
    row.settlements += s.settlements;
    weighted.set(s.accountId, (weighted.get(s.accountId) ?? 0n) + s.weightedDays);
  }
  const result = [...rows.values()].map((row) => ({ ...row, averageDaysTenths: averageDaysTenthsOf(weighted.get(row.accountId) ?? 0n, row.settled) }));
  return result.sort(compareLatePayers);
}

/** Single settlements summed per customer, as latePayers takes them. */
export function settlementTotals(settled: readonly (Settlement & { accountId: string })[]): SettlementTotals[] {
  const totals = new Map<string, SettlementTotals>();
  for (const s of settled) {
    if (s.amount <= 0n) continue;
    const t = totals.get(s.accountId) ?? { accountId: s.accountId, amount: 0n, weightedDays: 0n, settlements: 0 };
    t.amount += s.amount;
    t.weightedDays += s.amount * BigInt(Math.max(0, daysBetween(s.invoiceDate, s.settledOn)));
    t.settlements += 1;
    totals.set(s.accountId, t);
  }
  return [...totals.values()];
}

function compareLatePayers(a: LatePayerRow, b: LatePayerRow): number {
  if (a.overdue !== b.overdue) return a.overdue > b.overdue ? -1 : 1;
  const da = a.averageDaysTenths ?? -1n;
  const db = b.averageDaysTenths ?? -1n;
  if (da !== db) return da > db ? -1 : 1;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

export interface ForecastWeek {
  /** first and last due date the week covers, inclusive */
  start: string;
  end: string;
  amount: bigint;
  items: number;
}

export interface ReceivablesForecast {
  /** due before `from` and still outstanding on it */
  overdue: ForecastWeek;
  weeks: ForecastWeek[];
  /** due after the last week */
  later: ForecastWeek;
  total: bigint;
}

/**
 * Expected receipts by the week their open items fall due: week 1 is `from` and the six
 * days after it, week 2 the seven after those, and so on; due before `from` is overdue,
 * due after the last week is later. Every open item lands in exactly one bucket, so the
 * buckets add up to the total outstanding.
 */
export function receivablesForecast(from: string, weeks: number, open: readonly Pick<OpenInvoice, 'dueOn' | 'outstanding' | 'items'>[]): ReceivablesForecast {
  const bucket = (start: string, end: string): ForecastWeek => ({ start, end, amount: 0n, items: 0 });
  const overdue = bucket('', addDays(from, -1));
  const list = Array.from({ length: weeks }, (_, i) => bucket(addDays(from, 7 * i), addDays(from, 7 * i + 6)));
  const lastDay = addDays(from, 7 * weeks - 1);
  const later = bucket(addDays(lastDay, 1), '');
  let total = 0n;
  for (const item of open) {
    if (item.outstanding <= 0n) continue;
    let target: ForecastWeek;
    if (item.dueOn < from) target = overdue;
    else if (item.dueOn > lastDay) target = later;
    else target = list[Math.floor(daysBetween(from, item.dueOn) / 7)]!;
    target.amount += item.outstanding;
    target.items += item.items ?? 1;
    total += item.outstanding;
  }
  return { overdue, weeks: list, later, total };
}
