// The audit hash chain (model.md invariant 9): each event's hash is SHA-256 over the previous
// event's hash and the event's canonical content, so changing, removing or reordering any
// stored event breaks every later link. Pure: the services read and write the rows.
import { createHash } from 'node:crypto';

/** The chain of events that belong to no book (users, the first admin, keys of no member). */
export const SYSTEM_CHAIN = 'system';

/** The hash that comes before the first event of a chain. */
export const GENESIS_HASH = '';

export function chainOf(bookId: string | null): string {
  return bookId ?? SYSTEM_CHAIN;
}

/** What is hashed of an event: every column but the chain's own hash. */
export interface ChainedContent {
  id: string;
  bookId: string | null;
  chainSeq: number;
  at: Date;
  actorId: string | null;
  keyId: string | null;
  /** the request that made it; hashed only when present, so events recorded before it was kept verify as they did */
  requestId?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

/**
 * JSON with object keys sorted at every depth and absent values as null: the same text for the
 * same content whatever order a database (PostgreSQL's jsonb) gives the keys back in.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'bigint') return JSON.stringify(value.toString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The canonical text of an event; version 1 of the format. */
export function canonicalContent(event: ChainedContent): string {
  return canonicalJson({
    v: 1,
    id: event.id,
    chain: chainOf(event.bookId),
    seq: event.chainSeq,
    at: event.at.toISOString(),
    actorId: event.actorId,
    keyId: event.keyId,
    // absent (undefined) is left out of the canonical text: old events hash as before
    requestId: event.requestId ?? undefined,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: event.before ?? null,
    after: event.after ?? null,
    reason: event.reason,
  });
}

export function eventHash(previousHash: string, event: ChainedContent): string {
  return createHash('sha256').update(previousHash, 'utf8').update('\n').update(canonicalContent(event), 'utf8').digest('hex');
}

/** The hashes of `events` appended in order after a chain whose last hash is `previousHash`. */
export function chainHashes(previousHash: string, events: readonly ChainedContent[]): { prevHash: string; hash: string }[] {
  let previous = previousHash;
  return events.map((event) => {
    const hash = eventHash(previous, event);
    const link = { prevHash: previous, hash };
    previous = hash;
    return link;
  });
}

export interface StoredLink extends ChainedContent {
  prevHash: string | null;
  hash: string | null;
}

/** Where a verification stands after some events: feed it the chain's events in seq order. */
export interface ChainCheck {
  events: number;
  lastHash: string;
  lastSeq: number;
  firstBrokenEventId: string | null;
}

export function startCheck(): ChainCheck {
  return { events: 0, lastHash: GENESIS_HASH, lastSeq: 0, firstBrokenEventId: null };
}

/**
 * Checks the next events of a chain: the sequence has no gap, each event names the previous
 * hash, and its hash is what its content gives. Stops at the first broken link.
 */
export function checkLinks(state: ChainCheck, events: readonly StoredLink[]): ChainCheck {
  let { events: count, lastHash, lastSeq } = state;
  if (state.firstBrokenEventId) return state;
  for (const event of events) {
    count += 1;
    const intact =
      event.chainSeq === lastSeq + 1 && event.prevHash === lastHash && event.hash === eventHash(lastHash, event);
    if (!intact) return { events: count, lastHash, lastSeq, firstBrokenEventId: event.id };
    lastHash = event.hash!;
    lastSeq = event.chainSeq;
  }
  return { events: count, lastHash, lastSeq, firstBrokenEventId: null };
}
