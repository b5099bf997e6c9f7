// Builds the schema from every module. Import order: scalars and enums first.
import type { GraphQLSchema } from 'graphql';
import { applyMiddleware, type IMiddleware } from 'graphql-middleware';
import { builder } from './builder.ts';
import './scalars.ts';
import './enums.ts';
import './node.ts';
import './people.ts';
import './books.ts';
import './ledgers.ts';
import './accounts.ts';
import './transaction-types.ts';
import './tax-codes.ts';
import './transactions.ts';
import './lifecycle.ts';
import './subscriptions.ts';
import './audit.ts';
import './reports.ts';
import './categories.ts';
import './integrity.ts';
import './webhooks.ts';
import './periods.ts';
import './stock.ts';
import './orders.ts';
import './currencies.ts';
import './receivables.ts';
import './retirement.ts';
import { permissions } from './permissions.ts';
import { renewLoaders, type Context } from './context.ts';

/**
 * Loaders cache for one request, but a request may hold several mutations: after each one
 * (written or refused) the cache is dropped, before its answer's fields are resolved, so
 * every mutation's answer and the next mutation read what is in the database now.
 */
const readsAfterWrites: IMiddleware<unknown, Context> = {
  Mutation: async (resolve, root, args, ctx, info) => {
    try {
      return await resolve(root, args, ctx, info);
    } finally {
      renewLoaders(ctx);
    }
  },
};

/** The schema as printed to schema.graphql (no permission layer). */
export function buildSchema(): GraphQLSchema {
  return builder.toSchema({ sortSchema: false });
}

let guarded: GraphQLSchema | undefined;

/** The served schema: the same, behind the graphql-shield rules, with fresh reads after writes. */
export function servedSchema(): GraphQLSchema {
  if (!guarded) {
    const schema = buildSchema();
    guarded = applyMiddleware(schema, permissions(schema), readsAfterWrites);
  }
  return guarded;
}
