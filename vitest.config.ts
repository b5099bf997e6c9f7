import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  // one graphql instance: Vite would load graphql's .mjs for ESM importers and Node the
  // CommonJS build for graphql-shield and graphql-middleware ("Duplicate graphql modules")
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    include: ['test/**/*.test.ts'],
    // slow suites with their own npm scripts (test:crash, test:ops, test:slow, test:browser), also run by .ci/run;
    // the command-line suite (a daybook process per command) runs with test:ops
    exclude: [...configDefaults.exclude, 'test/crash/**', 'test/ops/**', 'test/slow/**', 'test/browser/**', 'test/cli/cli.test.ts'],
    // one PostgreSQL server per run; each test file creates its own database on it
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
