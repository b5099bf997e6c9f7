// The open item movements the open_item_movements migration derives from allocations,
// releases and reversals (its backfill), for a book: run here against a live database so a
// test can compare them with the movements the services wrote.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../src/db.ts';
import { MIGRATIONS_DIRS } from '../../src/db/migrate.ts';

export interface MovementRow {
  itemId: string;
  kind: string;
  sourceId: string;
  ledgerId: string;
  accountId: string;
  currency: string;
  itemDate: string;
  dueOn: string;
  date: string;
  amount: string;
}

const COLUMNS = `"itemId", CAST("kind" AS TEXT) AS "kind", "sourceId", "ledgerId", "accountId", "currency", "itemDate", "dueOn", "date", CAST("amount" AS TEXT) AS "amount"`;

/** The backfill's INSERT … SELECT statements, as the migration holds them. */
function backfillStatements(kind: Database['kind']): string[] {
  const dir = MIGRATIONS_DIRS[kind];
  const folder = readdirSync(dir).find((name) => name.endsWith('_open_item_movements'))!;
  const sql = readFileSync(join(dir, folder, 'migration.sql'), 'utf8');
  return sql
    .split(/;\s*\n/)
    .map((statement) => statement.replace(/^(\s*--[^\n]*\n)*/g, '').trim())
    .filter((statement) => statement.startsWith('INSERT INTO "OpenItemMovement"'));
}

/** Runs the backfill into a scratch table and returns its rows for the book, and the services' rows. */
export async function backfilledAndWritten(db: Database, bookId: string): Promise<{ backfilled: MovementRow[]; written: MovementRow[] }> {
  const { prisma, kind } = db;
  const scratch = `"OpenItemMovementBackfill_${bookId.replace(/-/g, '')}"`;
  await prisma.$executeRawUnsafe(
    kind === 'postgres' ? `CREATE TABLE ${scratch} (LIKE "OpenItemMovement")` : `CREATE TABLE ${scratch} AS SELECT * FROM "OpenItemMovement" WHERE 0`,
  );
  try {
    const statements = backfillStatements(kind);
    if (statements.length !== 3) throw new Error(`expected 3 backfill statements in the migration, found ${statements.length}`);
    for (const statement of statements) await prisma.$executeRawUnsafe(statement.replace('INSERT INTO "OpenItemMovement"', `INSERT INTO ${scratch}`));
    const read = (table: string) =>
      prisma.$queryRawUnsafe<MovementRow[]>(
        `SELECT ${COLUMNS} FROM ${table} WHERE "bookId" = ${kind === 'postgres' ? '$1' : '?'} ORDER BY "itemId", "kind", "sourceId"`,
        bookId,
      );
    return { backfilled: await read(scratch), written: await read('"OpenItemMovement"') };
  } finally {
    await prisma.$executeRawUnsafe(`DROP TABLE ${scratch}`);
  }
}
