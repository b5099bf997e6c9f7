// npx tsx bench/integrity.ts: seeds the reports bench's book (BENCH_ENTRIES posted entries,
// default 1,000,000, by bench/run.ts's bulk SQL) and times the integrity check over it
// (src/services/integrity.ts) on SQLite and PostgreSQL, each check and the whole report.
// Env: BENCH_ENTRIES, BENCH_ACCOUNTS, BENCH_DATABASES (sqlite,postgres), DAYBOOK_TEST_PG_URL,
// BENCH_KEEP (keep the SQLite file).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DatabaseTarget } from '../src/config.ts';
import { openDatabase } from '../src/db.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { createLogger } from '../src/logger.ts';
import { bootstrapAdmin } from '../src/services/auth.ts';
import { checkBookIntegrity } from '../src/services/integrity.ts';
import { createDaybook } from '../src/yoga.ts';
import { createTestDatabase, dropTestDatabase, startPostgres, type PostgresServer } from '../test/support/postgres.ts';
import { postgresSink, seed, sqliteSink, TOKEN, type Sink } from './reports.ts';

const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',');
const progress = (message: string) => process.stderr.write(`[bench:integrity] ${message}\n`);

async function run(name: string, target: DatabaseTarget, sinkFor: () => Promise<Sink>) {
  await applyMigrations(target);
  const db = await openDatabase(target);
  try {
    await bootstrapAdmin(db, { adminToken: TOKEN, dataDir: tmpdir() });
    const yoga = createDaybook(db, createLogger('silent'));
    const seeded = await seed(db, yoga, await sinkFor());
    progress(`${name}: seeded ${seeded.entries} entries; checking`);
    for (let run = 1; run <= 2; run++) {
      const started = performance.now();
      const report = await checkBookIntegrity(db, seeded.bookId);
      const seconds = (performance.now() - started) / 1000;
      const failed = report.checks.filter((c) => !c.ok);
      console.log(`${name}: ${seeded.entries.toLocaleString('en')} entries, run ${run}: integrity check ${seconds.toFixed(1)} s, ${failed.length ? `FAILED ${JSON.stringify(failed)}` : 'all ok'}`);
      console.log(report.checks.map((c) => `  ${c.name}: ${c.ms === undefined ? '-' : `${(c.ms / 1000).toFixed(1)} s`}`).join('\n'));
    }
  } finally {
    await db.close();
  }
}

if (DATABASES.includes('sqlite')) {
  const dir = mkdtempSync(join(tmpdir(), 'daybook-bench-'));
  const file = join(dir, 'bench.db');
  try {
    await run('SQLite', { kind: 'sqlite', file }, async () => sqliteSink(file));
  } finally {
    if (process.env.BENCH_KEEP) progress(`kept ${file}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
if (DATABASES.includes('postgres')) {
  let server: PostgresServer | undefined;
  const base = process.env.DAYBOOK_TEST_PG_URL ?? (server = await startPostgres()).url;
  const url = await createTestDatabase(base, 'daybook_bench');
  try {
    await run('PostgreSQL', { kind: 'postgres', url }, () => postgresSink(url));
  } finally {
    await dropTestDatabase(url);
    await server?.stop();
  }
}
