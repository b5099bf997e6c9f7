// Vitest globalSetup: one PostgreSQL server per test run, its URL handed to tests as `pgUrl`.
import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the run's PostgreSQL server, or null when none could be started. */
    pgUrl: string | null;
  }
}

function warnLoudly(reason: string): void {
  const bar = '!'.repeat(78);
  process.stderr.write(
    [
      '',
      bar,
      '!!! PostgreSQL TESTS ARE SKIPPED: no PostgreSQL server could be started.',
      `!!! Reason: ${reason}`,
      '!!! Install PostgreSQL 15 (initdb, pg_ctl, postgres on PATH or in',
      '!!! /usr/lib/postgresql/15/bin) or set DAYBOOK_TEST_PG_URL to a server URL.',
      bar,
      '',
      '',
    ].join('\n'),
  );
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.DAYBOOK_TEST_PG_URL;
  if (external) {
    project.provide('pgUrl', external);
    return async () => {};
  }
  try {
    const server = await startPostgres();
    project.provide('pgUrl', server.url);
    return () => server.stop();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    warnLoudly(reason);
    project.provide('pgUrl', null);
    // again at the end, where a reader of the summary will see it
    return async () => warnLoudly(reason);
  }
}
