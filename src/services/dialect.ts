// What SQLite and PostgreSQL do differently on the write path, in one place: locks, many
// rows in one statement, document numbers. Every statement goes through a `Sql`: the
// Prisma client's raw API inside an interactive transaction (prismaSql), or the driver
// itself (db.ts `writeTransaction`), where the query engine's cost per statement would
// dominate the group commit.
//
// Many rows travel as one JSON parameter (json_each / json_array_elements) rather than one
// placeholder per value: one statement whatever the batch size, and no parameter limit.
import type { DatabaseKind, Tx } from '../db.ts';
import type { BalanceRow } from '../domain/ledger.ts';

/** Runs one statement in the caller's database transaction: its rows (none for a write without RETURNING). */
export interface Sql {
  query<T = Record<string, unknown>>(sql: string, params: readonly unknown[]): Promise<T[]>;
}

/** The statements of a Prisma interactive transaction. */
export const prismaSql = (tx: Tx): Sql => ({
  query: <T>(sql: string, params: readonly unknown[]) => tx.$queryRawUnsafe<T[]>(sql, ...params),
});

export type ColumnType = 'text' | 'bigint' | 'integer' | 'boolean' | 'timestamp' | 'json' | `enum:${string}`;
export type Column = readonly [name: string, type: ColumnType];

export interface Dialect {
  kind: DatabaseKind;
  /**
   * Locks the books a batch writes (shared on PostgreSQL, the write lock on SQLite) and reads
   * their configuration versions; SQLite, which holds the one write lock from then on, also
   * reads the heads and the balances of `accountIds` in the same statement.
   */
  lockBooks(sql: Sql, bookIds: readonly string[], accountIds?: Iterable<string>): Promise<BatchLock>;
  /** Locks balance rows in account id order (the order every writer takes them in). */
  lockBalances(sql: Sql, accountIds: Iterable<string>): Promise<Map<string, BalanceRow>>;
  /**
   * The writes of a batch, in order: SQLite one statement each; PostgreSQL all of them in one
   * statement (data-modifying WITH clauses; constraints and triggers fire at its end).
   */
  writeAll(sql: Sql, writes: readonly (TableWrite | BalancesWrite)[]): Promise<void>;
  /** INSERT of many rows in one statement; values in column order. */
  insertRows(sql: Sql, table: string, columns: readonly Column[], rows: readonly (readonly unknown[])[], conflict?: string): Promise<void>;
  /** INSERT … ON CONFLICT DO NOTHING of many rows; the values of `returning` for the rows inserted. */
  insertNew(sql: Sql, table: string, columns: readonly Column[], rows: readonly (readonly unknown[])[], returning: string): Promise<string[]>;
  /** Writes balance rows (sums, version, last sequence) in one statement. */
  updateBalances(sql: Sql, rows: readonly BalanceRow[]): Promise<void>;
  /** Takes `count` document numbers of each type; the first number of each run. */
  takeNumbers(sql: Sql, counts: ReadonlyMap<string, number>): Promise<Map<string, number>>;
  /** The idempotency records of (bookId, key) pairs in a scope. */
  readKeys(sql: Sql, scope: string, keys: readonly (readonly [bookId: string, key: string])[]): Promise<KeyRecord[]>;
  /** Gives back the keys a scope's unwritten results had claimed. */
  releaseKeys(sql: Sql, scope: string, resultIds: readonly string[]): Promise<void>;
  /** The placeholder of the n-th parameter (1-based). */
  param(n: number): string;
}

/** Rows for one table: an INSERT of many rows, values in column order. */
export interface TableWrite {
  table: string;
  columns: readonly Column[];
  rows: readonly (readonly unknown[])[];
  /** e.g. ON CONFLICT … DO UPDATE */
  conflict?: string;
}

/** New sums, versions and last sequences of balance rows (an UPDATE). */
export interface BalancesWrite {
  balances: readonly BalanceRow[];
}

export interface BookLock {
  configVersion: number;
  /** the book's audit chain head, when read with the lock (the writer then writes no statement to lock it) */
  auditHead?: { seq: number; hash: string };
  /** the book's last outbox sequence, when read with the lock (a trigger moves the head: migration outbox_head_follows_events) */
  outboxSequence?: number;
}

export interface BatchLock {
  books: Map<string, BookLock>;
  /** the balances of the accounts asked for, when read with the lock */
  balances?: Map<string, BalanceRow>;
}

export interface KeyRecord {
  bookId: string;
  key: string;
  requestHash: string;
  resultId: string;
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
/** a balance row as JSON text: the sums as decimal strings (JSON numbers would lose 64-bit precision) */
const BALANCE_TEXT = BALANCE_COLUMNS.split(', ').map((c) => `CAST(${c} AS TEXT)`).join(', ');

function fromText([accountId, postedDebits, postedCredits, pendingDebits, pendingCredits, version, lastSequence]: string[]): BalanceRow {
  return {
    accountId: accountId!,
    postedDebits: BigInt(postedDebits!),
    postedCredits: BigInt(postedCredits!),
    pendingDebits: BigInt(pendingDebits!),
    pendingCredits: BigInt(pendingCredits!),
    version: Number(version),
    lastSequence: Number(lastSequence),
  };
}

const balanceValues = (rows: readonly BalanceRow[]) =>
  rows.map((b) => [b.accountId, b.postedDebits, b.postedCredits, b.pendingDebits, b.pendingCredits, b.version, b.lastSequence]);
const BALANCE_VALUE_COLUMNS: readonly Column[] = [
  ['accountId', 'text'], ['postedDebits', 'bigint'], ['postedCredits', 'bigint'], ['pendingDebits', 'bigint'],
  ['pendingCredits', 'bigint'], ['version', 'integer'], ['lastSequence', 'integer'],
];
const BALANCE_SET = BALANCE_VALUE_COLUMNS.slice(1).map(([name], i) => [name, i + 1] as const);

const sqlite: Dialect = {
  kind: 'sqlite',
  param: () => '?',
  async writeAll(sql, writes) {
    for (const write of writes) {
      if ('balances' in write) await sqlite.updateBalances(sql, write.balances);
      else await sqlite.insertRows(sql, write.table, write.columns, write.rows, write.conflict);
    }
  },
  async lockBooks(sql, bookIds, accountIds = []) {
    // a write statement first: the transaction takes SQLite's write lock now, not at its first
    // insert; what the writer reads next (heads, balances) no one can change until it commits
    const books = [...new Set(bookIds)];
    const rows = await sql.query<{
      id: string;
      configVersion: bigint | number;
      auditSeq: bigint | number | null;
      auditHash: string | null;
      outboxSequence: bigint | number | null;
      balances: string | null;
    }>(
      `UPDATE "Book" SET "configVersion" = "configVersion" WHERE "id" IN (SELECT value FROM json_each(?))
       RETURNING "id", "configVersion",
         (SELECT "seq" FROM "AuditChainHead" WHERE "chain" = "Book"."id") AS "auditSeq",
         (SELECT "hash" FROM "AuditChainHead" WHERE "chain" = "Book"."id") AS "auditHash",
         (SELECT "lastSequence" FROM "OutboxHead" WHERE "bookId" = "Book"."id") AS "outboxSequence",
         CASE WHEN "Book"."id" = ? THEN (
           SELECT json_group_array(json_array(${BALANCE_TEXT})) FROM "AccountBalance"
           WHERE "accountId" IN (SELECT value FROM json_each(?))
         ) END AS "balances"`,
      [JSON.stringify(books), books[0] ?? null, JSON.stringify([...new Set(accountIds)])],
    );
    const lock: BatchLock = { books: new Map() };
    for (const r of rows) {
      lock.books.set(r.id, {
        configVersion: Number(r.configVersion),
        auditHead: r.auditSeq === null || r.auditHash === null ? undefined : { seq: Number(r.auditSeq), hash: r.auditHash },
        outboxSequence: r.outboxSequence === null ? undefined : Number(r.outboxSequence),
      });
      if (r.balances !== null) lock.balances = new Map((JSON.parse(r.balances) as string[][]).map((b) => [b[0]!, fromText(b)]));
    }
    return lock;
  },
  async lockBalances(sql, accountIds) {
    const ids = [...new Set(accountIds)].sort();
    if (ids.length === 0) return new Map();
    const rows = await sql.query<RawBalance>(
      `UPDATE "AccountBalance" SET "version" = "version" WHERE "accountId" IN (SELECT value FROM json_each(?)) RETURNING ${BALANCE_COLUMNS}`,
      [JSON.stringify(ids)],
    );
    return new Map(rows.map((row) => [row.accountId, fromRaw(row)]));
  },
  async insertRows(sql, table, columns, rows, conflict) {
    if (rows.length === 0) return;
    await sql.query(sqliteInsert(table, columns, conflict), [rowsJson(rows, columns, 'sqlite')]);
  },
  async insertNew(sql, table, columns, rows, returning) {
    if (rows.length === 0) return [];
    const result = await sql.query<Record<string, string>>(
      `${sqliteInsert(table, columns, 'ON CONFLICT DO NOTHING')} RETURNING ${quoted(returning)}`,
      [rowsJson(rows, columns, 'sqlite')],
    );
    return result.map((r) => r[returning]!);
  },
  async updateBalances(sql, rows) {
    if (rows.length === 0) return;
    await sql.query(
      `UPDATE "AccountBalance" SET ${BALANCE_SET.map(([name, i]) => `"${name}" = v.value->>${i}`).join(', ')}
       FROM json_each(?) v WHERE "AccountBalance"."accountId" = v.value->>0`,
      [rowsJson(balanceValues(rows), BALANCE_VALUE_COLUMNS, 'sqlite')],
    );
  },
  async takeNumbers(sql, counts) {
    if (counts.size === 0) return new Map();
    const json = JSON.stringify([...counts]);
    const rows = await sql.query<{ id: string; nextNumber: bigint | number }>(
      `UPDATE "TransactionType" SET "nextNumber" = "nextNumber" + (SELECT value->>1 FROM json_each(?) WHERE value->>0 = "TransactionType"."id")
       WHERE "id" IN (SELECT value->>0 FROM json_each(?)) RETURNING "id", "nextNumber"`,
      [json, json],
    );
    return new Map(rows.map((r) => [r.id, Number(r.nextNumber) - counts.get(r.id)!]));
  },
  readKeys(sql, scope, keys) {
    return sql.query<KeyRecord>(
      `SELECT r."bookId", r."key", r."requestHash", r."resultId" FROM json_each(?) v
       JOIN "IdempotencyRecord" r ON r."bookId" = v.value->>0 AND r."scope" = ? AND r."key" = v.value->>1`,
      [JSON.stringify(keys), scope],
    );
  },
  async releaseKeys(sql, scope, resultIds) {
    if (resultIds.length === 0) return;
    await sql.query(`DELETE FROM "IdempotencyRecord" WHERE "scope" = ? AND "resultId" IN (SELECT value FROM json_each(?))`, [
      scope,
      JSON.stringify(resultIds),
    ]);
  },
};

function sqliteInsert(table: string, columns: readonly Column[], conflict = ''): string {
  // INSERT … SELECT needs a WHERE before ON CONFLICT (SQLite's parsing ambiguity)
  return `INSERT INTO ${quoted(table)} (${columns.map(([name]) => quoted(name)).join(', ')})
    SELECT ${columns.map((_c, i) => `value->>${i}`).join(', ')} FROM json_each(?) WHERE true ${conflict}`;
}

const pgCast = (type: ColumnType) =>
  type === 'timestamp' ? 'timestamp(3)' : type === 'json' ? 'jsonb' : type.startsWith('enum:') ? `"${type.slice(5)}"` : type;

function pgInsert(table: string, columns: readonly Column[], conflict = '', param = 1): string {
  return `INSERT INTO ${quoted(table)} (${columns.map(([name]) => quoted(name)).join(', ')})
    SELECT ${columns.map(([, type], i) => `(r->>${i})::${pgCast(type)}`).join(', ')} FROM json_array_elements($${param}::json) r ${conflict}`;
}

function pgUpdateBalances(param = 1): string {
  return `UPDATE "AccountBalance" b SET ${BALANCE_SET.map(([name, i]) => `"${name}" = (r->>${i})::${name === 'version' || name === 'lastSequence' ? 'integer' : 'bigint'}`).join(', ')}
       FROM json_array_elements($${param}::json) r WHERE b."accountId" = r->>0`;
}

const postgres: Dialect = {
  kind: 'postgres',
  param: (n) => `$${n}`,
  async writeAll(sql, writes) {
    const parts: string[] = [];
    const params: string[] = [];
    for (const write of writes) {
      if ('balances' in write) {
        if (write.balances.length === 0) continue;
        params.push(rowsJson(balanceValues(write.balances), BALANCE_VALUE_COLUMNS, 'postgres'));
        parts.push(pgUpdateBalances(params.length));
      } else {
        if (write.rows.length === 0) continue;
        params.push(rowsJson(write.rows, write.columns, 'postgres'));
        parts.push(pgInsert(write.table, write.columns, write.conflict, params.length));
      }
    }
    if (parts.length === 0) return;
    if (parts.length === 1) await sql.query(parts[0]!, params);
    else await sql.query(`WITH ${parts.map((part, i) => `w${i} AS (${part})`).join(', ')} SELECT 1`, params);
  },
  async lockBooks(sql, bookIds) {
    // shared: batches of one book run side by side; a configuration change (its trigger
    // updates the row) waits for them, and they for it
    const rows = await sql.query<{ id: string; configVersion: number }>(
      `SELECT "id", "configVersion" FROM "Book" WHERE "id" = ANY($1::text[]) ORDER BY "id" FOR SHARE`,
      [[...new Set(bookIds)].sort()],
    );
    return { books: new Map(rows.map((r) => [r.id, { configVersion: Number(r.configVersion) }])) };
  },
  async lockBalances(sql, accountIds) {
    const ids = [...new Set(accountIds)].sort();
    if (ids.length === 0) return new Map();
    const rows = await sql.query<RawBalance>(
      `SELECT ${BALANCE_COLUMNS} FROM "AccountBalance" WHERE "accountId" = ANY($1::text[]) ORDER BY "accountId" FOR UPDATE`,
      [ids],
    );
    return new Map(rows.map((row) => [row.accountId, fromRaw(row)]));
  },
  async insertRows(sql, table, columns, rows, conflict) {
    if (rows.length === 0) return;
    await sql.query(pgInsert(table, columns, conflict), [rowsJson(rows, columns, 'postgres')]);
  },
  async insertNew(sql, table, columns, rows, returning) {
    if (rows.length === 0) return [];
    const result = await sql.query<Record<string, string>>(
      `${pgInsert(table, columns, 'ON CONFLICT DO NOTHING')} RETURNING ${quoted(returning)}`,
      [rowsJson(rows, columns, 'postgres')],
    );
    return result.map((r) => r[returning]!);
  },
  async updateBalances(sql, rows) {
    if (rows.length === 0) return;
    await sql.query(pgUpdateBalances(), [rowsJson(balanceValues(rows), BALANCE_VALUE_COLUMNS, 'postgres')]);
  },
  async takeNumbers(sql, counts) {
    if (counts.size === 0) return new Map();
    const ids = [...counts.keys()].sort();
    // in id order: two batches taking numbers of the same types queue, never deadlock
    const rows = await sql.query<{ id: string; nextNumber: number }>(
      `UPDATE "TransactionType" t SET "nextNumber" = t."nextNumber" + v.n
       FROM (SELECT unnest($1::text[]) AS id, unnest($2::int[]) AS n) v WHERE t."id" = v.id RETURNING t."id", t."nextNumber"`,
      [ids, ids.map((id) => counts.get(id)!)],
    );
    return new Map(rows.map((r) => [r.id, Number(r.nextNumber) - counts.get(r.id)!]));
  },
  readKeys(sql, scope, keys) {
    return sql.query<KeyRecord>(
      `SELECT r."bookId", r."key", r."requestHash", r."resultId" FROM json_array_elements($1::json) v
       JOIN "IdempotencyRecord" r ON r."bookId" = v->>0 AND r."scope" = $2 AND r."key" = v->>1`,
      [JSON.stringify(keys), scope],
    );
  },
  async releaseKeys(sql, scope, resultIds) {
    if (resultIds.length === 0) return;
    await sql.query(`DELETE FROM "IdempotencyRecord" WHERE "scope" = $1 AND "resultId" = ANY($2::text[])`, [scope, [...resultIds]]);
  },
};

export const dialectOf = (kind: DatabaseKind): Dialect => (kind === 'postgres' ? postgres : sqlite);

/** The dialect of a Prisma client or interactive transaction (the generated clients name their provider). */
export const dialectOfTx = (tx: Tx): Dialect =>
  (tx as unknown as { _activeProvider?: string })._activeProvider === 'postgresql' ? postgres : sqlite;
