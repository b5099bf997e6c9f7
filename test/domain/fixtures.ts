// A small book for the posting tests: the ledgers of model.md's worked examples.

import { DomainError } from '../../src/domain/errors.ts';
import { accountLookup, type AccountLookup, type TransactionInput } from '../../src/domain/posting.ts';
import type { AccountRef, LedgerKind, TaxCodeRef, TypeVersion } from '../../src/domain/types.ts';

const ledgers: Record<string, LedgerKind> = {
  nominal: 'NOMINAL', sales: 'SALES', purchases: 'PURCHASES', cashbook: 'CASHBOOK', stock: 'STOCK', client: 'CLIENT',
};

function account(code: string, ledgerId: string, fields: Partial<AccountRef> = {}): AccountRef {
  return {
    id: `acc-${code}`, code, ledgerId, ledgerKind: ledgers[ledgerId]!, type: 'ASSET', currency: 'GBP', digits: 2,
    normalSide: 'DEBIT', limit: 'NONE', controlAccountId: null, isControl: false, ...fields,
  };
}

export const accounts: AccountRef[] = [
  account('1100', 'nominal', { isControl: true }),
  account('1200', 'nominal', { isControl: true }),
  account('1210', 'nominal', { isControl: true }),
  account('2100', 'nominal', { type: 'LIABILITY', normalSide: 'CREDIT', isControl: true }),
  account('2200', 'nominal', { type: 'LIABILITY', normalSide: 'CREDIT' }),
  account('1300', 'nominal'),
  account('3000', 'nominal', { type: 'EQUITY', normalSide: 'CREDIT' }),
  account('4000', 'nominal', { type: 'INCOME', normalSide: 'CREDIT' }),
  account('4100', 'nominal', { type: 'INCOME', normalSide: 'CREDIT' }),
  account('5000', 'nominal', { type: 'EXPENSE' }),
  account('1100-EUR', 'nominal', { currency: 'EUR', isControl: true }),
  account('ACME', 'sales', { type: 'CUSTOMER', controlAccountId: 'acc-1100' }),
  account('ACME-EU', 'sales', { type: 'CUSTOMER', currency: 'EUR', controlAccountId: 'acc-1100-EUR' }),
  account('SUPP', 'purchases', { type: 'SUPPLIER', normalSide: 'CREDIT', controlAccountId: 'acc-2100' }),
  account('BANK1', 'cashbook', { type: 'BANK', controlAccountId: 'acc-1200', limit: 'NO_CREDIT_BALANCE' }),
  account('CASH', 'cashbook', { type: 'CASH', controlAccountId: 'acc-1210' }),
  account('WIDGET', 'stock', { type: 'STOCK_ITEM', currency: 'EA', digits: 0 }),
  account('CLIENT1', 'client', { type: 'CLIENT', normalSide: 'CREDIT', limit: 'NO_DEBIT_BALANCE' }),
];

export const book: AccountLookup = accountLookup(accounts);
export const id = (code: string) => `acc-${code}`;

export const taxCodes = new Map<string, TaxCodeRef>(
  [
    { id: 'tax-S', code: 'S', rate: '20', area: 'SALES', accountId: 'acc-2200' } as const,
    { id: 'tax-R', code: 'R', rate: '17.5', area: 'SALES', accountId: 'acc-2200' } as const,
    { id: 'tax-Z', code: 'Z', rate: '0', area: 'SALES', accountId: 'acc-2200' } as const,
    { id: 'tax-P', code: 'P', rate: '20', area: 'PURCHASES', accountId: 'acc-1300' } as const,
  ].map((code) => [code.code, code]),
);

export function typeVersion(fields: Partial<TypeVersion> = {}): TypeVersion {
  return {
    id: 'tv-1', typeId: 'type-1', version: 1, name: 'Sales invoice', ledgerId: 'sales', ledgerKind: 'SALES',
    ledgerTaxArea: 'SALES', direction: 'DEBIT', posting: true, updatesNominal: true, taxable: true,
    interLedgerId: null, interAccount: false, usesStock: false, stockSide: null, allocates: false, readsFromIds: [],
    requiresApproval: false, template: 'STANDARD', controlAccountId: 'acc-1100', defaultAnalysisAccountId: 'acc-4000',
    entryTemplates: null, ...fields,
  };
}

export const salesInvoice = typeVersion();
export const salesCreditNote = typeVersion({ name: 'Sales credit note', direction: 'CREDIT', allocates: true });
export const purchaseInvoice = typeVersion({
  name: 'Purchase invoice', ledgerId: 'purchases', ledgerKind: 'PURCHASES', ledgerTaxArea: 'PURCHASES',
  direction: 'CREDIT', controlAccountId: 'acc-2100', defaultAnalysisAccountId: 'acc-5000',
});
export const customerReceipt = typeVersion({
  name: 'Customer receipt', direction: 'CREDIT', taxable: false, interLedgerId: 'cashbook', allocates: true,
  defaultAnalysisAccountId: null,
});
export const bankTransfer = typeVersion({
  name: 'Bank lodgement', ledgerId: 'cashbook', ledgerKind: 'CASHBOOK', ledgerTaxArea: 'NONE', direction: 'CREDIT',
  taxable: false, interAccount: true, controlAccountId: null, defaultAnalysisAccountId: null,
});
export const salesOrder = typeVersion({ name: 'Sales order', posting: false });
export const journal = typeVersion({
  name: 'Nominal journal', ledgerId: 'nominal', ledgerKind: 'NOMINAL', ledgerTaxArea: 'NONE', taxable: false,
  updatesNominal: false, template: 'JOURNAL', controlAccountId: null, defaultAnalysisAccountId: null,
});

export function input(fields: Partial<TransactionInput> = {}): TransactionInput {
  return { date: '2025-03-01', currency: 'GBP', currencyDigits: 2, params: {}, pending: false, ...fields };
}

/** Entries as readable rows: [code, side, amount]. */
export function rows(entries: { accountId: string; side: string; amount: bigint }[]): [string, string, bigint][] {
  return entries.map((e) => [e.accountId.replace(/^acc-/, ''), e.side, e.amount]);
}

/** Runs an attempt expected to fail and returns its DomainError. */
export function domainError(attempt: () => unknown): DomainError {
  try {
    attempt();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}
