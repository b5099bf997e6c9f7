// The audit log: who did what, when, to which entity, before and after (AUDITOR or ADMIN).
import { builder } from './builder.ts';
import { actorOf } from './actor.ts';
import { NodeRef } from './node.ts';
import { UserRef } from './people.ts';
import { connectionOf } from './pagination.ts';
import { decodeCursor, pageSize, toConnection } from './connections.ts';
import { requireCapability } from '../services/access.ts';

export const AuditEventRef = builder.prismaObject('AuditEvent', {
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.expose('at', { type: 'DateTime' }),
    actor: t.field({
      type: UserRef,
      nullable: true,
      select: { actorId: true },
      resolve: (event, _args, ctx) => (event.actorId ? ctx.loaders.user.load(event.actorId) : null),
    }),
    action: t.exposeString('action'),
    entityType: t.exposeString('entityType'),
    entityId: t.exposeString('entityId'),
    before: t.expose('before', { type: 'JSON', nullable: true }),
    after: t.expose('after', { type: 'JSON', nullable: true }),
    reason: t.exposeString('reason', { nullable: true }),
  }),
});

const AuditEventConnectionRef = connectionOf('AuditEvent', AuditEventRef);

builder.prismaObjectFields('Book', (t) => ({
  auditEvents: t.field({
    type: AuditEventConnectionRef,
    description: 'oldest first; AUDITOR or ADMIN',
    args: { first: t.arg.int(), after: t.arg.string() },
    resolve: async (book, args, ctx) => {
      await requireCapability(ctx.prisma, actorOf(ctx), book.id, 'audit');
      const size = pageSize(args.first);
      const after = decodeCursor(args.after);
      const rows = await ctx.prisma.auditEvent.findMany({
        where: { bookId: book.id, ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: 'asc' },
        take: size + 1,
      });
      return toConnection(rows, size, (event) => event.id);
    },
  }),
}));
