// Aging maths: buckets by days past due, and outstanding on a past date from allocations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocationCountsOn,
  allocationMovements,
  bucketByThresholds,
  bucketIndex,
  bucketThresholds,
  daysBetween,
  outstandingOn,
  outstandingOnFromNow,
  releaseDate,
  type AllocationAsOf,
} from '../../src/domain/aging.ts';

describe('buckets', () => {
  it('puts items by days past due into current, 1-30, 31-60, 61-90, 90+', () => {
    expect([-5, 0, 1, 30, 31, 60, 61, 90, 91, 400].map(bucketIndex)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('counts whole days across month ends, leap days and clock changes', () => {
    expect(daysBetween('2026-01-31', '2026-03-01')).toBe(29);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-01-31')).toBe(-29);
  });
});

describe('bucket thresholds (what the database compares due dates with)', () => {
  const day = fc.integer({ min: 0, max: 2000 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  it('place every due date in the same bucket as counting its days past due (property)', () => {
    fc.assert(
      fc.property(day, day, (due, asOf) => {
        expect(bucketByThresholds(due, bucketThresholds(asOf))).toBe(bucketIndex(daysBetween(due, asOf)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('outstanding on a date', () => {
  it('ignores allocations made after the date, and those released by a reversal dated on or before it', () => {
    const allocations: AllocationAsOf[] = [
      { amount: 3000n, date: '2026-01-10', releasedOn: null },
      { amount: 2000n, date: '2026-02-10', releasedOn: null },
      { amount: 1000n, date: '2026-01-05', releasedOn: '2026-01-20' },
    ];
    expect(outstandingOn(12000n, allocations, '2026-01-04')).toBe(12000n);
    expect(outstandingOn(12000n, allocations, '2026-01-05')).toBe(11000n);
    expect(outstandingOn(12000n, allocations, '2026-01-19')).toBe(8000n);
    expect(outstandingOn(12000n, allocations, '2026-01-20')).toBe(9000n);
    expect(outstandingOn(12000n, allocations, '2026-02-10')).toBe(7000n);
    expect(allocationCountsOn(allocations[2]!, '2026-01-20')).toBe(false);
  });

  const date = fc.integer({ min: 1, max: 28 }).map((d) => `2026-02-${String(d).padStart(2, '0')}`);
  const allocationArb = fc
    .record({ amount: fc.bigInt({ min: 1n, max: 10_000n }), date, released: fc.option(date, { nil: null }) })
    // a reversal may be dated before the allocation it releases
    .map(({ amount, date: d, released }): AllocationAsOf => ({ amount, date: d, releasedOn: released }));

  it('dates a release with its reversal, or with the allocation when that is later', () => {
    expect(releaseDate('2026-02-10', '2026-02-28')).toBe('2026-02-28');
    expect(releaseDate('2026-03-01', '2026-02-15')).toBe('2026-03-01');
    expect(allocationMovements([{ amount: 500n, date: '2026-03-01', releasedOn: '2026-02-15' }])).toEqual([
      { date: '2026-03-01', amount: -500n },
      { date: '2026-03-01', amount: 500n },
    ]);
  });

  it("today's outstanding less the movements dated after asOf equals gross less what counted then (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 100_000n }), fc.array(allocationArb, { maxLength: 8 }), date, (gross, allocations, asOf) => {
        const movements = allocationMovements(allocations);
        const now = gross + movements.reduce((s, m) => s + m.amount, 0n);
        expect(now).toBe(gross - allocations.filter((a) => a.releasedOn === null).reduce((s, a) => s + a.amount, 0n));
        expect(outstandingOnFromNow(now, movements, asOf)).toBe(outstandingOn(gross, allocations, asOf));
      }),
      { numRuns: 500 },
    );
  });
});
