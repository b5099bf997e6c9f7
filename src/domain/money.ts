// Money is a bigint of minor units inside and a decimal string outside; this module
// is the only place that converts between the two.

export type Scale = number;

/**
 * The longest decimal string read: far more digits than any amount within MAX_AMOUNT
 * needs, so trailing zeros still fit, and a megabyte of digits costs nothing to refuse.
 */
export const MAX_DECIMAL_LENGTH = 64;

/**
 * The largest amount one input may carry, in minor units (10,000,000,000,000.00 at two
 * places). With at most MAX_LINES lines and tax of at most 100%, a transaction's total
 * stays below 2 × 10^18, well inside 64 bits (invariant 11); the sums an account keeps are
 * checked against MAX_SUM before each write (balances.ts, checkSumsFit).
 */
export const MAX_AMOUNT = 10n ** 15n;

/** The largest value a 64-bit column holds: no sum Daybook keeps may go beyond it. */
export const MAX_SUM = 2n ** 63n - 1n;

export class AmountFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AmountFormatError';
  }
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/**
 * Parses a decimal string into minor units at `digits` places. More places than the
 * currency allows are refused, never rounded ("12.345" in GBP is an error). One pass over
 * at most MAX_DECIMAL_LENGTH characters: no regular expression that could backtrack.
 */
export function parseAmount(text: string, digits: Scale, what = 'amount'): bigint {
  const notDecimal = () => new AmountFormatError(`${what} "${text}" is not a decimal number such as "120.50"`);
  if (text.length > MAX_DECIMAL_LENGTH) {
    throw new AmountFormatError(`${what} is ${text.length} characters long; a decimal number has at most ${MAX_DECIMAL_LENGTH}`);
  }
  const trimmed = text.trim();
  let i = 0;
  const negative = trimmed[0] === '-';
  if (negative) i++;
  const wholeStart = i;
  while (i < trimmed.length && isDigit(trimmed.charCodeAt(i))) i++;
  const whole = trimmed.slice(wholeStart, i);
  if (whole.length === 0) throw notDecimal();
  let fraction = '';
  if (i < trimmed.length) {
    if (trimmed[i] !== '.') throw notDecimal();
    const fractionStart = ++i;
    while (i < trimmed.length && isDigit(trimmed.charCodeAt(i))) i++;
    if (i === fractionStart || i < trimmed.length) throw notDecimal();
    fraction = trimmed.slice(fractionStart);
  }
  let end = fraction.length;
  while (end > 0 && fraction[end - 1] === '0') end--;
  const significant = fraction.slice(0, end);
  if (significant.length > digits) {
    throw new AmountFormatError(
      `${what} "${text}" has ${significant.length} decimal places; at most ${digits} are allowed here`,
    );
  }
  const minor = BigInt(whole + significant.padEnd(digits, '0'));
  return negative ? -minor : minor;
}

/** Prints minor units with exactly `digits` places: 12000n at 2 → "120.00"; at 0 → "12000". */
export function formatAmount(minor: bigint, digits: Scale): string {
  const negative = minor < 0n;
  const text = (negative ? -minor : minor).toString().padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = digits > 0 ? '.' + text.slice(text.length - digits) : '';
  return (negative ? '-' : '') + whole + fraction;
}

/** Divides with round-half-to-even (banker's rounding), for tax and any proration. */
export function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  if (denominator < 0n) return divideHalfEven(-numerator, -denominator);
  const quotient = numerator / denominator; // truncates toward zero
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  const twice = 2n * (remainder < 0n ? -remainder : remainder);
  const step = numerator < 0n ? -1n : 1n;
  if (twice > denominator) return quotient + step;
  if (twice < denominator) return quotient;
  return quotient % 2n === 0n ? quotient : quotient + step;
}
