// After creation: post or void a pending transaction, allocate settlements to invoices,
// and reverse posted transactions, with two-person approval where the type requires it.
import { builder } from './builder.ts';
import { actorOf } from './actor.ts';
import { ReversalStatusEnum } from './enums.ts';
import { NodeRef } from './node.ts';
import { UserRef } from './people.ts';
import { AllocationInput, TransactionRef, money } from './transactions.ts';
import * as lifecycle from '../services/lifecycle.ts';
import { requireIndependentApprover } from '../services/access.ts';

export const AllocationRef = builder.prismaObject('Allocation', {
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID('id'),
    from: t.field({
      type: TransactionRef,
      select: { fromId: true },
      resolve: async (a, _args, ctx) => (await ctx.loaders.transaction.load(a.fromId))!,
    }),
    to: t.field({
      type: TransactionRef,
      select: { toId: true },
      resolve: async (a, _args, ctx) => (await ctx.loaders.transaction.load(a.toId))!,
    }),
    amount: t.field({
      type: 'Decimal',
      select: { amount: true, bookId: true, fromId: true },
      resolve: async (a, _args, ctx) => {
        const from = await ctx.loaders.transaction.load(a.fromId);
        return money(ctx, a.bookId, from!.currency, a.amount);
      },
    }),
    date: t.expose('date', { type: 'Date', description: 'when it settles: by default the later of the two dates' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    released: t.exposeBoolean('released', { description: 'released by the reversal of either transaction' }),
  }),
});

export const ReversalRequestRef = builder.prismaObject('ReversalRequest', {
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID('id'),
    transaction: t.field({
      type: TransactionRef,
      select: { transactionId: true },
      resolve: async (r, _args, ctx) => (await ctx.loaders.transaction.load(r.transactionId))!,
    }),
    reason: t.exposeString('reason'),
    date: t.expose('date', { type: 'Date', description: 'the date the reversal posts on' }),
    status: t.expose('status', { type: ReversalStatusEnum }),
    requestedBy: t.field({
      type: UserRef,
      select: { requestedById: true },
      resolve: async (r, _args, ctx) => (await ctx.loaders.user.load(r.requestedById))!,
    }),
    decidedBy: t.field({
      type: UserRef,
      nullable: true,
      select: { decidedById: true },
      resolve: (r, _args, ctx) => (r.decidedById ? ctx.loaders.user.load(r.decidedById) : null),
    }),
    decisionReason: t.exposeString('decisionReason', { nullable: true }),
    reversal: t.field({
      type: TransactionRef,
      nullable: true,
      select: { reversalId: true },
      resolve: (r, _args, ctx) => (r.reversalId ? ctx.loaders.transaction.load(r.reversalId) : null),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObjectFields('Transaction', (t) => ({
  allocations: t.prismaField({
    type: ['Allocation'],
    description: 'settlements from this transaction or against it, released ones included',
    resolve: (query, tx, _args, ctx) =>
      ctx.prisma.allocation.findMany({
        ...query,
        where: { bookId: tx.bookId, OR: [{ fromId: tx.id }, { toId: tx.id }] },
        orderBy: { id: 'asc' },
      }),
  }),
  reversalOf: t.prismaField({
    type: 'Transaction',
    nullable: true,
    select: { reversalOfId: true },
    resolve: (_query, tx, _args, ctx) => (tx.reversalOfId ? ctx.loaders.transaction.load(tx.reversalOfId) : null),
  }),
  reversedBy: t.prismaField({
    type: 'Transaction',
    nullable: true,
    resolve: (query, tx, _args, ctx) => ctx.prisma.transaction.findUnique({ ...query, where: { reversalOfId: tx.id } }),
  }),
}));

builder.prismaObjectFields('Account', (t) => ({
  openItems: t.prismaField({
    type: ['Transaction'],
    description: 'invoices with outstanding > 0, oldest due first',
    resolve: async (query, account, _args, ctx) => {
      const open = await ctx.prisma.transaction.findMany({
        ...query,
        where: { bookId: account.bookId, accountId: account.id, status: 'POSTED', reversalOfId: null, outstanding: { gt: 0n } },
      });
      const versions = await Promise.all(open.map((tx) => ctx.loaders.typeVersion.load(tx.typeVersionId)));
      const due = (tx: (typeof open)[number]) => tx.dueDate ?? tx.date;
      return open
        .filter((_tx, i) => !versions[i]!.allocates)
        .sort((a, b) => due(a).localeCompare(due(b)) || a.id.localeCompare(b.id));
    },
  }),
}));

builder.prismaObjectFields('Book', (t) => ({
  reversalRequests: t.prismaField({
    type: ['ReversalRequest'],
    args: { status: t.arg({ type: ReversalStatusEnum }) },
    resolve: (query, book, { status }, ctx) =>
      ctx.prisma.reversalRequest.findMany({
        ...query,
        where: { bookId: book.id, ...(status ? { status } : {}) },
        orderBy: { id: 'asc' },
      }),
  }),
}));

const AllocateInput = builder.inputType('AllocateInput', {
  fields: (t) => ({
    bookId: t.id({ required: true }),
    fromId: t.id({ required: true }),
    allocations: t.field({ type: [AllocationInput], required: true }),
    idempotencyKey: t.string(),
  }),
});

const RequestReversalInput = builder.inputType('RequestReversalInput', {
  fields: (t) => ({
    transactionId: t.id({ required: true }),
    reason: t.string({ required: true }),
    date: t.field({ type: 'Date', description: 'the reversal date; default today' }),
    idempotencyKey: t.string(),
  }),
});

builder.mutationFields((t) => ({
  postTransaction: t.prismaField({
    type: 'Transaction',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      const posted = await lifecycle.postTransaction(ctx.db, actorOf(ctx), String(id), ctx.committed);
      return ctx.prisma.transaction.findUniqueOrThrow({ ...query, where: { id: posted.id } });
    },
  }),
  voidTransaction: t.prismaField({
    type: 'Transaction',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      const voided = await lifecycle.voidTransaction(ctx.db, actorOf(ctx), String(id), ctx.committed);
      return ctx.prisma.transaction.findUniqueOrThrow({ ...query, where: { id: voided.id } });
    },
  }),
  allocate: t.prismaField({
    type: ['Allocation'],
    args: { input: t.arg({ type: AllocateInput, required: true }) },
    resolve: (_query, _root, { input }, ctx) =>
      lifecycle.allocate(ctx.db, actorOf(ctx), {
        bookId: String(input.bookId),
        fromId: String(input.fromId),
        allocations: input.allocations.map((a) => ({ transactionId: String(a.transactionId), amount: a.amount })),
        idempotencyKey: input.idempotencyKey ?? null,
      }),
  }),
  requestReversal: t.prismaField({
    type: 'ReversalRequest',
    description: 'posts at once unless the type requires approval',
    args: { input: t.arg({ type: RequestReversalInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const request = await lifecycle.requestReversal(ctx.db, actorOf(ctx), {
        ...input,
        transactionId: String(input.transactionId),
      }, ctx.committed);
      return ctx.prisma.reversalRequest.findUniqueOrThrow({ ...query, where: { id: request.id } });
    },
  }),
  approveReversal: t.prismaField({
    type: 'ReversalRequest',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      await requireIndependentApprover(ctx.prisma, actorOf(ctx), String(id));
      const request = await lifecycle.approveReversal(ctx.db, actorOf(ctx), String(id), ctx.committed);
      return ctx.prisma.reversalRequest.findUniqueOrThrow({ ...query, where: { id: request.id } });
    },
  }),
  rejectReversal: t.prismaField({
    type: 'ReversalRequest',
    args: { id: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (query, _root, { id, reason }, ctx) => {
      await requireIndependentApprover(ctx.prisma, actorOf(ctx), String(id));
      const request = await lifecycle.rejectReversal(ctx.db, actorOf(ctx), String(id), reason);
      return ctx.prisma.reversalRequest.findUniqueOrThrow({ ...query, where: { id: request.id } });
    },
  }),
}));
