// Every change writes an audit event in the same database transaction as the change, linked
// into its book's hash chain (domain/audit-chain.ts; the system chain for events of no book).
import type { Tx } from '../db.ts';
import { dialectOfTx, prismaSql, type Column, type Dialect, type Sql, type TableWrite } from './dialect.ts';
import { uuidv7 } from '../ids.ts';
import { badInput } from '../domain/errors.ts';
import {
  GENESIS_HASH,
  SYSTEM_CHAIN,
  chainHashes,
  chainOf,
  checkLinks,
  startCheck,
  type ChainedContent,
} from '../domain/audit-chain.ts';

export interface AuditRecord {
  bookId: string | null;
  actorId: string | null;
  /** the API key the actor used */
  keyId?: string | null;
  /** the request that made the event */
  requestId?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** JSON cannot hold bigint: amounts are written as their decimal minor-unit strings. */
export function toAuditJson(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
  );
}

interface Head {
  seq: number;
  hash: string;
}

/**
 * Locks a chain's head row (created on first use) and reads it: one statement. On PostgreSQL
 * the upsert's row lock holds until commit, so appends to one chain queue behind each other;
 * SQLite has one writer anyway.
 */
async function lockHead(sql: Sql, dialect: Pick<Dialect, 'param'>, chain: string): Promise<Head> {
  const rows = await sql.query<{ seq: number | bigint | string; hash: string }>(
    `INSERT INTO "AuditChainHead" ("chain", "seq", "hash") VALUES (${dialect.param(1)}, 0, ${dialect.param(2)})
     ON CONFLICT ("chain") DO UPDATE SET "seq" = "AuditChainHead"."seq"
     RETURNING "seq", "hash"`,
    [chain, GENESIS_HASH],
  );
  const row = rows[0]!;
  return { seq: Number(row.seq), hash: row.hash };
}

const AUDIT_COLUMNS: readonly Column[] = [
  ['id', 'text'], ['bookId', 'text'], ['at', 'timestamp'], ['actorId', 'text'], ['keyId', 'text'], ['requestId', 'text'], ['action', 'text'],
  ['entityType', 'text'], ['entityId', 'text'], ['before', 'json'], ['after', 'json'], ['reason', 'text'],
  ['chainSeq', 'integer'], ['prevHash', 'text'], ['hash', 'text'],
];

/**
 * Chains events in order: each chain's head is locked and read once (or given by a caller
 * who holds its lock), chains in sorted order so two writers never wait on each other
 * crosswise. The rows to insert, in AUDIT_COLUMNS order; a trigger moves each head to its
 * chain's last event when they are inserted.
 */
export async function chainAuditEvents(
  sql: Sql,
  dialect: Pick<Dialect, 'param'>,
  events: readonly AuditRecord[],
  /** heads already locked and read by the caller (the writer's book lock on SQLite) */
  known: ReadonlyMap<string, Head> = new Map(),
): Promise<TableWrite> {
  const byChain = new Map<string, ChainedContent[]>();
  const at = new Date();
  const contents = events.map((event): ChainedContent => {
    const content: ChainedContent = {
      id: uuidv7(),
      bookId: event.bookId,
      chainSeq: 0,
      at,
      actorId: event.actorId,
      keyId: event.keyId ?? null,
      requestId: event.requestId ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: toAuditJson(event.before) ?? null,
      after: toAuditJson(event.after) ?? null,
      reason: event.reason ?? null,
    };
    const chain = chainOf(event.bookId);
    byChain.set(chain, [...(byChain.get(chain) ?? []), content]);
    return content;
  });
  const links = new Map<string, { prevHash: string; hash: string }>();
  for (const chain of [...byChain.keys()].sort()) {
    const head = known.get(chain) ?? (await lockHead(sql, dialect, chain));
    const chained = byChain.get(chain)!;
    chained.forEach((content, i) => (content.chainSeq = head.seq + i + 1));
    chainHashes(head.hash, chained).forEach((link, i) => links.set(chained[i]!.id, link));
  }
  return {
    table: 'AuditEvent',
    columns: AUDIT_COLUMNS,
    rows: contents.map((c) => {
      const link = links.get(c.id)!;
      return [c.id, c.bookId, c.at, c.actorId, c.keyId, c.requestId ?? null, c.action, c.entityType, c.entityId, c.before, c.after, c.reason, c.chainSeq, link.prevHash, link.hash];
    }),
  };
}

/** Appends events, chained: one statement per chain whose head is not known, plus one insert. */
export async function writeAuditEvents(sql: Sql, dialect: Dialect, events: readonly AuditRecord[]): Promise<void> {
  if (events.length === 0) return;
  await dialect.writeAll(sql, [await chainAuditEvents(sql, dialect, events)]);
}

/** writeAuditEvents in a Prisma interactive transaction. */
export async function appendAuditEvents(tx: Tx, events: readonly AuditRecord[]): Promise<void> {
  await writeAuditEvents(prismaSql(tx), dialectOfTx(tx), events);
}

export async function recordAudit(db: Tx, event: AuditRecord): Promise<void> {
  await appendAuditEvents(db, [event]);
}

export interface AuditChainVerification {
  ok: boolean;
  events: number;
  firstBrokenEventId: string | null;
}

const VERIFY_PAGE = 500;

/**
 * Recomputes a chain from its first event (model.md invariant 9): a changed, removed, reordered
 * or forged event is the first broken link; a chain cut short of its head is not ok either.
 * Events recorded before chaining existed (no chainSeq, older ids) are outside the chain.
 */
export async function verifyAuditChain(db: Tx, bookId: string | null): Promise<AuditChainVerification> {
  let state = startCheck();
  let firstId: string | null = null;
  for (;;) {
    const page = await db.auditEvent.findMany({
      where: { bookId, chainSeq: { gt: state.lastSeq } },
      orderBy: { chainSeq: 'asc' },
      take: VERIFY_PAGE,
    });
    firstId ??= page[0]?.id ?? null;
    state = checkLinks(
      state,
      page.map((row) => ({ ...row, chainSeq: row.chainSeq!, before: row.before ?? null, after: row.after ?? null })),
    );
    if (state.firstBrokenEventId) return { ok: false, events: state.events, firstBrokenEventId: state.firstBrokenEventId };
    if (page.length < VERIFY_PAGE) break;
  }
  // an event slipped in beside the chain (raw SQL) after it began
  if (firstId) {
    const outside = await db.auditEvent.findFirst({
      where: { bookId, chainSeq: null, id: { gt: firstId } },
      orderBy: { id: 'asc' },
      select: { id: true },
    });
    if (outside) return { ok: false, events: state.events, firstBrokenEventId: outside.id };
  }
  const head = await db.auditChainHead.findUnique({ where: { chain: chainOf(bookId) } });
  const headSeq = head?.seq ?? 0;
  const headHash = head?.hash ?? GENESIS_HASH;
  const ok = headSeq === state.lastSeq && headHash === state.lastHash;
  return { ok, events: state.events, firstBrokenEventId: null };
}

export { SYSTEM_CHAIN };

/** Book.auditEvents' optional filters: all given ones apply; from and to are UTC days, both included. */
export interface AuditEventFilter {
  entityType?: string | null;
  entityId?: string | null;
  actorId?: string | null;
  from?: string | null;
  to?: string | null;
}

/** The rows of a book's audit log the filter keeps (BAD_USER_INPUT for from after to; nothing is read). */
export function auditEventWhere(bookId: string | null, filter: AuditEventFilter) {
  if (filter.from && filter.to && filter.from > filter.to) {
    throw badInput(`from ${filter.from} is after to ${filter.to}: give from on or before to`, { field: 'from' });
  }
  const at = {
    ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00.000Z`) } : {}),
    // to is a whole day: everything before the next midnight
    ...(filter.to ? { lt: new Date(Date.parse(`${filter.to}T00:00:00.000Z`) + 86_400_000) } : {}),
  };
  return {
    bookId,
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.from || filter.to ? { at } : {}),
  };
}
