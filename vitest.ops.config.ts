// `npm run test:ops`: the tests that drive real daybook and PostgreSQL processes through
// backups, database restarts and shutdowns, and the command line (a daybook process per
// command, about two minutes). They start many processes, so they run apart from `npm test`
// (and after it in CI), one file at a time.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default defineConfig({
  resolve: base.resolve,
  test: {
    ...base.test,
    include: ['test/ops/**/*.test.ts', 'test/cli/cli.test.ts'],
    exclude: [],
    fileParallelism: false,
    testTimeout: 240_000,
  },
});
