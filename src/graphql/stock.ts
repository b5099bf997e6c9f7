// Book.stockOnHand: quantities of the stock items, in their units.
import { builder } from './builder.ts';
import { actorOf } from './actor.ts';
import { AccountRef } from './accounts.ts';
import { formatAmount } from '../domain/money.ts';
import { stockOnHand, type StockLevelRow } from '../services/stock.ts';

const StockLevelRef = builder.objectRef<StockLevelRow>('StockLevel').implement({
  fields: (t) => ({
    item: t.field({ type: AccountRef, resolve: (row) => row.item }),
    quantity: t.field({ type: 'Decimal', description: 'posted quantity on hand, in the unit', resolve: (row) => formatAmount(row.quantity, row.digits) }),
    unit: t.string({ resolve: (row) => row.unit }),
    reserved: t.field({ type: 'Decimal', description: 'held by open orders of types that use stock (now, whatever asOf)', resolve: (row) => formatAmount(row.reserved, row.digits) }),
    available: t.field({ type: 'Decimal', description: 'quantity less reserved', resolve: (row) => formatAmount(row.quantity - row.reserved, row.digits) }),
  }),
});

builder.prismaObjectFields('Book', (t) => ({
  stockOnHand: t.field({
    type: [StockLevelRef],
    description: 'every stock item with its posted quantity as of asOf (default: now)',
    args: { asOf: t.arg({ type: 'Date' }) },
    resolve: (book, { asOf }, ctx) => stockOnHand(ctx.prisma, actorOf(ctx), book.id, asOf),
  }),
}));
