// createPeriods: a year's periods in one mutation by basis; refused whole when one overlaps.
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { databaseKinds, errorCode } from '../support/app.ts';
import { member, useStandardBook } from '../support/books.ts';

const CreatePeriods = graphql(`
  mutation CreatePeriods($bookId: ID!, $yearStart: Date!, $basis: PeriodBasis!) {
    createPeriods(bookId: $bookId, yearStart: $yearStart, basis: $basis) { name start end status }
  }
`);
const Periods = graphql(`
  query PeriodsByBasis($bookId: ID!) { book(id: $bookId) { periods { name } } }
`);

describe.each(databaseKinds())('period basis on %s', (kind) => {
  const book = useStandardBook(kind, 'Period basis');

  it('creates a year of quarters in one mutation, and refuses an overlapping year whole', async () => {
    const { app, bookId } = book;
    const quarters = (await app.ok(CreatePeriods, { bookId, yearStart: '2026-04-01', basis: 'QUARTERLY' })).createPeriods;
    expect(quarters.map((p) => [p.name, p.start, p.end, p.status])).toEqual([
      ['April–June 2026', '2026-04-01', '2026-06-30', 'OPEN'],
      ['July–September 2026', '2026-07-01', '2026-09-30', 'OPEN'],
      ['October–December 2026', '2026-10-01', '2026-12-31', 'OPEN'],
      ['January–March 2027', '2027-01-01', '2027-03-31', 'OPEN'],
    ]);
    // months from January 2027 overlap the last quarter: nothing of them is written
    const overlap = await app.request(CreatePeriods, { bookId, yearStart: '2027-01-01', basis: 'MONTHLY' });
    expect(errorCode(overlap)).toBe('BAD_USER_INPUT');
    expect((await app.ok(Periods, { bookId })).book!.periods).toHaveLength(4);
    const months = (await app.ok(CreatePeriods, { bookId, yearStart: '2027-04-01', basis: 'MONTHLY' })).createPeriods;
    expect(months).toHaveLength(12);
    expect(months[11]).toMatchObject({ name: 'March 2028', start: '2028-03-01', end: '2028-03-31' });
  });

  it('is for admins only, and refuses a year that does not start on a month', async () => {
    const { app, bookId } = book;
    const editor = await member(app, bookId, 'Eve', 'EDITOR');
    expect(errorCode(await app.request(CreatePeriods, { bookId, yearStart: '2030-01-01', basis: 'YEARLY' }, editor))).toBe('FORBIDDEN');
    const odd = await app.request(CreatePeriods, { bookId, yearStart: '2030-01-15', basis: 'YEARLY' });
    expect(errorCode(odd)).toBe('BAD_USER_INPUT');
    expect(odd.errors![0]!.extensions!.field).toBe('yearStart');
  });
});
