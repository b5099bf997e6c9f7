// An in-process Daybook on a fresh database: SQLite file in a temp folder, or a fresh
// PostgreSQL database on the test server. Requests go through yoga.fetch, as a client's would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { inject } from 'vitest';
import type { DatabaseTarget } from '../../src/config.ts';
import { openDatabase, type Database } from '../../src/db.ts';
import { applyMigrations } from '../../src/db/migrate.ts';
import { createLogger } from '../../src/logger.ts';
import { bootstrapAdmin } from '../../src/services/auth.ts';
import { createDaybook, type Daybook } from '../../src/yoga.ts';
import { loadConfig, type EventsConfig } from '../../src/config.ts';
import { createLedgerEvents } from '../../src/services/events.ts';
import { startDispatcher, type Dispatcher } from '../../src/services/dispatcher.ts';
import { createTestDatabase, dropTestDatabase } from './postgres.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

export const ADMIN_TOKEN = 'dbk_test_admin_token_0123456789abcdef';

/** The databases this run can test: SQLite always, PostgreSQL when the server started. */
export function databaseKinds(): DatabaseKind[] {
  return inject('pgUrl') ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface TestApp {
  kind: DatabaseKind;
  db: Database;
  yoga: Daybook;
  target: DatabaseTarget;
  /** the outbox dispatcher the server would run: subscriptions and webhooks are fed by it */
  dispatcher: Dispatcher;
  eventsConfig: EventsConfig;
  /** runs a typed document; `token` defaults to the first admin's */
  request<R, V>(
    document: TypedDocumentNode<R, V>,
    variables?: V,
    token?: string | null,
  ): Promise<ExecutionResult<R>>;
  /** like request, but fails the test on any error and returns data */
  ok<R, V>(document: TypedDocumentNode<R, V>, variables?: V, token?: string | null): Promise<R>;
  close(): Promise<void>;
}

/** An empty database of the kind, migrated; `cleanup` removes it. */
export async function freshTarget(kind: DatabaseKind): Promise<{ target: DatabaseTarget; cleanup: () => Promise<void> }> {
  let target: DatabaseTarget;
  let cleanup: () => Promise<void>;
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'daybook-test-'));
    target = { kind: 'sqlite', file: join(dir, 'daybook.db') };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const base = inject('pgUrl');
    if (!base) throw new Error('PostgreSQL is not available in this run');
    const url = await createTestDatabase(base);
    target = { kind: 'postgres', url };
    cleanup = () => dropTestDatabase(url);
  }
  await applyMigrations(target);
  return { target, cleanup };
}

/** The events settings of a test app: webhooks may reach 127.0.0.1, retries are quick. */
export function testEventsConfig(overrides: Partial<EventsConfig> = {}): EventsConfig {
  return {
    ...loadConfig({}).events,
    pollMs: 50,
    webhookPrivateAddresses: 'loopback',
    webhookTimeoutMs: 2000,
    webhookRetryBaseMs: 50,
    ...overrides,
  };
}

export async function createTestApp(kind: DatabaseKind, options: { events?: Partial<EventsConfig> } = {}): Promise<TestApp> {
  const { target, cleanup } = await freshTarget(kind);
  const db = await openDatabase(target);
  await bootstrapAdmin(db, { adminToken: ADMIN_TOKEN, dataDir: tmpdir() });
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const eventsConfig = testEventsConfig(options.events);
  const events = createLedgerEvents(eventsConfig.redisUrl);
  const dispatcher = await startDispatcher(db, events, eventsConfig, log);
  const yoga = createDaybook(db, log, { events, eventsConfig });

  async function request<R, V>(document: TypedDocumentNode<R, V>, variables?: V, token: string | null = ADMIN_TOKEN) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const response = await yoga.fetch('http://daybook.test/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: print(document), variables }),
    });
    return (await response.json()) as ExecutionResult<R>;
  }

  return {
    kind,
    db,
    yoga,
    target,
    dispatcher,
    eventsConfig,
    request,
    async ok(document, variables, token) {
      const result = await request(document, variables, token);
      if (result.errors?.length) {
        throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      }
      return result.data!;
    },
    async close() {
      await yoga.dispose();
      await dispatcher.stop();
      await events.close();
      await db.close();
      await cleanup();
    },
  };
}

/** The extensions.code of the first error, for asserting refusals. */
export function errorCode(result: ExecutionResult<unknown>): unknown {
  return result.errors?.[0]?.extensions?.code;
}
