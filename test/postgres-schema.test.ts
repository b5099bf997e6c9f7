import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derivePostgresSchema, POSTGRES_SCHEMA, SOURCE_SCHEMA } from '../scripts/derive-postgres-schema.ts';

describe('prisma/postgresql/schema.prisma', () => {
  it('is what scripts/derive-postgres-schema.ts derives from prisma/schema.prisma (run npm run generate:prisma)', () => {
    const derived = derivePostgresSchema(readFileSync(SOURCE_SCHEMA, 'utf8'));
    expect(readFileSync(POSTGRES_SCHEMA, 'utf8')).toBe(derived);
  });

  it('targets PostgreSQL with its own client and no Pothos generator', () => {
    const twin = readFileSync(POSTGRES_SCHEMA, 'utf8');
    expect(twin).toMatch(/^\/\/ generated, do not edit/);
    expect(twin).toMatch(/provider\s*=\s*"postgresql"/);
    expect(twin).toContain('output       = "../../src/generated/prisma-pg"');
    expect(twin).not.toContain('prisma-pothos-types');
    expect(twin).not.toContain('"sqlite"');
  });

  it('refuses a source schema it does not recognise rather than derive a wrong twin', () => {
    expect(() => derivePostgresSchema('datasource db {\n  provider = "sqlite"\n}\n')).toThrow(/expected exactly one generator pothos block/);
  });
});
