// Fulfilment of an order's lines by the transactions that read it, without a database.
import { describe, expect, it } from 'vitest';
import type { DomainError } from '../../src/domain/errors.ts';
import { checkReading, divideHalfEven, fulfilment, remainingLines, type OrderLine } from '../../src/domain/orders.ts';

const line = (lineNo: number, accountId: string | null, quantity: bigint | null, net: bigint): OrderLine => ({
  lineNo, accountId, description: null, quantity, net, taxCodeId: null,
});
const order = [line(1, 'W', 10n, 10000n), line(2, 'G', 3n, 999n), line(3, '4900', null, 1500n)];
const code = (f: () => unknown) => {
  try {
    f();
    return 'ok';
  } catch (error) {
    return (error as DomainError).code;
  }
};

describe('fulfilment', () => {
  it('is OPEN until read, PART_FULFILLED while quantities remain, FULFILLED when none do', () => {
    expect(fulfilment(order, []).status).toBe('OPEN');
    const part = fulfilment(order, [[{ accountId: 'W', quantity: 4n }]]);
    expect(part.status).toBe('PART_FULFILLED');
    expect(part.lines.map((l) => [l.remaining, l.done])).toEqual([[6n, false], [3n, false], [null, true]]);
    expect(fulfilment(order, [[{ accountId: 'W', quantity: 4n }], [{ accountId: 'W', quantity: 6n }, { accountId: 'G', quantity: 3n }]]).status).toBe('FULFILLED');
  });
  it('fills lines of the same item in line order', () => {
    const twice = [line(1, 'W', 2n, 200n), line(2, 'W', 5n, 500n)];
    expect(fulfilment(twice, [[{ accountId: 'W', quantity: 4n }]]).lines.map((l) => l.remaining)).toEqual([0n, 3n]);
  });
  it('an order without lines is fulfilled by its first reading', () => {
    expect(fulfilment([], [[]]).status).toBe('FULFILLED');
  });
});

describe('a new reading', () => {
  const names = (id: string) => id;
  const qty = (_id: string, q: bigint) => String(q);
  it('may take up to what is left of each item, and says when it completes the order', () => {
    expect(checkReading('SO-1', order, [], [{ accountId: 'W', quantity: 10n }, { accountId: 'G', quantity: 3n }], names, qty)).toEqual({ completes: true });
    expect(checkReading('SO-1', order, [], [{ accountId: 'W', quantity: 1n }], names, qty)).toEqual({ completes: false });
    expect(code(() => checkReading('SO-1', order, [[{ accountId: 'W', quantity: 8n }]], [{ accountId: 'W', quantity: 3n }], names, qty))).toBe('BAD_USER_INPUT');
    expect(code(() => checkReading('SO-1', order, [], [{ accountId: 'X', quantity: 1n }], names, qty))).toBe('BAD_USER_INPUT');
    const done = [[{ accountId: 'W', quantity: 10n }, { accountId: 'G', quantity: 3n }]];
    expect(code(() => checkReading('SO-1', order, done, [], names, qty))).toBe('INVALID_STATE');
  });
});

describe('the lines left', () => {
  it('take the remaining quantity and its share of the net, half-even; a line without quantity only once', () => {
    const state = fulfilment(order, [[{ accountId: 'W', quantity: 4n }, { accountId: 'G', quantity: 1n }]]);
    // W: 100.00 × 6/10 = 60.00; G: 9.99 × 2/3 = 6.66
    expect(remainingLines(order, state).map((l) => [l.accountId, l.quantity, l.net])).toEqual([['W', 6n, 6000n], ['G', 2n, 666n]]);
    expect(remainingLines(order, fulfilment(order, [])).map((l) => l.net)).toEqual([10000n, 999n, 1500n]);
  });
  it('rounds half to even', () => {
    expect([divideHalfEven(5n, 2n), divideHalfEven(7n, 2n), divideHalfEven(10n, 3n), divideHalfEven(20n, 3n)]).toEqual([2n, 4n, 3n, 7n]);
  });
});
