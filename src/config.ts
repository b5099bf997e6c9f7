// Configuration is read once from the environment, validated, and passed in.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { PrivateAddressPolicy } from './domain/webhooks.ts';

export type DatabaseTarget =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string };

export interface Config {
  /** 0 picks a free port (the log line "daybook is serving" names it) */
  port: number;
  host: string;
  database: DatabaseTarget;
  adminToken: string | undefined;
  /** where the generated first admin token is written (./data/admin-token) */
  dataDir: string;
  logLevel: string;
  /** how long a shutdown waits for in-flight requests before closing their connections */
  shutdownGraceMs: number;
  /** the group-commit writer: postings waiting at most (then OVERLOADED), postings per database transaction */
  writer: { maxQueue: number; maxBatch: number };
  events: EventsConfig;
}

/** The outbox dispatcher, subscriptions across instances and webhooks (docs/events.md). */
export interface EventsConfig {
  /** REDIS_URL: subscriptions travel through Redis, so every instance hears every change */
  redisUrl: string | undefined;
  /** how often the dispatcher looks at the outbox when nothing woke it */
  pollMs: number;
  /** how long one instance holds the shared dispatcher before another may take over */
  leaseMs: number;
  webhookPrivateAddresses: PrivateAddressPolicy;
  webhookTimeoutMs: number;
  webhookRetryBaseMs: number;
  /** how long a delivery is retried before it is FAILED (a day) */
  webhookRetryForMs: number;
}

// An empty variable counts as unset (docker-compose and systemd write `NAME=` for "none").
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema);

const wholeNumber = (name: string, max: number) =>
  z.string().superRefine((v, ctx) => {
    if (!/^\d+$/.test(v) || Number(v) > max) {
      ctx.addIssue({ code: 'custom', message: `${name} must be a whole number from 0 to ${max}; got "${v}"` });
    }
  });

const environment = z.object({
  PORT: optional(wholeNumber('PORT', 65535).default('4000')),
  HOST: optional(z.string().default('0.0.0.0')),
  DATABASE_URL: optional(z.string().default('file:./data/daybook.db')),
  DAYBOOK_ADMIN_TOKEN: optional(
    z.string().min(24, 'DAYBOOK_ADMIN_TOKEN must be at least 24 characters').optional(),
  ),
  DAYBOOK_DATA_DIR: optional(z.string().default('./data')),
  DAYBOOK_SHUTDOWN_GRACE_MS: optional(wholeNumber('DAYBOOK_SHUTDOWN_GRACE_MS', 600_000).default('10000')),
  DAYBOOK_WRITE_QUEUE: optional(wholeNumber('DAYBOOK_WRITE_QUEUE', 1_000_000).default('10000')),
  DAYBOOK_WRITE_BATCH: optional(wholeNumber('DAYBOOK_WRITE_BATCH', 10_000).default('256')),
  REDIS_URL: optional(
    z.string().regex(/^rediss?:\/\//, 'REDIS_URL must start with redis:// or rediss://').optional(),
  ),
  DAYBOOK_DISPATCH_POLL_MS: optional(wholeNumber('DAYBOOK_DISPATCH_POLL_MS', 60_000).default('250')),
  DAYBOOK_DISPATCH_LEASE_MS: optional(wholeNumber('DAYBOOK_DISPATCH_LEASE_MS', 600_000).default('15000')),
  DAYBOOK_WEBHOOK_PRIVATE_ADDRESSES: optional(
    z.enum(['none', 'loopback', 'all'], {
      error: 'DAYBOOK_WEBHOOK_PRIVATE_ADDRESSES must be none, loopback (development) or all',
    }).default('none'),
  ),
  DAYBOOK_WEBHOOK_TIMEOUT_MS: optional(wholeNumber('DAYBOOK_WEBHOOK_TIMEOUT_MS', 60_000).default('10000')),
  DAYBOOK_WEBHOOK_RETRY_BASE_MS: optional(wholeNumber('DAYBOOK_WEBHOOK_RETRY_BASE_MS', 3_600_000).default('5000')),
  DAYBOOK_WEBHOOK_RETRY_FOR_MS: optional(wholeNumber('DAYBOOK_WEBHOOK_RETRY_FOR_MS', 7 * 86_400_000).default('86400000')),
  LOG_LEVEL: optional(
    z
      .enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], {
        error: 'LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent',
      })
      .default('info'),
  ),
});

/** A mistake in the environment: shown as one line, the process exits 1. */
export class ConfigError extends Error {}

export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('file://')) {
    try {
      return { kind: 'sqlite', file: fileURLToPath(url) };
    } catch {
      throw new ConfigError(`DATABASE_URL is not a valid file URL: ${url}`);
    }
  }
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length);
    if (!file) throw new ConfigError('DATABASE_URL "file:" needs a path, e.g. file:./data/daybook.db');
    return { kind: 'sqlite', file };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ConfigError(`DATABASE_URL is not a valid PostgreSQL URL: ${redact(url)}`);
    }
    if (!parsed.hostname) throw new ConfigError(`DATABASE_URL names no PostgreSQL host: ${redact(url)}`);
    return { kind: 'postgres', url };
  }
  throw new ConfigError(
    `DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL); got ${redact(url)}`,
  );
}

/** Hides a password in a URL so that it never reaches a log line. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/** A readable name for the database, password hidden: for logs and error messages. */
export function describeDatabase(target: DatabaseTarget): string {
  return target.kind === 'sqlite' ? `file:${target.file}` : redact(target.url);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    // the messages above name their variable; zod's own ones do not
    throw new ConfigError(issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    port: Number(e.PORT),
    host: e.HOST,
    database: parseDatabaseUrl(e.DATABASE_URL),
    adminToken: e.DAYBOOK_ADMIN_TOKEN,
    dataDir: e.DAYBOOK_DATA_DIR,
    logLevel: e.LOG_LEVEL,
    shutdownGraceMs: Number(e.DAYBOOK_SHUTDOWN_GRACE_MS),
    writer: { maxQueue: Number(e.DAYBOOK_WRITE_QUEUE), maxBatch: Math.max(1, Number(e.DAYBOOK_WRITE_BATCH)) },
    events: {
      redisUrl: e.REDIS_URL,
      pollMs: Math.max(10, Number(e.DAYBOOK_DISPATCH_POLL_MS)),
      leaseMs: Math.max(1000, Number(e.DAYBOOK_DISPATCH_LEASE_MS)),
      webhookPrivateAddresses: e.DAYBOOK_WEBHOOK_PRIVATE_ADDRESSES,
      webhookTimeoutMs: Math.max(100, Number(e.DAYBOOK_WEBHOOK_TIMEOUT_MS)),
      webhookRetryBaseMs: Math.max(10, Number(e.DAYBOOK_WEBHOOK_RETRY_BASE_MS)),
      webhookRetryForMs: Number(e.DAYBOOK_WEBHOOK_RETRY_FOR_MS),
    },
  };
}
