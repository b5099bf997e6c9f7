// Aged balances (model.md "Allocation", invariant 6): how much of each open item was still
// outstanding on a date, and how late it was. Pure: reports run the same rules in SQL.

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
 * The day a released allocation stops counting: its reversal's date, or its own date if
 * that is later (an allocation released before its own date never counted).
 */
export function releaseDate(allocationDate: string, reversalDate: string): string {
  return allocationDate > reversalDate ? allocationDate : reversalDate;
}

/** A change to an item's outstanding amount on a business date (an OpenItemMovement). */
export interface OutstandingMovement {
  date: string;
  /** added to the outstanding amount: negative when an allocation settles the item */
  amount: bigint;
}

/** The movements an item's allocations make: each settles on its date, gives back on release. */
export function allocationMovements(allocations: readonly AllocationAsOf[]): OutstandingMovement[] {
  return allocations.flatMap((a) => [
    { date: a.date, amount: -a.amount },
    ...(a.releasedOn === null ? [] : [{ date: releaseDate(a.date, a.releasedOn), amount: a.amount }]),
  ]);
}

/**
 * Outstanding on `asOf` from today's figure: undo the movements dated after it. Aged
 * balances compute this in the database, so that they read only the items open now and
 * the recent movements, never the whole history.
 */
export function outstandingOnFromNow(outstandingNow: bigint, movements: readonly OutstandingMovement[], asOf: string): bigint {
  return movements.reduce((rest, m) => (m.date > asOf ? rest - m.amount : rest), outstandingNow);
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
