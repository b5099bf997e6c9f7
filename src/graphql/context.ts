// What every resolver receives: the database, the caller, per-request loaders, the log.
import type { Logger } from 'pino';
import type { Database, Prisma } from '../db.ts';
import type { DomainError } from '../domain/errors.ts';
import type { Actor } from '../services/access.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import type { KeyCache } from '../services/key-cache.ts';
import type { LedgerEvents } from '../services/events.ts';
import type { EventsConfig } from '../config.ts';
import { NO_RATE_LIMITS, RateLimiter } from '../services/rate-limit.ts';

export interface Context {
  db: Database;
  prisma: Prisma;
  /** null when the request carried no valid key; `authError` says why */
  actor: Actor | null;
  authError: DomainError | null;
  loaders: Loaders;
  log: Logger;
  /** what subscriptions listen to: the dispatcher publishes the outbox there */
  events: LedgerEvents;
  eventsConfig: EventsConfig;
  /** called after a commit: the dispatcher reads the outbox now instead of at its next poll */
  committed: (transactionId: string, bookId: string) => void;
  /** the authenticated keys: a revocation tells it at once */
  keys: KeyCache | null;
  /** how often a subscription re-checks its key and membership */
  recheckMs: number;
  /** the instance's per-key allowances: mutations a minute, subscriptions open */
  rateLimiter: RateLimiter;
}

const unlimited = new RateLimiter(NO_RATE_LIMITS);

export function createContext(
  db: Database,
  log: Logger,
  events: LedgerEvents,
  eventsConfig: EventsConfig,
  actor: Actor | null,
  authError: DomainError | null,
  access: { keys: KeyCache | null; recheckMs: number; rateLimiter?: RateLimiter } = { keys: null, recheckMs: 5_000 },
): Context {
  return {
    db,
    prisma: db.prisma,
    actor,
    authError,
    loaders: createLoaders(db.prisma, actor?.userId),
    log,
    events,
    eventsConfig,
    committed: () => events.wake(),
    keys: access.keys,
    recheckMs: access.recheckMs,
    rateLimiter: access.rateLimiter ?? unlimited,
  };
}

/**
 * Forgets what the request's loaders read: a mutation has written, and the next root field
 * of the same request (mutations run one after another) must read what it wrote.
 */
export function renewLoaders(ctx: Context): void {
  ctx.loaders = createLoaders(ctx.db.prisma, ctx.actor?.userId);
}
