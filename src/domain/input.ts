// Turns the GraphQL CreateTransactionInput (decimal strings) into the bigint input the
// posting interpreter reads. Every refusal is BAD_USER_INPUT naming the field.

import { badInput } from './errors.ts';
import { AmountFormatError, parseAmount } from './money.ts';
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

export function parseTransactionInput(raw: RawTransactionInput, digitsOf: DigitsOf): TransactionInput {
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
  return minor;
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
