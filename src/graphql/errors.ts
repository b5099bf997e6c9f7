// Expected errors (DomainError) become GraphQL errors with the contract's extensions.code;
// anything else is unexpected: logged in full, masked for the client.
import { GraphQLError } from 'graphql';
import { createGraphQLError, useErrorHandler, type MaskError, type Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { DomainError } from '../domain/errors.ts';
import { AmountFormatError } from '../domain/money.ts';

export function toGraphQLError(error: DomainError): GraphQLError {
  return createGraphQLError(error.message, { extensions: { code: error.code, ...error.details, ...httpOf(error) } });
}

function originalOf(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError && current.originalError !== current) {
    current = current.originalError;
  }
  return current;
}

/** "come back later" answers carry their HTTP status and Retry-After (yoga applies, then drops, `http`). */
function httpOf(error: DomainError): { http?: { status: number; headers: Record<string, string> } } {
  if (error.code !== 'OVERLOADED' && error.code !== 'RATE_LIMITED') return {};
  const retryAfter = String(error.details.retryAfter ?? 1);
  return { http: { status: error.code === 'OVERLOADED' ? 503 : 429, headers: { 'Retry-After': retryAfter } } };
}

/** The cause of an error no client should see (masked, logged), or undefined for an expected one. */
function unexpectedCause(error: unknown): unknown {
  const original = originalOf(error);
  if (original instanceof DomainError || original instanceof AmountFormatError) return undefined;
  if (error instanceof GraphQLError && original instanceof GraphQLError) return undefined;
  if (original instanceof Error && (original as { code?: unknown }).code === 'P2029') return undefined;
  return original;
}

/** Unexpected errors logged already, with their request's id: the mask does not log them again. */
const logged = new WeakSet<object>();

/**
 * Logs each unexpected error of an execution on its request's logger, so the line carries
 * the request id (HTTP and WebSocket alike); it runs before the mask replaces the error.
 */
export function logUnexpectedErrors(): Plugin {
  return useErrorHandler(({ errors, context, phase }) => {
    if (phase !== 'execution') return;
    const log = (context as { contextValue?: { log?: Logger } }).contextValue?.log;
    if (!log) return;
    for (const error of errors) {
      const cause = unexpectedCause(error);
      if (cause === undefined || typeof cause !== 'object' || cause === null || logged.has(cause)) continue;
      logged.add(cause);
      log.error({ err: cause, path: error instanceof GraphQLError ? error.path : undefined }, 'unexpected error');
    }
  }) as Plugin;
}

export function maskErrorWith(log: Logger): MaskError {
  return (error, message) => {
    const original = originalOf(error);
    const path = error instanceof GraphQLError ? error.path : undefined;
    // the field's place in the query: clients and GraphiQL point at it (`locations`)
    const nodes = error instanceof GraphQLError ? error.nodes : undefined;
    if (original instanceof DomainError) {
      return createGraphQLError(original.message, {
        path,
        nodes,
        extensions: { code: original.code, ...original.details, ...httpOf(original) },
      });
    }
    if (original instanceof AmountFormatError) {
      return createGraphQLError(original.message, { path, nodes, extensions: { code: 'BAD_USER_INPUT' } });
    }
    if (error instanceof GraphQLError && original instanceof GraphQLError) {
      // request errors (validation, coercion of variables) are the caller's to fix; the outer
      // message names the variable and field ("… at \"input.start\"; Date must be …")
      const code = error.extensions?.code ?? original.extensions?.code ?? (error.path ? undefined : 'BAD_USER_INPUT');
      // nodes, source and positions are not own enumerable fields: named so `locations` survive
      const located = { ...error, nodes: error.nodes, source: error.source, positions: error.positions, path: error.path };
      return code ? new GraphQLError(error.message, { ...located, extensions: { ...error.extensions, code } }) : error;
    }
    if (original instanceof Error && (original as { code?: unknown }).code === 'P2029') {
      // the database's bound on parameters in one statement: Prisma batches the lookups of
      // many aliases into one query. The caller asked for too much at once, not a server fault.
      return createGraphQLError(
        'This request reads too many rows at once for the database: send fewer aliases or smaller pages per request',
        { path, extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 'databaseParameters' } },
      );
    }
    if (!(typeof original === 'object' && original !== null && logged.has(original))) log.error({ err: original, path }, 'unexpected error');
    return createGraphQLError(message, { path, nodes, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}
