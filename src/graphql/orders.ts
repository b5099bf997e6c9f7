// Transaction.fulfilment: how far an order (a transaction of a non-posting type) is
// fulfilled by the transactions that read it, line by line.
import { builder } from './builder.ts';
import { AccountRef } from './accounts.ts';
import { money } from './transactions.ts';
import type { LineFulfilment, OrderStatus } from '../domain/orders.ts';
import { orderFulfilment } from '../services/orders.ts';

const OrderStatusEnum = builder.enumType('OrderStatus', { values: ['OPEN', 'PART_FULFILLED', 'FULFILLED'] as const });

interface LineShape extends LineFulfilment {
  bookId: string;
}

const OrderLineFulfilmentRef = builder.objectRef<LineShape>('OrderLineFulfilment').implement({
  fields: (t) => {
    const quantity = (pick: (l: LineShape) => bigint | null, description: string) =>
      t.field({
        type: 'Decimal',
        nullable: true,
        description,
        resolve: async (line, _a, ctx) => {
          const value = pick(line);
          if (value === null || line.accountId === null) return null;
          const item = await ctx.loaders.account.load(line.accountId);
          return money(ctx, line.bookId, item!.currency, value);
        },
      });
    return {
      lineNo: t.exposeInt('lineNo'),
      account: t.field({ type: AccountRef, nullable: true, resolve: (l, _a, ctx) => (l.accountId ? ctx.loaders.account.load(l.accountId) : null) }),
      ordered: quantity((l) => l.ordered, "the line's quantity, in the stock item's unit (null: a line without a quantity)"),
      fulfilled: quantity((l) => l.fulfilled, 'delivered by the transactions that read the order and still stand'),
      remaining: quantity((l) => l.remaining, 'still to fulfil'),
      done: t.exposeBoolean('done'),
    };
  },
});

const FulfilmentRef = builder.objectRef<{ status: OrderStatus; lines: LineShape[] }>('OrderFulfilment').implement({
  fields: (t) => ({
    status: t.field({ type: OrderStatusEnum, resolve: (f) => f.status }),
    lines: t.field({ type: [OrderLineFulfilmentRef], resolve: (f) => f.lines }),
  }),
});

builder.prismaObjectFields('Transaction', (t) => ({
  fulfilment: t.field({
    type: FulfilmentRef,
    nullable: true,
    description: 'for an order (RECORDED): open, part-fulfilled or fulfilled, with each line\'s remaining quantity',
    select: { id: true, bookId: true, status: true },
    resolve: async (transaction, _a, ctx) => {
      if (transaction.status !== 'RECORDED') return null;
      const state = await orderFulfilment(ctx.prisma, transaction.id);
      return { status: state.status, lines: state.lines.map((l) => ({ ...l, bookId: transaction.bookId })) };
    },
  }),
}));
