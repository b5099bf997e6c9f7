// The dispatcher: reads the outbox in order per book and delivers it. Three consumers:
// - local: without Redis, every instance publishes each committed event to its own
//   subscribers (an in-memory cursor from the heads at start; subscriptions are live);
// - pubsub: with Redis, one instance (the lease holder) publishes to Redis, with a
//   stored cursor per book, so every instance's subscribers hear each event;
// - webhooks: the lease holder fans each event out to WebhookDelivery rows (with its
//   stored cursor, in the same database transaction) and sends them, oldest first per
//   endpoint, retrying with backoff. After a crash the next lease holder resumes at the
//   stored cursors: nothing committed is lost, a delivery may be sent again (at least
//   once; receivers deduplicate by webhook-id).
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { StoredEvent } from '../domain/events.ts';
import { wants } from '../domain/events.ts';
import { retryDelayMs } from '../domain/webhooks.ts';
import type { EventsConfig } from '../config.ts';
import { inTransaction, type Database } from '../db.ts';
import type { LedgerEvents } from './events.ts';
import { lostAccess } from './live-access.ts';
import { onOutboxCommitted, toStoredEvent } from './outbox.ts';
import { sendDelivery } from './webhooks.ts';

const LEASE = 'dispatcher';
const BATCH = 500;
/** deliveries one endpoint is sent per round before the others get their turn */
const PER_ENDPOINT_ROUND = 50;
/** rounds asked for by commits come at most this often: under load one round serves many commits */
const WAKE_GAP_MS = 20;

export interface Dispatcher {
  /** look at the outbox now (a commit just happened) */
  wake(): void;
  /** one round of every consumer, for tests: resolves when it is done */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the dispatcher once it knows where the outbox stands: what commits after this is published. */
export async function startDispatcher(db: Database, events: LedgerEvents, config: EventsConfig, log: Logger): Promise<Dispatcher> {
  const prisma = db.prisma;
  const me = `${process.pid}-${randomUUID()}`;
  let leader = false;
  let renewAt = 0;
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  /** local consumer: the last sequence published per book */
  let local = new Map<string, number>();

  async function heads(): Promise<Map<string, number>> {
    const rows = await prisma.outboxHead.findMany({ select: { bookId: true, lastSequence: true } });
    return new Map(rows.map((r) => [r.bookId, r.lastSequence]));
  }

  async function eventsAfter(bookId: string, after: number, upTo: number): Promise<StoredEvent[]> {
    const rows = await prisma.outboxEvent.findMany({
      where: { bookId, sequence: { gt: after, lte: upTo } },
      orderBy: { sequence: 'asc' },
      take: BATCH,
    });
    return rows.map(toStoredEvent);
  }

  async function publishLocal(): Promise<void> {
    for (const [bookId, head] of await heads()) {
      while ((local.get(bookId) ?? 0) < head) {
        const batch = await eventsAfter(bookId, local.get(bookId) ?? 0, head);
        if (batch.length === 0) break;
        for (const event of batch) {
          // handed over by this process's writer while the read was under way: already published
          if (event.sequence <= (local.get(bookId) ?? 0)) continue;
          events.pubsub.publish('outbox', bookId, event);
          local.set(bookId, event.sequence);
        }
      }
    }
  }

  /**
   * Events this process just committed: published to local subscribers at once when they
   * follow the cursor (no read of the outbox); a gap (another instance's commit, or a batch
   * that committed before an earlier one) leaves them to a round, which reads in order.
   */
  function offer(committed: readonly StoredEvent[]): void {
    if (stopped) return;
    let gap = events.shared;
    if (!events.shared) {
      for (const event of committed) {
        const cursor = local.get(event.bookId) ?? 0;
        if (event.sequence === cursor + 1) {
          // the payload is JSON already (domain/events.ts): what a round would read back
          events.pubsub.publish('outbox', event.bookId, event);
          local.set(event.bookId, event.sequence);
        } else if (event.sequence > cursor) gap = true;
      }
    }
    if (gap || hooks === null || hooks.list.length > 0) wake();
  }

  /** the active webhooks, read at most once per poll interval (a round asked for by a commit reuses them) */
  let hooks: { list: Awaited<ReturnType<typeof readWebhooks>>; at: number } | null = null;
  const readWebhooks = () => prisma.webhook.findMany({ where: { active: true } });
  async function activeWebhooks() {
    if (!hooks || Date.now() - hooks.at >= config.pollMs) hooks = { list: await readWebhooks(), at: Date.now() };
    return hooks.list;
  }

  async function holdLease(): Promise<boolean> {
    const now = Date.now();
    if (leader && now < renewAt) return true;
    const expiresAt = new Date(now + config.leaseMs);
    const taken = await prisma.dispatcherLease.updateMany({
      where: { name: LEASE, OR: [{ owner: me }, { expiresAt: { lt: new Date(now) } }] },
      data: { owner: me, expiresAt },
    });
    let held = taken.count === 1;
    if (!held) {
      held = await prisma.dispatcherLease
        .create({ data: { name: LEASE, owner: me, expiresAt } })
        .then(() => true)
        .catch(() => false);
    }
    if (held && !leader) log.info({ instance: me }, 'dispatcher: this instance delivers webhooks and shared events');
    leader = held;
    renewAt = now + config.leaseMs / 3;
    return held;
  }

  /** The stored cursors of a consumer; a book without one starts where `start` says. */
  async function cursors(consumer: string): Promise<Map<string, number>> {
    const rows = await prisma.outboxCursor.findMany({ where: { consumer }, select: { bookId: true, sequence: true } });
    return new Map(rows.map((r) => [r.bookId, r.sequence]));
  }

  function saveCursor(tx: Pick<Database['prisma'], 'outboxCursor'>, consumer: string, bookId: string, sequence: number) {
    return tx.outboxCursor.upsert({
      where: { consumer_bookId: { consumer, bookId } },
      create: { consumer, bookId, sequence },
      update: { sequence },
    });
  }

  async function publishShared(): Promise<void> {
    const now = await heads();
    const stored = await cursors('pubsub');
    // the first shared publisher starts at the heads: subscriptions are live, history is not replayed
    const first = !stored.has('*');
    if (first) {
      await inTransaction(prisma, async (tx) => {
        for (const [bookId, head] of now) await saveCursor(tx, 'pubsub', bookId, head);
        await saveCursor(tx, 'pubsub', '*', 0);
      });
      return;
    }
    for (const [bookId, head] of now) {
      let cursor = stored.get(bookId) ?? 0;
      while (cursor < head) {
        const batch = await eventsAfter(bookId, cursor, head);
        if (batch.length === 0) break;
        for (const event of batch) await events.publish(bookId, event);
        cursor = batch.at(-1)!.sequence;
        await saveCursor(prisma, 'pubsub', bookId, cursor);
      }
    }
  }

  async function fanOut(webhooks: Awaited<ReturnType<typeof readWebhooks>>): Promise<void> {
    if (webhooks.length === 0) return;
    const byBook = new Map<string, typeof webhooks>();
    for (const w of webhooks) byBook.set(w.bookId, [...(byBook.get(w.bookId) ?? []), w]);
    const now = await heads();
    const stored = await cursors('webhooks');
    for (const [bookId, hooks] of byBook) {
      const head = now.get(bookId) ?? 0;
      let cursor = stored.get(bookId) ?? Math.min(...hooks.map((w) => w.afterSequence));
      while (cursor < head) {
        const batch = await eventsAfter(bookId, cursor, head);
        if (batch.length === 0) break;
        const dueAt = new Date();
        const retryUntil = new Date(dueAt.getTime() + config.webhookRetryForMs);
        const rows = batch.flatMap((event) =>
          hooks
            .filter((w) => event.sequence > w.afterSequence && wants(w.events as string[], event.type))
            .map((w) => ({
              webhookId: w.id,
              bookId,
              eventId: event.id,
              sequence: event.sequence,
              event: event.type,
              nextAttemptAt: dueAt,
              retryUntil,
            })),
        );
        cursor = batch.at(-1)!.sequence;
        const upTo = cursor;
        await inTransaction(prisma, async (tx) => {
          if (rows.length) await tx.webhookDelivery.createMany({ data: rows });
          await saveCursor(tx, 'webhooks', bookId, upTo);
        });
      }
    }
  }

  async function deliverFor(webhook: { id: string; bookId: string; url: string; secret: string; createdById: string; apiKeyId: string | null }) {
    for (let sent = 0; sent < PER_ENDPOINT_ROUND && !stopped; sent++) {
      const delivery = await prisma.webhookDelivery.findFirst({
        where: { webhookId: webhook.id, status: 'PENDING' },
        orderBy: { sequence: 'asc' },
      });
      // in order per endpoint: a later event waits for the one before it
      if (!delivery || delivery.nextAttemptAt.getTime() > Date.now()) return;
      const lost = await lostAccess(prisma, {
        userId: webhook.createdById,
        apiKeyId: webhook.apiKeyId,
        bookId: webhook.bookId,
        capability: 'configure',
      });
      if (lost) {
        await prisma.webhook.update({ where: { id: webhook.id }, data: { active: false, disabledReason: lost.message } });
        hooks = null;
        log.warn({ webhookId: webhook.id, reason: lost.message }, 'webhook stopped: its creator lost access');
        return;
      }
      const row = await prisma.outboxEvent.findUniqueOrThrow({ where: { id: delivery.eventId } });
      const result = await sendDelivery(webhook, toStoredEvent(row), {
        policy: config.webhookPrivateAddresses,
        timeoutMs: config.webhookTimeoutMs,
      });
      const at = new Date();
      const attempts = delivery.attempts + 1;
      if (result.ok) {
        await prisma.webhookDelivery.update({
          where: { id: delivery.id },
          data: { status: 'DELIVERED', attempts, lastAttemptAt: at, deliveredAt: at, responseStatus: result.status, lastError: null },
        });
        continue;
      }
      const next = at.getTime() + retryDelayMs(attempts, config.webhookRetryBaseMs);
      // retried until retryUntil, and at least once: a first attempt made late is not the last
      const giveUp = attempts > 1 && at.getTime() >= delivery.retryUntil.getTime();
      await prisma.webhookDelivery.update({
        where: { id: delivery.id },
        data: {
          status: giveUp ? 'FAILED' : 'PENDING',
          attempts,
          lastAttemptAt: at,
          responseStatus: result.status,
          lastError: result.error,
          nextAttemptAt: new Date(Math.min(next, delivery.retryUntil.getTime())),
        },
      });
      log.info({ webhookId: webhook.id, deliveryId: delivery.id, attempts, error: result.error, failed: giveUp }, 'webhook delivery failed');
      if (!giveUp) return;
    }
  }

  async function round(): Promise<void> {
    if (!events.shared) await publishLocal();
    if (await holdLease()) {
      if (events.shared) await publishShared();
      const webhooks = await activeWebhooks();
      await fanOut(webhooks);
      await Promise.all(webhooks.map((w) => deliverFor(w)));
    }
  }

  function schedule(ms: number) {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), ms);
    timer.unref();
  }

  function run(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await round();
        } catch (error) {
          if (!stopped) log.error({ err: error }, 'dispatcher round failed; retrying at the next poll');
        }
        if (again && !stopped) await new Promise((r) => setTimeout(r, WAKE_GAP_MS));
      } while (again && !stopped);
    })().finally(() => {
      running = null;
      lastRound = Date.now();
      schedule(config.pollMs);
    });
    return running;
  }

  /** a commit happened: a round soon, but not more often than WAKE_GAP_MS */
  let lastRound = 0;
  function wake(): void {
    if (running) {
      again = true;
      return;
    }
    const wait = lastRound + WAKE_GAP_MS - Date.now();
    if (wait > 0) schedule(wait);
    else void run();
  }

  if (!events.shared) local = await heads();
  events.wake = wake;
  const stopOffers = onOutboxCommitted(db, offer);
  void run();

  return {
    wake,
    async drain() {
      await running;
      hooks = null;
      await run();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      events.wake = () => undefined;
      stopOffers();
      await running;
      if (leader) {
        await prisma.dispatcherLease
          .updateMany({ where: { name: LEASE, owner: me }, data: { expiresAt: new Date(0) } })
          .catch(() => undefined);
      }
    },
  };
}
