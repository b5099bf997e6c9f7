// createBook({ template: STANDARD }) on every database of the run: the book it makes is
// whole (every flag of every type resolves to rows that exist), audited, and extensible.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import type { StandardBookQuery } from '../generated/graphql.ts';
import { createTestApp, databaseKinds, errorCode, type TestApp } from '../support/app.ts';
import { STANDARD_TEMPLATE } from '../../src/domain/templates/standard.ts';

const CreateTemplateBook = graphql(`
  mutation CreateTemplateBook($input: CreateBookInput!) {
    createBook(input: $input) { id name baseCurrency }
  }
`);

const StandardBook = graphql(`
  query StandardBook($id: ID!) {
    book(id: $id) {
      ledgers {
        code kind updatesNominal taxArea
        controlAccount { code isControlAccount ledger { kind } }
        defaultAnalysisAccount { code isControlAccount ledger { kind } }
        transactionTypes { code }
      }
      accounts(first: 500) {
        edges { node { code type currency isControlAccount ledger { code kind } controlAccount { code isControlAccount ledger { kind } } } }
        pageInfo { hasNextPage }
      }
      transactionTypes {
        code version posting updatesNominal taxable interAccount usesStock template
        ledger { code kind taxArea }
        interLedger { code kind }
        readsFrom { code posting }
        controlAccount { code isControlAccount ledger { kind } }
        defaultAnalysisAccount { code isControlAccount ledger { kind } }
      }
      taxCodes { code rate area account { code isControlAccount ledger { kind } } }
      units { code decimals }
      periods { name }
    }
  }
`);

const AddCustomer = graphql(`
  mutation StandardAddCustomer($input: CreateAccountInput!) {
    createAccount(input: $input) { code type normalSide currency ledger { code } controlAccount { code } }
  }
`);

type Book = NonNullable<StandardBookQuery['book']>;

describe.each(databaseKinds())('the STANDARD template on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  let book: Book;
  beforeAll(async () => {
    app = await createTestApp(kind);
    const { createBook } = await app.ok(CreateTemplateBook, {
      input: { name: 'Small agency', baseCurrency: 'GBP', template: 'STANDARD' },
    });
    bookId = createBook.id;
    book = (await app.ok(StandardBook, { id: bookId })).book!;
  });
  afterAll(() => app?.close());

  it('creates the six ledgers, every account, unit, tax code and type of the template', () => {
    expect(book.ledgers.map((l) => [l.code, l.kind]).sort()).toEqual(
      STANDARD_TEMPLATE.ledgers.map((l) => [l.code, l.kind]).sort(),
    );
    expect(book.accounts.pageInfo.hasNextPage).toBe(false);
    expect(book.accounts.edges.map((e) => e.node.code).sort()).toEqual(STANDARD_TEMPLATE.accounts.map((a) => a.code).sort());
    expect(book.units.map((u) => u.code).sort()).toEqual(STANDARD_TEMPLATE.units.map((u) => u.code).sort());
    expect(book.taxCodes.map((t) => t.code).sort()).toEqual(STANDARD_TEMPLATE.taxCodes.map((t) => t.code).sort());
    expect(book.transactionTypes.map((t) => t.code).sort()).toEqual(STANDARD_TEMPLATE.transactionTypes.map((t) => t.code).sort());
    expect(book.transactionTypes.every((t) => t.version === 1)).toBe(true);
    expect(book.periods).toEqual([]);
  });

  it("resolves every type's ledger, inter-ledger, control and analysis accounts and readsFrom to rows that exist", () => {
    const ledgers = new Map(book.ledgers.map((l) => [l.code, l]));
    const accounts = new Map(book.accounts.edges.map((e) => [e.node.code, e.node]));
    const types = new Map(book.transactionTypes.map((t) => [t.code, t]));
    for (const type of book.transactionTypes) {
      const where = `type ${type.code}`;
      const spec = STANDARD_TEMPLATE.transactionTypes.find((t) => t.code === type.code)!;
      expect(ledgers.has(type.ledger.code), where).toBe(true);
      expect(type.ledger.code, where).toBe(spec.ledger);
      expect(type.interLedger?.code ?? null, where).toBe(spec.interLedgerCode);
      if (type.interLedger) {
        expect(ledgers.has(type.interLedger.code), where).toBe(true);
        expect(type.interLedger.code, where).not.toBe(type.ledger.code);
      }
      for (const account of [type.controlAccount, type.defaultAnalysisAccount]) {
        if (account) {
          expect(accounts.has(account.code), where).toBe(true);
          expect(account.ledger.kind, where).toBe('NOMINAL');
        }
      }
      expect(type.readsFrom.map((r) => r.code), where).toEqual(spec.readsFromCodes);
      for (const read of type.readsFrom) {
        expect(types.has(read.code), where).toBe(true);
        expect(read.posting, `${where} reads ${read.code}`).toBe(false);
      }
      // a type that updates nominal can reach a control account for its ledger account
      if (type.updatesNominal) {
        const ledger = ledgers.get(type.ledger.code)!;
        const ledgerAccounts = [...accounts.values()].filter((a) => a.ledger.code === ledger.code);
        const resolvable = type.controlAccount ?? ledger.controlAccount ?? ledgerAccounts.find((a) => a.controlAccount);
        expect(resolvable, `${where}: no control account`).toBeTruthy();
      }
      if (type.taxable) {
        expect(type.ledger.taxArea, where).not.toBe('NONE');
        expect(book.taxCodes.some((t) => t.area === type.ledger.taxArea), where).toBe(true);
      }
      if (type.usesStock) expect(book.ledgers.some((l) => l.kind === 'STOCK'), where).toBe(true);
      if (type.template === 'JOURNAL') expect(['NOMINAL', 'CUSTOM'], where).toContain(type.ledger.kind);
    }
  });

  it('gives every SALES and PURCHASES ledger a nominal control account marked isControlAccount', () => {
    const subsidiary = book.ledgers.filter((l) => l.kind === 'SALES' || l.kind === 'PURCHASES');
    expect(subsidiary.map((l) => l.code).sort()).toEqual(['PL', 'SL']);
    for (const ledger of subsidiary) {
      expect(ledger.updatesNominal, ledger.code).toBe(true);
      expect(ledger.controlAccount, ledger.code).toMatchObject({ isControlAccount: true, ledger: { kind: 'NOMINAL' } });
      expect(ledger.defaultAnalysisAccount, ledger.code).toMatchObject({ isControlAccount: false, ledger: { kind: 'NOMINAL' } });
    }
  });

  it('gives every cashbook account its own nominal control account, and marks exactly the control accounts', () => {
    const cashbook = book.accounts.edges.map((e) => e.node).filter((a) => a.ledger.kind === 'CASHBOOK');
    expect(cashbook.map((a) => a.code).sort()).toEqual(['BANK1', 'BANK2', 'CASH1']);
    for (const account of cashbook) {
      expect(account.controlAccount, account.code).toMatchObject({ isControlAccount: true, ledger: { kind: 'NOMINAL' } });
    }
    const marked = book.accounts.edges.filter((e) => e.node.isControlAccount).map((e) => e.node.code).sort();
    expect(marked).toEqual(['1100', '1200', '1210', '1230', '2100']);
  });

  it('posts every tax code to a nominal account that is not a control account', () => {
    expect(book.taxCodes).toHaveLength(8);
    for (const taxCode of book.taxCodes) {
      expect(taxCode.account, taxCode.code).toMatchObject({ isControlAccount: false, ledger: { kind: 'NOMINAL' } });
      expect(taxCode.account.code).toBe(taxCode.area === 'SALES' ? '2200' : '2201');
    }
  });

  it('audits the whole book creation: one event per row, in the same transaction as the book', async () => {
    const events = await app.db.prisma.auditEvent.findMany({ where: { bookId }, orderBy: { id: 'asc' } });
    const count = (action: string) => events.filter((e) => e.action === action).length;
    expect(events[0]!.action).toBe('book.create');
    expect(count('ledger.create')).toBe(STANDARD_TEMPLATE.ledgers.length);
    expect(count('account.create')).toBe(STANDARD_TEMPLATE.accounts.length);
    expect(count('unit.create')).toBe(STANDARD_TEMPLATE.units.length);
    expect(count('taxCode.create')).toBe(STANDARD_TEMPLATE.taxCodes.length);
    expect(count('transactionType.create')).toBe(STANDARD_TEMPLATE.transactionTypes.length);
    expect(events).toHaveLength(
      1 + STANDARD_TEMPLATE.ledgers.length + STANDARD_TEMPLATE.accounts.length + STANDARD_TEMPLATE.units.length +
        STANDARD_TEMPLATE.taxCodes.length + STANDARD_TEMPLATE.transactionTypes.length,
    );
    for (const event of events) {
      expect(event.after, event.action).not.toBeNull();
      expect(event.actorId, event.action).toBe(events[0]!.actorId);
    }
  });

  it('writes nothing at all when the book is refused', async () => {
    const p = app.db.prisma;
    const counts = () => Promise.all([p.book.count(), p.ledger.count(), p.account.count(), p.transactionType.count(), p.auditEvent.count()]);
    const before = await counts();
    const result = await app.request(CreateTemplateBook, { input: { name: 'Bad', baseCurrency: 'XYZ', template: 'STANDARD' } });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
  });

  it('can be extended like any book: a customer joins the sales ledger under its control account', async () => {
    const { createAccount } = await app.ok(AddCustomer, {
      input: { bookId, ledgerCode: 'SL', code: 'ACME', name: 'Acme Ltd', type: 'CUSTOMER' },
    });
    expect(createAccount).toEqual({
      code: 'ACME', type: 'CUSTOMER', normalSide: 'DEBIT', currency: 'GBP', ledger: { code: 'SL' }, controlAccount: { code: '1100' },
    });
    const { createAccount: supplier } = await app.ok(AddCustomer, {
      input: { bookId, ledgerCode: 'PL', code: 'PAPERCO', name: 'Paper Co', type: 'SUPPLIER' },
    });
    expect(supplier).toMatchObject({ normalSide: 'CREDIT', controlAccount: { code: '2100' } });
    const { createAccount: item } = await app.ok(AddCustomer, {
      input: { bookId, ledgerCode: 'ST', code: 'TONER', name: 'Toner cartridge', type: 'STOCK_ITEM', currency: 'EA' },
    });
    expect(item).toMatchObject({ currency: 'EA', controlAccount: null });
    // the template's codes are taken, as any user's would be
    expect(errorCode(await app.request(AddCustomer, { input: { bookId, ledgerCode: 'NL', code: '4000', name: 'Again', type: 'INCOME' } }))).toBe('BAD_USER_INPUT');
  });
});
