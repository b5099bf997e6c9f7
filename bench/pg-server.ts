// A throwaway PostgreSQL server for profiling by hand: prints its URL and runs until
// interrupted. `npx tsx bench/pg-server.ts`, then DAYBOOK_TEST_PG_URL=<url> BENCH_KEEP=1 npm run bench.
import { startPostgres } from '../test/support/postgres.ts';

const server = await startPostgres();
console.log(server.url);
const stop = () => void server.stop().finally(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => {}, 1 << 30);
