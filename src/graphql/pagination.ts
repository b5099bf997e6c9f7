// Connection and edge types (Relay shape) for any node type.
import { builder } from './builder.ts';
import type { Connection } from './connections.ts';

export const PageInfoRef = builder
  .objectRef<Connection<unknown>['pageInfo']>('PageInfo')
  .implement({
    fields: (t) => ({
      hasNextPage: t.exposeBoolean('hasNextPage'),
      endCursor: t.exposeString('endCursor', { nullable: true }),
    }),
  });

/** `XConnection { edges: [XEdge!]! pageInfo }` and `XEdge { node: X! cursor }`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Pothos output ref of T; Pothos's ref types are not generic over T here
export function connectionOf<T>(name: string, node: any) {
  const edge = builder.objectRef<{ node: T; cursor: string }>(`${name}Edge`).implement({
    fields: (t) => ({
      node: t.field({ type: node, resolve: (e) => e.node as never }),
      cursor: t.exposeString('cursor'),
    }),
  });
  return builder.objectRef<Connection<T>>(`${name}Connection`).implement({
    fields: (t) => ({
      edges: t.field({ type: [edge], resolve: (c) => c.edges }),
      pageInfo: t.field({ type: PageInfoRef, resolve: (c) => c.pageInfo }),
    }),
  });
}
