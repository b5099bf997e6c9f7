// Authenticated keys, cached: most requests need no database read to know their caller.
// - bounded: at most `maxEntries` keys, the least recently used goes first;
// - a revocation on this instance drops the key at once (`forget`); one on another instance
//   is seen when the entry is older than `ttlMs` (2 s), the key is then read again;
// - lastUsedAt is written in the background, at most once per `lastUsedEveryMs` per key,
//   never on the request's own path.
import type { Logger } from 'pino';
import type { Prisma } from '../db.ts';
import { DomainError } from '../domain/errors.ts';
import type { Actor } from './access.ts';
import { actorOfKey, bearerSecret, findKey, hashSecret, type KeyRecord } from './auth.ts';
import { looksLikeJwt, type JwtAuthenticator } from './jwt.ts';

export interface KeyCacheOptions {
  ttlMs?: number;
  maxEntries?: number;
  lastUsedEveryMs?: number;
  /** how often pending lastUsedAt writes go out */
  flushEveryMs?: number;
  now?: () => number;
  /** bearer tokens that are JWTs are verified by it (DAYBOOK_JWT_*); without it they are refused */
  jwt?: JwtAuthenticator | null;
}

interface Entry {
  key: KeyRecord | null;
  fetchedAt: number;
}

export const KEY_CACHE_DEFAULTS = { ttlMs: 2_000, maxEntries: 10_000, lastUsedEveryMs: 60_000, flushEveryMs: 5_000 };

export class KeyCache {
  readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly lastUsedEveryMs: number;
  private readonly now: () => number;
  private readonly jwt: JwtAuthenticator | null;
  /** by secret hash, in least-recently-used order (a Map keeps insertion order) */
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<Entry>>();
  /** key id → when its lastUsedAt was last written (or read) */
  private readonly lastUsedWritten = new Map<string, number>();
  /** key id → the instant to write as its lastUsedAt */
  private readonly pendingLastUsed = new Map<string, number>();
  private readonly revokedListeners = new Map<string, Set<() => void>>();
  private readonly timer: NodeJS.Timeout;
  private flushing: Promise<void> = Promise.resolve();
  /** database reads of keys so far (tests prove the cache with it) */
  reads = 0;

  constructor(
    private readonly prisma: Prisma,
    private readonly log: Logger,
    options: KeyCacheOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? KEY_CACHE_DEFAULTS.ttlMs;
    this.maxEntries = options.maxEntries ?? KEY_CACHE_DEFAULTS.maxEntries;
    this.lastUsedEveryMs = options.lastUsedEveryMs ?? KEY_CACHE_DEFAULTS.lastUsedEveryMs;
    this.now = options.now ?? Date.now;
    this.jwt = options.jwt ?? null;
    this.timer = setInterval(() => void this.flush(), options.flushEveryMs ?? KEY_CACHE_DEFAULTS.flushEveryMs);
    this.timer.unref();
  }

  /** The caller of an Authorization header; UNAUTHENTICATED when it has no valid key. */
  async authenticate(authorization: string | null): Promise<Actor> {
    const secret = bearerSecret(authorization);
    if (looksLikeJwt(secret)) {
      if (!this.jwt) {
        throw new DomainError('UNAUTHENTICATED', 'This server takes API keys, not JWT bearer tokens (the operator enables them with DAYBOOK_JWT_SECRET or DAYBOOK_JWT_JWKS_URL)');
      }
      return this.jwt.authenticate(secret);
    }
    const secretHash = hashSecret(secret);
    const entry = await this.entry(secretHash);
    const actor = actorOfKey(entry.key, this.now());
    this.used(actor.keyId!);
    return actor;
  }

  /** Reads the key again from the database (a subscription's periodic check). */
  async recheck(keyId: string): Promise<Actor> {
    const found = await this.prisma.apiKey.findUnique({ where: { id: keyId }, select: { secretHash: true } });
    return actorOfKey(found ? (await this.load(found.secretHash)).key : null, this.now());
  }

  /** Drops a key at once (it was revoked on this instance) and ends what it holds open. */
  forget(keyId: string): void {
    for (const [hash, entry] of this.entries) if (entry.key?.id === keyId) this.entries.delete(hash);
    for (const listener of this.revokedListeners.get(keyId) ?? []) listener();
  }

  /** Calls `listener` when `keyId` is revoked on this instance; returns how to stop listening. */
  onRevoked(keyId: string, listener: () => void): () => void {
    const listeners = this.revokedListeners.get(keyId) ?? new Set();
    listeners.add(listener);
    this.revokedListeners.set(keyId, listeners);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.revokedListeners.delete(keyId);
    };
  }

  private async entry(secretHash: string): Promise<Entry> {
    const cached = this.entries.get(secretHash);
    if (cached && this.now() - cached.fetchedAt < this.ttlMs) {
      // most recently used goes to the end
      this.entries.delete(secretHash);
      this.entries.set(secretHash, cached);
      return cached;
    }
    return this.load(secretHash);
  }

  private load(secretHash: string): Promise<Entry> {
    // requests arriving together with one key share one read
    const pending = this.loading.get(secretHash);
    if (pending) return pending;
    const loading = (async () => {
      try {
        this.reads += 1;
        const key = await findKey(this.prisma, secretHash);
        const entry = { key, fetchedAt: this.now() };
        // unknown keys are not kept: random keys must not push real ones out
        this.entries.delete(secretHash);
        if (key) {
          this.entries.set(secretHash, entry);
          if (key.lastUsedAt && !this.lastUsedWritten.has(key.id)) this.lastUsedWritten.set(key.id, key.lastUsedAt.getTime());
          while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
        }
        return entry;
      } finally {
        this.loading.delete(secretHash);
      }
    })();
    this.loading.set(secretHash, loading);
    return loading;
  }

  private used(keyId: string): void {
    const now = this.now();
    const written = this.lastUsedWritten.get(keyId);
    if (written !== undefined && now - written < this.lastUsedEveryMs) return;
    this.lastUsedWritten.delete(keyId);
    this.lastUsedWritten.set(keyId, now);
    while (this.lastUsedWritten.size > this.maxEntries) this.lastUsedWritten.delete(this.lastUsedWritten.keys().next().value!);
    this.pendingLastUsed.set(keyId, now);
  }

  /** Writes the pending lastUsedAt values: one statement per distinct minute. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (this.pendingLastUsed.size === 0) return;
      const pending = [...this.pendingLastUsed];
      this.pendingLastUsed.clear();
      const byMinute = new Map<number, string[]>();
      for (const [keyId, at] of pending) {
        const minute = Math.floor(at / 60_000) * 60_000;
        byMinute.set(minute, [...(byMinute.get(minute) ?? []), keyId]);
      }
      try {
        for (const [minute, ids] of byMinute) {
          // never move it backwards (another instance may have written a later minute)
          await this.prisma.apiKey.updateMany({
            where: { id: { in: ids }, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(minute) } }] },
            data: { lastUsedAt: new Date(minute) },
          });
        }
      } catch (error) {
        this.log.warn({ err: error }, 'could not write API keys\' lastUsedAt');
      }
    });
    return this.flushing;
  }

  /** Stops the background writes after writing what is pending. */
  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
