// Per-key bounds of one Daybook instance (in memory; each instance counts its own):
// - mutations: a token bucket per key, DAYBOOK_RATE_LIMIT_MUTATIONS root mutation fields a
//   minute (a burst of as many), RATE_LIMITED with Retry-After beyond it;
// - subscriptions: at most DAYBOOK_MAX_SUBSCRIPTIONS_PER_KEY open at once, SSE and WebSocket
//   together, RATE_LIMITED beyond it.
// The system admin's keys are not rate-limited on mutations (operators, imports, benchmarks).
import { DomainError } from '../domain/errors.ts';
import { take, type Bucket } from '../domain/rate-limit.ts';
import type { RateLimits } from '../config.ts';
import type { Actor } from './access.ts';

/** No bound at all: what an in-process Daybook (tests, benchmarks) gets unless it is given limits. */
export const NO_RATE_LIMITS: RateLimits = { mutationsPerMinute: 0, subscriptionsPerKey: 0 };

/** Buckets are dropped once this many are held and they are full again (a full one is as good as none). */
const PRUNE_AT = 10_000;

/** When a subscription over the bound may try again: the bound is on open streams, not on time. */
const SUBSCRIPTION_RETRY_AFTER_S = 5;

/** Whose allowance a request spends: its API key, or its user when it came without a key record. */
export function allowanceOf(actor: Actor): string {
  const keyId = actor.apiKeyId ?? actor.keyId;
  return keyId ? `key:${keyId}` : `user:${actor.userId}`;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly open = new Map<string, number>();

  constructor(
    readonly limits: RateLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Spends `cost` of the actor's mutation allowance, or refuses (RATE_LIMITED) spending nothing. */
  spendMutations(actor: Actor, cost: number): void {
    const capacity = this.limits.mutationsPerMinute;
    if (capacity === 0 || cost === 0 || actor.isSystemAdmin) return;
    if (cost > capacity) {
      throw new DomainError(
        'RATE_LIMITED',
        `This request runs ${cost} mutations; a key may run at most ${capacity} a minute (DAYBOOK_RATE_LIMIT_MUTATIONS): send fewer per request`,
        { limit: capacity, retryAfter: 60 },
      );
    }
    const key = allowanceOf(actor);
    const now = this.now();
    const result = take(this.buckets.get(key), cost, capacity, now);
    this.buckets.set(key, result.bucket);
    if (this.buckets.size > PRUNE_AT) this.prune(now);
    if (!result.allowed) {
      const retryAfter = Math.max(1, Math.ceil(result.retryAfterMs / 1000));
      throw new DomainError(
        'RATE_LIMITED',
        `Too many mutations with this key: at most ${capacity} a minute (DAYBOOK_RATE_LIMIT_MUTATIONS); this request needs ${cost}, retry after ${retryAfter} s`,
        { limit: capacity, retryAfter },
      );
    }
  }

  /** Holds one of the actor's subscription slots until `release`; RATE_LIMITED when all are taken. */
  openSubscription(actor: Actor): () => void {
    const bound = this.limits.subscriptionsPerKey;
    if (bound === 0) return () => undefined;
    const key = allowanceOf(actor);
    const held = this.open.get(key) ?? 0;
    if (held >= bound) {
      throw new DomainError(
        'RATE_LIMITED',
        `This key has ${held} subscriptions open, the most one key may (DAYBOOK_MAX_SUBSCRIPTIONS_PER_KEY, SSE and WebSocket together): close one first`,
        { limit: bound, retryAfter: SUBSCRIPTION_RETRY_AFTER_S },
      );
    }
    this.open.set(key, held + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(key) ?? 1) - 1;
      if (left > 0) this.open.set(key, left);
      else this.open.delete(key);
    };
  }

  private prune(now: number): void {
    const capacity = this.limits.mutationsPerMinute;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) * capacity) / 60_000 >= capacity) this.buckets.delete(key);
    }
  }
}
