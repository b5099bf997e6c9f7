// Foreign currency through GraphQL on both databases: an account its ledger's control cannot
// mirror is refused at createAccount; a ledger keeps a control per currency; exchange rates by
// date; every entry's base amount at the day's rate, half-even, each transaction balanced in
// the base currency; the trial balance in base currency; reversals mirror base amounts.
// Figures by hand in the comments (GBP book, EUR customer).
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import type { FxAuditQuery } from '../generated/graphql.ts';
import { databaseKinds, errorCode } from '../support/app.ts';
import { AddAccount, member, useStandardBook } from '../support/books.ts';

const SetRate = graphql(`
  mutation FxSetRate($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { currency date rate } }
`);
const SetControl = graphql(`
  mutation FxSetControl($input: SetLedgerControlAccountInput!) {
    setLedgerControlAccount(input: $input) { code controlAccounts { currency account { code } } }
  }
`);
const FxPost = graphql(`
  mutation FxPost($input: CreateTransactionInput!) {
    createTransaction(input: $input) {
      id number currency gross
      entries { account { code } side amount currency baseAmount }
    }
  }
`);
const FxLedger = graphql(`
  query FxLedger($bookId: ID!) {
    book(id: $bookId) {
      ledger(code: "SL") { id }
      account(code: "ACMEEU") { currency controlAccount { code } }
    }
  }
`);
const FxRates = graphql(`
  query FxRates($bookId: ID!, $date: Date!) {
    book(id: $bookId) {
      exchangeRates { currency date rate }
      exchangeRate(currency: "EUR", date: $date) { date rate }
      none: exchangeRate(currency: "EUR", date: "2026-02-28") { rate }
    }
  }
`);
const FxReports = graphql(`
  query FxReports($bookId: ID!) {
    book(id: $bookId) {
      eur: trialBalance(currency: "EUR") { currency totalDebits totalCredits baseCurrency baseTotalDebits baseTotalCredits lines { account { code } debit credit } }
      base: baseTrialBalance { currency totalDebits totalCredits lines { account { code } currency debit credit } }
      reconciliation { ledger { code } controlAccount { code } currency ledgerTotal controlBalance difference }
    }
  }
`);
const FxReverse = graphql(`
  mutation FxReverse($input: RequestReversalInput!) {
    requestReversal(input: $input) { status reversal { entries { account { code } side amount baseAmount } } }
  }
`);
const FxTaxCode = graphql(`
  mutation FxTaxCode($input: CreateTaxCodeInput!) { createTaxCode(input: $input) { code } }
`);
const FxTransactions = graphql(`
  query FxTransactions($bookId: ID!) { book(id: $bookId) { transactions(filter: { accountCode: "ACMEEU" }) { edges { node { number } } } } }
`);

const FxAudit = graphql(`
  query FxAudit($bookId: ID!, $after: String) {
    book(id: $bookId) { auditEvents(first: 100, after: $after) { edges { node { action entityId before after } } pageInfo { hasNextPage endCursor } } }
  }
`);

const entriesOf = (t: { entries: { account: { code: string }; side: string; amount: string; baseAmount?: string | null }[] }) =>
  t.entries.map((e) => [e.account.code, e.side, e.amount, e.baseAmount]);

describe.each(databaseKinds())('foreign currency on %s', (kind) => {
  const book = useStandardBook(kind, 'Foreign currency');

  it('refuses a EUR customer under the GBP debtors control at createAccount, and says how', async () => {
    const { app, bookId } = book;
    const refused = await app.request(AddAccount, { input: { bookId, ledgerCode: 'SL', code: 'EARLY', name: 'Too early', type: 'CUSTOMER', currency: 'EUR' } });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions!.field).toBe('currency');
    expect(refused.errors![0]!.message).toMatch(/control account 1100 is in GBP.*controlAccountCode.*setLedgerControlAccount/);
  });

  it('keeps a control per currency, posts at the day\'s rate, balances in base currency, reports and reverses', async () => {
    const { app, bookId } = book;
    // the EUR side of the chart: a debtors control, sales and output VAT in EUR
    for (const [code, name, type] of [['1101', 'Debtors control (EUR)', 'ASSET'], ['4001', 'Sales (EUR)', 'INCOME'], ['2202', 'VAT output (EUR)', 'LIABILITY']] as const) {
      await app.ok(AddAccount, { input: { bookId, ledgerCode: 'NL', code, name, type, currency: 'EUR' } });
    }
    await app.ok(FxTaxCode, { input: { bookId, code: 'SE', name: 'Standard rate (EUR sales)', rate: '20', area: 'SALES', accountCode: '2202' } });
    const { book: before } = await app.ok(FxLedger, { bookId });
    const ledgerId = before!.ledger!.id;

    // a control account in another currency, or one already set, is refused
    const wrongCurrency = await app.request(SetControl, { input: { ledgerId, currency: 'EUR', accountCode: '1100' } });
    expect(errorCode(wrongCurrency)).toBe('BAD_USER_INPUT');
    const editor = await member(app, bookId, 'Fx editor', 'EDITOR');
    expect(errorCode(await app.request(SetControl, { input: { ledgerId, currency: 'EUR', accountCode: '1101' } }, editor))).toBe('FORBIDDEN');
    const { setLedgerControlAccount } = await app.ok(SetControl, { input: { ledgerId, currency: 'EUR', accountCode: '1101' } });
    expect(setLedgerControlAccount.controlAccounts).toEqual([
      { currency: 'GBP', account: { code: '1100' } },
      { currency: 'EUR', account: { code: '1101' } },
    ]);
    const replaced = await app.request(SetControl, { input: { ledgerId, currency: 'EUR', accountCode: '4001' } });
    expect(errorCode(replaced)).toBe('BAD_USER_INPUT');
    expect(replaced.errors![0]!.message).toMatch(/already keeps 1101/);

    await app.ok(AddAccount, { input: { bookId, ledgerCode: 'SL', code: 'ACMEEU', name: 'Acme GmbH', type: 'CUSTOMER', currency: 'EUR' } });
    const { book: after } = await app.ok(FxLedger, { bookId });
    expect(after!.account).toEqual({ currency: 'EUR', controlAccount: { code: '1101' } });

    // no rate yet: refused, nothing written
    const invoice = { bookId, typeCode: 'SI', accountCode: 'ACMEEU', date: '2026-03-02', lines: [{ net: '100.00', taxCode: 'SE', accountCode: '4001' }, { net: '33.33', taxCode: 'SE', accountCode: '4001' }] };
    const noRate = await app.request(FxPost, { input: invoice });
    expect(errorCode(noRate)).toBe('BAD_USER_INPUT');
    expect(noRate.errors![0]!.extensions!.field).toBe('date');
    expect(noRate.errors![0]!.message).toMatch(/no EUR exchange rate on or before 2026-03-02.*setExchangeRate/);
    expect((await app.ok(FxTransactions, { bookId })).book!.transactions.edges).toEqual([]);

    // rates: bounded decimals, never the base currency, ADMIN only
    for (const rate of ['0', '-1', '1.12345678901', '1e3']) {
      expect(errorCode(await app.request(SetRate, { input: { bookId, currency: 'EUR', date: '2026-03-01', rate } }))).toBe('BAD_USER_INPUT');
    }
    expect(errorCode(await app.request(SetRate, { input: { bookId, currency: 'GBP', date: '2026-03-01', rate: '1' } }))).toBe('BAD_USER_INPUT');
    const viewer = await member(app, bookId, 'Fx viewer', 'VIEWER');
    expect(errorCode(await app.request(SetRate, { input: { bookId, currency: 'EUR', date: '2026-03-01', rate: '0.9' } }, viewer))).toBe('FORBIDDEN');
    await app.ok(SetRate, { input: { bookId, currency: 'EUR', date: '2026-03-01', rate: '0.9' } });
    // the same date again replaces it; trailing zeros go
    expect((await app.ok(SetRate, { input: { bookId, currency: 'eur', date: '2026-03-01', rate: '0.85710' } })).setExchangeRate).toEqual({ currency: 'EUR', date: '2026-03-01', rate: '0.8571' });
    await app.ok(SetRate, { input: { bookId, currency: 'EUR', date: '2026-03-20', rate: '0.5' } });
    const rates = (await app.ok(FxRates, { bookId, date: '2026-03-19' })).book!;
    expect(rates.exchangeRates).toEqual([{ currency: 'EUR', date: '2026-03-01', rate: '0.8571' }, { currency: 'EUR', date: '2026-03-20', rate: '0.5' }]);
    expect(rates.exchangeRate).toEqual({ date: '2026-03-01', rate: '0.8571' });
    expect(rates.none).toBeNull();
    // each change audited, with what it replaced
    const events: { action: string; entityId: string; before?: unknown; after?: unknown }[] = [];
    for (let after: string | null = null; ;) {
      const page: FxAuditQuery = await app.ok(FxAudit, { bookId, after });
      events.push(...page.book!.auditEvents.edges.map((e) => e.node));
      if (!page.book!.auditEvents.pageInfo.hasNextPage) break;
      after = page.book!.auditEvents.pageInfo.endCursor ?? null;
    }
    const audit = events.filter((e) => e.action === 'exchangeRate.set' || e.action === 'ledger.setControlAccount');
    expect(audit.map((e) => [e.action, e.entityId])).toEqual([
      ['ledger.setControlAccount', ledgerId], ['exchangeRate.set', 'EUR:2026-03-01'], ['exchangeRate.set', 'EUR:2026-03-01'], ['exchangeRate.set', 'EUR:2026-03-20'],
    ]);
    expect(audit[2]!.before).toMatchObject({ rate: '0.9' });
    expect(audit[2]!.after).toMatchObject({ rate: '0.8571' });

    // at 0.8571: 160.00 → 137.136 → 137.14; 100.00 → 85.71; 33.33 → 28.567… → 28.57; VAT 20.00 + 6.67 = 26.67 → 22.858… → 22.86
    // credits 85.71 + 28.57 + 22.86 = 137.14: balanced as rounded
    const { createTransaction: si } = await app.ok(FxPost, { input: invoice });
    expect(si).toMatchObject({ currency: 'EUR', gross: '160.00' });
    expect(entriesOf(si)).toEqual([
      ['ACMEEU', 'DEBIT', '160.00', '137.14'], ['1101', 'DEBIT', '160.00', '137.14'],
      ['4001', 'CREDIT', '100.00', '85.71'], ['4001', 'CREDIT', '33.33', '28.57'], ['2202', 'CREDIT', '26.67', '22.86'],
    ]);

    // at 0.5 (from 2026-03-20): 0.03 → 0.015 → 0.02 (half-even); each 0.01 → 0.005 → 0.00; the 0.02 the
    // credits lack goes to the largest non-control credit (the first line), so the debits and credits agree
    const { createTransaction: small } = await app.ok(FxPost, {
      input: { bookId, typeCode: 'SI', accountCode: 'ACMEEU', date: '2026-03-25', lines: [0, 1, 2].map(() => ({ net: '0.01', taxCode: 'Z', accountCode: '4001' })) },
    });
    expect(entriesOf(small)).toEqual([
      ['ACMEEU', 'DEBIT', '0.03', '0.02'], ['1101', 'DEBIT', '0.03', '0.02'],
      ['4001', 'CREDIT', '0.01', '0.02'], ['4001', 'CREDIT', '0.01', '0.00'], ['4001', 'CREDIT', '0.01', '0.00'],
    ]);

    // a GBP invoice in the same book: the base amount is the amount
    const { createTransaction: gbp } = await app.ok(FxPost, { input: { bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-03-02', lines: [{ net: '10.00', taxCode: 'S' }] } });
    expect(entriesOf(gbp)).toEqual([
      ['ACME', 'DEBIT', '12.00', '12.00'], ['1100', 'DEBIT', '12.00', '12.00'], ['4000', 'CREDIT', '10.00', '10.00'], ['2200', 'CREDIT', '2.00', '2.00'],
    ]);

    const reportsNow = (await app.ok(FxReports, { bookId })).book!;
    // EUR: 1101 160.03 debit; 4001 133.36 and 2202 26.67 credit; in GBP 137.16 = 114.30 + 22.86
    expect(reportsNow.eur).toEqual({
      currency: 'EUR', totalDebits: '160.03', totalCredits: '160.03', baseCurrency: 'GBP', baseTotalDebits: '137.16', baseTotalCredits: '137.16',
      lines: [{ account: { code: '1101' }, debit: '160.03', credit: '0.00' }, { account: { code: '2202' }, debit: '0.00', credit: '26.67' }, { account: { code: '4001' }, debit: '0.00', credit: '133.36' }],
    });
    expect(reportsNow.base).toEqual({
      currency: 'GBP', totalDebits: '149.16', totalCredits: '149.16',
      lines: [
        { account: { code: '1100' }, currency: 'GBP', debit: '12.00', credit: '0.00' },
        { account: { code: '1101' }, currency: 'EUR', debit: '137.16', credit: '0.00' },
        { account: { code: '2200' }, currency: 'GBP', debit: '0.00', credit: '2.00' },
        { account: { code: '2202' }, currency: 'EUR', debit: '0.00', credit: '22.86' },
        { account: { code: '4000' }, currency: 'GBP', debit: '0.00', credit: '10.00' },
        { account: { code: '4001' }, currency: 'EUR', debit: '0.00', credit: '114.30' },
      ],
    });
    // each control in its own currency, each balance labelled with it
    const sales = reportsNow.reconciliation.filter((r) => r.ledger.code === 'SL');
    expect(sales).toEqual([
      { ledger: { code: 'SL' }, controlAccount: { code: '1100' }, currency: 'GBP', ledgerTotal: '12.00', controlBalance: '12.00', difference: '0.00' },
      { ledger: { code: 'SL' }, controlAccount: { code: '1101' }, currency: 'EUR', ledgerTotal: '160.03', controlBalance: '160.03', difference: '0.00' },
    ]);

    // a reversal on another day (another rate) mirrors the base amounts: it undoes them exactly
    const { requestReversal } = await app.ok(FxReverse, { input: { transactionId: si.id, reason: 'wrong customer', date: '2026-03-26' } });
    expect(requestReversal.status).toBe('APPROVED');
    expect(entriesOf(requestReversal.reversal!)).toEqual([
      ['ACMEEU', 'CREDIT', '160.00', '137.14'], ['1101', 'CREDIT', '160.00', '137.14'],
      ['4001', 'DEBIT', '100.00', '85.71'], ['4001', 'DEBIT', '33.33', '28.57'], ['2202', 'DEBIT', '26.67', '22.86'],
    ]);
    const { base } = (await app.ok(FxReports, { bookId })).book!;
    expect(base).toMatchObject({ totalDebits: '12.02', totalCredits: '12.02' });

    // a journal between two EUR customers at 0.5: every nominal entry is a control mirror. 0.03 → 0.02;
    // each 0.01 → 0.00; the 0.02 goes to the first credit's mirror on 1101 and to the line it mirrors
    await app.ok(AddAccount, { input: { bookId, ledgerCode: 'SL', code: 'INITEU', name: 'Initech SARL', type: 'CUSTOMER', currency: 'EUR' } });
    const { createTransaction: transfer } = await app.ok(FxPost, {
      input: {
        bookId, typeCode: 'NJ', currency: 'EUR', date: '2026-03-27',
        lines: [{ accountCode: 'ACMEEU', side: 'DEBIT', net: '0.03' }, ...[0, 1, 2].map(() => ({ accountCode: 'INITEU', side: 'CREDIT' as const, net: '0.01' }))],
      },
    });
    expect(entriesOf(transfer)).toEqual([
      ['ACMEEU', 'DEBIT', '0.03', '0.02'], ['INITEU', 'CREDIT', '0.01', '0.02'], ['INITEU', 'CREDIT', '0.01', '0.00'], ['INITEU', 'CREDIT', '0.01', '0.00'],
      ['1101', 'DEBIT', '0.03', '0.02'], ['1101', 'CREDIT', '0.01', '0.02'], ['1101', 'CREDIT', '0.01', '0.00'], ['1101', 'CREDIT', '0.01', '0.00'],
    ]);
    expect((await app.ok(FxReports, { bookId })).book!.base).toMatchObject({ totalDebits: '12.02', totalCredits: '12.02' });
  });
});
