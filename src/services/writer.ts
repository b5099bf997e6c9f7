// The group-commit writer: postings planned whole (src/services/posting.ts) queue here and are
// written many to one database transaction. Per batch: the books are locked and their
// configuration versions compared with the plans'; idempotency keys are claimed; the touched
// balances are locked once (in account id order); the ledger maths of src/domain/ledger.ts
// runs in memory in arrival order, so a refused plan gets its own error and never spoils its
// neighbours; then one multi-row statement per table, one commit, and only then is any
// caller answered (model.md "Many postings at once").
import { DomainError } from '../domain/errors.ts';
import type { StoredEvent } from '../domain/events.ts';
import { formatDocumentNumber } from '../domain/configuration.ts';
import { applyBatch, type LedgerChange } from '../domain/ledger.ts';
import type { PlannedEntry } from '../domain/posting.ts';
import { inTransaction, type Database, type Tx } from '../db.ts';
import type { Transaction } from '../generated/prisma/client.ts';
import { uuidv7 } from '../ids.ts';
import { allocateIn } from './allocation.ts';
import { recheckOrderReading } from './orders.ts';
import { chainAuditEvents, type AuditRecord } from './audit.ts';
import { trailOf } from './access.ts';
import { dialectOf, prismaSql, type Column, type Dialect, type Sql } from './dialect.ts';
import type { PreparedPosting } from './posting.ts';
import { numberOutboxEvents, outboxCommitted, postingOutboxEvents } from './outbox.ts';

/** Ledger kinds whose accounts carry open items (invoices) and settlements. */
const OPEN_ITEM_LEDGERS = new Set(['SALES', 'PURCHASES', 'CLIENT', 'CUSTOM']);

export const IDEMPOTENCY_SCOPE = 'createTransaction';

export type WriteOutcome =
  | { kind: 'created'; transaction: Transaction }
  | { kind: 'replayed'; transactionId: string }
  | { kind: 'refused'; error: unknown }
  /** the book's configuration changed since the plan was made: plan again */
  | { kind: 'stale'; configVersion: number }
  /** another plan of the batch holds the same idempotency key: try again after it */
  | { kind: 'twin' };

const TRANSACTION_COLUMNS: readonly Column[] = [
  ['id', 'text'], ['bookId', 'text'], ['typeId', 'text'], ['typeVersionId', 'text'], ['number', 'text'],
  ['status', 'enum:TransactionStatus'], ['accountId', 'text'], ['counterAccountId', 'text'], ['date', 'text'],
  ['dueDate', 'text'], ['reference', 'text'], ['description', 'text'], ['currency', 'text'], ['net', 'bigint'],
  ['tax', 'bigint'], ['gross', 'bigint'], ['outstanding', 'bigint'], ['sourceId', 'text'], ['reversalOfId', 'text'],
  ['params', 'json'], ['metadata', 'json'], ['createdById', 'text'], ['createdAt', 'timestamp'], ['postedAt', 'timestamp'],
];
const LINE_COLUMNS: readonly Column[] = [
  ['id', 'text'], ['bookId', 'text'], ['transactionId', 'text'], ['lineNo', 'integer'], ['accountId', 'text'],
  ['description', 'text'], ['quantity', 'bigint'], ['net', 'bigint'], ['taxCodeId', 'text'], ['tax', 'bigint'], ['side', 'enum:Side'],
];
const ENTRY_COLUMNS: readonly Column[] = [
  ['id', 'text'], ['bookId', 'text'], ['transactionId', 'text'], ['accountId', 'text'], ['side', 'enum:Side'],
  ['amount', 'bigint'], ['currency', 'text'], ['status', 'enum:TransactionStatus'], ['date', 'text'],
  ['sequence', 'integer'], ['runningBalance', 'bigint'], ['baseAmount', 'bigint'], ['createdAt', 'timestamp'], ['postedAt', 'timestamp'],
];
const IDEMPOTENCY_COLUMNS: readonly Column[] = [
  ['bookId', 'text'], ['scope', 'text'], ['key', 'text'], ['requestHash', 'text'], ['resultId', 'text'], ['createdAt', 'timestamp'],
];
const DAILY_COLUMNS: readonly Column[] = [
  ['bookId', 'text'], ['accountId', 'text'], ['date', 'text'], ['postedDebits', 'bigint'], ['postedCredits', 'bigint'],
];
const DAILY_UPSERT = `ON CONFLICT ("accountId", "date") DO UPDATE SET
  "postedDebits" = "DailyBalance"."postedDebits" + excluded."postedDebits",
  "postedCredits" = "DailyBalance"."postedCredits" + excluded."postedCredits"`;

const claimKey = (p: PreparedPosting) => `${p.bookId}\u0000${p.idempotencyKey}`;

/**
 * Writes prepared postings in the caller's database transaction. Returns one outcome per
 * plan, in order. Throws only on an unexpected database error (the caller rolls back).
 * `atomic`: all or none (a refusal refuses the rest with BATCH_ABORTED).
 */
export async function writeBatch(
  io: WriteIo,
  dialect: Dialect,
  plans: readonly PreparedPosting[],
  options: { atomic?: boolean } = {},
): Promise<WriteOutcome[]> {
  const { sql } = io;
  const outcomes: (WriteOutcome | undefined)[] = plans.map(() => undefined);
  const lock = await dialect.lockBooks(sql, plans.map((p) => p.bookId), plans.flatMap((p) => p.plan.entries.map((e) => e.accountId)));
  const live: number[] = [];
  const seenKeys = new Set<string>();
  for (const [i, plan] of plans.entries()) {
    const current = lock.books.get(plan.bookId)?.configVersion ?? 0;
    if (plan.configVersion !== undefined && plan.configVersion !== current) outcomes[i] = { kind: 'stale', configVersion: current };
    else if (plan.idempotencyKey && seenKeys.has(claimKey(plan))) outcomes[i] = { kind: 'twin' };
    else {
      if (plan.idempotencyKey) seenKeys.add(claimKey(plan));
      live.push(i);
    }
  }
  if (options.atomic && live.length !== plans.length) return plans.map((_p, i) => outcomes[i] ?? aborted());

  // idempotency: claimed first, so a twin in another transaction waits here, then replays
  const keyed = live.filter((i) => plans[i]!.idempotencyKey);
  const now = new Date();
  if (keyed.length) {
    const claimed = new Set(
      await dialect.insertNew(
        sql,
        'IdempotencyRecord',
        IDEMPOTENCY_COLUMNS,
        keyed.map((i) => {
          const p = plans[i]!;
          return [p.bookId, IDEMPOTENCY_SCOPE, p.idempotencyKey, p.requestHash, p.id, now];
        }),
        'resultId',
      ),
    );
    const lost = keyed.filter((i) => !claimed.has(plans[i]!.id));
    if (lost.length) {
      const records = await dialect.readKeys(sql, IDEMPOTENCY_SCOPE, lost.map((i) => [plans[i]!.bookId, plans[i]!.idempotencyKey!] as const));
      const byKey = new Map(records.map((r) => [`${r.bookId}\u0000${r.key}`, r]));
      for (const i of lost) {
        const record = byKey.get(claimKey(plans[i]!))!;
        outcomes[i] =
          record.requestHash === plans[i]!.requestHash
            ? { kind: 'replayed', transactionId: record.resultId }
            : { kind: 'refused', error: keyReused(plans[i]!.idempotencyKey!) };
      }
    }
  }
  const writing = live.filter((i) => outcomes[i] === undefined);
  if (options.atomic && writing.length !== plans.length) {
    await releaseClaims(sql, dialect, plans, writing);
    return plans.map((_p, i) => outcomes[i] ?? aborted());
  }

  // the ledger maths, in memory, in arrival order
  const locked = lock.balances ?? (await dialect.lockBalances(sql, writing.flatMap((i) => plans[i]!.plan.entries.map((e) => e.accountId))));
  const accounts = new Map(writing.flatMap((i) => [...plans[i]!.accounts]));
  const changes: LedgerChange<PlannedEntry>[] = writing.map((i) => {
    const { plan, expected } = plans[i]!;
    return { status: plan.status, entries: plan.entries, expectedVersions: expected };
  });
  const batch = applyBatch(changes, locked, accounts);
  const refused = writing.filter((_i, n) => !batch.outcomes[n]!.ok);
  for (const [n, i] of writing.entries()) {
    const outcome = batch.outcomes[n]!;
    if (!outcome.ok) outcomes[i] = { kind: 'refused', error: outcome.error };
  }
  if (options.atomic && refused.length) {
    await releaseClaims(sql, dialect, plans, writing);
    return plans.map((_p, i) => outcomes[i] ?? aborted());
  }
  if (refused.length) await releaseClaims(sql, dialect, plans, refused.filter((i) => plans[i]!.idempotencyKey));

  // numbers for what is written, per type, in arrival order: gapless
  const accepted = writing.filter((i) => outcomes[i] === undefined);
  if (accepted.length === 0) return outcomes.map((o) => o!);
  const counts = new Map<string, number>();
  for (const i of accepted) counts.set(plans[i]!.type.id, (counts.get(plans[i]!.type.id) ?? 0) + 1);
  const firstNumbers = await dialect.takeNumbers(sql, counts);

  const transactions: unknown[][] = [];
  const lines: unknown[][] = [];
  const entries: unknown[][] = [];
  const audits: AuditRecord[] = [];
  const daily = new Map<string, [string, string, string, bigint, bigint]>();
  const sequencedOf = new Map(writing.map((i, n) => [i, batch.outcomes[n]!]));
  for (const i of accepted) {
    const p = plans[i]!;
    const { plan, input } = p;
    const next = firstNumbers.get(p.type.id)!;
    firstNumbers.set(p.type.id, next + 1);
    const status = plan.status === 'RECORDED' ? null : plan.status;
    const hasOpenItems = status !== null && plan.accountId !== null && OPEN_ITEM_LEDGERS.has(p.version.ledgerKind) && !p.reversalOfId;
    const row: Transaction = {
      id: p.id,
      bookId: p.bookId,
      typeId: p.type.id,
      typeVersionId: p.version.id,
      number: formatDocumentNumber(p.type.numberPrefix, next),
      status: plan.status,
      accountId: plan.accountId,
      counterAccountId: plan.counterAccountId,
      date: input.date,
      dueDate: input.dueDate ?? null,
      reference: input.reference ?? null,
      description: input.description ?? null,
      currency: plan.currency,
      net: plan.net,
      tax: plan.tax,
      gross: plan.gross,
      outstanding: hasOpenItems ? plan.gross : null,
      sourceId: p.source?.id ?? null,
      fulfilledById: null,
      reversalOfId: p.reversalOfId ?? null,
      params: Object.keys(input.params).length ? (input.params as never) : null,
      metadata: (p.raw.metadata ?? null) as never,
      createdById: p.actor.userId,
      createdAt: now,
      postedAt: status === 'POSTED' ? now : null,
      voidedAt: null,
    };
    transactions.push(TRANSACTION_COLUMNS.map(([name]) => row[name as keyof Transaction]));
    for (const line of plan.lines) {
      lines.push([uuidv7(), p.bookId, p.id, line.lineNo, line.accountId, line.description, line.quantity, line.net, line.taxCodeId, line.tax, line.side]);
    }
    const outcome = sequencedOf.get(i)!;
    if (status && outcome.ok) {
      for (const e of outcome.entries) {
        entries.push([uuidv7(), p.bookId, p.id, e.accountId, e.side, e.amount, e.currency, status, input.date, e.sequence, e.runningBalance, e.baseAmount ?? null, now, status === 'POSTED' ? now : null]);
        if (status === 'POSTED') {
          const key = `${e.accountId}\u0000${input.date}`;
          const totals = daily.get(key) ?? [p.bookId, e.accountId, input.date, 0n, 0n];
          if (e.side === 'DEBIT') totals[3] += e.amount;
          else totals[4] += e.amount;
          daily.set(key, totals);
        }
      }
    }
    audits.push({
      bookId: p.bookId, actorId: p.actor.userId, ...trailOf(p.actor), action: p.reversalOfId ? 'transaction.reverse' : 'transaction.create',
      entityType: 'Transaction', entityId: p.id, after: { ...row, entries: plan.entries, lines: plan.lines },
    });
    outcomes[i] = { kind: 'created', transaction: row };
  }
  const moved = new Set(accepted.flatMap((i) => plans[i]!.plan.entries.map((e) => e.accountId)));
  // hash-chained per book (services/audit.ts) and numbered per book (services/outbox.ts); the
  // heads, where the book lock read them (SQLite), cost no statement of their own
  const books = [...lock.books];
  const audit = await chainAuditEvents(sql, dialect, audits, new Map(books.flatMap(([id, b]) => (b.auditHead ? [[id, b.auditHead]] : []))));
  const written = accepted.map((i) => ({ prepared: plans[i]!, transaction: (outcomes[i] as { transaction: Transaction }).transaction }));
  const outboxHeads = new Map(books.flatMap(([id, b]) => (b.outboxSequence === undefined ? [] : [[id, b.outboxSequence]])));
  const { stored, write: outbox } = await numberOutboxEvents(sql, dialect, postingOutboxEvents(written, locked), outboxHeads);
  await dialect.writeAll(sql, [
    { table: 'Transaction', columns: TRANSACTION_COLUMNS, rows: transactions },
    { table: 'TransactionLine', columns: LINE_COLUMNS, rows: lines },
    { table: 'Entry', columns: ENTRY_COLUMNS, rows: entries },
    { balances: [...batch.balances.values()].filter((b) => moved.has(b.accountId)) },
    { table: 'DailyBalance', columns: DAILY_COLUMNS, rows: [...daily.values()], conflict: DAILY_UPSERT },
    audit,
    outbox,
  ]);
  io.published?.push(...stored);
  // the rare parts: a source read (fulfilled once) and allocations made with the posting
  for (const i of accepted) {
    const p = plans[i]!;
    if (!hasRareParts(p)) continue;
    const tx = io.tx;
    if (!tx) throw new Error('writeBatch: a plan with a source or allocations needs a Prisma transaction');
    // checked again under the order's lock (two readings at once never over-fulfil it); a
    // part-fulfilment leaves the order open; the reading that completes it fulfils it once
    if (p.source && (await recheckOrderReading(tx, dialect.kind, p.source, p.id, p.plan)).completes) await fulfil(tx, p.source, p.id);
    if (p.raw.allocations?.length) {
      const allocated = await allocateIn(tx, dialect, p.actor, p.id, p.raw.allocations);
      // the answer says what the transaction is after its allocations
      const outcome = outcomes[i] as { kind: 'created'; transaction: Transaction };
      outcome.transaction.outstanding = (outcome.transaction.outstanding ?? 0n) - allocated.reduce((sum, a) => sum + a.amount, 0n);
    }
  }
  return outcomes.map((o) => o!);
}

/** An item of an atomic request left unwritten because another item was refused. */
export const batchAborted = () =>
  new DomainError('BATCH_ABORTED', 'not written: another transaction of this atomic request was refused (see its error)');

const aborted = (): WriteOutcome => ({ kind: 'refused', error: batchAborted() });

export const keyReused = (key: string) =>
  new DomainError(
    'IDEMPOTENCY_KEY_REUSED',
    `idempotencyKey "${key}" was already used for a different transaction; use a new key for a new transaction`,
    { field: 'idempotencyKey' },
  );

/** Gives back the idempotency keys of plans that were not written (a refusal leaves no trace). */
function releaseClaims(sql: Sql, dialect: Dialect, plans: readonly PreparedPosting[], indexes: readonly number[]): Promise<void> {
  const ids = indexes.map((i) => plans[i]!).filter((p) => p.idempotencyKey).map((p) => p.id);
  return dialect.releaseKeys(sql, IDEMPOTENCY_SCOPE, ids);
}

/** A source to fulfil or allocations to make: written through the Prisma client (allocation.ts). */
const hasRareParts = (p: PreparedPosting) => Boolean(p.source || p.raw.allocations?.length);

/**
 * Where a batch's statements go: `sql` for the writer's own statements, and the Prisma
 * transaction (the same database transaction) for the rare parts, when there is one.
 */
export interface WriteIo {
  sql: Sql;
  tx?: Tx;
  /** the outbox events written, handed to the dispatcher once the transaction has committed */
  published?: StoredEvent[];
}

/** A source (readsFrom) is fulfilled once: the update finds it unfulfilled or the write is refused. */
async function fulfil(tx: Tx, source: { id: string; number?: string }, by: string): Promise<void> {
  const updated = await tx.transaction.updateMany({ where: { id: source.id, fulfilledById: null }, data: { fulfilledById: by } });
  if (updated.count === 0) {
    throw new DomainError('INVALID_STATE', `sourceId ${source.number ?? source.id} has already been fulfilled`, { field: 'sourceId' });
  }
}

// ------------------------------------------------------------------------- the queue

export interface WriterOptions {
  /** plans per database transaction */
  maxBatch: number;
  /** plans waiting at most; past it a posting is refused at once with OVERLOADED */
  maxQueue: number;
  /** batches written side by side (PostgreSQL; SQLite has one writer) */
  concurrency: number;
  /**
   * the request deadline: a plan that waited longer than this in the queue is not started
   * (OVERLOADED); its client has most likely given up on it. 0: no deadline.
   */
  deadlineMs: number;
  /** the clock the deadline is measured on (tests pass their own) */
  now: () => number;
  /**
   * how long a batch may wait, from its first plan, for the postings still being planned to
   * join it (group commit's gathering): on SQLite planning and writing share one connection,
   * so a batch started while others plan takes that connection from them and every batch
   * holds one posting. 0: start at once.
   */
  gatherMs: number;
}

interface Waiting {
  plan: PreparedPosting;
  /** when it joined the queue, on options.now's clock */
  queuedAt: number;
  resolve: (outcome: WriteOutcome) => void;
  reject: (error: unknown) => void;
}

/** The refusal of a plan that waited past the deadline: nothing of it was written. */
function pastDeadline(waitedMs: number, deadlineMs: number): DomainError {
  return new DomainError(
    'OVERLOADED',
    `the posting waited ${Math.round(waitedMs)} ms for the writer, longer than the request deadline of ${deadlineMs} ms (DAYBOOK_REQUEST_DEADLINE_MS), so it was not started and nothing was written: retry after a second`,
    { retryAfter: 1 },
  );
}

/** Prisma's P2028 before the database transaction began: no statement ran, so a retry is safe. */
export function isStartTimeout(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2028'
    && /unable to start a transaction/i.test((error as { message?: string }).message ?? '');
}

export class PostingWriter {
  private readonly queue: Waiting[] = [];
  private running = 0;
  private inBatches = 0;
  /** postings being planned now, which will be submitted (or fail) soon */
  private planning = 0;
  /** cancels the pending wait of gather() */
  private gathering: (() => void) | undefined;
  /** the next batch has waited its turn of the event loop */
  private turned = false;
  readonly dialect: Dialect;

  constructor(private readonly db: Database, readonly options: WriterOptions) {
    this.dialect = dialectOf(db.kind);
  }

  get queued(): number {
    return this.queue.length;
  }

  /** postings in batches being written now */
  get writing(): number {
    return this.inBatches;
  }

  /** Queues a plan for the next batch; settles once its batch has committed (or refused it). */
  submit(plan: PreparedPosting): Promise<WriteOutcome> {
    if (this.queue.length >= this.options.maxQueue) {
      return Promise.reject(
        new DomainError('OVERLOADED', `the server has ${this.queue.length} postings waiting to be written: retry after a second`, { retryAfter: 1 }),
      );
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ plan, queuedAt: this.options.now(), resolve, reject });
      this.pump();
    });
  }

  /**
   * Counts `work` (reading and planning a posting that will be submitted) while it runs: the
   * batch it may join waits for it, up to gatherMs, so concurrent postings commit together.
   */
  async whilePlanning<T>(work: Promise<T>): Promise<T> {
    this.planning += 1;
    try {
      return await work;
    } finally {
      this.planning -= 1;
    }
  }

  /** Writes plans in one transaction of their own, all or none (createTransactions atomic). */
  writeAtomic(plans: readonly PreparedPosting[]): Promise<WriteOutcome[]> {
    return this.transaction(plans, (io) => writeBatch(io, this.dialect, plans, { atomic: true }));
  }

  /**
   * Writes chunks of plans one after another in ONE database transaction of their own, all
   * or none (an import): the first chunk that does not come back all created rolls back the
   * lot. `failed` is the chunk whose plans refused, came back stale or threw (its error).
   */
  async writeAllOrNone(
    chunks: readonly (readonly PreparedPosting[])[],
    options: { timeout?: number; onChunk?: (written: number) => void } = {},
  ): Promise<{ outcomes: WriteOutcome[]; failed?: { chunk: number; error?: unknown } }> {
    const all = chunks.flat();
    const rollback = Symbol('rollback');
    let failed: { chunk: number; error?: unknown } | undefined;
    const outcomes: WriteOutcome[] = [];
    const viaPrisma = this.db.driver.separate && all.some(hasRareParts);
    const work = async (io: WriteIo) => {
      for (const [n, chunk] of chunks.entries()) {
        let got: WriteOutcome[];
        try {
          got = await writeBatch(io, this.dialect, chunk, { atomic: true });
        } catch (error) {
          failed = { chunk: n, error };
          throw rollback;
        }
        outcomes.push(...got);
        if (got.some((o) => o.kind !== 'created')) {
          failed = { chunk: n };
          throw rollback;
        }
        options.onChunk?.(chunk.length);
      }
    };
    try {
      if (viaPrisma) await inTransaction(this.db.prisma, (tx) => work({ sql: prismaSql(tx), tx }), options);
      else await this.db.driver.transaction((sql, tx) => work({ sql, tx }), options);
    } catch (error) {
      if (error !== rollback) throw error;
    }
    if (failed) {
      const aborted = (): WriteOutcome => ({ kind: 'refused', error: batchAborted() });
      const written = outcomes.map((o) => (o.kind === 'created' ? aborted() : o));
      return { outcomes: [...written, ...all.slice(written.length).map(aborted)], failed };
    }
    return { outcomes };
  }

  private pump(): void {
    if (this.gather()) return;
    while (this.running < this.options.concurrency && this.queue.length) {
      const batch = this.startable(this.queue.splice(0, this.options.maxBatch));
      if (!batch.length) continue;
      this.running += 1;
      this.inBatches += batch.length;
      void this.run(batch).finally(() => {
        this.running -= 1;
        this.inBatches -= batch.length;
        this.pump();
      });
    }
  }

  /**
   * True while the next batch waits for more plans (group commit's gathering). First one turn
   * of the event loop: the driver's statements (better-sqlite3) settle without I/O, so a request
   * runs from its HTTP body to its submit within one turn, and the requests that arrived with it
   * are planned in that turn's other callbacks. Then, up to gatherMs from the first plan queued,
   * for the postings still being planned. Not when the batch is full or a writer is busy.
   */
  private gather(): boolean {
    const { gatherMs, maxBatch, concurrency, now } = this.options;
    if (this.queue.length === 0 || this.queue.length >= maxBatch || this.running >= concurrency) return false;
    if (this.gathering) return true;
    const wake = () => {
      this.gathering = undefined;
      this.pump();
    };
    if (!this.turned) {
      this.turned = true;
      const immediate = setImmediate(wake);
      this.gathering = () => clearImmediate(immediate);
      return true;
    }
    const left = this.queue[0]!.queuedAt + gatherMs - now();
    if (this.planning > 0 && left > 0) {
      const timeout = setTimeout(wake, Math.ceil(left));
      this.gathering = () => clearTimeout(timeout);
      return true;
    }
    this.turned = false;
    return false;
  }

  /** The plans of a batch still within the deadline; the others are refused, unstarted. */
  private startable(batch: Waiting[]): Waiting[] {
    const { deadlineMs, now } = this.options;
    if (!deadlineMs) return batch;
    const at = now();
    return batch.filter((waiting) => {
      const waited = at - waiting.queuedAt;
      if (waited <= deadlineMs) return true;
      waiting.reject(pastDeadline(waited, deadlineMs));
      return false;
    });
  }

  /**
   * One database transaction for plans: through the driver (db.ts) unless a plan has rare
   * parts and the driver's transaction has no Prisma client to run them on (PostgreSQL).
   */
  private transaction<T>(plans: readonly PreparedPosting[], work: (io: WriteIo) => Promise<T>): Promise<T> {
    const viaPrisma = this.db.driver.separate && plans.some(hasRareParts);
    let published: StoredEvent[] = [];
    const attempt = () => {
      published = [];
      return viaPrisma
        ? inTransaction(this.db.prisma, (tx) => work({ sql: prismaSql(tx), tx, published }))
        : this.db.driver.transaction((sql, tx) => work({ sql, tx, published }));
    };
    const committed = (result: T) => {
      outboxCommitted(this.db, published);
      return result;
    };
    return attempt().then(committed, (error: unknown) => {
      if (isStartTimeout(error)) return attempt().then(committed);
      throw error;
    });
  }

  private async run(batch: Waiting[]): Promise<void> {
    try {
      const plans = batch.map((w) => w.plan);
      const outcomes = await this.transaction(plans, (io) => writeBatch(io, this.dialect, plans));
      batch.forEach((w, i) => w.resolve(outcomes[i]!));
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      // an error of one plan's rare part (a source, an allocation) or of the database:
      // one by one, so it stays that plan's own
      for (const waiting of batch) {
        try {
          const [outcome] = await this.transaction([waiting.plan], (io) => writeBatch(io, this.dialect, [waiting.plan]));
          waiting.resolve(outcome!);
        } catch (own) {
          waiting.reject(own);
        }
      }
    }
  }
}

const writers = new WeakMap<Database, PostingWriter>();

export const DEFAULT_WRITER_OPTIONS = (kind: Database['kind']): WriterOptions => ({
  maxBatch: 256,
  maxQueue: 10_000,
  concurrency: kind === 'postgres' ? 3 : 1,
  // the server sets DAYBOOK_REQUEST_DEADLINE_MS (server.ts); in-process callers (the CLI's
  // import, tests) wait their turn however long it takes
  deadlineMs: 0,
  now: () => performance.now(),
  gatherMs: kind === 'sqlite' ? 10 : 0,
});

/** One writer per open database. */
export function writerOf(db: Database, options?: Partial<WriterOptions>): PostingWriter {
  let writer = writers.get(db);
  if (!writer) {
    writer = new PostingWriter(db, { ...DEFAULT_WRITER_OPTIONS(db.kind), ...options });
    writers.set(db, writer);
  }
  return writer;
}
