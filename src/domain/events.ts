// The events a committed change announces, built from what the change wrote (never read
// back). Pure: the outbox (services/outbox.ts) numbers and stores them, the dispatcher
// delivers them. Payloads are plain JSON: amounts are decimal strings in the currency's
// minor-unit digits, counts and sequences are numbers, so no bigint ever reaches JSON.
import { computeBalance, type BalanceSums } from './balances.ts';
import { formatAmount } from './money.ts';
import type { Side } from './types.ts';

export const EVENT_TYPES = [
  'transaction.created',
  'transaction.posted',
  'transaction.voided',
  'transaction.reversed',
  'allocation.created',
  'balance.changed',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export function isEventType(name: string): name is EventType {
  return (EVENT_TYPES as readonly string[]).includes(name);
}

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** An event before the outbox numbers it. */
export interface LedgerEvent {
  bookId: string;
  type: EventType;
  /** the transaction, allocation or account it is about */
  subjectId: string;
  payload: { [key: string]: Json };
}

/** An event as stored and delivered: its id (the webhook-id) and its place in the book. */
export interface StoredEvent extends LedgerEvent {
  id: string;
  sequence: number;
  createdAt: string;
}

export interface TransactionFacts {
  id: string;
  bookId: string;
  number: string;
  status: string;
  typeId: string;
  date: string;
  currency: string;
  net: bigint;
  tax: bigint;
  gross: bigint;
  accountId: string | null;
  reversalOfId: string | null;
}

export interface AccountFacts {
  id: string;
  code: string;
  currency: string;
  digits: number;
  normalSide: Side;
}

export interface BalanceFigures {
  posted: string;
  pending: string;
  available: string;
  postedDebits: string;
  postedCredits: string;
  pendingDebits: string;
  pendingCredits: string;
}

export function balanceFigures(account: Pick<AccountFacts, 'digits' | 'normalSide'>, sums: BalanceSums): BalanceFigures {
  const f = (amount: bigint) => formatAmount(amount, account.digits);
  const balance = computeBalance(account.normalSide, sums);
  return {
    posted: f(balance.posted),
    pending: f(balance.pending),
    available: f(balance.available),
    postedDebits: f(sums.postedDebits),
    postedCredits: f(sums.postedCredits),
    pendingDebits: f(sums.pendingDebits),
    pendingCredits: f(sums.pendingCredits),
  };
}

function transactionPayload(t: TransactionFacts, digits: number): { [key: string]: Json } {
  return {
    transactionId: t.id,
    number: t.number,
    status: t.status,
    typeId: t.typeId,
    date: t.date,
    currency: t.currency,
    net: formatAmount(t.net, digits),
    tax: formatAmount(t.tax, digits),
    gross: formatAmount(t.gross, digits),
    accountId: t.accountId,
    reversalOfId: t.reversalOfId,
  };
}

export interface BalanceChange {
  account: AccountFacts;
  /** the account's sums after the change */
  sums: BalanceSums;
}

function balanceEvents(bookId: string, transactionId: string, changes: readonly BalanceChange[]): LedgerEvent[] {
  return [...changes]
    .sort((a, b) => (a.account.id < b.account.id ? -1 : a.account.id > b.account.id ? 1 : 0))
    .map(({ account, sums }) => ({
      bookId,
      type: 'balance.changed' as const,
      subjectId: account.id,
      payload: {
        accountId: account.id,
        accountCode: account.code,
        currency: account.currency,
        transactionId,
        balance: { ...balanceFigures(account, sums) },
      },
    }));
}

/**
 * What a transaction's write announces: created (or reversed, for a reversing transaction),
 * posted or voided, then one balance.changed per account it moved, in account-id order.
 */
export function transactionEvents(
  kind: 'created' | 'posted' | 'voided' | 'reversed',
  transaction: TransactionFacts,
  digits: number,
  balances: readonly BalanceChange[],
): LedgerEvent[] {
  const type = `transaction.${kind}` as const;
  return [
    { bookId: transaction.bookId, type, subjectId: transaction.id, payload: transactionPayload(transaction, digits) },
    ...balanceEvents(transaction.bookId, transaction.id, balances),
  ];
}

export interface AllocationFacts {
  id: string;
  bookId: string;
  fromId: string;
  toId: string;
  amount: bigint;
  date: string;
}

export function allocationEvents(allocations: readonly AllocationFacts[], currency: string, digits: number): LedgerEvent[] {
  return allocations.map((a) => ({
    bookId: a.bookId,
    type: 'allocation.created' as const,
    subjectId: a.id,
    payload: { allocationId: a.id, fromId: a.fromId, toId: a.toId, amount: formatAmount(a.amount, digits), currency, date: a.date },
  }));
}

/** Whether a webhook or subscription that asked for `wanted` takes an event of `type`. */
export function wants(wanted: readonly string[], type: string): boolean {
  return wanted.includes('*') || wanted.includes(type);
}

/** Where an available balance stands against a balanceAlert's thresholds. */
export type AlertZone = 'BELOW' | 'WITHIN' | 'ABOVE';

export function alertZone(available: bigint, below: bigint | null, above: bigint | null): AlertZone {
  if (below !== null && available < below) return 'BELOW';
  if (above !== null && available > above) return 'ABOVE';
  return 'WITHIN';
}

/** A balanceAlert emits on every change of zone: crossing a threshold, and returning. */
export function alertFires(previous: AlertZone, next: AlertZone): boolean {
  return previous !== next;
}
