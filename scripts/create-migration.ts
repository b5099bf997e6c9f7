// `npm run db:migration -- <name> [--empty]`: what `prisma migrate dev --create-only` does,
// for SQLite and PostgreSQL at once, without the schema-engine binary. Writes
// prisma/migrations/<ts>_<name>/ and prisma/postgresql/migrations/<ts>_<name>/ from the
// diff between each migrations folder and its schema. --empty writes empty files to fill by hand.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writePostgresSchema } from './derive-postgres-schema.ts';
import { layouts, MIGRATION_LOCK_FILE, migrationLock, openEngine, repoRoot, type EngineDatabase, type Provider } from './schema-engine.ts';
import { createTestDatabase, startPostgres, type PostgresServer } from '../test/support/postgres.ts';

const EMPTY_MIGRATION = '-- This is an empty migration.\n';

/** Prisma's folder-name style: lower-case words joined by underscores. */
export function migrationFolderName(name: string, now = new Date()): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!slug) throw new Error(`migration name "${name}" has no letters or digits`);
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  return `${stamp}_${slug}`;
}

// Engine log lines are JSON; show only what a developer must read.
function engineLog(line: string): void {
  try {
    const { level, fields } = JSON.parse(line) as { level?: string; fields?: { message?: string } };
    if (level === 'WARN' || level === 'ERROR') console.error(`schema engine ${level}: ${fields?.message ?? line}`);
  } catch {
    console.error(line);
  }
}

async function diffFor(provider: Provider, database: EngineDatabase): Promise<string> {
  const engine = await openEngine(provider, database, engineLog);
  try {
    return await engine.diffMigrationsToSchema();
  } finally {
    await engine.close();
  }
}

/** PG_URL when set; otherwise a throwaway server that the caller stops. */
async function postgresDatabase(): Promise<{ url: string; server?: PostgresServer }> {
  if (process.env.PG_URL) return { url: process.env.PG_URL };
  console.error('PG_URL is not set: starting a throwaway PostgreSQL server for the diff');
  const server = await startPostgres();
  return { url: await createTestDatabase(server.url, 'daybook_migration'), server };
}

function writeMigration(provider: Provider, folder: string, sql: string): string {
  const { migrations } = layouts[provider];
  const dir = path.join(migrations, folder);
  if (existsSync(dir)) throw new Error(`${dir} already exists`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'migration.sql'), sql || EMPTY_MIGRATION);
  const lock = path.join(migrations, MIGRATION_LOCK_FILE);
  if (!existsSync(lock)) writeFileSync(lock, migrationLock(provider));
  return path.relative(repoRoot, path.join(dir, 'migration.sql'));
}

export async function createMigration(name: string, options: { empty?: boolean } = {}): Promise<string[]> {
  const folder = migrationFolderName(name);
  // the twin must reflect schema.prisma before PostgreSQL is diffed against it
  writePostgresSchema();
  let sqliteSql = '';
  let postgresSql = '';
  if (!options.empty) {
    sqliteSql = await diffFor('sqlite', { kind: 'sqlite' });
    const postgres = await postgresDatabase();
    try {
      postgresSql = await diffFor('postgresql', { kind: 'postgres', url: postgres.url });
    } finally {
      await postgres.server?.stop();
    }
    if (!sqliteSql && !postgresSql) return [];
  }
  // both folders get the same name, even when one side has nothing to do, so they stay in step
  return [writeMigration('sqlite', folder, sqliteSql), writeMigration('postgresql', folder, postgresSql)];
}

async function main(argv: string[]): Promise<number> {
  const empty = argv.includes('--empty');
  const names = argv.filter((arg) => !arg.startsWith('--'));
  if (names.length !== 1) {
    console.error('usage: npm run db:migration -- <name> [--empty]');
    return 2;
  }
  const written = await createMigration(names[0]!, { empty });
  if (written.length === 0) {
    console.log('schema.prisma already matches the migrations: nothing to create (use --empty for a hand-written one)');
    return 0;
  }
  for (const file of written) console.log(`created ${file}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
