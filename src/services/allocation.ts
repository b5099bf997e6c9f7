// Allocation: matching a receipt, payment or credit note against open invoices of the
// same account and currency (model.md invariant 6). Used at creation and by allocate().
import { DomainError, badInput, notFound } from '../domain/errors.ts';
import { AmountFormatError, formatAmount, parseAmount } from '../domain/money.ts';
import { isoCurrencyDigits } from '../domain/currency.ts';
import type { Database, DatabaseKind, Tx } from '../db.ts';
import { trailOf, type Actor } from './access.ts';
import { recordAudit } from './audit.ts';
import { requireOpenPeriod } from './periods.ts';
import { recordOutstandingChanges } from './open-items.ts';
import type { Transaction } from '../generated/prisma/client.ts';
import { allocationEvents } from '../domain/events.ts';
import { appendOutboxEvents } from './outbox.ts';

/** The NOT_FOUND of a transaction id that names nothing (or nothing the caller may know of). */
export const unknownTransaction = (id: string, field = 'id') => notFound(`${field} ${id} is not a transaction`, { field });

export async function transactionIn(tx: Tx, id: string, field = 'id'): Promise<Transaction> {
  const transaction = await tx.transaction.findUnique({ where: { id } });
  if (!transaction) throw unknownTransaction(id, field);
  return transaction;
}

/** Locks transaction rows (their outstanding amounts) in id order against concurrent allocation. */
export async function lockTransactions(tx: Tx, kind: DatabaseKind, ids: string[]): Promise<void> {
  const sorted = [...new Set(ids)].sort();
  if (kind === 'postgres') {
    await tx.$queryRawUnsafe(`SELECT "id" FROM "Transaction" WHERE "id" = ANY($1::text[]) ORDER BY "id" FOR UPDATE`, sorted);
  } else {
    await tx.$executeRawUnsafe(
      `UPDATE "Transaction" SET "outstanding" = "outstanding" WHERE "id" IN (${sorted.map(() => '?').join(',')})`,
      ...sorted,
    );
  }
}

export interface AllocationRequest {
  transactionId: string;
  amount: string;
}

async function allocatesType(tx: Tx, transaction: Transaction): Promise<boolean> {
  const version = await tx.transactionTypeVersion.findUniqueOrThrow({ where: { id: transaction.typeVersionId } });
  return version.allocates;
}

/**
 * Matches a receipt, payment or credit note against open invoices of the same account and
 * currency (invariant 6): no invoice below zero, never more than the settlement's unallocated rest.
 */
export async function allocateIn(
  tx: Tx,
  db: Pick<Database, 'kind'>,
  actor: Actor,
  fromId: string,
  requests: AllocationRequest[],
) {
  if (requests.length === 0) throw badInput('allocations must name at least one invoice', { field: 'allocations' });
  const targets = requests.map((r) => r.transactionId);
  if (new Set(targets).size !== targets.length) {
    throw badInput('allocations name the same invoice twice: give one amount per invoice', { field: 'allocations' });
  }
  await lockTransactions(tx, db.kind, [fromId, ...targets]);
  const from = await transactionIn(tx, fromId, 'fromId');
  if (!(await allocatesType(tx, from))) {
    throw badInput(`${from.number} is not of a type that allocates (receipts, payments, credit notes)`, { field: 'fromId' });
  }
  if (from.status !== 'POSTED' || from.reversalOfId) {
    throw new DomainError('INVALID_STATE', `${from.number} is ${from.reversalOfId ? 'a reversal' : from.status}: only a posted settlement can be allocated`);
  }
  const digits = isoCurrencyDigits(from.currency) ?? 0;
  let total = 0n;
  const planned: { to: Transaction; amount: bigint; date: string }[] = [];
  for (const [i, request] of requests.entries()) {
    const field = `allocations[${i}]`;
    const to = await transactionIn(tx, request.transactionId, `${field}.transactionId`);
    // another book's transaction is as unknown here as a missing one
    if (to.bookId !== from.bookId) throw unknownTransaction(request.transactionId, `${field}.transactionId`);
    let amount: bigint;
    try {
      amount = parseAmount(request.amount, digits, `${field}.amount`);
    } catch (error) {
      if (error instanceof AmountFormatError) throw badInput(error.message, { field: `${field}.amount` });
      throw error;
    }
    if (amount <= 0n) throw badInput(`${field}.amount must be greater than zero`, { field: `${field}.amount` });
    if (to.accountId !== from.accountId) {
      throw badInput(`${field}: ${to.number} is not on the same account as ${from.number}`, { field: `${field}.transactionId` });
    }
    if (to.currency !== from.currency) {
      throw new DomainError('CURRENCY_MISMATCH', `${field}: ${to.number} is in ${to.currency}, ${from.number} in ${from.currency}`, {
        field: `${field}.transactionId`,
      });
    }
    if (to.status !== 'POSTED' || to.outstanding === null || to.reversalOfId || (await allocatesType(tx, to))) {
      throw badInput(`${field}: ${to.number} is not an open invoice that can be settled`, { field: `${field}.transactionId` });
    }
    if (amount > to.outstanding) {
      throw new DomainError('OVER_ALLOCATION', `${field}: ${request.amount} is more than the ${formatAmount(to.outstanding, digits)} outstanding on ${to.number}`, {
        field: `${field}.amount`,
        outstanding: formatAmount(to.outstanding, digits),
      });
    }
    total += amount;
    planned.push({ to, amount, date: from.date > to.date ? from.date : to.date });
  }
  if (total > (from.outstanding ?? 0n)) {
    throw new DomainError('OVER_ALLOCATION', `allocations total ${formatAmount(total, digits)}, more than the ${formatAmount(from.outstanding ?? 0n, digits)} unallocated on ${from.number}`, {
      field: 'allocations',
      unallocated: formatAmount(from.outstanding ?? 0n, digits),
    });
  }
  for (const { date } of planned) await requireOpenPeriod(tx, db.kind, from.bookId, date);
  const created = [];
  for (const { to, amount, date } of planned) {
    await tx.transaction.update({ where: { id: to.id }, data: { outstanding: { decrement: amount } } });
    const allocation = await tx.allocation.create({
      data: { bookId: from.bookId, fromId: from.id, toId: to.id, amount, date, createdById: actor.userId },
    });
    await recordAudit(tx, {
      bookId: from.bookId,
      actorId: actor.userId, ...trailOf(actor),
      action: 'allocation.create',
      entityType: 'Allocation',
      entityId: allocation.id,
      after: allocation,
    });
    created.push(allocation);
  }
  await tx.transaction.update({ where: { id: from.id }, data: { outstanding: { decrement: total } } });
  await appendOutboxEvents(tx, allocationEvents(created, from.currency, digits)); // outbox
  // each allocation settles both its items on its date
  await recordOutstandingChanges(
    tx,
    created.flatMap((allocation, i) =>
      [planned[i]!.to, from].map((item) => ({ item, kind: 'ALLOCATION' as const, sourceId: allocation.id, date: allocation.date, change: -allocation.amount })),
    ),
  );
  return created;
}


