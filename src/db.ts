// One code path, two databases: the Prisma client for SQLite (better-sqlite3) or for
// PostgreSQL (pg). Both clients are generated from one schema.prisma and share one API,
// so the rest of Daybook sees the SQLite client's type.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { PrismaClient } from './generated/prisma/client.ts';
import type { DatabaseTarget } from './config.ts';
import type { Sql } from './services/dialect.ts';

export type Prisma = PrismaClient;
/** The client inside an interactive transaction. */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export type DatabaseKind = DatabaseTarget['kind'];

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** the group-commit writer's statements, straight through the driver (services/writer.ts) */
  driver: Driver;
  close(): Promise<void>;
}

/**
 * Database transactions whose statements go to the driver itself, without the query engine
 * (measured: about 0.4 ms of the engine per statement, most of a posting's cost).
 */
export interface Driver {
  /**
   * SQLite: a Prisma interactive transaction (it holds the adapter's lock on the one
   * connection) whose statements run on that connection's better-sqlite3 handle, prepared
   * once; `tx` is the same transaction. PostgreSQL: a connection of the writer's own pool;
   * no `tx` (`separate`).
   */
  transaction<T>(work: (sql: Sql, tx?: Tx) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** true when `transaction` is not a Prisma transaction (PostgreSQL) */
  separate: boolean;
}

export interface TransactionOptions {
  /** how long the transaction may run, in ms (default 30 s): an import's all-or-nothing write takes longer */
  timeout?: number;
}

/** The better-sqlite3 handle Prisma's adapter opens (one connection: the same transactions). */
class SqliteAdapter extends PrismaBetterSqlite3 {
  handle?: BetterSqlite3.Database;
  override async connect() {
    const adapter = await super.connect();
    this.handle = (adapter as unknown as { client: BetterSqlite3.Database }).client;
    return adapter;
  }
}

const STATEMENT_CACHE = 256;

/** Statements on a better-sqlite3 handle, each prepared once. */
function sqliteSql(handle: () => BetterSqlite3.Database): Sql {
  const prepared = new Map<string, BetterSqlite3.Statement>();
  return {
    query<T>(sql: string, params: readonly unknown[]): Promise<T[]> {
      try {
        let statement = prepared.get(sql);
        if (!statement) {
          if (prepared.size >= STATEMENT_CACHE) prepared.clear();
          statement = handle().prepare(sql);
          prepared.set(sql, statement);
        }
        if (!statement.reader) {
          statement.run(...params);
          return Promise.resolve([]);
        }
        return Promise.resolve(statement.all(...params) as T[]);
      } catch (error) {
        return Promise.reject(error);
      }
    },
  };
}

/** Statements on one connection of a pg pool. */
const pgSql = (client: pg.PoolClient): Sql => ({
  query: async <T>(sql: string, params: readonly unknown[]) => (await client.query(sql, params as unknown[])).rows as T[],
});

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'sqlite') {
    mkdirSync(dirname(target.file), { recursive: true });
    // busy timeout: a second process waits for the write lock instead of failing at once
    const adapter = new SqliteAdapter({ url: `file:${target.file}`, timeout: 5000 });
    const prisma = new PrismaClient({ adapter });
    await prisma.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await prisma.$executeRawUnsafe('PRAGMA synchronous = FULL');
    await prisma.$executeRawUnsafe('PRAGMA foreign_keys = ON');
    const handle = () => {
      if (!adapter.handle) throw new Error('the SQLite connection is not open');
      return adapter.handle;
    };
    const sql = sqliteSql(handle);
    const driver: Driver = { separate: false, transaction: (work, options) => inTransaction(prisma, (tx) => work(sql, tx), options) };
    return { prisma, kind: 'sqlite', driver, close: () => prisma.$disconnect() };
  }
  const { PrismaClient: PgClient } = await import('./generated/prisma-pg/client.ts');
  const adapter = new PrismaPg({ connectionString: target.url, max: 10 });
  const prisma = new PgClient({ adapter }) as unknown as PrismaClient;
  await prisma.$connect();
  const pool = new pg.Pool({ connectionString: target.url, max: 4 });
  // an idle connection that breaks (a restart of the server) is dropped; the next query reconnects
  pool.on('error', () => undefined);
  const driver: Driver = {
    separate: true,
    async transaction(work) {
      const client = await pool.connect();
      // a connection cut while it is checked out (the server restarted between two of the
      // batch's statements) emits 'error' on the client, which the pool only listens for
      // while the client is idle: unheard, it would end the process. Heard, the statement
      // that follows fails and the connection is discarded on release.
      let broken = false;
      const onError = () => {
        broken = true;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await work(pgSql(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        if (!broken) broken = await client.query('ROLLBACK').then(() => false, () => true);
        throw error;
      } finally {
        client.removeListener('error', onError);
        client.release(broken);
      }
    },
  };
  return {
    prisma,
    kind: 'postgres',
    driver,
    close: async () => {
      await Promise.all([prisma.$disconnect(), pool.end()]);
    },
  };
}

/** Runs `work` in one database transaction: all of it commits, or none of it. */
export function inTransaction<T>(prisma: PrismaClient, work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  return prisma.$transaction(work, { maxWait: 10_000, timeout: options.timeout ?? 30_000 });
}
