import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseCode } from '../../src/domain/configuration.ts';
import {
  checkStandardTemplate,
  controlAccountCodes,
  STANDARD_TEMPLATE,
  type StandardTemplate,
  type TemplateTransactionType,
} from '../../src/domain/templates/standard.ts';

const T = STANDARD_TEMPLATE;
const type = (code: string): TemplateTransactionType => {
  const found = T.transactionTypes.find((t) => t.code === code);
  if (!found) throw new Error(`no type ${code}`);
  return found;
};
const withType = (code: string, change: Partial<TemplateTransactionType>): StandardTemplate => ({
  ...T,
  transactionTypes: T.transactionTypes.map((t) => (t.code === code ? { ...t, ...change } : t)),
});

describe('the STANDARD template', () => {
  it('passes every configuration rule', () => {
    expect(checkStandardTemplate()).toEqual([]);
  });

  it('uses only valid codes', () => {
    const codes = [T.ledgers, T.accounts, T.units, T.taxCodes, T.transactionTypes].flatMap((rows) => rows.map((r) => r.code));
    for (const code of codes) expect(normaliseCode('code', code)).toBe(code);
  });

  it('has the six ledgers, nominal first', () => {
    expect(T.ledgers.map((l) => l.kind)).toEqual(['NOMINAL', 'SALES', 'PURCHASES', 'CASHBOOK', 'CLIENT', 'STOCK']);
  });

  it('has the usual transaction types', () => {
    expect(T.transactionTypes.map((t) => t.code)).toEqual([
      'SO', 'SI', 'SC', 'SR', 'PO', 'PI', 'PC', 'PP', 'BL', 'BT', 'CS', 'NJ', 'CR', 'CP', 'CT', 'STR', 'STD', 'STA', 'STW',
    ]);
  });

  it('has a cash sale: taxable, in the cashbook (the bank is its account), sales by default to 4000', () => {
    expect(T.transactionTypes.find((t) => t.code === 'CS')).toMatchObject({
      ledger: 'CB', direction: 'DEBIT', posting: true, updatesNominal: true, taxable: true, interLedgerCode: null, allocates: false, defaultAnalysisAccount: '4000',
    });
    expect(T.ledgers.find((l) => l.code === 'CB')!.taxArea).toBe('SALES');
  });

  it('marks the control accounts: debtors, creditors and each bank', () => {
    expect([...controlAccountCodes()].sort()).toEqual(['1100', '1200', '1210', '1230', '2100']);
  });

  it('posts receipts and payments through the cashbook, settling open items, with approval to reverse', () => {
    expect(type('SR')).toMatchObject({ ledger: 'SL', direction: 'CREDIT', interLedgerCode: 'CB', allocates: true, requiresApproval: true });
    expect(type('PP')).toMatchObject({ ledger: 'PL', direction: 'DEBIT', interLedgerCode: 'CB', allocates: true, requiresApproval: true });
  });

  it('invoices read orders, which do not post', () => {
    expect(type('SI').readsFromCodes).toEqual(['SO']);
    expect(type('SO').posting).toBe(false);
    expect(type('PI').readsFromCodes).toEqual(['PO']);
  });

  it('keeps client money out of the nominal ledger and never overdrawn', () => {
    expect(T.ledgers.find((l) => l.kind === 'CLIENT')?.updatesNominal).toBe(false);
    expect(T.accounts.find((a) => a.code === 'CLIENTBANK')).toMatchObject({ ledger: 'CL', type: 'BANK', limit: 'NO_CREDIT_BALANCE' });
    for (const code of ['CR', 'CP', 'CT']) expect(type(code)).toMatchObject({ interAccount: true, requiresApproval: true, updatesNominal: false });
  });

  it('gives each tax area standard, reduced, zero and exempt codes', () => {
    expect(T.taxCodes.filter((t) => t.area === 'SALES').map((t) => [t.code, t.rate, t.account])).toEqual([
      ['S', '20', '2200'], ['R', '5', '2200'], ['Z', '0', '2200'], ['E', '0', '2200'],
    ]);
    expect(T.taxCodes.filter((t) => t.area === 'PURCHASES').map((t) => t.account)).toEqual(['2201', '2201', '2201', '2201']);
  });
});

describe('docs/templates.md', () => {
  const doc = readFileSync(new URL('../../docs/templates.md', import.meta.url), 'utf8');

  it('lists every ledger, account, unit, tax code and transaction type of the template', () => {
    const rows = [T.ledgers, T.accounts, T.units, T.taxCodes, T.transactionTypes].flat();
    for (const row of rows) expect(doc).toContain(`| ${row.code} | ${row.name} |`);
  });
});

describe('checkStandardTemplate finds problems', () => {
  it('a dangling reference', () => {
    const broken = { ...T, taxCodes: [...T.taxCodes, { code: 'X', name: 'x', rate: '1', area: 'SALES' as const, account: '9999' }] };
    expect(checkStandardTemplate(broken)).toEqual([expect.stringContaining('tax code X')]);
  });

  it('a repeated code', () => {
    const broken = { ...T, units: [...T.units, { code: 'EA', name: 'Each again', decimals: 0 }] };
    expect(checkStandardTemplate(broken)).toEqual([expect.stringContaining('already used')]);
  });

  it('an account in the wrong ledger', () => {
    const broken = { ...T, accounts: T.accounts.map((a) => (a.code === 'BANK1' ? { ...a, ledger: 'SL' } : a)) };
    expect(checkStandardTemplate(broken)[0]).toContain('account BANK1');
  });

  it('flags that do not go together', () => {
    expect(checkStandardTemplate(withType('SR', { interAccount: true }))[0]).toContain('transaction type SR');
  });

  it('a flag written out differently from what the rules resolve', () => {
    expect(checkStandardTemplate(withType('SI', { updatesNominal: false }))[0]).toContain('updatesNominal');
  });

  it('nothing when a stock type states its stock side explicitly', () => {
    expect(checkStandardTemplate(withType('STR', { stockSide: 'CREDIT' }))).toEqual([]);
  });

  it('a type read before it exists', () => {
    const reordered = { ...T, transactionTypes: [type('SI'), ...T.transactionTypes.filter((t) => t.code !== 'SI')] };
    expect(checkStandardTemplate(reordered)[0]).toContain('readsFromCodes');
  });
});
