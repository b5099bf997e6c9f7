// Aged balances (model.md "Allocation", invariant 6): how much of each open item was still
// outstanding on a date, and how late it was. Pure: the service loads items and allocations.

export const AGING_BUCKETS = ['current', '1-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (both "YYYY-MM-DD"); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Bucket index for days past due: not yet due (or due today) is current. */
export function bucketIndex(daysPastDue: number): number {
  if (daysPastDue <= 0) return 0;
  if (daysPastDue <= 30) return 1;
  if (daysPastDue <= 60) return 2;
  if (daysPastDue <= 90) return 3;
  return 4;
}

/** Days an item is past due on `asOf`; an item without a due date is due on its own date. */
export function daysPastDue(item: { date: string; dueDate: string | null }, asOf: string): number {
  return daysBetween(item.dueDate ?? item.date, asOf);
}

export interface AllocationAsOf {
  amount: bigint;
  /** the allocation's business date */
  date: string;
  /** the business date of the reversal that released it, null while it is live */
  releasedOn: string | null;
}

/**
 * Whether an allocation settled its items on `asOf`: made on or before it, and not
 * released by a reversal dated on or before it.
 */
export function allocationCountsOn(allocation: AllocationAsOf, asOf: string): boolean {
  if (allocation.date > asOf) return false;
  return allocation.releasedOn === null || allocation.releasedOn > asOf;
}

/** gross less the allocations that counted on `asOf` (invariant 6, historically). */
export function outstandingOn(gross: bigint, allocations: readonly AllocationAsOf[], asOf: string): bigint {
  return allocations.reduce((rest, a) => (allocationCountsOn(a, asOf) ? rest - a.amount : rest), gross);
}

/**
 * The same figure from today's outstanding (gross less live allocations), correcting only
 * for the allocations whose standing differs between now and `asOf`: live ones made after
 * it (add back) and released ones that still counted on it (take off). Reports use this
 * so that they read only recent allocations, not the whole history.
 */
export function outstandingOnFromNow(outstandingNow: bigint, allocations: readonly AllocationAsOf[], asOf: string): bigint {
  let rest = outstandingNow;
  for (const a of allocations) {
    const liveNow = a.releasedOn === null;
    const countedThen = allocationCountsOn(a, asOf);
    if (liveNow && !countedThen) rest += a.amount;
    if (!liveNow && countedThen) rest -= a.amount;
  }
  return rest;
}

/**
 * The due dates that start each bucket on `asOf`, newest first: an item due on or after
 * thresholds[0] is current, on or after thresholds[1] is 1-30 days past due, and so on;
 * earlier is 90+. Lets a database bucket items by comparing date strings.
 */
export function bucketThresholds(asOf: string): string[] {
  const base = Date.parse(`${asOf}T00:00:00Z`);
  return [0, 30, 60, 90].map((days) => new Date(base - days * DAY_MS).toISOString().slice(0, 10));
}

/** The bucket of a due date by the thresholds (same answer as bucketIndex(daysPastDue)). */
export function bucketByThresholds(due: string, thresholds: readonly string[]): number {
  const index = thresholds.findIndex((threshold) => due >= threshold);
  return index === -1 ? thresholds.length : index;
}

export interface OpenItem {
  accountId: string;
  date: string;
  dueDate: string | null;
  /** outstanding on asOf, signed by the account's normal side (unallocated credits < 0) */
  amount: bigint;
}

export interface AgedRow {
  accountId: string;
  amounts: bigint[];
  total: bigint;
}

export interface AgedBalances {
  rows: AgedRow[];
  totals: bigint[];
  total: bigint;
}

/** Sums open items into buckets per account (rows in first-seen order) and in total. */
export function ageOpenItems(items: Iterable<OpenItem>, asOf: string): AgedBalances {
  return sumBuckets([...items].map((item) => ({ accountId: item.accountId, bucket: bucketIndex(daysPastDue(item, asOf)), amount: item.amount })));
}

/** Sums amounts already placed in buckets (by the database) per account and in total. */
export function sumBuckets(groups: Iterable<{ accountId: string; bucket: number; amount: bigint }>): AgedBalances {
  const rows = new Map<string, AgedRow>();
  const totals = AGING_BUCKETS.map(() => 0n);
  for (const item of groups) {
    if (item.amount === 0n) continue;
    const bucket = item.bucket;
    let row = rows.get(item.accountId);
    if (!row) {
      row = { accountId: item.accountId, amounts: AGING_BUCKETS.map(() => 0n), total: 0n };
      rows.set(item.accountId, row);
    }
    row.amounts[bucket]! += item.amount;
    row.total += item.amount;
    totals[bucket]! += item.amount;
  }
  // amounts that cancel out within a bucket leave no row
  const nonZero = [...rows.values()].filter((row) => row.amounts.some((a) => a !== 0n));
  return { rows: nonZero, totals, total: totals.reduce((a, b) => a + b, 0n) };
}
