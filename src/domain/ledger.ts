// The ledger maths of a write (model.md invariants 4 and 8, "Many postings at once"): how
// movements change an account's sums, limits, expected versions, per-account sequences and
// running balances. Pure: the writer locks the balance rows, hands them in, and writes what
// comes out. One plan or a batch of them, applied in arrival order.
import { computeBalance, checkLimit, checkSumsFit, runningBalance, type BalanceSums } from './balances.ts';
import { DomainError } from './errors.ts';
import { formatAmount } from './money.ts';
import type { BalanceLimit, Side } from './types.ts';

/** An account's materialised balance row as locked for a write. */
export interface BalanceRow extends BalanceSums {
  accountId: string;
  /** increments with every entry written to the account (expectedVersions) */
  version: number;
  /** the sequence of the last posted entry */
  lastSequence: number;
}

export interface AccountForLimits {
  id: string;
  code: string;
  normalSide: Side;
  limit: BalanceLimit;
  digits: number;
}

export interface Movement {
  accountId: string;
  side: Side;
  amount: bigint;
}

/** The sums after adding movements of the given status (or removing, with sign -1n). */
export function applyMovements(
  sums: BalanceSums,
  movements: readonly Movement[],
  status: 'POSTED' | 'PENDING',
  sign = 1n,
): BalanceSums {
  const next = { ...sums };
  for (const m of movements) {
    const amount = sign * m.amount;
    if (status === 'POSTED') {
      if (m.side === 'DEBIT') next.postedDebits += amount;
      else next.postedCredits += amount;
    } else if (m.side === 'DEBIT') next.pendingDebits += amount;
    else next.pendingCredits += amount;
  }
  return next;
}

/**
 * Invariant 8: refuses (LIMIT_EXCEEDED) when the change would leave an account with a
 * limit showing a forbidden available balance. A change that improves an account already
 * beyond its limit (a limit set later) is let through.
 */
export function checkLimits(
  accounts: { get(id: string): AccountForLimits | undefined },
  before: ReadonlyMap<string, BalanceSums>,
  after: ReadonlyMap<string, BalanceSums>,
): void {
  for (const [accountId, sums] of after) {
    const account = accounts.get(accountId);
    const overflow = account && checkSumsFit(account.code, sums, account.digits);
    if (overflow) throw overflow;
    if (!account || account.limit === 'NONE') continue;
    const availableBefore = computeBalance(account.normalSide, before.get(accountId)!).available;
    const availableAfter = computeBalance(account.normalSide, sums).available;
    const error = checkLimit(account.limit, account.normalSide, availableAfter, account.code, availableBefore);
    if (!error) continue;
    const alreadyBeyond = checkLimit(account.limit, account.normalSide, availableBefore, account.code) !== null;
    const forbidden: Side = account.limit === 'NO_DEBIT_BALANCE' ? 'DEBIT' : 'CREDIT';
    if (alreadyBeyond && !movesToward(forbidden, account.normalSide, availableAfter - availableBefore)) continue;
    const available = formatAmount(availableBefore < 0n ? 0n : availableBefore, account.digits);
    throw new DomainError(
      'LIMIT_EXCEEDED',
      `${error.message}: ${available} is available, so this transaction would take it beyond its limit (${account.limit})`,
      { accountCode: account.code, available, limit: account.limit },
    );
  }
}

/** Whether a change of available balance (signed by normal side) moves it towards `side`. */
const movesToward = (side: Side, normalSide: Side, change: bigint) =>
  side === normalSide ? change > 0n : change < 0n;

export interface EntryToWrite {
  accountId: string;
  side: Side;
  amount: bigint;
  currency: string;
}

export interface NormalSides {
  get(accountId: string): Side | undefined;
}

/**
 * Gives posted entries their per-account gapless sequence and running balance
 * (invariant 4), continuing from each account's last posted entry.
 */
export function sequencePosted<E extends EntryToWrite>(
  entries: readonly E[],
  balances: ReadonlyMap<string, BalanceRow>,
  normalSides: NormalSides,
): (E & { sequence: number; runningBalance: bigint })[] {
  const state = new Map<string, { sequence: number; balance: bigint }>();
  return entries.map((entry) => {
    const row = balances.get(entry.accountId)!;
    const normalSide = normalSides.get(entry.accountId)!;
    const current = state.get(entry.accountId) ?? {
      sequence: row.lastSequence,
      balance: computeBalance(normalSide, row).posted,
    };
    const next = {
      sequence: current.sequence + 1,
      balance: runningBalance(current.balance, normalSide, entry.side, entry.amount),
    };
    state.set(entry.accountId, next);
    return { ...entry, sequence: next.sequence, runningBalance: next.balance };
  });
}

/** An expected version a client sent: the account must not have moved since it read it. */
export interface ExpectedVersion {
  accountId: string;
  accountCode: string;
  version: number;
}

export function checkExpectedVersions(expected: readonly ExpectedVersion[], balances: ReadonlyMap<string, BalanceRow>): void {
  for (const { accountId, accountCode, version: wanted } of expected) {
    const version = balances.get(accountId)?.version ?? 0;
    if (version !== wanted) {
      throw new DomainError(
        'VERSION_CONFLICT',
        `account "${accountCode}" is at version ${version}, not ${wanted}: it has moved since you read it; read it again and retry`,
        { accountCode, expected: wanted, actual: version },
      );
    }
  }
}

/** What one plan of a batch asks of the ledger. */
export interface LedgerChange<E extends EntryToWrite = EntryToWrite> {
  /** RECORDED plans (orders, quotes) move nothing */
  status: 'POSTED' | 'PENDING' | 'RECORDED';
  entries: readonly E[];
  expectedVersions: readonly ExpectedVersion[];
  /** a check that needs the locked state of the whole batch so far (e.g. a closed period); throws to refuse */
  check?: () => void;
}

export type SequencedEntry<E> = E & { sequence: number | null; runningBalance: bigint | null };

export type ChangeOutcome<E extends EntryToWrite> =
  | { ok: true; entries: SequencedEntry<E>[] }
  | { ok: false; error: unknown };

export interface BatchOutcome<E extends EntryToWrite> {
  /** per change, in input order */
  outcomes: ChangeOutcome<E>[];
  /** the rows to write for every account an accepted change moved */
  balances: Map<string, BalanceRow>;
}

/**
 * Applies changes one after another, in arrival order, to the locked balance rows: each is
 * checked (expected versions, limits) against the state its predecessors left, and a refused
 * change leaves no trace on the state its successors see (model.md "Many postings at once").
 * `atomic`: the first refusal refuses the whole batch (the caller reports BATCH_ABORTED).
 */
export function applyBatch<E extends EntryToWrite>(
  changes: readonly LedgerChange<E>[],
  locked: ReadonlyMap<string, BalanceRow>,
  accounts: { get(id: string): (AccountForLimits & { normalSide: Side }) | undefined },
): BatchOutcome<E> {
  const state = new Map<string, BalanceRow>();
  const current = (accountId: string): BalanceRow => {
    const row = state.get(accountId) ?? locked.get(accountId);
    if (!row) throw new Error(`balance row of account ${accountId} was not locked`);
    return row;
  };
  const outcomes = changes.map((change): ChangeOutcome<E> => {
    try {
      const touched = [...new Set(change.entries.map((e) => e.accountId))];
      const before = new Map(touched.map((id) => [id, current(id)]));
      checkExpectedVersions(change.expectedVersions, new Map(change.expectedVersions.map((e) => [e.accountId, current(e.accountId)])));
      change.check?.();
      if (change.status === 'RECORDED') return { ok: true, entries: change.entries.map((e) => ({ ...e, sequence: null, runningBalance: null })) };
      const after = new Map<string, BalanceSums>();
      for (const id of touched) after.set(id, applyMovements(before.get(id)!, change.entries.filter((e) => e.accountId === id), change.status));
      checkLimits(accounts, before, after);
      const sequenced: SequencedEntry<E>[] =
        change.status === 'POSTED'
          ? sequencePosted(change.entries, before, { get: (id) => accounts.get(id)?.normalSide })
          : change.entries.map((e) => ({ ...e, sequence: null, runningBalance: null }));
      for (const id of touched) {
        const row = before.get(id)!;
        const last = sequenced.filter((e) => e.accountId === id && e.sequence !== null).at(-1)?.sequence ?? row.lastSequence;
        state.set(id, {
          ...row,
          ...after.get(id)!,
          version: row.version + change.entries.filter((e) => e.accountId === id).length,
          lastSequence: last,
        });
      }
      return { ok: true, entries: sequenced };
    } catch (error) {
      return { ok: false, error };
    }
  });
  return { outcomes, balances: state };
}
