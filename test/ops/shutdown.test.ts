// Graceful shutdown with real processes: SIGTERM under load exits 0, and every posting the
// server acknowledged is in the database exactly once (clients retry with their keys
// against the next server on the same database).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bookWithCustomer, postInvoices, runToEnd, serve, type DaybookProcess, type Poster } from '../support/daybook-process.ts';

const running: DaybookProcess[] = [];
afterEach(async () => {
  for (const process of running.splice(0)) {
    if (process.child.exitCode === null) {
      process.child.kill('SIGKILL');
      await process.exited;
    }
  }
});

const until = async (condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000) => {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not in time`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** Every acknowledged key's transaction is stored once; nothing is stored that was not acknowledged. */
function expectNothingLost(poster: Poster, stored: { id: string; count: number }[]) {
  const ids = new Set(poster.acknowledged.values());
  expect(ids.size, 'one transaction per idempotency key').toBe(poster.acknowledged.size);
  expect(stored.filter((s) => s.count !== 1), 'no transaction twice').toEqual([]);
  const storedIds = new Set(stored.map((s) => s.id));
  expect([...ids].filter((id) => !storedIds.has(id)), 'acknowledged but lost').toEqual([]);
  expect(storedIds.size, 'nothing stored that was not acknowledged').toBe(ids.size);
}

describe('SIGTERM under load', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'daybook-sigterm-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops accepting, finishes the requests in flight, exits 0; every acknowledged posting is stored once', async () => {
    const env = { DATABASE_URL: `file:${join(dir, 'daybook.db')}`, DAYBOOK_DATA_DIR: join(dir, 'data') };
    const first = await serve(env);
    running.push(first);
    const bookId = await bookWithCustomer(first.base);
    let base = first.base;
    const poster = postInvoices(() => base, bookId, 6);
    await until(() => poster.acknowledged.size >= 20, 'first postings');

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const stopping = first.logs().map((l) => l.msg);
    expect(stopping).toContain('shutting down: finishing requests in flight');
    expect(stopping).toContain('stopped: requests finished, database closed');
    const atStop = poster.acknowledged.size;

    // the clients retry with their keys against the next server on the same database
    const second = await serve(env);
    running.push(second);
    base = second.base;
    await until(() => poster.acknowledged.size >= atStop + 10, 'postings on the next server');
    await poster.stop();
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const db = new BetterSqlite3(env.DATABASE_URL.slice('file:'.length), { readonly: true });
    const rows = db
      .prepare(`SELECT "id", COUNT(*) OVER (PARTITION BY "id") AS "count" FROM "Transaction" WHERE "bookId" = ?`)
      .all(bookId) as { id: string; count: number }[];
    db.close();
    expectNothingLost(poster, rows);
    const check = await runToEnd(['check'], env);
    expect(check.code, check.stdout).toBe(0);
  });
});
