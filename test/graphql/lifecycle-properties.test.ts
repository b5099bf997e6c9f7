// Model-based property tests of the transaction lifecycle, run through the service layer:
// random sequences of invoices, receipts, client money, post/void, allocation and reversal
// (with two-person approval) against a small in-memory model. After every command the
// invariants of docs (model.md 1-6, 8) are checked on the database, every refused command
// must fail with an expected DomainError code and change nothing, and the model's own
// figures (status, outstanding, balances, allocations, requests) must match the rows.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import type { Actor } from '../../src/services/access.ts';
import { createBook, createUser, setMembership } from '../../src/services/people.ts';
import { bookTemplates } from '../../src/services/templates.ts';
import { createAccount } from '../../src/services/configuration.ts';
import { createTransaction } from '../../src/services/posting.ts';
import {
  allocate,
  approveReversal,
  postTransaction,
  rejectReversal,
  requestReversal,
  voidTransaction,
} from '../../src/services/lifecycle.ts';
import { accountBalance, dayBefore } from '../../src/services/balances.ts';
import { agedBalances } from '../../src/services/reports.ts';
import { backfilledAndWritten } from '../support/backfill.ts';
import { bucketIndex, daysBetween, outstandingOn, type AllocationAsOf } from '../../src/domain/aging.ts';
import { DomainError, type ErrorCode } from '../../src/domain/errors.ts';

// ------------------------------------------------------------------ command descriptors

type Customer = 'ACME' | 'GLOBEX';
type Who = 'admin' | 'approver';
type TargetPool = 'sameInvoice' | 'otherInvoice' | 'receipt' | 'pendingInvoice' | 'reversal' | 'client' | 'missing';
interface AllocSpec {
  pool: TargetPool;
  pick: number;
  /** exact: the target's outstanding; part: a share of it; over: one penny more; literal: as given */
  mode: 'exact' | 'part' | 'over' | 'literal';
  literal: string;
}
type Cmd =
  | { t: 'invoice'; customer: Customer; lines: { net: string; tax: 'Z' | 'S' }[]; pending: boolean; day: number; due: number | null }
  | { t: 'receipt'; customer: Customer; amount: string; pending: boolean; day: number; allocations: AllocSpec[] }
  | { t: 'client'; type: 'CR' | 'CP'; amount: string; pending: boolean; day: number }
  | { t: 'post' | 'void'; pool: 'pending' | 'any'; pick: number }
  | { t: 'allocate'; from: 'receipt' | 'any'; pick: number; allocations: AllocSpec[] }
  | { t: 'reverse'; pool: 'invoice' | 'receipt' | 'client' | 'reversed' | 'any'; pick: number; day: number; by: Who; blank: boolean }
  | { t: 'decide'; pick: number; decision: 'approve' | 'reject'; by: Who; blank: boolean };

const validAmount = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 99 })).map(([i, f]) => `${i}.${String(f).padStart(2, '0')}`) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 150 }).map(String) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 0, max: 9 })).map(([i, f]) => `${i}.${f}`) },
);
/** mostly valid (0-2 places, sometimes zero), sometimes 3 places (invalid unless the last is 0) */
const amount = fc.oneof(
  { weight: 10, arbitrary: validAmount },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 999 })).map(([i, f]) => `${i}.${String(f).padStart(3, '0')}`) },
);
const day = fc.integer({ min: 1, max: 20 });
const who = fc.constantFrom<Who>('admin', 'approver');
const rarely = fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false))).chain((b) => (b ? fc.boolean() : fc.constant(false)));
const allocSpec = fc.record({
  // mostly an open invoice of the same customer; sometimes a target that must be refused
  pool: fc.oneof(
    { weight: 14, arbitrary: fc.constant<TargetPool>('sameInvoice') },
    { weight: 1, arbitrary: fc.constantFrom<TargetPool>('otherInvoice', 'receipt', 'pendingInvoice', 'reversal', 'client', 'missing') },
  ),
  pick: fc.nat(50),
  mode: fc.constantFrom<AllocSpec['mode']>('exact', 'exact', 'part', 'part', 'part', 'over', 'literal'),
  literal: amount,
});

const command: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 4, arbitrary: fc.record({
    t: fc.constant('invoice' as const),
    customer: fc.constantFrom<Customer>('ACME', 'GLOBEX'),
    lines: fc.array(fc.record({ net: amount, tax: fc.constantFrom<'Z' | 'S'>('Z', 'S') }), { minLength: 1, maxLength: 2 }),
    pending: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    day,
    due: fc.option(fc.integer({ min: 20, max: 60 })),
  }) },
  { weight: 4, arbitrary: fc.record({
    t: fc.constant('receipt' as const),
    customer: fc.constantFrom<Customer>('ACME', 'GLOBEX'),
    amount,
    pending: rarely,
    day,
    allocations: fc.oneof(fc.constant<AllocSpec[]>([]), fc.array(allocSpec, { minLength: 1, maxLength: 2 })),
  }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('client' as const), type: fc.constantFrom<'CR' | 'CP'>('CR', 'CP'), amount, pending: fc.boolean(), day }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('post' as const), pool: fc.constantFrom<'pending' | 'any'>('pending', 'pending', 'any'), pick: fc.nat(50) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('void' as const), pool: fc.constantFrom<'pending' | 'any'>('pending', 'any'), pick: fc.nat(50) }) },
  { weight: 5, arbitrary: fc.record({ t: fc.constant('allocate' as const), from: fc.constantFrom<'receipt' | 'any'>('receipt', 'receipt', 'receipt', 'receipt', 'any'), pick: fc.nat(50), allocations: fc.array(allocSpec, { minLength: 1, maxLength: 2 }) }) },
  { weight: 3, arbitrary: fc.record({
    t: fc.constant('reverse' as const),
    pool: fc.constantFrom<'invoice' | 'receipt' | 'client' | 'reversed' | 'any'>('invoice', 'receipt', 'receipt', 'client', 'client', 'reversed', 'any'),
    pick: fc.nat(50),
    day,
    by: who,
    blank: rarely,
  }) },
  { weight: 4, arbitrary: fc.record({ t: fc.constant('decide' as const), pick: fc.nat(50), decision: fc.constantFrom<'approve' | 'reject'>('approve', 'approve', 'reject'), by: fc.constantFrom<Who>('approver', 'approver', 'admin'), blank: rarely }) },
);

// ------------------------------------------------------------------ the model

type Side = 'DEBIT' | 'CREDIT';
type Status = 'PENDING' | 'POSTED' | 'VOIDED';
interface MTx {
  id: string;
  label: string;
  type: 'SI' | 'SR' | 'CR' | 'CP';
  account: string;
  date: string;
  gross: bigint;
  status: Status;
  /** null for reversals (not open items) */
  outstanding: bigint | null;
  entries: [string, Side, bigint][];
  reversalOf: MTx | null;
  reversedBy: MTx | null;
  awaiting: MReq | null;
}
interface MAlloc { fromId: string; toId: string; amount: bigint; released: boolean }
interface MReq { id: string; tx: MTx; by: Who; status: 'AWAITING_APPROVAL' | 'APPROVED' | 'REJECTED' }
interface Sums { postedDebits: bigint; postedCredits: bigint; pendingDebits: bigint; pendingCredits: bigint }

const NEEDS_APPROVAL = new Set(['SR', 'CR', 'CP']);
/** accounts with a limit in the STANDARD book, each refusing a negative available balance */
const LIMITED = ['CLIENT1', 'CLIENTBANK'];
const NORMAL: Record<string, Side> = { CLIENT1: 'CREDIT', CLIENTBANK: 'DEBIT' };

const dateOf = (d: number) => `2026-04-${String(d).padStart(2, '0')}`;
const dueOf = (d: number) => new Date(Date.UTC(2026, 3, d)).toISOString().slice(0, 10);
const fmt = (minor: bigint) => `${minor < 0n ? '-' : ''}${(minor < 0n ? -minor : minor) / 100n}.${String((minor < 0n ? -minor : minor) % 100n).padStart(2, '0')}`;
/** the model's own reading of a GBP amount: null unless a decimal with at most 2 significant places, > 0 */
function minorOf(text: string): bigint | null {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return null;
  const places = (m[2] ?? '').replace(/0+$/, '');
  if (places.length > 2) return null;
  const minor = BigInt(m[1]! + places.padEnd(2, '0'));
  return minor > 0n ? minor : null;
}
/** 20% of net, rounded half-even to pennies (net/5 never ends in exactly .5) */
const vat = (net: bigint) => (net % 5n >= 3n ? net / 5n + 1n : net / 5n);
const flip = (s: Side): Side => (s === 'DEBIT' ? 'CREDIT' : 'DEBIT');
const zero = (): Sums => ({ postedDebits: 0n, postedCredits: 0n, pendingDebits: 0n, pendingCredits: 0n });

class Model {
  txs: MTx[] = [];
  allocations: MAlloc[] = [];
  requests: MReq[] = [];

  sums(): Map<string, Sums> {
    const out = new Map<string, Sums>();
    for (const tx of this.txs) {
      if (tx.status === 'VOIDED') continue;
      for (const [code, side, amount] of tx.entries) {
        const s = out.get(code) ?? zero();
        const posted = tx.status === 'POSTED';
        if (side === 'DEBIT') {
          if (posted) s.postedDebits += amount;
          else s.pendingDebits += amount;
        } else if (posted) s.postedCredits += amount;
        else s.pendingCredits += amount;
        out.set(code, s);
      }
    }
    return out;
  }

  /** Whether the movements would take a limited account to a forbidden available balance (LIMIT_EXCEEDED). */
  breaksLimit(moves: { code: string; side: Side; amount: bigint; as: 'POSTED' | 'PENDING'; sign: 1n | -1n }[]): boolean {
    const before = this.sums();
    for (const code of LIMITED) {
      const mine = moves.filter((m) => m.code === code);
      if (!mine.length) continue;
      const b = before.get(code) ?? zero();
      const a = { ...b };
      for (const m of mine) {
        const key = `${m.as === 'POSTED' ? 'posted' : 'pending'}${m.side === 'DEBIT' ? 'Debits' : 'Credits'}` as keyof Sums;
        a[key] += m.sign * m.amount;
      }
      const available = (s: Sums) =>
        NORMAL[code] === 'DEBIT' ? s.postedDebits - s.postedCredits - s.pendingCredits : s.postedCredits - s.postedDebits - s.pendingDebits;
      const [ab, aa] = [available(b), available(a)];
      if (aa < 0n && (ab >= 0n || aa < ab)) return true;
    }
    return false;
  }

  liveInto(id: string) {
    return this.allocations.filter((a) => !a.released && a.toId === id).reduce((s, a) => s + a.amount, 0n);
  }
  liveFrom(id: string) {
    return this.allocations.filter((a) => !a.released && a.fromId === id).reduce((s, a) => s + a.amount, 0n);
  }
  originals(type?: MTx['type']) {
    return this.txs.filter((t) => !t.reversalOf && (!type || t.type === type));
  }
}

const pickFrom = <T>(list: T[], pick: number): T | undefined => (list.length ? list[pick % list.length] : undefined);

// ------------------------------------------------------------------ database views

const json = (value: unknown) => JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));

/** Everything a refused command must leave as it was. */
async function snapshot(app: TestApp, bookId: string) {
  const p = app.db.prisma;
  const where = { where: { bookId } };
  return json({
    counts: await Promise.all([
      p.transaction.count(where),
      p.entry.count(where),
      p.transactionLine.count(where),
      p.allocation.count(where),
      p.reversalRequest.count(where),
      p.auditEvent.count(where),
      p.dailyBalance.count(where),
      p.idempotencyRecord.count(where),
    ]),
    balances: await p.accountBalance.findMany({ ...where, orderBy: { accountId: 'asc' } }),
    daily: await p.dailyBalance.findMany({ ...where, orderBy: [{ accountId: 'asc' }, { date: 'asc' }] }),
    transactions: await p.transaction.findMany({ ...where, orderBy: { id: 'asc' }, select: { id: true, status: true, outstanding: true } }),
    entries: await p.entry.findMany({ ...where, orderBy: { id: 'asc' }, select: { id: true, status: true, sequence: true, runningBalance: true } }),
    allocations: await p.allocation.findMany({ ...where, orderBy: { id: 'asc' }, select: { id: true, released: true } }),
    requests: await p.reversalRequest.findMany({ ...where, orderBy: { id: 'asc' }, select: { id: true, status: true, reversalId: true } }),
    numbers: await p.transactionType.findMany({ ...where, orderBy: { id: 'asc' }, select: { id: true, nextNumber: true } }),
  });
}

/** A small deterministic generator for the periods invariant 5 probes. */
function lcg(seed: number) {
  let state = seed >>> 0 || 1;
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

async function checkInvariants(app: TestApp, bookId: string, model: Model, rand: (n: number) => number, admin: Actor) {
  const p = app.db.prisma;
  const [accounts, entries, balanceRows, txs, allocations, requests, types] = await Promise.all([
    p.account.findMany({ where: { bookId }, include: { ledger: true } }),
    p.entry.findMany({ where: { bookId }, orderBy: { id: 'asc' } }),
    p.accountBalance.findMany({ where: { bookId } }),
    p.transaction.findMany({ where: { bookId } }),
    p.allocation.findMany({ where: { bookId } }),
    p.reversalRequest.findMany({ where: { bookId } }),
    p.transactionType.findMany({ where: { bookId } }),
  ]);
  const typeCode = new Map(types.map((t) => [t.id, t.code]));
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const byCode = new Map(accounts.map((a) => [a.code, a]));
  const balance = new Map(balanceRows.map((b) => [b.accountId, b]));
  const signed = (accountId: string, side: Side, amount: bigint) => (byId.get(accountId)!.normalSide === side ? amount : -amount);

  // invariant 1 (and 3): per transaction and currency, nominal entries balance; entries follow their transaction's status
  const tb = { posted: 0n, pending: 0n };
  for (const tx of txs) {
    const mine = entries.filter((e) => e.transactionId === tx.id);
    for (const e of mine) expect(e.status, `entry of ${tx.number} has its transaction's status`).toBe(tx.status);
    const perCurrency = new Map<string, bigint>();
    for (const e of mine) {
      if (byId.get(e.accountId)!.ledger.kind !== 'NOMINAL') continue;
      const delta = e.side === 'DEBIT' ? e.amount : -e.amount;
      perCurrency.set(e.currency, (perCurrency.get(e.currency) ?? 0n) + delta);
      if (e.status === 'POSTED') tb.posted += delta;
      if (e.status !== 'VOIDED') tb.pending += delta;
    }
    for (const [currency, net] of perCurrency) expect(net, `invariant 1: ${tx.number} nominal ${currency} debits − credits`).toBe(0n);
  }
  expect(tb, 'invariant 3: nominal trial balance').toEqual({ posted: 0n, pending: 0n });

  // invariant 4: gapless sequences, running balances, materialised sums = entries by status
  for (const account of accounts) {
    const row = balance.get(account.id)!;
    const mine = entries.filter((e) => e.accountId === account.id);
    const posted = mine.filter((e) => e.status === 'POSTED').sort((a, b) => a.sequence! - b.sequence!);
    let running = 0n;
    posted.forEach((e, i) => {
      expect(e.sequence, `invariant 4: ${account.code} sequence`).toBe(i + 1);
      running += signed(account.id, e.side, e.amount);
      expect(e.runningBalance, `invariant 4: ${account.code} runningBalance at ${e.sequence}`).toBe(running);
    });
    for (const e of mine) if (e.status !== 'POSTED') expect(e.sequence, `${account.code}: unposted entries have no sequence`).toBeNull();
    const sum = (status: string, side: Side) => mine.filter((e) => e.status === status && e.side === side).reduce((s, e) => s + e.amount, 0n);
    const sums = { postedDebits: sum('POSTED', 'DEBIT'), postedCredits: sum('POSTED', 'CREDIT'), pendingDebits: sum('PENDING', 'DEBIT'), pendingCredits: sum('PENDING', 'CREDIT') };
    expect(
      { postedDebits: row.postedDebits, postedCredits: row.postedCredits, pendingDebits: row.pendingDebits, pendingCredits: row.pendingCredits, lastSequence: row.lastSequence },
      `invariant 4: AccountBalance of ${account.code} = Σ entries by status`,
    ).toEqual({ ...sums, lastSequence: posted.length });
    const postedFigure = account.normalSide === 'DEBIT' ? row.postedDebits - row.postedCredits : row.postedCredits - row.postedDebits;
    expect(postedFigure, `invariant 4: last runningBalance of ${account.code} = posted balance`).toBe(running);
  }

  // invariant 2: each subsidiary ledger (or bank account) sums to its control account, posted and pending
  const groups = new Map<string, { posted: bigint; pending: bigint }>();
  const dr = (id: string) => {
    const b = balance.get(id)!;
    return { posted: b.postedDebits - b.postedCredits, pending: b.postedDebits + b.pendingDebits - b.postedCredits - b.pendingCredits };
  };
  for (const account of accounts) {
    if (account.ledger.kind === 'NOMINAL' || !account.ledger.updatesNominal) continue;
    const control = account.controlAccountId ?? account.ledger.controlAccountId;
    if (!control) continue;
    const g = groups.get(control) ?? { posted: 0n, pending: 0n };
    const d = dr(account.id);
    groups.set(control, { posted: g.posted + d.posted, pending: g.pending + d.pending });
  }
  for (const [control, total] of groups) {
    expect(dr(control), `invariant 2: subsidiary accounts of ${byId.get(control)!.code} = the control account`).toEqual(total);
  }

  // invariant 5: opening + movements − settlements = closing, for the touched accounts and a random period
  const start = rand(24); // from 2026-03-31 .. 2026-04-23, to from .. 2026-04-25
  const end = start + rand(26 - start);
  const from = dueOf(start);
  const to = dueOf(end);
  const probed = [...new Set(entries.map((e) => e.accountId))];
  for (const id of probed) {
    const account = byId.get(id)!;
    const [opening, closing] = await Promise.all([accountBalance(p, account, dayBefore(from)), accountBalance(p, account, to)]);
    const postedIn = entries.filter((e) => e.accountId === id && e.status === 'POSTED' && e.date >= from && e.date <= to);
    const movements = postedIn.reduce((s, e) => s + signed(id, e.side, e.amount), 0n);
    expect(closing.posted, `invariant 5: ${account.code} ${from}..${to}: opening ${opening.posted} + movements ${movements}`).toBe(opening.posted + movements);
    const upTo = (d: string, status: string) =>
      entries.filter((e) => e.accountId === id && e.status === status && e.date <= d).reduce((s, e) => s + signed(id, e.side, e.amount), 0n);
    expect(closing.posted, `as-of ${to} posted balance of ${account.code} = Σ posted entries to then`).toBe(upTo(to, 'POSTED'));
    expect(closing.pending, `as-of ${to} pending balance of ${account.code}`).toBe(upTo(to, 'POSTED') + upTo(to, 'PENDING'));
  }

  // invariant 6: outstanding amounts against live allocations
  const liveInto = (id: string) => allocations.filter((a) => !a.released && a.toId === id).reduce((s, a) => s + a.amount, 0n);
  const liveFrom = (id: string) => allocations.filter((a) => !a.released && a.fromId === id).reduce((s, a) => s + a.amount, 0n);
  const reversed = new Set(txs.map((t) => t.reversalOfId).filter((id): id is string => id !== null));
  for (const tx of txs) {
    const code = typeCode.get(tx.typeId);
    if (tx.reversalOfId) {
      expect(tx.outstanding, `a reversal (${tx.number}) is no open item`).toBeNull();
      continue;
    }
    const closed = reversed.has(tx.id) || tx.status === 'VOIDED';
    if (code === 'SI') {
      const expected = closed ? 0n : tx.gross - liveInto(tx.id);
      expect(tx.outstanding, `invariant 6: invoice ${tx.number} outstanding = gross − live allocations`).toBe(expected);
      expect(expected >= 0n, `invariant 6: invoice ${tx.number} outstanding ≥ 0`).toBe(true);
      expect(liveFrom(tx.id)).toBe(0n);
    } else if (code === 'SR') {
      expect(liveFrom(tx.id) <= tx.gross, `invariant 6: Σ allocations from ${tx.number} ≤ gross`).toBe(true);
      expect(tx.outstanding, `receipt ${tx.number} unallocated = gross − live allocations`).toBe(closed ? 0n : tx.gross - liveFrom(tx.id));
      expect(liveInto(tx.id)).toBe(0n);
    }
    if (closed) {
      expect(liveInto(tx.id) + liveFrom(tx.id), `${tx.number} is reversed or voided: no live allocations`).toBe(0n);
    }
  }

  // invariant 6 over time: every change to an open item's outstanding is a movement, so
  // outstanding = gross + Σ its movements (signed by the item's direction)
  const movements = await p.openItemMovement.findMany({ where: { bookId } });
  const txById = new Map(txs.map((t) => [t.id, t]));
  const directionOf = (tx: { typeId: string }) => (['SI', 'CP'].includes(typeCode.get(tx.typeId)!) ? 'DEBIT' : 'CREDIT');
  for (const tx of txs) {
    const mine = movements.filter((m) => m.itemId === tx.id);
    if (tx.outstanding === null || tx.status !== 'POSTED') {
      expect(mine, `${tx.number} (${tx.status}) is no posted open item: no movements`).toEqual([]);
      continue;
    }
    const item = (amount: bigint) => signed(tx.accountId!, directionOf(tx), amount);
    expect(item(tx.outstanding), `${tx.number}: outstanding = gross + Σ movements ${json(mine.map((m) => [m.kind, m.date, m.amount]))}`).toBe(
      item(tx.gross) + mine.reduce((sum, m) => sum + m.amount, 0n),
    );
    for (const m of mine) expect({ accountId: m.accountId, itemDate: m.itemDate, dueOn: m.dueOn }).toEqual({ accountId: tx.accountId, itemDate: tx.date, dueOn: tx.dueDate ?? tx.date });
  }

  // historical aging: the report on a random date (read backwards from today through the
  // movements) equals the definition read forwards: gross less the allocations that counted
  // then, nothing left on an item its reversal had closed by then
  // a date where something happened (or the day before it) is where a wrong date would show
  const moments = [...txs.flatMap((t) => [t.date, t.dueDate ?? t.date]), ...allocations.map((a) => a.date)];
  const boundaries = [...moments, ...moments.map(dayBefore)];
  const asOf = rand(3) > 0 && boundaries.length ? boundaries[rand(boundaries.length)]! : dueOf(rand(160));
  const report = await agedBalances(app.db, admin, bookId, 'SL', asOf);
  const expected = new Map<string, bigint[]>();
  for (const tx of txs) {
    if (tx.outstanding === null || tx.status !== 'POSTED' || tx.date > asOf || byId.get(tx.accountId!)!.ledger.code !== 'SL') continue;
    const reversal = txs.find((r) => r.reversalOfId === tx.id);
    const history: AllocationAsOf[] = allocations
      .filter((a) => a.toId === tx.id || a.fromId === tx.id)
      .map((a) => ({ amount: a.amount, date: a.date, releasedOn: a.releasedByReversalId ? txById.get(a.releasedByReversalId)!.date : null }));
    const then = reversal && reversal.date <= asOf ? 0n : outstandingOn(tx.gross, history, asOf);
    const amounts = expected.get(tx.accountId!) ?? [0n, 0n, 0n, 0n, 0n];
    amounts[bucketIndex(daysBetween(tx.dueDate ?? tx.date, asOf))]! += signed(tx.accountId!, directionOf(tx), then);
    expected.set(tx.accountId!, amounts);
  }
  const expectedRows = [...expected]
    .filter(([, amounts]) => amounts.some((a) => a !== 0n))
    .map(([accountId, amounts]) => ({ code: byId.get(accountId)!.code, amounts }))
    .sort((a, b) => a.code.localeCompare(b.code));
  expect(report.rows.map((r) => ({ code: r.code, amounts: r.amounts })), `aged balances on ${asOf}`).toEqual(expectedRows);

  // invariant 8: limited accounts never show a forbidden available balance
  for (const code of LIMITED) {
    const account = byCode.get(code)!;
    const figures = await accountBalance(p, account);
    expect(figures.available >= 0n, `invariant 8: ${code} available ${figures.available} ≥ 0 (${account.limit})`).toBe(true);
  }

  // the model's own bookkeeping
  const dbTx = new Map(txs.map((t) => [t.id, t]));
  expect(txs.length, 'transactions in the model').toBe(model.txs.length);
  for (const m of model.txs) {
    const row = dbTx.get(m.id)!;
    expect({ status: row.status, gross: row.gross, outstanding: row.outstanding, reversalOfId: row.reversalOfId }, `model: ${m.label}`).toEqual({
      status: m.status,
      gross: m.gross,
      outstanding: m.outstanding,
      reversalOfId: m.reversalOf?.id ?? null,
    });
  }
  const modelSums = model.sums();
  for (const account of accounts) {
    const row = balance.get(account.id)!;
    expect(
      { postedDebits: row.postedDebits, postedCredits: row.postedCredits, pendingDebits: row.pendingDebits, pendingCredits: row.pendingCredits },
      `model: balance sums of ${account.code}`,
    ).toEqual(modelSums.get(account.code) ?? zero());
  }
  const allocKey = (a: { fromId: string; toId: string; amount: bigint; released: boolean }) => `${a.fromId}>${a.toId}:${a.amount}:${a.released}`;
  expect(allocations.map(allocKey).sort(), 'model: allocations').toEqual(model.allocations.map(allocKey).sort());
  expect(requests.map((r) => `${r.id}:${r.status}`).sort(), 'model: reversal requests').toEqual(model.requests.map((r) => `${r.id}:${r.status}`).sort());
  for (const m of model.txs) if (!m.reversalOf && m.outstanding !== null) {
    // the model's outstanding follows its own allocation list
    const closed = m.reversedBy !== null || m.status === 'VOIDED';
    const live = m.type === 'SR' ? model.liveFrom(m.id) : model.liveInto(m.id);
    expect(m.outstanding, `model self-check: ${m.label}`).toBe(closed ? 0n : m.gross - live);
  }
}

// ------------------------------------------------------------------ the runner

interface World {
  app: TestApp;
  bookId: string;
  actors: Record<Who, Actor>;
  model: Model;
  trace: string[];
}

class Refused extends Error {}

/** Runs `work`; with expected codes it must be refused with one of them and change nothing. */
async function attempt<T>(w: World, expected: Set<ErrorCode>, label: string, work: () => Promise<T>): Promise<T | undefined> {
  if (expected.size === 0) {
    try {
      const result = await work();
      w.trace.push(`${label} → ok`);
      return result;
    } catch (error) {
      w.trace.push(`${label} → UNEXPECTED ${error instanceof DomainError ? error.code : ''} ${(error as Error).message}`);
      throw new Refused(`expected success, got ${error instanceof DomainError ? error.code : 'a non-domain error'}: ${(error as Error).message}`);
    }
  }
  const before = await snapshot(w.app, w.bookId);
  let thrown: unknown = null;
  try {
    await work();
  } catch (error) {
    thrown = error;
  }
  const codes = [...expected].join('|');
  if (!(thrown instanceof DomainError)) {
    w.trace.push(`${label} → expected ${codes}, got ${thrown ? (thrown as Error).message : 'success'}`);
    throw new Refused(`expected ${codes}, got ${thrown ? `${(thrown as Error).name}: ${(thrown as Error).message}` : 'success'}`);
  }
  w.trace.push(`${label} → ${thrown.code}`);
  if (!expected.has(thrown.code)) throw new Refused(`expected ${codes}, got ${thrown.code}: ${thrown.message}`);
  expect(await snapshot(w.app, w.bookId), 'a refused command changes nothing').toBe(before);
  return undefined;
}

function entriesFor(type: MTx['type'], account: string, gross: bigint, net: bigint, tax: bigint): [string, Side, bigint][] {
  switch (type) {
    case 'SI':
      return [[account, 'DEBIT', gross], ['1100', 'DEBIT', gross], ['4000', 'CREDIT', net], ['2200', 'CREDIT', tax]];
    case 'SR':
      return [[account, 'CREDIT', gross], ['BANK1', 'DEBIT', gross], ['1100', 'CREDIT', gross], ['1200', 'DEBIT', gross]];
    case 'CR':
      return [['CLIENT1', 'CREDIT', gross], ['CLIENTBANK', 'DEBIT', gross]];
    case 'CP':
      return [['CLIENT1', 'DEBIT', gross], ['CLIENTBANK', 'CREDIT', gross]];
  }
}

interface ResolvedAlloc { transactionId: string; amount: string; target: MTx | null; label: string }

function resolveAllocations(w: World, from: { account: string; outstanding: bigint | null }, specs: AllocSpec[]): ResolvedAlloc[] {
  const m = w.model;
  const out: ResolvedAlloc[] = [];
  // exact and part amounts stay within what the receipt has left, so most allocations can succeed
  let remaining = from.outstanding ?? 0n;
  for (const spec of specs) {
    const account = from.account;
    const pools: Record<TargetPool, MTx[]> = {
      sameInvoice: (() => {
        const posted = m.originals('SI').filter((t) => t.account === account && t.status === 'POSTED');
        const open = posted.filter((t) => t.outstanding! > 0n);
        return open.length ? open : posted;
      })(),
      otherInvoice: m.originals('SI').filter((t) => t.account !== account),
      receipt: m.originals('SR'),
      pendingInvoice: m.originals('SI').filter((t) => t.status !== 'POSTED'),
      reversal: m.txs.filter((t) => t.reversalOf),
      client: m.originals().filter((t) => t.type === 'CR' || t.type === 'CP'),
      missing: [],
    };
    const target = pickFrom(pools[spec.pool], spec.pick) ?? null;
    if (spec.pool !== 'missing' && !target) continue;
    const open = target?.outstanding ?? 0n;
    const base = spec.mode === 'over' || open < remaining ? open : remaining;
    const amount =
      spec.mode === 'literal' || base <= 0n
        ? spec.literal
        : fmt(spec.mode === 'exact' ? base : spec.mode === 'over' ? base + 1n : 1n + (base * BigInt(spec.pick % 100)) / 100n);
    remaining -= minorOf(amount) ?? 0n;
    out.push({
      transactionId: target?.id ?? '01900000-0000-7000-8000-000000000000',
      amount,
      target,
      label: `${target?.label ?? 'missing'} ${amount}`,
    });
  }
  return out;
}

/** The codes an allocation may be refused with; empty when it must succeed. */
function allocationRefusals(w: World, from: MTx | null, fromUnposted: boolean, requests: ResolvedAlloc[]): Set<ErrorCode> {
  const codes = new Set<ErrorCode>();
  if (requests.length === 0) return new Set(['BAD_USER_INPUT']);
  if (new Set(requests.map((r) => r.transactionId)).size !== requests.length) codes.add('BAD_USER_INPUT');
  if (from && from.type !== 'SR') codes.add('BAD_USER_INPUT');
  if (fromUnposted || (from && (from.status !== 'POSTED' || from.reversalOf))) codes.add('INVALID_STATE');
  let total = 0n;
  for (const r of requests) {
    const amount = minorOf(r.amount);
    if (amount === null) codes.add('BAD_USER_INPUT');
    const to = r.target;
    if (!to) {
      codes.add('NOT_FOUND');
      continue;
    }
    if (from && to.account !== from.account) codes.add('BAD_USER_INPUT');
    if (to.status !== 'POSTED' || to.outstanding === null || to.reversalOf || to.type === 'SR') codes.add('BAD_USER_INPUT');
    if (amount !== null && to.outstanding !== null && amount > to.outstanding) codes.add('OVER_ALLOCATION');
    total += amount ?? 0n;
  }
  if (from && total > (from.outstanding ?? 0n)) codes.add('OVER_ALLOCATION');
  return codes;
}

function applyAllocations(w: World, from: MTx, requests: ResolvedAlloc[]) {
  for (const r of requests) {
    const amount = minorOf(r.amount)!;
    w.model.allocations.push({ fromId: from.id, toId: r.target!.id, amount, released: false });
    r.target!.outstanding! -= amount;
    from.outstanding! -= amount;
  }
}

/** The model's side of a posted reversal: mirrored entries, allocations released, nothing left open. */
function applyReversal(w: World, original: MTx, reversal: { id: string; number: string; date: string }) {
  const mirror: MTx = {
    id: reversal.id,
    label: `${reversal.number} (reversal of ${original.label})`,
    type: original.type,
    account: original.account,
    date: reversal.date,
    gross: original.gross,
    status: 'POSTED',
    outstanding: null,
    entries: original.entries.map(([c, s, a]) => [c, flip(s), a]),
    reversalOf: original,
    reversedBy: null,
    awaiting: null,
  };
  w.model.txs.push(mirror);
  original.reversedBy = mirror;
  for (const a of w.model.allocations) {
    if (a.released || (a.fromId !== original.id && a.toId !== original.id)) continue;
    a.released = true;
    const other = w.model.txs.find((t) => t.id === (a.fromId === original.id ? a.toId : a.fromId))!;
    other.outstanding! += a.amount;
  }
  if (original.outstanding !== null) original.outstanding = 0n;
}

/** Nothing in the model for the command to act on (yet): it is traced and counted, not run. */
function skipped(w: World, cmd: Cmd): void {
  w.trace.push(`${cmd.t} → skipped (nothing to act on)`);
}

async function run(w: World, cmd: Cmd): Promise<void> {
  const { app, bookId, actors, model } = w;
  const db = app.db;
  const admin = actors.admin;
  switch (cmd.t) {
    case 'invoice': {
      const nets = cmd.lines.map((l) => minorOf(l.net));
      const invalid = nets.some((n) => n === null);
      const net = nets.reduce<bigint>((s, n) => s + (n ?? 0n), 0n);
      const tax = cmd.lines.reduce((s, l, i) => s + (l.tax === 'S' && nets[i] ? vat(nets[i]!) : 0n), 0n);
      const date = dateOf(cmd.day);
      const created = await attempt(
        w,
        new Set(invalid ? ['BAD_USER_INPUT'] : []),
        `SI ${cmd.customer} ${cmd.lines.map((l) => `${l.net}/${l.tax}`).join('+')}${cmd.pending ? ' pending' : ''} ${date}`,
        () =>
          createTransaction(db, admin, {
            bookId,
            typeCode: 'SI',
            accountCode: cmd.customer,
            date,
            dueDate: cmd.due === null ? null : dueOf(cmd.due),
            pending: cmd.pending,
            lines: cmd.lines.map((l) => ({ net: l.net, taxCode: l.tax })),
          }),
      );
      if (!created) return;
      model.txs.push({
        id: created.id,
        label: `${created.number} ${cmd.customer}`,
        type: 'SI',
        account: cmd.customer,
        date,
        gross: net + tax,
        status: cmd.pending ? 'PENDING' : 'POSTED',
        outstanding: net + tax,
        entries: entriesFor('SI', cmd.customer, net + tax, net, tax),
        reversalOf: null,
        reversedBy: null,
        awaiting: null,
      });
      return;
    }
    case 'receipt': {
      const gross = minorOf(cmd.amount);
      const date = dateOf(cmd.day);
      const requests = cmd.allocations.length ? resolveAllocations(w, { account: cmd.customer, outstanding: minorOf(cmd.amount) }, cmd.allocations) : [];
      const codes = gross === null ? new Set<ErrorCode>(['BAD_USER_INPUT']) : new Set<ErrorCode>();
      if (requests.length) {
        const pretend = { account: cmd.customer, type: 'SR', status: cmd.pending ? 'PENDING' : 'POSTED', outstanding: gross ?? 0n, reversalOf: null } as unknown as MTx;
        for (const c of allocationRefusals(w, pretend, cmd.pending, requests)) codes.add(c);
      }
      const created = await attempt(
        w,
        codes,
        `SR ${cmd.customer} ${cmd.amount}${cmd.pending ? ' pending' : ''} ${date}${requests.length ? ` allocating [${requests.map((r) => r.label).join(', ')}]` : ''}`,
        () =>
          createTransaction(db, admin, {
            bookId,
            typeCode: 'SR',
            accountCode: cmd.customer,
            counterAccountCode: 'BANK1',
            date,
            amount: cmd.amount,
            pending: cmd.pending,
            allocations: requests.length ? requests.map(({ transactionId, amount }) => ({ transactionId, amount })) : null,
          }),
      );
      if (!created) return;
      const tx: MTx = {
        id: created.id,
        label: `${created.number} ${cmd.customer}`,
        type: 'SR',
        account: cmd.customer,
        date,
        gross: gross!,
        status: cmd.pending ? 'PENDING' : 'POSTED',
        outstanding: gross!,
        entries: entriesFor('SR', cmd.customer, gross!, gross!, 0n),
        reversalOf: null,
        reversedBy: null,
        awaiting: null,
      };
      model.txs.push(tx);
      applyAllocations(w, tx, requests);
      return;
    }
    case 'client': {
      const gross = minorOf(cmd.amount);
      const date = dateOf(cmd.day);
      const entries = gross === null ? [] : entriesFor(cmd.type, 'CLIENT1', gross, gross, 0n);
      const as = cmd.pending ? 'PENDING' : 'POSTED';
      const codes = new Set<ErrorCode>(
        gross === null ? ['BAD_USER_INPUT'] : model.breaksLimit(entries.map(([code, side, amount]) => ({ code, side, amount, as, sign: 1n }))) ? ['LIMIT_EXCEEDED'] : [],
      );
      const created = await attempt(w, codes, `${cmd.type} CLIENT1 ${cmd.amount}${cmd.pending ? ' pending' : ''} ${date}`, () =>
        createTransaction(db, admin, {
          bookId,
          typeCode: cmd.type,
          accountCode: 'CLIENT1',
          counterAccountCode: 'CLIENTBANK',
          date,
          amount: cmd.amount,
          pending: cmd.pending,
        }),
      );
      if (!created) return;
      model.txs.push({
        id: created.id,
        label: `${created.number} CLIENT1`,
        type: cmd.type,
        account: 'CLIENT1',
        date,
        gross: gross!,
        status: as,
        // the client ledger keeps open items too
        outstanding: gross!,
        entries,
        reversalOf: null,
        reversedBy: null,
        awaiting: null,
      });
      return;
    }
    case 'post':
    case 'void': {
      const pool = cmd.pool === 'pending' ? model.txs.filter((t) => t.status === 'PENDING') : model.txs;
      const tx = pickFrom(pool, cmd.pick);
      if (!tx) return skipped(w, cmd);
      const codes = new Set<ErrorCode>();
      if (tx.status !== 'PENDING') codes.add('INVALID_STATE');
      else if (cmd.t === 'post') {
        const moves = tx.entries.flatMap(([code, side, amount]) => [
          { code, side, amount, as: 'PENDING' as const, sign: -1n as const },
          { code, side, amount, as: 'POSTED' as const, sign: 1n as const },
        ]);
        if (model.breaksLimit(moves)) codes.add('LIMIT_EXCEEDED');
      }
      const done = await attempt(w, codes, `${cmd.t} ${tx.label} (${tx.status})`, () =>
        (cmd.t === 'post' ? postTransaction : voidTransaction)(db, admin, tx.id),
      );
      if (!done) return;
      tx.status = cmd.t === 'post' ? 'POSTED' : 'VOIDED';
      if (cmd.t === 'void' && tx.outstanding !== null) tx.outstanding = 0n;
      return;
    }
    case 'allocate': {
      // 'receipt': a posted receipt with money left to allocate; 'any': whatever, often refused
      const open = model.originals('SR').filter((t) => t.status === 'POSTED' && t.outstanding! > 0n);
      const withInvoices = open.filter((r) => model.originals('SI').some((i) => i.account === r.account && i.status === 'POSTED' && i.outstanding! > 0n));
      const pool = cmd.from === 'receipt' ? (withInvoices.length ? withInvoices : open) : model.txs;
      const from = pickFrom(pool, cmd.pick);
      if (!from) return skipped(w, cmd);
      const requests = resolveAllocations(w, from, cmd.allocations);
      if (!requests.length) return skipped(w, cmd);
      const codes = allocationRefusals(w, from, false, requests);
      const done = await attempt(w, codes, `allocate ${from.label} (${from.status}, unallocated ${fmt(from.outstanding ?? 0n)}) → [${requests.map((r) => r.label).join(', ')}]`, () =>
        allocate(db, admin, { bookId, fromId: from.id, allocations: requests.map(({ transactionId, amount }) => ({ transactionId, amount })) }),
      );
      if (done) applyAllocations(w, from, requests);
      return;
    }
    case 'reverse': {
      const pools = {
        invoice: model.originals('SI'),
        receipt: model.originals('SR'),
        client: model.originals().filter((t) => t.type === 'CR' || t.type === 'CP'),
        reversed: model.txs.filter((t) => t.reversedBy || t.awaiting),
        any: model.txs,
      };
      const tx = pickFrom(pools[cmd.pool], cmd.pick);
      if (!tx) return skipped(w, cmd);
      const date = dateOf(cmd.day);
      const codes = new Set<ErrorCode>();
      if (cmd.blank) codes.add('BAD_USER_INPUT');
      if (tx.reversalOf || tx.status !== 'POSTED') codes.add('INVALID_STATE');
      else if (tx.reversedBy || tx.awaiting) codes.add('ALREADY_REVERSED');
      const immediate = !NEEDS_APPROVAL.has(tx.type);
      if (codes.size === 0 && immediate && model.breaksLimit(tx.entries.map(([code, side, amount]) => ({ code, side: flip(side), amount, as: 'POSTED', sign: 1n })))) {
        codes.add('LIMIT_EXCEEDED');
      }
      const request = await attempt(w, codes, `reverse ${tx.label} (${tx.status}${tx.reversedBy ? ', reversed' : ''}${tx.awaiting ? ', awaiting' : ''}) by ${cmd.by} ${date}`, () =>
        requestReversal(db, actors[cmd.by], { transactionId: tx.id, reason: cmd.blank ? '  ' : 'property test', date }),
      );
      if (!request) return;
      expect(request.status).toBe(immediate ? 'APPROVED' : 'AWAITING_APPROVAL');
      const req: MReq = { id: request.id, tx, by: cmd.by, status: request.status as MReq['status'] };
      model.requests.push(req);
      if (immediate) {
        const reversal = await db.prisma.transaction.findUniqueOrThrow({ where: { id: request.reversalId! } });
        applyReversal(w, tx, reversal);
      } else tx.awaiting = req;
      return;
    }
    case 'decide': {
      const awaiting = model.requests.filter((r) => r.status === 'AWAITING_APPROVAL');
      // mostly requests still awaiting; sometimes one already decided
      const req = cmd.pick % 5 === 4 ? pickFrom(model.requests, cmd.pick) : pickFrom(awaiting, cmd.pick) ?? pickFrom(model.requests, cmd.pick);
      if (!req) return skipped(w, cmd);
      const codes = new Set<ErrorCode>();
      if (cmd.decision === 'reject' && cmd.blank) codes.add('BAD_USER_INPUT');
      else if (req.by === cmd.by) codes.add('SELF_APPROVAL');
      else if (req.status !== 'AWAITING_APPROVAL') codes.add('INVALID_STATE');
      else if (
        cmd.decision === 'approve' &&
        model.breaksLimit(req.tx.entries.map(([code, side, amount]) => ({ code, side: flip(side), amount, as: 'POSTED', sign: 1n })))
      ) {
        codes.add('LIMIT_EXCEEDED');
      }
      const decided = await attempt(w, codes, `${cmd.decision} reversal of ${req.tx.label} (${req.status}, asked by ${req.by}) by ${cmd.by}`, () =>
        cmd.decision === 'approve'
          ? approveReversal(db, actors[cmd.by], req.id)
          : rejectReversal(db, actors[cmd.by], req.id, cmd.blank ? ' ' : 'not needed'),
      );
      if (!decided) return;
      req.status = cmd.decision === 'approve' ? 'APPROVED' : 'REJECTED';
      req.tx.awaiting = null;
      if (cmd.decision === 'approve') {
        const reversal = await db.prisma.transaction.findUniqueOrThrow({ where: { id: decided.reversalId! } });
        applyReversal(w, req.tx, reversal);
      }
      return;
    }
  }
}

// ------------------------------------------------------------------ the properties

const RUNS: Record<string, { numRuns: number; maxCommands: number }> = {
  sqlite: { numRuns: Number(process.env.LIFECYCLE_PROPS_RUNS ?? 10), maxCommands: 20 },
  postgres: { numRuns: Number(process.env.LIFECYCLE_PROPS_PG_RUNS ?? 5), maxCommands: 15 },
};

describe.each(databaseKinds())('lifecycle properties on %s', (kind) => {
  let app: TestApp;
  let admin: Actor;
  let approver: Actor;
  let books = 0;

  beforeAll(async () => {
    app = await createTestApp(kind);
    const user = await app.db.prisma.user.findFirstOrThrow({ where: { isSystemAdmin: true } });
    admin = { userId: user.id, name: user.name, isSystemAdmin: true };
    const second = await createUser(app.db.prisma, admin, { name: 'Ava the approver' });
    approver = { userId: second.id, name: second.name, isSystemAdmin: false };
  });
  afterAll(() => app?.close());

  async function freshBook(): Promise<string> {
    const prisma = app.db.prisma;
    const book = await createBook(prisma, admin, { name: `Props ${++books}`, baseCurrency: 'GBP' }, bookTemplates.STANDARD);
    const bookId = book.id;
    for (const [ledgerCode, code, type] of [
      ['SL', 'ACME', 'CUSTOMER'],
      ['SL', 'GLOBEX', 'CUSTOMER'],
      ['PL', 'INITECH', 'SUPPLIER'],
      ['CL', 'CLIENT1', 'CLIENT'],
    ] as const) {
      await createAccount(prisma, admin, { bookId, ledgerCode, code, name: code, type });
    }
    await setMembership(prisma, admin, { bookId, userId: approver.userId, role: 'APPROVER' });
    return bookId;
  }

  it('keeps invariants 1-6 and 8 and the model after every command; refusals change nothing', async () => {
    const { numRuns, maxCommands } = RUNS[kind]!;
    let commandsRun = 0;
    const tally = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: Math.ceil(maxCommands / 2), maxLength: maxCommands, size: "max" }), fc.integer(), async (commands, probeSeed) => {
        const bookId = await freshBook();
        const w: World = { app, bookId, actors: { admin, approver }, model: new Model(), trace: [] };
        const rand = lcg(probeSeed);
        try {
          for (const [i, cmd] of commands.entries()) {
            const before = w.trace.length;
            await run(w, cmd);
            if (w.trace.length > before) {
              const line = w.trace[w.trace.length - 1]!;
              const outcome = `${cmd.t} → ${line.slice(line.lastIndexOf('→ ') + 2).split(' ')[0]}`;
              tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
              w.trace[w.trace.length - 1] = `#${i} ${line}`;
            }
            await checkInvariants(app, bookId, w.model, rand, admin);
            commandsRun++;
          }
          // the migration's backfill derives, from the allocations and reversals alone, the movements the services wrote
          const { backfilled, written } = await backfilledAndWritten(app.db, bookId);
          expect(backfilled, 'open item movements: the migration backfill = what the services wrote').toEqual(written);
          if (process.env.LIFECYCLE_PROPS_TRACE) console.log(w.trace.join('\n'));
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          throw new Error(`${message}\n--- commands run (book ${bookId}):\n${w.trace.join('\n')}`, { cause: error });
        }
      }),
      {
        numRuns,
        // each run is a fresh book on a real database: report the first failure with its trace, unshrunk,
        // unless LIFECYCLE_PROPS_SHRINK asks for a minimal counterexample
        endOnFailure: !process.env.LIFECYCLE_PROPS_SHRINK,
        ...(process.env.LIFECYCLE_PROPS_SEED ? { seed: Number(process.env.LIFECYCLE_PROPS_SEED) } : {}),
      },
    );
    expect(commandsRun).toBeGreaterThan(0);
    if (process.env.LIFECYCLE_PROPS_STATS) {
      console.log(`${kind}: ${commandsRun} commands\n${[...tally].sort().map(([k, n]) => `  ${k}: ${n}`).join('\n')}`);
    }
  }, 300_000);
});
