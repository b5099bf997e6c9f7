// GraphQL over WebSocket (graphql-ws) on the same path as /graphql, for subscriptions.
// The API key comes as connectionParams.authorization ("Bearer …") or the upgrade
// request's Authorization header, and is checked at connection_init: no key, no connection.
// A browser may connect from this server's own origin or one of DAYBOOK_ALLOWED_ORIGINS;
// messages are bounded (DAYBOOK_WS_MAX_PAYLOAD_BYTES), and tighter before authentication.
// Errors are masked as over HTTP: each operation has a request id, an unexpected error is
// logged with it and reaches the client as "Unexpected error." (INTERNAL_SERVER_ERROR),
// and no close reason ever carries an internal message.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { GraphQLError, type ExecutionArgs, type ExecutionResult, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import { DEFAULT_LIMITS, type RequestLimits } from './config.ts';
import type { Database } from './db.ts';
import { DomainError } from './domain/errors.ts';
import { authenticate } from './services/auth.ts';
import type { Logger } from './logger.ts';
import type { Daybook } from './yoga.ts';

type Enveloped = ReturnType<Daybook['getEnveloped']>;

/** The largest message before connection_init is accepted: a key fits many times over. */
export const PRE_AUTH_MAX_BYTES = 16 * 1024;

/** Close code of RFC 6455 for a message too big to process. */
const MESSAGE_TOO_BIG = 1009;

/** graphql-ws's close code for a server fault. */
const INTERNAL_ERROR = 4500;

/** What the client of an operation that failed unexpectedly is told: nothing internal. */
const unexpected = (reqId: string) =>
  new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: reqId } });

/** A browser's Origin is this server's own (same host and port) or on the allow-list; no Origin: not a browser. */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (!origin) return true;
  if (allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

const sizeOf = (data: RawData) =>
  Array.isArray(data) ? data.reduce((sum, part) => sum + part.byteLength, 0) : data.byteLength;

const authorizationOf = (connectionParams: Record<string, unknown> | undefined, request: IncomingMessage) => {
  const fromParams = connectionParams?.authorization;
  return typeof fromParams === 'string' ? fromParams : (request.headers.authorization ?? '');
};

/** An error as the client sees it: without `http`, the status and headers an HTTP answer would carry. */
function formatted(error: GraphQLError): GraphQLFormattedError {
  const json = error.toJSON();
  if (!json.extensions || !('http' in json.extensions)) return json;
  const { http: _http, ...extensions } = json.extensions;
  return { ...json, extensions };
}

function formattedResult(result: ExecutionResult): FormattedExecutionResult | void {
  if (!result.errors?.length) return;
  return { ...result, errors: result.errors.map(formatted) } as FormattedExecutionResult;
}

export function serveWebSockets(server: Server, yoga: Daybook, db: Database, log: Logger, limits: RequestLimits = DEFAULT_LIMITS) {
  const wsServer = new WebSocketServer({
    server,
    path: yoga.graphqlEndpoint,
    maxPayload: limits.wsMaxPayloadBytes,
    verifyClient: ({ origin, req }: { origin: string | undefined; req: IncomingMessage }) =>
      originAllowed(origin, req.headers.host, limits.allowedOrigins),
  });
  const authenticated = new WeakSet<WebSocket>();
  const oversized = new WeakSet<WebSocket>();
  // registered before graphql-ws's own listeners, so it sees each message first
  wsServer.on('connection', (socket) => {
    socket.on('message', (data) => {
      if (authenticated.has(socket) || sizeOf(data) <= PRE_AUTH_MAX_BYTES) return;
      oversized.add(socket);
      socket.close(MESSAGE_TOO_BIG, `at most ${PRE_AUTH_MAX_BYTES} bytes before authentication`);
    });
  });
  return useServer(
    {
      // close reasons name no internal error (graphql-ws sends its message otherwise)
      isProd: true,
      onNext: (_ctx, _id, _payload, _args, result) => formattedResult(result),
      onError: (_ctx, _id, _payload, errors) => errors.map(formatted),
      execute: (args) => (args.rootValue as Enveloped).execute(args as ExecutionArgs),
      subscribe: (args) => (args.rootValue as Enveloped).subscribe(args as ExecutionArgs),
      onConnect: async (ctx) => {
        if (oversized.has(ctx.extra.socket)) return false;
        try {
          await authenticate(db.prisma, authorizationOf(ctx.connectionParams, ctx.extra.request));
        } catch (error) {
          if (error instanceof DomainError) return false;
          // the database failing, say: a server fault, not the client's refusal (4403)
          log.error({ err: error, reqId: randomUUID() }, 'websocket connection_init failed');
          ctx.extra.socket.close(INTERNAL_ERROR, 'Internal server error');
          return false;
        }
        authenticated.add(ctx.extra.socket);
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        // the operation's request id: its log lines carry it (request-log.ts reads the header)
        const reqId = randomUUID();
        try {
          const authorization = authorizationOf(ctx.connectionParams, ctx.extra.request);
          const request = new Request('http://localhost/graphql', { headers: { authorization, 'x-request-id': reqId } });
          const enveloped = yoga.getEnveloped({ ...ctx, request, params: payload });
          let document;
          try {
            document = enveloped.parse(payload.query);
          } catch (error) {
            // the token limit and syntax errors: the caller's to fix, answered on the subscription
            if (error instanceof GraphQLError) return [error];
            throw error;
          }
          const errors = enveloped.validate(enveloped.schema, document);
          if (errors.length) return errors;
          return {
            schema: enveloped.schema,
            operationName: payload.operationName,
            document,
            variableValues: payload.variables,
            contextValue: await enveloped.contextFactory(),
            rootValue: enveloped,
          };
        } catch (error) {
          log.error({ err: error, reqId }, 'websocket operation failed before it ran');
          return [unexpected(reqId)];
        }
      },
    },
    wsServer,
  );
}
