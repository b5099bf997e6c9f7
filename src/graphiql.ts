// GraphiQL at GET /graphql (a browser's request): the page and its editor come from the
// installed @graphql-yoga/render-graphiql package, inlined, so it works offline (no CDN).
// Its tabs are a tour of a book; the headers editor holds the key (Authorization: Bearer).
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';

const BOOK = '"bookId": "<paste a book id: the books query lists yours>"';

const tab = (query: string, variables: string) => ({
  query: query.trim() + '\n',
  variables,
  headers: JSON.stringify({ Authorization: 'Bearer <your API key>' }, null, 2),
});

export const EXAMPLE_TABS: NonNullable<GraphiQLOptions['defaultTabs']> = [
  tab(
    `
# Welcome to Daybook. Put your API key in the Headers tab below:
#   { "Authorization": "Bearer dbk_..." }
# (the first admin's key is printed once at first start, and kept in data/admin-token).
# Then run this query (the play button, or Ctrl-Enter), and copy a book id into the
# variables of the other tabs.
query MyBooks {
  me { id name }
  books { id name baseCurrency }
}`,
    '{}',
  ),
  tab(
    `
# The trial balance: every nominal account with a balance, debits and credits totalled.
query TrialBalance($bookId: ID!) {
  book(id: $bookId) {
    name
    trialBalance {
      currency
      lines { account { code name } debit credit }
      totalDebits
      totalCredits
    }
  }
}`,
    `{ ${BOOK} }`,
  ),
  tab(
    `
# An account's statement: opening balance, entries with a running balance, closing balance.
query Statement($bookId: ID!, $code: String!, $from: Date!, $to: Date!) {
  book(id: $bookId) {
    account(code: $code) {
      name
      balance { posted available currency }
      statement(from: $from, to: $to) {
        opening
        lines { date number reference description debit credit runningBalance }
        closing
      }
    }
  }
}`,
    `{ ${BOOK}, "code": "1200", "from": "2026-01-01", "to": "2026-12-31" }`,
  ),
  tab(
    `
# Aged receivables: the sales ledger's open items by days past due.
query AgedReceivables($bookId: ID!, $asOf: Date!) {
  book(id: $bookId) {
    agedBalances(ledgerCode: "SL", asOf: $asOf) {
      buckets
      rows { account { code name } amounts total }
      totals
      total
    }
  }
}`,
    `{ ${BOOK}, "asOf": "2026-12-31" }`,
  ),
  tab(
    `
# Post a sales invoice (a STANDARD book: create the customer ACME first, ledger SL, type CUSTOMER).
# The idempotency key makes a retry safe: the same key answers the first invoice again.
mutation PostInvoice($input: CreateTransactionInput!) {
  createTransaction(input: $input) {
    number status net tax gross outstanding
    entries { account { code } side amount }
  }
}`,
    `{ "input": { ${BOOK}, "typeCode": "SI", "accountCode": "ACME", "date": "2026-01-15", "lines": [{ "net": "100.00", "taxCode": "S" }], "idempotencyKey": "graphiql-invoice-1" } }`,
  ),
  tab(
    `
# Live balances: run this, then post an invoice in another tab and watch the events arrive.
subscription Balances($bookId: ID!) {
  balanceChanged(bookId: $bookId, accountCodes: ["ACME", "1100", "4000"]) {
    account { code }
    balance { posted available }
    transaction { number }
  }
}`,
    `{ ${BOOK} }`,
  ),
];

export function graphiqlOptions(): GraphiQLOptions {
  return {
    title: 'Daybook GraphiQL',
    defaultTabs: EXAMPLE_TABS,
    headers: JSON.stringify({ Authorization: 'Bearer <your API key>' }, null, 2),
    defaultEditorToolsVisibility: 'headers',
    isHeadersEditorEnabled: true,
    subscriptionsProtocol: 'SSE',
  };
}

/** The page: a few MB of inlined scripts, rendered once and kept. */
let page: string | undefined;
export const renderDaybookGraphiQL = (options: GraphiQLOptions): string => (page ??= renderGraphiQL(options));
