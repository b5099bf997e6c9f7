// Tax per line: net × rate / 100, rounded half-even to the currency's minor unit
// (model.md, flag `taxable`). Rates are exact decimal percent strings.

import { badInput } from './errors.ts';
import { AmountFormatError, divideHalfEven, parseAmount } from './money.ts';

interface ExactRate {
  /** the rate's digits without the point: "17.5" → 175n */
  scaled: bigint;
  /** 10 ** (decimal places): "17.5" → 10n */
  scale: bigint;
}

/** Reads a percent string exactly; a negative or malformed rate is refused. */
export function parseRate(rate: string): ExactRate {
  const places = rate.trim().split('.')[1]?.length ?? 0;
  let scaled: bigint;
  try {
    scaled = parseAmount(rate, places, 'tax rate');
  } catch (error) {
    if (error instanceof AmountFormatError) throw badInput(error.message, { field: 'rate' });
    throw error;
  }
  if (scaled < 0n) throw badInput(`tax rate "${rate}" must not be negative`, { field: 'rate' });
  return { scaled, scale: 10n ** BigInt(places) };
}

/**
 * The tax inside a tax-inclusive amount: gross × rate / (100 + rate), rounded half-even
 * to the minor unit, so that net = gross − tax and net + tax = gross exactly.
 */
export function inclusiveTax(gross: bigint, rate: string): bigint {
  const { scaled, scale } = parseRate(rate);
  return divideHalfEven(gross * scaled, 100n * scale + scaled);
}

/** Tax on one line's net (minor units), rounded half-even to the minor unit. */
export function lineTax(net: bigint, rate: string): bigint {
  const { scaled, scale } = parseRate(rate);
  return divideHalfEven(net * scaled, 100n * scale);
}
