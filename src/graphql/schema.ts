// Builds the schema from every module. Import order: scalars and enums first.
import type { GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
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
import { permissions } from './permissions.ts';

/** The schema as printed to schema.graphql (no permission layer). */
export function buildSchema(): GraphQLSchema {
  return builder.toSchema({ sortSchema: false });
}

let guarded: GraphQLSchema | undefined;

/** The served schema: the same, behind the graphql-shield rules. */
export function servedSchema(): GraphQLSchema {
  if (!guarded) {
    const schema = buildSchema();
    guarded = applyMiddleware(schema, permissions(schema));
  }
  return guarded;
}
