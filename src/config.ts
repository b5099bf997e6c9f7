// Configuration is read once from the environment, validated, and passed in.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

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
  /** GraphiQL at GET /graphql: DAYBOOK_GRAPHIQL=on|off, default on unless NODE_ENV=production */
  graphiql: boolean;
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
  DAYBOOK_GRAPHIQL: optional(z.enum(['on', 'off'], { error: 'DAYBOOK_GRAPHIQL must be on or off' }).optional()),
  NODE_ENV: optional(z.string().optional()),
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
    graphiql: e.DAYBOOK_GRAPHIQL ? e.DAYBOOK_GRAPHIQL === 'on' : e.NODE_ENV !== 'production',
  };
}
