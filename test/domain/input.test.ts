import { describe, expect, it } from 'vitest';
import { isoCurrencyDigits } from '../../src/domain/currency.ts';
import { parseTransactionInput, type DigitsOf } from '../../src/domain/posting.ts';
import { MAX_JSON_BYTES, MAX_JSON_DEPTH, checkJsonBounds, checkTransactionInputSize, parsePositive } from '../../src/domain/input.ts';
import { MAX_AMOUNT } from '../../src/domain/money.ts';
import { domainError } from './fixtures.ts';

const digitsOf: DigitsOf = {
  defaultCurrency: 'GBP',
  currency: isoCurrencyDigits,
  quantity: (code) => (code === 'WIDGET' ? 0 : code === 'FLOUR' ? 3 : undefined),
};

describe('parseTransactionInput', () => {
  it('turns decimal strings into minor units of the currency and the item unit', () => {
    const parsed = parseTransactionInput(
      { date: '2025-03-01', accountCode: 'ACME', lines: [{ net: '100.00', taxCode: 'S' }, { net: '2.5', accountCode: 'FLOUR', quantity: '1.25' }] },
      digitsOf,
    );
    expect(parsed).toEqual({
      date: '2025-03-01', accountCode: 'ACME', currency: 'GBP', currencyDigits: 2, params: {}, pending: false,
      lines: [{ net: 10000n, taxCode: 'S' }, { net: 250n, accountCode: 'FLOUR', quantity: 1250n }],
    });
  });

  it('reads JPY and KWD amounts at their own digits', () => {
    expect(parseTransactionInput({ date: '2025-03-01', currency: 'JPY', amount: '120' }, digitsOf).amount).toBe(120n);
    expect(parseTransactionInput({ date: '2025-03-01', currency: 'KWD', amount: '1.234' }, digitsOf).amount).toBe(1234n);
    expect(domainError(() => parseTransactionInput({ date: '2025-03-01', currency: 'JPY', amount: '1.5' }, digitsOf)).details)
      .toEqual({ field: 'amount' });
  });

  it('names the field of a bad amount', () => {
    const lines = [{ net: '1.00' }, { net: '2.00' }, { net: '3.001' }];
    const error = domainError(() => parseTransactionInput({ date: '2025-03-01', lines }, digitsOf));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'lines[2].net' } });
    expect(error.message).toMatch(/lines\[2\]\.net "3.001" has 3 decimal places/);
  });

  it('refuses zero, negative and JSON-number amounts', () => {
    for (const net of ['0', '0.00', '-1.00', 12.5]) {
      expect(domainError(() => parseTransactionInput({ date: '2025-03-01', lines: [{ net }] }, digitsOf)).details, String(net))
        .toEqual({ field: 'lines[0].net' });
    }
  });

  it('refuses a quantity on a line without a stock item, and an unknown currency', () => {
    expect(domainError(() => parseTransactionInput({ date: '2025-03-01', lines: [{ net: '1', quantity: '2' }] }, digitsOf)).details)
      .toEqual({ field: 'lines[0].quantity' });
    expect(domainError(() => parseTransactionInput({ date: '2025-03-01', currency: 'XYZ', amount: '1' }, digitsOf)).details)
      .toEqual({ field: 'currency' });
  });

  it('refuses dates that are not calendar dates', () => {
    for (const date of ['2025-02-30', '2025-3-1', '01/03/2025']) {
      expect(domainError(() => parseTransactionInput({ date, amount: '1' }, digitsOf)).details, date).toEqual({ field: 'date' });
    }
  });
});

describe('input bounds (issue 11)', () => {
  const line = { net: '1.00' };
  it('takes 1,000 lines and refuses 1,001 with PAYLOAD_TOO_LARGE', () => {
    expect(() => checkTransactionInputSize({ lines: Array(1000).fill(line) })).not.toThrow();
    expect(domainError(() => checkTransactionInputSize({ lines: Array(1001).fill(line) }))).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      details: { field: 'lines', limit: 1000 },
    });
    expect(domainError(() => checkTransactionInputSize({ allocations: Array(1001).fill({}) })).details).toMatchObject({ field: 'allocations' });
  });

  it('refuses a reference or description over 1,000 characters, naming the field', () => {
    expect(() => checkTransactionInputSize({ reference: 'r'.repeat(1000), lines: [{ description: 'd'.repeat(1000) }] })).not.toThrow();
    expect(domainError(() => checkTransactionInputSize({ description: 'd'.repeat(1001) }))).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { field: 'description', limit: 1000 } });
    expect(domainError(() => checkTransactionInputSize({ lines: [{}, { description: 'd'.repeat(5000) }] })).details).toMatchObject({ field: 'lines[1].description' });
  });

  it('refuses an amount over MAX_AMOUNT with BAD_USER_INPUT naming the largest', () => {
    expect(parsePositive('10000000000000.00', 2, 'amount')).toBe(MAX_AMOUNT);
    expect(domainError(() => parsePositive('10000000000000.01', 2, 'amount'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'amount', max: '10000000000000.00' },
    });
    expect(domainError(() => parsePositive('92233720368547758.00', 2, 'lines[0].net')).message).toMatch(/largest amount/);
  });

  it('bounds JSON depth and size without recursion: 1,000,000 levels are refused at level 33', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 1_000_000; i++) deep = [deep];
    expect(domainError(() => checkJsonBounds(deep, 'metadata'))).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { limit: MAX_JSON_DEPTH } });
    let fine: unknown = 1;
    for (let i = 1; i < MAX_JSON_DEPTH; i++) fine = { a: fine };
    expect(() => checkJsonBounds(fine)).not.toThrow();
    expect(domainError(() => checkJsonBounds({ text: 'x'.repeat(MAX_JSON_BYTES) })).code).toBe('PAYLOAD_TOO_LARGE');
    expect(domainError(() => checkJsonBounds(Array(MAX_JSON_BYTES).fill(1))).code).toBe('PAYLOAD_TOO_LARGE');
    expect(() => checkJsonBounds({ text: 'x'.repeat(60_000), list: [1, 2, 3] })).not.toThrow();
  });
});
