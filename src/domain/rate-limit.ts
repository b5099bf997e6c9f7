// The token bucket of the mutation rate limit: `capacity` tokens at most, refilled at
// `capacity` per minute. Pure: the caller keeps the buckets and gives the time.

export interface Bucket {
  tokens: number;
  /** when `tokens` was last brought up to date, ms */
  at: number;
}

export type Take = { allowed: true; bucket: Bucket } | { allowed: false; bucket: Bucket; retryAfterMs: number };

const MINUTE_MS = 60_000;

/** The bucket refilled up to `now`: a key not seen before starts full. */
export function refill(bucket: Bucket | undefined, capacity: number, now: number): Bucket {
  if (!bucket) return { tokens: capacity, at: now };
  const elapsed = Math.max(0, now - bucket.at);
  return { tokens: Math.min(capacity, bucket.tokens + (elapsed * capacity) / MINUTE_MS), at: now };
}

/**
 * Takes `cost` tokens, all or none: a refused request costs nothing, and says how long until
 * the bucket holds enough (never, for a cost over the capacity: the caller refuses it so).
 */
export function take(bucket: Bucket | undefined, cost: number, capacity: number, now: number): Take {
  const current = refill(bucket, capacity, now);
  if (current.tokens >= cost) return { allowed: true, bucket: { tokens: current.tokens - cost, at: now } };
  return { allowed: false, bucket: current, retryAfterMs: Math.ceil(((cost - current.tokens) * MINUTE_MS) / capacity) };
}
