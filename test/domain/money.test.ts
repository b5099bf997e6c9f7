import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AmountFormatError, MAX_DECIMAL_LENGTH, divideHalfEven, formatAmount, parseAmount } from '../../src/domain/money.ts';

describe('parseAmount', () => {
  it('reads a decimal string into minor units', () => {
    expect(parseAmount('120.50', 2)).toBe(12050n);
    expect(parseAmount('120', 2)).toBe(12000n);
    expect(parseAmount('0.01', 2)).toBe(1n);
    expect(parseAmount('-3.5', 2)).toBe(-350n);
  });

  it('reads JPY with no minor unit and KWD with three', () => {
    expect(parseAmount('120', 0)).toBe(120n);
    expect(parseAmount('1.234', 3)).toBe(1234n);
    expect(parseAmount('1.2', 3)).toBe(1200n);
  });

  it('accepts trailing zeros beyond the minor unit but refuses significant extra digits', () => {
    expect(parseAmount('120.500', 2)).toBe(12050n);
    expect(parseAmount('120.0', 0)).toBe(120n);
    expect(() => parseAmount('12.345', 2)).toThrow(AmountFormatError);
    expect(() => parseAmount('1.5', 0)).toThrow(/at most 0/);
  });

  it('refuses what is not a plain decimal', () => {
    for (const text of ['', 'abc', '1e3', '1,000.00', '.5', '5.', '+1', '0x10']) {
      expect(() => parseAmount(text, 2), text).toThrow(AmountFormatError);
    }
  });

  it('reads amounts beyond the float range exactly', () => {
    expect(parseAmount('92233720368547758.07', 2)).toBe(9223372036854775807n);
  });
});

describe('formatAmount', () => {
  it('prints exactly the currency digits', () => {
    expect(formatAmount(12000n, 2)).toBe('120.00');
    expect(formatAmount(5n, 2)).toBe('0.05');
    expect(formatAmount(-5n, 2)).toBe('-0.05');
    expect(formatAmount(120n, 0)).toBe('120');
    expect(formatAmount(1234n, 3)).toBe('1.234');
    expect(formatAmount(0n, 3)).toBe('0.000');
  });

  it('round-trips through parseAmount for any amount and 0, 2 or 3 digits', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), fc.constantFrom(0, 2, 3, 4), (minor, digits) => {
        expect(parseAmount(formatAmount(minor, digits), digits)).toBe(minor);
      }),
    );
  });
});

describe('divideHalfEven', () => {
  it('rounds exact halves to the even neighbour, positive and negative', () => {
    expect(divideHalfEven(5n, 2n)).toBe(2n); // 2.5 → 2
    expect(divideHalfEven(15n, 10n)).toBe(2n); // 1.5 → 2
    expect(divideHalfEven(25n, 10n)).toBe(2n); // 2.5 → 2
    expect(divideHalfEven(35n, 10n)).toBe(4n); // 3.5 → 4
    expect(divideHalfEven(-5n, 2n)).toBe(-2n);
    expect(divideHalfEven(-15n, 10n)).toBe(-2n);
    expect(divideHalfEven(-35n, 10n)).toBe(-4n);
  });

  it('rounds non-halves to the nearest', () => {
    expect(divideHalfEven(26n, 10n)).toBe(3n);
    expect(divideHalfEven(24n, 10n)).toBe(2n);
    expect(divideHalfEven(-26n, 10n)).toBe(-3n);
    expect(divideHalfEven(7n, -2n)).toBe(-4n); // -3.5 → -4
    expect(divideHalfEven(10n, 5n)).toBe(2n);
  });

  it('refuses division by zero', () => {
    expect(() => divideHalfEven(1n, 0n)).toThrow(RangeError);
  });

  it('is never more than half a unit from the exact quotient', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), (n, d) => {
        const q = divideHalfEven(n, d);
        const error = n - q * d; // exact − rounded, scaled by d
        expect(2n * (error < 0n ? -error : error) <= d).toBe(true);
      }),
    );
  });
});

describe('parseAmount in linear time (issue 11)', () => {
  it('refuses "1." + 200,000 zeros + "1" for its length at once (it took 31 s)', () => {
    const started = performance.now();
    expect(() => parseAmount(`1.${'0'.repeat(200_000)}1`, 2)).toThrow(/200003 characters long; a decimal number has at most 64/);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('reads trailing zeros up to the length bound without backtracking', () => {
    const started = performance.now();
    for (let i = 0; i < 1_000; i++) {
      expect(parseAmount(`1.${'0'.repeat(MAX_DECIMAL_LENGTH - 2)}`, 2)).toBe(100n);
      expect(() => parseAmount(`1.${'0'.repeat(MAX_DECIMAL_LENGTH - 3)}1`, 2)).toThrow(/decimal places/);
    }
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('agrees with the plain decimal grammar on random strings of digits, signs, points and spaces', () => {
    const grammar = /^\s*(-)?(\d+)(?:\.(\d+))?\s*$/;
    fc.assert(
      fc.property(fc.array(fc.constantFrom('0', '1', '9', '.', '-', ' ', 'x'), { maxLength: 12 }).map((cs) => cs.join('')), (text) => {
        const valid = grammar.test(text) && text.trim() === text.trim();
        let parsed: bigint | undefined;
        try {
          parsed = parseAmount(text, 4);
        } catch (error) {
          expect(error).toBeInstanceOf(AmountFormatError);
        }
        const m = grammar.exec(text);
        const fits = m !== null && (m[3] ?? '').replace(/0+$/, '').length <= 4;
        expect(parsed !== undefined, JSON.stringify(text)).toBe(valid && fits);
      }),
    );
  });
});
