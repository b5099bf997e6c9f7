// Stock on hand as of a date, and stock items that refuse going below zero unless their
// limit allows it. Quantities by hand in the comments.
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { databaseKinds, errorCode } from '../support/app.ts';
import { AddAccount, Post, useStandardBook } from '../support/books.ts';

const StockOnHand = graphql(`
  query StockOnHand($bookId: ID!, $asOf: Date) {
    book(id: $bookId) { stockOnHand(asOf: $asOf) { item { code limit } quantity unit } }
  }
`);
const ItemBalance = graphql(`
  query ItemBalance($bookId: ID!, $code: String!) {
    book(id: $bookId) { account(code: $code) { limit balance { posted pending available } } }
  }
`);

describe.each(databaseKinds())('stock on %s', (kind) => {
  const book = useStandardBook(kind, 'Stock');
  const move = (typeCode: string, code: string, quantity: string, date: string, pending = false) =>
    book.app.request(Post, { input: { bookId: book.bookId, typeCode, date, pending, lines: [{ accountCode: code, quantity, net: '1.00' }] } });
  const onHand = async (asOf?: string) =>
    (await book.app.ok(StockOnHand, { bookId: book.bookId, asOf })).book!.stockOnHand.map((s) => [s.item.code, s.quantity, s.unit]);

  it('lists every stock item with its quantity on hand, now and as of a date', async () => {
    const { app, bookId } = book;
    await app.ok(AddAccount, { input: { bookId, ledgerCode: 'ST', code: 'WIDGET', name: 'Widget', type: 'STOCK_ITEM', currency: 'EA' } });
    await app.ok(AddAccount, { input: { bookId, ledgerCode: 'ST', code: 'BEANS', name: 'Coffee beans', type: 'STOCK_ITEM', currency: 'KG' } });
    expect(await onHand()).toEqual([['BEANS', '0.000', 'KG'], ['WIDGET', '0', 'EA']]);
    // WIDGET: +10 on 1 March, −4 on 5 March; BEANS: +2.500 on 2 March
    expect((await move('STR', 'WIDGET', '10', '2026-03-01')).errors).toBeUndefined();
    expect((await move('STR', 'BEANS', '2.500', '2026-03-02')).errors).toBeUndefined();
    expect((await move('STD', 'WIDGET', '4', '2026-03-05')).errors).toBeUndefined();
    expect(await onHand()).toEqual([['BEANS', '2.500', 'KG'], ['WIDGET', '6', 'EA']]);
    expect(await onHand('2026-03-01')).toEqual([['BEANS', '0.000', 'KG'], ['WIDGET', '10', 'EA']]);
    expect(await onHand('2026-02-28')).toEqual([['BEANS', '0.000', 'KG'], ['WIDGET', '0', 'EA']]);
  });

  it('refuses a dispatch beyond what is available (LIMIT_EXCEEDED), pending dispatches counted, and writes nothing', async () => {
    const { app, bookId } = book;
    const item = (await app.ok(ItemBalance, { bookId, code: 'WIDGET' })).book!.account!;
    expect(item.limit).toBe('NO_CREDIT_BALANCE');
    const over = await move('STD', 'WIDGET', '7', '2026-03-06');
    expect(errorCode(over)).toBe('LIMIT_EXCEEDED');
    expect(over.errors![0]!.extensions).toMatchObject({ accountCode: 'WIDGET', available: '6' });
    // a pending dispatch of 5 leaves 1 available
    expect((await move('STD', 'WIDGET', '5', '2026-03-06', true)).errors).toBeUndefined();
    expect((await app.ok(ItemBalance, { bookId, code: 'WIDGET' })).book!.account!.balance).toEqual({ posted: '6', pending: '1', available: '1' });
    expect(errorCode(await move('STW', 'WIDGET', '2', '2026-03-07'))).toBe('LIMIT_EXCEEDED');
    expect((await move('STW', 'WIDGET', '1', '2026-03-07')).errors).toBeUndefined();
    expect(await onHand()).toEqual([['BEANS', '2.500', 'KG'], ['WIDGET', '5', 'EA']]);
  });

  it('lets an item whose limit is NONE go negative', async () => {
    const { app, bookId } = book;
    await app.ok(AddAccount, { input: { bookId, ledgerCode: 'ST', code: 'BACKORDER', name: 'Made to order', type: 'STOCK_ITEM', currency: 'EA', limit: 'NONE' } });
    expect((await move('STD', 'BACKORDER', '3', '2026-03-08')).errors).toBeUndefined();
    expect((await onHand())[0]).toEqual(['BACKORDER', '-3', 'EA']);
  });
});
