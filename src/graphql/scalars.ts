// Decimal, Date, DateTime and JSON. Bad values are BAD_USER_INPUT with a message that
// says what was expected; money never travels as a JSON number.
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { checkJsonBounds } from '../domain/input.ts';
import { DomainError } from '../domain/errors.ts';
import { MAX_DECIMAL_LENGTH } from '../domain/money.ts';
import { builder } from './builder.ts';

const badValue = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

const DECIMAL = /^-?\d+(\.\d+)?$/;

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string') {
    throw badValue(`Decimal must be a string such as "120.50", not a ${typeof value} (floats lose money)`);
  }
  if (value.length > MAX_DECIMAL_LENGTH) {
    throw badValue(`Decimal is ${value.length} characters long; a decimal number has at most ${MAX_DECIMAL_LENGTH}`);
  }
  if (!DECIMAL.test(value)) throw badValue(`Decimal "${value}" is not a decimal number such as "120.50"`);
  return value;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A business date "YYYY-MM-DD" that exists on the calendar. */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw badValue(`Date must be a calendar date "YYYY-MM-DD", got ${JSON.stringify(value)}`);
  }
  return value;
}

function literal(kind: string, parse: (v: unknown) => string) {
  return (node: ValueNode) => {
    if (node.kind !== Kind.STRING) throw badValue(`${kind} must be written as a string literal`);
    return parse(node.value);
  };
}

builder.scalarType('Decimal', {
  description: 'Exact decimal as a JSON string, e.g. "1234.50"; never a float',
  serialize: (value) => String(value),
  parseValue: parseDecimal,
  parseLiteral: literal('Decimal', parseDecimal),
});

builder.scalarType('Date', {
  description: 'Business date, "YYYY-MM-DD"',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: literal('Date', parseDate),
});

function withCode<T, R>(parse: (value: T) => R) {
  return (value: T): R => {
    try {
      return parse(value);
    } catch (error) {
      throw badValue((error as Error).message);
    }
  };
}

builder.scalarType('DateTime', {
  description: 'ISO 8601 instant',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: withCode((v: unknown) => DateTimeResolver.parseValue(v) as Date),
  parseLiteral: withCode((node: ValueNode) => DateTimeResolver.parseLiteral(node, {}) as Date),
});

/** A JSON input within its bounds (domain/input.ts), refused with PAYLOAD_TOO_LARGE beyond them. */
function boundedJson(value: unknown): unknown {
  try {
    checkJsonBounds(value);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } });
  }
  return value;
}

builder.scalarType('JSON', {
  description: 'Any JSON value, nested at most 32 levels and at most 64 KiB as JSON text',
  serialize: (value) => JSONResolver.serialize(value),
  parseValue: (v: unknown) => withCode((x: unknown) => JSONResolver.parseValue(x))(boundedJson(v)),
  parseLiteral: (node: ValueNode) => boundedJson(withCode((n: ValueNode) => JSONResolver.parseLiteral(n, {}))(node)),
});
