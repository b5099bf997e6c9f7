// GraphQL over WebSocket (graphql-ws) on the same path as /graphql, for subscriptions.
// The API key comes as connectionParams.authorization ("Bearer …") or the upgrade
// request's Authorization header.
import type { Server } from 'node:http';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { ExecutionArgs } from 'graphql';
import type { Daybook } from './yoga.ts';

type Enveloped = ReturnType<Daybook['getEnveloped']>;

export function serveWebSockets(server: Server, yoga: Daybook) {
  const wsServer = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
  return useServer(
    {
      execute: (args) => (args.rootValue as Enveloped).execute(args as ExecutionArgs),
      subscribe: (args) => (args.rootValue as Enveloped).subscribe(args as ExecutionArgs),
      onSubscribe: async (ctx, _id, payload) => {
        const fromParams = ctx.connectionParams?.authorization;
        const authorization =
          typeof fromParams === 'string' ? fromParams : (ctx.extra.request.headers.authorization ?? '');
        const request = new Request('http://localhost/graphql', { headers: { authorization } });
        const enveloped = yoga.getEnveloped({ ...ctx, request, params: payload });
        const document = enveloped.parse(payload.query);
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
      },
    },
    wsServer,
  );
}
