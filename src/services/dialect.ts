// What SQLite and PostgreSQL do differently on the write path, in one place: locks, many
// rows in one statement, document numbers. Every statement goes through the Prisma
// client's raw API (the driver adapter), so it joins the caller's database transaction.
//
// Many rows travel as one JSON parameter (json_each / json_array_elements) rather than one
// placeholder per value: one statement whatever the batch size, and no parameter limit.
import type { DatabaseKind, Tx } from '../db.ts';
import type { BalanceRow } from '../domain/ledger.ts';

export type ColumnType = 'text' | 'bigint' | 'integer' | 'boolean' | 'timestamp' | 'json' | `enum:${string}`;
export type Column = readonly [name: string, type: ColumnType];

export interface Dialect {
  kind: DatabaseKind;
  /** Locks the books a batch writes (shared on PostgreSQL, the write lock on SQLite) and reads their configuration versions. */
  lockBooks(tx: Tx, bookIds: readonly string[]): Promise<Map<string, number>>;
  /** Locks balance rows in account id order (the order every writer takes them in). */
  lockBalances(tx: Tx, accountIds: Iterable<string>): Promise<Map<string, BalanceRow>>;
  /** INSERT of many rows in one statement; values in column order. */
  insertRows(tx: Tx, table: string, columns: readonly Column[], rows: readonly (readonly unknown[])[], conflict?: string): Promise<void>;
  /** INSERT … ON CONFLICT DO NOTHING of many rows; the values of `returning` for the rows inserted. */
  insertNew(tx: Tx, table: string, columns: readonly Column[], rows: readonly (readonly unknown[])[], returning: string): Promise<string[]>;
  /** Writes balance rows (sums, version, last sequence) in one statement. */
  updateBalances(tx: Tx, rows: readonly BalanceRow[]): Promise<void>;
  /** Takes `count` document numbers of each type; the first number of each run. */
  takeNumbers(tx: Tx, counts: ReadonlyMap<string, number>): Promise<Map<string, number>>;
}

/** JSON text for rows with bigints written as exact integer literals. */
function rowsJson(rows: readonly (readonly unknown[])[], columns: readonly Column[], kind: DatabaseKind): string {
  return JSON.stringify(
    rows.map((row) =>
      row.map((value, i) => {
        if (value === undefined || value === null) return null;
        const type = columns[i]![1];
        if (type === 'json') return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
        // SQLite: the text Prisma's adapter writes (iso8601 with +00:00)
        if (type === 'timestamp') return kind === 'sqlite' ? (value as Date).toISOString().replace('Z', '+00:00') : (value as Date).toISOString();
        if (typeof value === 'bigint') return `\u0000${value}\u0000`;
        return value;
      }),
    ),
  ).replace(/"\\u0000(-?\d+)\\u0000"/g, '$1');
}

const quoted = (name: string) => `"${name}"`;

type RawBalance = { accountId: string } & Record<Exclude<keyof BalanceRow, 'accountId'>, bigint | number>;

function fromRaw(row: RawBalance): BalanceRow {
  return {
    accountId: row.accountId,
    postedDebits: BigInt(row.postedDebits),
    postedCredits: BigInt(row.postedCredits),
    pendingDebits: BigInt(row.pendingDebits),
    pendingCredits: BigInt(row.pendingCredits),
    version: Number(row.version),
    lastSequence: Number(row.lastSequence),
  };
}

const BALANCE_COLUMNS = `"accountId", "postedDebits", "postedCredits", "pendingDebits", "pendingCredits", "version", "lastSequence"`;

const balanceValues = (rows: readonly BalanceRow[]) =>
  rows.map((b) => [b.accountId, b.postedDebits, b.postedCredits, b.pendingDebits, b.pendingCredits, b.version, b.lastSequence]);
const BALANCE_VALUE_COLUMNS: readonly Column[] = [
  ['accountId', 'text'], ['postedDebits', 'bigint'], ['postedCredits', 'bigint'], ['pendingDebits', 'bigint'],
  ['pendingCredits', 'bigint'], ['version', 'integer'], ['lastSequence', 'integer'],
];
const BALANCE_SET = BALANCE_VALUE_COLUMNS.slice(1).map(([name], i) => [name, i + 1] as const);

const sqlite: Dialect = {
  kind: 'sqlite',
  async lockBooks(tx, bookIds) {
    const ids = [...new Set(bookIds)];
    // a write statement first: the transaction takes SQLite's write lock now, not at its first insert
    const rows = await tx.$queryRawUnsafe<{ id: string; configVersion: bigint | number }[]>(
      `UPDATE "Book" SET "configVersion" = "configVersion" WHERE "id" IN (${ids.map(() => '?').join(',')}) RETURNING "id", "configVersion"`,
      ...ids,
    );
    return new Map(rows.map((r) => [r.id, Number(r.configVersion)]));
  },
  async lockBalances(tx, accountIds) {
    const ids = [...new Set(accountIds)].sort();
    if (ids.length === 0) return new Map();
    const rows = await tx.$queryRawUnsafe<RawBalance[]>(
      `UPDATE "AccountBalance" SET "version" = "version" WHERE "accountId" IN (SELECT value FROM json_each(?)) RETURNING ${BALANCE_COLUMNS}`,
      JSON.stringify(ids),
    );
    return new Map(rows.map((row) => [row.accountId, fromRaw(row)]));
  },
  async insertRows(tx, table, columns, rows, conflict) {
    if (rows.length === 0) return;
    await tx.$executeRawUnsafe(sqliteInsert(table, columns, conflict), rowsJson(rows, columns, 'sqlite'));
  },
  async insertNew(tx, table, columns, rows, returning) {
    if (rows.length === 0) return [];
    const result = await tx.$queryRawUnsafe<Record<string, string>[]>(
      `${sqliteInsert(table, columns, 'ON CONFLICT DO NOTHING')} RETURNING ${quoted(returning)}`,
      rowsJson(rows, columns, 'sqlite'),
    );
    return result.map((r) => r[returning]!);
  },
  async updateBalances(tx, rows) {
    if (rows.length === 0) return;
    await tx.$executeRawUnsafe(
      `UPDATE "AccountBalance" SET ${BALANCE_SET.map(([name, i]) => `"${name}" = v.value->>${i}`).join(', ')}
       FROM json_each(?) v WHERE "AccountBalance"."accountId" = v.value->>0`,
      rowsJson(balanceValues(rows), BALANCE_VALUE_COLUMNS, 'sqlite'),
    );
  },
  async takeNumbers(tx, counts) {
    if (counts.size === 0) return new Map();
    const json = JSON.stringify([...counts]);
    const rows = await tx.$queryRawUnsafe<{ id: string; nextNumber: bigint | number }[]>(
      `UPDATE "TransactionType" SET "nextNumber" = "nextNumber" + (SELECT value->>1 FROM json_each(?) WHERE value->>0 = "TransactionType"."id")
       WHERE "id" IN (SELECT value->>0 FROM json_each(?)) RETURNING "id", "nextNumber"`,
      json,
      json,
    );
    return new Map(rows.map((r) => [r.id, Number(r.nextNumber) - counts.get(r.id)!]));
  },
};

function sqliteInsert(table: string, columns: readonly Column[], conflict = ''): string {
  // INSERT … SELECT needs a WHERE before ON CONFLICT (SQLite's parsing ambiguity)
  return `INSERT INTO ${quoted(table)} (${columns.map(([name]) => quoted(name)).join(', ')})
    SELECT ${columns.map((_c, i) => `value->>${i}`).join(', ')} FROM json_each(?) WHERE true ${conflict}`;
}

const pgCast = (type: ColumnType) =>
  type === 'timestamp' ? 'timestamp(3)' : type === 'json' ? 'jsonb' : type.startsWith('enum:') ? `"${type.slice(5)}"` : type;

function pgInsert(table: string, columns: readonly Column[], conflict = ''): string {
  return `INSERT INTO ${quoted(table)} (${columns.map(([name]) => quoted(name)).join(', ')})
    SELECT ${columns.map(([, type], i) => `(r->>${i})::${pgCast(type)}`).join(', ')} FROM json_array_elements($1::json) r ${conflict}`;
}

const postgres: Dialect = {
  kind: 'postgres',
  async lockBooks(tx, bookIds) {
    // shared: batches of one book run side by side; a configuration change (its trigger
    // updates the row) waits for them, and they for it
    const rows = await tx.$queryRawUnsafe<{ id: string; configVersion: number }[]>(
      `SELECT "id", "configVersion" FROM "Book" WHERE "id" = ANY($1::text[]) ORDER BY "id" FOR SHARE`,
      [...new Set(bookIds)].sort(),
    );
    return new Map(rows.map((r) => [r.id, Number(r.configVersion)]));
  },
  async lockBalances(tx, accountIds) {
    const ids = [...new Set(accountIds)].sort();
    if (ids.length === 0) return new Map();
    const rows = await tx.$queryRawUnsafe<RawBalance[]>(
      `SELECT ${BALANCE_COLUMNS} FROM "AccountBalance" WHERE "accountId" = ANY($1::text[]) ORDER BY "accountId" FOR UPDATE`,
      ids,
    );
    return new Map(rows.map((row) => [row.accountId, fromRaw(row)]));
  },
  async insertRows(tx, table, columns, rows, conflict) {
    if (rows.length === 0) return;
    await tx.$executeRawUnsafe(pgInsert(table, columns, conflict), rowsJson(rows, columns, 'postgres'));
  },
  async insertNew(tx, table, columns, rows, returning) {
    if (rows.length === 0) return [];
    const result = await tx.$queryRawUnsafe<Record<string, string>[]>(
      `${pgInsert(table, columns, 'ON CONFLICT DO NOTHING')} RETURNING ${quoted(returning)}`,
      rowsJson(rows, columns, 'postgres'),
    );
    return result.map((r) => r[returning]!);
  },
  async updateBalances(tx, rows) {
    if (rows.length === 0) return;
    await tx.$executeRawUnsafe(
      `UPDATE "AccountBalance" b SET ${BALANCE_SET.map(([name, i]) => `"${name}" = (r->>${i})::${name === 'version' || name === 'lastSequence' ? 'integer' : 'bigint'}`).join(', ')}
       FROM json_array_elements($1::json) r WHERE b."accountId" = r->>0`,
      rowsJson(balanceValues(rows), BALANCE_VALUE_COLUMNS, 'postgres'),
    );
  },
  async takeNumbers(tx, counts) {
    if (counts.size === 0) return new Map();
    const ids = [...counts.keys()].sort();
    // in id order: two batches taking numbers of the same types queue, never deadlock
    const rows = await tx.$queryRawUnsafe<{ id: string; nextNumber: number }[]>(
      `UPDATE "TransactionType" t SET "nextNumber" = t."nextNumber" + v.n
       FROM (SELECT unnest($1::text[]) AS id, unnest($2::int[]) AS n) v WHERE t."id" = v.id RETURNING t."id", t."nextNumber"`,
      ids,
      ids.map((id) => counts.get(id)!),
    );
    return new Map(rows.map((r) => [r.id, Number(r.nextNumber) - counts.get(r.id)!]));
  },
};

export const dialectOf = (kind: DatabaseKind): Dialect => (kind === 'postgres' ? postgres : sqlite);
