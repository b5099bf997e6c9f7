// balanceChanged, transactionChanged and balanceAlert, pushed over SSE (and WebSocket) from
// the outbox: the dispatcher publishes committed events only. Arguments are checked at
// subscribe time (an unknown ledger or account is NOT_FOUND); access is checked again at
// every event and every LIVE_ACCESS_CHECK_MS, so a revoked key or a removed member stops.
import { builder } from './builder.ts';
import { actorOf } from './actor.ts';
import { AccountRef } from './accounts.ts';
import { BalanceRef, TransactionRef, digitsOf } from './transactions.ts';
import type { Context } from './context.ts';
import { DomainError, badInput, notFound } from '../domain/errors.ts';
import { computeBalance, type BalanceSums } from '../domain/balances.ts';
import { alertFires, alertZone, type AlertZone, type StoredEvent } from '../domain/events.ts';
import { AmountFormatError, parseAmount } from '../domain/money.ts';
import { requireCapability } from '../services/access.ts';
import { balanceAtSequence, type AccountBalanceFigures } from '../services/balances.ts';
import { outboxEventsAfter, outboxHead } from '../services/outbox.ts';
import { LIVE_ACCESS_CHECK_MS, lostAccess } from '../services/live-access.ts';

const MAX_ACCOUNT_CODES = 200;

interface BalanceChangePayload {
  accountId: string;
  transactionId: string;
  /** the balance the event carries: the account's figures right after that change */
  figures: AccountBalanceFigures;
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
        return { figures: change.figures, currency: account.currency, digits: await digitsOf(ctx, account.bookId, account.currency) };
      },
    }),
    transaction: t.field({
      type: TransactionRef,
      resolve: (change, _args, ctx) => ctx.prisma.transaction.findUniqueOrThrow({ where: { id: change.transactionId } }),
    }),
  }),
});

/**
 * The committed events of a book, for a caller who may read it, for as long as they still
 * may: the grant is checked again at each event and at least every LIVE_ACCESS_CHECK_MS.
 *
 * Gapless from its start: it listens first, then takes the outbox sequence its caller's
 * starting state reflects (`begin`, else the head), and yields each event after it exactly
 * once, in order. An event the pub/sub did not bring (Redis still subscribing, a reconnect,
 * an instance's dispatcher behind) is read from the outbox: when a later one shows a gap,
 * and at each re-check when the head is past the last one yielded.
 *
 * Holds one of the key's subscription slots (DAYBOOK_MAX_SUBSCRIPTIONS_PER_KEY) while open.
 */
async function* live(ctx: Context, bookId: string, stop: AbortSignal, begin?: () => Promise<number>): AsyncGenerator<StoredEvent> {
  const actor = actorOf(ctx);
  await requireCapability(ctx.prisma, actor, bookId, 'read');
  const release = ctx.rateLimiter.openSubscription(actor);
  const grant = { userId: actor.userId, apiKeyId: actor.apiKeyId, credentialExpiresAt: actor.credentialExpiresAt, bookId, capability: 'read' as const };
  let source: ReturnType<Context['events']['pubsub']['subscribe']> | undefined;
  // a revocation on this instance ends the subscription at once; others within the re-check
  let revoked: (() => void) | undefined;
  const revocation = new Promise<'revoked'>((resolve) => (revoked = () => resolve('revoked')));
  let unlisten: (() => void) | undefined;
  const every = Math.min(LIVE_ACCESS_CHECK_MS, ctx.recheckMs);
  let timer: NodeJS.Timeout | undefined;
  const stopped = new Promise<'stopped'>((resolve) => {
    if (stop.aborted) resolve('stopped');
    stop.addEventListener('abort', () => resolve('stopped'), { once: true });
  });
  try {
    unlisten = actor.apiKeyId && ctx.keys ? ctx.keys.onRevoked(actor.apiKeyId, () => revoked?.()) : undefined;
    source = ctx.events.pubsub.subscribe('outbox', bookId);
    // the first next() adds the listener: from here on no published event is missed
    let next = source.next();
    let last = begin ? await begin() : await outboxHead(ctx.prisma, bookId);
    /** the events after `last` up to `upTo`, from the outbox */
    async function* fill(upTo: number): AsyncGenerator<StoredEvent> {
      while (last < upTo) {
        const missed = await outboxEventsAfter(ctx.prisma, bookId, last, upTo);
        if (missed.length === 0) return;
        for (const event of missed) {
          last = event.sequence;
          yield event;
        }
      }
    }
    for (;;) {
      const tick = new Promise<'tick'>((resolve) => {
        timer = setTimeout(() => resolve('tick'), every);
      });
      const winner = await Promise.race([next, tick, revocation, stopped]);
      clearTimeout(timer);
      if (winner === 'stopped') return;
      if (winner === 'revoked') throw new DomainError('UNAUTHENTICATED', 'Stopped: the API key it was opened with has been revoked');
      const lost = await lostAccess(ctx.prisma, grant);
      if (lost) throw lost;
      if (winner === 'tick') {
        yield* fill(await outboxHead(ctx.prisma, bookId));
        continue;
      }
      if (winner.done) return;
      next = source.next();
      const event = winner.value;
      if (event.sequence <= last) continue;
      yield* fill(event.sequence - 1);
      last = event.sequence;
      yield event;
    }
  } finally {
    clearTimeout(timer);
    unlisten?.();
    release();
    await source?.return?.(undefined);
  }
}

/**
 * A subscribe function whose stream ends as soon as its client goes: an async generator
 * waiting for the next event cannot be returned from until it yields, so an idle one would
 * hold its slot and its re-checks until the book's next event. Returning this iterator
 * aborts `stop`, which the wait in `live` races.
 */
function stoppable<Args, T>(
  subscribe: (root: unknown, args: Args, ctx: Context, stop: AbortSignal) => AsyncGenerator<T>,
): (root: unknown, args: Args, ctx: Context) => AsyncIterableIterator<T> {
  return (root, args, ctx) => {
    const controller = new AbortController();
    const inner = subscribe(root, args, ctx, controller.signal);
    const iterator: AsyncIterableIterator<T> = {
      next: () => inner.next(),
      return: (value?: unknown) => {
        controller.abort();
        return inner.return(value as never);
      },
      throw: (error?: unknown) => {
        controller.abort();
        return inner.throw(error);
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  };
}

/** The sums a balance.changed event carries, back in minor units. */
function sumsOf(event: StoredEvent, digits: number): BalanceSums {
  const balance = event.payload.balance as Record<string, string>;
  const minor = (name: string) => parseAmount(balance[name]!, digits, name);
  return {
    postedDebits: minor('postedDebits'),
    postedCredits: minor('postedCredits'),
    pendingDebits: minor('pendingDebits'),
    pendingCredits: minor('pendingCredits'),
  };
}

async function accountsByCode(ctx: Context, bookId: string, codes: readonly string[]) {
  if (codes.length > MAX_ACCOUNT_CODES) {
    throw badInput(`accountCodes names ${codes.length} accounts; at most ${MAX_ACCOUNT_CODES}`, { field: 'accountCodes' });
  }
  const accounts = await ctx.prisma.account.findMany({ where: { bookId, code: { in: [...new Set(codes)] } } });
  const unknown = [...new Set(codes)].filter((code) => !accounts.some((a) => a.code === code));
  if (unknown.length) {
    throw notFound(`book ${bookId} has no account ${unknown.slice(0, 10).map((c) => `"${c}"`).join(', ')}`, { field: 'accountCodes' });
  }
  return new Map(accounts.map((a) => [a.id, a]));
}

function parseThreshold(value: string | null | undefined, digits: number, field: string): bigint | null {
  if (value === null || value === undefined) return null;
  try {
    return parseAmount(value, digits, field);
  } catch (error) {
    if (error instanceof AmountFormatError) throw badInput(error.message, { field });
    throw error;
  }
}

builder.subscriptionFields((t) => ({
  balanceChanged: t.field({
    type: BalanceChangeRef,
    description: 'one event per account a committed transaction moved (after commit only); unknown account codes are NOT_FOUND',
    args: { bookId: t.arg.id({ required: true }), accountCodes: t.arg.stringList() },
    subscribe: stoppable(async function* (_root, { bookId, accountCodes }, ctx, stop) {
      const book = String(bookId);
      await requireCapability(ctx.prisma, actorOf(ctx), book, 'read');
      const wanted = accountCodes?.length ? await accountsByCode(ctx, book, accountCodes) : null;
      for await (const event of live(ctx, book, stop)) {
        if (event.type !== 'balance.changed') continue;
        const accountId = String(event.payload.accountId);
        if (wanted && !wanted.has(accountId)) continue;
        const account = wanted?.get(accountId) ?? (await ctx.prisma.account.findUniqueOrThrow({ where: { id: accountId } }));
        const sums = sumsOf(event, await digitsOf(ctx, book, account.currency));
        yield { accountId, transactionId: String(event.payload.transactionId), figures: { ...sums, ...computeBalance(account.normalSide, sums) } };
      }
    }),
    resolve: (payload: BalanceChangePayload) => payload,
  }),
  transactionChanged: t.field({
    type: TransactionRef,
    description: 'a transaction created, posted, voided or reversed (after commit only); an unknown ledgerCode is NOT_FOUND',
    args: { bookId: t.arg.id({ required: true }), ledgerCode: t.arg.string() },
    subscribe: stoppable(async function* (_root, { bookId, ledgerCode }, ctx, stop) {
      const book = String(bookId);
      await requireCapability(ctx.prisma, actorOf(ctx), book, 'read');
      let ledgerId: string | null = null;
      if (ledgerCode !== null && ledgerCode !== undefined) {
        const ledger = await ctx.prisma.ledger.findUnique({ where: { bookId_code: { bookId: book, code: ledgerCode } } });
        if (!ledger) throw notFound(`book ${book} has no ledger "${ledgerCode.slice(0, 100)}"`, { field: 'ledgerCode' });
        ledgerId = ledger.id;
      }
      const ledgerOfType = new Map<string, string>();
      for await (const event of live(ctx, book, stop)) {
        if (!event.type.startsWith('transaction.')) continue;
        if (ledgerId) {
          const typeId = String(event.payload.typeId);
          if (!ledgerOfType.has(typeId)) {
            const type = await ctx.prisma.transactionType.findUniqueOrThrow({ where: { id: typeId }, select: { ledgerId: true } });
            ledgerOfType.set(typeId, type.ledgerId);
          }
          if (ledgerOfType.get(typeId) !== ledgerId) continue;
        }
        yield await ctx.prisma.transaction.findUniqueOrThrow({ where: { id: event.subjectId } });
      }
    }),
    resolve: (transaction: Awaited<ReturnType<Context['prisma']['transaction']['findUniqueOrThrow']>>) => transaction,
  }),
  balanceAlert: t.field({
    type: BalanceChangeRef,
    description:
      'once when the available balance crosses below or above (goes under below, or over above), and once when it returns between them',
    args: {
      bookId: t.arg.id({ required: true }),
      accountCode: t.arg.string({ required: true }),
      below: t.arg({ type: 'Decimal' }),
      above: t.arg({ type: 'Decimal' }),
    },
    subscribe: stoppable(async function* (_root, args, ctx, stop) {
      const book = String(args.bookId);
      await requireCapability(ctx.prisma, actorOf(ctx), book, 'read');
      const account = [...(await accountsByCode(ctx, book, [args.accountCode])).values()][0]!;
      const digits = await digitsOf(ctx, book, account.currency);
      const below = parseThreshold(args.below as string | null | undefined, digits, 'below');
      const above = parseThreshold(args.above as string | null | undefined, digits, 'above');
      if (below === null && above === null) throw badInput('give below, above or both: the thresholds the alert watches', { field: 'below' });
      if (below !== null && above !== null && below > above) {
        throw badInput(`below (${String(args.below)}) is above above (${String(args.above)})`, { field: 'below' });
      }
      // the zone the alert starts in is the balance at the outbox sequence it starts after:
      // a posting that lands while it starts is either in that balance or an event after it
      let zone: AlertZone = 'WITHIN';
      const begin = async () => {
        const start = await balanceAtSequence(ctx.db, account);
        zone = alertZone(start.figures.available, below, above);
        return start.sequence;
      };
      for await (const event of live(ctx, book, stop, begin)) {
        if (event.type !== 'balance.changed' || event.payload.accountId !== account.id) continue;
        const sums = sumsOf(event, digits);
        const figures = { ...sums, ...computeBalance(account.normalSide, sums) };
        const next = alertZone(figures.available, below, above);
        if (!alertFires(zone, next)) continue;
        zone = next;
        yield { accountId: account.id, transactionId: String(event.payload.transactionId), figures };
      }
    }),
    resolve: (payload: BalanceChangePayload) => payload,
  }),
}));
