// Orders with lines and stock: an invoice that names its order without lines takes what
// is left of them; part-fulfilment by quantity; the order's status; stock reserved by open
// orders. Figures by hand in the comments.
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { databaseKinds, errorCode } from '../support/app.ts';
import { AddAccount, Post, useStandardBook } from '../support/books.ts';

const AddType = graphql(`
  mutation OrdersAddType($input: CreateTransactionTypeInput!) { createTransactionType(input: $input) { code posting usesStock } }
`);
const Order = graphql(`
  query OrderFulfilment($bookId: ID!, $id: ID!) {
    book(id: $bookId) {
      transaction(id: $id) {
        status fulfilledBy { id }
        fulfilment { status lines { lineNo account { code } ordered fulfilled remaining done } }
      }
    }
  }
`);
const Stock = graphql(`
  query OrdersStock($bookId: ID!) { book(id: $bookId) { stockOnHand { item { code } quantity reserved available } } }
`);
const Reverse = graphql(`
  mutation OrdersReverse($input: RequestReversalInput!) { requestReversal(input: $input) { status } }
`);

describe.each(databaseKinds())('orders on %s', (kind) => {
  const book = useStandardBook(kind, 'Orders');
  const state = { order: '', second: '' };
  const order = async () => (await book.app.ok(Order, { bookId: book.bookId, id: state.order })).book!.transaction!;
  const widget = async () => (await book.app.ok(Stock, { bookId: book.bookId })).book!.stockOnHand.find((s) => s.item.code === 'WIDGET');
  const invoice = (extra: Record<string, unknown>) =>
    book.app.request(Post, { input: { bookId: book.bookId, typeCode: 'SIS', accountCode: 'ACME', date: '2026-04-10', sourceId: state.order, ...extra } });

  it('records a stock order with lines and quantities; it reserves the stock it holds', async () => {
    const { app, bookId } = book;
    await app.ok(AddType, { input: { bookId, ledgerCode: 'SL', code: 'SOS', name: 'Stock order', direction: 'DEBIT', posting: false, taxable: true, usesStock: true } });
    const sis = await app.ok(AddType, {
      input: { bookId, ledgerCode: 'SL', code: 'SIS', name: 'Stock invoice', direction: 'DEBIT', taxable: true, usesStock: true, readsFromCodes: ['SOS'] },
    });
    expect(sis.createTransactionType).toEqual({ code: 'SIS', posting: true, usesStock: true });
    await app.ok(AddAccount, { input: { bookId, ledgerCode: 'ST', code: 'WIDGET', name: 'Widget', type: 'STOCK_ITEM', currency: 'EA' } });
    await app.ok(Post, { input: { bookId, typeCode: 'STR', date: '2026-04-01', lines: [{ accountCode: 'WIDGET', quantity: '20', net: '80.00' }] } });
    // 10 widgets at 100.00 and a delivery charge of 15.00 (to 4900), both at 20%
    const { createTransaction } = await app.ok(Post, {
      input: {
        bookId, typeCode: 'SOS', accountCode: 'ACME', date: '2026-04-02',
        lines: [{ accountCode: 'WIDGET', quantity: '10', net: '100.00', taxCode: 'S' }, { accountCode: '4900', description: 'Delivery', net: '15.00', taxCode: 'S' }],
      },
    });
    expect(createTransaction).toMatchObject({ status: 'RECORDED', net: '115.00', tax: '23.00', gross: '138.00', entries: [] });
    state.order = createTransaction.id;
    expect((await order()).fulfilment).toEqual({
      status: 'OPEN',
      lines: [
        { lineNo: 1, account: { code: 'WIDGET' }, ordered: '10', fulfilled: '0', remaining: '10', done: false },
        { lineNo: 2, account: { code: '4900' }, ordered: null, fulfilled: null, remaining: null, done: false },
      ],
    });
    expect(await widget()).toEqual({ item: { code: 'WIDGET' }, quantity: '20', reserved: '10', available: '10' });
  });

  it('part-fulfils by quantity: the order shows what is left, and refuses more than that', async () => {
    // 4 widgets at 40.00 and the delivery line
    const first = await invoice({ lines: [{ accountCode: 'WIDGET', quantity: '4', net: '40.00', taxCode: 'S' }, { accountCode: '4900', net: '15.00', taxCode: 'S' }] });
    expect(first.errors).toBeUndefined();
    expect(first.data!.createTransaction.entries.map((e) => [e.account.code, e.side, e.amount])).toEqual([
      ['ACME', 'DEBIT', '66.00'], ['1100', 'DEBIT', '66.00'], ['4000', 'CREDIT', '40.00'], ['4900', 'CREDIT', '15.00'], ['2200', 'CREDIT', '11.00'], ['WIDGET', 'CREDIT', '4'],
    ]);
    const after = await order();
    expect(after.fulfilment!.status).toBe('PART_FULFILLED');
    expect(after.fulfilment!.lines.map((l) => [l.fulfilled, l.remaining, l.done])).toEqual([['4', '6', false], [null, null, true]]);
    expect(after.fulfilledBy).toBeNull();
    expect(await widget()).toEqual({ item: { code: 'WIDGET' }, quantity: '16', reserved: '6', available: '10' });
    const over = await invoice({ lines: [{ accountCode: 'WIDGET', quantity: '7', net: '70.00', taxCode: 'S' }] });
    expect(errorCode(over)).toBe('BAD_USER_INPUT');
    expect(over.errors![0]!.message).toMatch(/has 6 of WIDGET left to fulfil; this transaction asks for 7/);
    expect((await widget())!.quantity).toBe('16');
  });

  it('an invoice naming the order without lines takes what is left, its net in proportion; the order is then fulfilled', async () => {
    // 6 of 10 widgets: 100.00 × 6 / 10 = 60.00 net, 12.00 VAT
    const rest = await invoice({});
    expect(rest.errors).toBeUndefined();
    const taken = rest.data!.createTransaction;
    state.second = taken.id;
    expect(taken).toMatchObject({ net: '60.00', tax: '12.00', gross: '72.00' });
    expect(taken.lines.map((l) => [l.account!.code, l.quantity, l.net, l.taxCode!.code])).toEqual([['WIDGET', '6', '60.00', 'S']]);
    const done = await order();
    expect(done.fulfilment!.status).toBe('FULFILLED');
    expect(done.fulfilledBy).toEqual({ id: taken.id });
    expect(await widget()).toEqual({ item: { code: 'WIDGET' }, quantity: '10', reserved: '0', available: '10' });
    expect(errorCode(await invoice({}))).toBe('INVALID_STATE');
    expect(errorCode(await invoice({ lines: [{ accountCode: 'WIDGET', quantity: '1', net: '10.00', taxCode: 'S' }] }))).toBe('INVALID_STATE');
  });

  it('reversing an invoice gives its quantities back to the order', async () => {
    const { app } = book;
    expect((await app.ok(Reverse, { input: { transactionId: state.second, reason: 'returned', date: '2026-04-11' } })).requestReversal.status).toBe('APPROVED');
    const reopened = await order();
    expect(reopened.fulfilment!.status).toBe('PART_FULFILLED');
    expect(reopened.fulfilment!.lines[0]).toMatchObject({ fulfilled: '4', remaining: '6' });
    expect(await widget()).toEqual({ item: { code: 'WIDGET' }, quantity: '16', reserved: '6', available: '10' });
  });

  it('a non-posting type without tax or stock takes lines or an amount, not both', async () => {
    const { app, bookId } = book;
    await app.ok(AddType, { input: { bookId, ledgerCode: 'SL', code: 'QT', name: 'Quote', direction: 'DEBIT', posting: false } });
    const quote = (extra: Record<string, unknown>) => app.request(Post, { input: { bookId, typeCode: 'QT', accountCode: 'ACME', date: '2026-04-03', ...extra } });
    const byLines = await quote({ lines: [{ net: '50.00', description: 'Design' }, { net: '25.00', description: 'Print' }] });
    expect(byLines.errors).toBeUndefined();
    expect(byLines.data!.createTransaction).toMatchObject({ status: 'RECORDED', net: '75.00', gross: '75.00' });
    expect((await quote({ amount: '10.00' })).errors).toBeUndefined();
    expect(errorCode(await quote({ amount: '10.00', lines: [{ net: '10.00' }] }))).toBe('BAD_USER_INPUT');
  });
});
