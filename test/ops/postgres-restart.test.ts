// PostgreSQL restarted under the server's feet, with real processes: a PostgreSQL server of
// the test's own (durable: commits reach the disk before they are acknowledged) and the real
// `daybook serve`. Clients post invoices with idempotency keys and retry what was not
// acknowledged. PostgreSQL is stopped with `pg_ctl stop -m immediate` (a crash: no
// checkpoint, connections cut) and started again, then restarted with `pg_ctl restart -m
// immediate` mid-load. The same Daybook process goes on: /health says unavailable while the
// database is down and ok once it is back, the writer's own pool drops its broken
// connections and the next postings reconnect; every acknowledged posting is stored exactly
// once and the integrity check passes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookWithCustomer, postInvoices, runToEnd, serve, type DaybookProcess, type Poster } from '../support/daybook-process.ts';
import { createTestDatabase, startPostgres, type PostgresServer } from '../support/postgres.ts';

const step = (message: string) => process.stderr.write(`[pg-restart] ${new Date().toISOString()} ${message}\n`);

const until = async (condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 90_000) => {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not in time`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

async function health(base: string): Promise<number> {
  try {
    return (await fetch(`${base}/health`, { signal: AbortSignal.timeout(10_000) })).status;
  } catch {
    return 0;
  }
}

describe('PostgreSQL restarted mid-load', () => {
  let postgres: PostgresServer;
  let dir: string;
  let server: DaybookProcess & { base: string };

  beforeAll(async () => {
    postgres = await startPostgres({ durable: true });
    dir = mkdtempSync(join(tmpdir(), 'daybook-pg-restart-'));
  });

  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    await postgres?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the server reconnects by itself, /health is 503 while the database is down, and nothing acknowledged is lost or doubled', async () => {
    const url = await createTestDatabase(postgres.url);
    const env = { DATABASE_URL: url, DAYBOOK_DATA_DIR: join(dir, 'data') };
    server = await serve(env);
    const pid = server.child.pid;
    const bookId = await bookWithCustomer(server.base);
    expect(await health(server.base)).toBe(200);

    // retried for as long as the database may take to come back on a busy machine
    const poster: Poster = postInvoices(() => server.base, bookId, 4, 'pg', 100_000);
    try {
      await until(() => poster.acknowledged.size >= 20, 'first postings');

      // 1. down: a crash of the database (no checkpoint, every connection cut)
      step(`${poster.acknowledged.size} acknowledged; stopping PostgreSQL (immediate)`);
      await postgres.pgCtl(['stop', '-m', 'immediate']);
      step('stopped; waiting for /health 503');
      await until(async () => (await health(server.base)) === 503, '/health says unavailable');
      step('/health 503; starting PostgreSQL');
      const body = (await (await fetch(`${server.base}/health`)).json()) as { status: string };
      expect(body.status).toBe('unavailable');
      const whileDown = poster.acknowledged.size;
      await postgres.start();
      step('started; waiting for /health 200');
      await until(async () => (await health(server.base)) === 200, '/health ok again');
      step(`/health 200; ${poster.acknowledged.size} acknowledged, ${poster.failures} failed attempts`);
      await until(() => poster.acknowledged.size >= whileDown + 20, 'postings after the database came back');

      // 2. restarted at once, mid-load
      const beforeRestart = poster.acknowledged.size;
      step(`${beforeRestart} acknowledged; restarting PostgreSQL (immediate)`);
      await postgres.pgCtl(['restart', '-m', 'immediate']);
      step('restarted');
      await until(() => poster.acknowledged.size >= beforeRestart + 20, 'postings after the restart');
      expect(await health(server.base)).toBe(200);

      // the same process served throughout: no restart of its own
      expect(server.child.exitCode).toBeNull();
      expect(server.child.pid).toBe(pid);
      await poster.stop();
      const failures = poster.failures;
      expect(failures, 'some requests failed while the database was away (and were retried)').toBeGreaterThan(0);
      process.stderr.write(`[pg-restart] ${poster.acknowledged.size} acknowledged, ${failures} failed attempts retried\n`);
    } catch (error) {
      step(`failed; the server's log:\n${server.stdout().split('\n').slice(-30).join('\n')}\n${server.stderr()}`);
      throw error;
    } finally {
      await poster.stop();
    }

    const acknowledged = poster.acknowledged;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows: stored } = await client.query<{ id: string }>('SELECT "id" FROM "Transaction" WHERE "bookId" = $1', [bookId]);
      const { rows: keys } = await client.query<{ key: string; resultId: string }>(
        `SELECT "key", "resultId" FROM "IdempotencyRecord" WHERE "bookId" = $1 AND "scope" = 'createTransaction'`,
        [bookId],
      );
      const storedIds = new Set(stored.map((r) => r.id));
      const byKey = new Map(keys.map((k) => [k.key, k.resultId]));
      // every acknowledged posting is there, under its key, once
      const lost = [...acknowledged].filter(([key, id]) => !storedIds.has(id) || byKey.get(key) !== id);
      expect(lost, 'acknowledged but lost').toEqual([]);
      expect(new Set(acknowledged.values()).size, 'one transaction per key').toBe(acknowledged.size);
      // nothing doubled: each stored transaction is one key's result
      expect(stored.length).toBe(keys.length);
      expect(new Set(keys.map((k) => k.resultId)).size).toBe(keys.length);
      // a key the server committed but could not acknowledge (cut mid-answer) was retried and replayed, not written twice
      expect(keys.length).toBeGreaterThanOrEqual(acknowledged.size);
      expect(keys.filter((k) => k.key.startsWith('pg-')).length).toBe(keys.length);
    } finally {
      await client.end();
    }

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    const check = await runToEnd(['check'], env);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });
});
