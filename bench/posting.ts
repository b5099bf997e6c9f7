// Posting throughput: createTransaction through the service layer on a STANDARD book, one
// at a time and with 20 in flight, on SQLite and (when a server can be started) PostgreSQL.
// Every invoice hits the same hot accounts (debtors control 1100, sales 4000, VAT 2200),
// the worst case for locking. Prints postings per second and latency percentiles.
//
// Env: BENCH_POSTINGS (default 1000), BENCH_DATABASES (sqlite,postgres), DAYBOOK_TEST_PG_URL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DatabaseTarget } from '../src/config.ts';
import { openDatabase } from '../src/db.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { bootstrapAdmin } from '../src/services/auth.ts';
import { createAccount } from '../src/services/configuration.ts';
import { createBook } from '../src/services/people.ts';
import { createTransaction } from '../src/services/posting.ts';
import { bookTemplates } from '../src/services/templates.ts';
import { createTestDatabase, dropTestDatabase, startPostgres } from '../test/support/postgres.ts';

const POSTINGS = Number(process.env.BENCH_POSTINGS ?? 1000);
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',');
const CUSTOMERS = 50;
const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function measure(target: DatabaseTarget, label: string) {
  await applyMigrations(target);
  const db = await openDatabase(target);
  try {
    await bootstrapAdmin(db, { adminToken: 'dbk_bench_posting_token_0123456789', dataDir: tmpdir() });
    const admin = await db.prisma.user.findFirstOrThrow({ where: { isSystemAdmin: true } });
    const actor = { userId: admin.id, name: admin.name, isSystemAdmin: true };
    const book = await createBook(db.prisma, actor, { name: 'Bench', baseCurrency: 'GBP' }, bookTemplates.STANDARD);
    for (let i = 0; i < CUSTOMERS; i++) {
      await createAccount(db.prisma, actor, { bookId: book.id, ledgerCode: 'SL', code: `C${i}`, name: `Customer ${i}`, type: 'CUSTOMER' });
    }
    const invoice = (i: number) =>
      createTransaction(db, actor, {
        bookId: book.id,
        typeCode: 'SI',
        accountCode: `C${i % CUSTOMERS}`,
        date: '2026-03-01',
        lines: [{ net: `${(i % 900) + 100}.25`, taxCode: 'S' }],
      });
    for (let i = 0; i < 20; i++) await invoice(i); // warm-up
    const rows: string[] = [];
    for (const inFlight of [1, 20]) {
      const latencies: number[] = [];
      let next = 0;
      const started = performance.now();
      const worker = async () => {
        while (next < POSTINGS) {
          const i = next++;
          const t = performance.now();
          await invoice(i);
          latencies.push(performance.now() - t);
        }
      };
      await Promise.all(Array.from({ length: inFlight }, worker));
      const seconds = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      rows.push(
        `| ${label} | ${inFlight} | ${POSTINGS} | ${(POSTINGS / seconds).toFixed(0)} | ${percentile(latencies, 50).toFixed(1)} | ${percentile(latencies, 95).toFixed(1)} |`,
      );
      progress(`${label}: ${inFlight} in flight done`);
    }
    return rows;
  } finally {
    await db.close();
  }
}

export async function benchPosting(): Promise<string[]> {
  const lines = ['', `Posting throughput (service layer, invoices on shared hot accounts, ${POSTINGS} per run)`, '',
    '| database | in flight | postings | postings/s | p50 ms | p95 ms |', '|---|---|---|---|---|---|'];
  if (DATABASES.includes('sqlite')) {
    const dir = mkdtempSync(join(tmpdir(), 'daybook-bench-posting-'));
    try {
      lines.push(...(await measure({ kind: 'sqlite', file: join(dir, 'bench.db') }, 'SQLite')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (DATABASES.includes('postgres')) {
    const server = process.env.DAYBOOK_TEST_PG_URL ? null : await startPostgres().catch(() => null);
    const base = process.env.DAYBOOK_TEST_PG_URL ?? server?.url;
    if (!base) {
      lines.push('| PostgreSQL | - | - | not measured: no server could be started | - | - |');
    } else {
      const url = await createTestDatabase(base, 'daybook_bench_posting');
      try {
        lines.push(...(await measure({ kind: 'postgres', url }, 'PostgreSQL')));
      } finally {
        await dropTestDatabase(url);
        await server?.stop();
      }
    }
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // run alone: npx tsx bench/posting.ts
  console.log((await benchPosting()).join('\n'));
}
