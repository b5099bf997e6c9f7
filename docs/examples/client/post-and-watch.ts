// A typed Daybook client: watches a customer's balance live (Server-Sent Events), posts an
// invoice to that customer, and prints the balance the invoice moved it to.
//
// The operations below are checked against the schema and typed by GraphQL Code Generator
// (client-preset): `npm run generate` writes ./generated/ from them; `npx tsc --noEmit`
// refuses a field the schema does not have, or a variable of the wrong type.
//
//   DAYBOOK_URL=http://localhost:4000/graphql DAYBOOK_API_KEY=dbk_… BOOK_ID=… CUSTOMER=ACME \
//     npx tsx docs/examples/client/post-and-watch.ts
import { print } from 'graphql';
import { createClient } from 'graphql-sse';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from './generated/index.ts';

const url = process.env.DAYBOOK_URL ?? 'http://localhost:4000/graphql';
const key = process.env.DAYBOOK_API_KEY ?? '';
const bookId = process.env.BOOK_ID ?? '';
const customer = process.env.CUSTOMER ?? 'ACME';

const PostInvoice = graphql(`
  mutation PostInvoice($input: CreateTransactionInput!) {
    createTransaction(input: $input) { number gross outstanding account { code } }
  }
`);

const WatchBalance = graphql(`
  subscription WatchBalance($bookId: ID!, $accountCodes: [String!]) {
    balanceChanged(bookId: $bookId, accountCodes: $accountCodes) {
      account { code name }
      balance { posted available currency }
      transaction { number }
    }
  }
`);

/** One typed request: the variables and the answer have the operation's types. */
async function request<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: Result; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.message} (${e.extensions?.code})`).join('; '));
  return body.data!;
}

const sse = createClient({ url, headers: { authorization: `Bearer ${key}` } });

let invoice: string | undefined;
const stop = sse.subscribe<{ balanceChanged: { account: { code: string; name: string }; balance: { posted: string; available: string; currency: string }; transaction: { number: string } | null } }>(
  { query: print(WatchBalance), variables: { bookId, accountCodes: [customer] } },
  {
    next: ({ data, errors }) => {
      if (errors?.length) {
        console.error('subscription refused:', errors.map((e) => e.message).join('; '));
        process.exit(1);
      }
      const change = data!.balanceChanged;
      console.log(`balance ${change.account.code}: ${change.balance.posted} ${change.balance.currency} after ${change.transaction?.number}`);
      if (change.transaction?.number === invoice) {
        stop();
        process.exit(0);
      }
    },
    error: (error) => {
      console.error('subscription ended:', error);
      process.exit(1);
    },
    complete: () => {},
  },
  {
    // the stream is open: post the invoice it will announce
    connected: () => {
      void request(PostInvoice, {
        input: { bookId, typeCode: 'SI', accountCode: customer, date: new Date().toISOString().slice(0, 10), reference: 'Typed client', lines: [{ net: '100.00', taxCode: 'S', description: 'Consulting' }] },
      }).then(
        ({ createTransaction }) => {
          invoice = createTransaction.number;
          console.log(`posted ${createTransaction.number} to ${createTransaction.account?.code}: ${createTransaction.gross}, ${createTransaction.outstanding} outstanding`);
        },
        (error: unknown) => {
          console.error('posting refused:', error instanceof Error ? error.message : error);
          process.exit(1);
        },
      );
    },
  },
);
