import { describe, expect, it } from 'vitest';
import {
  checkAccountControl,
  checkAccountTypeFitsLedger,
  checkBaseCurrency,
  checkCodeIsNew,
  checkControlAccount,
  checkCurrencyFitsAccountType,
  checkLedgerNominalLink,
  checkNotControlAccount,
  checkPeriod,
  checkPeriodCanClose,
  checkTaxCode,
  checkTransactionTypeFlags,
  checkUnit,
  defaultNormalSide,
  formatDocumentNumber,
  isCalendarDate,
  normaliseCode,
  numberPrefix,
  parseTaxRate,
  resolveBalanceLimit,
  resolveCurrency,
  type AccountFacts,
  type TransactionTypeContext,
  type TransactionTypeFlagsInput,
} from '../../src/domain/configuration.ts';
import { DomainError, type ErrorCode } from '../../src/domain/errors.ts';

/** Runs fn, expects a DomainError with this code whose message and details name the field. */
function refusal(fn: () => unknown, code: ErrorCode, field: string, named = field): DomainError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DomainError);
  const error = caught as DomainError;
  expect(error.code).toBe(code);
  expect(error.details.field).toBe(field);
  expect(error.message).toContain(named);
  return error;
}

const refused = (fn: () => unknown, field: string) => refusal(fn, 'BAD_USER_INPUT', field);

const nominal = (code: string, isControl = false): AccountFacts => ({ code, ledgerKind: 'NOMINAL', isControl });

describe('normaliseCode', () => {
  it('trims and keeps case', () => {
    expect(normaliseCode('code', '  Sales-4000_a.b ')).toBe('Sales-4000_a.b');
    expect(normaliseCode('code', 'x'.repeat(32))).toHaveLength(32);
  });

  it.each([[''], ['   '], ['has space'], ['x'.repeat(33)], ['café'], ['a/b']])('refuses %j', (raw) => {
    const error = refused(() => normaliseCode('ledgerCode', raw), 'ledgerCode');
    expect(error.message).toContain('1 to 32');
  });
});

describe('checkCodeIsNew', () => {
  it('accepts a code differing only in case, since codes are case-sensitive', () => {
    expect(() => checkCodeIsNew('code', 'bank1', ['BANK1'])).not.toThrow();
  });

  it('refuses a code already used in the book', () => {
    const error = refused(() => checkCodeIsNew('code', 'BANK1', ['CASH1', 'BANK1']), 'code');
    expect(error.message).toContain('BANK1');
  });
});

describe('checkAccountTypeFitsLedger', () => {
  it.each([
    ['ASSET', 'NOMINAL'], ['EXPENSE', 'NOMINAL'], ['CUSTOMER', 'SALES'], ['SUPPLIER', 'PURCHASES'],
    ['BANK', 'CASHBOOK'], ['CASH', 'CASHBOOK'], ['BANK', 'CLIENT'], ['CLIENT', 'CLIENT'],
    ['STOCK_ITEM', 'STOCK'], ['OTHER', 'CUSTOM'], ['CUSTOMER', 'CUSTOM'],
  ] as const)('accepts %s in %s', (type, kind) => {
    expect(() => checkAccountTypeFitsLedger(type, kind)).not.toThrow();
  });

  it.each([
    ['CUSTOMER', 'NOMINAL'], ['ASSET', 'SALES'], ['CUSTOMER', 'PURCHASES'], ['CLIENT', 'CASHBOOK'],
    ['BANK', 'STOCK'], ['OTHER', 'NOMINAL'], ['STOCK_ITEM', 'SALES'],
  ] as const)('refuses %s in %s', (type, kind) => {
    const error = refused(() => checkAccountTypeFitsLedger(type, kind), 'type');
    expect(error.message).toContain(type);
    expect(error.message).toContain(kind);
  });
});

describe('defaultNormalSide', () => {
  it.each(['ASSET', 'EXPENSE', 'CUSTOMER', 'BANK', 'CASH', 'STOCK_ITEM'] as const)('%s is a debit balance', (type) => {
    expect(defaultNormalSide(type)).toBe('DEBIT');
  });
  it.each(['LIABILITY', 'EQUITY', 'INCOME', 'SUPPLIER', 'CLIENT', 'OTHER'] as const)('%s is a credit balance', (type) => {
    expect(defaultNormalSide(type)).toBe('CREDIT');
  });
});

describe('resolveBalanceLimit', () => {
  it('defaults to NONE, and client accounts to NO_DEBIT_BALANCE', () => {
    expect(resolveBalanceLimit('BANK', undefined)).toBe('NONE');
    expect(resolveBalanceLimit('BANK', 'NO_CREDIT_BALANCE')).toBe('NO_CREDIT_BALANCE');
    expect(resolveBalanceLimit('CLIENT', undefined)).toBe('NO_DEBIT_BALANCE');
  });

  it('refuses to let client money be overdrawn', () => {
    refused(() => resolveBalanceLimit('CLIENT', 'NONE'), 'limit');
  });
});

describe('currencies and units', () => {
  const units = [{ code: 'EA', decimals: 0 }, { code: 'KG', decimals: 3 }];

  it('defaults to the base currency with its minor-unit digits', () => {
    expect(resolveCurrency(undefined, 'GBP', units)).toEqual({ code: 'GBP', digits: 2, isUnit: false });
  });

  it.each([['JPY', 0], ['GBP', 2], ['KWD', 3]])('%s has %i digits', (code, digits) => {
    expect(resolveCurrency(code, 'GBP', [])).toEqual({ code, digits, isUnit: false });
  });

  it("resolves the book's units with their own decimals", () => {
    expect(resolveCurrency('KG', 'GBP', units)).toEqual({ code: 'KG', digits: 3, isUnit: true });
  });

  it('refuses an unknown code, listing the units', () => {
    const error = refused(() => resolveCurrency('XYZ', 'GBP', units), 'currency');
    expect(error.message).toContain('XYZ');
    expect(error.message).toContain('EA');
    refused(() => resolveCurrency('gbp', 'GBP', units), 'currency');
  });

  it('refuses a base currency that is not ISO 4217', () => {
    expect(checkBaseCurrency('EUR').digits).toBe(2);
    refused(() => checkBaseCurrency('EURO'), 'baseCurrency');
  });

  it('stock items count in units and other accounts in money', () => {
    const ea = { code: 'EA', digits: 0, isUnit: true };
    const gbp = { code: 'GBP', digits: 2, isUnit: false };
    expect(() => checkCurrencyFitsAccountType('STOCK_ITEM', ea)).not.toThrow();
    expect(() => checkCurrencyFitsAccountType('BANK', gbp)).not.toThrow();
    refused(() => checkCurrencyFitsAccountType('STOCK_ITEM', gbp), 'currency');
    refused(() => checkCurrencyFitsAccountType('BANK', ea), 'currency');
  });

  it('checks a unit: its code is no currency and its decimals are 0 to 6', () => {
    expect(checkUnit({ code: ' EA ', decimals: 0 })).toEqual({ code: 'EA', decimals: 0 });
    refused(() => checkUnit({ code: 'USD', decimals: 0 }), 'code');
    refused(() => checkUnit({ code: 'L', decimals: 7 }), 'decimals');
    refused(() => checkUnit({ code: 'L', decimals: 1.5 }), 'decimals');
  });
});

describe('control accounts', () => {
  it('a control account is nominal', () => {
    expect(() => checkControlAccount(nominal('1100'))).not.toThrow();
    const error = refused(() => checkControlAccount({ code: 'BANK1', ledgerKind: 'CASHBOOK' }), 'controlAccountCode');
    expect(error.message).toContain('BANK1');
  });

  it('a control account refuses direct lines', () => {
    expect(() => checkNotControlAccount(nominal('4000'), 'lines[0].accountCode')).not.toThrow();
    refused(() => checkNotControlAccount(nominal('1100', true), 'lines[0].accountCode'), 'lines[0].accountCode');
  });
});

describe('checkLedgerNominalLink', () => {
  it('defaults updatesNominal by kind', () => {
    expect(checkLedgerNominalLink({ kind: 'SALES', controlAccount: nominal('1100') })).toBe(true);
    expect(checkLedgerNominalLink({ kind: 'CASHBOOK' })).toBe(true);
    expect(checkLedgerNominalLink({ kind: 'NOMINAL' })).toBe(false);
    expect(checkLedgerNominalLink({ kind: 'CLIENT' })).toBe(false);
    expect(checkLedgerNominalLink({ kind: 'STOCK' })).toBe(false);
    expect(checkLedgerNominalLink({ kind: 'CUSTOM' })).toBe(false);
  });

  it('a sales or purchases ledger that updates nominal needs a ledger-wide control account', () => {
    refused(() => checkLedgerNominalLink({ kind: 'PURCHASES' }), 'controlAccountCode');
    expect(checkLedgerNominalLink({ kind: 'PURCHASES', updatesNominal: false })).toBe(false);
  });

  it('the nominal ledger and the stock book cannot update nominal', () => {
    refused(() => checkLedgerNominalLink({ kind: 'NOMINAL', updatesNominal: true }), 'updatesNominal');
    refused(() => checkLedgerNominalLink({ kind: 'STOCK', updatesNominal: true }), 'updatesNominal');
  });

  it('a control account must be nominal and needs a ledger that updates nominal', () => {
    refused(() => checkLedgerNominalLink({ kind: 'SALES', controlAccount: { code: 'X', ledgerKind: 'SALES' } }), 'controlAccountCode');
    refused(() => checkLedgerNominalLink({ kind: 'CLIENT', controlAccount: nominal('2300') }), 'controlAccountCode');
  });
});

describe('checkAccountControl', () => {
  const sales = { code: 'SL', kind: 'SALES', updatesNominal: true, controlAccountCode: '1100' } as const;
  const cashbook = { code: 'CB', kind: 'CASHBOOK', updatesNominal: true } as const;
  const client = { code: 'CL', kind: 'CLIENT', updatesNominal: false } as const;

  it("uses the account's control account, else the ledger's", () => {
    expect(checkAccountControl({ ledger: sales })).toBe('1100');
    expect(checkAccountControl({ ledger: cashbook, controlAccount: nominal('1200') })).toBe('1200');
    expect(checkAccountControl({ ledger: client })).toBeUndefined();
  });

  it('each account of a cashbook without a ledger-wide control account names its own', () => {
    const error = refused(() => checkAccountControl({ ledger: cashbook }), 'controlAccountCode');
    expect(error.message).toContain('CB');
  });

  it('refuses a non-nominal control account, or one on a ledger that does not update nominal', () => {
    refused(() => checkAccountControl({ ledger: cashbook, controlAccount: { code: 'BANK2', ledgerKind: 'CASHBOOK' } }), 'controlAccountCode');
    refused(() => checkAccountControl({ ledger: client, controlAccount: nominal('1250') }), 'controlAccountCode');
  });
});

describe('checkTransactionTypeFlags', () => {
  const salesLedger = { code: 'SL', kind: 'SALES', taxArea: 'SALES', updatesNominal: true } as const;
  const context = (over: Partial<TransactionTypeContext> = {}): TransactionTypeContext => ({
    ledger: salesLedger,
    bookHasStockLedger: true,
    readsFrom: [],
    taxCodesInArea: 4,
    ...over,
  });
  const invoice: TransactionTypeFlagsInput = { code: 'SI', direction: 'DEBIT', taxable: true };
  const cashbook = { code: 'CB', kind: 'CASHBOOK', updatesNominal: true } as const;

  it('resolves every flag from defaults and the ledger', () => {
    expect(checkTransactionTypeFlags(invoice, context())).toEqual({
      direction: 'DEBIT',
      posting: true,
      updatesNominal: true,
      taxable: true,
      interLedgerCode: null,
      interAccount: false,
      usesStock: false,
      stockSide: null,
      allocates: false,
      readsFromCodes: [],
      requiresApproval: false,
      template: 'STANDARD',
    });
  });

  it('interLedger and interAccount exclude each other', () => {
    const input = { code: 'SR', direction: 'CREDIT', interLedgerCode: 'CB', interAccount: true } as const;
    refused(() => checkTransactionTypeFlags(input, context({ interLedger: cashbook })), 'interAccount');
    const receipt = checkTransactionTypeFlags({ ...input, interAccount: false, allocates: true }, context({ interLedger: cashbook }));
    expect(receipt.interLedgerCode).toBe('CB');
  });

  it('interLedger names another money ledger that updates nominal as this type does', () => {
    const input = { code: 'SR', direction: 'CREDIT', interLedgerCode: 'CL' } as const;
    refused(() => checkTransactionTypeFlags(input, context()), 'interLedgerCode');
    refused(() => checkTransactionTypeFlags(input, context({ interLedger: { code: 'CL', kind: 'CLIENT', updatesNominal: false } })), 'interLedgerCode');
    refused(() => checkTransactionTypeFlags(input, context({ interLedger: { code: 'SL', kind: 'SALES', updatesNominal: true } })), 'interLedgerCode');
    refused(() => checkTransactionTypeFlags(input, context({ interLedger: { code: 'NL', kind: 'NOMINAL', updatesNominal: false } })), 'interLedgerCode');
  });

  it('taxable needs a tax area and tax codes of that area', () => {
    refused(() => checkTransactionTypeFlags(invoice, context({ taxCodesInArea: 0 })), 'taxable');
    refused(() => checkTransactionTypeFlags(invoice, context({ ledger: { ...salesLedger, taxArea: 'NONE' } })), 'taxable');
  });

  it('taxable is refused on a transfer, which has no lines to tax', () => {
    const input = { code: 'SR', direction: 'CREDIT', taxable: true, interLedgerCode: 'CB' } as const;
    refused(() => checkTransactionTypeFlags(input, context({ interLedger: cashbook })), 'taxable');
  });

  it('usesStock needs a STOCK ledger in the book', () => {
    const input = { ...invoice, usesStock: true };
    refused(() => checkTransactionTypeFlags(input, context({ bookHasStockLedger: false })), 'usesStock');
  });

  it('stock moves opposite a sales or purchase direction, and with the direction in the stock book', () => {
    expect(checkTransactionTypeFlags({ ...invoice, usesStock: true }, context()).stockSide).toBe('CREDIT');
    const stockBook = { code: 'ST', kind: 'STOCK', taxArea: 'NONE', updatesNominal: false } as const;
    expect(checkTransactionTypeFlags({ code: 'STR', direction: 'DEBIT', usesStock: true }, context({ ledger: stockBook })).stockSide).toBe('DEBIT');
    expect(checkTransactionTypeFlags({ code: 'X', direction: 'DEBIT', usesStock: true, stockSide: 'DEBIT' }, context({ ledger: stockBook })).stockSide).toBe('DEBIT');
    refused(() => checkTransactionTypeFlags({ ...invoice, stockSide: 'CREDIT' }, context()), 'stockSide');
  });

  it('readsFrom names existing non-posting types', () => {
    const reading = { ...invoice, readsFromCodes: ['SO'] };
    expect(checkTransactionTypeFlags(reading, context({ readsFrom: [{ code: 'SO', posting: false }] })).readsFromCodes).toEqual(['SO']);
    const error = refused(() => checkTransactionTypeFlags(reading, context({ readsFrom: [{ code: 'SO', posting: true }] })), 'readsFromCodes');
    expect(error.message).toContain('SO');
    refused(() => checkTransactionTypeFlags(reading, context()), 'readsFromCodes');
  });

  it('JOURNAL only in NOMINAL or CUSTOM ledgers, and without transfer or tax flags', () => {
    const journal = { code: 'NJ', direction: 'DEBIT', template: 'JOURNAL' } as const;
    const nominalLedger = { code: 'NL', kind: 'NOMINAL', taxArea: 'NONE', updatesNominal: false } as const;
    expect(checkTransactionTypeFlags(journal, context({ ledger: nominalLedger })).template).toBe('JOURNAL');
    expect(checkTransactionTypeFlags(journal, context({ ledger: { ...nominalLedger, kind: 'CUSTOM' } })).template).toBe('JOURNAL');
    refused(() => checkTransactionTypeFlags(journal, context()), 'template');
    refused(() => checkTransactionTypeFlags({ ...journal, interAccount: true }, context({ ledger: nominalLedger })), 'interAccount');
  });

  it('CUSTOM needs entryTemplates, and only CUSTOM may have them', () => {
    const custom = { code: 'FX', direction: 'DEBIT', template: 'CUSTOM' } as const;
    expect(checkTransactionTypeFlags({ ...custom, entryTemplates: [{}] }, context()).template).toBe('CUSTOM');
    refused(() => checkTransactionTypeFlags(custom, context()), 'entryTemplates');
    refused(() => checkTransactionTypeFlags({ ...invoice, entryTemplates: [{}] }, context()), 'entryTemplates');
  });

  it('a posting type follows its ledger on updatesNominal, so control accounts keep reconciling', () => {
    refused(() => checkTransactionTypeFlags({ ...invoice, updatesNominal: false }, context()), 'updatesNominal');
    const client = { code: 'CL', kind: 'CLIENT', taxArea: 'NONE', updatesNominal: false } as const;
    refused(() => checkTransactionTypeFlags({ code: 'CR', direction: 'CREDIT', updatesNominal: true }, context({ ledger: client })), 'updatesNominal');
  });

  it('a non-posting type writes no entries: no nominal, transfer or allocation; it may name stock, which it reserves', () => {
    const order = { code: 'SO', direction: 'DEBIT', posting: false, taxable: true } as const;
    expect(checkTransactionTypeFlags(order, context()).updatesNominal).toBe(false);
    expect(checkTransactionTypeFlags({ ...order, usesStock: true }, context()).usesStock).toBe(true);
    refused(() => checkTransactionTypeFlags({ ...order, allocates: true }, context()), 'allocates');
    refused(() => checkTransactionTypeFlags({ ...order, updatesNominal: true }, context()), 'updatesNominal');
  });

  it('allocating types settle against the ledger account', () => {
    expect(checkTransactionTypeFlags({ ...invoice, direction: 'CREDIT', allocates: true }, context()).allocates).toBe(true);
    refused(() => checkTransactionTypeFlags({ ...invoice, allocates: true }, context()), 'direction');
    const cashLedger = { code: 'CB', kind: 'CASHBOOK', taxArea: 'NONE', updatesNominal: true } as const;
    refused(() => checkTransactionTypeFlags({ code: 'BL', direction: 'DEBIT', allocates: true }, context({ ledger: cashLedger })), 'allocates');
  });

  it("the type's own analysis account is nominal, and it names no control account (its accounts' own mirror it)", () => {
    expect(() => checkTransactionTypeFlags(invoice, context({ defaultAnalysisAccount: nominal('4010') }))).not.toThrow();
    const error = refused(() => checkTransactionTypeFlags(invoice, context({ controlAccount: nominal('1105') })), 'controlAccountCode');
    expect(error.message).toMatch(/on the ledger .* or on the account/);
    refused(() => checkTransactionTypeFlags(invoice, context({ controlAccount: { code: 'A', ledgerKind: 'SALES' } })), 'controlAccountCode');
    refused(() => checkTransactionTypeFlags(invoice, context({ defaultAnalysisAccount: nominal('1100', true) })), 'defaultAnalysisAccountCode');
  });
});

describe('tax codes', () => {
  it.each([
    ['20', '20'], ['20.00', '20'], ['017.50', '17.5'], ['0', '0'], ['0.000', '0'], ['100', '100'], ['8.3333', '8.3333'], [' 5 ', '5'],
  ])('parses rate %j as %j', (text, canonical) => {
    expect(parseTaxRate(text)).toBe(canonical);
  });

  it.each([['-1'], ['100.0001'], ['101'], ['1.23456'], ['20%'], [''], ['1e2']])('refuses rate %j', (text) => {
    refused(() => parseTaxRate(text), 'rate');
  });

  it('a tax code has an area and posts to a nominal account that is not a control account', () => {
    expect(checkTaxCode({ rate: '20.0', area: 'SALES', account: nominal('2200') })).toEqual({ rate: '20' });
    refused(() => checkTaxCode({ rate: '20', area: 'NONE', account: nominal('2200') }), 'area');
    refused(() => checkTaxCode({ rate: '20', area: 'SALES', account: { code: 'BANK1', ledgerKind: 'CASHBOOK' } }), 'accountCode');
  });
});

describe('periods', () => {
  const year = [{ name: 'FY2024', start: '2024-01-01', end: '2024-12-31' }];

  it('knows calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2024-04-31')).toBe(false);
    expect(isCalendarDate('2024-1-01')).toBe(false);
  });

  it('accepts a period next to another', () => {
    expect(() => checkPeriod({ start: '2025-01-01', end: '2025-01-01' }, year)).not.toThrow();
  });

  it('refuses invalid dates and an end before the start', () => {
    refused(() => checkPeriod({ start: '2025-02-30', end: '2025-03-31' }, []), 'start');
    refused(() => checkPeriod({ start: '2025-01-01', end: '2025-13-01' }, []), 'end');
    refused(() => checkPeriod({ start: '2025-02-01', end: '2025-01-31' }, []), 'end');
  });

  it('refuses an overlap, naming the period it overlaps', () => {
    const error = refused(() => checkPeriod({ start: '2024-12-31', end: '2025-03-31' }, year), 'start');
    expect(error.message).toContain('FY2024');
    expect(error.details.overlaps).toBe('FY2024');
  });

  it('closes an open period with nothing pending', () => {
    expect(() => checkPeriodCanClose({ name: 'Jan', status: 'OPEN' }, 0)).not.toThrow();
  });

  it('a closed period does not close again', () => {
    const error = refusal(() => checkPeriodCanClose({ name: 'Jan', status: 'CLOSED' }, 0), 'INVALID_STATE', 'id', 'Jan');
    expect(error.message).toContain('already closed');
  });

  it('a period with pending transactions cannot close, and says how many', () => {
    const error = refusal(() => checkPeriodCanClose({ name: 'Jan', status: 'OPEN' }, 3), 'INVALID_STATE', 'id', 'Jan');
    expect(error.message).toContain('3 pending transactions');
    expect(error.details.pendingCount).toBe(3);
  });
});

describe('document numbers', () => {
  it('numbers documents under the type code', () => {
    expect(formatDocumentNumber(numberPrefix('SI'), 1)).toBe('SI-000001');
    expect(formatDocumentNumber('SI', 1234567)).toBe('SI-1234567');
  });

  it('refuses a number below 1', () => {
    expect(() => formatDocumentNumber('SI', 0)).toThrow(RangeError);
  });
});
