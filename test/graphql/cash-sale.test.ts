// The STANDARD template's cash sale (CS): the bank takes the gross, sales and VAT the rest,
// no customer and nothing left open. Figures by hand in the comments.
import { describe, expect, it } from 'vitest';
import { databaseKinds, errorCode } from '../support/app.ts';
import { AccountBalance, Post, useStandardBook } from '../support/books.ts';

describe.each(databaseKinds())('cash sale on %s', (kind) => {
  const book = useStandardBook(kind, 'Cash sale');

  it('debits the bank and its nominal account, credits sales and VAT output, and leaves nothing open', async () => {
    const { app, bookId } = book;
    // 50.00 at S (20%): 10.00 tax; 8.00 at Z: none; gross 68.00
    const { createTransaction: sale } = await app.ok(Post, {
      input: { bookId, typeCode: 'CS', accountCode: 'BANK1', date: '2026-06-01', lines: [{ net: '50.00', taxCode: 'S' }, { net: '8.00', taxCode: 'Z' }] },
    });
    expect(sale).toMatchObject({ number: 'CS-000001', status: 'POSTED', net: '58.00', tax: '10.00', gross: '68.00', outstanding: null });
    expect(sale.entries.map((e) => [e.account.code, e.side, e.amount])).toEqual([
      ['BANK1', 'DEBIT', '68.00'], ['1200', 'DEBIT', '68.00'],
      ['4000', 'CREDIT', '50.00'], ['4000', 'CREDIT', '8.00'],
      ['2200', 'CREDIT', '10.00'],
    ]);
    const balance = async (code: string) => (await app.ok(AccountBalance, { bookId, code })).book!.account!.balance.posted;
    expect(await balance('BANK1')).toBe('68.00');
    expect(await balance('1200')).toBe('68.00');
    expect(await balance('1100')).toBe('0.00');
  });

  it('takes gross prices too, into petty cash', async () => {
    const { app, bookId } = book;
    // 12.00 gross at 20%: 2.00 tax, 10.00 net
    const { createTransaction: sale } = await app.ok(Post, {
      input: { bookId, typeCode: 'CS', accountCode: 'CASH1', date: '2026-06-02', pricesIncludeTax: true, lines: [{ net: '12.00', taxCode: 'S' }] },
    });
    expect(sale.entries.map((e) => [e.account.code, e.side, e.amount])).toEqual([
      ['CASH1', 'DEBIT', '12.00'], ['1230', 'DEBIT', '12.00'], ['4000', 'CREDIT', '10.00'], ['2200', 'CREDIT', '2.00'],
    ]);
  });

  it('refuses a purchase tax code and a customer as its account', async () => {
    const { app, bookId } = book;
    const purchaseCode = await app.request(Post, { input: { bookId, typeCode: 'CS', accountCode: 'BANK1', date: '2026-06-01', lines: [{ net: '5.00', taxCode: 'PS' }] } });
    expect(errorCode(purchaseCode)).toBe('BAD_USER_INPUT');
    const customer = await app.request(Post, { input: { bookId, typeCode: 'CS', accountCode: 'ACME', date: '2026-06-01', lines: [{ net: '5.00', taxCode: 'S' }] } });
    expect(errorCode(customer)).toBeDefined();
    expect(customer.errors![0]!.message).toMatch(/ACME/);
  });
});
