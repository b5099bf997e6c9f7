// The Node interface and node(id): ids are UUIDv7 rows; node() finds the row's type and
// checks the caller may read its book (tenancy is never skipped).
import { builder } from './builder.ts';
import { actorOf } from './actor.ts';
import { findNode } from '../services/nodes.ts';

export const NodeRef = builder.interfaceRef<{ __typename?: string; id: string }>('Node').implement({
  fields: (t) => ({ id: t.exposeID('id') }),
  resolveType: (value) => value.__typename ?? null,
});

builder.queryField('node', (t) =>
  t.field({
    type: NodeRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => findNode(ctx.prisma, actorOf(ctx), String(id)),
  }),
);
