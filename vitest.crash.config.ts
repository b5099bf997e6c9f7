import { defineConfig } from 'vitest/config';

// npm run test:crash: the slow suites that kill real server processes (run by .ci/run after npm test)
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    include: ['test/crash/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 900_000,
    hookTimeout: 120_000,
  },
});
