// CPU time (not wall time) of each report's service call on a kept SQLite bench file (BENCH_KEEP=1): on a
// machine with a load of 20+ the wall clock measures the queue, the CPU time the work.
// Usage: npx tsx bench/cpu.ts <sqlite file>
import { openDatabase } from '../src/db.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { agedBalances, reconciliation, trialBalance, taxSummary } from '../src/services/reports.ts';
const [file] = process.argv.slice(2);
await applyMigrations({ kind: 'sqlite', file: file! });
const db = await openDatabase({ kind: 'sqlite', file: file! });
const book = await db.prisma.book.findFirstOrThrow({ where: { name: 'Bench Ltd' } });
const admin = await db.prisma.user.findFirstOrThrow({ where: { isSystemAdmin: true } });
const actor = { userId: admin.id, name: admin.name, isSystemAdmin: true };
const cases: [string, () => Promise<unknown>][] = [
  ['trialBalance (now)', () => trialBalance(db.prisma, actor, book.id, {})],
  ['trialBalance (asOf 2025-12-31)', () => trialBalance(db.prisma, actor, book.id, { asOf: '2025-12-31' })],
  ['agedBalances SL 100 by code (2026-12-31)', () => agedBalances(db, actor, book.id, 'SL', '2026-12-31')],
  ['agedBalances SL 100 by code (2025-12-31)', () => agedBalances(db, actor, book.id, 'SL', '2025-12-31')],
  ['agedBalances SL 100 most overdue (2026-12-31)', () => agedBalances(db, actor, book.id, 'SL', '2026-12-31', { orderBy: 'OVERDUE' })],
  ['reconciliation (now)', () => reconciliation(db, actor, book.id)],
  ['reconciliation (asOf 2025-12-31)', () => reconciliation(db, actor, book.id, '2025-12-31')],
  ['taxSummary (2026 Q4)', () => taxSummary(db.prisma, actor, book.id, '2026-10-01', '2026-12-31')],
];
for (const [name, work] of cases) {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    const c = process.cpuUsage();
    await work();
    const d = process.cpuUsage(c);
    samples.push((d.user + d.system) / 1000);
  }
  samples.sort((a, b) => a - b);
  console.log(`${name}: CPU median ${samples[3]!.toFixed(1)} ms, min ${samples[0]!.toFixed(1)} ms`);
}
await db.close();
