// Configuration is read once from the environment, validated, and passed in.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { PrivateAddressPolicy } from './domain/webhooks.ts';
import type { JwtConfig } from './services/jwt.ts';

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
  /**
   * the group-commit writer: postings waiting at most (then OVERLOADED), postings per database
   * transaction, and the request deadline: a posting that waited longer in the queue is not started
   */
  writer: { maxQueue: number; maxBatch: number; deadlineMs: number };
  events: EventsConfig;
  /** what one request may ask (docs/operations.md, "Request limits") */
  limits: RequestLimits;
  /** GraphiQL at GET /graphql: DAYBOOK_GRAPHIQL=on|off, default on unless NODE_ENV=production */
  graphiql: boolean;
  /** JWT bearer tokens from an identity provider (DAYBOOK_JWT_*); null: API keys only */
  jwt: JwtConfig | null;
  /** per-key bounds on mutations and open subscriptions (docs/events.md, "Rate limits") */
  rateLimits: RateLimits;
}

/** Per API key, per instance; 0 turns a bound off. */
export interface RateLimits {
  /** DAYBOOK_RATE_LIMIT_MUTATIONS: root mutation fields one key may run a minute (a burst of as many) */
  mutationsPerMinute: number;
  /** DAYBOOK_MAX_SUBSCRIPTIONS_PER_KEY: subscriptions one key may hold open, SSE and WebSocket together */
  subscriptionsPerKey: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { mutationsPerMinute: 600, subscriptionsPerKey: 20 };

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

/** The bounds on one request; defaults in DEFAULT_LIMITS, each settable by a variable. */
export interface RequestLimits {
  /** an HTTP request body longer than this answers 413 PAYLOAD_TOO_LARGE */
  maxBodyBytes: number;
  /** graphql-armor: nesting of selections */
  maxDepth: number;
  /** graphql-armor: aliases in one operation */
  maxAliases: number;
  /** graphql-armor: tokens in one document, counted while parsing */
  maxTokens: number;
  /** graphql-armor: estimated cost of one operation */
  maxCost: number;
  /** graphql-armor: directives in one operation */
  maxDirectives: number;
  /** schema introspection (__schema, __type); off by default when NODE_ENV=production */
  introspection: boolean;
  /** "Did you mean …?" in validation errors; off when NODE_ENV=production */
  fieldSuggestions: boolean;
  /** origins (scheme://host[:port]) a browser may call from, CORS and WebSocket; none: same origin only */
  allowedOrigins: string[];
  /** the largest WebSocket message once authenticated */
  wsMaxPayloadBytes: number;
}

export const DEFAULT_LIMITS: RequestLimits = {
  maxBodyBytes: 1024 * 1024,
  maxDepth: 8,
  maxAliases: 15,
  maxTokens: 1000,
  maxCost: 100000,
  maxDirectives: 50,
  introspection: true,
  fieldSuggestions: true,
  allowedOrigins: [],
  wsMaxPayloadBytes: 1024 * 1024,
};

/** DAYBOOK_REQUEST_DEADLINE_MS's default: a posting that waited longer for the writer is not started */
export const DEFAULT_REQUEST_DEADLINE_MS = 2000;

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
  DAYBOOK_REQUEST_DEADLINE_MS: optional(wholeNumber('DAYBOOK_REQUEST_DEADLINE_MS', 600_000).default(String(DEFAULT_REQUEST_DEADLINE_MS))),
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
  NODE_ENV: optional(z.string().optional()),
  DAYBOOK_MAX_BODY_BYTES: optional(wholeNumber('DAYBOOK_MAX_BODY_BYTES', 100 * 1024 * 1024).optional()),
  DAYBOOK_MAX_DEPTH: optional(wholeNumber('DAYBOOK_MAX_DEPTH', 100).optional()),
  DAYBOOK_MAX_ALIASES: optional(wholeNumber('DAYBOOK_MAX_ALIASES', 1000).optional()),
  DAYBOOK_MAX_TOKENS: optional(wholeNumber('DAYBOOK_MAX_TOKENS', 1_000_000).optional()),
  DAYBOOK_MAX_COST: optional(wholeNumber('DAYBOOK_MAX_COST', 10_000_000).optional()),
  DAYBOOK_MAX_DIRECTIVES: optional(wholeNumber('DAYBOOK_MAX_DIRECTIVES', 1000).optional()),
  DAYBOOK_INTROSPECTION: optional(
    z.enum(['true', 'false'], { error: 'DAYBOOK_INTROSPECTION must be true or false' }).optional(),
  ),
  DAYBOOK_ALLOWED_ORIGINS: optional(
    z.string().superRefine((v, ctx) => {
      for (const origin of splitList(v)) {
        if (!isOrigin(origin)) {
          ctx.addIssue({
            code: 'custom',
            message: `DAYBOOK_ALLOWED_ORIGINS must list origins such as https://app.example.com, separated by commas; "${origin}" is not one`,
          });
        }
      }
    }).optional(),
  ),
  DAYBOOK_WS_MAX_PAYLOAD_BYTES: optional(wholeNumber('DAYBOOK_WS_MAX_PAYLOAD_BYTES', 100 * 1024 * 1024).optional()),
  DAYBOOK_JWT_SECRET: optional(z.string().min(32, 'DAYBOOK_JWT_SECRET must be at least 32 characters (HS256 needs 256 bits)').optional()),
  DAYBOOK_JWT_JWKS_URL: optional(
    z.string().regex(/^https?:\/\/\S+$/, 'DAYBOOK_JWT_JWKS_URL must be an http(s) URL of the identity provider\'s JWKS, e.g. https://id.example.com/.well-known/jwks.json').optional(),
  ),
  DAYBOOK_JWT_ISSUER: optional(z.string().optional()),
  DAYBOOK_JWT_AUDIENCE: optional(z.string().optional()),
  DAYBOOK_JWT_USER_CLAIM: optional(z.string().regex(/^[A-Za-z0-9_.:/-]{1,100}$/, 'DAYBOOK_JWT_USER_CLAIM must be a claim name such as sub or email').default('sub')),
  DAYBOOK_RATE_LIMIT_MUTATIONS: optional(
    wholeNumber('DAYBOOK_RATE_LIMIT_MUTATIONS', 1_000_000).default(String(DEFAULT_RATE_LIMITS.mutationsPerMinute)),
  ),
  DAYBOOK_MAX_SUBSCRIPTIONS_PER_KEY: optional(
    wholeNumber('DAYBOOK_MAX_SUBSCRIPTIONS_PER_KEY', 100_000).default(String(DEFAULT_RATE_LIMITS.subscriptionsPerKey)),
  ),
  DAYBOOK_GRAPHIQL: optional(z.enum(['on', 'off'], { error: 'DAYBOOK_GRAPHIQL must be on or off' }).optional()),
  LOG_LEVEL: optional(
    z
      .enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'], {
        error: 'LOG_LEVEL must be one of trace, debug, info, warn, error, fatal, silent',
      })
      .default('info'),
  ),
});

const splitList = (value: string) => value.split(',').map((item) => item.trim()).filter(Boolean);

/** An origin as browsers send it: scheme, host and port only, no path. */
function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === text;
  } catch {
    return false;
  }
}

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
    writer: {
      maxQueue: Number(e.DAYBOOK_WRITE_QUEUE),
      maxBatch: Math.max(1, Number(e.DAYBOOK_WRITE_BATCH)),
      deadlineMs: Number(e.DAYBOOK_REQUEST_DEADLINE_MS),
    },
    events: {
      redisUrl: e.REDIS_URL,
      pollMs: Math.max(10, Number(e.DAYBOOK_DISPATCH_POLL_MS)),
      leaseMs: Math.max(1000, Number(e.DAYBOOK_DISPATCH_LEASE_MS)),
      webhookPrivateAddresses: e.DAYBOOK_WEBHOOK_PRIVATE_ADDRESSES,
      webhookTimeoutMs: Math.max(100, Number(e.DAYBOOK_WEBHOOK_TIMEOUT_MS)),
      webhookRetryBaseMs: Math.max(10, Number(e.DAYBOOK_WEBHOOK_RETRY_BASE_MS)),
      webhookRetryForMs: Number(e.DAYBOOK_WEBHOOK_RETRY_FOR_MS),
    },
    limits: limitsFrom(e),
    graphiql: e.DAYBOOK_GRAPHIQL ? e.DAYBOOK_GRAPHIQL === 'on' : e.NODE_ENV !== 'production',
    rateLimits: {
      mutationsPerMinute: Number(e.DAYBOOK_RATE_LIMIT_MUTATIONS),
      subscriptionsPerKey: Number(e.DAYBOOK_MAX_SUBSCRIPTIONS_PER_KEY),
    },
    jwt: jwtFrom(e),
  };
}

function jwtFrom(e: z.infer<typeof environment>): JwtConfig | null {
  const secret = e.DAYBOOK_JWT_SECRET;
  const jwksUrl = e.DAYBOOK_JWT_JWKS_URL;
  if (secret && jwksUrl) throw new ConfigError('Set DAYBOOK_JWT_SECRET or DAYBOOK_JWT_JWKS_URL, not both');
  if (!secret && !jwksUrl) {
    if (e.DAYBOOK_JWT_ISSUER || e.DAYBOOK_JWT_AUDIENCE) {
      throw new ConfigError('DAYBOOK_JWT_ISSUER and DAYBOOK_JWT_AUDIENCE need DAYBOOK_JWT_SECRET or DAYBOOK_JWT_JWKS_URL');
    }
    return null;
  }
  // a provider's keys sign tokens for many applications: only those for this one, from it
  if (jwksUrl && (!e.DAYBOOK_JWT_ISSUER || !e.DAYBOOK_JWT_AUDIENCE)) {
    throw new ConfigError('DAYBOOK_JWT_JWKS_URL needs DAYBOOK_JWT_ISSUER and DAYBOOK_JWT_AUDIENCE too: the tokens of that provider for this server only');
  }
  return {
    ...(secret && { secret }),
    ...(jwksUrl && { jwksUrl }),
    ...(e.DAYBOOK_JWT_ISSUER && { issuer: e.DAYBOOK_JWT_ISSUER }),
    ...(e.DAYBOOK_JWT_AUDIENCE && { audience: e.DAYBOOK_JWT_AUDIENCE }),
    userClaim: e.DAYBOOK_JWT_USER_CLAIM,
  };
}

function limitsFrom(e: z.infer<typeof environment>): RequestLimits {
  const production = e.NODE_ENV === 'production';
  const number = (value: string | undefined, fallback: number) => (value === undefined ? fallback : Number(value));
  return {
    maxBodyBytes: number(e.DAYBOOK_MAX_BODY_BYTES, DEFAULT_LIMITS.maxBodyBytes),
    maxDepth: number(e.DAYBOOK_MAX_DEPTH, DEFAULT_LIMITS.maxDepth),
    maxAliases: number(e.DAYBOOK_MAX_ALIASES, DEFAULT_LIMITS.maxAliases),
    maxTokens: number(e.DAYBOOK_MAX_TOKENS, DEFAULT_LIMITS.maxTokens),
    maxCost: number(e.DAYBOOK_MAX_COST, DEFAULT_LIMITS.maxCost),
    maxDirectives: number(e.DAYBOOK_MAX_DIRECTIVES, DEFAULT_LIMITS.maxDirectives),
    introspection: e.DAYBOOK_INTROSPECTION === undefined ? !production : e.DAYBOOK_INTROSPECTION === 'true',
    fieldSuggestions: !production,
    allowedOrigins: e.DAYBOOK_ALLOWED_ORIGINS === undefined ? [] : splitList(e.DAYBOOK_ALLOWED_ORIGINS),
    wsMaxPayloadBytes: number(e.DAYBOOK_WS_MAX_PAYLOAD_BYTES, DEFAULT_LIMITS.wsMaxPayloadBytes),
  };
}
