// Late payers and the receivables forecast, against hand-computed figures. Zero-rated lines
// (Z) so that gross = net; I6 is standard-rated (100.00 + 20.00 VAT).
//
//   I1 SI ACME   2026-01-05 due 02-04  100.00   R1 SR 2026-02-04 100.00 → I1 (30 days)
//   I2 SI ACME   2026-02-01 due 03-03  200.00   R2 SR 2026-03-23 150.00 → I2 (50 days)
//   I3 SI GLOBEX 2026-01-10 due 01-31  400.00   R3 SR 2026-01-20 400.00 → I3 (10 days)
//   I4 SI GLOBEX 2026-03-01 due 03-15   80.00   unpaid
//   I5 SI GLOBEX 2026-03-20 due 04-19   30.00   unpaid
//   I6 SI ACME   2026-03-25 due 04-01  120.00   unpaid
//   I7 SI ACME   2026-03-30 due 06-30   10.00   unpaid
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { databaseKinds, errorCode } from '../support/app.ts';
import { member, Post, useStandardBook } from '../support/books.ts';

const LatePayers = graphql(`
  query LatePayers($bookId: ID!, $asOf: Date!, $windowDays: Int, $first: Int) {
    book(id: $bookId) {
      latePayers(asOf: $asOf, windowDays: $windowDays, first: $first) {
        asOf windowDays windowStart currency rowCount
        rows { account { code } overdue overdueItems averageDaysToPay settled settlements }
      }
    }
  }
`);

const Forecast = graphql(`
  query ReceivablesForecast($bookId: ID!, $from: Date!, $weeks: Int) {
    book(id: $bookId) {
      receivablesForecast(from: $from, weeks: $weeks) {
        from currency total
        overdue { start end amount items }
        weeks { start end amount items }
        later { start end amount items }
      }
    }
  }
`);

describe.each(databaseKinds())('receivables insight on %s', (kind) => {
  const book = useStandardBook(kind, 'Receivables');
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const { app, bookId } = book;
    const post = async (name: string, input: Record<string, unknown>) => {
      ids[name] = (await app.ok(Post, { input: { bookId, ...input } as never })).createTransaction.id;
    };
    const invoice = (name: string, accountCode: string, date: string, dueDate: string, net: string, taxCode = 'Z') =>
      post(name, { typeCode: 'SI', accountCode, date, dueDate, lines: [{ net, taxCode }] });
    const receipt = (name: string, accountCode: string, date: string, amount: string, to: string) =>
      post(name, { typeCode: 'SR', accountCode, counterAccountCode: 'BANK1', date, amount, allocations: [{ transactionId: ids[to]!, amount }] });
    await invoice('I1', 'ACME', '2026-01-05', '2026-02-04', '100.00');
    await invoice('I2', 'ACME', '2026-02-01', '2026-03-03', '200.00');
    await invoice('I3', 'GLOBEX', '2026-01-10', '2026-01-31', '400.00');
    await invoice('I4', 'GLOBEX', '2026-03-01', '2026-03-15', '80.00');
    await invoice('I5', 'GLOBEX', '2026-03-20', '2026-04-19', '30.00');
    await invoice('I6', 'ACME', '2026-03-25', '2026-04-01', '100.00', 'S');
    await invoice('I7', 'ACME', '2026-03-30', '2026-06-30', '10.00');
    await receipt('R1', 'ACME', '2026-02-04', '100.00', 'I1');
    await receipt('R2', 'ACME', '2026-03-23', '150.00', 'I2');
    await receipt('R3', 'GLOBEX', '2026-01-20', '400.00', 'I3');
  });

  const late = async (asOf: string, windowDays?: number, token?: string) =>
    (await book.app.ok(LatePayers, { bookId: book.bookId, asOf, windowDays }, token)).book!.latePayers;

  it('ranks customers by overdue, with the amount-weighted average days to pay over the window', async () => {
    expect(await late('2026-03-31', 90)).toEqual({
      asOf: '2026-03-31', windowDays: 90, windowStart: '2026-01-01', currency: 'GBP', rowCount: 2,
      rows: [
        // I4 80.00 past due; R3 settled I3 after 10 days
        { account: { code: 'GLOBEX' }, overdue: '80.00', overdueItems: 1, averageDaysToPay: '10.0', settled: '400.00', settlements: 1 },
        // I2's 50.00 past due; (100.00 × 30 + 150.00 × 50) / 250.00 = 42.0 days
        { account: { code: 'ACME' }, overdue: '50.00', overdueItems: 1, averageDaysToPay: '42.0', settled: '250.00', settlements: 2 },
      ],
    });
  });

  it('takes the average over the window only', async () => {
    // 03-02 to 03-31: only R2 (150.00 after 50 days); GLOBEX settled nothing in it
    const report = await late('2026-03-31', 30);
    expect(report.windowStart).toBe('2026-03-02');
    expect(report.rows.map((r) => [r.account.code, r.averageDaysToPay, r.settled])).toEqual([
      ['GLOBEX', null, '0.00'],
      ['ACME', '50.0', '150.00'],
    ]);
  });

  it('reads the book as it stood on a past date', async () => {
    // 03-10: R2 had not come in, so all of I2 (200.00) was past due; I4 not yet due
    const report = await late('2026-03-10', 90);
    expect(report.rows.map((r) => [r.account.code, r.overdue, r.averageDaysToPay])).toEqual([
      ['ACME', '200.00', '30.0'],
      ['GLOBEX', '0.00', '10.0'],
    ]);
  });

  it('forecasts receipts by the week items fall due, overdue first; the buckets add up to the total', async () => {
    const forecast = (await book.app.ok(Forecast, { bookId: book.bookId, from: '2026-03-31', weeks: 4 })).book!.receivablesForecast;
    expect(forecast).toEqual({
      from: '2026-03-31', currency: 'GBP', total: '290.00',
      overdue: { start: null, end: '2026-03-30', amount: '130.00', items: 2 }, // I2 50.00 + I4 80.00
      weeks: [
        { start: '2026-03-31', end: '2026-04-06', amount: '120.00', items: 1 }, // I6
        { start: '2026-04-07', end: '2026-04-13', amount: '0.00', items: 0 },
        { start: '2026-04-14', end: '2026-04-20', amount: '30.00', items: 1 }, // I5
        { start: '2026-04-21', end: '2026-04-27', amount: '0.00', items: 0 },
      ],
      later: { start: '2026-04-28', end: null, amount: '10.00', items: 1 }, // I7
    });
  });

  it('forecasts from a past date with what was open then', async () => {
    const forecast = (await book.app.ok(Forecast, { bookId: book.bookId, from: '2026-03-10', weeks: 1 })).book!.receivablesForecast;
    // I2 200.00 overdue (R2 came later); I4 due 03-15 in week 1; I5-I7 not yet invoiced
    expect(forecast.overdue.amount).toBe('200.00');
    expect(forecast.weeks).toEqual([{ start: '2026-03-10', end: '2026-03-16', amount: '80.00', items: 1 }]);
    expect(forecast.total).toBe('280.00');
  });

  it('is open to whoever may read the book, and refuses a window out of range', async () => {
    const viewer = await member(book.app, book.bookId, 'Vic', 'VIEWER');
    expect((await late('2026-03-31', 90, viewer)).rows).toHaveLength(2);
    const refused = await book.app.request(LatePayers, { bookId: book.bookId, asOf: '2026-03-31', windowDays: 0 });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.message).toMatch(/windowDays 0/);
    const weeks = await book.app.request(Forecast, { bookId: book.bookId, from: '2026-03-31', weeks: 500 });
    expect(errorCode(weeks)).toBe('BAD_USER_INPUT');
  });
});
