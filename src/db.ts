// One code path, two databases: the Prisma client for SQLite (better-sqlite3) or for
// PostgreSQL (pg). Both clients are generated from one schema.prisma and share one API,
// so the rest of Daybook sees the SQLite client's type.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client.ts';
import type { DatabaseTarget } from './config.ts';

export type Prisma = PrismaClient;
/** The client inside an interactive transaction. */
export type Tx = Omit<PrismaClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

export type DatabaseKind = DatabaseTarget['kind'];

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'sqlite') {
    mkdirSync(dirname(target.file), { recursive: true });
    // busy timeout: a second process waits for the write lock instead of failing at once
    const adapter = new PrismaBetterSqlite3({ url: `file:${target.file}`, timeout: 5000 });
    const prisma = new PrismaClient({ adapter });
    await prisma.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await prisma.$executeRawUnsafe('PRAGMA synchronous = FULL');
    await prisma.$executeRawUnsafe('PRAGMA foreign_keys = ON');
    return { prisma, kind: 'sqlite', close: () => prisma.$disconnect() };
  }
  const { PrismaClient: PgClient } = await import('./generated/prisma-pg/client.ts');
  const adapter = new PrismaPg({ connectionString: target.url, max: 10 });
  const prisma = new PgClient({ adapter }) as unknown as PrismaClient;
  await prisma.$connect();
  return { prisma, kind: 'postgres', close: () => prisma.$disconnect() };
}

/** Runs `work` in one database transaction: all of it commits, or none of it. */
export function inTransaction<T>(prisma: PrismaClient, work: (tx: Tx) => Promise<T>): Promise<T> {
  return prisma.$transaction(work, { maxWait: 10_000, timeout: 30_000 });
}
