import { describe, expect, it } from 'vitest';
import { buildPosting, compileEntryTemplates, templateAccountCodes } from '../../src/domain/posting.ts';
import type { EntryTemplate } from '../../src/domain/types.ts';
import { book, domainError, input, rows, taxCodes, typeVersion } from './fixtures.ts';

// A fee charged to a customer and split between two income accounts by a param.
const feeTemplates: EntryTemplate[] = [
  { account: 'header.accountCode', side: '"DEBIT"', amount: 'header.amount' },
  { account: '"4000"', side: '"CREDIT"', amount: 'header.amountMinor - params.commissionMinor' },
  { account: 'params.commissionAccount', side: '"CREDIT"', amount: 'params.commissionMinor', when: 'params.commissionMinor > 0' },
];
const feeType = typeVersion({ name: 'Fee', template: 'CUSTOM', taxable: false, entryTemplates: feeTemplates });

const postFee = (params: Record<string, unknown>, amount = 10000n) =>
  buildPosting({ type: feeType, accounts: book, taxCodes, input: input({ accountCode: 'ACME', amount, params }) });

describe('CUSTOM entry templates', () => {
  it('posts the entries its CEL templates give, mirroring the customer into debtors control', () => {
    const plan = postFee({ commissionMinor: 1500, commissionAccount: '4100' });
    expect(rows(plan.entries)).toEqual([
      ['ACME', 'DEBIT', 10000n],
      ['4000', 'CREDIT', 8500n],
      ['4100', 'CREDIT', 1500n],
      ['1100', 'DEBIT', 10000n],
    ]);
    expect(plan).toMatchObject({ status: 'POSTED', net: 10000n, gross: 10000n, accountId: 'acc-ACME' });
  });

  it('tells the service which accounts the templates name before posting', () => {
    const codes = templateAccountCodes(feeType, input({ accountCode: 'ACME', amount: 100n, params: { commissionMinor: 1n, commissionAccount: '4100' } }));
    expect(codes).toEqual(['ACME', '4000', '4100']);
  });

  it('skips a template whose `when` is false', () => {
    const plan = postFee({ commissionMinor: 0, commissionAccount: '4100' });
    expect(rows(plan.entries)).toEqual([['ACME', 'DEBIT', 10000n], ['4000', 'CREDIT', 10000n], ['1100', 'DEBIT', 10000n]]);
  });

  it('refuses results that do not balance', () => {
    const lopsided = typeVersion({
      template: 'CUSTOM', taxable: false,
      entryTemplates: [{ account: '"5000"', side: '"DEBIT"', amount: '"10.00"' }, { account: '"3000"', side: '"CREDIT"', amount: '"9.99"' }],
    });
    const error = domainError(() => buildPosting({ type: lopsided, accounts: book, taxCodes, input: input() }));
    expect(error).toMatchObject({ code: 'UNBALANCED', details: { debits: '10.00', credits: '9.99' } });
  });

  it('refuses a template naming a control account, an unknown account, or a bad side at evaluation', () => {
    expect(domainError(() => postFee({ commissionMinor: 1, commissionAccount: '1100' })).message).toMatch(/control account/);
    expect(domainError(() => postFee({ commissionMinor: 1, commissionAccount: 'NOPE' }))).toMatchObject({
      code: 'NOT_FOUND', details: { field: 'entryTemplates[2].account' },
    });
    expect(domainError(() => postFee({ commissionAccount: '4100' })).details).toMatchObject({ index: 1, templateField: 'amount' });
  });

  it('refuses an amount that is a float, zero or has too many decimals', () => {
    expect(domainError(() => postFee({ commissionMinor: 12.5, commissionAccount: '4100' })).details).toMatchObject({ index: 1 });
    const sloppy = typeVersion({ template: 'CUSTOM', taxable: false, entryTemplates: [{ account: '"5000"', side: '"DEBIT"', amount: '"1.001"' }] });
    expect(domainError(() => buildPosting({ type: sloppy, accounts: book, taxCodes, input: input() })).details)
      .toMatchObject({ field: 'entryTemplates[0].amount' });
  });
});

describe('compileEntryTemplates', () => {
  it('compiles valid templates', () => {
    expect(compileEntryTemplates(feeTemplates)).toHaveLength(3);
  });

  it('refuses a bad expression, naming the template index and field', () => {
    const error = domainError(() => compileEntryTemplates([feeTemplates[0], { account: '"4000"', side: '"CREDIT"', amount: 'params.x +' }]));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/^entryTemplates\[1\]\.amount does not compile/);
    expect(error.details).toMatchObject({ index: 1, templateField: 'amount', expression: 'params.x +' });
  });

  it('refuses unknown variables and wrong result types at compile time', () => {
    expect(domainError(() => compileEntryTemplates([{ account: 'process.env', side: '"DEBIT"', amount: '1' }])).message)
      .toMatch(/entryTemplates\[0\]\.account does not compile: Unknown variable/);
    expect(domainError(() => compileEntryTemplates([{ account: '"4000"', side: '"DEBIT"', amount: '1', when: '"yes"' }])).message)
      .toMatch(/entryTemplates\[0\]\.when must give bool/);
    expect(domainError(() => compileEntryTemplates([{ account: '"4000"', side: '"DEBIT"', amount: '1.5' }])).message)
      .toMatch(/entryTemplates\[0\]\.amount must give/);
  });

  it('refuses a wrong shape', () => {
    expect(domainError(() => compileEntryTemplates([])).details).toMatchObject({ field: 'entryTemplates' });
    expect(domainError(() => compileEntryTemplates([{ account: '"4000"', side: '"DEBIT"' }])).message).toMatch(/entryTemplates\[0\]\.amount is required/);
    expect(domainError(() => compileEntryTemplates([{ account: '"4000"', side: '"DEBIT"', amount: '1', extra: 'x' }])).message)
      .toMatch(/entryTemplates\[0\]\.extra is not a template field/);
    expect(domainError(() => compileEntryTemplates([{ account: 4000, side: '"DEBIT"', amount: '1' }])).message)
      .toMatch(/must be a CEL expression string/);
  });
});
