// No N+1: the database queries a request costs must not grow with the length of a list.
// A Prisma query extension counts every operation (model and raw) the request makes; the
// same request over 3 and over 30 rows must cost the same.
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import type { Prisma } from '../../src/db.ts';
import { createLogger } from '../../src/logger.ts';
import { createDaybook } from '../../src/yoga.ts';
import { ADMIN_TOKEN, createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { AddAccount, Post, standardBook } from '../support/books.ts';

const TransactionsWithEverything = graphql(`
  query CountTransactions($bookId: ID!, $first: Int) {
    book(id: $bookId) {
      transactions(first: $first) {
        edges {
          node {
            number gross account { code name } type { code } createdBy { name }
            lines { net tax taxCode { code rate } account { code } }
            entries { side amount sequence runningBalance account { code ledger { code } } transaction { number } }
          }
        }
      }
    }
  }
`);

const AccountsWithBalances = graphql(`
  query CountAccounts($bookId: ID!, $first: Int) {
    book(id: $bookId) {
      accounts(ledgerCode: "SL", first: $first) {
        edges {
          node {
            code controlAccount { code } version
            now: balance { posted }
            then: balance(asOf: "2026-01-31") { posted pending }
            openingBalance(date: "2026-02-01")
          }
        }
      }
    }
  }
`);

const StatementAndReports = graphql(`
  query CountReports($bookId: ID!) {
    book(id: $bookId) {
      account(code: "1100") {
        statement(from: "2026-01-01", to: "2026-12-31") { closing lines { runningBalance transaction { number account { code } } } }
      }
      trialBalance { lines { account { code name } debit credit } }
      agedBalances(ledgerCode: "SL", asOf: "2026-12-31") { rows { account { code } total } }
      reconciliation { ledger { code } controlAccount { code } difference }
      taxSummary(from: "2026-01-01", to: "2026-12-31") { taxCode { code } net }
      categories { name balance { posted } then: balance(asOf: "2026-01-31") { posted } accounts { code } }
    }
  }
`);

const CountCategory = graphql(`
  mutation CountCategory($input: CreateCategoryInput!) { createCategory(input: $input) { id } }
`);
const CountAddToCategory = graphql(`
  mutation CountAddToCategory($input: CategoryMemberInput!) { addToCategory(input: $input) { id } }
`);

describe.each(databaseKinds())('queries per request on %s', (kind) => {
  let app: TestApp;
  let small: string;
  let large: string;
  let counted: { yoga: ReturnType<typeof createDaybook>; operations: string[] };

  /** A book with `customers` customers, each invoiced and paid once; a category per customer. */
  async function bookOf(name: string, customers: number) {
    const bookId = await standardBook(app, name);
    for (let i = 1; i <= customers; i++) {
      const code = `C${String(i).padStart(3, '0')}`;
      await app.ok(AddAccount, { input: { bookId, ledgerCode: 'SL', code, name: `Customer ${i}`, type: 'CUSTOMER' } });
      await app.ok(Post, { input: { bookId, typeCode: 'SI', accountCode: code, date: '2026-01-10', lines: [{ net: '100.00', taxCode: 'S' }, { net: '10.00', taxCode: 'Z' }] } });
      await app.ok(Post, { input: { bookId, typeCode: 'SR', accountCode: code, counterAccountCode: 'BANK1', date: '2026-02-10', amount: '50.00' } });
      const { createCategory } = await app.ok(CountCategory, { input: { bookId, name: `Group ${i}`, currency: 'GBP', normalSide: 'DEBIT' } });
      await app.ok(CountAddToCategory, { input: { categoryId: createCategory.id, accountCode: code } });
    }
    return bookId;
  }

  beforeAll(async () => {
    app = await createTestApp(kind);
    small = await bookOf('Small', 2);
    large = await bookOf('Large', 20);
    const operations: string[] = [];
    const prisma = app.db.prisma.$extends({
      query: {
        async $allOperations({ model, operation, args, query }) {
          operations.push(`${model ?? ''}.${operation}`);
          return query(args);
        },
      },
    }) as unknown as Prisma;
    // keys stay cached for the whole file, so each request counts its document's queries only
    counted = { yoga: createDaybook({ ...app.db, prisma }, createLogger('silent'), { keys: { ttlMs: 3_600_000 } }), operations };
    await counted.yoga.fetch('http://daybook.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
  });
  afterAll(async () => {
    await counted?.yoga.dispose();
    await app?.close();
  });

  async function cost<R, V>(document: TypedDocumentNode<R, V>, variables: V) {
    counted.operations.length = 0;
    const response = await counted.yoga.fetch('http://daybook.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const result = (await response.json()) as { data?: R; errors?: unknown[] };
    expect(result.errors).toBeUndefined();
    return { data: result.data!, queries: counted.operations.length, operations: [...counted.operations] };
  }

  it('counts the operations it is meant to count', async () => {
    const { queries, operations } = await cost(TransactionsWithEverything, { bookId: small, first: 1 });
    expect(queries).toBeGreaterThan(2);
    expect(operations).toContain('Transaction.findMany');
  });

  it('transactions(first: 50) with lines, entries and accounts costs the same for 4 and for 40 transactions', async () => {
    const few = await cost(TransactionsWithEverything, { bookId: small, first: 50 });
    const many = await cost(TransactionsWithEverything, { bookId: large, first: 50 });
    expect(few.data.book!.transactions.edges).toHaveLength(4);
    expect(many.data.book!.transactions.edges).toHaveLength(40);
    expect(many.data.book!.transactions.edges[0]!.node.entries).toHaveLength(5);
    expect([...many.operations].sort()).toEqual([...few.operations].sort());
    expect(many.queries).toBeLessThanOrEqual(15);
  });

  // (a paginated connection nested under a list, such as each account's entries(first: 5),
  // is one query per parent by nature: its pages are per account)
  it('accounts with balances now and as of a date and opening balances: a constant cost', async () => {
    const few = await cost(AccountsWithBalances, { bookId: small, first: 50 });
    const many = await cost(AccountsWithBalances, { bookId: large, first: 50 });
    expect(many.data.book!.accounts.edges).toHaveLength(22);
    expect([...many.operations].sort()).toEqual([...few.operations].sort());
    expect(many.data.book!.accounts.edges.find((e) => e.node.code === 'C020')!.node.then.posted).toBe('130.00');
    expect(few.queries).toBe(many.queries);
  });

  it('every report with its nested accounts and transactions, and category balances: a constant cost', async () => {
    const few = await cost(StatementAndReports, { bookId: small });
    const many = await cost(StatementAndReports, { bookId: large });
    expect(many.data.book!.account!.statement.lines).toHaveLength(40);
    expect(many.data.book!.categories).toHaveLength(20);
    expect([...many.operations].sort()).toEqual([...few.operations].sort());
  });
});
