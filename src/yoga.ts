// The Yoga instance, built apart from listen() so tests call yoga.fetch in-process.
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  getOperationAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import { DEFAULT_LIMITS, type RateLimits, type RequestLimits } from './config.ts';
import type { Database } from './db.ts';
import { DomainError } from './domain/errors.ts';
import { createContext, type Context } from './graphql/context.ts';
import { logUnexpectedErrors, maskErrorWith, toGraphQLError } from './graphql/errors.ts';
import { NO_RATE_LIMITS, RateLimiter } from './services/rate-limit.ts';
import { servedSchema } from './graphql/schema.ts';
import { requestLog } from './request-log.ts';
import { KeyCache, type KeyCacheOptions } from './services/key-cache.ts';
import { JwtAuthenticator, type JwtConfig } from './services/jwt.ts';
import type { Actor } from './services/access.ts';
import { createLedgerEvents, type LedgerEvents } from './services/events.ts';
import { loadConfig, type EventsConfig } from './config.ts';
import { matchesStatementCsv, statementCsvResponse } from './statement-csv.ts';
import { graphiqlOptions, renderDaybookGraphiQL } from './graphiql.ts';
import { webPage } from './web.ts';

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
  /** what one request may ask (config.ts RequestLimits) */
  limits?: RequestLimits;
  /**
   * GraphiQL at GET /graphql from a browser, and the reference page at GET / (src/web.ts)
   * (DAYBOOK_GRAPHIQL; default on, off when NODE_ENV=production)
   */
  graphiql?: boolean;
  /** JWT bearer tokens from an identity provider (config.ts, DAYBOOK_JWT_*); without it API keys only */
  jwt?: JwtConfig | null;
  /** per-key bounds on mutations and open subscriptions (config.ts RateLimits); none unless given */
  rateLimits?: RateLimits;
  /** the rate limit's clock (tests) */
  now?: () => number;
}

export function createDaybook(db: Database, log: Logger, options: DaybookOptions = {}): Daybook {
  const events = options.events ?? createLedgerEvents();
  const eventsConfig = options.eventsConfig ?? loadConfig({}).events;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const requests = requestLog(log);
  const jwt = options.jwt ? new JwtAuthenticator(db.prisma, options.jwt) : null;
  const keys = options.keyCache ?? new KeyCache(db.prisma, log, { ...options.keys, jwt });
  const recheckMs = options.subscriptionRecheckMs ?? 5_000;
  const rateLimiter = new RateLimiter(options.rateLimits ?? NO_RATE_LIMITS, options.now);
  return createYoga<Record<string, unknown>, Context>({
    schema: servedSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/yoga-health',
    landingPage: false,
    // GraphiQL reads the schema by introspection: where that is off, so is it
    graphiql: options.graphiql === false || !limits.introspection ? false : graphiqlOptions(),
    renderGraphiQL: renderDaybookGraphiQL,
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
    // browsers may call from the configured origins only; no Origin is echoed otherwise
    cors: (request) => {
      const origin = request.headers.get('origin');
      return origin && limits.allowedOrigins.includes(origin) ? { origin, credentials: true, maxAge: 600 } : false;
    },
    context: async ({ request }) => {
      let actor: Actor | null = null;
      let authError: DomainError | null = null;
      try {
        actor = await keys.authenticate(request.headers.get('authorization'));
        // the audit events this request makes record its id (a copy: the cached actor is shared)
        const requestId = requests.idFor(request);
        if (actor && requestId) actor = { ...actor, requestId };
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        authError = error;
      }
      return createContext(db, requests.loggerFor(request), events, eventsConfig, actor, authError, { keys, recheckMs, rateLimiter });
    },
    plugins: [
      // first, so that it sees every request, /health included
      requests.plugin,
      // pending lastUsedAt writes go out before the database closes
      { onDispose: () => keys.close() },
      bodyLimit(limits.maxBodyBytes, requests.carry),
      jsonSearchParams(),
      // before the mask: the unexpected error is logged with its request id
      logUnexpectedErrors(),
      {
        // a query the schema refuses is the caller's to fix: the contract's BAD_USER_INPUT
        // (a limit's refusal keeps its PAYLOAD_TOO_LARGE)
        onValidate: () => ({ result, setResult }: { result: readonly GraphQLError[]; setResult: (errors: GraphQLError[]) => void }) => {
          if (result.length === 0) return;
          setResult(
            result.map((error) => new GraphQLError(error.message, { ...error, extensions: { ...error.extensions, code: error.extensions.code ?? 'BAD_USER_INPUT' } })),
          );
        },
      },
      ...requestLimits(limits),
      mutationRateLimit(rateLimiter),
      // the reference page at / in development, by GraphiQL's switch
      ...(options.graphiql === false ? [] : [webPage()]),
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
            endResponse(await statementCsvResponse(db, request, url, (authorization) => keys.authenticate(authorization)));
          } catch (error) {
            log.error({ err: error }, 'statement.csv failed');
            endResponse(Response.json({ code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error' }, { status: 500 }));
          }
        },
      },
    ],
  });
}

/**
 * The mutation rate limit: each root mutation field of the operation (each alias: ten
 * aliased createTransaction are ten; one createTransactions is one, whatever its items)
 * spends one of the key's allowance before anything runs; over it the whole request is
 * refused, HTTP 429 with Retry-After, and nothing is written.
 */
function mutationRateLimit(limiter: RateLimiter): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as Context;
      if (!ctx.actor || limiter.limits.mutationsPerMinute === 0) return;
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return;
      try {
        limiter.spendMutations(ctx.actor, rootFields(operation.selectionSet, fragmentsOf(args.document)).size);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        setResultAndStopExecution({ errors: [toGraphQLError(error)] });
      }
    },
  };
}

const fragmentsOf = (document: DocumentNode) =>
  new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );

/** The response keys of the root fields, through fragments; fields of one key run once. */
function rootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, keys = new Set<string>(), seen = new Set<string>()): Set<string> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!selection.name.value.startsWith('__')) keys.add(selection.alias?.value ?? selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      rootFields(selection.selectionSet, fragments, keys, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) rootFields(fragment.selectionSet, fragments, keys, seen);
    }
  }
  return keys;
}

/** A refusal of a documented limit: PAYLOAD_TOO_LARGE naming the limit, before any resolver runs. */
const limitError = (message: string, limit: string) =>
  new GraphQLError(message, { extensions: { code: 'PAYLOAD_TOO_LARGE', limit } });

/**
 * graphql-armor's depth, alias, token, cost and directive limits (docs/operations.md,
 * "Request limits"), introspection off and field suggestions masked where configured.
 * The token limit counts while parsing, so a huge document costs no validation.
 */
function requestLimits(limits: RequestLimits): Plugin[] {
  const report = (limit: string) => ({
    propagateOnRejection: false,
    onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(limitError(error.message.replace(/^Syntax Error: /, ''), limit))],
  });
  const armor = new EnvelopArmor({
    maxTokens: { n: limits.maxTokens },
    maxDepth: { n: limits.maxDepth, ...report('maxDepth') },
    maxAliases: { n: limits.maxAliases, ...report('maxAliases') },
    costLimit: { maxCost: limits.maxCost, ...report('maxCost') },
    maxDirectives: { n: limits.maxDirectives, ...report('maxDirectives') },
    blockFieldSuggestion: { enabled: !limits.fieldSuggestions },
  });
  const plugins: Plugin[] = [
    ...(armor.protect().plugins as Plugin[]),
    {
      // the token limit throws from the parser: give its error the limit's code
      onParse: () => ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError && /Token limit/.test(result.message)) {
          replaceParseResult(limitError(result.message.replace(/^Syntax Error: /, ''), 'maxTokens'));
        }
      },
    },
  ];
  if (!limits.introspection) {
    plugins.push({ onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) });
  }
  return plugins;
}

/**
 * A GET /graphql whose `variables` or `extensions` is not JSON is the caller's mistake (400
 * BAD_USER_INPUT); yoga's own parser would throw it as an unexpected error.
 */
function jsonSearchParams(): Plugin {
  return {
    onRequest({ url, endResponse }) {
      if (url.pathname !== '/graphql') return;
      for (const name of ['variables', 'extensions']) {
        const value = url.searchParams.get(name);
        if (value === null) continue;
        let parsed: unknown;
        try {
          parsed = JSON.parse(value);
        } catch {
          parsed = undefined;
        }
        if (parsed === null || (typeof parsed === 'object' && !Array.isArray(parsed))) continue;
        return endResponse(
          Response.json(
            { errors: [{ message: `the URL's ${name} must be a JSON object, e.g. ${name}={"bookId":"…"} (URL-encoded)`, extensions: { code: 'BAD_USER_INPUT', field: name } }] },
            { status: 400 },
          ),
        );
      }
    },
  };
}

/**
 * Refuses a request body longer than `maxBytes` with 413 PAYLOAD_TOO_LARGE: at once when
 * Content-Length says so, else while reading, so no more than the limit is ever held.
 */
function bodyLimit(maxBytes: number, replaced: (from: Request, to: Request) => void): Plugin {
  const refuse = () =>
    Response.json(
      {
        errors: [
          {
            message: `The request body is larger than ${maxBytes} bytes, the most this server takes (DAYBOOK_MAX_BODY_BYTES): send less, or split it into several requests`,
            extensions: { code: 'PAYLOAD_TOO_LARGE', limit: maxBytes },
          },
        ],
      },
      { status: 413 },
    );
  return {
    async onRequest({ request, setRequest, endResponse, fetchAPI }) {
      if (!request.body) return;
      const declared = request.headers.get('content-length');
      if (declared !== null && Number(declared) > maxBytes) return endResponse(refuse());
      const reader = request.body.getReader();
      const chunks: Uint8Array[] = [];
      let length = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        length += value.byteLength;
        if (length > maxBytes) {
          await reader.cancel();
          return endResponse(refuse());
        }
        chunks.push(value);
      }
      const body = new Uint8Array(length);
      let offset = 0;
      for (const chunk of chunks) {
        body.set(chunk, offset);
        offset += chunk.byteLength;
      }
      const read = new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body, signal: request.signal });
      replaced(request, read);
      setRequest(read);
    },
  };
}
