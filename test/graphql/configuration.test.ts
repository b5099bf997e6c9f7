// Configuring a book through GraphQL, on every database of the run: ledgers, accounts,
// transaction types, tax codes, units and periods. Each rule of the configuration is shown
// refused with its extensions.code, and with nothing written (row counts, audit included).
import type { ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import type { ConfigAccountPageQuery } from '../generated/graphql.ts';
import { createTestApp, databaseKinds, errorCode, type TestApp } from '../support/app.ts';

const CreateBook = graphql(`
  mutation ConfigCreateBook($input: CreateBookInput!) {
    createBook(input: $input) { id }
  }
`);

const CreateLedger = graphql(`
  mutation ConfigCreateLedger($input: CreateLedgerInput!) {
    createLedger(input: $input) {
      id code name kind updatesNominal taxArea
      controlAccount { code isControlAccount }
      defaultAnalysisAccount { code }
    }
  }
`);

const CreateAccount = graphql(`
  mutation ConfigCreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      id code name type currency normalSide limit metadata isControlAccount
      ledger { code }
      controlAccount { code }
    }
  }
`);

const UpdateAccount = graphql(`
  mutation ConfigUpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) { id code name limit metadata controlAccount { code } }
  }
`);

const CreateUnit = graphql(`
  mutation ConfigCreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) { code name decimals }
  }
`);

const CreateTaxCode = graphql(`
  mutation ConfigCreateTaxCode($input: CreateTaxCodeInput!) {
    createTaxCode(input: $input) { id code name rate area account { code } }
  }
`);

const CreatePeriod = graphql(`
  mutation ConfigCreatePeriod($input: CreatePeriodInput!) {
    createPeriod(input: $input) { id name start end status }
  }
`);

const ClosePeriod = graphql(`
  mutation ConfigClosePeriod($id: ID!) {
    closePeriod(id: $id) { id name status }
  }
`);

graphql(`
  fragment ConfigTypeFields on TransactionType {
    id code name version direction posting updatesNominal taxable interAccount usesStock stockSide
    allocates requiresApproval template entryTemplates
    ledger { code }
    interLedger { code }
    readsFrom { code }
    controlAccount { code }
    defaultAnalysisAccount { code }
  }
`);

const CreateTransactionType = graphql(`
  mutation ConfigCreateTransactionType($input: CreateTransactionTypeInput!) {
    createTransactionType(input: $input) { ...ConfigTypeFields }
  }
`);

const UpdateTransactionType = graphql(`
  mutation ConfigUpdateTransactionType($input: CreateTransactionTypeInput!) {
    updateTransactionType(input: $input) { ...ConfigTypeFields }
  }
`);

const ReadBook = graphql(`
  query ConfigReadBook($id: ID!) {
    book(id: $id) {
      ledgers {
        code name kind updatesNominal taxArea
        controlAccount { code }
        defaultAnalysisAccount { code }
        transactionTypes { code }
      }
      sales: ledger(code: "SL") { code kind accounts(first: 10) { edges { node { code } } } }
      missingLedger: ledger(code: "NOPE") { code }
      bank: account(code: "BANK1") { code type ledger { code } controlAccount { code isControlAccount } }
      debtors: account(code: "1100") { code isControlAccount }
      sales4000: account(code: "4000") { code isControlAccount }
      missingAccount: account(code: "NOPE") { code }
      transactionTypes { ...ConfigTypeFields }
      taxCodes { code name rate area account { code } }
      periods { name start end status }
      units { code name decimals }
    }
  }
`);

const AccountPage = graphql(`
  query ConfigAccountPage($id: ID!, $first: Int, $after: String, $ledgerCode: String) {
    book(id: $id) {
      accounts(first: $first, after: $after, ledgerCode: $ledgerCode) {
        edges { cursor node { code } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const CreateUser = graphql(`
  mutation ConfigCreateUser($input: CreateUserInput!) {
    createUser(input: $input) { id }
  }
`);

const CreateApiKey = graphql(`
  mutation ConfigCreateApiKey($userId: ID!) {
    createApiKey(userId: $userId) { secret }
  }
`);

const SetMembership = graphql(`
  mutation ConfigSetMembership($input: SetMembershipInput!) {
    setMembership(input: $input) { role }
  }
`);

// a CUSTOM fee: the customer against sales, a commission split off by a param
const FEE_TEMPLATES = [
  { account: 'header.accountCode', side: '"DEBIT"', amount: 'header.amount' },
  { account: '"4000"', side: '"CREDIT"', amount: 'header.amountMinor - params.commissionMinor' },
];

describe.each(databaseKinds())('configuring a book on %s', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(kind);
  });
  afterAll(() => app?.close());

  /** Every configuration row of every book, and the audit log: what a refusal must leave alone. */
  async function rowCounts() {
    const p = app.db.prisma;
    const [books, ledgers, accounts, balances, controls, units, types, versions, taxCodes, periods, closed, audit] =
      await Promise.all([
        p.book.count(),
        p.ledger.count(),
        p.account.count(),
        p.accountBalance.count(),
        p.account.count({ where: { isControl: true } }),
        p.unit.count(),
        p.transactionType.count(),
        p.transactionTypeVersion.count(),
        p.taxCode.count(),
        p.period.count(),
        p.period.count({ where: { status: 'CLOSED' } }),
        p.auditEvent.count(),
      ]);
    return { books, ledgers, accounts, balances, controls, units, types, versions, taxCodes, periods, closed, audit };
  }

  /** Runs a request that must be refused with `code`, and proves nothing was written. */
  async function refused<R, V>(
    code: string,
    document: TypedDocumentNode<R, V>,
    variables: V,
    token?: string,
  ): Promise<ExecutionResult<R>> {
    const before = await rowCounts();
    const result = await app.request(document, variables, token);
    expect(errorCode(result), JSON.stringify(result.errors)).toBe(code);
    expect(result.data ?? null).toBeNull();
    expect(await rowCounts()).toEqual(before);
    return result;
  }

  const field = (result: ExecutionResult<unknown>) => result.errors?.[0]?.extensions?.field;
  const message = (result: ExecutionResult<unknown>) => result.errors?.[0]?.message ?? '';

  async function emptyBook(name = 'Agency') {
    return (await app.ok(CreateBook, { input: { name, baseCurrency: 'GBP' } })).createBook.id;
  }

  /**
   * A small agency built by mutations: a chart of accounts, a sales ledger with a ledger-wide
   * control account, a cashbook whose bank names its own, a client ledger, one sales tax code.
   */
  async function agencyBook(name = 'Agency') {
    const bookId = await emptyBook(name);
    await app.ok(CreateLedger, { input: { bookId, code: 'NL', name: 'Nominal ledger', kind: 'NOMINAL' } });
    const chart: [string, string, 'ASSET' | 'LIABILITY' | 'EQUITY' | 'INCOME' | 'EXPENSE'][] = [
      ['1100', 'Debtors control', 'ASSET'],
      ['1200', 'Bank current account', 'ASSET'],
      ['2100', 'Creditors control', 'LIABILITY'],
      ['2200', 'VAT output', 'LIABILITY'],
      ['2201', 'VAT input', 'LIABILITY'],
      ['3000', 'Capital', 'EQUITY'],
      ['4000', 'Fees', 'INCOME'],
      ['5000', 'Purchases', 'EXPENSE'],
    ];
    for (const [code, accountName, type] of chart) {
      await app.ok(CreateAccount, { input: { bookId, ledgerCode: 'NL', code, name: accountName, type } });
    }
    await app.ok(CreateLedger, {
      input: {
        bookId, code: 'SL', name: 'Sales ledger', kind: 'SALES',
        controlAccountCode: '1100', defaultAnalysisAccountCode: '4000', taxArea: 'SALES',
      },
    });
    await app.ok(CreateLedger, { input: { bookId, code: 'CB', name: 'Cashbook', kind: 'CASHBOOK' } });
    await app.ok(CreateAccount, {
      input: { bookId, ledgerCode: 'CB', code: 'BANK1', name: 'Current account', type: 'BANK', controlAccountCode: '1200' },
    });
    await app.ok(CreateLedger, { input: { bookId, code: 'CL', name: 'Client ledger', kind: 'CLIENT' } });
    await app.ok(CreateTaxCode, {
      input: { bookId, code: 'S', name: 'Standard rate', rate: '20', area: 'SALES', accountCode: '2200' },
    });
    return bookId;
  }

  async function memberWithKey(bookId: string, name: string, role: 'EDITOR' | 'VIEWER') {
    const { createUser } = await app.ok(CreateUser, { input: { name } });
    const { createApiKey } = await app.ok(CreateApiKey, { userId: createUser.id });
    await app.ok(SetMembership, { input: { bookId, userId: createUser.id, role } });
    return createApiKey.secret;
  }

  // ------------------------------------------------------------------ happy paths and reads

  it('sets up ledgers, accounts, tax codes, types and periods, and reads each back through the book', async () => {
    const bookId = await agencyBook('Read back');
    await app.ok(CreateTransactionType, {
      input: { bookId, ledgerCode: 'SL', code: 'SI', name: 'Sales invoice', direction: 'DEBIT', taxable: true },
    });
    await app.ok(CreatePeriod, { input: { bookId, name: 'FY2026', start: '2026-01-01', end: '2026-12-31' } });
    const { book } = await app.ok(ReadBook, { id: bookId });
    expect(book!.ledgers).toEqual([
      { code: 'CB', name: 'Cashbook', kind: 'CASHBOOK', updatesNominal: true, taxArea: 'NONE', controlAccount: null, defaultAnalysisAccount: null, transactionTypes: [] },
      { code: 'CL', name: 'Client ledger', kind: 'CLIENT', updatesNominal: false, taxArea: 'NONE', controlAccount: null, defaultAnalysisAccount: null, transactionTypes: [] },
      { code: 'NL', name: 'Nominal ledger', kind: 'NOMINAL', updatesNominal: false, taxArea: 'NONE', controlAccount: null, defaultAnalysisAccount: null, transactionTypes: [] },
      {
        code: 'SL', name: 'Sales ledger', kind: 'SALES', updatesNominal: true, taxArea: 'SALES',
        controlAccount: { code: '1100' }, defaultAnalysisAccount: { code: '4000' }, transactionTypes: [{ code: 'SI' }],
      },
    ]);
    expect(book!.sales).toEqual({ code: 'SL', kind: 'SALES', accounts: { edges: [] } });
    expect(book!.missingLedger).toBeNull();
    expect(book!.missingAccount).toBeNull();
    expect(book!.bank).toEqual({
      code: 'BANK1', type: 'BANK', ledger: { code: 'CB' }, controlAccount: { code: '1200', isControlAccount: true },
    });
    expect(book!.transactionTypes).toEqual([
      expect.objectContaining({
        code: 'SI', version: 1, direction: 'DEBIT', posting: true, updatesNominal: true, taxable: true,
        interAccount: false, usesStock: false, stockSide: null, allocates: false, requiresApproval: false,
        template: 'STANDARD', entryTemplates: null, ledger: { code: 'SL' }, interLedger: null, readsFrom: [],
        controlAccount: null, defaultAnalysisAccount: null,
      }),
    ]);
    expect(book!.taxCodes).toEqual([{ code: 'S', name: 'Standard rate', rate: '20', area: 'SALES', account: { code: '2200' } }]);
    expect(book!.periods).toEqual([{ name: 'FY2026', start: '2026-01-01', end: '2026-12-31', status: 'OPEN' }]);
  });

  it('marks a control account (isControlAccount) when a ledger or an account names it, and no other', async () => {
    const bookId = await agencyBook('Controls');
    const { book } = await app.ok(ReadBook, { id: bookId });
    expect(book!.debtors).toEqual({ code: '1100', isControlAccount: true });
    expect(book!.sales4000).toEqual({ code: '4000', isControlAccount: false });
    expect(book!.bank!.controlAccount).toEqual({ code: '1200', isControlAccount: true });
    const { createLedger } = await app.ok(CreateLedger, {
      input: { bookId, code: 'PL', name: 'Purchases ledger', kind: 'PURCHASES', controlAccountCode: '2100', taxArea: 'PURCHASES' },
    });
    expect(createLedger.controlAccount).toEqual({ code: '2100', isControlAccount: true });
  });

  it('trims codes, defaults the normal side, currency and limit from the account type', async () => {
    const bookId = await agencyBook('Defaults');
    const made = async (input: { ledgerCode: string; code: string; type: 'INCOME' | 'EXPENSE' | 'CUSTOMER' | 'CLIENT' | 'LIABILITY'; normalSide?: 'DEBIT' | 'CREDIT'; currency?: string }) =>
      (await app.ok(CreateAccount, { input: { bookId, name: `Account ${input.code}`, ...input } })).createAccount;
    expect(await made({ ledgerCode: 'NL', code: '  4100 ', type: 'INCOME' })).toMatchObject({ code: '4100', normalSide: 'CREDIT', currency: 'GBP', limit: 'NONE' });
    expect(await made({ ledgerCode: 'NL', code: '7000', type: 'EXPENSE' })).toMatchObject({ normalSide: 'DEBIT' });
    expect(await made({ ledgerCode: 'NL', code: '2400', type: 'LIABILITY', normalSide: 'DEBIT' })).toMatchObject({ normalSide: 'DEBIT' });
    expect(await made({ ledgerCode: 'SL', code: 'ACME', type: 'CUSTOMER' })).toMatchObject({
      normalSide: 'DEBIT', currency: 'GBP', ledger: { code: 'SL' }, controlAccount: { code: '1100' },
    });
    // a EUR customer under the GBP debtors control could never post: refused (test/graphql/foreign-currency.test.ts)
    const eur = await app.request(CreateAccount, { input: { bookId, name: 'Euro customer', ledgerCode: 'SL', code: 'ACMEEU', type: 'CUSTOMER', currency: 'EUR' } });
    expect(eur.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
    // client money may never be overdrawn
    expect(await made({ ledgerCode: 'CL', code: 'C-001', type: 'CLIENT' })).toMatchObject({ normalSide: 'CREDIT', limit: 'NO_DEBIT_BALANCE', controlAccount: null });
  });

  it('counts stock items in a unit of the book', async () => {
    const bookId = await agencyBook('Units');
    await app.ok(CreateLedger, { input: { bookId, code: 'ST', name: 'Stock book', kind: 'STOCK' } });
    expect((await app.ok(CreateUnit, { input: { bookId, code: 'KG', name: 'Kilogram', decimals: 3 } })).createUnit).toEqual({
      code: 'KG', name: 'Kilogram', decimals: 3,
    });
    const { createAccount } = await app.ok(CreateAccount, {
      input: { bookId, ledgerCode: 'ST', code: 'COFFEE', name: 'Coffee beans', type: 'STOCK_ITEM', currency: 'KG' },
    });
    expect(createAccount).toMatchObject({ currency: 'KG', normalSide: 'DEBIT' });
    expect((await app.ok(ReadBook, { id: bookId })).book!.units).toEqual([{ code: 'KG', name: 'Kilogram', decimals: 3 }]);
  });

  it('pages a book\'s accounts in code order with cursors, optionally by ledger', async () => {
    const bookId = await agencyBook('Paging');
    const all: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: ConfigAccountPageQuery = await app.ok(AccountPage, { id: bookId, first: 3, after });
      const { edges, pageInfo } = page.book!.accounts;
      expect(edges.length).toBeLessThanOrEqual(3);
      all.push(...edges.map((e) => e.node.code));
      pages += 1;
      if (!pageInfo.hasNextPage) break;
      expect(pageInfo.endCursor).toBe(edges.at(-1)!.cursor);
      after = pageInfo.endCursor ?? null;
    }
    expect(all).toEqual(['1100', '1200', '2100', '2200', '2201', '3000', '4000', '5000', 'BANK1']);
    expect(pages).toBe(3);
    const cashbook = await app.ok(AccountPage, { id: bookId, ledgerCode: 'CB' });
    expect(cashbook.book!.accounts.edges.map((e) => e.node.code)).toEqual(['BANK1']);
    const unknown = await app.ok(AccountPage, { id: bookId, ledgerCode: 'NOPE' });
    expect(unknown.book!.accounts).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(errorCode(await app.request(AccountPage, { id: bookId, after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });

  it('audits every change in the same transaction, with before and after', async () => {
    const bookId = await agencyBook('Audited');
    const events = await app.db.prisma.auditEvent.findMany({ where: { bookId }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.action)).toEqual([
      'book.create', 'ledger.create',
      ...Array(8).fill('account.create'),
      'ledger.create', 'ledger.create', 'account.create', 'ledger.create', 'taxCode.create',
    ]);
    const sl = events.find((e) => e.action === 'ledger.create' && (e.after as { code: string }).code === 'SL')!;
    expect(sl).toMatchObject({ entityType: 'Ledger', before: null, after: { code: 'SL', kind: 'SALES', updatesNominal: true } });
    expect(sl.actorId).toEqual(expect.any(String));

    const { book } = await app.ok(ReadBook, { id: bookId });
    const bankId = (await app.db.prisma.account.findFirstOrThrow({ where: { bookId, code: 'BANK1' } })).id;
    expect(book!.bank!.code).toBe('BANK1');
    const { updateAccount } = await app.ok(UpdateAccount, {
      input: { id: bankId, name: 'Main current account', limit: 'NO_CREDIT_BALANCE', metadata: { sortCode: '12-34-56' } },
    });
    expect(updateAccount).toMatchObject({ name: 'Main current account', limit: 'NO_CREDIT_BALANCE', metadata: { sortCode: '12-34-56' } });
    const update = await app.db.prisma.auditEvent.findFirstOrThrow({ where: { bookId, action: 'account.update' } });
    expect(update).toMatchObject({
      entityType: 'Account',
      entityId: bankId,
      before: { code: 'BANK1', name: 'Current account', limit: 'NONE' },
      after: { code: 'BANK1', name: 'Main current account', limit: 'NO_CREDIT_BALANCE', metadata: { sortCode: '12-34-56' } },
    });
  });

  it('updateTransactionType writes version 2 with the new flags, keeps version 1, and audits both', async () => {
    const bookId = await agencyBook('Versions');
    const base = { bookId, ledgerCode: 'SL', code: 'SR', name: 'Customer receipt', direction: 'CREDIT' as const, interLedgerCode: 'CB' };
    const { createTransactionType: v1 } = await app.ok(CreateTransactionType, { input: base });
    expect(v1).toMatchObject({ version: 1, allocates: false, requiresApproval: false, interLedger: { code: 'CB' } });
    const { updateTransactionType: v2 } = await app.ok(UpdateTransactionType, {
      input: { ...base, name: 'Receipt from customer', allocates: true, requiresApproval: true },
    });
    expect(v2).toMatchObject({ id: v1.id, version: 2, name: 'Receipt from customer', allocates: true, requiresApproval: true });
    const versions = await app.db.prisma.transactionTypeVersion.findMany({ where: { typeId: v1.id }, orderBy: { version: 'asc' } });
    expect(versions.map((v) => [v.version, v.allocates, v.requiresApproval])).toEqual([[1, false, false], [2, true, true]]);
    const audit = await app.db.prisma.auditEvent.findFirstOrThrow({ where: { bookId, action: 'transactionType.update' } });
    expect(audit).toMatchObject({
      entityId: v1.id,
      before: { version: 1, allocates: false, requiresApproval: false },
      after: { version: 2, allocates: true, requiresApproval: true },
    });
    const read = (await app.ok(ReadBook, { id: bookId })).book!.transactionTypes.find((t) => t.code === 'SR');
    expect(read).toMatchObject({ version: 2, allocates: true, requiresApproval: true });
  });

  it('creates a CUSTOM type whose entry templates compile, and shows them', async () => {
    const bookId = await agencyBook('Custom');
    const { createTransactionType } = await app.ok(CreateTransactionType, {
      input: { bookId, ledgerCode: 'SL', code: 'FEE', name: 'Fee', direction: 'DEBIT', template: 'CUSTOM', entryTemplates: FEE_TEMPLATES },
    });
    expect(createTransactionType).toMatchObject({ template: 'CUSTOM', entryTemplates: FEE_TEMPLATES, updatesNominal: true });
  });

  it('closes a period, recording who and the status before and after', async () => {
    const bookId = await agencyBook('Close');
    const { createPeriod } = await app.ok(CreatePeriod, { input: { bookId, name: 'Jan', start: '2026-01-01', end: '2026-01-31' } });
    expect((await app.ok(ClosePeriod, { id: createPeriod.id })).closePeriod).toEqual({ id: createPeriod.id, name: 'Jan', status: 'CLOSED' });
    const row = await app.db.prisma.period.findUniqueOrThrow({ where: { id: createPeriod.id } });
    expect(row.closedAt).toBeInstanceOf(Date);
    expect(row.closedById).toEqual(expect.any(String));
    expect(await app.db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: createPeriod.id, action: 'period.close' } })).toMatchObject({
      before: { status: 'OPEN' },
      after: { status: 'CLOSED' },
    });
  });

  // ------------------------------------------------------------------ who may configure

  it('updateAccount: metadata null clears it; a control account nothing names any more is ordinary again', async () => {
    const bookId = await agencyBook('Moves');
    for (const code of ['1210', '1220']) await app.ok(CreateAccount, { input: { bookId, ledgerCode: 'NL', code, name: `Bank ${code}`, type: 'ASSET' } });
    const { createAccount: bank } = await app.ok(CreateAccount, {
      input: { bookId, ledgerCode: 'CB', code: 'BANK2', name: 'Deposit account', type: 'BANK', controlAccountCode: '1210', metadata: { sortCode: '12-34-56' } },
    });
    expect(bank.metadata).toEqual({ sortCode: '12-34-56' });
    const isControl = async (code: string) =>
      (await app.db.prisma.account.findFirstOrThrow({ where: { bookId, code }, select: { isControl: true } })).isControl;
    expect([await isControl('1210'), await isControl('1220')]).toEqual([true, false]);

    const moved = (await app.ok(UpdateAccount, { input: { id: bank.id, controlAccountCode: '1220', metadata: null } })).updateAccount;
    expect(moved).toMatchObject({ controlAccount: { code: '1220' }, metadata: null });
    expect([await isControl('1210'), await isControl('1220')]).toEqual([false, true]);
    // 1200 is still named by BANK1: moving nothing away from it leaves it a control account
    expect(await isControl('1200')).toBe(true);
  });

  it('refuses every configuration change from an EDITOR or a VIEWER (FORBIDDEN), writing nothing', async () => {
    const bookId = await agencyBook('Guarded');
    const editor = await memberWithKey(bookId, 'Eddie Editor', 'EDITOR');
    const viewer = await memberWithKey(bookId, 'Vicky Viewer', 'VIEWER');
    const { createPeriod } = await app.ok(CreatePeriod, { input: { bookId, name: 'Jan', start: '2026-01-01', end: '2026-01-31' } });
    await app.ok(CreateTransactionType, { input: { bookId, ledgerCode: 'SL', code: 'SI', name: 'Sales invoice', direction: 'DEBIT' } });
    const bankId = (await app.db.prisma.account.findFirstOrThrow({ where: { bookId, code: 'BANK1' } })).id;
    for (const token of [editor, viewer]) {
      await refused('FORBIDDEN', CreateLedger, { input: { bookId, code: 'PL', name: 'Purchases', kind: 'PURCHASES', controlAccountCode: '2100' } }, token);
      await refused('FORBIDDEN', CreateAccount, { input: { bookId, ledgerCode: 'NL', code: '4100', name: 'Other', type: 'INCOME' } }, token);
      await refused('FORBIDDEN', UpdateAccount, { input: { id: bankId, name: 'Hijacked' } }, token);
      await refused('FORBIDDEN', CreateTransactionType, { input: { bookId, ledgerCode: 'SL', code: 'SC', name: 'Credit note', direction: 'CREDIT' } }, token);
      await refused('FORBIDDEN', UpdateTransactionType, { input: { bookId, ledgerCode: 'SL', code: 'SI', name: 'Changed', direction: 'DEBIT' } }, token);
      await refused('FORBIDDEN', CreateTaxCode, { input: { bookId, code: 'Z', name: 'Zero', rate: '0', area: 'SALES', accountCode: '2200' } }, token);
      await refused('FORBIDDEN', CreatePeriod, { input: { bookId, name: 'Feb', start: '2026-02-01', end: '2026-02-28' } }, token);
      await refused('FORBIDDEN', ClosePeriod, { id: createPeriod.id }, token);
      await refused('FORBIDDEN', CreateUnit, { input: { bookId, code: 'EA', name: 'Each', decimals: 0 } }, token);
    }
    // an ADMIN of another book is no ADMIN of this one
    const other = await emptyBook('Elsewhere');
    const { createUser } = await app.ok(CreateUser, { input: { name: 'Olga Other' } });
    const { createApiKey } = await app.ok(CreateApiKey, { userId: createUser.id });
    await app.ok(SetMembership, { input: { bookId: other, userId: createUser.id, role: 'ADMIN' } });
    // and this book is as unknown to them as a missing one (no existence oracle)
    await refused('NOT_FOUND', CreateAccount, { input: { bookId, ledgerCode: 'NL', code: '4100', name: 'Other', type: 'INCOME' } }, createApiKey.secret);
    // an account of a book they are not in is as unknown to them as a missing one: its id cannot be probed
    const hidden = await refused('NOT_FOUND', UpdateAccount, { input: { id: bankId, name: 'Hijacked' } }, createApiKey.secret);
    expect(hidden.errors![0]!.message).toBe(`No account ${bankId}`);
  });

  // ------------------------------------------------------------------ codes

  it('refuses a code that is not 1 to 32 letters, digits, "-", "_" or "." (BAD_USER_INPUT), writing nothing', async () => {
    const bookId = await agencyBook('Codes');
    for (const code of ['', '   ', 'has space', 'x'.repeat(33), 'café', 'a/b']) {
      const result = await refused('BAD_USER_INPUT', CreateLedger, { input: { bookId, code, name: 'Bad', kind: 'CLIENT' } });
      expect(field(result)).toBe('code');
      await refused('BAD_USER_INPUT', CreateAccount, { input: { bookId, ledgerCode: 'NL', code, name: 'Bad', type: 'ASSET' } });
      await refused('BAD_USER_INPUT', CreateTransactionType, { input: { bookId, ledgerCode: 'SL', code, name: 'Bad', direction: 'DEBIT' } });
      await refused('BAD_USER_INPUT', CreateTaxCode, { input: { bookId, code, name: 'Bad', rate: '5', area: 'SALES', accountCode: '2200' } });
      await refused('BAD_USER_INPUT', CreateUnit, { input: { bookId, code, name: 'Bad', decimals: 0 } });
    }
    // the longest code allowed, and one with every allowed punctuation mark
    await app.ok(CreateAccount, { input: { bookId, ledgerCode: 'NL', code: 'x'.repeat(32), name: 'Long', type: 'ASSET' } });
    await app.ok(CreateAccount, { input: { bookId, ledgerCode: 'NL', code: 'a-b_c.9', name: 'Marks', type: 'ASSET' } });
  });

  it('refuses a code already used in the book for the same kind of row, after trimming (BAD_USER_INPUT)', async () => {
    const bookId = await agencyBook('Duplicates');
    await app.ok(CreateTransactionType, { input: { bookId, ledgerCode: 'SL', code: 'SI', name: 'Sales invoice', direction: 'DEBIT' } });
    await app.ok(CreateUnit, { input: { bookId, code: 'EA', name: 'Each', decimals: 0 } });
    const dupLedger = await refused('BAD_USER_INPUT', CreateLedger, { input: { bookId, code: ' SL ', name: 'Again', kind: 'CLIENT' } });
    expect(message(dupLedger)).toMatch(/already used/);
    await refused('BAD_USER_INPUT', CreateAccount, { input: { bookId, ledgerCode: 'NL', code: '1100 ', name: 'Again', type: 'ASSET' } });
    await refused('BAD_USER_INPUT', CreateTransactionType, { input: { bookId, ledgerCode: 'SL', code: 'SI', name: 'Again', direction: 'DEBIT' } });
    await refused('BAD_USER_INPUT', CreateTaxCode, { input: { bookId, code: 'S', name: 'Again', rate: '20', area: 'SALES', accountCode: '2200' } });
    await refused('BAD_USER_INPUT', CreateUnit, { input: { bookId, code: 'EA', name: 'Again', decimals: 0 } });
    // codes are per book and per kind of row: another book, or a ledger named like an account, is fine
    const other = await agencyBook('Another');
    expect(other).not.toBe(bookId);
    await app.ok(CreateLedger, { input: { bookId, code: '1100', name: 'A ledger named like an account', kind: 'CLIENT' } });
    // codes are case-sensitive
    await app.ok(CreateLedger, { input: { bookId, code: 'sl', name: 'Lower case', kind: 'CLIENT' } });
  });

  it('refuses references to codes and ids the book does not have (NOT_FOUND), writing nothing', async () => {
    const bookId = await agencyBook('Unknowns');
    const result = await refused('NOT_FOUND', CreateAccount, { input: { bookId, ledgerCode: 'NOPE', code: 'X1', name: 'X', type: 'ASSET' } });
    expect(field(result)).toBe('ledgerCode');
    await refused('NOT_FOUND', CreateAccount, { input: { bookId, ledgerCode: 'CB', code: 'BANK9', name: 'X', type: 'BANK', controlAccountCode: '1999' } });
    await refused('NOT_FOUND', CreateLedger, { input: { bookId, code: 'PL', name: 'X', kind: 'PURCHASES', controlAccountCode: '2999' } });
    await refused('NOT_FOUND', CreateLedger, { input: { bookId, code: 'PL', name: 'X', kind: 'PURCHASES', controlAccountCode: '2100', defaultAnalysisAccountCode: '5999' } });
    await refused('NOT_FOUND', CreateTaxCode, { input: { bookId, code: 'Z', name: 'Zero', rate: '0', area: 'SALES', accountCode: '2999' } });
    await refused('NOT_FOUND', CreateTransactionType, { input: { bookId, ledgerCode: 'NOPE', code: 'T1', name: 'X', direction: 'DEBIT' } });
    await refused('NOT_FOUND', CreateTransactionType, { input: { bookId, ledgerCode: 'SL', code: 'T1', name: 'X', direction: 'DEBIT', defaultAnalysisAccountCode: '4999' } });
    await refused('NOT_FOUND', UpdateTransactionType, { input: { bookId, ledgerCode: 'SL', code: 'NOPE', name: 'X', direction: 'DEBIT' } });
    await refused('NOT_FOUND', UpdateAccount, { input: { id: '00000000-0000-7000-8000-000000000000', name: 'X' } });
    const bankId = (await app.db.prisma.account.findFirstOrThrow({ where: { bookId, code: 'BANK1' } })).id;
    await refused('NOT_FOUND', UpdateAccount, { input: { id: bankId, controlAccountCode: '1999' } });
    await refused('NOT_FOUND', ClosePeriod, { id: '00000000-0000-7000-8000-000000000000' });
  });

  // ------------------------------------------------------------------ accounts

  it('refuses an account type that does not belong in the ledger\'s kind (BAD_USER_INPUT)', async () => {
    const bookId = await agencyBook('Kinds');
    const result = await refused('BAD_USER_INPUT', CreateAccount, { input: { bookId, ledgerCode: 'NL', code: 'ACME', name: 'Acme', type: 'CUSTOMER' } });
    expect(field(result)).toBe('type');
    expect(message(result)).toMatch(/NOMINAL/);
    await refused('BAD_USER_INPUT', CreateAccount, { input: { bookId, ledgerCode: 'SL', code: 'BANK2', name: 'Bank', type: 'BANK', controlAccountCode: '1200' } });
    await refused('BAD_USER_INPUT', CreateAccount, { input: { bookId, ledgerCode: 'CB', code: '4100', name: 'Income', type: 'INCOME' } });
  });

  it('refuses a currency that is neither ISO 4217 nor a unit of the book, or that does not fit the type (BAD_USER_INPUT)', async () => {
    const bookId = await agencyBook('Currencies');
    await app.ok(CreateLedger, { input: { bookId, code: 'ST', name: 'Stock book', kind: 'STOCK' } });
    await app.ok(CreateUnit, { input: { bookId, code: 'EA', name: 'Each', decimals: 0 } });
    const result = await refused('BAD_USER_INPUT', CreateAccount, { input: { bookId, ledgerCode: 'SL', code: 'ACME', name: 'Acme', type: 'CUSTOMER', currency: 'XYZ' } });
    expect(field(result)).toBe('currency');
    expect(message(result)).toMatch(/ISO 4217/);
    // a stock item counts in a unit; money accounts do not
    await refused('BAD_USER_INPUT', CreateAccount, { input: { bookId, ledgerCode: 'ST', code: 'WIDGET', name: 'Widget', type: 'STOCK_ITEM', currency: 'GBP' } });
    await refused('BAD_USER_INPUT', CreateAccount, { input: { bookId, ledgerCode: 'ST', code: 'WIDGET', name: 'Widget', type: 'STOCK_ITEM' } });
    await refused('BAD_USER_INPUT', CreateAccount, { input: { bookId, ledgerCode: 'SL', code: 'ACME', name: 'Acme', type: 'CUSTOMER', currency: 'EA' } });
    // a unit may not shadow a currency, and has 0 to 6 decimals
    await refused('BAD_USER_INPUT', CreateUnit, { input: { bookId, code: 'USD', name: 'Dollar?', decimals: 2 } });
    await refused('BAD_USER_INPUT', CreateUnit, { input: { bookId, code: 'MG', name: 'Milligram', decimals: 7 } });
    // a control account mirrors its accounts in their currency
    await refused('CURRENCY_MISMATCH', CreateAccount, {
      input: { bookId, ledgerCode: 'CB', code: 'BANKEUR', name: 'Euro bank', type: 'BANK', currency: 'EUR', controlAccountCode: '1200' },
    });
  });

  it('refuses a control account that is not nominal, for a ledger or an account (BAD_USER_INPUT)', async () => {
    const bookId = await agencyBook('Nominal controls');
    await app.ok(CreateAccount, { input: { bookId, ledgerCode: 'CL', code: 'C-001', name: 'Client one', type: 'CLIENT' } });
    const result = await refused('BAD_USER_INPUT', CreateLedger, {
      input: { bookId, code: 'PL', name: 'Purchases', kind: 'PURCHASES', controlAccountCode: 'BANK1' },
    });
    expect(field(result)).toBe('controlAccountCode');
    expect(message(result)).toMatch(/NOMINAL/);
    await refused('BAD_USER_INPUT', CreateAccount, {
      input: { bookId, ledgerCode: 'CB', code: 'BANK2', name: 'Deposit', type: 'BANK', controlAccountCode: 'C-001' },
    });
    await refused('BAD_USER_INPUT', CreateTransactionType, {
      input: { bookId, ledgerCode: 'SL', code: 'SI', name: 'Invoice', direction: 'DEBIT', controlAccountCode: 'BANK1' },
    });
  });

  it('refuses a ledger that updates nominal without a control account, ledger-wide or per account (BAD_USER_INPUT)', async () => {
    const bookId = await agencyBook('Needs control');
    const result = await refused('BAD_USER_INPUT', CreateLedger, { input: { bookId, code: 'PL', name: 'Purchases', kind: 'PURCHASES' } });
    expect(field(result)).toBe('controlAccountCode');
    // the cashbook has no ledger-wide control account, so each bank names its own
    const bank = await refused('BAD_USER_INPUT', CreateAccount, { input: { bookId, ledgerCode: 'CB', code: 'BANK2', name: 'Deposit', type: 'BANK' } });
    expect(field(bank)).toBe('controlAccountCode');
    // the nominal ledger is the nominal ledger; a ledger that does not update it has no control account
    await refused('BAD_USER_INPUT', CreateLedger, { input: { bookId, code: 'NL2', name: 'Second nominal', kind: 'NOMINAL', updatesNominal: true } });
    await refused('BAD_USER_INPUT', CreateLedger, { input: { bookId, code: 'ST', name: 'Stock', kind: 'STOCK', updatesNominal: true } });
    await refused('BAD_USER_INPUT', CreateLedger, { input: { bookId, code: 'CL2', name: 'Clients', kind: 'CLIENT', controlAccountCode: '2100' } });
    await refused('BAD_USER_INPUT', CreateAccount, { input: { bookId, ledgerCode: 'CL', code: 'C-002', name: 'Client', type: 'CLIENT', controlAccountCode: '2100' } });
  });

  it('refuses to let a control account take direct lines: as analysis or tax account, or both roles at once (BAD_USER_INPUT)', async () => {
    const bookId = await agencyBook('Direct lines');
    const tax = await refused('BAD_USER_INPUT', CreateTaxCode, { input: { bookId, code: 'Z', name: 'Zero', rate: '0', area: 'SALES', accountCode: '1100' } });
    expect(field(tax)).toBe('accountCode');
    expect(message(tax)).toMatch(/control account/);
    await refused('BAD_USER_INPUT', CreateLedger, {
      input: { bookId, code: 'PL', name: 'Purchases', kind: 'PURCHASES', controlAccountCode: '2100', defaultAnalysisAccountCode: '1200' },
    });
    await refused('BAD_USER_INPUT', CreateTransactionType, {
      input: { bookId, ledgerCode: 'SL', code: 'SI', name: 'Invoice', direction: 'DEBIT', defaultAnalysisAccountCode: '1100' },
    });
    // one account may not be a ledger's control account and its default analysis account
    const both = await refused('BAD_USER_INPUT', CreateLedger, {
      input: { bookId, code: 'PL', name: 'Purchases', kind: 'PURCHASES', controlAccountCode: '2100', defaultAnalysisAccountCode: '2100' },
    });
    expect(field(both)).toBe('defaultAnalysisAccountCode');
    await refused('BAD_USER_INPUT', CreateTransactionType, {
      input: { bookId, ledgerCode: 'SL', code: 'SI', name: 'Invoice', direction: 'DEBIT', controlAccountCode: '2100', defaultAnalysisAccountCode: '2100' },
    });
    // an account already taking lines (a tax code's account) may not become a control account
    const taken = await refused('BAD_USER_INPUT', CreateLedger, {
      input: { bookId, code: 'PL', name: 'Purchases', kind: 'PURCHASES', controlAccountCode: '2200' },
    });
    expect(field(taken)).toBe('controlAccountCode');
    await refused('BAD_USER_INPUT', CreateAccount, {
      input: { bookId, ledgerCode: 'CB', code: 'BANK2', name: 'Deposit', type: 'BANK', controlAccountCode: '4000' },
    });
  });

  it('refuses an update that breaks an account\'s rules, writing nothing', async () => {
    const bookId = await agencyBook('Updates');
    const bankId = (await app.db.prisma.account.findFirstOrThrow({ where: { bookId, code: 'BANK1' } })).id;
    await refused('BAD_USER_INPUT', UpdateAccount, { input: { id: bankId, name: '   ' } });
    await refused('BAD_USER_INPUT', UpdateAccount, { input: { id: bankId, controlAccountCode: 'BANK1' } });
    const clientId = (await app.ok(CreateAccount, { input: { bookId, ledgerCode: 'CL', code: 'C-001', name: 'Client', type: 'CLIENT' } })).createAccount.id;
    await refused('BAD_USER_INPUT', UpdateAccount, { input: { id: clientId, controlAccountCode: '2100' } });
    // client money may never be overdrawn
    await refused('BAD_USER_INPUT', UpdateAccount, { input: { id: clientId, limit: 'NONE' } });
    // a control account mirrors its accounts in their currency
    await app.ok(CreateAccount, { input: { bookId, ledgerCode: 'NL', code: '1201', name: 'Euro bank', type: 'ASSET', currency: 'EUR' } });
    await refused('CURRENCY_MISMATCH', UpdateAccount, { input: { id: bankId, controlAccountCode: '1201' } });
    // an account with no entries may move to another control account, which is then marked
    await app.ok(CreateAccount, { input: { bookId, ledgerCode: 'NL', code: '1202', name: 'New bank', type: 'ASSET' } });
    const { updateAccount } = await app.ok(UpdateAccount, { input: { id: bankId, controlAccountCode: '1202' } });
    expect(updateAccount.controlAccount).toEqual({ code: '1202' });
    expect((await app.db.prisma.account.findFirstOrThrow({ where: { bookId, code: '1202' } })).isControl).toBe(true);
  });

  // ------------------------------------------------------------------ transaction types

  it('refuses interLedger together with interAccount (BAD_USER_INPUT)', async () => {
    const bookId = await agencyBook('Transfers');
    const result = await refused('BAD_USER_INPUT', CreateTransactionType, {
      input: { bookId, ledgerCode: 'SL', code: 'SR', name: 'Receipt', direction: 'CREDIT', interLedgerCode: 'CB', interAccount: true },
    });
    expect(field(result)).toBe('interAccount');
    // the target ledger must exist, be another ledger, and update nominal as this one does
    await refused('BAD_USER_INPUT', CreateTransactionType, { input: { bookId, ledgerCode: 'SL', code: 'SR', name: 'Receipt', direction: 'CREDIT', interLedgerCode: 'NOPE' } });
    await refused('BAD_USER_INPUT', CreateTransactionType, { input: { bookId, ledgerCode: 'SL', code: 'SR', name: 'Receipt', direction: 'CREDIT', interLedgerCode: 'SL' } });
    await refused('BAD_USER_INPUT', CreateTransactionType, { input: { bookId, ledgerCode: 'SL', code: 'SR', name: 'Receipt', direction: 'CREDIT', interLedgerCode: 'CL' } });
    await refused('BAD_USER_INPUT', CreateTransactionType, { input: { bookId, ledgerCode: 'SL', code: 'SR', name: 'Receipt', direction: 'CREDIT', interLedgerCode: 'NL' } });
  });

  it('refuses a taxable type without a tax area on its ledger or tax codes in that area (BAD_USER_INPUT)', async () => {
    const bookId = await agencyBook('Taxable');
    const noArea = await refused('BAD_USER_INPUT', CreateTransactionType, {
      input: { bookId, ledgerCode: 'CB', code: 'BP', name: 'Bank payment', direction: 'CREDIT', taxable: true },
    });
    expect(field(noArea)).toBe('taxable');
    expect(message(noArea)).toMatch(/tax area/);
    await app.ok(CreateLedger, { input: { bookId, code: 'PL', name: 'Purchases', kind: 'PURCHASES', controlAccountCode: '2100', taxArea: 'PURCHASES' } });
    const noCodes = await refused('BAD_USER_INPUT', CreateTransactionType, {
      input: { bookId, ledgerCode: 'PL', code: 'PI', name: 'Purchase invoice', direction: 'CREDIT', taxable: true },
    });
    expect(message(noCodes)).toMatch(/tax codes/);
    // a transfer has no lines to tax
    await refused('BAD_USER_INPUT', CreateTransactionType, {
      input: { bookId, ledgerCode: 'SL', code: 'SR', name: 'Receipt', direction: 'CREDIT', taxable: true, interLedgerCode: 'CB' },
    });
    await app.ok(CreateTaxCode, { input: { bookId, code: 'PS', name: 'Standard (purchases)', rate: '20', area: 'PURCHASES', accountCode: '2201' } });
    await app.ok(CreateTransactionType, { input: { bookId, ledgerCode: 'PL', code: 'PI', name: 'Purchase invoice', direction: 'CREDIT', taxable: true } });
  });

  it('refuses usesStock in a book without a STOCK ledger (BAD_USER_INPUT)', async () => {
    const bookId = await agencyBook('No stock');
    const result = await refused('BAD_USER_INPUT', CreateTransactionType, {
      input: { bookId, ledgerCode: 'SL', code: 'CS', name: 'Cash sale', direction: 'DEBIT', usesStock: true },
    });
    expect(field(result)).toBe('usesStock');
    await refused('BAD_USER_INPUT', CreateTransactionType, {
      input: { bookId, ledgerCode: 'SL', code: 'CS', name: 'Cash sale', direction: 'DEBIT', stockSide: 'CREDIT' },
    });
    await app.ok(CreateLedger, { input: { bookId, code: 'ST', name: 'Stock book', kind: 'STOCK' } });
    const { createTransactionType } = await app.ok(CreateTransactionType, {
      input: { bookId, ledgerCode: 'SL', code: 'CS', name: 'Cash sale', direction: 'DEBIT', usesStock: true },
    });
    // a sale debits the customer and dispatches (credits) the stock
    expect(createTransactionType).toMatchObject({ usesStock: true, stockSide: 'CREDIT' });
  });

  it('refuses readsFrom naming a posting type, an unknown type or itself (BAD_USER_INPUT)', async () => {
    const bookId = await agencyBook('Reads');
    await app.ok(CreateTransactionType, { input: { bookId, ledgerCode: 'SL', code: 'SI', name: 'Invoice', direction: 'DEBIT' } });
    const posting = await refused('BAD_USER_INPUT', CreateTransactionType, {
      input: { bookId, ledgerCode: 'SL', code: 'SI2', name: 'Invoice 2', direction: 'DEBIT', readsFromCodes: ['SI'] },
    });
    expect(field(posting)).toBe('readsFromCodes');
    expect(message(posting)).toMatch(/non-posting/);
    await refused('BAD_USER_INPUT', CreateTransactionType, {
      input: { bookId, ledgerCode: 'SL', code: 'SI2', name: 'Invoice 2', direction: 'DEBIT', readsFromCodes: ['NOPE'] },
    });
    await refused('BAD_USER_INPUT', UpdateTransactionType, {
      input: { bookId, ledgerCode: 'SL', code: 'SI', name: 'Invoice', direction: 'DEBIT', readsFromCodes: ['SI'] },
    });
    const { createTransactionType: order } = await app.ok(CreateTransactionType, {
      input: { bookId, ledgerCode: 'SL', code: 'SO', name: 'Order', direction: 'DEBIT', posting: false },
    });
    expect(order).toMatchObject({ posting: false, updatesNominal: false });
    const { createTransactionType: invoice } = await app.ok(CreateTransactionType, {
      input: { bookId, ledgerCode: 'SL', code: 'SI2', name: 'Invoice 2', direction: 'DEBIT', readsFromCodes: ['SO'] },
    });
    expect(invoice.readsFrom).toEqual([{ code: 'SO' }]);
  });

  it('refuses a JOURNAL type outside a NOMINAL or CUSTOM ledger (BAD_USER_INPUT)', async () => {
    const bookId = await agencyBook('Journals');
    const result = await refused('BAD_USER_INPUT', CreateTransactionType, {
      input: { bookId, ledgerCode: 'SL', code: 'SJ', name: 'Sales journal', direction: 'DEBIT', template: 'JOURNAL' },
    });
    expect(field(result)).toBe('template');
    const { createTransactionType } = await app.ok(CreateTransactionType, {
      input: { bookId, ledgerCode: 'NL', code: 'NJ', name: 'Nominal journal', direction: 'DEBIT', template: 'JOURNAL' },
    });
    expect(createTransactionType).toMatchObject({ template: 'JOURNAL', updatesNominal: false });
  });

  it('refuses a CUSTOM type without entry templates, or with one that does not compile, naming the bad template (BAD_USER_INPUT)', async () => {
    const bookId = await agencyBook('Custom refusals');
    const custom = { bookId, ledgerCode: 'SL', code: 'FEE', name: 'Fee', direction: 'DEBIT' as const, template: 'CUSTOM' as const };
    const missing = await refused('BAD_USER_INPUT', CreateTransactionType, { input: custom });
    expect(field(missing)).toBe('entryTemplates');
    const badAmount = await refused('BAD_USER_INPUT', CreateTransactionType, {
      input: { ...custom, entryTemplates: [FEE_TEMPLATES[0], { ...FEE_TEMPLATES[1], amount: 'header.amountMinor -' }] },
    });
    expect(field(badAmount)).toBe('entryTemplates[1].amount');
    expect(message(badAmount)).toMatch(/^entryTemplates\[1\]\.amount does not compile/);
    const noSide = await refused('BAD_USER_INPUT', CreateTransactionType, {
      input: { ...custom, entryTemplates: [{ account: '"4000"', amount: '"1.00"' }] },
    });
    expect(field(noSide)).toBe('entryTemplates[0].side');
    await refused('BAD_USER_INPUT', CreateTransactionType, { input: { ...custom, entryTemplates: [] } });
    // entry templates belong to CUSTOM types only
    await refused('BAD_USER_INPUT', CreateTransactionType, { input: { ...custom, template: 'STANDARD', entryTemplates: FEE_TEMPLATES } });
  });

  it('refuses flags that contradict the ledger, and a change of ledger on update (BAD_USER_INPUT)', async () => {
    const bookId = await agencyBook('Contradictions');
    // a posting type in a ledger that updates nominal must update it too
    await refused('BAD_USER_INPUT', CreateTransactionType, {
      input: { bookId, ledgerCode: 'SL', code: 'SI', name: 'Invoice', direction: 'DEBIT', updatesNominal: false },
    });
    // a settling type takes the side opposite the ledger's accounts
    await refused('BAD_USER_INPUT', CreateTransactionType, {
      input: { bookId, ledgerCode: 'SL', code: 'SC', name: 'Credit note', direction: 'DEBIT', allocates: true },
    });
    await refused('BAD_USER_INPUT', CreateTransactionType, {
      input: { bookId, ledgerCode: 'CB', code: 'BA', name: 'Bank', direction: 'DEBIT', allocates: true },
    });
    await refused('BAD_USER_INPUT', CreateTransactionType, {
      input: { bookId, ledgerCode: 'SL', code: 'SO', name: 'Order', direction: 'DEBIT', posting: false, interLedgerCode: 'CB' },
    });
    await app.ok(CreateTransactionType, { input: { bookId, ledgerCode: 'SL', code: 'SI', name: 'Invoice', direction: 'DEBIT' } });
    const moved = await refused('BAD_USER_INPUT', UpdateTransactionType, {
      input: { bookId, ledgerCode: 'CB', code: 'SI', name: 'Invoice', direction: 'DEBIT' },
    });
    expect(field(moved)).toBe('ledgerCode');
    await refused('BAD_USER_INPUT', UpdateTransactionType, {
      input: { bookId, ledgerCode: 'SL', code: 'SI', name: 'Invoice', direction: 'DEBIT', template: 'JOURNAL' },
    });
  });

  // ------------------------------------------------------------------ tax codes

  it('refuses a tax rate outside 0 to 100 or with more than 4 decimals, area NONE, or a non-nominal account (BAD_USER_INPUT)', async () => {
    const bookId = await agencyBook('Tax codes');
    const tax = (rate: string, area: 'SALES' | 'PURCHASES' | 'NONE' = 'SALES', accountCode = '2200') => ({
      input: { bookId, code: 'T', name: 'Tax', rate, area, accountCode },
    });
    for (const rate of ['100.01', '-5', '12.12345', '101']) {
      const result = await refused('BAD_USER_INPUT', CreateTaxCode, tax(rate));
      expect(field(result)).toBe('rate');
    }
    // not a decimal at all: refused by the Decimal scalar
    await refused('BAD_USER_INPUT', CreateTaxCode, tax('twenty'));
    expect(field(await refused('BAD_USER_INPUT', CreateTaxCode, tax('20', 'NONE')))).toBe('area');
    const notNominal = await refused('BAD_USER_INPUT', CreateTaxCode, tax('20', 'SALES', 'BANK1'));
    expect(field(notNominal)).toBe('accountCode');
    expect(message(notNominal)).toMatch(/NOMINAL/);
    // the bounds themselves are allowed, and rates come back canonical
    expect((await app.ok(CreateTaxCode, { input: { bookId, code: 'ALL', name: 'All', rate: '100.0000', area: 'SALES', accountCode: '2200' } })).createTaxCode.rate).toBe('100');
    expect((await app.ok(CreateTaxCode, { input: { bookId, code: 'R', name: 'Reduced', rate: '017.50', area: 'SALES', accountCode: '2200' } })).createTaxCode.rate).toBe('17.5');
    expect((await app.ok(CreateTaxCode, { input: { bookId, code: 'Z', name: 'Zero', rate: '0', area: 'SALES', accountCode: '2200' } })).createTaxCode.rate).toBe('0');
  });

  // ------------------------------------------------------------------ periods

  it('refuses a period that overlaps another or ends before it starts (BAD_USER_INPUT)', async () => {
    const bookId = await agencyBook('Periods');
    await app.ok(CreatePeriod, { input: { bookId, name: 'Q1', start: '2026-01-01', end: '2026-03-31' } });
    const overlap = await refused('BAD_USER_INPUT', CreatePeriod, { input: { bookId, name: 'March', start: '2026-03-01', end: '2026-03-31' } });
    expect(message(overlap)).toMatch(/overlaps period "Q1"/);
    await refused('BAD_USER_INPUT', CreatePeriod, { input: { bookId, name: 'Straddle', start: '2025-12-01', end: '2026-01-01' } });
    await refused('BAD_USER_INPUT', CreatePeriod, { input: { bookId, name: 'Backwards', start: '2026-05-01', end: '2026-04-30' } });
    await refused('BAD_USER_INPUT', CreatePeriod, { input: { bookId, name: 'Not a date', start: '2026-02-30', end: '2026-03-31' } });
    await refused('BAD_USER_INPUT', CreatePeriod, { input: { bookId, name: '  ', start: '2026-04-01', end: '2026-06-30' } });
    // the next day is free; another book's periods are its own
    await app.ok(CreatePeriod, { input: { bookId, name: 'Q2', start: '2026-04-01', end: '2026-06-30' } });
    const other = await emptyBook('Other periods');
    await app.ok(CreatePeriod, { input: { bookId: other, name: 'Q1', start: '2026-01-01', end: '2026-03-31' } });
  });

  it('refuses to close a period twice (INVALID_STATE)', async () => {
    const bookId = await agencyBook('Close twice');
    const { createPeriod } = await app.ok(CreatePeriod, { input: { bookId, name: 'Jan', start: '2026-01-01', end: '2026-01-31' } });
    await app.ok(ClosePeriod, { id: createPeriod.id });
    const again = await refused('INVALID_STATE', ClosePeriod, { id: createPeriod.id });
    expect(message(again)).toMatch(/already closed/);
  });

  it('refuses to close a period holding a pending transaction (INVALID_STATE)', async () => {
    const bookId = await agencyBook('Pending');
    await app.ok(CreateAccount, { input: { bookId, ledgerCode: 'NL', code: '1210', name: 'Deposit', type: 'ASSET' } });
    await app.ok(CreateAccount, { input: { bookId, ledgerCode: 'CB', code: 'BANK2', name: 'Deposit', type: 'BANK', controlAccountCode: '1210' } });
    const { createTransactionType: lodgement } = await app.ok(CreateTransactionType, {
      input: { bookId, ledgerCode: 'CB', code: 'BL', name: 'Bank lodgement', direction: 'DEBIT', interAccount: true },
    });
    const { createPeriod: jan } = await app.ok(CreatePeriod, { input: { bookId, name: 'Jan', start: '2026-01-01', end: '2026-01-31' } });
    const { createPeriod: feb } = await app.ok(CreatePeriod, { input: { bookId, name: 'Feb', start: '2026-02-01', end: '2026-02-28' } });
    // the posting service does not exist yet: a pending lodgement on 31 January, written directly
    const p = app.db.prisma;
    const version = await p.transactionTypeVersion.findFirstOrThrow({ where: { typeId: lodgement.id, version: 1 } });
    const [bank1, bank2, admin] = await Promise.all([
      p.account.findFirstOrThrow({ where: { bookId, code: 'BANK1' } }),
      p.account.findFirstOrThrow({ where: { bookId, code: 'BANK2' } }),
      p.auditEvent.findFirstOrThrow({ where: { bookId, action: 'book.create' } }),
    ]);
    await p.transaction.create({
      data: {
        bookId, typeId: lodgement.id, typeVersionId: version.id, number: 'BL-000001', status: 'PENDING',
        accountId: bank1.id, counterAccountId: bank2.id, date: '2026-01-31', currency: 'GBP',
        net: 10000n, tax: 0n, gross: 10000n, createdById: admin.actorId!,
      },
    });
    const result = await refused('INVALID_STATE', ClosePeriod, { id: jan.id });
    expect(message(result)).toMatch(/1 pending transaction/);
    // a pending transaction of another period does not hold this one
    expect((await app.ok(ClosePeriod, { id: feb.id })).closePeriod.status).toBe('CLOSED');
  });
});
