// The floor of the write benchmark: the rows a posting writes (transaction, lines, entries,
// balance updates, daily rollups, audit event, the type's next number) written straight
// through the driver, as fast as this process can, into a fresh copy of the schema holding
// a copy of the server's book. No GraphQL, no Prisma, no validation: what any write path on
// this machine and database pays at least. Postings are grouped `batch` to a database
// transaction (the bench uses as many as it has clients).
//
// SQLite: better-sqlite3, prepared single-row statements, WAL, synchronous=FULL, foreign
// keys on, BEGIN IMMEDIATE per batch. PostgreSQL: one pg connection; per batch the touched
// balances locked (SELECT … FOR UPDATE, in account order), one INSERT per table (the rows as
// one JSON parameter), one UPDATE … FROM unnest(…) for the balances, one upsert for the daily rollups.
import { performance } from 'node:perf_hooks';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { applyMigrations } from '../src/db/migrate.ts';
import { uuidv7 } from '../src/ids.ts';

type Row = Record<string, unknown>;

/** One posting as the server wrote it, read back from the copy: what the floor clones. */
export interface PostingShape {
  transaction: Row;
  lines: Row[];
  entries: Row[];
  audit: Row | null;
}

export interface FloorRun {
  transactions: number;
  entries: number;
  seconds: number;
  /** per database transaction (every posting of a batch waits for its commit) */
  latencies: number[];
}

/** For posting number i: the accounts to use instead of the sample's (sample account id → account id). */
export type Remap = (i: number) => ReadonlyMap<string, string>;

export interface Floor {
  /** the posting of this type and number, as stored */
  sample(typeCode: string, number: string): Promise<PostingShape>;
  accountIds(codes: string[]): Promise<Map<string, string>>;
  run(shape: PostingShape, remap: Remap, batch: number, seconds: number): Promise<FloorRun>;
  close(): Promise<void>;
}

function numberFormat(sample: string): { prefix: string; width: number } {
  const digits = sample.match(/\d+$/)?.[0] ?? '';
  return { prefix: sample.slice(0, sample.length - digits.length), width: digits.length };
}

/** A value of the same kind as the sample's for "now" (SQLite keeps Prisma's DateTime as text or integer ms). */
function nowLike(sample: unknown, now: Date): unknown {
  if (sample === null || sample === undefined) return sample;
  if (typeof sample === 'bigint') return BigInt(now.getTime());
  if (typeof sample === 'number') return now.getTime();
  if (sample instanceof Date) return now;
  if (typeof sample === 'string' && /^\d{4}-\d\d-\d\dT/.test(sample)) return now.toISOString();
  return sample;
}

const postedOf = (normalSide: string, debits: bigint, credits: bigint) => (normalSide === 'DEBIT' ? debits - credits : credits - debits);

interface BalanceState {
  postedDebits: bigint;
  postedCredits: bigint;
  version: number;
  lastSequence: number;
}

interface Cloned {
  transaction: Row;
  lines: Row[];
  entries: Row[];
  audit: Row | null;
}

/**
 * The rows of one batch: each posting cloned from the shape with fresh ids and numbers, its
 * accounts remapped, its entries sequenced and running-balanced from `balances` (updated).
 */
function cloneBatch(
  shape: PostingShape,
  remap: Remap,
  first: number,
  count: number,
  firstNumber: number,
  balances: Map<string, BalanceState>,
  normalSides: ReadonlyMap<string, string>,
  auditText: string | null,
): Cloned[] {
  const now = new Date();
  const { prefix, width } = numberFormat(String(shape.transaction.number));
  const sampleId = String(shape.transaction.id);
  const out: Cloned[] = [];
  for (let k = 0; k < count; k++) {
    const map = remap(first + k);
    const account = (id: unknown) => (typeof id === 'string' ? (map.get(id) ?? id) : id);
    const id = uuidv7();
    const t = shape.transaction;
    const transaction: Row = {
      ...t,
      id,
      number: `${prefix}${String(firstNumber + k).padStart(width, '0')}`,
      accountId: account(t.accountId),
      counterAccountId: account(t.counterAccountId),
      createdAt: nowLike(t.createdAt, now),
      postedAt: nowLike(t.postedAt, now),
    };
    const lines = shape.lines.map((l) => ({ ...l, id: uuidv7(), transactionId: id, accountId: account(l.accountId) }));
    const entries = shape.entries.map((e) => {
      const accountId = account(e.accountId) as string;
      const b = balances.get(accountId)!;
      const amount = BigInt(e.amount as bigint);
      if (e.side === 'DEBIT') b.postedDebits += amount;
      else b.postedCredits += amount;
      b.version += 1;
      b.lastSequence += 1;
      return {
        ...e,
        id: uuidv7(),
        transactionId: id,
        accountId,
        sequence: b.lastSequence,
        runningBalance: postedOf(normalSides.get(accountId)!, b.postedDebits, b.postedCredits),
        createdAt: nowLike(e.createdAt, now),
        postedAt: nowLike(e.postedAt, now),
      };
    });
    const audit = shape.audit
      ? { ...shape.audit, id: uuidv7(), entityId: id, at: nowLike(shape.audit.at, now), after: auditText?.replaceAll(sampleId, id) ?? null }
      : null;
    out.push({ transaction, lines, entries, audit });
  }
  return out;
}

/** The sums of a batch's entries per account and date, for the daily rollups. */
function dailyOf(batch: Cloned[]): Map<string, { bookId: unknown; accountId: string; date: unknown; debits: bigint; credits: bigint }> {
  const daily = new Map<string, { bookId: unknown; accountId: string; date: unknown; debits: bigint; credits: bigint }>();
  for (const p of batch) {
    for (const e of p.entries) {
      const key = `${e.accountId}|${e.date}`;
      const d = daily.get(key) ?? { bookId: e.bookId, accountId: e.accountId as string, date: e.date, debits: 0n, credits: 0n };
      if (e.side === 'DEBIT') d.debits += BigInt(e.amount as bigint);
      else d.credits += BigInt(e.amount as bigint);
      daily.set(key, d);
    }
  }
  return daily;
}

function touchedAccounts(shape: PostingShape, remap: Remap, first: number, count: number): string[] {
  const ids = new Set<string>();
  for (let k = 0; k < count; k++) {
    const map = remap(first + k);
    for (const e of shape.entries) ids.add(map.get(e.accountId as string) ?? (e.accountId as string));
  }
  return [...ids].sort();
}

// ------------------------------------------------------------------ SQLite

export async function sqliteFloor(serverFile: string, floorFile: string): Promise<Floor> {
  await applyMigrations({ kind: 'sqlite', file: floorFile });
  const db = new BetterSqlite3(floorFile);
  db.defaultSafeIntegers(true);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  // the server's rows, as they are now: configuration, balances, the sample postings
  db.pragma('foreign_keys = OFF');
  db.exec(`ATTACH DATABASE '${serverFile.replaceAll("'", "''")}' AS src`);
  const tables = (db.prepare(`SELECT name FROM src.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`).all() as { name: string }[]).map((t) => t.name);
  db.transaction(() => {
    for (const table of tables) db.exec(`INSERT INTO main."${table}" SELECT * FROM src."${table}"`);
  })();
  db.exec('DETACH DATABASE src');
  db.pragma('foreign_keys = ON');
  db.exec('ANALYZE');

  const value = (v: unknown) => (typeof v === 'boolean' ? (v ? 1 : 0) : v instanceof Date ? v.toISOString() : v);
  const statements = new Map<string, BetterSqlite3.Statement>();
  const insert = (table: string, row: Row) => {
    const columns = Object.keys(row);
    const key = `${table}:${columns.join(',')}`;
    let statement = statements.get(key);
    if (!statement) {
      statement = db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      statements.set(key, statement);
    }
    statement.run(...columns.map((c) => value(row[c])));
  };
  const readBalance = db.prepare(`SELECT "postedDebits", "postedCredits", "version", "lastSequence" FROM "AccountBalance" WHERE "accountId" = ?`);
  const writeBalance = db.prepare(`UPDATE "AccountBalance" SET "postedDebits" = ?, "postedCredits" = ?, "version" = ?, "lastSequence" = ? WHERE "accountId" = ?`);
  const rollUp = db.prepare(
    `INSERT INTO "DailyBalance" ("bookId", "accountId", "date", "postedDebits", "postedCredits") VALUES (?, ?, ?, ?, ?)
     ON CONFLICT ("accountId", "date") DO UPDATE SET "postedDebits" = "postedDebits" + excluded."postedDebits", "postedCredits" = "postedCredits" + excluded."postedCredits"`,
  );
  const nextNumber = db.prepare(`UPDATE "TransactionType" SET "nextNumber" = "nextNumber" + ? WHERE "id" = ? RETURNING "nextNumber"`);
  const normalSides = new Map(
    (db.prepare(`SELECT "id", "normalSide" FROM "Account"`).all() as { id: string; normalSide: string }[]).map((a) => [a.id, a.normalSide]),
  );

  return {
    async sample(typeCode, number) {
      const t = db.prepare(`SELECT t.* FROM "Transaction" t JOIN "TransactionType" y ON y."id" = t."typeId" WHERE y."code" = ? AND t."number" = ?`).get(typeCode, number) as Row | undefined;
      if (!t) throw new Error(`floor: no ${typeCode} ${number} in the copy`);
      return {
        transaction: t,
        lines: db.prepare(`SELECT * FROM "TransactionLine" WHERE "transactionId" = ? ORDER BY "lineNo"`).all(t.id) as Row[],
        entries: db.prepare(`SELECT * FROM "Entry" WHERE "transactionId" = ? ORDER BY "id"`).all(t.id) as Row[],
        audit: (db.prepare(`SELECT * FROM "AuditEvent" WHERE "entityId" = ? ORDER BY "id" LIMIT 1`).get(t.id) as Row | undefined) ?? null,
      };
    },
    async accountIds(codes) {
      const rows = db.prepare(`SELECT "id", "code" FROM "Account" WHERE "code" IN (${codes.map(() => '?').join(',')})`).all(...codes) as { id: string; code: string }[];
      return new Map(rows.map((r) => [r.code, r.id]));
    },
    async run(shape, remap, batch, seconds) {
      const auditText = shape.audit?.after == null ? null : String(shape.audit.after);
      const typeId = shape.transaction.typeId;
      let done = 0;
      let entries = 0;
      const latencies: number[] = [];
      const write = db.transaction((first: number) => {
        const ids = touchedAccounts(shape, remap, first, batch);
        const balances = new Map<string, BalanceState>();
        for (const id of ids) {
          const b = readBalance.get(id) as { postedDebits: bigint; postedCredits: bigint; version: bigint; lastSequence: bigint };
          balances.set(id, { postedDebits: b.postedDebits, postedCredits: b.postedCredits, version: Number(b.version), lastSequence: Number(b.lastSequence) });
        }
        const next = Number((nextNumber.get(batch, typeId) as { nextNumber: bigint }).nextNumber) - batch;
        const rows = cloneBatch(shape, remap, first, batch, next, balances, normalSides, auditText);
        for (const p of rows) {
          insert('Transaction', p.transaction);
          for (const l of p.lines) insert('TransactionLine', l);
          for (const e of p.entries) insert('Entry', e);
          if (p.audit) insert('AuditEvent', p.audit);
        }
        for (const [id, b] of balances) writeBalance.run(b.postedDebits, b.postedCredits, b.version, b.lastSequence, id);
        for (const d of dailyOf(rows).values()) rollUp.run(d.bookId, d.accountId, d.date, d.debits, d.credits);
        return rows.reduce((s, p) => s + p.entries.length, 0);
      });
      const started = performance.now();
      const deadline = started + seconds * 1000;
      let now = started;
      while (now < deadline) {
        entries += write.immediate(done);
        done += batch;
        const after = performance.now();
        latencies.push(after - now);
        now = after;
        // let the event loop breathe (timers, the progress line) without costing a tick per posting
        if (latencies.length % 64 === 0) await new Promise((r) => setImmediate(r));
      }
      return { transactions: done, entries, seconds: (now - started) / 1000, latencies };
    },
    async close() {
      db.close();
    },
  };
}

// ------------------------------------------------------------------ PostgreSQL

/** JSON for json_populate_recordset: bigint as text, the rest as JSON gives it (jsonb columns nested). */
const rowsJson = (rows: Row[]) => JSON.stringify(rows, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));

/** One statement for all rows, whatever their number: the rows as one JSON parameter. */
async function insertRows(client: pg.Client, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  await client.query(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(null::"${table}", $1::json)`, [rowsJson(rows)]);
}

/** Copies every table of `fromUrl` into `toUrl` (same migrations), foreign keys and triggers off while copying. */
async function copyDatabase(fromUrl: string, to: pg.Client): Promise<void> {
  const from = new pg.Client({ connectionString: fromUrl });
  await from.connect();
  try {
    const tables = (await from.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`)).rows
      .map((r) => r.tablename);
    await to.query('BEGIN');
    await to.query(`SET LOCAL session_replication_role = replica`);
    for (const table of tables) {
      const { rows } = await from.query<{ rows: unknown }>(`SELECT coalesce(json_agg(t), '[]'::json)::text AS rows FROM "${table}" t`);
      await to.query(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(null::"${table}", $1::json)`, [rows[0]!.rows]);
    }
    await to.query('COMMIT');
    await to.query('VACUUM ANALYZE');
  } finally {
    await from.end();
  }
}

export async function postgresFloor(serverUrl: string, floorUrl: string): Promise<Floor> {
  await applyMigrations({ kind: 'postgres', url: floorUrl });
  const client = new pg.Client({ connectionString: floorUrl });
  await client.connect();
  await copyDatabase(serverUrl, client);
  const normalSides = new Map((await client.query<{ id: string; normalSide: string }>(`SELECT "id", "normalSide" FROM "Account"`)).rows.map((a) => [a.id, a.normalSide]));
  return {
    async sample(typeCode, number) {
      const t = (await client.query<Row>(`SELECT t.* FROM "Transaction" t JOIN "TransactionType" y ON y."id" = t."typeId" WHERE y."code" = $1 AND t."number" = $2`, [typeCode, number])).rows[0];
      if (!t) throw new Error(`floor: no ${typeCode} ${number} in the copy`);
      return {
        transaction: t,
        lines: (await client.query<Row>(`SELECT * FROM "TransactionLine" WHERE "transactionId" = $1 ORDER BY "lineNo"`, [t.id])).rows,
        entries: (await client.query<Row>(`SELECT * FROM "Entry" WHERE "transactionId" = $1 ORDER BY "id"`, [t.id])).rows,
        audit: (await client.query<Row>(`SELECT * FROM "AuditEvent" WHERE "entityId" = $1 ORDER BY "id" LIMIT 1`, [t.id])).rows[0] ?? null,
      };
    },
    async accountIds(codes) {
      const rows = (await client.query<{ id: string; code: string }>(`SELECT "id", "code" FROM "Account" WHERE "code" = ANY($1::text[])`, [codes])).rows;
      return new Map(rows.map((r) => [r.code, r.id]));
    },
    async run(shape, remap, batch, seconds) {
      const auditText = shape.audit?.after == null ? null : JSON.stringify(shape.audit.after);
      const typeId = shape.transaction.typeId;
      let done = 0;
      let entries = 0;
      const latencies: number[] = [];
      const started = performance.now();
      const deadline = started + seconds * 1000;
      let now = started;
      while (now < deadline) {
        const ids = touchedAccounts(shape, remap, done, batch);
        await client.query('BEGIN');
        const locked = await client.query<{ accountId: string; postedDebits: string; postedCredits: string; version: number; lastSequence: number }>(
          `SELECT "accountId", "postedDebits", "postedCredits", "version", "lastSequence" FROM "AccountBalance" WHERE "accountId" = ANY($1::text[]) ORDER BY "accountId" FOR UPDATE`,
          [ids],
        );
        const balances = new Map<string, BalanceState>(
          locked.rows.map((b) => [b.accountId, { postedDebits: BigInt(b.postedDebits), postedCredits: BigInt(b.postedCredits), version: b.version, lastSequence: b.lastSequence }]),
        );
        const numbered = await client.query<{ nextNumber: number }>(`UPDATE "TransactionType" SET "nextNumber" = "nextNumber" + $1 WHERE "id" = $2 RETURNING "nextNumber"`, [batch, typeId]);
        const rows = cloneBatch(shape, remap, done, batch, numbered.rows[0]!.nextNumber - batch, balances, normalSides, auditText);
        await insertRows(client, 'Transaction', rows.map((p) => p.transaction));
        await insertRows(client, 'TransactionLine', rows.flatMap((p) => p.lines));
        await insertRows(client, 'Entry', rows.flatMap((p) => p.entries));
        const b = [...balances];
        await client.query(
          `UPDATE "AccountBalance" SET "postedDebits" = v.pd, "postedCredits" = v.pc, "version" = v.ver, "lastSequence" = v.seq
           FROM (SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::int[], $5::int[]) AS u(id, pd, pc, ver, seq)) v
           WHERE "AccountBalance"."accountId" = v.id`,
          [b.map(([id]) => id), b.map(([, s]) => s.postedDebits.toString()), b.map(([, s]) => s.postedCredits.toString()), b.map(([, s]) => s.version), b.map(([, s]) => s.lastSequence)],
        );
        const daily = [...dailyOf(rows).values()];
        await client.query(
          `INSERT INTO "DailyBalance" ("bookId", "accountId", "date", "postedDebits", "postedCredits")
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::bigint[])
           ON CONFLICT ("accountId", "date") DO UPDATE SET "postedDebits" = "DailyBalance"."postedDebits" + excluded."postedDebits",
             "postedCredits" = "DailyBalance"."postedCredits" + excluded."postedCredits"`,
          [daily.map((d) => d.bookId), daily.map((d) => d.accountId), daily.map((d) => d.date), daily.map((d) => d.debits.toString()), daily.map((d) => d.credits.toString())],
        );
        // the audit's JSON as an object again, so the jsonb column holds what the server's does
        await insertRows(client, 'AuditEvent', rows.flatMap((p) => (p.audit ? [{ ...p.audit, after: p.audit.after == null ? null : JSON.parse(p.audit.after as string) }] : [])));
        await client.query('COMMIT');
        entries += rows.reduce((s, p) => s + p.entries.length, 0);
        done += batch;
        const after = performance.now();
        latencies.push(after - now);
        now = after;
      }
      return { transactions: done, entries, seconds: (now - started) / 1000, latencies };
    },
    async close() {
      await client.end();
    },
  };
}
