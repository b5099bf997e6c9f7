// The Yoga instance, built apart from listen() so tests call yoga.fetch in-process.
import { GraphQLError } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Database } from './db.ts';
import { DomainError } from './domain/errors.ts';
import { createContext, type Context } from './graphql/context.ts';
import { maskErrorWith } from './graphql/errors.ts';
import { servedSchema } from './graphql/schema.ts';
import { requestLog } from './request-log.ts';
import { KeyCache, type KeyCacheOptions } from './services/key-cache.ts';
import type { Actor } from './services/access.ts';
import { createLedgerEvents, type LedgerEvents } from './services/events.ts';
import { loadConfig, type EventsConfig } from './config.ts';
import { matchesStatementCsv, statementCsvResponse } from './statement-csv.ts';

export type Daybook = YogaServerInstance<Record<string, unknown>, Context>;

export interface DaybookOptions {
  /** the cache of authenticated keys (services/key-cache.ts) */
  keys?: KeyCacheOptions;
  /** a cache to use instead (several Daybooks of one process, tests) */
  keyCache?: KeyCache;
  /** how often a subscription re-checks its key and membership; 5 s */
  subscriptionRecheckMs?: number;
  /** where subscriptions listen; the dispatcher (services/dispatcher.ts) publishes there */
  events?: LedgerEvents;
  eventsConfig?: EventsConfig;
}

export function createDaybook(db: Database, log: Logger, options: DaybookOptions = {}): Daybook {
  const events = options.events ?? createLedgerEvents();
  const eventsConfig = options.eventsConfig ?? loadConfig({}).events;
  const requests = requestLog(log);
  const keys = options.keyCache ?? new KeyCache(db.prisma, log, options.keys);
  const recheckMs = options.subscriptionRecheckMs ?? 5_000;
  return createYoga<Record<string, unknown>, Context>({
    schema: servedSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/yoga-health',
    landingPage: false,
    logging: {
      debug: (...args) => log.debug(args.map(String).join(' ')),
      info: (...args) => log.info(args.map(String).join(' ')),
      warn: (...args) => log.warn(args.map(String).join(' ')),
      error: (...args) => {
        // yoga reports every error it masks: maskErrorWith has logged the unexpected ones
        // already, and a refused request (UNAUTHENTICATED, BAD_USER_INPUT…) is no operator's alarm
        const error = args.find((arg) => arg instanceof Error);
        if (error) log.debug({ err: error }, 'graphql error returned');
        else log.error(args.map(String).join(' '));
      },
    },
    maskedErrors: { maskError: maskErrorWith(log) },
    context: async ({ request }) => {
      let actor: Actor | null = null;
      let authError: DomainError | null = null;
      try {
        actor = await keys.authenticate(request.headers.get('authorization'));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        authError = error;
      }
      return createContext(db, requests.loggerFor(request), events, eventsConfig, actor, authError, { keys, recheckMs });
    },
    plugins: [
      // first, so that it sees every request, /health included
      requests.plugin,
      // pending lastUsedAt writes go out before the database closes
      { onDispose: () => keys.close() },
      {
        // a query the schema refuses is the caller's to fix: the contract's BAD_USER_INPUT
        onValidate: () => ({ result, setResult }: { result: readonly GraphQLError[]; setResult: (errors: GraphQLError[]) => void }) => {
          if (result.length === 0) return;
          setResult(
            result.map((error) => new GraphQLError(error.message, { ...error, extensions: { ...error.extensions, code: 'BAD_USER_INPUT' } })),
          );
        },
      },
      {
        // /health answers only when the database does
        async onRequest({ url, endResponse }) {
          if (url.pathname !== '/health') return;
          try {
            await db.prisma.$queryRawUnsafe('SELECT 1');
            endResponse(Response.json({ status: 'ok', database: db.kind }));
          } catch (error) {
            log.error({ err: error }, 'health check failed');
            endResponse(Response.json({ status: 'unavailable', database: db.kind }, { status: 503 }));
          }
        },
      },
      {
        async onRequest({ request, url, endResponse }) {
          if (!matchesStatementCsv(url)) return;
          try {
            endResponse(await statementCsvResponse(db, request, url));
          } catch (error) {
            log.error({ err: error }, 'statement.csv failed');
            endResponse(Response.json({ code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error' }, { status: 500 }));
          }
        },
      },
    ],
  });
}
