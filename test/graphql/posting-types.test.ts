// Every flag combination of the STANDARD template's types, posted through the API: each
// entry (account, side, amount, status) and the totals, as model.md "How a transaction
// posts" says; tax rounding per line; currencies with 0 and 3 digits; a CUSTOM type.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { createTestApp, databaseKinds, errorCode, type TestApp } from '../support/app.ts';
import { AddAccount, CreateStandardBook, standardBook } from '../support/books.ts';

const PostType = graphql(`
  mutation PostType($input: CreateTransactionInput!) {
    createTransaction(input: $input) {
      id number status currency net tax gross outstanding
      account { code } counterAccount { code }
      source { id } fulfilledBy { id }
      lines { lineNo net tax quantity taxCode { code } account { code } side }
      entries { account { code } side amount currency status }
    }
  }
`);

const TransactionById = graphql(`
  query TransactionById($bookId: ID!, $id: ID!) {
    book(id: $bookId) { transaction(id: $id) { id status fulfilledBy { id } source { id } } }
  }
`);

const CreateType = graphql(`
  mutation CreateType($input: CreateTransactionTypeInput!) {
    createTransactionType(input: $input) { id code template }
  }
`);

type Row = [code: string, side: 'DEBIT' | 'CREDIT', amount: string, status?: string];

describe.each(databaseKinds())('each standard type posts its entries on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app, 'Types');
    await app.ok(AddAccount, { input: { bookId, ledgerCode: 'CL', code: 'CLIENT2', name: 'Mr Client', type: 'CLIENT' } });
    await app.ok(AddAccount, { input: { bookId, ledgerCode: 'ST', code: 'WIDGET', name: 'Widget', type: 'STOCK_ITEM', currency: 'EA' } });
  });
  afterAll(() => app?.close());

  const post = async (input: Record<string, unknown>, book = bookId) =>
    (await app.ok(PostType, { input: { bookId: book, date: '2026-04-01', ...input } as never })).createTransaction;

  /** Every entry as [account, side, amount, status]; status defaults to POSTED. */
  const entries = (tx: { entries: { account: { code: string }; side: string; amount: string; status: string }[] }) =>
    tx.entries.map((e) => [e.account.code, e.side, e.amount, e.status]);
  const expectEntries = (tx: Parameters<typeof entries>[0], rows: Row[]) =>
    expect(entries(tx)).toEqual(rows.map(([code, side, amount, status = 'POSTED']) => [code, side, amount, status]));

  it('SO records an order with no entries; SI reading it posts and marks the order fulfilled', async () => {
    const order = await post({ typeCode: 'SO', accountCode: 'ACME', lines: [{ net: '100.00', taxCode: 'S' }] });
    expect(order).toMatchObject({ status: 'RECORDED', net: '100.00', tax: '20.00', gross: '120.00', outstanding: null, fulfilledBy: null });
    expect(order.number).toMatch(/^SO-\d{6}$/);
    expect(order.entries).toEqual([]);
    const invoice = await post({ typeCode: 'SI', accountCode: 'ACME', sourceId: order.id, lines: [{ net: '100.00', taxCode: 'S' }] });
    expect(invoice).toMatchObject({ status: 'POSTED', net: '100.00', tax: '20.00', gross: '120.00', outstanding: '120.00', source: { id: order.id } });
    expectEntries(invoice, [['ACME', 'DEBIT', '120.00'], ['1100', 'DEBIT', '120.00'], ['4000', 'CREDIT', '100.00'], ['2200', 'CREDIT', '20.00']]);
    const read = await app.ok(TransactionById, { bookId, id: order.id });
    expect(read.book!.transaction).toEqual({ id: order.id, status: 'RECORDED', fulfilledBy: { id: invoice.id }, source: null });
    const again = await app.request(PostType, { input: { bookId, date: '2026-04-01', typeCode: 'SI', accountCode: 'ACME', sourceId: order.id, lines: [{ net: '1.00', taxCode: 'S' }] } });
    expect(errorCode(again)).toBe('INVALID_STATE');
  });

  it('SC credits the customer and debtors control, debits sales and VAT', async () => {
    const note = await post({ typeCode: 'SC', accountCode: 'ACME', lines: [{ net: '10.00', taxCode: 'S' }] });
    expect(note).toMatchObject({ status: 'POSTED', net: '10.00', tax: '2.00', gross: '12.00' });
    expectEntries(note, [['ACME', 'CREDIT', '12.00'], ['1100', 'CREDIT', '12.00'], ['4000', 'DEBIT', '10.00'], ['2200', 'DEBIT', '2.00']]);
  });

  it('SR credits the customer against a cashbook bank, mirrored in 1100 and 1200', async () => {
    const receipt = await post({ typeCode: 'SR', accountCode: 'ACME', counterAccountCode: 'BANK1', amount: '50.00' });
    expect(receipt).toMatchObject({ net: '50.00', tax: '0.00', gross: '50.00', account: { code: 'ACME' }, counterAccount: { code: 'BANK1' }, lines: [] });
    expectEntries(receipt, [['ACME', 'CREDIT', '50.00'], ['BANK1', 'DEBIT', '50.00'], ['1100', 'CREDIT', '50.00'], ['1200', 'DEBIT', '50.00']]);
  });

  it('PO records a purchase order; PI credits the supplier and creditors control, debits purchases and VAT input', async () => {
    const order = await post({ typeCode: 'PO', accountCode: 'INITECH', lines: [{ net: '200.00', taxCode: 'PS' }] });
    expect(order).toMatchObject({ status: 'RECORDED', gross: '240.00', entries: [] });
    const invoice = await post({ typeCode: 'PI', accountCode: 'INITECH', sourceId: order.id, lines: [{ net: '200.00', taxCode: 'PS' }] });
    expect(invoice).toMatchObject({ net: '200.00', tax: '40.00', gross: '240.00', outstanding: '240.00' });
    expectEntries(invoice, [['INITECH', 'CREDIT', '240.00'], ['2100', 'CREDIT', '240.00'], ['5000', 'DEBIT', '200.00'], ['2201', 'DEBIT', '40.00']]);
    expect((await app.ok(TransactionById, { bookId, id: order.id })).book!.transaction!.fulfilledBy).toEqual({ id: invoice.id });
  });

  it('PC debits the supplier and creditors control, credits purchases and VAT input', async () => {
    const note = await post({ typeCode: 'PC', accountCode: 'INITECH', lines: [{ net: '20.00', taxCode: 'PR' }] });
    expect(note).toMatchObject({ net: '20.00', tax: '1.00', gross: '21.00' });
    expectEntries(note, [['INITECH', 'DEBIT', '21.00'], ['2100', 'DEBIT', '21.00'], ['5000', 'CREDIT', '20.00'], ['2201', 'CREDIT', '1.00']]);
  });

  it('PP debits the supplier against a bank credit, mirrored in 2100 and 1200', async () => {
    const payment = await post({ typeCode: 'PP', accountCode: 'INITECH', counterAccountCode: 'BANK1', amount: '30.00' });
    expect(payment).toMatchObject({ net: '30.00', tax: '0.00', gross: '30.00' });
    expectEntries(payment, [['INITECH', 'DEBIT', '30.00'], ['BANK1', 'CREDIT', '30.00'], ['2100', 'DEBIT', '30.00'], ['1200', 'CREDIT', '30.00']]);
  });

  it('BL lodges petty cash into the bank: the bank paid into is the account, the cash the counter', async () => {
    const lodgement = await post({ typeCode: 'BL', accountCode: 'BANK1', counterAccountCode: 'CASH1', amount: '15.00' });
    expect(lodgement).toMatchObject({ gross: '15.00', account: { code: 'BANK1' }, counterAccount: { code: 'CASH1' } });
    expectEntries(lodgement, [['BANK1', 'DEBIT', '15.00'], ['CASH1', 'CREDIT', '15.00'], ['1200', 'DEBIT', '15.00'], ['1230', 'CREDIT', '15.00']]);
  });

  it('BT transfers out of the account into the counter bank, each mirrored in its own nominal account', async () => {
    const transfer = await post({ typeCode: 'BT', accountCode: 'BANK1', counterAccountCode: 'BANK2', amount: '5.00' });
    expectEntries(transfer, [['BANK1', 'CREDIT', '5.00'], ['BANK2', 'DEBIT', '5.00'], ['1200', 'CREDIT', '5.00'], ['1210', 'DEBIT', '5.00']]);
  });

  it('NJ posts its lines as given, and its total is the debits', async () => {
    const journal = await post({
      typeCode: 'NJ',
      lines: [
        { accountCode: '6000', side: 'DEBIT', net: '40.00' },
        { accountCode: '7100', side: 'DEBIT', net: '10.00' },
        { accountCode: '3000', side: 'CREDIT', net: '50.00' },
      ],
    });
    expect(journal).toMatchObject({ net: '50.00', tax: '0.00', gross: '50.00', account: null });
    expect(journal.lines.map((l) => [l.account?.code, l.side, l.net])).toEqual([['6000', 'DEBIT', '40.00'], ['7100', 'DEBIT', '10.00'], ['3000', 'CREDIT', '50.00']]);
    expectEntries(journal, [['6000', 'DEBIT', '40.00'], ['7100', 'DEBIT', '10.00'], ['3000', 'CREDIT', '50.00']]);
  });

  it('CR, CT and CP move client money with no nominal entries', async () => {
    const receipt = await post({ typeCode: 'CR', accountCode: 'CLIENT1', counterAccountCode: 'CLIENTBANK', amount: '100.00' });
    expectEntries(receipt, [['CLIENT1', 'CREDIT', '100.00'], ['CLIENTBANK', 'DEBIT', '100.00']]);
    const transfer = await post({ typeCode: 'CT', accountCode: 'CLIENT1', counterAccountCode: 'CLIENT2', amount: '40.00' });
    expectEntries(transfer, [['CLIENT1', 'DEBIT', '40.00'], ['CLIENT2', 'CREDIT', '40.00']]);
    const payment = await post({ typeCode: 'CP', accountCode: 'CLIENT2', counterAccountCode: 'CLIENTBANK', amount: '40.00' });
    expectEntries(payment, [['CLIENT2', 'DEBIT', '40.00'], ['CLIENTBANK', 'CREDIT', '40.00']]);
    for (const tx of [receipt, transfer, payment]) expect(tx).toMatchObject({ net: tx.gross, tax: '0.00', outstanding: tx.gross });
  });

  it.each([
    ['STR', 'DEBIT', '12'],
    ['STD', 'CREDIT', '5'],
    ['STA', 'DEBIT', '1'],
    ['STW', 'CREDIT', '2'],
  ] as const)('%s moves the stock item by its quantity on the %s side, in its unit', async (typeCode, side, quantity) => {
    const movement = await post({ typeCode, lines: [{ accountCode: 'WIDGET', quantity, net: '6.00' }] });
    expect(movement).toMatchObject({ status: 'POSTED', currency: 'GBP', net: '6.00', tax: '0.00', gross: '6.00', account: null });
    expect(movement.lines).toEqual([{ lineNo: 1, net: '6.00', tax: '0.00', quantity, taxCode: null, account: { code: 'WIDGET' }, side: null }]);
    expect(movement.entries.map((e) => [e.account.code, e.side, e.amount, e.currency, e.status])).toEqual([['WIDGET', side, quantity, 'EA', 'POSTED']]);
  });

  it('rounds tax per line half-even and posts one tax entry per code (S 20%, R 5%, Z 0%)', async () => {
    const invoice = await post({
      typeCode: 'SI',
      accountCode: 'GLOBEX',
      lines: [
        { net: '10.03', taxCode: 'S' }, // 2.006 → 2.01
        { net: '0.50', taxCode: 'R' }, // 0.025 → 0.02 (half-even; half-up would give 0.03)
        { net: '0.30', taxCode: 'R' }, // 0.015 → 0.02
        { net: '7.00', taxCode: 'Z' }, // 0
        { net: '100.00', taxCode: 'S', accountCode: '4900' }, // 20.00, to another income account
      ],
    });
    expect(invoice.lines.map((l) => [l.net, l.tax, l.taxCode?.code, l.account?.code])).toEqual([
      ['10.03', '2.01', 'S', '4000'],
      ['0.50', '0.02', 'R', '4000'],
      ['0.30', '0.02', 'R', '4000'],
      ['7.00', '0.00', 'Z', '4000'],
      ['100.00', '20.00', 'S', '4900'],
    ]);
    expect(invoice).toMatchObject({ net: '117.83', tax: '22.05', gross: '139.88' });
    expectEntries(invoice, [
      ['GLOBEX', 'DEBIT', '139.88'],
      ['1100', 'DEBIT', '139.88'],
      ['4000', 'CREDIT', '10.03'],
      ['4000', 'CREDIT', '0.50'],
      ['4000', 'CREDIT', '0.30'],
      ['4000', 'CREDIT', '7.00'],
      ['4900', 'CREDIT', '100.00'],
      ['2200', 'CREDIT', '22.01'],
      ['2200', 'CREDIT', '0.04'],
    ]);
  });

  it('keeps pending entries PENDING', async () => {
    const invoice = await post({ typeCode: 'SI', accountCode: 'GLOBEX', pending: true, lines: [{ net: '1.00', taxCode: 'Z' }] });
    expect(invoice.status).toBe('PENDING');
    expectEntries(invoice, [['GLOBEX', 'DEBIT', '1.00', 'PENDING'], ['1100', 'DEBIT', '1.00', 'PENDING'], ['4000', 'CREDIT', '1.00', 'PENDING']]);
  });

  it.each([
    ['JPY', ['1000', '30', '10'], ['200', '2', '0'], '1040', '202', '1242', '10.5'],
    ['KWD', ['1.005', '0.030', '0.010'], ['0.201', '0.002', '0.000'], '1.045', '0.203', '1.248', '1.0001'],
  ] as const)('posts in %s with its minor unit: per-line tax half-even, more digits refused', async (currency, nets, taxes, net, tax, gross, sloppy) => {
    const { createBook } = await app.ok(CreateStandardBook, { input: { name: `${currency} book`, baseCurrency: currency, template: 'STANDARD' } });
    const book = createBook.id;
    await app.ok(AddAccount, { input: { bookId: book, ledgerCode: 'SL', code: 'ACME', name: 'Acme', type: 'CUSTOMER' } });
    const invoice = await post(
      { typeCode: 'SI', accountCode: 'ACME', lines: [{ net: nets[0], taxCode: 'S' }, { net: nets[1], taxCode: 'R' }, { net: nets[2], taxCode: 'R' }] },
      book,
    );
    expect(invoice.lines.map((l) => l.tax)).toEqual(taxes);
    expect(invoice).toMatchObject({ currency, net, tax, gross });
    const rTax = (BigInt(taxes[1].replace('.', '')) + BigInt(taxes[2].replace('.', ''))).toString();
    const expectedR = currency === 'JPY' ? rTax : `0.${rTax.padStart(3, '0')}`;
    expectEntries(invoice, [
      ['ACME', 'DEBIT', gross],
      ['1100', 'DEBIT', gross],
      ['4000', 'CREDIT', nets[0]],
      ['4000', 'CREDIT', nets[1]],
      ['4000', 'CREDIT', nets[2]],
      ['2200', 'CREDIT', taxes[0]],
      ['2200', 'CREDIT', expectedR],
    ]);
    const refused = await app.request(PostType, {
      input: { bookId: book, date: '2026-04-01', typeCode: 'SI', accountCode: 'ACME', lines: [{ net: sloppy, taxCode: 'S' }] },
    });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/decimal places/);
  });

  it('posts a CUSTOM type from its CEL entry templates and params, mirroring the customer into 1100', async () => {
    const created = await app.ok(CreateType, {
      input: {
        bookId, ledgerCode: 'SL', code: 'FEE', name: 'Fee with commission', direction: 'DEBIT', template: 'CUSTOM',
        entryTemplates: [
          { account: 'header.accountCode', side: '"DEBIT"', amount: 'header.amount' },
          { account: '"4000"', side: '"CREDIT"', amount: 'header.amountMinor - params.commissionMinor' },
          { account: 'params.commissionAccount', side: '"CREDIT"', amount: 'params.commissionMinor', when: 'params.commissionMinor > 0' },
        ],
      },
    });
    expect(created.createTransactionType).toMatchObject({ code: 'FEE', template: 'CUSTOM' });
    const fee = await post({ typeCode: 'FEE', accountCode: 'ACME', amount: '100.00', params: { commissionMinor: 1500, commissionAccount: '4900' } });
    expect(fee).toMatchObject({ status: 'POSTED', net: '100.00', tax: '0.00', gross: '100.00', account: { code: 'ACME' } });
    expectEntries(fee, [['ACME', 'DEBIT', '100.00'], ['4000', 'CREDIT', '85.00'], ['4900', 'CREDIT', '15.00'], ['1100', 'DEBIT', '100.00']]);
    const plain = await post({ typeCode: 'FEE', accountCode: 'ACME', amount: '10.00', params: { commissionMinor: 0, commissionAccount: '4900' } });
    expectEntries(plain, [['ACME', 'DEBIT', '10.00'], ['4000', 'CREDIT', '10.00'], ['1100', 'DEBIT', '10.00']]);
  });

  it('refuses a CUSTOM type whose CEL does not compile, naming the template index and field', async () => {
    const result = await app.request(CreateType, {
      input: {
        bookId, ledgerCode: 'SL', code: 'BADFEE', name: 'Bad fee', direction: 'DEBIT', template: 'CUSTOM',
        entryTemplates: [
          { account: 'header.accountCode', side: '"DEBIT"', amount: 'header.amount' },
          { account: '"4000"', side: '"CREDIT"', amount: 'params.x +' },
        ],
      },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/entryTemplates\[1\]\.amount/);
  });
});
