// The transactional outbox: events are written in the database transaction of the change
// they announce, so a rolled-back or refused write announces nothing and a committed one
// is announced even if the process dies right after commit. The dispatcher
// (services/dispatcher.ts) reads them in order per book.
import type { BalanceSums } from '../domain/balances.ts';
import { isoCurrencyDigits } from '../domain/currency.ts';
import { transactionEvents, type LedgerEvent, type StoredEvent, type TransactionFacts } from '../domain/events.ts';
import type { AccountRef } from '../domain/types.ts';
import { applyMovements } from '../domain/ledger.ts';
import type { PostingPlan } from '../domain/posting.ts';
import type { Database, Prisma, Tx } from '../db.ts';
import { dialectOfTx, prismaSql, type Column, type Dialect, type Sql, type TableWrite } from './dialect.ts';
import { uuidv7 } from '../ids.ts';

/** The events of a transaction's write: its own, then each moved account's new balance. */
export function transactionOutboxEvents(
  kind: 'created' | 'posted' | 'voided' | 'reversed',
  transaction: TransactionFacts,
  accounts: Iterable<AccountRef>,
  after: ReadonlyMap<string, BalanceSums>,
): LedgerEvent[] {
  const byId = new Map([...accounts].map((a) => [a.id, a]));
  const changes = [...after].map(([accountId, sums]) => ({ account: byId.get(accountId)!, sums }));
  return transactionEvents(kind, transaction, isoCurrencyDigits(transaction.currency) ?? 0, changes);
}

const OUTBOX_COLUMNS: readonly Column[] = [
  ['bookId', 'text'], ['sequence', 'integer'], ['id', 'text'], ['type', 'text'], ['subjectId', 'text'], ['payload', 'text'], ['createdAt', 'timestamp'],
];

/**
 * Numbers the events per book without gaps: the rows to insert (one multi-row insert), with
 * the events as stored. Each book's head row is moved once by an upsert, which locks it until
 * the transaction ends (PostgreSQL row lock; SQLite holds the write lock anyway): a concurrent
 * writer of the same book waits, so sequences commit in order. A head the caller read under
 * its lock is not moved here: a trigger moves it with the insert (SQLite). Events keep their
 * order in `events`.
 */
export async function numberOutboxEvents(
  sql: Sql,
  dialect: Pick<Dialect, 'param'>,
  events: readonly LedgerEvent[],
  /** last sequences read by a caller holding the book's lock, where a trigger moves the head (SQLite) */
  known: ReadonlyMap<string, number> = new Map(),
): Promise<{ stored: StoredEvent[]; write: TableWrite }> {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(event.bookId, (counts.get(event.bookId) ?? 0) + 1);
  const next = new Map<string, number>();
  const p = dialect.param;
  // a fixed order of books, so two group commits over the same books cannot deadlock
  for (const bookId of [...counts.keys()].sort()) {
    const n = counts.get(bookId)!;
    const last = known.get(bookId);
    if (last !== undefined) {
      next.set(bookId, last + 1);
      continue;
    }
    const [head] = await sql.query<{ lastSequence: number | bigint | string }>(
      `INSERT INTO "OutboxHead" ("bookId", "lastSequence") VALUES (${p(1)}, ${p(2)})
       ON CONFLICT ("bookId") DO UPDATE SET "lastSequence" = "OutboxHead"."lastSequence" + ${p(3)}
       RETURNING "lastSequence"`,
      [bookId, n, n],
    );
    next.set(bookId, Number(head!.lastSequence) - n + 1);
  }
  const createdAt = new Date();
  const stored: StoredEvent[] = events.map((event) => {
    const sequence = next.get(event.bookId)!;
    next.set(event.bookId, sequence + 1);
    return { ...event, id: uuidv7(), sequence, createdAt: createdAt.toISOString() };
  });
  const rows = stored.map((e) => [e.bookId, e.sequence, e.id, e.type, e.subjectId, JSON.stringify(e.payload), createdAt]);
  return { stored, write: { table: 'OutboxEvent', columns: OUTBOX_COLUMNS, rows } };
}

/** Numbers and writes events: one statement per book (its head) and one insert. */
export async function writeOutboxEvents(sql: Sql, dialect: Dialect, events: readonly LedgerEvent[]): Promise<StoredEvent[]> {
  if (events.length === 0) return [];
  const { stored, write } = await numberOutboxEvents(sql, dialect, events);
  await dialect.writeAll(sql, [write]);
  return stored;
}

/** writeOutboxEvents in a Prisma interactive transaction. */
export function appendOutboxEvents(tx: Tx, events: readonly LedgerEvent[]): Promise<StoredEvent[]> {
  return writeOutboxEvents(prismaSql(tx), dialectOfTx(tx), events);
}

/**
 * The events of postings written together (a group commit), in arrival order: each one's
 * balance.changed carries the sums right after it, walked from the sums before the batch.
 */
export function postingOutboxEvents(
  written: readonly { prepared: { plan: PostingPlan; accounts: Map<string, AccountRef>; reversalOfId?: string }; transaction: TransactionFacts }[],
  before: ReadonlyMap<string, BalanceSums>,
): LedgerEvent[] {
  const running = new Map(before);
  return written.flatMap(({ prepared, transaction }) => {
    const { plan } = prepared;
    const after = new Map<string, BalanceSums>();
    if (plan.status !== 'RECORDED') {
      for (const accountId of new Set(plan.entries.map((e) => e.accountId))) {
        const zero = { postedDebits: 0n, postedCredits: 0n, pendingDebits: 0n, pendingCredits: 0n };
        const sums = applyMovements(running.get(accountId) ?? zero, plan.entries.filter((e) => e.accountId === accountId), plan.status);
        running.set(accountId, sums);
        after.set(accountId, sums);
      }
    }
    return transactionOutboxEvents(prepared.reversalOfId ? 'reversed' : 'created', transaction, prepared.accounts.values(), after);
  });
}

type OutboxRow = { id: string; bookId: string; sequence: number; type: string; subjectId: string; payload: string; createdAt: Date };

export function toStoredEvent(row: OutboxRow): StoredEvent {
  return {
    id: row.id,
    bookId: row.bookId,
    sequence: row.sequence,
    type: row.type as StoredEvent['type'],
    subjectId: row.subjectId,
    payload: JSON.parse(row.payload) as StoredEvent['payload'],
    createdAt: row.createdAt.toISOString(),
  };
}

/** The last sequence a book's outbox has committed (0 before its first event). */
export async function outboxHead(prisma: Prisma, bookId: string): Promise<number> {
  return (await prisma.outboxHead.findUnique({ where: { bookId } }))?.lastSequence ?? 0;
}

/** The committed events of a book after `after`, up to `upTo`, in order, at most `take`. */
export async function outboxEventsAfter(prisma: Prisma, bookId: string, after: number, upTo: number, take = 500): Promise<StoredEvent[]> {
  const rows = await prisma.outboxEvent.findMany({
    where: { bookId, sequence: { gt: after, lte: upTo } },
    orderBy: { sequence: 'asc' },
    take,
  });
  return rows.map(toStoredEvent);
}

/**
 * Who hears of events right after their commit (the dispatcher of the process): the writer
 * hands over what it just committed, so a subscriber hears of it without a read of the outbox.
 */
const committedListeners = new WeakMap<Database, (events: readonly StoredEvent[]) => void>();

export function onOutboxCommitted(db: Database, listener: (events: readonly StoredEvent[]) => void): () => void {
  committedListeners.set(db, listener);
  return () => {
    if (committedListeners.get(db) === listener) committedListeners.delete(db);
  };
}

/** Called after the commit of `events` (never before: nothing is announced that may roll back). */
export function outboxCommitted(db: Database, events: readonly StoredEvent[]): void {
  if (events.length) committedListeners.get(db)?.(events);
}
