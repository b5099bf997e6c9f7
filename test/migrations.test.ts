// The migrations on real SQLite and PostgreSQL databases: Daybook's applier, the recorded
// history, the triggers that keep entries and audit events append-only, and that the
// migrations still produce exactly what schema.prisma describes.
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { applyMigrations, checksumOf, MIGRATIONS_DIRS, readMigrations, type MigrationTarget } from '../src/db/migrate.ts';
import { openEngine } from '../scripts/schema-engine.ts';
import { createTestDatabase, dropTestDatabase } from './support/postgres.ts';

const pgUrl = inject('pgUrl');

/** Just enough of a raw connection to seed rows and poke at triggers. */
interface RawDb {
  run(sql: string): Promise<void>;
  all<Row>(sql: string): Promise<Row[]>;
  close(): Promise<void>;
}

interface Backend {
  name: string;
  unavailable: boolean;
  kind: MigrationTarget['kind'];
  provider: 'sqlite' | 'postgresql';
  /** A target on a fresh, empty database. */
  freshTarget(): Promise<MigrationTarget>;
  connect(target: MigrationTarget): Promise<RawDb>;
}

const scratch = mkdtempSync(path.join(tmpdir(), 'daybook-migrations-test-'));
// dropped at the end, so a reused server (DAYBOOK_TEST_PG_URL) does not collect them
const pgDatabases: string[] = [];
async function freshPgDatabase(): Promise<string> {
  const url = await createTestDatabase(pgUrl!);
  pgDatabases.push(url);
  return url;
}
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await Promise.all(pgDatabases.map((url) => dropTestDatabase(url)));
});

let sqliteCount = 0;
const sqlite: Backend = {
  name: 'SQLite',
  unavailable: false,
  kind: 'sqlite',
  provider: 'sqlite',
  // a folder that does not exist yet: the applier creates it
  freshTarget: async () => ({ kind: 'sqlite', file: path.join(scratch, `db-${++sqliteCount}`, 'nested', 'daybook.db') }),
  async connect(target) {
    if (target.kind !== 'sqlite') throw new Error('not a SQLite target');
    const db = new Database(target.file);
    return {
      run: async (sql) => void db.exec(sql),
      all: async <Row>(sql: string) => db.prepare(sql).all() as Row[],
      close: async () => void db.close(),
    };
  },
};

const postgres: Backend = {
  name: 'PostgreSQL',
  unavailable: !pgUrl,
  kind: 'postgres',
  provider: 'postgresql',
  freshTarget: async () => ({ kind: 'postgres', url: await freshPgDatabase() }),
  async connect(target) {
    if (target.kind !== 'postgres') throw new Error('not a PostgreSQL target');
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    return {
      run: async (sql) => void (await client.query(sql)),
      all: async <Row>(sql: string) => (await client.query(sql)).rows as Row[],
      close: () => client.end(),
    };
  },
};

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  logs: string | null;
  applied_steps_count: number | string;
}

const historyQuery = 'SELECT migration_name, checksum, finished_at, logs, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name';

/** A private copy of a migrations folder that a test may edit. */
function copyOfMigrations(kind: MigrationTarget['kind']): string {
  const dir = mkdtempSync(path.join(scratch, `migrations-${kind}-`));
  cpSync(MIGRATIONS_DIRS[kind], dir, { recursive: true });
  return dir;
}

// A transaction with one pending entry and an audit event; NOT NULL columns filled, enums as literals.
const seed = `
INSERT INTO "Transaction" ("id", "bookId", "typeId", "typeVersionId", "number", "status", "date", "currency", "net", "tax", "gross", "createdById")
VALUES ('tx1', 'book1', 'type1', 'typever1', 'SI-1', 'PENDING', '2026-01-31', 'GBP', 1000, 0, 1000, 'user1');
INSERT INTO "Entry" ("id", "bookId", "transactionId", "accountId", "side", "amount", "currency", "status", "date")
VALUES ('entry1', 'book1', 'tx1', 'acct1', 'DEBIT', 1000, 'GBP', 'PENDING', '2026-01-31');
INSERT INTO "AuditEvent" ("id", "bookId", "action", "entityType", "entityId")
VALUES ('audit1', 'book1', 'transaction.recorded', 'Transaction', 'tx1');
INSERT INTO "OpenItemMovement" ("itemId", "kind", "sourceId", "bookId", "ledgerId", "accountId", "currency", "itemDate", "dueOn", "date", "amount")
VALUES ('tx1', 'ALLOCATION', 'alloc1', 'book1', 'ledger1', 'acct1', 'GBP', '2026-01-31', '2026-01-31', '2026-02-10', -400);
`;

for (const backend of [sqlite, postgres]) {
  describe.skipIf(backend.unavailable)(`migrations on ${backend.name}`, () => {
    const folders = readMigrations(MIGRATIONS_DIRS[backend.kind]);

    describe('applyMigrations', () => {
      it('applies every migration to an empty database and records each, finished, with its checksum', async () => {
        const target = await backend.freshTarget();
        const applied = await applyMigrations(target);
        expect(applied).toEqual(folders.map((folder) => folder.name));

        const db = await backend.connect(target);
        try {
          const rows = await db.all<MigrationRow>(historyQuery);
          expect(rows.map((row) => row.migration_name)).toEqual(folders.map((folder) => folder.name));
          for (const [i, row] of rows.entries()) {
            expect(row.checksum).toBe(folders[i]!.checksum);
            expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
            expect(row.finished_at).not.toBeNull();
            expect(Number(row.applied_steps_count)).toBe(1);
          }
        } finally {
          await db.close();
        }
      });

      it("leaves a history Prisma's own engine reads as complete and unedited (what migrate deploy checks)", async () => {
        const target = await backend.freshTarget();
        await applyMigrations(target);
        const engine = await openEngine(backend.provider, target.kind === 'sqlite' ? { kind: 'sqlite', file: target.file } : target);
        try {
          expect(await engine.diagnoseHistory()).toMatchObject({
            history: null,
            failedMigrationNames: [],
            editedMigrationNames: [],
            hasMigrationsTable: true,
          });
        } finally {
          await engine.close();
        }
      });

      it('re-applying is a no-op that returns []', async () => {
        const target = await backend.freshTarget();
        await applyMigrations(target);
        expect(await applyMigrations(target)).toEqual([]);
      });

      it('refuses to proceed when an applied migration.sql was edited', async () => {
        const target = await backend.freshTarget();
        const dir = copyOfMigrations(backend.kind);
        await applyMigrations(target, undefined, dir);
        const edited = folders[0]!.name;
        appendFileSync(path.join(dir, edited, 'migration.sql'), '\n-- edited after it was applied\n');
        await expect(applyMigrations(target, undefined, dir)).rejects.toThrow(
          new RegExp(`migration ${edited} was changed after it was applied`),
        );
      });

      it('a failing migration is rolled back, left unfinished with its error in logs, and named in the error', async () => {
        const target = await backend.freshTarget();
        const dir = copyOfMigrations(backend.kind);
        const broken = '99991231235959_broken';
        mkdirSync(path.join(dir, broken));
        const sql = 'CREATE TABLE "Half" ("id" TEXT PRIMARY KEY);\nINSERT INTO "NoSuchTable" ("id") VALUES (\'x\');\n';
        writeFileSync(path.join(dir, broken, 'migration.sql'), sql);

        await expect(applyMigrations(target, undefined, dir)).rejects.toThrow(new RegExp(`migration ${broken} failed: .*NoSuchTable`));
        const db = await backend.connect(target);
        try {
          const rows = await db.all<MigrationRow>(historyQuery);
          const failed = rows.find((row) => row.migration_name === broken);
          expect(failed).toMatchObject({ finished_at: null, checksum: checksumOf(sql) });
          expect(failed?.logs).toMatch(/NoSuchTable/);
          expect(rows.filter((row) => row.finished_at !== null)).toHaveLength(folders.length);
          // the transaction took the half-made table with it
          const half = await db.all(
            backend.kind === 'sqlite'
              ? `SELECT name FROM sqlite_master WHERE name = 'Half'`
              : `SELECT tablename FROM pg_tables WHERE tablename = 'Half'`,
          );
          expect(half).toEqual([]);
        } finally {
          await db.close();
        }
        await expect(applyMigrations(target, undefined, dir)).rejects.toThrow(new RegExp(`migration ${broken} failed earlier`));
      });
    });

    it('the migrations produce exactly what schema.prisma describes (engine diff is empty)', async () => {
      const database = backend.kind === 'sqlite' ? { kind: 'sqlite' as const } : { kind: 'postgres' as const, url: await freshPgDatabase() };
      const engine = await openEngine(backend.provider, database);
      try {
        expect(await engine.diffMigrationsToSchema()).toBe('');
      } finally {
        await engine.close();
      }
    });

    describe('append-only triggers', () => {
      let db: RawDb;
      beforeAll(async () => {
        const target = await backend.freshTarget();
        await applyMigrations(target);
        db = await backend.connect(target);
        await db.run(seed);
      });
      afterAll(() => db?.close());

      it('refuse deleting an Entry', async () => {
        await expect(db.run(`DELETE FROM "Entry" WHERE "id" = 'entry1'`)).rejects.toThrow(/entries are append-only: DELETE of an Entry is refused/);
      });

      it('refuse deleting an AuditEvent', async () => {
        await expect(db.run(`DELETE FROM "AuditEvent" WHERE "id" = 'audit1'`)).rejects.toThrow(
          /audit events are append-only: DELETE of an AuditEvent is refused/,
        );
      });

      it('refuse updating an AuditEvent', async () => {
        await expect(db.run(`UPDATE "AuditEvent" SET "reason" = 'rewritten' WHERE "id" = 'audit1'`)).rejects.toThrow(
          /audit events are append-only: UPDATE of an AuditEvent is refused/,
        );
      });

      it('refuse updating or deleting an OpenItemMovement', async () => {
        await expect(db.run(`UPDATE "OpenItemMovement" SET "amount" = -1 WHERE "itemId" = 'tx1'`)).rejects.toThrow(
          /open item movements are append-only: UPDATE of an OpenItemMovement is refused/,
        );
        await expect(db.run(`DELETE FROM "OpenItemMovement" WHERE "itemId" = 'tx1'`)).rejects.toThrow(
          /open item movements are append-only: DELETE of an OpenItemMovement is refused/,
        );
        const rows = await db.all<{ amount: number | string }>(`SELECT "amount" FROM "OpenItemMovement" WHERE "itemId" = 'tx1'`);
        expect(rows.map((r) => Number(r.amount))).toEqual([-400]);
      });

      it("refuse changing an Entry's amount", async () => {
        await expect(db.run(`UPDATE "Entry" SET "amount" = 999 WHERE "id" = 'entry1'`)).rejects.toThrow(
          /entries are append-only: UPDATE of an Entry's .*amount.* is refused/,
        );
      });

      it('refuse setting sequence or runningBalance without the PENDING to POSTED move', async () => {
        await expect(db.run(`UPDATE "Entry" SET "sequence" = 1 WHERE "id" = 'entry1'`)).rejects.toThrow(
          /entries are append-only: an Entry's sequence, runningBalance and postedAt may only be set/,
        );
      });

      it('allow PENDING to POSTED with a sequence, running balance and postedAt, once', async () => {
        await db.run(
          `UPDATE "Entry" SET "status" = 'POSTED', "sequence" = 1, "runningBalance" = 1000, "postedAt" = CURRENT_TIMESTAMP WHERE "id" = 'entry1'`,
        );
        const [entry] = await db.all<{ status: string; sequence: number | string }>(`SELECT "status", "sequence" FROM "Entry" WHERE "id" = 'entry1'`);
        expect(entry).toMatchObject({ status: 'POSTED' });
        expect(Number(entry?.sequence)).toBe(1);

        await expect(db.run(`UPDATE "Entry" SET "sequence" = 2 WHERE "id" = 'entry1'`)).rejects.toThrow(/entries are append-only/);
        await expect(db.run(`UPDATE "Entry" SET "runningBalance" = 0 WHERE "id" = 'entry1'`)).rejects.toThrow(/entries are append-only/);
        await expect(db.run(`UPDATE "Entry" SET "status" = 'VOIDED' WHERE "id" = 'entry1'`)).rejects.toThrow(
          /entries are append-only: an Entry's status may only change from PENDING to POSTED or VOIDED/,
        );
      });
    });
  });
}
