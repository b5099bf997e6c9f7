// Daybook's own migration applier: what `prisma migrate deploy` does, without the schema
// engine, so start-up needs no binary. It keeps `_prisma_migrations` exactly as Prisma
// does, so `prisma migrate deploy` on a connected machine sees the same history.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';

export type MigrationTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export type MigrationLog = (message: string) => void;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const MIGRATIONS_DIRS: Record<MigrationTarget['kind'], string> = {
  sqlite: path.join(repoRoot, 'prisma/migrations'),
  postgres: path.join(repoRoot, 'prisma/postgresql/migrations'),
};

// The engine's own DDL (sql-schema-connector flavours), so Prisma reads the table as its own.
const MIGRATIONS_TABLE_DDL = {
  sqlite: `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`,
  postgres: `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`,
} as const;

// The advisory lock key prisma migrate takes, so Daybook and Prisma never migrate at once.
const PRISMA_ADVISORY_LOCK = 72707369;

/** One folder of the migrations directory. */
export interface Migration {
  name: string;
  sql: string;
  /** lowercase hex SHA-256 of migration.sql, as Prisma records it */
  checksum: string;
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
}

export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

/** The migrations of a folder, in name (timestamp) order. */
export function readMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) throw new Error(`migrations folder ${dir} does not exist`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: checksumOf(sql) };
    });
}

/** The migrations still to apply; refuses edited or failed ones, as deploying over them is unsafe. */
function pendingMigrations(migrations: Migration[], applied: AppliedRow[]): Migration[] {
  const byName = new Map(applied.map((row) => [row.migration_name, row]));
  for (const row of applied) {
    if (row.finished_at === null) {
      throw new Error(
        `migration ${row.migration_name} failed earlier and is recorded unfinished in _prisma_migrations; ` +
          'repair the database and mark it rolled back (prisma migrate resolve) before migrating again',
      );
    }
  }
  for (const migration of migrations) {
    const row = byName.get(migration.name);
    if (row && row.checksum !== migration.checksum) {
      throw new Error(
        `migration ${migration.name} was changed after it was applied: its checksum is ${migration.checksum}, ` +
          `the database recorded ${row.checksum}. Restore the applied migration.sql and put changes in a new migration`,
      );
    }
  }
  return migrations.filter((migration) => !byName.has(migration.name));
}

function failure(name: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`migration ${name} failed: ${message}`, { cause: error });
}

function applySqlite(file: string, migrations: Migration[], log: MigrationLog): string[] {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    const hasTable = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
    if (!hasTable) db.exec(MIGRATIONS_TABLE_DDL.sqlite);
    const applied = db
      .prepare(`SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`)
      .all() as AppliedRow[];
    const done: string[] = [];
    for (const migration of pendingMigrations(migrations, applied)) {
      const id = randomUUID();
      // Prisma's SQLite engine stores these timestamps as Unix milliseconds
      db.prepare(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, 0)`,
      ).run(id, migration.checksum, migration.name, Date.now());
      try {
        db.exec('BEGIN IMMEDIATE');
        db.exec(migration.sql);
        db.prepare(`UPDATE "_prisma_migrations" SET finished_at = ?, applied_steps_count = 1 WHERE id = ?`).run(Date.now(), id);
        db.exec('COMMIT');
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        db.prepare(`UPDATE "_prisma_migrations" SET logs = ? WHERE id = ?`).run(String(error instanceof Error ? error.message : error), id);
        throw failure(migration.name, error);
      }
      log(`applied migration ${migration.name}`);
      done.push(migration.name);
    }
    return done;
  } finally {
    db.close();
  }
}

async function applyPostgres(url: string, migrations: Migration[], log: MigrationLog): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK]);
    const { rows: tables } = await client.query(`SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present`);
    if (!tables[0]?.present) await client.query(MIGRATIONS_TABLE_DDL.postgres);
    const { rows: applied } = await client.query<AppliedRow>(
      'SELECT migration_name, checksum, finished_at FROM _prisma_migrations WHERE rolled_back_at IS NULL',
    );
    const done: string[] = [];
    for (const migration of pendingMigrations(migrations, applied)) {
      const id = randomUUID();
      await client.query('INSERT INTO _prisma_migrations (id, checksum, migration_name, applied_steps_count) VALUES ($1, $2, $3, 0)', [
        id,
        migration.checksum,
        migration.name,
      ]);
      try {
        await client.query('BEGIN');
        // no parameters: the simple protocol runs the whole file, function bodies included
        await client.query(migration.sql);
        await client.query('UPDATE _prisma_migrations SET finished_at = now(), applied_steps_count = 1 WHERE id = $1', [id]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        await client.query('UPDATE _prisma_migrations SET logs = $1 WHERE id = $2', [
          String(error instanceof Error ? error.message : error),
          id,
        ]);
        throw failure(migration.name, error);
      }
      log(`applied migration ${migration.name}`);
      done.push(migration.name);
    }
    return done;
  } finally {
    // ending the session releases the advisory lock
    await client.end();
  }
}

/**
 * Applies the pending migrations of the target's folder in name order, each in one
 * transaction, recording each in `_prisma_migrations`. Returns the names it applied.
 */
export async function applyMigrations(
  target: MigrationTarget,
  log: MigrationLog = () => {},
  migrationsDir: string = MIGRATIONS_DIRS[target.kind],
): Promise<string[]> {
  const migrations = readMigrations(migrationsDir);
  return target.kind === 'sqlite' ? applySqlite(target.file, migrations, log) : applyPostgres(target.url, migrations, log);
}
