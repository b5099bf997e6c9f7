// balanceChanged and transactionChanged, pushed after commit over SSE (and WebSocket).
import { builder } from './builder.ts';
import { actorOf } from './actor.ts';
import { AccountRef } from './accounts.ts';
import { BalanceRef, TransactionRef, digitsOf } from './transactions.ts';
import type { Context } from './context.ts';
import { Repeater } from 'graphql-yoga';
import { DomainError } from '../domain/errors.ts';
import { requireCapability } from '../services/access.ts';
import { KEY_SELECT, actorOfKey } from '../services/auth.ts';
import type { TransactionCommitted } from '../services/events.ts';
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

/** Events more often than this re-check access only in memory (a revocation on this instance). */
const EVENT_RECHECK_MS = 1_000;

/**
 * The committed transactions of a book, for a caller who may read it, for as long as they may:
 * the key (revoked, expired) and the membership are checked again every `ctx.recheckMs` and on
 * events (from the database at most once a second), and a revocation on this instance ends the
 * subscription at once. When access is gone the subscription ends with the refusal's error.
 */
function committed(ctx: Context, bookId: string): AsyncIterable<TransactionCommitted> {
  const actor = actorOf(ctx);
  let checkedAt = 0;
  const check = async () => {
    checkedAt = Date.now();
    if (actor.keyId) {
      if (ctx.keys) await ctx.keys.recheck(actor.keyId);
      else actorOfKey(await ctx.prisma.apiKey.findUnique({ where: { id: actor.keyId }, select: KEY_SELECT }));
    }
    await requireCapability(ctx.prisma, actor, bookId, 'read');
  };
  return new Repeater<TransactionCommitted>(async (push, stop) => {
    try {
      await check();
    } catch (error) {
      stop(error);
      return;
    }
    const source = ctx.pubsub.subscribe('transactionCommitted', bookId)[Symbol.asyncIterator]();
    const timer = setInterval(() => void check().catch(stop), ctx.recheckMs);
    const unlisten = actor.keyId
      ? ctx.keys?.onRevoked(actor.keyId, () => stop(new DomainError('UNAUTHENTICATED', 'This API key has been revoked')))
      : undefined;
    const ended = stop.then(() => ({ done: true, value: undefined }) as const);
    void ended.then(() => {
      clearInterval(timer);
      unlisten?.();
      void source.return?.();
    });
    try {
      for (;;) {
        const next = await Promise.race([source.next(), ended]);
        if (next.done) break;
        if (Date.now() - checkedAt >= EVENT_RECHECK_MS) await check();
        await push(next.value);
      }
      stop();
    } catch (error) {
      stop(error);
    }
  });
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
