// Money is a bigint of minor units inside and a decimal string outside; this module
// is the only place that converts between the two.

export type Scale = number;

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

export class AmountFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AmountFormatError';
  }
}

/**
 * Parses a decimal string into minor units at `digits` places. More places than the
 * currency allows are refused, never rounded ("12.345" in GBP is an error).
 */
export function parseAmount(text: string, digits: Scale, what = 'amount'): bigint {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw new AmountFormatError(`${what} "${text}" is not a decimal number such as "120.50"`);
  const [, sign, whole, fraction = ''] = match;
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > digits) {
    throw new AmountFormatError(
      `${what} "${text}" has ${significant.length} decimal places; at most ${digits} are allowed here`,
    );
  }
  const minor = BigInt(whole! + significant.padEnd(digits, '0'));
  return sign ? -minor : minor;
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
