// The audit log: who did what, when, to which entity, before and after (AUDITOR or ADMIN).
import { builder } from './builder.ts';
import { actorOf } from './actor.ts';
import { NodeRef } from './node.ts';
import { UserRef } from './people.ts';
import { connectionOf } from './pagination.ts';
import { decodeCursor, pageSize, toConnection } from './connections.ts';
import { DomainError } from '../domain/errors.ts';
import { requireCapability } from '../services/access.ts';
import { auditEventWhere, verifyAuditChain } from '../services/audit.ts';

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
    keyId: t.exposeID('keyId', { nullable: true, description: 'the API key the actor used' }),
    requestId: t.exposeString('requestId', {
      nullable: true,
      description: 'the id of the request that made it (its x-request-id response header; null: none, or recorded before it was kept)',
    }),
    hash: t.exposeString('hash', { nullable: true, description: 'SHA-256 over the previous hash and this event (null: recorded before chaining)' }),
  }),
});

const AuditChainVerificationRef = builder
  .objectRef<{ ok: boolean; events: number; firstBrokenEventId: string | null }>('AuditChainVerification')
  .implement({
    fields: (t) => ({
      ok: t.exposeBoolean('ok', { description: 'every link recomputes and the chain reaches its head' }),
      events: t.exposeInt('events', { description: 'chained events checked' }),
      firstBrokenEventId: t.exposeID('firstBrokenEventId', { nullable: true }),
    }),
  });

const AuditEventConnectionRef = connectionOf('AuditEvent', AuditEventRef);

builder.prismaObjectFields('Book', (t) => ({
  auditEvents: t.field({
    type: AuditEventConnectionRef,
    description: 'oldest first; AUDITOR or ADMIN. The optional filters all apply; from and to are UTC days, both included',
    args: {
      first: t.arg.int(),
      after: t.arg.string(),
      entityType: t.arg.string({ description: 'only events of this entity type ("Transaction", "Account", "Membership"…)' }),
      entityId: t.arg.string({ description: 'only events of this entity' }),
      actorId: t.arg.id({ description: 'only events this user made' }),
      from: t.arg({ type: 'Date', description: 'only events on or after this day (UTC)' }),
      to: t.arg({ type: 'Date', description: 'only events on or before this day (UTC)' }),
    },
    resolve: async (book, args, ctx) => {
      await requireCapability(ctx.prisma, actorOf(ctx), book.id, 'audit');
      const size = pageSize(args.first);
      const after = decodeCursor(args.after);
      const where = auditEventWhere(book.id, { ...args, actorId: args.actorId === null || args.actorId === undefined ? null : String(args.actorId) });
      const rows = await ctx.prisma.auditEvent.findMany({
        where: { ...where, ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: 'asc' },
        take: size + 1,
      });
      return toConnection(rows, size, (event) => event.id);
    },
  }),
  verifyAuditChain: t.field({
    type: AuditChainVerificationRef,
    description: "recomputes the book's audit hash chain from its first event; AUDITOR or ADMIN",
    resolve: async (book, _args, ctx) => {
      await requireCapability(ctx.prisma, actorOf(ctx), book.id, 'audit');
      return verifyAuditChain(ctx.prisma, book.id);
    },
  }),
}));

function requireSystemAdmin(ctx: Parameters<typeof actorOf>[0]): void {
  if (!actorOf(ctx).isSystemAdmin) {
    throw new DomainError('FORBIDDEN', 'Only the system admin may read the system audit log');
  }
}

builder.queryFields((t) => ({
  systemAuditEvents: t.field({
    type: AuditEventConnectionRef,
    description: 'events of users and keys (the system chain), oldest first; the system admin only',
    args: { first: t.arg.int(), after: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      requireSystemAdmin(ctx);
      const size = pageSize(args.first);
      const after = decodeCursor(args.after);
      const rows = await ctx.prisma.auditEvent.findMany({
        where: { bookId: null, ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: 'asc' },
        take: size + 1,
      });
      return toConnection(rows, size, (event) => event.id);
    },
  }),
  verifySystemAuditChain: t.field({
    type: AuditChainVerificationRef,
    description: 'recomputes the system audit chain; the system admin only',
    resolve: async (_root, _args, ctx) => {
      requireSystemAdmin(ctx);
      return verifyAuditChain(ctx.prisma, null);
    },
  }),
}));
