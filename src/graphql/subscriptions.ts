// balanceChanged and transactionChanged, pushed after commit over SSE (and WebSocket).
import { builder } from './builder.ts';
import { actorOf } from './actor.ts';
import { AccountRef } from './accounts.ts';
import { BalanceRef, TransactionRef, digitsOf } from './transactions.ts';
import type { Context } from './context.ts';
import { requireCapability } from '../services/access.ts';
import { accountBalance } from '../services/balances.ts';

interface BalanceChangePayload {
  accountId: string;
  transactionId: string;
}

const BalanceChangeRef = builder.objectRef<BalanceChangePayload>('BalanceChange').implement({
  fields: (t) => ({
    account: t.field({
      type: AccountRef,
      resolve: async (change, _args, ctx) => ctx.prisma.account.findUniqueOrThrow({ where: { id: change.accountId } }),
    }),
    balance: t.field({
      type: BalanceRef,
      resolve: async (change, _args, ctx) => {
        const account = await ctx.prisma.account.findUniqueOrThrow({ where: { id: change.accountId } });
        return {
          figures: await accountBalance(ctx.prisma, account),
          currency: account.currency,
          digits: await digitsOf(ctx, account.bookId, account.currency),
        };
      },
    }),
    transaction: t.field({
      type: TransactionRef,
      resolve: (change, _args, ctx) => ctx.prisma.transaction.findUniqueOrThrow({ where: { id: change.transactionId } }),
    }),
  }),
});

/** The committed transactions of a book, for a caller who may read it. */
async function* committed(ctx: Context, bookId: string) {
  await requireCapability(ctx.prisma, actorOf(ctx), bookId, 'read');
  for await (const event of ctx.pubsub.subscribe('transactionCommitted', bookId)) yield event;
}

builder.subscriptionFields((t) => ({
    balanceChanged: t.field({
      type: BalanceChangeRef,
      description: 'one event per account a committed transaction moved (after commit only)',
      args: { bookId: t.arg.id({ required: true }), accountCodes: t.arg.stringList() },
      subscribe: async function* (_root, { bookId, accountCodes }, ctx) {
        const wanted = accountCodes?.length ? new Set(accountCodes) : null;
        for await (const { transactionId } of committed(ctx, String(bookId))) {
          const entries = await ctx.prisma.entry.findMany({
            where: { transactionId },
            select: { accountId: true },
            orderBy: { id: 'asc' },
          });
          const accounts = await ctx.prisma.account.findMany({
            where: { id: { in: [...new Set(entries.map((e) => e.accountId))] } },
            select: { id: true, code: true },
          });
          for (const account of accounts) {
            if (!wanted || wanted.has(account.code)) yield { accountId: account.id, transactionId };
          }
        }
      },
      resolve: (payload: BalanceChangePayload) => payload,
    }),
    transactionChanged: t.field({
      type: TransactionRef,
      description: 'a transaction created, posted, voided or reversed (after commit only)',
      args: { bookId: t.arg.id({ required: true }), ledgerCode: t.arg.string() },
      subscribe: async function* (_root, { bookId, ledgerCode }, ctx) {
        const ledger = ledgerCode
          ? await ctx.prisma.ledger.findUnique({ where: { bookId_code: { bookId: String(bookId), code: ledgerCode } } })
          : null;
        for await (const { transactionId } of committed(ctx, String(bookId))) {
          const transaction = await ctx.prisma.transaction.findUniqueOrThrow({ where: { id: transactionId } });
          if (ledger) {
            const type = await ctx.prisma.transactionType.findUniqueOrThrow({ where: { id: transaction.typeId } });
            if (type.ledgerId !== ledger.id) continue;
          }
          yield transaction;
        }
      },
      resolve: (transaction: Awaited<ReturnType<Context['prisma']['transaction']['findUniqueOrThrow']>>) => transaction,
    }),
}));
