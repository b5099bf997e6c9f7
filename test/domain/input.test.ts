import { describe, expect, it } from 'vitest';
import { isoCurrencyDigits } from '../../src/domain/currency.ts';
import { parseTransactionInput, type DigitsOf } from '../../src/domain/posting.ts';
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
