// Reports against hand-computed figures: trial balance, statements (GraphQL and CSV), the
// control equation, reconciliation, tax summary, and the transactions and entries
// connections. Aged balances and categories have their own files.
//
// The book (GBP, STANDARD), posted in this order:
//   T1 NJ     2026-01-05  7100 Dr 500.00 / 3000 Cr 500.00
//   T2 SI     2026-01-10  ACME 100.00 S (20%) = 120.00, due 2026-02-09
//   T3 PI     2026-01-15  INITECH 300.00 PS (20%) = 360.00
//   T4 SI     2026-01-20  GLOBEX 200.00 S + 50.00 Z = 290.00 (tax 40.00)
//   T5 SR     2026-02-01  ACME 50.00 into BANK1
//   T6 SC     2026-02-15  ACME 10.00 S = 12.00 (credit note)
//   T7 SI     2026-01-05  GLOBEX 10.00 E = 10.00 (back-dated: posted last)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { ADMIN_TOKEN, createTestApp, databaseKinds, errorCode, type TestApp } from '../support/app.ts';
import { Post, standardBook } from '../support/books.ts';

const TrialBalanceQuery = graphql(`
  query ReportTrialBalance($bookId: ID!, $asOf: Date) {
    book(id: $bookId) {
      trialBalance(asOf: $asOf) { asOf currency totalDebits totalCredits lines { account { code } debit credit } }
    }
  }
`);

const StatementQuery = graphql(`
  query ReportStatement($bookId: ID!, $code: String!, $from: Date!, $to: Date!) {
    book(id: $bookId) {
      account(code: $code) {
        statement(from: $from, to: $to) {
          from to currency opening closing debits credits
          lines { date number description debit credit runningBalance transaction { number } }
        }
        controlEquation(from: $from, to: $to) { opening movements settlements closing difference currency }
        balance(asOf: $to) { posted }
      }
    }
  }
`);

const ReconciliationQuery = graphql(`
  query ReportReconciliation($bookId: ID!, $asOf: Date) {
    book(id: $bookId) {
      reconciliation(asOf: $asOf) { ledger { code } controlAccount { code } ledgerTotal controlBalance difference currency }
    }
  }
`);

const TaxSummaryQuery = graphql(`
  query ReportTaxSummary($bookId: ID!, $from: Date!, $to: Date!) {
    book(id: $bookId) { taxSummary(from: $from, to: $to) { taxCode { code area } net tax currency } }
  }
`);

const TransactionsQuery = graphql(`
  query ReportTransactions($bookId: ID!, $filter: TransactionFilter, $first: Int, $after: String) {
    book(id: $bookId) {
      transactions(filter: $filter, first: $first, after: $after) {
        edges { cursor node { number date } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);

const EntriesQuery = graphql(`
  query ReportEntries($bookId: ID!, $code: String!, $from: Date, $to: Date, $first: Int, $after: String) {
    book(id: $bookId) {
      account(code: $code) {
        entries(from: $from, to: $to, first: $first, after: $after) {
          edges { node { date side amount sequence runningBalance transaction { number } } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
`);

const BalanceAsOf = graphql(`
  query ReportBalanceAsOf($bookId: ID!, $code: String!, $asOf: Date) { book(id: $bookId) { account(code: $code) { balance(asOf: $asOf) { posted } } } }
`);

const toMinor = (amount: string) => BigInt(amount.replace('.', ''));

const ReportCreateUser = graphql(`
  mutation ReportCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }
`);
const ReportCreateApiKey = graphql(`
  mutation ReportCreateApiKey($userId: ID!) { createApiKey(userId: $userId) { secret } }
`);

describe.each(databaseKinds())('reports on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  const numbers: Record<string, string> = {};
  let strangerToken: string;

  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app, 'Reports');
    const post = async (name: string, input: Record<string, unknown>) => {
      const { createTransaction } = await app.ok(Post, { input: { bookId, ...input } as never });
      numbers[name] = createTransaction.number;
    };
    await post('T1', {
      typeCode: 'NJ', date: '2026-01-05', description: 'Rent paid by the owner',
      lines: [{ accountCode: '7100', side: 'DEBIT', net: '500.00' }, { accountCode: '3000', side: 'CREDIT', net: '500.00' }],
    });
    await post('T2', { typeCode: 'SI', accountCode: 'ACME', date: '2026-01-10', dueDate: '2026-02-09', description: 'Consulting, January', lines: [{ net: '100.00', taxCode: 'S' }] });
    await post('T3', { typeCode: 'PI', accountCode: 'INITECH', date: '2026-01-15', lines: [{ net: '300.00', taxCode: 'PS' }] });
    await post('T4', { typeCode: 'SI', accountCode: 'GLOBEX', date: '2026-01-20', lines: [{ net: '200.00', taxCode: 'S' }, { net: '50.00', taxCode: 'Z' }] });
    await post('T5', { typeCode: 'SR', accountCode: 'ACME', counterAccountCode: 'BANK1', date: '2026-02-01', amount: '50.00', description: 'Part payment, "thanks"' });
    await post('T6', { typeCode: 'SC', accountCode: 'ACME', date: '2026-02-15', lines: [{ net: '10.00', taxCode: 'S' }] });
    await post('T7', { typeCode: 'SI', accountCode: 'GLOBEX', date: '2026-01-05', lines: [{ net: '10.00', taxCode: 'E' }] });

    const { createUser } = await app.ok(ReportCreateUser, { input: { name: 'Stranger' } });
    strangerToken = (await app.ok(ReportCreateApiKey, { userId: createUser.id })).createApiKey.secret;
  });
  afterAll(() => app?.close());

  describe('trialBalance', () => {
    it('lists the nominal accounts as of a date in debit and credit columns that total the same', async () => {
      const { book } = await app.ok(TrialBalanceQuery, { bookId, asOf: '2026-01-31' });
      expect(book!.trialBalance).toEqual({
        asOf: '2026-01-31',
        currency: 'GBP',
        totalDebits: '1280.00',
        totalCredits: '1280.00',
        lines: [
          { account: { code: '1100' }, debit: '420.00', credit: '0.00' },
          { account: { code: '2100' }, debit: '0.00', credit: '360.00' },
          { account: { code: '2200' }, debit: '0.00', credit: '60.00' },
          { account: { code: '2201' }, debit: '60.00', credit: '0.00' },
          { account: { code: '3000' }, debit: '0.00', credit: '500.00' },
          { account: { code: '4000' }, debit: '0.00', credit: '360.00' },
          { account: { code: '5000' }, debit: '300.00', credit: '0.00' },
          { account: { code: '7100' }, debit: '500.00', credit: '0.00' },
        ],
      });
    });

    it('now: every posting included, subsidiary ledgers (ACME, BANK1) left out', async () => {
      const { book } = await app.ok(TrialBalanceQuery, { bookId });
      const tb = book!.trialBalance;
      expect(tb.asOf).toBeNull();
      expect(tb.lines.map((l) => [l.account.code, l.debit, l.credit])).toEqual([
        ['1100', '358.00', '0.00'],
        ['1200', '50.00', '0.00'],
        ['2100', '0.00', '360.00'],
        ['2200', '0.00', '58.00'],
        ['2201', '60.00', '0.00'],
        ['3000', '0.00', '500.00'],
        ['4000', '0.00', '350.00'],
        ['5000', '300.00', '0.00'],
        ['7100', '500.00', '0.00'],
      ]);
      expect([tb.totalDebits, tb.totalCredits]).toEqual(['1268.00', '1268.00']);
    });

    it('before the first posting it is empty, and still balances', async () => {
      const { book } = await app.ok(TrialBalanceQuery, { bookId, asOf: '2025-12-31' });
      expect(book!.trialBalance).toMatchObject({ lines: [], totalDebits: '0.00', totalCredits: '0.00' });
    });
  });

  describe('statement', () => {
    it('shows opening, each posted entry by date with a running balance, totals and closing (debit-normal)', async () => {
      const { book } = await app.ok(StatementQuery, { bookId, code: 'ACME', from: '2026-01-01', to: '2026-02-28' });
      const account = book!.account!;
      expect(account.statement).toEqual({
        from: '2026-01-01',
        to: '2026-02-28',
        currency: 'GBP',
        opening: '0.00',
        debits: '120.00',
        credits: '62.00',
        closing: '58.00',
        lines: [
          { date: '2026-01-10', number: numbers.T2, description: 'Consulting, January', debit: '120.00', credit: null, runningBalance: '120.00', transaction: { number: numbers.T2 } },
          { date: '2026-02-01', number: numbers.T5, description: 'Part payment, "thanks"', debit: null, credit: '50.00', runningBalance: '70.00', transaction: { number: numbers.T5 } },
          { date: '2026-02-15', number: numbers.T6, description: null, debit: null, credit: '12.00', runningBalance: '58.00', transaction: { number: numbers.T6 } },
        ],
      });
      expect(account.balance.posted).toBe('58.00');
    });

    it('opens with the balance at the end of the previous day', async () => {
      const { book } = await app.ok(StatementQuery, { bookId, code: 'ACME', from: '2026-02-01', to: '2026-02-28' });
      const s = book!.account!.statement;
      expect([s.opening, s.debits, s.credits, s.closing]).toEqual(['120.00', '0.00', '62.00', '58.00']);
      expect(s.lines.map((l) => l.runningBalance)).toEqual(['70.00', '58.00']);
    });

    it('orders a back-dated posting by its date, not by when it was posted', async () => {
      const { book } = await app.ok(StatementQuery, { bookId, code: 'GLOBEX', from: '2026-01-01', to: '2026-01-31' });
      const s = book!.account!.statement;
      expect(s.lines.map((l) => [l.date, l.number, l.debit, l.runningBalance])).toEqual([
        ['2026-01-05', numbers.T7, '10.00', '10.00'],
        ['2026-01-20', numbers.T4, '290.00', '300.00'],
      ]);
      expect(s.closing).toBe('300.00');
    });

    it('a credit-normal account closes at opening + credits − debits', async () => {
      const { book } = await app.ok(StatementQuery, { bookId, code: '4000', from: '2026-01-06', to: '2026-02-28' });
      const s = book!.account!.statement;
      // T7 (10.00 on 01-05) is before the range: it is in the opening
      expect([s.opening, s.debits, s.credits, s.closing]).toEqual(['10.00', '10.00', '350.00', '350.00']);
      // T4's two lines post two entries to 4000 (200.00 and 50.00): kept apart, not merged
      expect(s.lines.map((l) => l.runningBalance)).toEqual(['110.00', '310.00', '360.00', '350.00']);
    });

    it('proves the control equation (opening + movements − settlements = closing) from rollups and entries', async () => {
      for (const [code, expected] of [
        ['ACME', { opening: '120.00', movements: '0.00', settlements: '62.00', closing: '58.00' }],
        ['1100', { opening: '420.00', movements: '0.00', settlements: '62.00', closing: '358.00' }],
        ['4000', { opening: '360.00', movements: '0.00', settlements: '10.00', closing: '350.00' }],
      ] as const) {
        const { book } = await app.ok(StatementQuery, { bookId, code, from: '2026-02-01', to: '2026-02-28' });
        expect(book!.account!.controlEquation).toEqual({ ...expected, difference: '0.00', currency: 'GBP' });
      }
    });

    it('refuses a range whose start is after its end (BAD_USER_INPUT)', async () => {
      const result = await app.request(StatementQuery, { bookId, code: 'ACME', from: '2026-03-01', to: '2026-02-01' });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    });
  });

  describe('statement.csv', () => {
    const csv = (code: string, query: string, token: string | null = ADMIN_TOKEN) =>
      app.yoga.fetch(`http://daybook.test/books/${bookId}/accounts/${code}/statement.csv?${query}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });

    it('answers the statement as a CSV file with the same figures', async () => {
      const response = await csv('ACME', 'from=2026-01-01&to=2026-02-28');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="statement-ACME-2026-01-01-2026-02-28.csv"');
      expect(await response.text()).toBe(
        [
          'date,transaction,reference,description,debit,credit,balance',
          '2026-01-01,,,Opening balance,,,0.00',
          `2026-01-10,${numbers.T2},,"Consulting, January",120.00,,120.00`,
          `2026-02-01,${numbers.T5},,"Part payment, ""thanks""",,50.00,70.00`,
          `2026-02-15,${numbers.T6},,,,12.00,58.00`,
          '2026-02-28,,,Closing balance,120.00,62.00,58.00',
          '',
        ].join('\r\n'),
      );
    });

    it('wants the same key and membership as the API, and says what is wrong', async () => {
      expect((await csv('ACME', 'from=2026-01-01&to=2026-02-28', null)).status).toBe(401);
      // a book the caller is not in is as unknown as a missing one (no existence oracle)
      const hidden = await csv('ACME', 'from=2026-01-01&to=2026-02-28', strangerToken);
      expect(hidden.status).toBe(404);
      expect(await hidden.json()).toMatchObject({ code: 'NOT_FOUND', message: `No book ${bookId}: check the bookId (the books query lists yours)` });
      expect((await csv('NOPE', 'from=2026-01-01&to=2026-02-28')).status).toBe(404);
      const bad = await csv('ACME', 'from=2026-02-30&to=2026-02-28');
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT' });
    });
  });

  describe('reconciliation', () => {
    it('sets each ledger against its control accounts, per currency, with zero difference', async () => {
      const { book } = await app.ok(ReconciliationQuery, { bookId });
      expect(book!.reconciliation).toEqual([
        { ledger: { code: 'CB' }, controlAccount: { code: '1200' }, ledgerTotal: '50.00', controlBalance: '50.00', difference: '0.00', currency: 'GBP' },
        { ledger: { code: 'CB' }, controlAccount: { code: '1210' }, ledgerTotal: '0.00', controlBalance: '0.00', difference: '0.00', currency: 'GBP' },
        { ledger: { code: 'CB' }, controlAccount: { code: '1230' }, ledgerTotal: '0.00', controlBalance: '0.00', difference: '0.00', currency: 'GBP' },
        { ledger: { code: 'PL' }, controlAccount: { code: '2100' }, ledgerTotal: '360.00', controlBalance: '360.00', difference: '0.00', currency: 'GBP' },
        { ledger: { code: 'SL' }, controlAccount: { code: '1100' }, ledgerTotal: '358.00', controlBalance: '358.00', difference: '0.00', currency: 'GBP' },
      ]);
    });

    it('as of a date', async () => {
      const { book } = await app.ok(ReconciliationQuery, { bookId, asOf: '2026-01-31' });
      expect(book!.reconciliation.map((r) => [r.controlAccount.code, r.ledgerTotal, r.controlBalance, r.difference])).toEqual([
        ['1200', '0.00', '0.00', '0.00'],
        ['1210', '0.00', '0.00', '0.00'],
        ['1230', '0.00', '0.00', '0.00'],
        ['2100', '360.00', '360.00', '0.00'],
        ['1100', '420.00', '420.00', '0.00'],
      ]);
    });

    it('as of any date, read forwards or backwards from now: each ledger total is the sum of its accounts then', async () => {
      // the book's dates run 01-05 to 02-15: up to 01-25 the rollups are read forwards, after it backwards
      for (const asOf of ['2025-12-31', '2026-01-05', '2026-01-12', '2026-01-25', '2026-01-26', '2026-02-01', '2026-02-14', '2026-02-15', '2027-01-01']) {
        const [{ book }, acme, globex, initech] = await Promise.all([
          app.ok(ReconciliationQuery, { bookId, asOf }),
          ...['ACME', 'GLOBEX', 'INITECH'].map(async (code) => (await app.ok(BalanceAsOf, { bookId, code, asOf })).book!.account!.balance.posted),
        ]);
        const row = (code: string) => book!.reconciliation.find((r) => r.controlAccount.code === code)!;
        expect(book!.reconciliation.map((r) => r.difference), asOf).toEqual(['0.00', '0.00', '0.00', '0.00', '0.00']);
        expect(toMinor(row('1100').ledgerTotal), `SL on ${asOf}`).toBe(toMinor(acme!) + toMinor(globex!));
        expect(row('2100').ledgerTotal, `PL on ${asOf}`).toBe(initech);
      }
      const early = await app.ok(ReconciliationQuery, { bookId, asOf: '2026-01-12' });
      expect(early.book!.reconciliation.map((r) => [r.controlAccount.code, r.ledgerTotal])).toEqual([['1200', '0.00'], ['1210', '0.00'], ['1230', '0.00'], ['2100', '0.00'], ['1100', '130.00']]);
    });
  });

  describe('connections', () => {
    it('pages transactions by date with stable cursors', async () => {
      const page = async (after?: string | null) => (await app.ok(TransactionsQuery, { bookId, first: 3, after })).book!.transactions;
      const one = await page();
      expect(one.edges.map((e) => e.node.number)).toEqual([numbers.T1, numbers.T7, numbers.T2]);
      expect(one.pageInfo.hasNextPage).toBe(true);
      const two = await page(one.pageInfo.endCursor);
      expect(two.edges.map((e) => e.node.number)).toEqual([numbers.T3, numbers.T4, numbers.T5]);
      const three = await page(two.pageInfo.endCursor);
      expect(three.edges.map((e) => e.node.number)).toEqual([numbers.T6]);
      expect(three.pageInfo).toEqual({ hasNextPage: false, endCursor: three.edges[0]!.cursor });
      // the same cursor gives the same page again
      expect((await page(one.pageInfo.endCursor)).edges.map((e) => e.cursor)).toEqual(two.edges.map((e) => e.cursor));
    });

    it('filters transactions by ledger, account, type, status and dates', async () => {
      const numbersOf = async (filter: object) =>
        (await app.ok(TransactionsQuery, { bookId, filter })).book!.transactions.edges.map((e) => e.node.number);
      expect(await numbersOf({ ledgerCode: 'SL' })).toEqual([numbers.T7, numbers.T2, numbers.T4, numbers.T5, numbers.T6]);
      expect(await numbersOf({ accountCode: 'ACME' })).toEqual([numbers.T2, numbers.T5, numbers.T6]);
      expect(await numbersOf({ accountCode: 'BANK1' })).toEqual([numbers.T5]);
      expect(await numbersOf({ typeCode: 'SI', from: '2026-01-06' })).toEqual([numbers.T2, numbers.T4]);
      expect(await numbersOf({ status: 'POSTED', to: '2026-01-10' })).toEqual([numbers.T1, numbers.T7, numbers.T2]);
      expect(await numbersOf({ ledgerCode: 'NOPE' })).toEqual([]);
    });

    it('pages an account\'s entries within dates', async () => {
      const entries = async (vars: object) => (await app.ok(EntriesQuery, { bookId, code: 'ACME', ...vars })).book!.account!.entries;
      const all = await entries({});
      expect(all.edges.map((e) => [e.node.date, e.node.side, e.node.amount, e.node.sequence, e.node.runningBalance])).toEqual([
        ['2026-01-10', 'DEBIT', '120.00', 1, '120.00'],
        ['2026-02-01', 'CREDIT', '50.00', 2, '70.00'],
        ['2026-02-15', 'CREDIT', '12.00', 3, '58.00'],
      ]);
      const first = await entries({ first: 2 });
      expect(first.pageInfo.hasNextPage).toBe(true);
      const rest = await entries({ first: 2, after: first.pageInfo.endCursor });
      expect(rest.edges.map((e) => e.node.transaction.number)).toEqual([numbers.T6]);
      expect((await entries({ from: '2026-02-01', to: '2026-02-10' })).edges.map((e) => e.node.amount)).toEqual(['50.00']);
      expect(errorCode(await app.request(EntriesQuery, { bookId, code: 'ACME', after: 'bm9wZQ' }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('taxSummary', () => {
    it('sums net and tax per tax code from posted lines in the range; a credit note counts against it', async () => {
      const { book } = await app.ok(TaxSummaryQuery, { bookId, from: '2026-01-01', to: '2026-02-28' });
      expect(book!.taxSummary.map((l) => [l.taxCode.code, l.net, l.tax])).toEqual([
        ['E', '10.00', '0.00'],
        ['PE', '0.00', '0.00'],
        ['PR', '0.00', '0.00'],
        ['PS', '300.00', '60.00'],
        ['PZ', '0.00', '0.00'],
        ['R', '0.00', '0.00'],
        ['S', '290.00', '58.00'],
        ['Z', '50.00', '0.00'],
      ]);
    });

    it('leaves out lines dated outside the range', async () => {
      const { book } = await app.ok(TaxSummaryQuery, { bookId, from: '2026-02-01', to: '2026-02-28' });
      expect(book!.taxSummary.filter((l) => l.net !== '0.00').map((l) => [l.taxCode.code, l.net, l.tax])).toEqual([['S', '-10.00', '-2.00']]);
    });

    it('subtracts the lines of a reversal (reversalOfId set)', async () => {
      // reversals come from another issue: write one the way it will be written, a mirrored copy
      const prisma = app.db.prisma;
      const original = await prisma.transaction.findFirstOrThrow({ where: { bookId, number: numbers.T2 }, include: { lines: true } });
      const { id: _id, number: _n, lines, createdAt: _c, ...header } = original;
      await prisma.transaction.create({
        data: {
          ...header,
          number: 'SI-REV-1',
          date: '2026-03-05',
          reversalOfId: original.id,
          outstanding: null,
          params: undefined,
          metadata: undefined,
          lines: { create: lines.map(({ id: _l, transactionId: _t, ...line }) => line) },
        },
      });
      const { book } = await app.ok(TaxSummaryQuery, { bookId, from: '2026-03-01', to: '2026-03-31' });
      expect(book!.taxSummary.find((l) => l.taxCode.code === 'S')).toMatchObject({ net: '-100.00', tax: '-20.00' });
      const whole = await app.ok(TaxSummaryQuery, { bookId, from: '2026-01-01', to: '2026-03-31' });
      expect(whole.book!.taxSummary.find((l) => l.taxCode.code === 'S')).toMatchObject({ net: '190.00', tax: '38.00' });
    });
  });

  it('keeps reports to the book\'s members (to anyone else the book is unknown: null)', async () => {
    expect(await app.request(TrialBalanceQuery, { bookId }, strangerToken)).toEqual({ data: { book: null } });
  });
});
