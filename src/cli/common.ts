// What every CLI command shares: exit codes, the refusals it prints, and where it acts
// (the database directly through the services, or a running server with --url and a key).
import { writeFileSync } from 'node:fs';
import { ConfigError, describeDatabase, loadConfig, parseDatabaseUrl, type Config } from '../config.ts';
import type { Database } from '../db.ts';
import type { Actor } from '../services/access.ts';

/** The documented exit codes: 0 ok, 1 refused (the input or the book said no), 2 usage. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {}

/** The command ran and was refused (bad rows, a GraphQL error from the server…): exit code 1. */
export class RefusedError extends Error {
  constructor(
    message: string,
    readonly code: string = 'BAD_USER_INPUT',
    readonly details: unknown = undefined,
  ) {
    super(message);
  }
}

export interface GlobalOptions {
  json?: boolean;
  url?: string;
  key?: string;
  database?: string;
}

/** Prints a result: its JSON with --json, else the human lines. */
export function report(options: GlobalOptions, result: unknown, human: () => string): void {
  if (options.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else process.stdout.write(human().replace(/\n?$/, '\n'));
}

/** Writes a file's text to `out` (a path), or to stdout when `out` is "-" or absent. */
export function writeOutput(out: string | undefined, text: string): void {
  if (!out || out === '-') process.stdout.write(text);
  else writeFileSync(out, text);
}

export function configFor(options: GlobalOptions): Config {
  const config = loadConfig();
  if (options.database) config.database = parseDatabaseUrl(options.database);
  return config;
}

export function apiKeyOf(options: GlobalOptions): string | undefined {
  return options.key ?? (process.env.DAYBOOK_API_KEY || undefined);
}

export interface Direct {
  db: Database;
  actor: Actor;
  close(): Promise<void>;
}

/**
 * Opens the database of DATABASE_URL (or --database), migrated, with a first admin on an
 * empty one (its generated key goes to stderr and the token file, never into --json's stdout).
 * The actor is the key's user when a key is given (--key, DAYBOOK_API_KEY), else the system
 * admin: whoever can open the database file or URL is its operator.
 */
export async function openDirect(options: GlobalOptions): Promise<Direct> {
  const config = configFor(options);
  const { applyMigrations } = await import('../db/migrate.ts');
  const { openDatabase } = await import('../db.ts');
  const { authenticate, bootstrapAdmin } = await import('../services/auth.ts');
  try {
    await applyMigrations(config.database);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new ConfigError(`DATABASE_URL ${describeDatabase(config.database)}: migrating failed: ${reason}`);
  }
  const db = await openDatabase(config.database);
  try {
    const admin = await bootstrapAdmin(db, config);
    if (admin?.generatedToken) {
      process.stderr.write(`First admin API key (shown once, also written to ${admin.tokenFile}):\n${admin.generatedToken}\n`);
    }
    const key = apiKeyOf(options);
    let actor: Actor;
    if (key) {
      actor = await authenticate(db.prisma, `Bearer ${key}`);
    } else {
      const user = await db.prisma.user.findFirst({ where: { isSystemAdmin: true }, orderBy: { createdAt: 'asc' } });
      if (!user) throw new ConfigError('this database has no system admin: give a key with --key or DAYBOOK_API_KEY');
      actor = { userId: user.id, name: user.name, isSystemAdmin: true };
    }
    return { db, actor, close: () => db.close() };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** A GraphQL client for --url: the key goes in the Authorization header. */
export interface Remote {
  url: string;
  request<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** a GET of a path beside /graphql (statement.csv) */
  get(path: string): Promise<string>;
}

export function remoteOf(options: GlobalOptions): Remote {
  const key = apiKeyOf(options);
  if (!key) throw new UsageError('--url needs a key: --key <key> or DAYBOOK_API_KEY');
  let endpoint: URL;
  try {
    endpoint = new URL(options.url!);
  } catch {
    throw new UsageError(`--url "${options.url}" is not a URL such as http://localhost:4000/graphql`);
  }
  if (!endpoint.pathname.endsWith('/graphql')) endpoint = new URL('/graphql', endpoint);
  const headers = { authorization: `Bearer ${key}` };
  const reach = async (url: URL, init: RequestInit) => {
    try {
      return await fetch(url, init);
    } catch (error) {
      const cause = (error as { cause?: { message?: string } }).cause?.message ?? String(error);
      throw new ConfigError(`cannot reach ${url.origin}: ${cause}`);
    }
  };
  return {
    url: endpoint.href,
    async request<T>(query: string, variables: Record<string, unknown> = {}) {
      const response = await reach(endpoint, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json().catch(() => null)) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } | null;
      if (!body) throw new RefusedError(`${endpoint.href} answered ${response.status} without GraphQL`, 'INTERNAL_SERVER_ERROR');
      if (body.errors?.length) {
        const first = body.errors[0]!;
        throw new RefusedError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.extensions);
      }
      return body.data as T;
    },
    async get(path: string) {
      const response = await reach(new URL(path, endpoint), { headers });
      const text = await response.text();
      if (!response.ok) {
        let parsed: { code?: string; message?: string } = {};
        try {
          parsed = JSON.parse(text) as typeof parsed;
        } catch {
          /* not JSON */
        }
        throw new RefusedError(parsed.message ?? `${path} answered ${response.status}`, parsed.code ?? 'INTERNAL_SERVER_ERROR');
      }
      return text;
    },
  };
}

/** Runs `work` against the database (closed afterwards); --url is refused for direct-only commands. */
export async function withDirect<T>(options: GlobalOptions, what: string, work: (direct: Direct) => Promise<T>): Promise<T> {
  if (options.url) throw new UsageError(`${what} works on the database directly: drop --url and set DATABASE_URL`);
  const direct = await openDirect(options);
  try {
    return await work(direct);
  } finally {
    await direct.close();
  }
}

/** Dates given on the command line: YYYY-MM-DD, a real calendar day. */
export function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!)) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) throw new UsageError(`${name} "${value}" must be a date YYYY-MM-DD`);
  return value;
}

export function requireOption<T>(name: string, value: T | undefined): T {
  if (value === undefined || value === '') throw new UsageError(`${name} is required`);
  return value;
}
