import { describe, expect, it } from 'vitest';
import { buildPosting } from '../../src/domain/posting.ts';
import type { TypeVersion } from '../../src/domain/types.ts';
import {
  bankTransfer, book, customerReceipt, domainError, input, journal, purchaseInvoice, salesInvoice, taxCodes, typeVersion,
} from './fixtures.ts';

const attempt = (type: TypeVersion, fields: Parameters<typeof input>[0]) => () =>
  buildPosting({ type, accounts: book, taxCodes, input: input(fields) });

describe('amount or lines', () => {
  it('refuses an amount for a type that takes lines', () => {
    const error = domainError(attempt(salesInvoice, { accountCode: 'ACME', amount: 100n }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'amount' } });
  });

  it('refuses an invoice without lines', () => {
    expect(domainError(attempt(salesInvoice, { accountCode: 'ACME', lines: [] }))).toMatchObject({ details: { field: 'lines' } });
  });

  it('refuses lines for a type that takes an amount, and a missing amount', () => {
    const withLines = domainError(attempt(customerReceipt, { accountCode: 'ACME', counterAccountCode: 'BANK1', lines: [{ net: 1n }] }));
    expect(withLines).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'lines' } });
    const withNothing = domainError(attempt(customerReceipt, { accountCode: 'ACME', counterAccountCode: 'BANK1' }));
    expect(withNothing).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'amount' } });
  });
});

describe('accounts', () => {
  it('refuses an unknown account with NOT_FOUND', () => {
    expect(domainError(attempt(salesInvoice, { accountCode: 'NOPE', lines: [{ net: 1n, taxCode: 'S' }] }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a ledger account of another ledger', () => {
    const error = domainError(attempt(salesInvoice, { accountCode: 'SUPP', lines: [{ net: 1n, taxCode: 'S' }] }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'accountCode' } });
  });

  it('refuses a touched account in another currency with CURRENCY_MISMATCH', () => {
    expect(domainError(attempt(salesInvoice, { accountCode: 'ACME-EU', lines: [{ net: 1n, taxCode: 'S' }] })).code).toBe('CURRENCY_MISMATCH');
    // the ledger account agrees, its control account does not
    const eurInvoice = domainError(attempt(salesInvoice, { accountCode: 'ACME-EU', currency: 'EUR', lines: [{ net: 1n, taxCode: 'S' }] }));
    expect(eurInvoice).toMatchObject({ code: 'CURRENCY_MISMATCH', details: { accountCode: '4000' } });
  });

  it('refuses a line naming a control account (rule 6), naming it and saying why', () => {
    const error = domainError(attempt(salesInvoice, { accountCode: 'ACME', lines: [{ net: 1n, taxCode: 'S', accountCode: '1100' }] }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/"1100" is a control account: only its subsidiary ledger moves it/);
    expect(error.details).toMatchObject({ field: 'lines[0].accountCode', accountCode: '1100' });
    const inJournal = domainError(attempt(journal, {
      lines: [{ accountCode: '1200', side: 'DEBIT', net: 1n }, { accountCode: '3000', side: 'CREDIT', net: 1n }],
    }));
    expect(inJournal.message).toMatch(/"1200" is a control account/);
  });

  it('refuses a line naming a subsidiary-ledger account as its analysis account', () => {
    const error = domainError(attempt(salesInvoice, { accountCode: 'ACME', lines: [{ net: 1n, taxCode: 'S', accountCode: 'BANK1' }] }));
    expect(error.message).toMatch(/nominal account or a stock item/);
  });

  it('needs a counter account for interLedger and interAccount types', () => {
    expect(domainError(attempt(customerReceipt, { accountCode: 'ACME', amount: 1n })).details).toMatchObject({ field: 'counterAccountCode' });
    expect(domainError(attempt(bankTransfer, { accountCode: 'CASH', amount: 1n })).details).toMatchObject({ field: 'counterAccountCode' });
  });

  it('refuses a counter account for a type without one', () => {
    const error = domainError(attempt(salesInvoice, { accountCode: 'ACME', counterAccountCode: 'BANK1', lines: [{ net: 1n, taxCode: 'S' }] }));
    expect(error.message).toMatch(/takes no counter account/);
  });

  it('refuses a counter account outside the target ledger (interLedger)', () => {
    const error = domainError(attempt(customerReceipt, { accountCode: 'ACME', counterAccountCode: 'SUPP', amount: 1n }));
    expect(error.message).toMatch(/not in the target ledger/);
  });

  it('refuses a counter account in another ledger, or the ledger account itself (interAccount)', () => {
    expect(domainError(attempt(bankTransfer, { accountCode: 'CASH', counterAccountCode: 'ACME', amount: 1n })).message)
      .toMatch(/same ledger/);
    expect(domainError(attempt(bankTransfer, { accountCode: 'CASH', counterAccountCode: 'CASH', amount: 1n })).message)
      .toMatch(/must differ/);
  });

  it('needs a control account when the type updates the nominal ledger', () => {
    const clientReceipt = typeVersion({
      name: 'Client deposit', ledgerId: 'client', ledgerKind: 'CLIENT', ledgerTaxArea: 'NONE', taxable: false,
      controlAccountId: null, defaultAnalysisAccountId: null, interLedgerId: 'cashbook', direction: 'CREDIT',
    });
    const error = domainError(attempt(clientReceipt, { accountCode: 'CLIENT1', counterAccountCode: 'BANK1', amount: 1n }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { accountCode: 'CLIENT1' } });
    expect(error.message).toMatch(/no control account/);
  });

  it('refuses to move an account with a control account when the type does not update the nominal ledger', () => {
    const detached = typeVersion({ name: 'Detached receipt', updatesNominal: false, taxable: false, direction: 'CREDIT', interLedgerId: 'cashbook' });
    const error = domainError(attempt(detached, { accountCode: 'ACME', counterAccountCode: 'BANK1', amount: 1n }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'updatesNominal', accountCode: 'ACME' } });
  });

  it('posts a client-ledger deposit that touches no control account without the nominal side', () => {
    const deposit = typeVersion({
      name: 'Client deposit', ledgerId: 'client', ledgerKind: 'CLIENT', ledgerTaxArea: 'NONE', taxable: false,
      updatesNominal: false, direction: 'CREDIT', controlAccountId: null, defaultAnalysisAccountId: null,
    });
    const plan = buildPosting({ type: deposit, accounts: book, taxCodes, input: input({ accountCode: 'CLIENT1', amount: 500n }) });
    expect(plan.entries).toEqual([{ accountId: 'acc-CLIENT1', side: 'CREDIT', amount: 500n, currency: 'GBP' }]);
  });

  it('needs an analysis account for each invoice line', () => {
    const noDefault = typeVersion({ defaultAnalysisAccountId: null });
    expect(domainError(attempt(noDefault, { accountCode: 'ACME', lines: [{ net: 1n, taxCode: 'S' }] })).message)
      .toMatch(/no analysis account/);
  });

  it('refuses a type whose flags leave the nominal side unbalanced', () => {
    const oneSided = typeVersion({
      name: 'Nominal one-sided', ledgerId: 'nominal', ledgerKind: 'NOMINAL', updatesNominal: false, taxable: false,
    });
    expect(domainError(attempt(oneSided, { accountCode: '5000', amount: 100n })).code).toBe('UNBALANCED');
  });
});

describe('tax codes', () => {
  it('needs a tax code on each line of a taxable type', () => {
    expect(domainError(attempt(salesInvoice, { accountCode: 'ACME', lines: [{ net: 1n }] })).details).toMatchObject({ field: 'lines[0].taxCode' });
  });

  it('refuses a tax code of the other area', () => {
    const error = domainError(attempt(purchaseInvoice, { accountCode: 'SUPP', lines: [{ net: 1n, taxCode: 'S' }] }));
    expect(error.message).toMatch(/SALES tax code; this ledger takes PURCHASES codes/);
  });

  it('refuses an unknown tax code', () => {
    expect(domainError(attempt(salesInvoice, { accountCode: 'ACME', lines: [{ net: 1n, taxCode: 'XX' }] })).code).toBe('NOT_FOUND');
  });

  it('refuses a tax code on a type that is not taxable', () => {
    const untaxed = typeVersion({ taxable: false });
    expect(domainError(attempt(untaxed, { accountCode: 'ACME', lines: [{ net: 1n, taxCode: 'S' }] })).message).toMatch(/not taxable/);
  });
});

describe('lines', () => {
  it('refuses a side on a non-journal line', () => {
    expect(domainError(attempt(salesInvoice, { accountCode: 'ACME', lines: [{ net: 1n, taxCode: 'S', side: 'DEBIT' }] })).message)
      .toMatch(/JOURNAL lines only/);
  });

  it('refuses a stock item on a type that does not use stock, and a stock line without quantity', () => {
    expect(domainError(attempt(salesInvoice, { accountCode: 'ACME', lines: [{ net: 1n, taxCode: 'S', accountCode: 'WIDGET', quantity: 1n }] })).message)
      .toMatch(/does not use stock/);
    const dispatch = typeVersion({ usesStock: true, stockSide: 'CREDIT' });
    expect(domainError(attempt(dispatch, { accountCode: 'ACME', lines: [{ net: 1n, taxCode: 'S', accountCode: 'WIDGET' }] })).message)
      .toMatch(/quantity is required/);
  });
});
