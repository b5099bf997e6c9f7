// Periods and the year end: which dates may post, when a period may reopen, and the
// year-end journal that carries income and expense to retained earnings (model.md,
// "Period"). Pure: the services load the rows and pass them in.

import { DomainError, badInput } from './errors.ts';
import type { AccountType, Side } from './types.ts';

export interface PeriodFacts {
  name: string;
  start: string;
  end: string;
  status: 'OPEN' | 'CLOSED';
}

/**
 * Whether `date` may post: refused (PERIOD_CLOSED) inside a closed period, and, when the
 * book requires periods, outside every period.
 */
export function checkPostingDate(date: string, period: PeriodFacts | null, requirePeriods: boolean): void {
  if (period?.status === 'CLOSED') {
    throw new DomainError(
      'PERIOD_CLOSED',
      `${date} is in period "${period.name}" (${period.start} to ${period.end}), which is closed: date it in an open period`,
      { date, period: period.name },
    );
  }
  if (period === null && requirePeriods) {
    throw new DomainError(
      'PERIOD_CLOSED',
      `${date} is in no period, and this book requires every transaction to fall in one: create the period (createPeriod) or date it inside an existing one`,
      { date },
    );
  }
}

const MAX_REASON = 1000;

/** A reason that must be given (reopening, reversing): trimmed, 1 to 1,000 characters. */
export function requiredReason(reason: string | null | undefined, what: string, field = 'reason'): string {
  const text = (reason ?? '').trim();
  if (!text) throw badInput(`${field} is required: say why ${what}`, { field });
  if (text.length > MAX_REASON) throw badInput(`${field} is longer than ${MAX_REASON} characters`, { field });
  return text;
}

/** Only a closed period reopens. */
export function checkPeriodCanReopen(period: PeriodFacts): void {
  if (period.status !== 'CLOSED') {
    throw new DomainError('INVALID_STATE', `period "${period.name}" is already open`, { field: 'id', status: period.status });
  }
}

// ---------------------------------------------------------------------------- year end

/** The first day of the year that ends on `yearEnd`: the day after the same date a year earlier. */
export function yearStartOf(yearEnd: string): string {
  const [y, m, d] = yearEnd.split('-').map(Number) as [number, number, number];
  const start = new Date(Date.UTC(y - 1, m - 1, d));
  // 29 February a year earlier does not exist: Date rolls it over to 1 March, the right start
  if (start.getUTCMonth() !== m - 1) start.setUTCDate(0);
  start.setUTCDate(start.getUTCDate() + 1);
  return start.toISOString().slice(0, 10);
}

/** The periods of the year: those lying wholly between its first day and yearEnd. */
export function periodsOfYear<P extends PeriodFacts>(periods: readonly P[], yearEnd: string): P[] {
  const start = yearStartOf(yearEnd);
  return periods.filter((p) => p.start >= start && p.end <= yearEnd);
}

/** yearEnd must be the last day of a period of the book: the year's periods lock the close. */
export function checkYearEnd(periods: readonly PeriodFacts[], yearEnd: string): void {
  if (!periods.some((p) => p.end === yearEnd)) {
    throw badInput(
      `yearEnd ${yearEnd} is not the last day of a period of this book: create the year's periods (createPeriod) and close the year on the end of the last one`,
      { field: 'yearEnd' },
    );
  }
}

export interface ProfitAndLossBalance {
  accountId: string;
  code: string;
  type: AccountType;
  currency: string;
  /** posted balance as of yearEnd, positive on the account's normal side */
  posted: bigint;
  normalSide: Side;
}

export interface ClosingLine {
  accountCode: string;
  side: Side;
  amount: bigint;
}

/**
 * The year-end journal's lines: each income and expense account with a balance takes the
 * opposite side of it, so it ends the year at zero; retained earnings takes the difference
 * (the year's profit on its credit side, a loss on its debit side). Lines in account code
 * order, retained earnings last. Empty when nothing is to be carried.
 */
export function closingLines(
  balances: readonly ProfitAndLossBalance[],
  retainedEarnings: { code: string; type: AccountType; currency: string },
  baseCurrency: string,
): ClosingLine[] {
  if (retainedEarnings.type !== 'EQUITY') {
    throw badInput(`retainedEarningsAccountCode "${retainedEarnings.code}" is a ${retainedEarnings.type} account: name an EQUITY account`, {
      field: 'retainedEarningsAccountCode',
    });
  }
  if (retainedEarnings.currency !== baseCurrency) {
    throw new DomainError('CURRENCY_MISMATCH', `retained earnings "${retainedEarnings.code}" is in ${retainedEarnings.currency}, the book in ${baseCurrency}`, {
      field: 'retainedEarningsAccountCode',
    });
  }
  const lines: ClosingLine[] = [];
  let debits = 0n;
  let credits = 0n;
  for (const b of [...balances].sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0))) {
    if (b.type !== 'INCOME' && b.type !== 'EXPENSE') continue;
    if (b.posted === 0n) continue;
    if (b.currency !== baseCurrency) {
      throw new DomainError(
        'CURRENCY_MISMATCH',
        `account "${b.code}" is in ${b.currency} and has a balance: the year-end journal is in the book's ${baseCurrency}; clear it by journal first`,
        { accountCode: b.code },
      );
    }
    // a positive balance sits on the normal side: the closing line takes the other
    const balanceSide: Side = b.posted > 0n ? b.normalSide : b.normalSide === 'DEBIT' ? 'CREDIT' : 'DEBIT';
    const side: Side = balanceSide === 'DEBIT' ? 'CREDIT' : 'DEBIT';
    const amount = b.posted < 0n ? -b.posted : b.posted;
    lines.push({ accountCode: b.code, side, amount });
    if (side === 'DEBIT') debits += amount;
    else credits += amount;
  }
  if (lines.length === 0) return [];
  if (debits !== credits) {
    lines.push({ accountCode: retainedEarnings.code, side: debits > credits ? 'CREDIT' : 'DEBIT', amount: debits > credits ? debits - credits : credits - debits });
  }
  return lines;
}

export type PeriodBasis = 'MONTHLY' | 'QUARTERLY' | 'YEARLY';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_PER: Record<PeriodBasis, number> = { MONTHLY: 1, QUARTERLY: 3, YEARLY: 12 };

/**
 * The periods of the year that starts on `yearStart` (the first day of a month), by basis:
 * 12 months, 4 quarters or 1 year, each from its first day to its last, named by months
 * ("January 2026", "January–March 2026", "April 2026–March 2027").
 */
export function periodsByBasis(yearStart: string, basis: PeriodBasis): { name: string; start: string; end: string }[] {
  const match = /^(\d{4})-(\d{2})-01$/.exec(yearStart);
  if (!match) throw badInput(`yearStart ${yearStart} is not the first day of a month: a year of periods starts on a month's first day`, { field: 'yearStart' });
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  const step = MONTHS_PER[basis];
  const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
  const label = (m: number) => `${MONTHS[((m % 12) + 12) % 12]}`;
  return Array.from({ length: 12 / step }, (_, i) => {
    const first = month + i * step;
    const last = first + step - 1;
    const firstYear = year + Math.floor(first / 12);
    const lastYear = year + Math.floor(last / 12);
    const name = step === 1
      ? `${label(first)} ${firstYear}`
      : firstYear === lastYear ? `${label(first)}–${label(last)} ${lastYear}` : `${label(first)} ${firstYear}–${label(last)} ${lastYear}`;
    return { name, start: day(year, first, 1), end: day(year, last + 1, 0) };
  });
}
