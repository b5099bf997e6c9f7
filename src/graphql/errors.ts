// Expected errors (DomainError) become GraphQL errors with the contract's extensions.code;
// anything else is unexpected: logged in full, masked for the client.
import { GraphQLError } from 'graphql';
import { createGraphQLError, type MaskError } from 'graphql-yoga';
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
    log.error({ err: original, path }, 'unexpected error');
    return createGraphQLError(message, { path, nodes, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}
