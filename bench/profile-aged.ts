// Where agedBalances spends its time on a kept bench database (BENCH_KEEP=1): the service
// alone, then the whole GraphQL request, for one page of 100 rows with the totals. Usage:
// npx tsx bench/profile-aged.ts <sqlite file or postgresql:// URL> <asOf> [ACCOUNT_CODE|OVERDUE]
// (under `node --cpu-prof --import tsx` for a profile).
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/db.ts';
import { createLogger } from '../src/logger.ts';
import { agedBalances } from '../src/services/reports.ts';
import { createDaybook } from '../src/yoga.ts';

const [file, asOf = '2026-12-31', order = 'ACCOUNT_CODE'] = process.argv.slice(2);
const orderBy = order === 'OVERDUE' ? 'OVERDUE' : 'ACCOUNT_CODE';
const db = await openDatabase(file!.startsWith('postgres') ? { kind: 'postgres', url: file! } : { kind: 'sqlite', file: file! });
const book = await db.prisma.book.findFirstOrThrow({ where: { name: 'Bench Ltd' } });
const admin = await db.prisma.user.findFirstOrThrow({ where: { isSystemAdmin: true } });
const actor = { userId: admin.id, name: admin.name, isSystemAdmin: true };
const yoga = createDaybook(db, createLogger('silent'));
const timeIt = async (label: string, work: () => Promise<unknown>) => {
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 8; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await work();
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  // CPU time is the figure a loaded machine does not change (SQLite runs in this process)
  console.log(`${label}: min ${samples[0]!.toFixed(1)} ms, median ${samples[4]!.toFixed(1)} ms; CPU min ${cpu[0]!.toFixed(1)} ms, median ${cpu[4]!.toFixed(1)} ms`);
};
await timeIt('service', async () => console.assert((await agedBalances(db, actor, book.id, 'SL', asOf, { orderBy })).rows.length > 0));
const query = `query($b: ID!, $a: Date!) { book(id: $b) { agedBalances(ledgerCode: "SL", asOf: $a, first: 100, orderBy: ${orderBy}) { totals total rowCount rows { account { code } amounts total } pageInfo { endCursor } } } }`;
await timeIt('graphql', async () => {
  const r = await yoga.fetch('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer dbk_bench_admin_token_0123456789abcdef' }, body: JSON.stringify({ query, variables: { b: book.id, a: asOf } }) });
  await r.text();
});
console.log('rows', await (await agedBalances(db, actor, book.id, 'SL', asOf, { orderBy })).rowCount());
await db.close();
