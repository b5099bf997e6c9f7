// Configuration is read once from the environment, validated, and passed in.
import { z } from 'zod';

export type DatabaseTarget =
  | { kind: 'sqlite'; file: string }
  | { kind: 'postgres'; url: string };

export interface Config {
  port: number;
  host: string;
  database: DatabaseTarget;
  adminToken: string | undefined;
  /** where the generated first admin token is written (./data/admin-token) */
  dataDir: string;
  logLevel: string;
}

const environment = z.object({
  PORT: z
    .string()
    .default('4000')
    .refine((v) => /^\d+$/.test(v) && Number(v) > 0 && Number(v) < 65536, {
      message: 'PORT must be a whole number from 1 to 65535',
    }),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().default('file:./data/daybook.db'),
  DAYBOOK_ADMIN_TOKEN: z
    .string()
    .min(24, 'DAYBOOK_ADMIN_TOKEN must be at least 24 characters')
    .optional(),
  DAYBOOK_DATA_DIR: z.string().default('./data'),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
});

export class ConfigError extends Error {}

export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length);
    if (!file) throw new ConfigError('DATABASE_URL "file:" needs a path, e.g. file:./data/daybook.db');
    return { kind: 'sqlite', file };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    try {
      new URL(url);
    } catch {
      throw new ConfigError(`DATABASE_URL is not a valid PostgreSQL URL: ${redact(url)}`);
    }
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    port: Number(e.PORT),
    host: e.HOST,
    database: parseDatabaseUrl(e.DATABASE_URL),
    adminToken: e.DAYBOOK_ADMIN_TOKEN,
    dataDir: e.DAYBOOK_DATA_DIR,
    logLevel: e.LOG_LEVEL,
  };
}
