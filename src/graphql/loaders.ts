// Per-request DataLoaders: a list of N rows that each name an account (or a user, a type…)
// costs one query for all of them, not N.
import DataLoader from 'dataloader';
import type { Prisma } from '../db.ts';
import type { Role } from '../generated/prisma/enums.ts';
import type { TransactionTypeVersion } from '../generated/prisma/client.ts';
import type { BalanceSums } from '../domain/balances.ts';
import type { CategoryGraph } from '../domain/categories.ts';
import { balanceSumsOf } from '../services/balances.ts';
import { loadCategoryGraph } from '../services/categories.ts';

/** Key of the balanceSums loader. */
export const balanceKey = (bookId: string, accountId: string, asOf?: string | null) => `${bookId}|${asOf ?? ''}|${accountId}`;

type Row = { id: string };

function byId<T extends Row>(load: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await load([...ids]);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

export function createLoaders(prisma: Prisma, userId: string | undefined) {
  return {
    /** the caller's role in a book, for the permission rules */
    roleOf: new DataLoader<string, Role | undefined>(async (bookIds) => {
      const rows = userId
        ? await prisma.membership.findMany({ where: { userId, bookId: { in: [...bookIds] } } })
        : [];
      const roles = new Map(rows.map((m) => [m.bookId, m.role]));
      return bookIds.map((id) => roles.get(id));
    }),
    user: byId((ids) => prisma.user.findMany({ where: { id: { in: ids } } })),
    book: byId((ids) => prisma.book.findMany({ where: { id: { in: ids } } })),
    ledger: byId((ids) => prisma.ledger.findMany({ where: { id: { in: ids } } })),
    account: byId((ids) => prisma.account.findMany({ where: { id: { in: ids } } })),
    transactionType: byId((ids) => prisma.transactionType.findMany({ where: { id: { in: ids } } })),
    typeVersion: byId((ids) => prisma.transactionTypeVersion.findMany({ where: { id: { in: ids } } })),
    taxCode: byId((ids) => prisma.taxCode.findMany({ where: { id: { in: ids } } })),
    /** the newest version of each transaction type: the one new transactions post with */
    currentTypeVersion: new DataLoader<string, TransactionTypeVersion>(async (typeIds) => {
      const rows = await prisma.transactionTypeVersion.findMany({
        where: { typeId: { in: [...typeIds] } },
        orderBy: { version: 'desc' },
      });
      const newest = new Map<string, TransactionTypeVersion>();
      for (const row of rows) if (!newest.has(row.typeId)) newest.set(row.typeId, row);
      return typeIds.map((id) => newest.get(id) ?? new Error(`transaction type ${id} has no version`));
    }),
    /** a book's unit by "bookId:code" */
    unit: new DataLoader<string, { decimals: number } | null>(async (keys) => {
      const pairs = keys.map((key) => key.split(':') as [string, string]);
      const rows = await prisma.unit.findMany({
        where: { OR: pairs.map(([bookId, code]) => ({ bookId, code })) },
      });
      return pairs.map(([bookId, code]) => rows.find((u) => u.bookId === bookId && u.code === code) ?? null);
    }),
    transaction: byId((ids) => prisma.transaction.findMany({ where: { id: { in: ids } } })),
    /** an account's balance sums now or as of a date (balanceKey): one batch per book and date */
    balanceSums: new DataLoader<string, BalanceSums>(async (keys) => {
      const groups = new Map<string, { bookId: string; asOf: string | null; ids: string[] }>();
      for (const key of keys) {
        const [bookId, asOf, accountId] = key.split('|') as [string, string, string];
        const group = groups.get(`${bookId}|${asOf}`) ?? { bookId, asOf: asOf || null, ids: [] };
        group.ids.push(accountId);
        groups.set(`${bookId}|${asOf}`, group);
      }
      const found = new Map<string, BalanceSums>();
      await Promise.all(
        [...groups.values()].map(async ({ bookId, asOf, ids }) => {
          for (const [id, sums] of await balanceSumsOf(prisma, bookId, ids, asOf)) found.set(balanceKey(bookId, id, asOf), sums);
        }),
      );
      return keys.map((key) => found.get(key)!);
    }),
    /** an account's materialised balance row (its version) */
    accountBalance: new DataLoader<string, { version: number } | null>(async (accountIds) => {
      const rows = await prisma.accountBalance.findMany({ where: { accountId: { in: [...accountIds] } }, select: { accountId: true, version: true } });
      const found = new Map(rows.map((row) => [row.accountId, row]));
      return accountIds.map((id) => found.get(id) ?? null);
    }),
    /** a book's category graph, loaded once per request */
    categoryGraph: new DataLoader<string, CategoryGraph>((bookIds) => Promise.all(bookIds.map((id) => loadCategoryGraph(prisma, id)))),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
