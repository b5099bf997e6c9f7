// `daybook backup` and `daybook check` as an operator runs them, in real processes: a copy
// of a live SQLite database taken while postings go on passes the integrity check, and a
// server started on a restored copy answers the same balances as the live one.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/services/integrity.ts';
import { bookWithCustomer, graphqlAt, postInvoices, runToEnd, serve, type DaybookProcess } from '../support/daybook-process.ts';

let dir: string;
const running: DaybookProcess[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'daybook-ops-'));
});

afterEach(async () => {
  for (const process of running.splice(0)) {
    if (process.child.exitCode === null) {
      process.child.kill('SIGKILL');
      await process.exited;
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

const BALANCES = `query($bookId: ID!) { book(id: $bookId) { accounts(first: 100) { edges { node { code balance { posted pending available } } } } } }`;

async function balances(base: string, bookId: string) {
  const result = await graphqlAt(base, BALANCES, { bookId });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data.book.accounts.edges.map((e: { node: unknown }) => e.node);
}

const until = async (condition: () => boolean, timeoutMs = 30_000) => {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
};

const sqlite = (file: string) => ({ DATABASE_URL: `file:${file}`, DAYBOOK_DATA_DIR: join(dir, 'data') });

describe('daybook backup and daybook check on SQLite', () => {
  it('copies a live database while postings go on; the copy passes the check, and a restored copy has the same balances', async () => {
    const live = join(dir, 'live.db');
    const server = await serve(sqlite(live));
    running.push(server);
    const bookId = await bookWithCustomer(server.base);
    const poster = postInvoices(() => server.base, bookId, 3);
    try {
      await until(() => poster.acknowledged.size >= 20);
      const before = poster.acknowledged.size;
      const backup = await runToEnd(['backup', join(dir, 'during-load.db')], sqlite(live));
      expect(backup.stderr).toBe('');
      expect(backup.code).toBe(0);
      expect(backup.stdout).toMatch(/^backed up file:.*live\.db to .*during-load\.db \(\d+ pages, \d+ bytes\)$/m);
      // postings went on while the copy was made, and after
      await until(() => poster.acknowledged.size >= before + 10);

      const check = await runToEnd(['check'], sqlite(join(dir, 'during-load.db')));
      // every stored-row check, and the append-only triggers
      expect(check.stdout).toMatch(new RegExp(`book "Live Ltd" .*: ${CHECKS.length + 1} checks, all ok`));
      expect(check.stdout).toMatch(/integrity check passed: 1 book/);
      expect(check.code).toBe(0);
      // a snapshot: it holds what was acknowledged before the backup started, and no more than was made
      const copy = new BetterSqlite3(join(dir, 'during-load.db'), { readonly: true });
      const inCopy = (copy.prepare('SELECT COUNT(*) AS n FROM "Transaction" WHERE "bookId" = ?').get(bookId) as { n: number }).n;
      copy.close();
      expect(inCopy).toBeGreaterThanOrEqual(before);
      expect(inCopy).toBeLessThanOrEqual(poster.acknowledged.size + 3);
    } finally {
      await poster.stop();
    }

    // the live database passes the check while it serves
    const liveCheck = await runToEnd(['check', '--book', bookId], sqlite(live));
    expect(liveCheck.code, liveCheck.stdout + liveCheck.stderr).toBe(0);

    // restore: a copy taken now, put in place of a database, served by a new server
    const backup = await runToEnd(['backup', join(dir, 'final.db')], sqlite(live));
    expect(backup.code, backup.stderr).toBe(0);
    const restoredFile = join(dir, 'restored', 'daybook.db');
    mkdirSync(join(dir, 'restored'));
    copyFileSync(join(dir, 'final.db'), restoredFile);
    const restored = await serve(sqlite(restoredFile));
    running.push(restored);
    const liveBalances = await balances(server.base, bookId);
    expect(liveBalances.find((a: { code: string }) => a.code === 'ACME').balance.posted).toBe(`${12 * poster.acknowledged.size}.00`);
    expect(await balances(restored.base, bookId)).toEqual(liveBalances);
    const restoredCheck = await runToEnd(['check'], sqlite(restoredFile));
    expect(restoredCheck.code, restoredCheck.stdout).toBe(0);
  });

  it('exits 1 and names the rows when a book is broken; refuses an unknown book, an existing file, a missing argument', async () => {
    const file = join(dir, 'daybook.db');
    const server = await serve(sqlite(file));
    running.push(server);
    const bookId = await bookWithCustomer(server.base);
    const poster = postInvoices(() => server.base, bookId, 1);
    await until(() => poster.acknowledged.size >= 3);
    await poster.stop();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    const raw = new BetterSqlite3(file);
    raw.exec('DROP TRIGGER "Entry_refuse_update_of_terms"');
    const entry = raw.prepare(`SELECT e."id" FROM "Entry" e JOIN "Account" a ON a."id" = e."accountId" WHERE a."code" = 'ACME' AND e."sequence" = 2`).get() as { id: string };
    raw.prepare('UPDATE "Entry" SET "amount" = "amount" + 100 WHERE "id" = ?').run(entry.id);
    raw.close();

    const check = await runToEnd(['check', `--book=${bookId}`], sqlite(file));
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/FAILED {2}running balances chain per account \(\d+\.\d s\)\n\s+- entry .* of account ACME \(sequence 2\)/);
    expect(check.stdout).toMatch(/FAILED {2}append-only triggers in place\n\s+- trigger Entry_refuse_update_of_terms is missing/);
    expect(check.stdout).toContain(entry.id);
    expect(check.stdout).toMatch(/integrity check FAILED: 1 book/);

    const unknown = await runToEnd(['check', '--book', 'no-such-book'], sqlite(file));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^daybook: --book no-such-book: there is no such book in this database\n$/);

    const existing = await runToEnd(['backup', file], sqlite(join(dir, 'other.db')));
    expect(existing.code).toBe(1);
    expect(existing.stderr).toMatch(/there is no database file to back up/);
    const overwrite = await runToEnd(['backup', file], sqlite(file));
    expect(overwrite.stderr).toMatch(/is the database itself/);
    expect((await runToEnd(['backup', join(dir, 'copy.db')], sqlite(file))).code).toBe(0);
    const again = await runToEnd(['backup', join(dir, 'copy.db')], sqlite(file));
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/copy\.db exists already: name a new file/);
    // a missing argument is a usage error: exit 2, and commander says what is missing
    const noFile = await runToEnd(['backup'], sqlite(file));
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toMatch(/missing required argument 'file'/);
  });
});
