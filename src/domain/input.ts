// Turns the GraphQL CreateTransactionInput (decimal strings) into the bigint input the
// posting interpreter reads. Every refusal is BAD_USER_INPUT naming the field.

import { badInput, tooLarge } from './errors.ts';
import { AmountFormatError, MAX_AMOUNT, formatAmount, parseAmount } from './money.ts';
import type { Side } from './types.ts';

export interface RawLineInput {
  accountCode?: string | null;
  description?: string | null;
  quantity?: unknown;
  net: unknown;
  taxCode?: string | null;
  side?: Side | null;
}

/** CreateTransactionInput's posting-relevant fields as GraphQL hands them over. */
export interface RawTransactionInput {
  accountCode?: string | null;
  counterAccountCode?: string | null;
  date: string;
  dueDate?: string | null;
  reference?: string | null;
  description?: string | null;
  currency?: string | null;
  amount?: unknown;
  lines?: RawLineInput[] | null;
  params?: unknown;
  pending?: boolean | null;
  /** each line's `net` is given gross, tax included */
  pricesIncludeTax?: boolean | null;
}

export interface LineInput {
  accountCode?: string;
  description?: string;
  /** minor units of the stock item's unit */
  quantity?: bigint;
  net: bigint;
  taxCode?: string;
  side?: Side;
}

export interface TransactionInput {
  accountCode?: string;
  counterAccountCode?: string;
  date: string;
  dueDate?: string;
  reference?: string;
  description?: string;
  currency: string;
  /** minor-unit digits of `currency` */
  currencyDigits: number;
  /** minor units; for types without lines */
  amount?: bigint;
  /** undefined when the input gave none */
  lines?: LineInput[];
  params: Record<string, unknown>;
  pending: boolean;
  /** true: each line's `net` was given gross (tax included); the interpreter derives the tax */
  pricesIncludeTax?: true;
}

/** Where parsing learns digits: the service answers from ISO 4217 and the book's units. */
export interface DigitsOf {
  /** currency used when the input names none: the ledger account's */
  defaultCurrency?: string;
  /** minor-unit digits of a currency, undefined when unknown */
  currency(code: string): number | undefined;
  /** decimals of the unit of the stock item a line names, undefined when it names none */
  quantity(accountCode: string | undefined): number | undefined;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The most lines one transaction takes (docs/posting.md, "Limits"). */
export const MAX_LINES = 1000;
/** The deepest nesting of a JSON input (metadata, params, entryTemplates). */
export const MAX_JSON_DEPTH = 32;
/** The most a JSON input may hold, counted as the length of its JSON text. */
export const MAX_JSON_BYTES = 64 * 1024;

/**
 * Refuses (PAYLOAD_TOO_LARGE) a JSON value nested deeper than MAX_JSON_DEPTH or longer
 * than MAX_JSON_BYTES as JSON text. Walks it with a stack of its own, so no depth of
 * nesting can overflow the call stack, and stops as soon as a bound is passed.
 */
export function checkJsonBounds(value: unknown, what = 'JSON value'): void {
  const pending: [unknown, number][] = [[value, 1]];
  let bytes = 0;
  while (pending.length) {
    const [node, depth] = pending.pop()!;
    if (node !== null && typeof node === 'object') {
      if (depth > MAX_JSON_DEPTH) {
        throw tooLarge(`${what} is nested more than ${MAX_JSON_DEPTH} levels deep`, { limit: MAX_JSON_DEPTH });
      }
      const entries = Array.isArray(node) ? node.map((item) => ['', item] as const) : Object.entries(node);
      bytes += 2;
      for (const [key, item] of entries) {
        bytes += key.length + 4;
        pending.push([item, depth + 1]);
      }
    } else {
      bytes += typeof node === 'string' ? node.length + 2 : String(node).length;
    }
    if (bytes > MAX_JSON_BYTES) {
      throw tooLarge(`${what} is larger than ${MAX_JSON_BYTES} bytes of JSON`, { limit: MAX_JSON_BYTES });
    }
  }
}

/** The most allocations and expected versions one transaction names. */
export const MAX_LIST_ITEMS = 1000;
/** The longest reference or description, of the transaction or of a line. */
export const MAX_TEXT_LENGTH = 1000;

/**
 * Refuses (PAYLOAD_TOO_LARGE) a transaction input with more list items than a posting
 * takes, before anything is read or hashed: the cost of a posting grows with its lines.
 */
export function checkTransactionInputSize(raw: {
  reference?: string | null;
  description?: string | null;
  lines?: readonly { description?: string | null }[] | null;
  allocations?: readonly unknown[] | null;
  expectedVersions?: readonly unknown[] | null;
}): void {
  const lists = [
    ['lines', raw.lines, MAX_LINES],
    ['allocations', raw.allocations, MAX_LIST_ITEMS],
    ['expectedVersions', raw.expectedVersions, MAX_LIST_ITEMS],
  ] as const;
  for (const [field, list, max] of lists) {
    if (list && list.length > max) {
      throw tooLarge(`${field} has ${list.length} items; a transaction takes at most ${max.toLocaleString('en')}: split it into several transactions`, {
        field,
        limit: max,
      });
    }
  }
  const texts = [
    ['reference', raw.reference],
    ['description', raw.description],
    ...(raw.lines ?? []).map((line, i) => [`lines[${i}].description`, line.description] as const),
  ] as const;
  for (const [field, text] of texts) {
    if (typeof text === 'string' && text.length > MAX_TEXT_LENGTH) {
      throw tooLarge(`${field} is ${text.length} characters long; at most ${MAX_TEXT_LENGTH.toLocaleString('en')} are allowed`, {
        field,
        limit: MAX_TEXT_LENGTH,
      });
    }
  }
}

export function parseTransactionInput(raw: RawTransactionInput, digitsOf: DigitsOf): TransactionInput {
  checkTransactionInputSize(raw);
  const currency = raw.currency ?? digitsOf.defaultCurrency;
  if (!currency) throw badInput('currency is required when the account gives none', { field: 'currency' });
  const digits = digitsOf.currency(currency);
  if (digits === undefined) throw badInput(`currency "${currency}" is not known`, { field: 'currency' });
  return {
    ...optionalText(raw),
    date: parseDate(raw.date, 'date'),
    ...(raw.dueDate != null && { dueDate: parseDate(raw.dueDate, 'dueDate') }),
    currency,
    currencyDigits: digits,
    ...(raw.amount != null && { amount: parsePositive(raw.amount, digits, 'amount') }),
    ...(raw.lines != null && { lines: raw.lines.map((line, i) => parseLine(line, i, digits, digitsOf)) }),
    params: parseParams(raw.params),
    pending: raw.pending ?? false,
    ...(raw.pricesIncludeTax === true && { pricesIncludeTax: true as const }),
  };
}

function optionalText(raw: RawTransactionInput): Partial<TransactionInput> {
  const out: Partial<TransactionInput> = {};
  if (raw.accountCode != null) out.accountCode = raw.accountCode;
  if (raw.counterAccountCode != null) out.counterAccountCode = raw.counterAccountCode;
  if (raw.reference != null) out.reference = raw.reference;
  if (raw.description != null) out.description = raw.description;
  return out;
}

function parseLine(line: RawLineInput, index: number, digits: number, digitsOf: DigitsOf): LineInput {
  const field = `lines[${index}]`;
  const parsed: LineInput = { net: parsePositive(line.net, digits, `${field}.net`) };
  if (line.accountCode != null) parsed.accountCode = line.accountCode;
  if (line.description != null) parsed.description = line.description;
  if (line.taxCode != null) parsed.taxCode = line.taxCode;
  if (line.side != null) parsed.side = line.side;
  if (line.quantity != null) parsed.quantity = parseQuantity(line, field, digitsOf);
  return parsed;
}

function parseQuantity(line: RawLineInput, field: string, digitsOf: DigitsOf): bigint {
  const unitDigits = digitsOf.quantity(line.accountCode ?? undefined);
  // TransactionLine.quantity is in the stock item's unit: without an item there is no unit
  if (unitDigits === undefined) {
    throw badInput(`${field}.quantity is only allowed on a line naming a stock item`, { field: `${field}.quantity` });
  }
  return parsePositive(line.quantity, unitDigits, `${field}.quantity`);
}

/** A decimal string at `digits` places, strictly positive: direction carries the sign. */
export function parsePositive(value: unknown, digits: number, field: string): bigint {
  if (typeof value !== 'string') throw badInput(`${field} must be a decimal string such as "120.50"`, { field });
  let minor: bigint;
  try {
    minor = parseAmount(value, digits, field);
  } catch (error) {
    if (error instanceof AmountFormatError) throw badInput(error.message, { field });
    throw error;
  }
  if (minor <= 0n) throw badInput(`${field} must be greater than zero, got "${value}"`, { field });
  checkAmountBound(minor, digits, field);
  return minor;
}

/** Invariant 11: one amount is at most MAX_AMOUNT minor units (money.ts says why). */
export function checkAmountBound(minor: bigint, digits: number, field: string): void {
  if (minor > MAX_AMOUNT || minor < -MAX_AMOUNT) {
    throw badInput(`${field} is larger than the largest amount one input may carry, ${formatAmount(MAX_AMOUNT, digits)}`, {
      field,
      max: formatAmount(MAX_AMOUNT, digits),
    });
  }
}

function parseDate(text: string, field: string): string {
  const match = DATE.exec(text);
  const valid = match !== null && isCalendarDate(match[1]!, match[2]!, match[3]!);
  if (!valid) throw badInput(`${field} "${text}" is not a date in the form YYYY-MM-DD`, { field });
  return text;
}

function isCalendarDate(year: string, month: string, day: string): boolean {
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${year}-${month}-${day}`);
}

function parseParams(params: unknown): Record<string, unknown> {
  if (params == null) return {};
  if (typeof params !== 'object' || Array.isArray(params)) {
    throw badInput('params must be a JSON object', { field: 'params' });
  }
  return params as Record<string, unknown>;
}
