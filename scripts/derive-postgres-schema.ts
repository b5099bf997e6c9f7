// Writes prisma/postgresql/schema.prisma from prisma/schema.prisma, the single source of
// the data model: same models, PostgreSQL provider, its own client (a Prisma 7 client
// generated for SQLite refuses the pg adapter), no Pothos types (one set serves both).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE_SCHEMA = path.join(repoRoot, 'prisma/schema.prisma');
export const POSTGRES_SCHEMA = path.join(repoRoot, 'prisma/postgresql/schema.prisma');

const HEADER = [
  '// generated, do not edit: scripts/derive-postgres-schema.ts writes this file from',
  '// prisma/schema.prisma (run `npm run generate:prisma`).',
  '',
].join('\n');

// Each rewrite must match exactly once, so a reshaped source schema fails loudly instead of drifting.
function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g'));
  if (matches?.length !== 1) {
    throw new Error(`derive-postgres-schema: expected exactly one ${what} in prisma/schema.prisma, found ${matches?.length ?? 0}`);
  }
  return text.replace(pattern, replacement);
}

/** The PostgreSQL twin of a SQLite schema.prisma text. */
export function derivePostgresSchema(source: string): string {
  let text = source;
  text = replaceOnce(text, /^generator pothos \{[^}]*\}\n+/m, '', 'generator pothos block');
  text = replaceOnce(
    text,
    /(^generator client \{[^}]*?\boutput\s*=\s*)"[^"]*"/m,
    '$1"../../src/generated/prisma-pg"',
    'client generator output',
  );
  text = replaceOnce(text, /(^datasource db \{[^}]*?\bprovider\s*=\s*)"sqlite"/m, '$1"postgresql"', 'sqlite datasource provider');
  return HEADER + text;
}

export function writePostgresSchema(): string {
  const derived = derivePostgresSchema(readFileSync(SOURCE_SCHEMA, 'utf8'));
  mkdirSync(path.dirname(POSTGRES_SCHEMA), { recursive: true });
  writeFileSync(POSTGRES_SCHEMA, derived);
  return POSTGRES_SCHEMA;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  console.log(`wrote ${path.relative(process.cwd(), writePostgresSchema())}`);
}
