// npm run bench: the reports (bench/reports.ts; `npm run bench -- --large` for 5,000,000
// entries over 50,000 accounts), then the write path over HTTP of bench/write-path.ts
// (`npm run bench:write` runs it alone; BENCH_WRITE=0 skips it; --quick passes through).
import { benchReports } from './reports.ts';
import { benchWritePath } from './write-path.ts';

if (process.env.BENCH_REPORTS !== '0') await benchReports();
if (process.env.BENCH_WRITE !== '0') await benchWritePath();
