// npm run bench: the reports (bench/reports.ts; `npm run bench -- --large` for 5,000,000
// entries over 50,000 accounts), then the posting throughput of bench/posting.ts
// (BENCH_POSTINGS, default 1000; BENCH_POSTING=0 skips it).
import { benchPosting } from './posting.ts';
import { benchReports } from './reports.ts';

if (process.env.BENCH_REPORTS !== '0') await benchReports();
if (process.env.BENCH_POSTING !== '0') console.log((await benchPosting()).join('\n'));
