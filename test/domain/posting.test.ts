import { describe, expect, it } from 'vitest';
import { accountLookup, buildPosting, nominalBalances, type PostingRequest } from '../../src/domain/posting.ts';
import type { TypeVersion } from '../../src/domain/types.ts';
import {
  accounts, bankTransfer, book, customerReceipt, id, input, journal, purchaseInvoice, rows, salesCreditNote, salesInvoice,
  salesOrder, taxCodes, typeVersion,
} from './fixtures.ts';

const post = (type: TypeVersion, fields: Parameters<typeof input>[0]) =>
  buildPosting({ type, accounts: book, taxCodes, input: input(fields) } satisfies PostingRequest);

function expectBalancedNominal(entries: Parameters<typeof nominalBalances>[0]) {
  for (const { debits, credits } of nominalBalances(entries, book).values()) expect(debits).toBe(credits);
}

describe('STANDARD: the worked examples of model.md', () => {
  it('posts a sales invoice: ACME 100.00 net at 20% VAT', () => {
    const plan = post(salesInvoice, { accountCode: 'ACME', lines: [{ net: 10000n, taxCode: 'S' }] });
    expect(rows(plan.entries)).toEqual([
      ['ACME', 'DEBIT', 12000n],
      ['1100', 'DEBIT', 12000n],
      ['4000', 'CREDIT', 10000n],
      ['2200', 'CREDIT', 2000n],
    ]);
    expect(plan).toMatchObject({ status: 'POSTED', accountId: id('ACME'), counterAccountId: null, net: 10000n, tax: 2000n, gross: 12000n });
    expect(plan.lines).toEqual([
      { lineNo: 1, accountId: id('4000'), description: null, net: 10000n, taxCodeId: 'tax-S', tax: 2000n, quantity: null, side: null },
    ]);
    expectBalancedNominal(plan.entries);
  });

  it('posts a customer receipt of 120.00 into BANK1 (nominal 1200) against debtors control 1100', () => {
    const plan = post(customerReceipt, { accountCode: 'ACME', counterAccountCode: 'BANK1', amount: 12000n });
    expect(rows(plan.entries)).toEqual([
      ['ACME', 'CREDIT', 12000n],
      ['BANK1', 'DEBIT', 12000n],
      ['1100', 'CREDIT', 12000n],
      ['1200', 'DEBIT', 12000n],
    ]);
    expect(plan).toMatchObject({ counterAccountId: id('BANK1'), net: 12000n, tax: 0n, gross: 12000n, lines: [] });
    expectBalancedNominal(plan.entries);
  });
});

describe('STANDARD: other types', () => {
  it('posts a purchase invoice: supplier and creditors control credited, purchases and input VAT debited', () => {
    const plan = post(purchaseInvoice, {
      accountCode: 'SUPP',
      lines: [{ net: 5000n, taxCode: 'P' }, { net: 2500n, taxCode: 'P', accountCode: '1300' }],
    });
    expect(rows(plan.entries)).toEqual([
      ['SUPP', 'CREDIT', 9000n],
      ['2100', 'CREDIT', 9000n],
      ['5000', 'DEBIT', 5000n],
      ['1300', 'DEBIT', 2500n],
      ['1300', 'DEBIT', 1500n],
    ]);
  });

  it('posts a sales credit note on the opposite sides, summing tax per code', () => {
    const plan = post(salesCreditNote, {
      accountCode: 'ACME',
      lines: [{ net: 1000n, taxCode: 'R' }, { net: 1001n, taxCode: 'R', accountCode: '4100' }],
    });
    // 17.5% of 10.00 = 1.75; of 10.01 = 1.75175 → 1.75
    expect(plan.lines.map((l) => l.tax)).toEqual([175n, 175n]);
    expect(rows(plan.entries)).toEqual([
      ['ACME', 'CREDIT', 2351n],
      ['1100', 'CREDIT', 2351n],
      ['4000', 'DEBIT', 1000n],
      ['4100', 'DEBIT', 1001n],
      ['2200', 'DEBIT', 350n],
    ]);
  });

  it('leaves out a tax entry when every line is zero-rated', () => {
    const plan = post(salesInvoice, { accountCode: 'ACME', lines: [{ net: 500n, taxCode: 'Z' }] });
    expect(rows(plan.entries)).toEqual([['ACME', 'DEBIT', 500n], ['1100', 'DEBIT', 500n], ['4000', 'CREDIT', 500n]]);
  });

  it('posts a bank lodgement between two cashbook accounts, each mirrored in its own nominal account', () => {
    const plan = post(bankTransfer, { accountCode: 'CASH', counterAccountCode: 'BANK1', amount: 30000n });
    expect(rows(plan.entries)).toEqual([
      ['CASH', 'CREDIT', 30000n],
      ['BANK1', 'DEBIT', 30000n],
      ['1210', 'CREDIT', 30000n],
      ['1200', 'DEBIT', 30000n],
    ]);
  });

  it('keeps entries that net to zero on one account rather than merging them', () => {
    const sameControl = accountLookup(accounts.map((a) => (a.code === 'CASH' ? { ...a, controlAccountId: id('1200') } : a)));
    const plan = buildPosting({ type: bankTransfer, accounts: sameControl, taxCodes, input: input({ accountCode: 'CASH', counterAccountCode: 'BANK1', amount: 100n }) });
    expect(rows(plan.entries).slice(2)).toEqual([['1200', 'CREDIT', 100n], ['1200', 'DEBIT', 100n]]);
  });

  it('records a sales order with its lines and tax but no entries', () => {
    const plan = post(salesOrder, { accountCode: 'ACME', lines: [{ net: 10000n, taxCode: 'S' }] });
    expect(plan).toMatchObject({ status: 'RECORDED', entries: [], net: 10000n, tax: 2000n, gross: 12000n });
    expect(plan.lines).toHaveLength(1);
  });

  it('marks a pending transaction PENDING', () => {
    expect(post(salesInvoice, { accountCode: 'ACME', pending: true, lines: [{ net: 1n, taxCode: 'S' }] }).status).toBe('PENDING');
  });

  it('dispatches stock with a sales invoice: the item takes its quantity, the money goes to sales', () => {
    const dispatch = typeVersion({ name: 'Invoice with dispatch', usesStock: true, stockSide: 'CREDIT' });
    const plan = post(dispatch, {
      accountCode: 'ACME',
      lines: [{ accountCode: 'WIDGET', quantity: 3n, net: 3000n, taxCode: 'S' }, { net: 500n, taxCode: 'S' }],
    });
    expect(plan.entries.at(-1)).toEqual({ accountId: id('WIDGET'), side: 'CREDIT', amount: 3n, currency: 'EA' });
    expect(rows(plan.entries)).toEqual([
      ['ACME', 'DEBIT', 4200n],
      ['1100', 'DEBIT', 4200n],
      ['4000', 'CREDIT', 3000n],
      ['4000', 'CREDIT', 500n],
      ['2200', 'CREDIT', 700n],
      ['WIDGET', 'CREDIT', 3n],
    ]);
    expect(plan.lines[0]).toMatchObject({ accountId: id('WIDGET'), quantity: 3n });
  });
});

describe('JOURNAL', () => {
  it('posts balanced lines as written, mirroring a subsidiary account into its control account', () => {
    const plan = post(journal, {
      lines: [
        { accountCode: '5000', side: 'DEBIT', net: 2500n },
        { accountCode: '3000', side: 'CREDIT', net: 2000n },
        { accountCode: 'ACME', side: 'CREDIT', net: 500n },
      ],
    });
    expect(rows(plan.entries)).toEqual([
      ['5000', 'DEBIT', 2500n],
      ['3000', 'CREDIT', 2000n],
      ['ACME', 'CREDIT', 500n],
      ['1100', 'CREDIT', 500n],
    ]);
    expect(plan).toMatchObject({ net: 2500n, gross: 2500n, tax: 0n, accountId: null });
    expect(plan.lines.map((l) => l.side)).toEqual(['DEBIT', 'CREDIT', 'CREDIT']);
    expectBalancedNominal(plan.entries);
  });

  it('refuses an unbalanced journal with both totals in the message', () => {
    const attempt = () => post(journal, {
      lines: [{ accountCode: '5000', side: 'DEBIT', net: 2500n }, { accountCode: '3000', side: 'CREDIT', net: 2000n }],
    });
    expect(attempt).toThrow(expect.objectContaining({ code: 'UNBALANCED', message: expect.stringMatching(/debits 25\.00, credits 20\.00/) }));
  });

  it('needs two lines, each with an account and a side', () => {
    expect(() => post(journal, { lines: [{ accountCode: '5000', side: 'DEBIT', net: 1n }] })).toThrow(/at least two lines/);
    expect(() => post(journal, { lines: [{ accountCode: '5000', net: 1n }, { accountCode: '3000', side: 'CREDIT', net: 1n }] }))
      .toThrow(/lines\[0\]\.side is required/);
  });
});
