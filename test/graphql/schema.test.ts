// The checked-in schema.graphql is what the code prints, and it keeps the API contract.
import { existsSync, readFileSync } from 'node:fs';
import { buildSchema as parseSchema, findBreakingChanges, GraphQLError, Kind, type GraphQLScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../../src/graphql/print.ts';
import { buildSchema } from '../../src/graphql/schema.ts';
import { CONTRACT_PENDING } from './contract-pending.ts';

const root = new URL('../../', import.meta.url);

describe('schema.graphql', () => {
  it('is what the Pothos schema prints (run `npm run generate` when this fails)', () => {
    const checkedIn = readFileSync(new URL('schema.graphql', root), 'utf8');
    expect(checkedIn === printedSchema(), 'schema.graphql is stale: run `npm run generate`').toBe(true);
  });

  it('detects a stale file: a schema missing a field is not what the code prints', () => {
    const checkedIn = readFileSync(new URL('schema.graphql', root), 'utf8');
    expect(checkedIn.replace(/\n\s+baseCurrency: String!/, '')).not.toBe(printedSchema());
  });

  it('contains the API contract, but for the parts of later issues listed as pending', () => {
    const contract = parseSchema(readFileSync(new URL('docs/api-contract.graphql', root), 'utf8'));
    const ours = parseSchema(readFileSync(new URL('schema.graphql', root), 'utf8'));
    const missing = findBreakingChanges(contract, ours).map((c) => c.description);
    const unexpected = missing.filter((d) => !CONTRACT_PENDING.includes(d));
    expect(unexpected, 'the schema breaks the contract').toEqual([]);
    // the pending list only shrinks: an item that is now implemented must leave it
    const done = CONTRACT_PENDING.filter((d) => !missing.includes(d));
    expect(done, 'implemented now: remove from test/graphql/contract-pending.ts').toEqual([]);
  });
});

// The contract is designed outside the repository; docs/api-contract.graphql is its copy, so
// that a clone tests on its own. Where the design folder is present, the copy must match it.
const designContract = new URL('../shared/design/api-contract.graphql', root);
describe('docs/api-contract.graphql', () => {
  it.skipIf(!existsSync(designContract))('is a faithful copy of the design folder\'s contract', () => {
    const copy = readFileSync(new URL('docs/api-contract.graphql', root), 'utf8');
    expect(copy === readFileSync(designContract, 'utf8'), 'copy ../shared/design/api-contract.graphql to docs/').toBe(true);
  });
});

describe('scalars refuse bad values with BAD_USER_INPUT', () => {
  const schema = buildSchema();
  const scalar = (name: string) => schema.getType(name) as GraphQLScalarType;
  const refuses = (name: string, value: unknown) => {
    try {
      scalar(name).parseValue(value);
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      return (error as GraphQLError).extensions.code;
    }
    return 'accepted';
  };

  it('Decimal: JSON numbers and non-decimal strings are refused; decimal strings pass', () => {
    expect(refuses('Decimal', 120.5)).toBe('BAD_USER_INPUT');
    expect(refuses('Decimal', '12,50')).toBe('BAD_USER_INPUT');
    expect(refuses('Decimal', '1e3')).toBe('BAD_USER_INPUT');
    expect(scalar('Decimal').parseValue('-1234.50')).toBe('-1234.50');
    expect(() => scalar('Decimal').parseLiteral({ kind: Kind.FLOAT, value: '1.5' })).toThrow(/string/);
  });

  it('Date: only real calendar dates "YYYY-MM-DD"', () => {
    expect(refuses('Date', '2026-02-30')).toBe('BAD_USER_INPUT');
    expect(refuses('Date', '2026-1-5')).toBe('BAD_USER_INPUT');
    expect(refuses('Date', 20260105)).toBe('BAD_USER_INPUT');
    expect(scalar('Date').parseValue('2024-02-29')).toBe('2024-02-29');
  });

  it('DateTime: ISO 8601 instants only', () => {
    expect(refuses('DateTime', 'yesterday')).toBe('BAD_USER_INPUT');
    expect(scalar('DateTime').parseValue('2026-11-22T10:00:00Z')).toBeInstanceOf(Date);
  });

  it('JSON: any JSON value passes through unchanged (malformed JSON is a parse error of the request)', () => {
    expect(scalar('JSON').parseValue({ a: [1, 'b'] })).toEqual({ a: [1, 'b'] });
  });
});
