// Each generated client works on a database its migrations built, and the append-only
// triggers hold against writes made through Prisma, not only raw SQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { appendOnlyRefusal } from '../src/db/append-only.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { PrismaClient as SqliteClient } from '../src/generated/prisma/client.ts';
import { PrismaClient as PostgresClient } from '../src/generated/prisma-pg/client.ts';
import { createTestDatabase, dropTestDatabase } from './support/postgres.ts';

const pgUrl = inject('pgUrl');
const scratch = mkdtempSync(path.join(tmpdir(), 'daybook-clients-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Both clients share the model API; the type of the SQLite one describes either.
type Client = InstanceType<typeof SqliteClient>;

// The trigger's own words, which Prisma's SQLite error message does not carry.
async function refusalOf(write: Promise<unknown>): Promise<string | null> {
  try {
    await write;
  } catch (error) {
    return appendOnlyRefusal(error);
  }
  throw new Error('the write was not refused');
}

async function postAndTryToDelete(prisma: Client): Promise<void> {
  const transaction = await prisma.transaction.create({
    data: {
      bookId: 'book1',
      typeId: 'type1',
      typeVersionId: 'typever1',
      number: 'SI-1',
      status: 'PENDING',
      date: '2026-01-31',
      currency: 'GBP',
      net: 1000n,
      tax: 0n,
      gross: 1000n,
      createdById: 'user1',
      entries: {
        create: { bookId: 'book1', accountId: 'acct1', side: 'DEBIT', amount: 1000n, currency: 'GBP', status: 'PENDING', date: '2026-01-31' },
      },
    },
    include: { entries: true },
  });
  const entry = transaction.entries[0]!;

  const posted = await prisma.entry.update({
    where: { id: entry.id },
    data: { status: 'POSTED', sequence: 1, runningBalance: 1000n, postedAt: new Date() },
  });
  expect(posted).toMatchObject({ status: 'POSTED', sequence: 1, runningBalance: 1000n });

  expect(await refusalOf(prisma.entry.update({ where: { id: entry.id }, data: { amount: 1n } }))).toMatch(
    /^entries are append-only: UPDATE of an Entry's .*amount/,
  );
  expect(await refusalOf(prisma.entry.delete({ where: { id: entry.id } }))).toBe('entries are append-only: DELETE of an Entry is refused');
  await expect(prisma.entry.count()).resolves.toBe(1);
}

describe('appendOnlyRefusal', () => {
  it('is null for errors the triggers did not raise', () => {
    expect(appendOnlyRefusal(new Error('UNIQUE constraint failed: Entry.id'))).toBeNull();
    expect(appendOnlyRefusal('entries are append-only: but a string')).toBeNull();
  });
});

describe('the SQLite client (src/generated/prisma)', () => {
  it('posts an entry and cannot change or delete it', async () => {
    const file = path.join(scratch, 'daybook.db');
    await applyMigrations({ kind: 'sqlite', file });
    const prisma = new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: file }) });
    try {
      await postAndTryToDelete(prisma);
    } finally {
      await prisma.$disconnect();
    }
  });
});

describe.skipIf(!pgUrl)('the PostgreSQL client (src/generated/prisma-pg)', () => {
  it('posts an entry and cannot change or delete it', async () => {
    const url = await createTestDatabase(pgUrl!);
    await applyMigrations({ kind: 'postgres', url });
    const prisma = new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) });
    try {
      await postAndTryToDelete(prisma as unknown as Client);
    } finally {
      await prisma.$disconnect();
      await dropTestDatabase(url);
    }
  });
});
