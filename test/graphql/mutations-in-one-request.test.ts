// One request may hold several mutations; they run one after another, and each one's answer
// (and the next mutation) must read what the earlier ones wrote, not what the request's
// loaders cached before.
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { databaseKinds } from '../support/app.ts';
import { useStandardBook } from '../support/books.ts';

const AccountThenPostings = graphql(`
  mutation AccountThenPostings($bookId: ID!) {
    open: createAccount(input: { bookId: $bookId, ledgerCode: "SL", code: "HOOLI", name: "Hooli", type: CUSTOMER }) { version balance { posted } }
    first: createTransaction(input: { bookId: $bookId, typeCode: "SI", accountCode: "HOOLI", date: "2026-04-01", lines: [{ net: "10.00", taxCode: "Z" }] }) {
      account { version balance { posted } }
    }
    second: createTransaction(input: { bookId: $bookId, typeCode: "SI", accountCode: "HOOLI", date: "2026-04-02", lines: [{ net: "5.00", taxCode: "Z" }] }) {
      account { version balance { posted } }
    }
  }
`);

const NewIncomeCategory = graphql(`
  mutation NewIncomeCategory($bookId: ID!) {
    create: createCategory(input: { bookId: $bookId, name: "Income", currency: "GBP", normalSide: CREDIT }) { id accounts { code } }
  }
`);

const AddTwoMembers = graphql(`
  mutation AddTwoMembers($id: ID!) {
    sales: addToCategory(input: { categoryId: $id, accountCode: "4000" }) { accounts { code } }
    other: addToCategory(input: { categoryId: $id, accountCode: "4900" }) { accounts { code } }
  }
`);

describe.each(databaseKinds())('several mutations in one request on %s', (kind) => {
  const book = useStandardBook(kind);

  it("each answer shows the account's version and balance after that mutation", async () => {
    const data = await book.app.ok(AccountThenPostings, { bookId: book.bookId });
    expect(data.open).toEqual({ version: 0, balance: { posted: '0.00' } });
    expect(data.first.account).toEqual({ version: 1, balance: { posted: '10.00' } });
    expect(data.second.account).toEqual({ version: 2, balance: { posted: '15.00' } });
  });

  it("the second member sees the first in the category's accounts", async () => {
    const { create } = await book.app.ok(NewIncomeCategory, { bookId: book.bookId });
    expect(create.accounts).toEqual([]);
    const data = await book.app.ok(AddTwoMembers, { id: create.id });
    expect(data.sales.accounts.map((a) => a.code)).toEqual(['4000']);
    expect(data.other.accounts.map((a) => a.code).sort()).toEqual(['4000', '4900']);
  });
});
