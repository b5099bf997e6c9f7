// What happens to a transaction after it is created: a pending one posts or is voided; a
// receipt or credit note is allocated against invoices; a posted one is corrected only by
// a reversal, with a second person's approval where its type requires it.
import { DomainError, badInput, notFound } from '../domain/errors.ts';
import { isoCurrencyDigits } from '../domain/currency.ts';
import { opposite, type AccountRef } from '../domain/types.ts';
import type { Database, DatabaseKind, Tx } from '../db.ts';
import { uuidv7 } from '../ids.ts';
import { requireCapability, type Actor, trailOf } from './access.ts';
import { runChange, runCommand } from './runner.ts';
import { recordAudit } from './audit.ts';
import {
  applyMovements,
  checkLimits,
  lockBalances,
  rollUpDaily,
  saveBalances,
  sequencePosted,
  type Movement,
} from './ledger-writer.ts';
import { requireOpenPeriod } from './periods.ts';
import { allocateIn, lockTransactions, transactionIn, unknownTransaction, type AllocationRequest } from './allocation.ts';
import { recordOutstandingChanges, type OutstandingChange } from './open-items.ts';
import { releaseDate } from '../domain/aging.ts';
import { reversalNeedsApproval } from '../domain/reversals.ts';
import { loadAccounts, toTypeVersion, writePosting, type PostingListener, type PreparedPosting } from './posting.ts';
import type { BalanceSums } from '../domain/balances.ts';
import type { Transaction } from '../generated/prisma/client.ts';
import { appendOutboxEvents, transactionOutboxEvents } from './outbox.ts';

const today = () => new Date().toISOString().slice(0, 10);


/** Finds the book a row belongs to, then runs the work in one transaction after the capability check. */
async function inBookOf<T>(
  db: Database,
  actor: Actor,
  transactionId: string,
  capability: 'post' | 'approve',
  work: (tx: Tx, transaction: Transaction) => Promise<T>,
): Promise<T> {
  return runChange(db.prisma, async (tx) => {
    const transaction = await transactionIn(tx, transactionId);
    await requireCapability(tx, actor, transaction.bookId, capability, unknownTransaction(transactionId));
    return work(tx, transaction);
  });
}

async function accountsById(tx: Tx, bookId: string, ids: string[]): Promise<Map<string, AccountRef>> {
  return new Map((await loadAccounts(tx, bookId, { ids: [...new Set(ids)] })).map((a) => [a.id, a]));
}

/** Writes a status change of a transaction's pending entries to balances (and, when posting, sequences). */
async function settlePending(tx: Tx, kind: DatabaseKind, transaction: Transaction, to: 'POSTED' | 'VOIDED') {
  const entries = await tx.entry.findMany({ where: { transactionId: transaction.id }, orderBy: { id: 'asc' } });
  const accounts = await accountsById(tx, transaction.bookId, entries.map((e) => e.accountId));
  const balances = await lockBalances(tx, kind, accounts.keys());
  const after = new Map<string, BalanceSums>();
  const counts = new Map<string, number>();
  for (const accountId of accounts.keys()) {
    const movements: Movement[] = entries.filter((e) => e.accountId === accountId);
    let sums = applyMovements(balances.get(accountId)!, movements, 'PENDING', -1n);
    if (to === 'POSTED') sums = applyMovements(sums, movements, 'POSTED');
    after.set(accountId, sums);
    counts.set(accountId, movements.length);
  }
  // the limit is checked again at posting: the balance may have moved since
  if (to === 'POSTED') checkLimits(accounts, balances, after);
  const now = new Date();
  const lastSequences = new Map<string, number>();
  if (to === 'POSTED') {
    const sequenced = sequencePosted(entries, balances, new Map([...accounts].map(([id, a]) => [id, a.normalSide])));
    for (const entry of sequenced) {
      await tx.entry.update({
        where: { id: entry.id },
        data: { status: 'POSTED', sequence: entry.sequence, runningBalance: entry.runningBalance, postedAt: now },
      });
      lastSequences.set(entry.accountId, entry.sequence);
    }
    await rollUpDaily(tx, kind, transaction.bookId, transaction.date, entries);
  } else {
    await tx.entry.updateMany({ where: { transactionId: transaction.id }, data: { status: 'VOIDED' } });
  }
  await saveBalances(tx, kind, balances, after, counts, lastSequences);
  const settled = await tx.transaction.update({
    where: { id: transaction.id },
    data:
      to === 'POSTED'
        ? { status: 'POSTED', postedAt: now }
        : { status: 'VOIDED', voidedAt: now, outstanding: transaction.outstanding === null ? null : 0n },
  });
  await appendOutboxEvents(tx, transactionOutboxEvents(to === 'POSTED' ? 'posted' : 'voided', settled, accounts.values(), after)); // outbox
  return settled;
}

function requirePending(transaction: Transaction, verb: string): void {
  if (transaction.status !== 'PENDING') {
    const hint = transaction.status === 'POSTED' ? ': a posted transaction is corrected by requestReversal' : '';
    throw new DomainError('INVALID_STATE', `${transaction.number} is ${transaction.status}; only a PENDING transaction can be ${verb}${hint}`, {
      status: transaction.status,
    });
  }
}

/** PENDING → POSTED or VOIDED, in an open period; the limit is checked again on posting. */
async function settle(db: Database, actor: Actor, id: string, to: 'POSTED' | 'VOIDED', onCommit?: PostingListener) {
  const settled = await inBookOf(db, actor, id, 'post', async (tx, transaction) => {
    requirePending(transaction, to === 'POSTED' ? 'posted' : 'voided');
    await requireOpenPeriod(tx, db.kind, transaction.bookId, transaction.date);
    const after = await settlePending(tx, db.kind, transaction, to);
    const action = to === 'POSTED' ? 'transaction.post' : 'transaction.void';
    await audit(tx, actor, transaction, action, { status: 'PENDING' }, { status: to });
    return after;
  });
  onCommit?.(settled.id, settled.bookId);
  return settled;
}

export const postTransaction = (db: Database, actor: Actor, id: string, onCommit?: PostingListener) =>
  settle(db, actor, id, 'POSTED', onCommit);

export const voidTransaction = (db: Database, actor: Actor, id: string, onCommit?: PostingListener) =>
  settle(db, actor, id, 'VOIDED', onCommit);

function audit(tx: Tx, actor: Actor, transaction: { id: string; bookId: string }, action: string, before: unknown, after: unknown, reason?: string) {
  return recordAudit(tx, {
    bookId: transaction.bookId,
    actorId: actor.userId, ...trailOf(actor),
    action,
    entityType: 'Transaction',
    entityId: transaction.id,
    before,
    after,
    reason: reason ?? null,
  });
}

// ------------------------------------------------------------------------ allocation


export function allocate(
  db: Database,
  actor: Actor,
  input: { bookId: string; fromId: string; allocations: AllocationRequest[]; idempotencyKey?: string | null },
) {
  return runCommand(db, {
    bookId: input.bookId,
    scope: 'allocate',
    idempotencyKey: input.idempotencyKey,
    request: { fromId: input.fromId, allocations: input.allocations },
    authorize: (tx) => requireCapability(tx, actor, input.bookId, 'post'),
    work: async (tx) => {
      const from = await transactionIn(tx, input.fromId, 'fromId');
      if (from.bookId !== input.bookId) throw notFound(`fromId ${input.fromId} is not a transaction of this book`, { field: 'fromId' });
      return allocateIn(tx, db, actor, input.fromId, input.allocations);
    },
    resultOf: (created) => created.map((a) => a.id).join(','),
    replay: (ids) => db.prisma.allocation.findMany({ where: { id: { in: ids.split(',') } }, orderBy: { id: 'asc' } }),
  });
}

// ------------------------------------------------------------------------ reversal

/** Posts the mirror of a transaction: same lines and taxes (never recomputed), sides swapped. */
async function postReversal(tx: Tx, db: Pick<Database, 'kind'>, actor: Actor, original: Transaction, date: string) {
  // one query at a time: a database transaction holds one connection
  const entries = await tx.entry.findMany({ where: { transactionId: original.id }, orderBy: { id: 'asc' } });
  const lines = await tx.transactionLine.findMany({ where: { transactionId: original.id }, orderBy: { lineNo: 'asc' } });
  const type = await tx.transactionType.findUniqueOrThrow({ where: { id: original.typeId } });
  const version = await tx.transactionTypeVersion.findUniqueOrThrow({ where: { id: original.typeVersionId } });
  // the reversal records the version that posted the original: the same rules, mirrored
  const ledger = await tx.ledger.findUniqueOrThrow({ where: { id: type.ledgerId } });
  const accounts = await accountsById(tx, original.bookId, entries.map((e) => e.accountId));
  // a closed account keeps its zero balance: reopen it to correct what it took
  const closed = [...accounts.values()].find((a) => a.closed);
  if (closed) {
    throw new DomainError('INVALID_STATE', `account "${closed.code}" is closed: reopen it (reopenAccount) before reversing ${original.number}, which posted to it`, {
      accountCode: closed.code, status: 'CLOSED',
    });
  }
  const prepared: PreparedPosting = {
    id: uuidv7(),
    bookId: original.bookId,
    actor,
    raw: { bookId: original.bookId, typeCode: type.code, date },
    requestHash: '',
    idempotencyKey: null,
    expected: [],
    type: { id: type.id, code: type.code, numberPrefix: type.numberPrefix },
    version: toTypeVersion(version, ledger),
    input: {
      date,
      currency: original.currency,
      currencyDigits: isoCurrencyDigits(original.currency) ?? 0,
      params: {},
      pending: false,
      reference: original.number,
      description: `Reversal of ${original.number}`,
    },
    plan: {
      status: 'POSTED',
      accountId: original.accountId,
      counterAccountId: original.counterAccountId,
      currency: original.currency,
      net: original.net,
      tax: original.tax,
      gross: original.gross,
      lines: lines.map(({ lineNo, accountId, description, net, taxCodeId, tax, quantity, side }) => ({
        lineNo, accountId, description, net, taxCodeId, tax, quantity, side: side ? opposite(side) : null,
      })),
      // base amounts mirrored too, never converted again: the reversal undoes the original exactly
      entries: entries.map((e) => ({ accountId: e.accountId, side: opposite(e.side), amount: e.amount, currency: e.currency, baseAmount: e.baseAmount })),
    },
    accounts,
    source: null,
    reversalOfId: original.id,
  };
  const reversal = await writePosting(tx, db, prepared);
  await releaseAllocations(tx, actor, original, reversal);
  return reversal;
}

/**
 * Reversing a settled transaction releases its allocations, which gives both items back
 * what each allocation settled, then closes the reversed item: nothing stays open on it.
 * Each change is an open item movement: a release is dated with the reversal (or with the
 * allocation, if that is later: an allocation released before its own date never counted),
 * the closing with the reversal. The caller holds the original's lock.
 */
async function releaseAllocations(tx: Tx, actor: Actor, original: Transaction, reversal: Pick<Transaction, 'id' | 'date'>) {
  const live = await tx.allocation.findMany({
    where: { bookId: original.bookId, released: false, OR: [{ fromId: original.id }, { toId: original.id }] },
    orderBy: { id: 'asc' },
  });
  const items = new Map(
    (await tx.transaction.findMany({ where: { id: { in: [original.id, ...live.flatMap((a) => [a.fromId, a.toId])] } } })).map((t) => [t.id, t]),
  );
  const now = new Date();
  const changes: OutstandingChange[] = [];
  for (const allocation of live) {
    await tx.allocation.update({
      where: { id: allocation.id },
      data: { released: true, releasedAt: now, releasedByReversalId: reversal.id },
    });
    const date = releaseDate(allocation.date, reversal.date);
    for (const id of [allocation.toId, allocation.fromId]) {
      await tx.transaction.update({ where: { id }, data: { outstanding: { increment: allocation.amount } } });
      changes.push({ item: items.get(id)!, kind: 'RELEASE', sourceId: allocation.id, date, change: allocation.amount });
    }
    await recordAudit(tx, {
      bookId: original.bookId,
      actorId: actor.userId, ...trailOf(actor),
      action: 'allocation.release',
      entityType: 'Allocation',
      entityId: allocation.id,
      before: { released: false },
      after: { released: true, reversalId: reversal.id },
    });
  }
  // read again after the releases (and under the lock: the caller's row may predate them)
  const { outstanding } = await tx.transaction.findUniqueOrThrow({ where: { id: original.id }, select: { outstanding: true } });
  if (outstanding !== null) {
    await tx.transaction.update({ where: { id: original.id }, data: { outstanding: 0n } });
    changes.push({ item: original, kind: 'REVERSAL', sourceId: reversal.id, date: reversal.date, change: -outstanding });
  }
  await recordOutstandingChanges(tx, changes);
}

async function reversibleOriginal(tx: Tx, transaction: Transaction): Promise<void> {
  if (transaction.reversalOfId) {
    throw new DomainError('INVALID_STATE', `${transaction.number} is itself a reversal; reversals are not reversed: post a new transaction instead`);
  }
  if (transaction.status !== 'POSTED') {
    const hint = transaction.status === 'PENDING' ? ': void a pending transaction instead' : '';
    throw new DomainError('INVALID_STATE', `${transaction.number} is ${transaction.status}; only a POSTED transaction can be reversed${hint}`, {
      status: transaction.status,
    });
  }
  const reversed = await tx.transaction.findUnique({ where: { reversalOfId: transaction.id }, select: { number: true } });
  if (reversed) throw new DomainError('ALREADY_REVERSED', `${transaction.number} was already reversed by ${reversed.number}`);
  const waiting = await tx.reversalRequest.findFirst({ where: { transactionId: transaction.id, status: 'AWAITING_APPROVAL' } });
  if (waiting) throw new DomainError('ALREADY_REVERSED', `${transaction.number} already has a reversal request awaiting approval`);
}

function requiredReason(reason: string | null | undefined, field = 'reason'): string {
  const text = (reason ?? '').trim();
  if (!text) throw badInput(`${field} is required: say why the transaction is reversed`, { field });
  if (text.length > 1000) throw badInput(`${field} is longer than 1000 characters`, { field });
  return text;
}

export async function requestReversal(
  db: Database,
  actor: Actor,
  input: { transactionId: string; reason: string; date?: string | null; idempotencyKey?: string | null },
  onCommit?: PostingListener,
) {
  const reason = requiredReason(input.reason);
  const date = input.date ?? today();
  const unknown = unknownTransaction(input.transactionId);
  const found = await db.prisma.transaction.findUnique({ where: { id: input.transactionId }, select: { bookId: true } });
  if (!found) throw unknown;
  const result = await runCommand(db, {
    bookId: found.bookId,
    scope: 'requestReversal',
    idempotencyKey: input.idempotencyKey,
    request: { transactionId: input.transactionId, reason, date },
    authorize: (tx) => requireCapability(tx, actor, found.bookId, 'post', unknown),
    work: async (tx) => {
      const original = await transactionIn(tx, input.transactionId);
      await lockTransactions(tx, db.kind, [original.id]);
      await reversibleOriginal(tx, original);
      await requireOpenPeriod(tx, db.kind, original.bookId, date);
      const version = await tx.transactionTypeVersion.findUniqueOrThrow({ where: { id: original.typeVersionId } });
      const book = await tx.book.findUniqueOrThrow({ where: { id: original.bookId }, select: { reversalsRequireApproval: true } });
      const needsApproval = reversalNeedsApproval(version, book);
      const request = await tx.reversalRequest.create({
        data: {
          bookId: original.bookId,
          transactionId: original.id,
          reason,
          date,
          status: needsApproval ? 'AWAITING_APPROVAL' : 'APPROVED',
          requestedById: actor.userId,
        },
      });
      await recordAudit(tx, {
        bookId: original.bookId,
        actorId: actor.userId, ...trailOf(actor),
        action: 'reversal.request',
        entityType: 'ReversalRequest',
        entityId: request.id,
        after: request,
        reason,
      });
      if (needsApproval) return { request, posted: null };
      const reversal = await postReversal(tx, db, actor, original, date);
      return { request: await tx.reversalRequest.update({ where: { id: request.id }, data: { reversalId: reversal.id } }), posted: reversal };
    },
    resultOf: ({ request }) => request.id,
    replay: async (id) => ({ request: await db.prisma.reversalRequest.findUniqueOrThrow({ where: { id } }), posted: null }),
    committed: ({ posted }) => {
      if (posted) onCommit?.(posted.id, posted.bookId);
    },
  });
  return result.request;
}

async function decide(
  db: Database,
  actor: Actor,
  requestId: string,
  decision: 'APPROVED' | 'REJECTED',
  reason: string | null,
  onCommit?: PostingListener,
) {
  const result = await runChange(db.prisma, async (tx) => {
    const request = await tx.reversalRequest.findUnique({ where: { id: requestId } });
    const unknown = notFound(`No reversal request ${requestId}`, { field: 'id' });
    if (!request) throw unknown;
    // the requester hears why first: even an approver may not decide their own request
    if (request.requestedById === actor.userId) {
      await requireCapability(tx, actor, request.bookId, 'read', unknown);
      throw new DomainError('SELF_APPROVAL', 'You requested this reversal: a different approver must decide it');
    }
    await requireCapability(tx, actor, request.bookId, 'approve', unknown);
    if (request.status !== 'AWAITING_APPROVAL') {
      throw new DomainError('INVALID_STATE', `this reversal request is already ${request.status}`, { status: request.status });
    }
    const original = await transactionIn(tx, request.transactionId);
    let reversalId: string | null = null;
    if (decision === 'APPROVED') {
      await lockTransactions(tx, db.kind, [original.id]);
      await requireOpenPeriod(tx, db.kind, original.bookId, request.date);
      reversalId = (await postReversal(tx, db, actor, original, request.date)).id;
    }
    const decided = await tx.reversalRequest.update({
      where: { id: request.id },
      data: { status: decision, decidedById: actor.userId, decidedAt: new Date(), decisionReason: reason, reversalId },
    });
    await recordAudit(tx, {
      bookId: request.bookId,
      actorId: actor.userId, ...trailOf(actor),
      action: decision === 'APPROVED' ? 'reversal.approve' : 'reversal.reject',
      entityType: 'ReversalRequest',
      entityId: request.id,
      before: { status: request.status },
      after: { status: decision, reversalId },
      reason: reason ?? request.reason,
    });
    return { decided, reversalId };
  });
  if (result.reversalId) onCommit?.(result.reversalId, result.decided.bookId);
  return result.decided;
}

export const approveReversal = (db: Database, actor: Actor, id: string, onCommit?: PostingListener) =>
  decide(db, actor, id, 'APPROVED', null, onCommit);

export const rejectReversal = (db: Database, actor: Actor, id: string, reason: string) =>
  decide(db, actor, id, 'REJECTED', requiredReason(reason));
