// Foreign currency (model.md, "Foreign currency"): exchange rates as exact decimals, the
// base-currency amount of every entry at the day's rate (half-even, exact bigint maths), and
// the rule that keeps each transaction balanced in the base currency by construction.
// Pure: the service layer reads the rates and accounts and passes them in.

import { badInput } from './errors.ts';
import { divideHalfEven, formatAmount, MAX_AMOUNT } from './money.ts';
import type { AccountRef, Side } from './types.ts';

/** At most this many digits before and after the point: 1 unit of a currency is worth < 10^12 base units. */
export const RATE_INTEGER_DIGITS = 12;
export const RATE_FRACTION_DIGITS = 10;

/** A rate as an exact fraction: `numerator / 10^scale` base units for one unit of the currency. */
export interface Rate {
  /** the normalised decimal text ("0.8571", "150", "1.2") */
  text: string;
  numerator: bigint;
  scale: number;
}

/**
 * Parses an exchange rate: how many units of the base currency one unit of the currency
 * buys ("0.85": 1 EUR = 0.85 GBP). A positive decimal with at most 12 digits before the point
 * and 10 after; never a float, never rounded.
 */
export function parseRate(text: string, field = 'rate'): Rate {
  const trimmed = text.trim();
  const match = /^(\d{1,12})(?:\.(\d{1,10}))?$/.exec(trimmed);
  if (!match) {
    throw badInput(
      `${field} "${text.slice(0, 40)}" must be a positive decimal such as "0.8571", with at most ${RATE_INTEGER_DIGITS} digits before the point and ${RATE_FRACTION_DIGITS} after`,
      { field },
    );
  }
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  const numerator = BigInt(whole + fraction);
  if (numerator === 0n) throw badInput(`${field} must be greater than zero: a currency worth nothing cannot be converted`, { field });
  return { text: fraction ? `${whole}.${fraction}` : whole, numerator, scale: fraction.length };
}

/** One stored rate of a currency, from its date on. */
export interface DatedRate {
  date: string;
  rate: string;
}

/** The rate of a day: the latest on or before it (`rates` in any order), or undefined. */
export function rateOn(rates: readonly DatedRate[] | undefined, date: string): DatedRate | undefined {
  let best: DatedRate | undefined;
  for (const r of rates ?? []) if (r.date <= date && (!best || r.date > best.date)) best = r;
  return best;
}

/** `amount` minor units of a currency with `fromDigits` places, in base minor units (`baseDigits` places), half-even. */
export function toBase(amount: bigint, fromDigits: number, rate: Rate, baseDigits: number): bigint {
  return divideHalfEven(amount * rate.numerator * 10n ** BigInt(baseDigits), 10n ** BigInt(fromDigits + rate.scale));
}

/** What converting a transaction's entries needs. */
export interface Conversion {
  baseCurrency: string;
  baseDigits: number;
  /** the transaction's currency and its digits */
  currency: string;
  digits: number;
  /** the day's rate; needed only when `currency` is not the base currency */
  rate: Rate | null;
}

export interface BaseEntry {
  accountId: string;
  side: Side;
  amount: bigint;
  currency: string;
}

/** Base amounts are refused past this: like any amount an input carries, within 64-bit sums. */
const MAX_BASE = 2n * MAX_AMOUNT * 1000n;

/**
 * Each entry's base-currency amount: the amount itself in the base currency; at the rate,
 * half-even, in the transaction's (foreign) currency; null for a stock quantity. The
 * nominal entries then balance in the base currency by construction: what rounding leaves
 * over (at most half a minor unit per entry) is added to the largest nominal entry on the
 * lighter side that is not a control account (an analysis or tax line), so a control
 * account keeps the same base amount as the subsidiary account it mirrors (invariant 2).
 * Only when every nominal entry on that side is a control account does the control take it,
 * together with the subsidiary entry it mirrors.
 */
export function baseAmounts<E extends BaseEntry>(
  entries: readonly E[],
  accounts: { byId(id: string): AccountRef | undefined },
  conversion: Conversion,
): (E & { baseAmount: bigint | null })[] {
  const { baseCurrency, currency, rate } = conversion;
  if (currency !== baseCurrency && rate === null) throw new Error(`baseAmounts: no rate given for ${currency}`);
  const converted = entries.map((e) => {
    let baseAmount: bigint | null = null;
    if (e.currency === baseCurrency) baseAmount = e.amount;
    else if (e.currency === currency) baseAmount = toBase(e.amount, conversion.digits, rate!, conversion.baseDigits);
    if (baseAmount !== null && baseAmount > MAX_BASE) {
      throw badInput(
        `an entry of ${formatAmount(e.amount, conversion.digits)} ${currency} is ${formatAmount(baseAmount, conversion.baseDigits)} ${baseCurrency} at rate ${rate!.text}: more than any amount may be`,
        { field: 'date' },
      );
    }
    return { ...e, baseAmount };
  });
  if (currency === baseCurrency) return converted;
  const account = (e: BaseEntry) => accounts.byId(e.accountId);
  const nominal = converted.filter((e) => e.currency === currency && account(e)?.ledgerKind === 'NOMINAL');
  let difference = 0n;
  for (const e of nominal) difference += e.side === 'DEBIT' ? e.baseAmount! : -e.baseAmount!;
  if (difference === 0n) return converted;
  const lighter: Side = difference > 0n ? 'CREDIT' : 'DEBIT';
  const change = difference > 0n ? difference : -difference;
  const largest = (candidates: typeof converted) =>
    candidates.reduce<(typeof converted)[number] | undefined>((best, e) => (!best || e.amount > best.amount ? e : best), undefined);
  const onSide = nominal.filter((e) => e.side === lighter);
  const plain = largest(onSide.filter((e) => !account(e)!.isControl));
  if (plain) {
    plain.baseAmount! += change;
    return converted;
  }
  const control = largest(onSide);
  if (!control) throw new Error('baseAmounts: unbalanced nominal entries with nothing on one side');
  const mirrored = converted.find(
    (e) => e !== control && e.side === control.side && e.amount === control.amount && e.baseAmount === control.baseAmount &&
      account(e)?.ledgerKind !== 'NOMINAL' && account(e)?.controlAccountId === control.accountId,
  );
  control.baseAmount! += change;
  if (mirrored) mirrored.baseAmount! += change;
  return converted;
}
