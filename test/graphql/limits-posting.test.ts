// Posting inputs cannot stall the server or overflow a 64-bit sum (issue 11, model.md
// invariant 11): amounts have an upper bound, transactions a bound on lines, and an account
// whose kept totals would pass 64 bits refuses the posting before anything is written.
import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT, MAX_SUM, formatAmount } from '../../src/domain/money.ts';
import { databaseKinds, errorCode } from '../support/app.ts';
import { AccountBalance, Post, useStandardBook } from '../support/books.ts';
import { checkInvariants, footprint as rowsOf } from '../support/invariants.ts';

describe.each(databaseKinds())('posting limits on %s', (kind) => {
  const book = useStandardBook(kind);
  const footprint = () => rowsOf(book.app.db.prisma, book.bookId);
  const invoice = (lines: { net: string; taxCode?: string }[], extra: Record<string, unknown> = {}) =>
    book.app.request(Post, {
      input: { bookId: book.bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-01-15', lines, ...extra },
    });

  it('refuses the 92,233,720,368,547,758.00 invoice with BAD_USER_INPUT naming the largest amount, writing nothing', async () => {
    const before = await footprint();
    const result = await invoice([{ net: '92233720368547758.00', taxCode: 'S' }]);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/lines\[0\]\.net is larger than the largest amount one input may carry, 10000000000000\.00/);
    expect(result.errors?.[0]?.extensions).toMatchObject({ field: 'lines[0].net', max: '10000000000000.00' });
    expect(await footprint()).toEqual(before);
  });

  it('parses "1." + 200,000 zeros + "1" in no time: refused for its length', async () => {
    const started = performance.now();
    const result = await invoice([{ net: `1.${'0'.repeat(200_000)}1`, taxCode: 'S' }]);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/200003 characters long; a decimal number has at most 64/);
  });

  it('refuses 1,001 lines with PAYLOAD_TOO_LARGE before reading any account, and 100,000 lines at the body limit', async () => {
    const before = await footprint();
    for (const count of [1_001, 20_000]) {
      const started = performance.now();
      const result = await invoice(Array.from({ length: count }, () => ({ net: '1.00', taxCode: 'S' })));
      expect(errorCode(result), String(count)).toBe('PAYLOAD_TOO_LARGE');
      expect(result.errors?.[0]?.message).toMatch(new RegExp(`lines has ${count} items; a transaction takes at most 1,000`));
      expect(result.errors?.[0]?.extensions).toMatchObject({ field: 'lines', limit: 1000 });
      expect(performance.now() - started, String(count)).toBeLessThan(5_000);
    }
    const huge = await invoice(Array.from({ length: 100_000 }, () => ({ net: '1.00', taxCode: 'S' })));
    expect(errorCode(huge)).toBe('PAYLOAD_TOO_LARGE');
    expect(huge.errors?.[0]?.message).toMatch(/request body is larger than 1048576 bytes/);
    expect(await footprint()).toEqual(before);
  });
});

// ten postings of 1,000 lines each take about 40 s: once, on SQLite. The check is one pure
// function (domain/balances.ts, checkSumsFit) that refuses before the first write on both.
describe('kept totals (invariant 11) on sqlite', () => {
  const book = useStandardBook('sqlite');
  const footprint = () => rowsOf(book.app.db.prisma, book.bookId);
  const invoice = (lines: { net: string; taxCode?: string }[]) =>
    book.app.request(Post, { input: { bookId: book.bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-01-15', lines } });

  it('posts up to the bounds, then refuses the posting that would take a kept total past 64 bits (LIMIT_EXCEEDED), writing nothing', async () => {
    const largest = formatAmount(MAX_AMOUNT, 2);
    const full = Array.from({ length: 1_000 }, () => ({ net: largest, taxCode: 'Z' }));
    // each invoice debits ACME with 1,000 × MAX_AMOUNT = 10^18 minor units: nine fit below 2^63 − 1
    const perInvoice = 1_000n * MAX_AMOUNT;
    const fit = Number(MAX_SUM / perInvoice);
    expect(fit).toBe(9);
    for (let i = 0; i < fit; i++) {
      const result = await invoice(full);
      expect(result.errors, `invoice ${i + 1}`).toBeUndefined();
    }
    const acme = async () => (await book.app.ok(AccountBalance, { bookId: book.bookId, code: 'ACME' })).book!.account!.balance;
    expect((await acme()).postedDebits).toBe(formatAmount(perInvoice * 9n, 2));

    const before = await footprint();
    const balanceBefore = await acme();
    const overflow = await invoice(full);
    expect(errorCode(overflow)).toBe('LIMIT_EXCEEDED');
    expect(overflow.errors?.[0]?.message).toMatch(/account "(ACME|1100|4000)" cannot take this transaction: its posted (debits|credits) would exceed 92233720368547758\.07/);
    // a small posting still fits; nothing of the refused one was written
    expect(await footprint()).toEqual(before);
    expect(await acme()).toEqual(balanceBefore);
    const small = await invoice([{ net: '1.00', taxCode: 'Z' }]);
    expect(small.errors).toBeUndefined();
    await checkInvariants(book.app.db.prisma, book.bookId);
  });
});
