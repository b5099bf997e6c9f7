// Ledger events for subscribers: the dispatcher (services/dispatcher.ts) reads the outbox
// and publishes here, so only committed changes are announced. In one process an
// in-memory pub/sub; with REDIS_URL a Redis event target, so a subscriber on one instance
// hears a change made through another.
import { createPubSub } from 'graphql-yoga';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { StoredEvent } from '../domain/events.ts';

export type LedgerPubSub = ReturnType<typeof newPubSub>;

const newPubSub = (eventTarget?: ReturnType<typeof createRedisEventTarget>) =>
  createPubSub<{ outbox: [bookId: string, event: StoredEvent] }>(eventTarget ? { eventTarget } : undefined);

export interface LedgerEvents {
  pubsub: LedgerPubSub;
  /** true when events travel through Redis (one publisher for all instances) */
  shared: boolean;
  /** called after a commit: the dispatcher looks at the outbox now rather than at its next poll */
  wake: () => void;
  /** publishes one stored event to the book's subscribers; with Redis it settles once Redis has it (or fails) */
  publish(bookId: string, event: StoredEvent): Promise<void>;
  close(): Promise<void>;
}

export function createLedgerEvents(redisUrl?: string, log?: Logger): LedgerEvents {
  if (!redisUrl) {
    const pubsub = newPubSub();
    const events: LedgerEvents = {
      pubsub,
      shared: false,
      wake: () => undefined,
      publish: async (bookId, event) => pubsub.publish('outbox', bookId, event),
      close: async () => undefined,
    };
    return events;
  }
  const options = { maxRetriesPerRequest: 3, lazyConnect: false };
  const publishClient = new Redis(redisUrl, options);
  const subscribeClient = new Redis(redisUrl, options);
  // ioredis reconnects by itself; say so once per failure instead of an unhandled error event
  for (const client of [publishClient, subscribeClient]) {
    client.on('error', (error: Error) => log?.warn({ err: error.message }, 'redis (REDIS_URL) unavailable; reconnecting'));
  }
  const pubsub = newPubSub(createRedisEventTarget({ publishClient, subscribeClient }));
  return {
    pubsub,
    shared: true,
    wake: () => undefined,
    // straight to Redis and awaited: the event target's own publish is fire-and-forget, which
    // would advance the dispatcher's cursor past an event Redis never got (and reject unhandled)
    async publish(bookId, event) {
      await publishClient.publish(`outbox:${bookId}`, JSON.stringify(event));
    },
    async close() {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}
