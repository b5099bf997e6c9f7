// Open item movements (the OpenItemMovement model): one row for every change to a posted
// item's outstanding amount after it was posted, written in the same database transaction
// as the change itself. Allocation writes them for both items it settles, a reversal for
// the allocations it releases and for the item it closes. Aged balances as of a past date
// undo the movements dated after it (src/services/reports.ts), reading this table alone.
import { signedAmount } from '../domain/balances.ts';
import type { Tx } from '../db.ts';
import type { OpenItemMovementKind, Transaction } from '../generated/prisma/client.ts';

export interface OutstandingChange {
  item: Pick<Transaction, 'id' | 'bookId' | 'accountId' | 'typeVersionId' | 'currency' | 'date' | 'dueDate'>;
  kind: OpenItemMovementKind;
  /** the Allocation (ALLOCATION, RELEASE) or the reversing Transaction (REVERSAL) */
  sourceId: string;
  /** the business date of the change */
  date: string;
  /** what was added to the item's outstanding (negative when it was settled) */
  change: bigint;
}

const unique = <T>(values: T[]) => [...new Set(values)];

/**
 * Records changes to items' outstanding amounts: each becomes a movement signed by the
 * item's direction against its account's normal side (an allocation lowers an invoice's
 * share of a customer's balance and raises a receipt's). A change of zero is no movement.
 */
export async function recordOutstandingChanges(tx: Tx, changes: OutstandingChange[]): Promise<void> {
  const moved = changes.filter((c) => c.change !== 0n);
  if (moved.length === 0) return;
  const accountIds = unique(moved.map((c) => c.item.accountId).filter((id): id is string => id !== null));
  // one query at a time: a database transaction holds one connection
  const accounts = new Map(
    (await tx.account.findMany({ where: { id: { in: accountIds } }, select: { id: true, ledgerId: true, normalSide: true } })).map((a) => [a.id, a]),
  );
  const directions = new Map(
    (
      await tx.transactionTypeVersion.findMany({ where: { id: { in: unique(moved.map((c) => c.item.typeVersionId)) } }, select: { id: true, direction: true } })
    ).map((v) => [v.id, v.direction]),
  );
  await tx.openItemMovement.createMany({
    data: moved.map(({ item, kind, sourceId, date, change }) => {
      const account = item.accountId ? accounts.get(item.accountId) : undefined;
      const direction = directions.get(item.typeVersionId);
      if (!account || !direction) throw new Error(`open item ${item.id} has no account or type version to sign its movement`);
      return {
        itemId: item.id,
        kind,
        sourceId,
        bookId: item.bookId,
        ledgerId: account.ledgerId,
        accountId: account.id,
        currency: item.currency,
        itemDate: item.date,
        dueOn: item.dueDate ?? item.date,
        date,
        amount: signedAmount(account.normalSide, direction, change),
      };
    }),
  });
}
