// Orders and their fulfilment: an order (a transaction of a non-posting type) is read by
// the transactions whose type readsFrom its type (an invoice reads an order). A line naming
// a stock item is fulfilled by quantity, over as many readings as it takes; a line without
// a quantity is fulfilled by the first reading. Pure: the services load the lines.

import { DomainError, badInput } from './errors.ts';

export type OrderStatus = 'OPEN' | 'PART_FULFILLED' | 'FULFILLED';

export interface OrderLine {
  lineNo: number;
  /** the stock item (quantity lines) or the analysis account, or null */
  accountId: string | null;
  description: string | null;
  quantity: bigint | null;
  net: bigint;
  taxCodeId: string | null;
}

/** A line of a transaction that read the order: only stock-item lines with a quantity count by quantity. */
export interface ReadingLine {
  accountId: string | null;
  quantity: bigint | null;
}

export interface LineFulfilment {
  lineNo: number;
  accountId: string | null;
  /** null for a line without a quantity */
  ordered: bigint | null;
  fulfilled: bigint | null;
  remaining: bigint | null;
  /** a line without a quantity: fulfilled by the first reading */
  done: boolean;
}

export interface Fulfilment {
  status: OrderStatus;
  lines: LineFulfilment[];
}

/**
 * How far the order is fulfilled by its live readings (each reading's lines): per stock
 * item, the readings' quantities fill the order's lines of that item in line order.
 */
export function fulfilment(order: readonly OrderLine[], readings: readonly (readonly ReadingLine[])[]): Fulfilment {
  const delivered = new Map<string, bigint>();
  for (const lines of readings) {
    for (const line of lines) {
      if (line.accountId !== null && line.quantity !== null) delivered.set(line.accountId, (delivered.get(line.accountId) ?? 0n) + line.quantity);
    }
  }
  const lines = order.map((line): LineFulfilment => {
    if (line.quantity === null || line.accountId === null) {
      return { lineNo: line.lineNo, accountId: line.accountId, ordered: null, fulfilled: null, remaining: null, done: readings.length > 0 };
    }
    const left = delivered.get(line.accountId) ?? 0n;
    const fulfilled = left < line.quantity ? left : line.quantity;
    delivered.set(line.accountId, left - fulfilled);
    return { lineNo: line.lineNo, accountId: line.accountId, ordered: line.quantity, fulfilled, remaining: line.quantity - fulfilled, done: fulfilled === line.quantity };
  });
  const done = lines.filter((l) => l.done).length;
  const started = readings.length > 0;
  const status: OrderStatus = lines.length > 0 && done === lines.length ? 'FULFILLED' : started ? 'PART_FULFILLED' : 'OPEN';
  return { status: lines.length === 0 && started ? 'FULFILLED' : status, lines };
}

/** What is still to fulfil per stock item: Σ remaining of the order's lines naming it. */
export function remainingByItem(state: Fulfilment): Map<string, bigint> {
  const remaining = new Map<string, bigint>();
  for (const line of state.lines) {
    if (line.accountId !== null && line.remaining !== null) remaining.set(line.accountId, (remaining.get(line.accountId) ?? 0n) + line.remaining);
  }
  return remaining;
}

/**
 * Whether a new reading may fulfil the order, and whether it completes it. Refuses
 * (INVALID_STATE) an order already fulfilled, and (BAD_USER_INPUT) a stock line naming an
 * item the order does not hold or more than is left of it.
 */
export function checkReading(
  orderNumber: string,
  order: readonly OrderLine[],
  readings: readonly (readonly ReadingLine[])[],
  reading: readonly ReadingLine[],
  codeOf: (accountId: string) => string,
  formatQuantity: (accountId: string, quantity: bigint) => string,
): { completes: boolean } {
  const before = fulfilment(order, readings);
  if (before.status === 'FULFILLED') {
    throw new DomainError('INVALID_STATE', `sourceId ${orderNumber} has already been fulfilled`, { field: 'sourceId' });
  }
  const remaining = remainingByItem(before);
  const asked = new Map<string, bigint>();
  reading.forEach((line, index) => {
    if (line.accountId === null || line.quantity === null) return;
    if (!remaining.has(line.accountId)) {
      throw badInput(`lines[${index}] names ${codeOf(line.accountId)}, which order ${orderNumber} does not hold`, { field: `lines[${index}].accountCode` });
    }
    asked.set(line.accountId, (asked.get(line.accountId) ?? 0n) + line.quantity);
  });
  for (const [itemId, quantity] of asked) {
    const left = remaining.get(itemId)!;
    if (quantity > left) {
      throw badInput(
        `order ${orderNumber} has ${formatQuantity(itemId, left)} of ${codeOf(itemId)} left to fulfil; this transaction asks for ${formatQuantity(itemId, quantity)}`,
        { field: 'lines', accountCode: codeOf(itemId), remaining: formatQuantity(itemId, left) },
      );
    }
  }
  return { completes: fulfilment(order, [...readings, reading]).status === 'FULFILLED' };
}

/**
 * The lines an invoice takes when it names its order without lines of its own: what is
 * left of the order. A stock line takes its remaining quantity and the part of its net
 * that quantity bears (net × remaining ÷ ordered, rounded half-even); a line without a
 * quantity is taken whole by the first reading. Empty when nothing is left.
 */
export function remainingLines(order: readonly OrderLine[], state: Fulfilment): OrderLine[] {
  const out: OrderLine[] = [];
  order.forEach((line, i) => {
    const f = state.lines[i]!;
    if (f.done) return;
    if (f.ordered === null || f.remaining === null) {
      out.push(line);
      return;
    }
    out.push({ ...line, quantity: f.remaining, net: f.remaining === f.ordered ? line.net : divideHalfEven(line.net * f.remaining, f.ordered) });
  });
  return out.filter((line) => line.net > 0n);
}

/** a ÷ b for a ≥ 0, b > 0, rounded half to even. */
export function divideHalfEven(a: bigint, b: bigint): bigint {
  const q = a / b;
  const r = a % b;
  if (r * 2n > b || (r * 2n === b && q % 2n === 1n)) return q + 1n;
  return q;
}
