// Concurrent fulfilment: invoices planned at the same moment against the same order's
// remaining quantity are checked again where they are written, under the order's lock, so
// together they never fulfil more than the order holds.
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { databaseKinds, errorCode } from '../support/app.ts';
import { AddAccount, Post, useStandardBook } from '../support/books.ts';

const AddType = graphql(`
  mutation RaceAddType($input: CreateTransactionTypeInput!) { createTransactionType(input: $input) { code } }
`);
const Fulfilment = graphql(`
  query RaceFulfilment($bookId: ID!, $id: ID!) {
    book(id: $bookId) { transaction(id: $id) { fulfilledBy { id } fulfilment { status lines { fulfilled remaining } } } }
  }
`);

describe.each(databaseKinds())('concurrent fulfilment on %s', (kind) => {
  const book = useStandardBook(kind, 'Order race');

  beforeAll(async () => {
    const { app, bookId } = book;
    await app.ok(AddType, { input: { bookId, ledgerCode: 'SL', code: 'SOS', name: 'Stock order', direction: 'DEBIT', posting: false, taxable: true, usesStock: true } });
    await app.ok(AddType, { input: { bookId, ledgerCode: 'SL', code: 'SIS', name: 'Stock invoice', direction: 'DEBIT', taxable: true, usesStock: true, readsFromCodes: ['SOS'] } });
    await app.ok(AddAccount, { input: { bookId, ledgerCode: 'ST', code: 'WIDGET', name: 'Widget', type: 'STOCK_ITEM', currency: 'EA' } });
    await app.ok(Post, { input: { bookId, typeCode: 'STR', date: '2026-04-01', lines: [{ accountCode: 'WIDGET', quantity: '100', net: '400.00' }] } });
  });

  const newOrder = async (quantity: string) =>
    (await book.app.ok(Post, {
      input: { bookId: book.bookId, typeCode: 'SOS', accountCode: 'ACME', date: '2026-04-02', lines: [{ accountCode: 'WIDGET', quantity, net: '100.00', taxCode: 'S' }] },
    })).createTransaction.id;
  const fulfilment = async (id: string) => (await book.app.ok(Fulfilment, { bookId: book.bookId, id })).book!.transaction!;
  const invoice = (sourceId: string, lines?: unknown[]) =>
    book.app.request(Post, { input: { bookId: book.bookId, typeCode: 'SIS', accountCode: 'ACME', date: '2026-04-10', sourceId, ...(lines && { lines }) } as never });

  it('lets six invoices of 3 at once take only what an order of 10 holds: three succeed, three are refused', async () => {
    const order = await newOrder('10');
    const results = await Promise.all(
      Array.from({ length: 6 }, () => invoice(order, [{ accountCode: 'WIDGET', quantity: '3', net: '30.00', taxCode: 'S' }])),
    );
    const refused = results.filter((r) => r.errors);
    expect(results.filter((r) => !r.errors)).toHaveLength(3);
    for (const r of refused) {
      expect(['BAD_USER_INPUT', 'INVALID_STATE']).toContain(errorCode(r));
      expect(r.errors![0]!.message).toMatch(/1 of WIDGET left to fulfil; this transaction asks for 3/);
    }
    expect((await fulfilment(order)).fulfilment).toEqual({ status: 'PART_FULFILLED', lines: [{ fulfilled: '9', remaining: '1' }] });
  });

  it('lets one of two invoices that take "what is left" at once fulfil the order, and refuses the other', async () => {
    const order = await newOrder('5');
    const results = await Promise.all([invoice(order), invoice(order)]);
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect(ok[0]!.data!.createTransaction.lines.map((l) => l.quantity)).toEqual(['5']);
    const state = await fulfilment(order);
    expect(state.fulfilment).toEqual({ status: 'FULFILLED', lines: [{ fulfilled: '5', remaining: '0' }] });
    expect(state.fulfilledBy!.id).toBe(ok[0]!.data!.createTransaction.id);
  });
});
