// A year's periods by basis: months, quarters or the year, from a month's first day.
import { describe, expect, it } from 'vitest';
import { periodsByBasis } from '../../src/domain/periods.ts';

describe('periodsByBasis', () => {
  it('makes 12 months of a calendar year, leap February included', () => {
    const months = periodsByBasis('2028-01-01', 'MONTHLY');
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ name: 'January 2028', start: '2028-01-01', end: '2028-01-31' });
    expect(months[1]).toEqual({ name: 'February 2028', start: '2028-02-01', end: '2028-02-29' });
    expect(months[11]).toEqual({ name: 'December 2028', start: '2028-12-01', end: '2028-12-31' });
  });

  it('makes 4 quarters and one year of a year starting in April, across the new year', () => {
    expect(periodsByBasis('2026-04-01', 'QUARTERLY')).toEqual([
      { name: 'April–June 2026', start: '2026-04-01', end: '2026-06-30' },
      { name: 'July–September 2026', start: '2026-07-01', end: '2026-09-30' },
      { name: 'October–December 2026', start: '2026-10-01', end: '2026-12-31' },
      { name: 'January–March 2027', start: '2027-01-01', end: '2027-03-31' },
    ]);
    expect(periodsByBasis('2026-04-01', 'YEARLY')).toEqual([{ name: 'April 2026–March 2027', start: '2026-04-01', end: '2027-03-31' }]);
    expect(periodsByBasis('2026-11-01', 'QUARTERLY')[0]).toEqual({ name: 'November 2026–January 2027', start: '2026-11-01', end: '2027-01-31' });
  });

  it('refuses a year that does not start on the first of a month', () => {
    expect(() => periodsByBasis('2026-04-06', 'MONTHLY')).toThrow(/first day of a month/);
  });
});
