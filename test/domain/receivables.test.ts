// Receivables maths: weighted average days to pay, the late payers' order, the forecast's weeks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, averageDaysTenthsOf, averageDaysToPayTenths, latePayers, receivablesForecast, settlementTotals, windowStart } from '../../src/domain/receivables.ts';

describe('average days to pay', () => {
  it('weights each settlement by its amount', () => {
    // 100.00 after 10 days and 300.00 after 30 days: (1000 + 9000) / 400 = 25.0 days
    expect(
      averageDaysToPayTenths([
        { invoiceDate: '2026-01-01', settledOn: '2026-01-11', amount: 10000n },
        { invoiceDate: '2026-01-01', settledOn: '2026-01-31', amount: 30000n },
      ]),
    ).toBe(250n);
  });

  it('rounds to a tenth of a day half-even', () => {
    // (1 × 0 + 3 × 1) / 4 = 0.75 days → 7.5 tenths → 8 (half-even)
    expect(averageDaysToPayTenths([
      { invoiceDate: '2026-01-01', settledOn: '2026-01-01', amount: 1n },
      { invoiceDate: '2026-01-01', settledOn: '2026-01-02', amount: 3n },
    ])).toBe(8n);
    // 0.25 days → 2.5 tenths → 2 (half-even)
    expect(averageDaysToPayTenths([
      { invoiceDate: '2026-01-01', settledOn: '2026-01-01', amount: 3n },
      { invoiceDate: '2026-01-01', settledOn: '2026-01-02', amount: 1n },
    ])).toBe(2n);
  });

  it('counts a settlement before its invoice as 0 days, and nothing settled as null', () => {
    expect(averageDaysToPayTenths([{ invoiceDate: '2026-02-01', settledOn: '2026-01-20', amount: 500n }])).toBe(0n);
    expect(averageDaysToPayTenths([])).toBeNull();
  });

  it('lies between the fastest and the slowest settlement (property)', () => {
    const settlement = fc.record({ days: fc.integer({ min: 0, max: 400 }), amount: fc.bigInt({ min: 1n, max: 10n ** 12n }) });
    fc.assert(
      fc.property(fc.array(settlement, { minLength: 1, maxLength: 20 }), (list) => {
        const tenths = averageDaysToPayTenths(list.map((s) => ({ invoiceDate: '2025-01-01', settledOn: addDays('2025-01-01', s.days), amount: s.amount })))!;
        const days = list.map((s) => BigInt(s.days * 10));
        expect(tenths >= days.reduce((a, b) => (a < b ? a : b))).toBe(true);
        expect(tenths <= days.reduce((a, b) => (a > b ? a : b))).toBe(true);
      }),
    );
  });
});

describe('late payers', () => {
  const accounts = ['A', 'B', 'C', 'D'].map((code) => ({ accountId: `id-${code}`, code }));
  it('sorts by overdue, then by average days (no settlement last), then by code', () => {
    const rows = latePayers(
      '2026-03-31',
      accounts,
      [
        { accountId: 'id-A', dueOn: '2026-03-01', outstanding: 5000n },
        { accountId: 'id-A', dueOn: '2026-04-15', outstanding: 9999n }, // not yet due
        { accountId: 'id-B', dueOn: '2026-03-30', outstanding: 5000n },
        { accountId: 'id-C', dueOn: '2026-03-31', outstanding: 7000n }, // due today: not overdue
      ],
      settlementTotals([
        { accountId: 'id-B', invoiceDate: '2026-01-01', settledOn: '2026-02-15', amount: 100n },
        { accountId: 'id-C', invoiceDate: '2026-01-01', settledOn: '2026-01-05', amount: 100n },
        { accountId: 'id-D', invoiceDate: '2026-01-01', settledOn: '2026-03-02', amount: 100n },
      ]),
    );
    expect(rows.map((r) => [r.code, r.overdue, r.averageDaysTenths])).toEqual([
      ['B', 5000n, 450n],
      ['A', 5000n, null],
      ['D', 0n, 600n],
      ['C', 0n, 40n],
    ]);
    expect(rows[1]!.overdueItems).toBe(1);
  });

  it('sums settlements per customer to the same average as the settlements one by one (property)', () => {
    const settlement = fc.record({
      account: fc.constantFrom('id-A', 'id-B', 'id-C'),
      invoiceDay: fc.integer({ min: 0, max: 400 }),
      lag: fc.integer({ min: -30, max: 400 }),
      amount: fc.bigInt({ min: 1n, max: 10n ** 15n }),
    });
    fc.assert(
      fc.property(fc.array(settlement, { maxLength: 40 }), (list) => {
        const settled = list.map((x) => ({ accountId: x.account, invoiceDate: addDays('2025-01-01', x.invoiceDay), settledOn: addDays('2025-01-01', x.invoiceDay + x.lag), amount: x.amount }));
        for (const t of settlementTotals(settled)) {
          const own = settled.filter((x) => x.accountId === t.accountId);
          expect(averageDaysTenthsOf(t.weightedDays, t.amount)).toBe(averageDaysToPayTenths(own));
          expect(t.settlements).toBe(own.length);
        }
      }),
    );
  });

  it('counts the invoices a summed row stands for', () => {
    const rows = latePayers('2026-03-31', accounts, [{ accountId: 'id-A', dueOn: '2026-03-01', outstanding: 5000n, items: 3 }], []);
    expect(rows.map((r) => [r.code, r.overdue, r.overdueItems])).toEqual([['A', 5000n, 3]]);
    expect(receivablesForecast('2026-04-01', 1, [{ dueOn: '2026-04-02', outstanding: 10n, items: 4 }]).weeks[0]!.items).toBe(4);
  });

  it('windows end on asOf and include it', () => {
    expect(windowStart('2026-03-31', 1)).toBe('2026-03-31');
    expect(windowStart('2026-03-31', 90)).toBe('2026-01-01');
  });
});

describe('receivables forecast', () => {
  it('puts each open item into overdue, one week, or later; the buckets add up to the total', () => {
    const forecast = receivablesForecast('2026-04-01', 2, [
      { dueOn: '2026-03-31', outstanding: 100n },
      { dueOn: '2026-04-01', outstanding: 200n },
      { dueOn: '2026-04-07', outstanding: 300n },
      { dueOn: '2026-04-08', outstanding: 400n },
      { dueOn: '2026-04-14', outstanding: 500n },
      { dueOn: '2026-04-15', outstanding: 600n },
      { dueOn: '2026-04-02', outstanding: 0n },
    ]);
    expect(forecast.overdue).toEqual({ start: '', end: '2026-03-31', amount: 100n, items: 1 });
    expect(forecast.weeks).toEqual([
      { start: '2026-04-01', end: '2026-04-07', amount: 500n, items: 2 },
      { start: '2026-04-08', end: '2026-04-14', amount: 900n, items: 2 },
    ]);
    expect(forecast.later).toEqual({ start: '2026-04-15', end: '', amount: 600n, items: 1 });
    expect(forecast.total).toBe(2100n);
  });

  it('loses nothing and counts nothing twice (property)', () => {
    const item = fc.record({ days: fc.integer({ min: -60, max: 200 }), outstanding: fc.bigInt({ min: 0n, max: 10n ** 9n }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), fc.integer({ min: 1, max: 20 }), (items, weeks) => {
        const f = receivablesForecast('2026-01-01', weeks, items.map((i) => ({ dueOn: addDays('2026-01-01', i.days), outstanding: i.outstanding })));
        const sum = [f.overdue, ...f.weeks, f.later].reduce((a, w) => a + w.amount, 0n);
        expect(sum).toBe(f.total);
        expect(f.total).toBe(items.reduce((a, i) => a + i.outstanding, 0n));
      }),
    );
  });
});
