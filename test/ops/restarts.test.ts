// Database restarts and server shutdowns with real processes: a daybook server on a
// PostgreSQL of its own (durable: commits on disk before they are acknowledged) rides out
// `pg_ctl stop/start` and `pg_ctl restart -m immediate` under load without a restart of its
// own, /health answering 503 while the database is away; SIGTERM under load exits 0. In
// both, every posting the server acknowledged is in the database exactly once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, createTestDatabase, type PostgresServer } from '../support/postgres.ts';
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

const health = async (base: string) => {
  try {
    const response = await fetch(`${base}/health`);
    return { status: response.status, body: (await response.json()) as { status: string } };
  } catch {
    return { status: 0, body: { status: 'no answer' } };
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

describe('a PostgreSQL restart under load', () => {
  let server: PostgresServer;
  let url: string;

  beforeAll(async () => {
    server = await startPostgres({ durable: true });
    url = await createTestDatabase(server.url);
  });
  afterAll(() => server?.stop());

  it('the server reconnects by itself: /health is 503 while the database is down and ok after; nothing acknowledged is lost', async () => {
    const daybook = await serve({ DATABASE_URL: url, DAYBOOK_DATA_DIR: join(tmpdir(), 'daybook-restarts') });
    running.push(daybook);
    expect(await health(daybook.base)).toEqual({ status: 200, body: { status: 'ok', database: 'postgres' } });
    const bookId = await bookWithCustomer(daybook.base);
    const poster = postInvoices(() => daybook.base, bookId, 4);
    try {
      await until(() => poster.acknowledged.size >= 20, 'first postings');

      // a crash of the database, long enough to be seen
      await server.pgCtl(['stop', '-m', 'immediate']);
      await until(async () => (await health(daybook.base)).status === 503, '/health 503 while PostgreSQL is down');
      expect((await health(daybook.base)).body).toEqual({ status: 'unavailable', database: 'postgres' });
      const whileDown = poster.acknowledged.size;
      await new Promise((r) => setTimeout(r, 500));
      await server.start();
      await until(async () => (await health(daybook.base)).status === 200, '/health ok once PostgreSQL is back');
      await until(() => poster.acknowledged.size >= whileDown + 20, 'postings after the restart');

      // and the quick one the brief names: restart -m immediate mid-load
      const beforeRestart = poster.acknowledged.size;
      await server.pgCtl(['restart', '-m', 'immediate']);
      await until(() => poster.acknowledged.size >= beforeRestart + 20, 'postings after restart -m immediate');
    } finally {
      await poster.stop();
    }
    expect(daybook.child.exitCode, 'the server never restarted').toBeNull();
    expect(poster.failures, 'some postings failed while the database was away, and were retried').toBeGreaterThan(0);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string; count: string }>(
        `SELECT "id", COUNT(*) OVER (PARTITION BY "id") AS "count" FROM "Transaction" WHERE "bookId" = $1`,
        [bookId],
      );
      expectNothingLost(poster, rows.map((r) => ({ id: r.id, count: Number(r.count) })));
    } finally {
      await client.end();
    }
    const check = await runToEnd(['check'], { DATABASE_URL: url });
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });
});

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
