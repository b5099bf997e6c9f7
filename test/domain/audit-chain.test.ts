// The audit hash chain's pure part: canonical content, hashes, and the check of stored links.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GENESIS_HASH,
  canonicalJson,
  chainHashes,
  checkLinks,
  eventHash,
  startCheck,
  type ChainedContent,
} from '../../src/domain/audit-chain.ts';

function event(i: number, overrides: Partial<ChainedContent> = {}): ChainedContent {
  return {
    id: `0190-${i}`,
    bookId: 'book-1',
    chainSeq: i,
    at: new Date(Date.UTC(2026, 11, 4, 3, 0, i)),
    actorId: 'user-1',
    keyId: null,
    action: 'transaction.create',
    entityType: 'Transaction',
    entityId: `tx-${i}`,
    before: null,
    after: { gross: '120.00', lines: [{ net: '100.00' }] },
    reason: null,
    ...overrides,
  };
}

function stored(events: ChainedContent[]) {
  return chainHashes(GENESIS_HASH, events).map((link, i) => ({ ...events[i]!, ...link }));
}

describe('canonical content', () => {
  it('is the same text whatever order the keys come back in (jsonb reorders them)', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('hashes to 64 hex digits, changed by any field and by the previous hash', () => {
    const base = eventHash(GENESIS_HASH, event(1));
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(eventHash('x', event(1))).not.toBe(base);
    for (const change of [
      { actorId: 'user-2' },
      { action: 'transaction.void' },
      { entityId: 'tx-9' },
      { after: { gross: '120.01', lines: [{ net: '100.00' }] } },
      { reason: 'typo' },
      { at: new Date(Date.UTC(2026, 11, 4, 3, 0, 2)) },
      { bookId: 'book-2' },
      { keyId: 'key-1' },
    ] satisfies Partial<ChainedContent>[]) {
      expect(eventHash(GENESIS_HASH, event(1, change))).not.toBe(base);
    }
  });
});

describe('chain check', () => {
  it('accepts a chain built by chainHashes, in one batch or many', () => {
    const events = [1, 2, 3, 4, 5].map((i) => event(i));
    const whole = stored(events);
    expect(checkLinks(startCheck(), whole)).toMatchObject({ events: 5, lastSeq: 5, firstBrokenEventId: null });
    // appending in two batches gives the same hashes as one
    const first = chainHashes(GENESIS_HASH, events.slice(0, 2));
    const rest = chainHashes(first[1]!.hash, events.slice(2));
    expect([...first, ...rest].map((l) => l.hash)).toEqual(whole.map((l) => l.hash));
    const paged = checkLinks(checkLinks(startCheck(), whole.slice(0, 3)), whole.slice(3));
    expect(paged.firstBrokenEventId).toBeNull();
  });

  it('names the first broken event: changed content, a gap, a reordering, a swapped hash', () => {
    const chain = stored([1, 2, 3, 4].map((i) => event(i)));
    const changed = chain.map((e, i) => (i === 2 ? { ...e, after: { gross: '1.00' } } : e));
    expect(checkLinks(startCheck(), changed).firstBrokenEventId).toBe(chain[2]!.id);
    const gap = chain.filter((_, i) => i !== 1);
    expect(checkLinks(startCheck(), gap).firstBrokenEventId).toBe(chain[2]!.id);
    const swapped = [chain[0]!, chain[2]!, chain[1]!, chain[3]!];
    expect(checkLinks(startCheck(), swapped).firstBrokenEventId).toBe(chain[2]!.id);
    const rehashed = chain.map((e, i) => (i === 1 ? { ...e, reason: 'x', hash: eventHash(e.prevHash, { ...e, reason: 'x' }) } : e));
    expect(checkLinks(startCheck(), rehashed).firstBrokenEventId).toBe(chain[2]!.id);
  });

  it('property: changing any one field of any one event breaks the chain at that event', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.nat(), fc.string({ maxLength: 8 }), (length, pick, text) => {
        const chain = stored(Array.from({ length }, (_, i) => event(i + 1)));
        const at = pick % length;
        const target = chain[at]!;
        const tampered = chain.map((e, i) => (i === at ? { ...e, entityId: `${target.entityId}${text}!` } : e));
        expect(checkLinks(startCheck(), tampered).firstBrokenEventId).toBe(target.id);
      }),
      { numRuns: 100 },
    );
  });
});
