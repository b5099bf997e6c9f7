// Renaming and archiving ledgers and tax codes, closing accounts: history stays, nothing new
// posts (INVALID_STATE), and every change is audited.
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { databaseKinds, errorCode } from '../support/app.ts';
import { AccountBalance, AddAccount, member, Post, useStandardBook } from '../support/books.ts';

const Config = graphql(`
  query RetirementConfig($bookId: ID!) {
    book(id: $bookId) {
      ledgers { id code name archived }
      taxCodes { id code name archived }
    }
  }
`);
const UpdateLedger = graphql(`
  mutation UpdateLedger($input: UpdateLedgerInput!) { updateLedger(input: $input) { code name archived archivedAt accounts { edges { node { code } } } } }
`);
const UpdateTaxCode = graphql(`
  mutation UpdateTaxCode($input: UpdateTaxCodeInput!) { updateTaxCode(input: $input) { code name rate archived } }
`);
const CloseAccount = graphql(`
  mutation CloseAccount($id: ID!, $reason: String) { closeAccount(id: $id, reason: $reason) { code closed closedAt } }
`);
const ReopenAccount = graphql(`
  mutation ReopenAccount($id: ID!, $reason: String!) { reopenAccount(id: $id, reason: $reason) { code closed } }
`);
const Reverse = graphql(`
  mutation ReverseRetired($input: RequestReversalInput!) { requestReversal(input: $input) { status } }
`);
const AccountId = graphql(`
  query RetirementAccountId($bookId: ID!, $code: String!) { book(id: $bookId) { account(code: $code) { id } } }
`);
const Audit = graphql(`
  query RetirementAudit($bookId: ID!, $after: String) {
    book(id: $bookId) { auditEvents(first: 100, after: $after) { edges { node { action entityType reason } } pageInfo { hasNextPage endCursor } } }
  }
`);

describe.each(databaseKinds())('archiving and closing on %s', (kind) => {
  const book = useStandardBook(kind, 'Retirement');
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const { app, bookId } = book;
    const config = (await app.ok(Config, { bookId })).book!;
    for (const l of config.ledgers) ids[`ledger:${l.code}`] = l.id;
    for (const c of config.taxCodes) ids[`tax:${c.code}`] = c.id;
    for (const code of ['IDLE', 'PAID']) {
      ids[code] = (await app.ok(AddAccount, { input: { bookId, ledgerCode: 'SL', code, name: code, type: 'CUSTOMER' } })).createAccount.id;
    }
  });

  const post = (input: Record<string, unknown>) => book.app.request(Post, { input: { bookId: book.bookId, date: '2026-07-01', ...input } as never });

  it('renames a ledger, and an archived ledger takes no postings, accounts or types but stays readable', async () => {
    const { app, bookId } = book;
    const renamed = await app.ok(UpdateLedger, { input: { id: ids['ledger:SL']!, name: 'Debtors ledger' } });
    expect(renamed.updateLedger).toMatchObject({ code: 'SL', name: 'Debtors ledger', archived: false, archivedAt: null });
    expect((await post({ typeCode: 'PI', accountCode: 'INITECH', lines: [{ net: '10.00', taxCode: 'PS' }] })).errors).toBeUndefined();

    const archived = (await app.ok(UpdateLedger, { input: { id: ids['ledger:PL']!, archived: true } })).updateLedger;
    expect(archived).toMatchObject({ code: 'PL', archived: true, accounts: { edges: [{ node: { code: 'INITECH' } }] } });
    const refused = await post({ typeCode: 'PI', accountCode: 'INITECH', lines: [{ net: '10.00', taxCode: 'PS' }] });
    expect(errorCode(refused)).toBe('INVALID_STATE');
    expect(refused.errors![0]!.extensions).toMatchObject({ status: 'ARCHIVED' });
    expect(refused.errors![0]!.message).toMatch(/archived ledger/);
    // a payment from the bank to an archived ledger's supplier: the same
    expect(errorCode(await post({ typeCode: 'PP', accountCode: 'INITECH', counterAccountCode: 'BANK1', amount: '5.00' }))).toBe('INVALID_STATE');
    const account = await app.request(AddAccount, { input: { bookId, ledgerCode: 'PL', code: 'NEWSUP', name: 'New supplier', type: 'SUPPLIER' } });
    expect(errorCode(account)).toBe('INVALID_STATE');
    // history is kept: the supplier's balance still reads 12.00 (10.00 + 2.00 VAT)
    expect((await app.ok(AccountBalance, { bookId, code: 'INITECH' })).book!.account!.balance.posted).toBe('12.00');

    await app.ok(UpdateLedger, { input: { id: ids['ledger:PL']!, archived: false } });
    expect((await post({ typeCode: 'PI', accountCode: 'INITECH', lines: [{ net: '10.00', taxCode: 'PS' }] })).errors).toBeUndefined();
  });

  it('renames a tax code, and an archived one takes no new lines', async () => {
    const { app, bookId } = book;
    const code = (await app.ok(UpdateTaxCode, { input: { id: ids['tax:R']!, name: 'Reduced (old)', archived: true } })).updateTaxCode;
    expect(code).toEqual({ code: 'R', name: 'Reduced (old)', rate: '5', archived: true });
    const refused = await post({ typeCode: 'SI', accountCode: 'ACME', lines: [{ net: '10.00', taxCode: 'S' }, { net: '10.00', taxCode: 'R' }] });
    expect(errorCode(refused)).toBe('INVALID_STATE');
    expect(refused.errors![0]!.extensions).toMatchObject({ field: 'lines[1].taxCode', status: 'ARCHIVED' });
    expect((await app.ok(Config, { bookId })).book!.taxCodes.find((c) => c.code === 'R')!.archived).toBe(true);
    expect((await post({ typeCode: 'SI', accountCode: 'ACME', lines: [{ net: '10.00', taxCode: 'S' }] })).errors).toBeUndefined();
  });

  it('closes an account only at a zero balance, then refuses postings to it until it is reopened', async () => {
    const { app } = book;
    // IDLE: nothing posted; close it and post to it
    expect((await app.ok(CloseAccount, { id: ids.IDLE!, reason: 'customer ceased trading' })).closeAccount).toMatchObject({ code: 'IDLE', closed: true });
    const refused = await post({ typeCode: 'SI', accountCode: 'IDLE', lines: [{ net: '10.00', taxCode: 'S' }] });
    expect(errorCode(refused)).toBe('INVALID_STATE');
    expect(refused.errors![0]!.extensions).toMatchObject({ accountCode: 'IDLE', status: 'CLOSED' });
    expect(errorCode(await app.request(CloseAccount, { id: ids.IDLE! }))).toBe('INVALID_STATE');
    expect((await app.ok(ReopenAccount, { id: ids.IDLE!, reason: 'trading again' })).reopenAccount.closed).toBe(false);
    expect((await post({ typeCode: 'SI', accountCode: 'IDLE', lines: [{ net: '10.00', taxCode: 'S' }] })).errors).toBeUndefined();
    // IDLE now owes 12.00: refused, with the balance in the message
    const owing = await app.request(CloseAccount, { id: ids.IDLE! });
    expect(errorCode(owing)).toBe('INVALID_STATE');
    expect(owing.errors![0]!.message).toMatch(/debit balance of 12\.00/);
    expect(owing.errors![0]!.extensions).toMatchObject({ balance: '12.00', side: 'DEBIT' });
  });

  it('refuses to close a control account, and to reverse into a closed account', async () => {
    const { app, bookId } = book;
    const debtors = (await app.ok(AccountId, { bookId, code: '1100' })).book!.account!.id;
    const control = await app.request(CloseAccount, { id: debtors });
    expect(errorCode(control)).toBe('INVALID_STATE');
    expect(control.errors![0]!.message).toMatch(/control account.*archive the ledger/);
    // an ordinary nominal account with nothing on it closes
    const spare = (await app.ok(AddAccount, { input: { bookId, ledgerCode: 'NL', code: '1199', name: 'Spare', type: 'ASSET' } })).createAccount.id;
    expect((await app.ok(CloseAccount, { id: spare })).closeAccount.closed).toBe(true);
    const invoice = (await post({ typeCode: 'SI', accountCode: 'PAID', lines: [{ net: '100.00', taxCode: 'S' }] })).data!.createTransaction;
    await post({ typeCode: 'SR', accountCode: 'PAID', counterAccountCode: 'BANK1', amount: '120.00', allocations: [{ transactionId: invoice.id, amount: '120.00' }] });
    await app.ok(CloseAccount, { id: ids.PAID! });
    const reversal = await app.request(Reverse, { input: { transactionId: invoice.id, reason: 'wrong customer' } });
    expect(errorCode(reversal)).toBe('INVALID_STATE');
    expect(reversal.errors![0]!.message).toMatch(/reopen it/);
  });

  it('is for admins only, and every change is audited', async () => {
    const { app, bookId } = book;
    const editor = await member(app, bookId, 'Ed', 'EDITOR');
    expect(errorCode(await app.request(CloseAccount, { id: ids.IDLE! }, editor))).toBe('FORBIDDEN');
    expect(errorCode(await app.request(UpdateLedger, { input: { id: ids['ledger:SL']!, name: 'x' } }, editor))).toBe('FORBIDDEN');
    const actions: { action: string; reason: string | null }[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { edges: { node: { action: string; reason?: string | null } }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } =
        (await app.ok(Audit, { bookId, after })).book!.auditEvents;
      actions.push(...page.edges.map((e) => ({ action: e.node.action, reason: e.node.reason ?? null })));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    const names = actions.map((a) => a.action);
    for (const action of ['ledger.update', 'ledger.archive', 'ledger.unarchive', 'taxCode.archive', 'account.close', 'account.reopen']) expect(names).toContain(action);
    expect(actions.find((a) => a.action === 'account.close')!.reason).toBe('customer ceased trading');
    expect(actions.find((a) => a.action === 'account.reopen')!.reason).toBe('trading again');
  });
});
