// Stock on hand: each stock item's posted quantity as of a date, in its unit. Stock items
// refuse going below zero through their balance limit (src/domain/configuration.ts,
// resolveBalanceLimit), checked under the balance lock like every limit (invariant 8).
import { computeBalance } from '../domain/balances.ts';
import { notFound } from '../domain/errors.ts';
import type { Prisma } from '../db.ts';
import { requireCapability, type Actor } from './access.ts';
import { balanceSumsOf } from './balances.ts';
import { reservedStock } from './orders.ts';
import type { Account } from '../generated/prisma/client.ts';

export interface StockLevelRow {
  item: Account;
  /** posted quantity on the item's normal side, minor units of its unit */
  quantity: bigint;
  /** what open orders still hold of it (src/services/orders.ts, reservedStock) */
  reserved: bigint;
  unit: string;
  digits: number;
}

/** Book.stockOnHand: every stock item of the book, by code, with its posted quantity as of asOf (default now). */
export async function stockOnHand(prisma: Prisma, actor: Actor, bookId: string, asOf?: string | null): Promise<StockLevelRow[]> {
  await requireCapability(prisma, actor, bookId, 'read');
  const book = await prisma.book.findUnique({ where: { id: bookId }, select: { id: true } });
  if (!book) throw notFound(`No book ${bookId}`);
  const items = await prisma.account.findMany({ where: { bookId, type: 'STOCK_ITEM' }, orderBy: { code: 'asc' } });
  if (items.length === 0) return [];
  const units = new Map((await prisma.unit.findMany({ where: { bookId } })).map((u) => [u.code, u.decimals]));
  const sums = await balanceSumsOf(prisma, bookId, items.map((i) => i.id), asOf);
  const reserved = await reservedStock(prisma, bookId);
  return items.map((item) => ({
    item,
    quantity: computeBalance(item.normalSide, sums.get(item.id)!).posted,
    reserved: reserved.get(item.id) ?? 0n,
    unit: item.currency,
    digits: units.get(item.currency) ?? 0,
  }));
}
