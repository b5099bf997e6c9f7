// The slow tests (several server processes, a redis-server of their own): `npm run test:slow`.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default defineConfig({
  resolve: base.resolve,
  test: { ...base.test, include: ['test/slow/**/*.test.ts'], exclude: ['node_modules/**'] },
});
