/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AgedBalances($bookId: ID!, $ledgerCode: String!, $asOf: Date!) {\n    book(id: $bookId) {\n      agedBalances(ledgerCode: $ledgerCode, asOf: $asOf) {\n        asOf currency buckets totals total\n        rows { account { code } amounts total }\n      }\n      account(code: \"1100\") { balance(asOf: $asOf) { posted } }\n    }\n  }\n": typeof types.AgedBalancesDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) { id name currency normalSide }\n  }\n": typeof types.CreateCategoryDocument,
    "\n  mutation AddToCategory($input: CategoryMemberInput!) {\n    addToCategory(input: $input) { id accounts { code } categories { name } }\n  }\n": typeof types.AddToCategoryDocument,
    "\n  mutation RemoveFromCategory($input: CategoryMemberInput!) {\n    removeFromCategory(input: $input) { id accounts { code } categories { name } }\n  }\n": typeof types.RemoveFromCategoryDocument,
    "\n  query Categories($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) {\n      categories {\n        name normalSide allAccounts { code }\n        balance(asOf: $asOf) { posted pending available postedDebits postedCredits currency }\n      }\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  mutation CategoryViewerUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n": typeof types.CategoryViewerUserDocument,
    "\n  mutation CategoryViewerKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n": typeof types.CategoryViewerKeyDocument,
    "\n  mutation CategoryViewerRole($input: SetMembershipInput!) { setMembership(input: $input) { role } }\n": typeof types.CategoryViewerRoleDocument,
    "\n  query Me {\n    me { id name memberships { role book { id name } } }\n  }\n": typeof types.MeDocument,
    "\n  mutation CreateBook($input: CreateBookInput!) {\n    createBook(input: $input) { id name baseCurrency members { role user { id name } } }\n  }\n": typeof types.CreateBookDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id name }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation CreateApiKey($userId: ID!) {\n    createApiKey(userId: $userId) { id secret }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { role user { id } book { id } }\n  }\n": typeof types.SetMembershipDocument,
    "\n  query BookById($id: ID!) {\n    book(id: $id) { id name members { role user { name } } }\n  }\n": typeof types.BookByIdDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on Book { name } ... on User { name } }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query Books {\n    books { id name }\n  }\n": typeof types.BooksDocument,
    "\n  query CountTransactions($bookId: ID!, $first: Int) {\n    book(id: $bookId) {\n      transactions(first: $first) {\n        edges {\n          node {\n            number gross account { code name } type { code } createdBy { name }\n            lines { net tax taxCode { code rate } account { code } }\n            entries { side amount sequence runningBalance account { code ledger { code } } transaction { number } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CountTransactionsDocument,
    "\n  query CountAccounts($bookId: ID!, $first: Int) {\n    book(id: $bookId) {\n      accounts(ledgerCode: \"SL\", first: $first) {\n        edges {\n          node {\n            code controlAccount { code } version\n            now: balance { posted }\n            then: balance(asOf: \"2026-01-31\") { posted pending }\n            openingBalance(date: \"2026-02-01\")\n          }\n        }\n      }\n    }\n  }\n": typeof types.CountAccountsDocument,
    "\n  query CountReports($bookId: ID!) {\n    book(id: $bookId) {\n      account(code: \"1100\") {\n        statement(from: \"2026-01-01\", to: \"2026-12-31\") { closing lines { runningBalance transaction { number account { code } } } }\n      }\n      trialBalance { lines { account { code name } debit credit } }\n      agedBalances(ledgerCode: \"SL\", asOf: \"2026-12-31\") { rows { account { code } total } }\n      reconciliation { ledger { code } controlAccount { code } difference }\n      taxSummary(from: \"2026-01-01\", to: \"2026-12-31\") { taxCode { code } net }\n      categories { name balance { posted } then: balance(asOf: \"2026-01-31\") { posted } accounts { code } }\n    }\n  }\n": typeof types.CountReportsDocument,
    "\n  mutation CountCategory($input: CreateCategoryInput!) { createCategory(input: $input) { id } }\n": typeof types.CountCategoryDocument,
    "\n  mutation CountAddToCategory($input: CategoryMemberInput!) { addToCategory(input: $input) { id } }\n": typeof types.CountAddToCategoryDocument,
    "\n  query ReportTrialBalance($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) {\n      trialBalance(asOf: $asOf) { asOf currency totalDebits totalCredits lines { account { code } debit credit } }\n    }\n  }\n": typeof types.ReportTrialBalanceDocument,
    "\n  query ReportStatement($bookId: ID!, $code: String!, $from: Date!, $to: Date!) {\n    book(id: $bookId) {\n      account(code: $code) {\n        statement(from: $from, to: $to) {\n          from to currency opening closing debits credits\n          lines { date number description debit credit runningBalance transaction { number } }\n        }\n        controlEquation(from: $from, to: $to) { opening movements settlements closing difference currency }\n        balance(asOf: $to) { posted }\n      }\n    }\n  }\n": typeof types.ReportStatementDocument,
    "\n  query ReportReconciliation($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) {\n      reconciliation(asOf: $asOf) { ledger { code } controlAccount { code } ledgerTotal controlBalance difference currency }\n    }\n  }\n": typeof types.ReportReconciliationDocument,
    "\n  query ReportTaxSummary($bookId: ID!, $from: Date!, $to: Date!) {\n    book(id: $bookId) { taxSummary(from: $from, to: $to) { taxCode { code area } net tax currency } }\n  }\n": typeof types.ReportTaxSummaryDocument,
    "\n  query ReportTransactions($bookId: ID!, $filter: TransactionFilter, $first: Int, $after: String) {\n    book(id: $bookId) {\n      transactions(filter: $filter, first: $first, after: $after) {\n        edges { cursor node { number date } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.ReportTransactionsDocument,
    "\n  query ReportEntries($bookId: ID!, $code: String!, $from: Date, $to: Date, $first: Int, $after: String) {\n    book(id: $bookId) {\n      account(code: $code) {\n        entries(from: $from, to: $to, first: $first, after: $after) {\n          edges { node { date side amount sequence runningBalance transaction { number } } }\n          pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n": typeof types.ReportEntriesDocument,
    "\n  mutation ReportCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n": typeof types.ReportCreateUserDocument,
    "\n  mutation ReportCreateApiKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n": typeof types.ReportCreateApiKeyDocument,
    "\n  mutation CreateStandardBook($input: CreateBookInput!) {\n    createBook(input: $input) { id }\n  }\n": typeof types.CreateStandardBookDocument,
    "\n  mutation AddAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { id code }\n  }\n": typeof types.AddAccountDocument,
    "\n  mutation Post($input: CreateTransactionInput!) {\n    createTransaction(input: $input) {\n      id number status currency net tax gross outstanding date\n      lines { lineNo net tax quantity taxCode { code } account { code } }\n      entries { account { code } side amount currency status sequence runningBalance }\n    }\n  }\n": typeof types.PostDocument,
    "\n  query AccountBalance($bookId: ID!, $code: String!, $asOf: Date) {\n    book(id: $bookId) {\n      account(code: $code) {\n        code version\n        balance(asOf: $asOf) { posted pending available postedDebits postedCredits currency }\n      }\n    }\n  }\n": typeof types.AccountBalanceDocument,
};
const documents: Documents = {
    "\n  query AgedBalances($bookId: ID!, $ledgerCode: String!, $asOf: Date!) {\n    book(id: $bookId) {\n      agedBalances(ledgerCode: $ledgerCode, asOf: $asOf) {\n        asOf currency buckets totals total\n        rows { account { code } amounts total }\n      }\n      account(code: \"1100\") { balance(asOf: $asOf) { posted } }\n    }\n  }\n": types.AgedBalancesDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) { id name currency normalSide }\n  }\n": types.CreateCategoryDocument,
    "\n  mutation AddToCategory($input: CategoryMemberInput!) {\n    addToCategory(input: $input) { id accounts { code } categories { name } }\n  }\n": types.AddToCategoryDocument,
    "\n  mutation RemoveFromCategory($input: CategoryMemberInput!) {\n    removeFromCategory(input: $input) { id accounts { code } categories { name } }\n  }\n": types.RemoveFromCategoryDocument,
    "\n  query Categories($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) {\n      categories {\n        name normalSide allAccounts { code }\n        balance(asOf: $asOf) { posted pending available postedDebits postedCredits currency }\n      }\n    }\n  }\n": types.CategoriesDocument,
    "\n  mutation CategoryViewerUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n": types.CategoryViewerUserDocument,
    "\n  mutation CategoryViewerKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n": types.CategoryViewerKeyDocument,
    "\n  mutation CategoryViewerRole($input: SetMembershipInput!) { setMembership(input: $input) { role } }\n": types.CategoryViewerRoleDocument,
    "\n  query Me {\n    me { id name memberships { role book { id name } } }\n  }\n": types.MeDocument,
    "\n  mutation CreateBook($input: CreateBookInput!) {\n    createBook(input: $input) { id name baseCurrency members { role user { id name } } }\n  }\n": types.CreateBookDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id name }\n  }\n": types.CreateUserDocument,
    "\n  mutation CreateApiKey($userId: ID!) {\n    createApiKey(userId: $userId) { id secret }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": types.RevokeApiKeyDocument,
    "\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { role user { id } book { id } }\n  }\n": types.SetMembershipDocument,
    "\n  query BookById($id: ID!) {\n    book(id: $id) { id name members { role user { name } } }\n  }\n": types.BookByIdDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on Book { name } ... on User { name } }\n  }\n": types.NodeByIdDocument,
    "\n  query Books {\n    books { id name }\n  }\n": types.BooksDocument,
    "\n  query CountTransactions($bookId: ID!, $first: Int) {\n    book(id: $bookId) {\n      transactions(first: $first) {\n        edges {\n          node {\n            number gross account { code name } type { code } createdBy { name }\n            lines { net tax taxCode { code rate } account { code } }\n            entries { side amount sequence runningBalance account { code ledger { code } } transaction { number } }\n          }\n        }\n      }\n    }\n  }\n": types.CountTransactionsDocument,
    "\n  query CountAccounts($bookId: ID!, $first: Int) {\n    book(id: $bookId) {\n      accounts(ledgerCode: \"SL\", first: $first) {\n        edges {\n          node {\n            code controlAccount { code } version\n            now: balance { posted }\n            then: balance(asOf: \"2026-01-31\") { posted pending }\n            openingBalance(date: \"2026-02-01\")\n          }\n        }\n      }\n    }\n  }\n": types.CountAccountsDocument,
    "\n  query CountReports($bookId: ID!) {\n    book(id: $bookId) {\n      account(code: \"1100\") {\n        statement(from: \"2026-01-01\", to: \"2026-12-31\") { closing lines { runningBalance transaction { number account { code } } } }\n      }\n      trialBalance { lines { account { code name } debit credit } }\n      agedBalances(ledgerCode: \"SL\", asOf: \"2026-12-31\") { rows { account { code } total } }\n      reconciliation { ledger { code } controlAccount { code } difference }\n      taxSummary(from: \"2026-01-01\", to: \"2026-12-31\") { taxCode { code } net }\n      categories { name balance { posted } then: balance(asOf: \"2026-01-31\") { posted } accounts { code } }\n    }\n  }\n": types.CountReportsDocument,
    "\n  mutation CountCategory($input: CreateCategoryInput!) { createCategory(input: $input) { id } }\n": types.CountCategoryDocument,
    "\n  mutation CountAddToCategory($input: CategoryMemberInput!) { addToCategory(input: $input) { id } }\n": types.CountAddToCategoryDocument,
    "\n  query ReportTrialBalance($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) {\n      trialBalance(asOf: $asOf) { asOf currency totalDebits totalCredits lines { account { code } debit credit } }\n    }\n  }\n": types.ReportTrialBalanceDocument,
    "\n  query ReportStatement($bookId: ID!, $code: String!, $from: Date!, $to: Date!) {\n    book(id: $bookId) {\n      account(code: $code) {\n        statement(from: $from, to: $to) {\n          from to currency opening closing debits credits\n          lines { date number description debit credit runningBalance transaction { number } }\n        }\n        controlEquation(from: $from, to: $to) { opening movements settlements closing difference currency }\n        balance(asOf: $to) { posted }\n      }\n    }\n  }\n": types.ReportStatementDocument,
    "\n  query ReportReconciliation($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) {\n      reconciliation(asOf: $asOf) { ledger { code } controlAccount { code } ledgerTotal controlBalance difference currency }\n    }\n  }\n": types.ReportReconciliationDocument,
    "\n  query ReportTaxSummary($bookId: ID!, $from: Date!, $to: Date!) {\n    book(id: $bookId) { taxSummary(from: $from, to: $to) { taxCode { code area } net tax currency } }\n  }\n": types.ReportTaxSummaryDocument,
    "\n  query ReportTransactions($bookId: ID!, $filter: TransactionFilter, $first: Int, $after: String) {\n    book(id: $bookId) {\n      transactions(filter: $filter, first: $first, after: $after) {\n        edges { cursor node { number date } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.ReportTransactionsDocument,
    "\n  query ReportEntries($bookId: ID!, $code: String!, $from: Date, $to: Date, $first: Int, $after: String) {\n    book(id: $bookId) {\n      account(code: $code) {\n        entries(from: $from, to: $to, first: $first, after: $after) {\n          edges { node { date side amount sequence runningBalance transaction { number } } }\n          pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n": types.ReportEntriesDocument,
    "\n  mutation ReportCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n": types.ReportCreateUserDocument,
    "\n  mutation ReportCreateApiKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n": types.ReportCreateApiKeyDocument,
    "\n  mutation CreateStandardBook($input: CreateBookInput!) {\n    createBook(input: $input) { id }\n  }\n": types.CreateStandardBookDocument,
    "\n  mutation AddAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { id code }\n  }\n": types.AddAccountDocument,
    "\n  mutation Post($input: CreateTransactionInput!) {\n    createTransaction(input: $input) {\n      id number status currency net tax gross outstanding date\n      lines { lineNo net tax quantity taxCode { code } account { code } }\n      entries { account { code } side amount currency status sequence runningBalance }\n    }\n  }\n": types.PostDocument,
    "\n  query AccountBalance($bookId: ID!, $code: String!, $asOf: Date) {\n    book(id: $bookId) {\n      account(code: $code) {\n        code version\n        balance(asOf: $asOf) { posted pending available postedDebits postedCredits currency }\n      }\n    }\n  }\n": types.AccountBalanceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgedBalances($bookId: ID!, $ledgerCode: String!, $asOf: Date!) {\n    book(id: $bookId) {\n      agedBalances(ledgerCode: $ledgerCode, asOf: $asOf) {\n        asOf currency buckets totals total\n        rows { account { code } amounts total }\n      }\n      account(code: \"1100\") { balance(asOf: $asOf) { posted } }\n    }\n  }\n"): (typeof documents)["\n  query AgedBalances($bookId: ID!, $ledgerCode: String!, $asOf: Date!) {\n    book(id: $bookId) {\n      agedBalances(ledgerCode: $ledgerCode, asOf: $asOf) {\n        asOf currency buckets totals total\n        rows { account { code } amounts total }\n      }\n      account(code: \"1100\") { balance(asOf: $asOf) { posted } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) { id name currency normalSide }\n  }\n"): (typeof documents)["\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) { id name currency normalSide }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddToCategory($input: CategoryMemberInput!) {\n    addToCategory(input: $input) { id accounts { code } categories { name } }\n  }\n"): (typeof documents)["\n  mutation AddToCategory($input: CategoryMemberInput!) {\n    addToCategory(input: $input) { id accounts { code } categories { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFromCategory($input: CategoryMemberInput!) {\n    removeFromCategory(input: $input) { id accounts { code } categories { name } }\n  }\n"): (typeof documents)["\n  mutation RemoveFromCategory($input: CategoryMemberInput!) {\n    removeFromCategory(input: $input) { id accounts { code } categories { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) {\n      categories {\n        name normalSide allAccounts { code }\n        balance(asOf: $asOf) { posted pending available postedDebits postedCredits currency }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Categories($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) {\n      categories {\n        name normalSide allAccounts { code }\n        balance(asOf: $asOf) { posted pending available postedDebits postedCredits currency }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CategoryViewerUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n"): (typeof documents)["\n  mutation CategoryViewerUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CategoryViewerKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n"): (typeof documents)["\n  mutation CategoryViewerKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CategoryViewerRole($input: SetMembershipInput!) { setMembership(input: $input) { role } }\n"): (typeof documents)["\n  mutation CategoryViewerRole($input: SetMembershipInput!) { setMembership(input: $input) { role } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id name memberships { role book { id name } } }\n  }\n"): (typeof documents)["\n  query Me {\n    me { id name memberships { role book { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBook($input: CreateBookInput!) {\n    createBook(input: $input) { id name baseCurrency members { role user { id name } } }\n  }\n"): (typeof documents)["\n  mutation CreateBook($input: CreateBookInput!) {\n    createBook(input: $input) { id name baseCurrency members { role user { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id name }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($userId: ID!) {\n    createApiKey(userId: $userId) { id secret }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($userId: ID!) {\n    createApiKey(userId: $userId) { id secret }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { role user { id } book { id } }\n  }\n"): (typeof documents)["\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { role user { id } book { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BookById($id: ID!) {\n    book(id: $id) { id name members { role user { name } } }\n  }\n"): (typeof documents)["\n  query BookById($id: ID!) {\n    book(id: $id) { id name members { role user { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on Book { name } ... on User { name } }\n  }\n"): (typeof documents)["\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on Book { name } ... on User { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Books {\n    books { id name }\n  }\n"): (typeof documents)["\n  query Books {\n    books { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountTransactions($bookId: ID!, $first: Int) {\n    book(id: $bookId) {\n      transactions(first: $first) {\n        edges {\n          node {\n            number gross account { code name } type { code } createdBy { name }\n            lines { net tax taxCode { code rate } account { code } }\n            entries { side amount sequence runningBalance account { code ledger { code } } transaction { number } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CountTransactions($bookId: ID!, $first: Int) {\n    book(id: $bookId) {\n      transactions(first: $first) {\n        edges {\n          node {\n            number gross account { code name } type { code } createdBy { name }\n            lines { net tax taxCode { code rate } account { code } }\n            entries { side amount sequence runningBalance account { code ledger { code } } transaction { number } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountAccounts($bookId: ID!, $first: Int) {\n    book(id: $bookId) {\n      accounts(ledgerCode: \"SL\", first: $first) {\n        edges {\n          node {\n            code controlAccount { code } version\n            now: balance { posted }\n            then: balance(asOf: \"2026-01-31\") { posted pending }\n            openingBalance(date: \"2026-02-01\")\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CountAccounts($bookId: ID!, $first: Int) {\n    book(id: $bookId) {\n      accounts(ledgerCode: \"SL\", first: $first) {\n        edges {\n          node {\n            code controlAccount { code } version\n            now: balance { posted }\n            then: balance(asOf: \"2026-01-31\") { posted pending }\n            openingBalance(date: \"2026-02-01\")\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountReports($bookId: ID!) {\n    book(id: $bookId) {\n      account(code: \"1100\") {\n        statement(from: \"2026-01-01\", to: \"2026-12-31\") { closing lines { runningBalance transaction { number account { code } } } }\n      }\n      trialBalance { lines { account { code name } debit credit } }\n      agedBalances(ledgerCode: \"SL\", asOf: \"2026-12-31\") { rows { account { code } total } }\n      reconciliation { ledger { code } controlAccount { code } difference }\n      taxSummary(from: \"2026-01-01\", to: \"2026-12-31\") { taxCode { code } net }\n      categories { name balance { posted } then: balance(asOf: \"2026-01-31\") { posted } accounts { code } }\n    }\n  }\n"): (typeof documents)["\n  query CountReports($bookId: ID!) {\n    book(id: $bookId) {\n      account(code: \"1100\") {\n        statement(from: \"2026-01-01\", to: \"2026-12-31\") { closing lines { runningBalance transaction { number account { code } } } }\n      }\n      trialBalance { lines { account { code name } debit credit } }\n      agedBalances(ledgerCode: \"SL\", asOf: \"2026-12-31\") { rows { account { code } total } }\n      reconciliation { ledger { code } controlAccount { code } difference }\n      taxSummary(from: \"2026-01-01\", to: \"2026-12-31\") { taxCode { code } net }\n      categories { name balance { posted } then: balance(asOf: \"2026-01-31\") { posted } accounts { code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CountCategory($input: CreateCategoryInput!) { createCategory(input: $input) { id } }\n"): (typeof documents)["\n  mutation CountCategory($input: CreateCategoryInput!) { createCategory(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CountAddToCategory($input: CategoryMemberInput!) { addToCategory(input: $input) { id } }\n"): (typeof documents)["\n  mutation CountAddToCategory($input: CategoryMemberInput!) { addToCategory(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportTrialBalance($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) {\n      trialBalance(asOf: $asOf) { asOf currency totalDebits totalCredits lines { account { code } debit credit } }\n    }\n  }\n"): (typeof documents)["\n  query ReportTrialBalance($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) {\n      trialBalance(asOf: $asOf) { asOf currency totalDebits totalCredits lines { account { code } debit credit } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportStatement($bookId: ID!, $code: String!, $from: Date!, $to: Date!) {\n    book(id: $bookId) {\n      account(code: $code) {\n        statement(from: $from, to: $to) {\n          from to currency opening closing debits credits\n          lines { date number description debit credit runningBalance transaction { number } }\n        }\n        controlEquation(from: $from, to: $to) { opening movements settlements closing difference currency }\n        balance(asOf: $to) { posted }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportStatement($bookId: ID!, $code: String!, $from: Date!, $to: Date!) {\n    book(id: $bookId) {\n      account(code: $code) {\n        statement(from: $from, to: $to) {\n          from to currency opening closing debits credits\n          lines { date number description debit credit runningBalance transaction { number } }\n        }\n        controlEquation(from: $from, to: $to) { opening movements settlements closing difference currency }\n        balance(asOf: $to) { posted }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportReconciliation($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) {\n      reconciliation(asOf: $asOf) { ledger { code } controlAccount { code } ledgerTotal controlBalance difference currency }\n    }\n  }\n"): (typeof documents)["\n  query ReportReconciliation($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) {\n      reconciliation(asOf: $asOf) { ledger { code } controlAccount { code } ledgerTotal controlBalance difference currency }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportTaxSummary($bookId: ID!, $from: Date!, $to: Date!) {\n    book(id: $bookId) { taxSummary(from: $from, to: $to) { taxCode { code area } net tax currency } }\n  }\n"): (typeof documents)["\n  query ReportTaxSummary($bookId: ID!, $from: Date!, $to: Date!) {\n    book(id: $bookId) { taxSummary(from: $from, to: $to) { taxCode { code area } net tax currency } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportTransactions($bookId: ID!, $filter: TransactionFilter, $first: Int, $after: String) {\n    book(id: $bookId) {\n      transactions(filter: $filter, first: $first, after: $after) {\n        edges { cursor node { number date } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportTransactions($bookId: ID!, $filter: TransactionFilter, $first: Int, $after: String) {\n    book(id: $bookId) {\n      transactions(filter: $filter, first: $first, after: $after) {\n        edges { cursor node { number date } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportEntries($bookId: ID!, $code: String!, $from: Date, $to: Date, $first: Int, $after: String) {\n    book(id: $bookId) {\n      account(code: $code) {\n        entries(from: $from, to: $to, first: $first, after: $after) {\n          edges { node { date side amount sequence runningBalance transaction { number } } }\n          pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportEntries($bookId: ID!, $code: String!, $from: Date, $to: Date, $first: Int, $after: String) {\n    book(id: $bookId) {\n      account(code: $code) {\n        entries(from: $from, to: $to, first: $first, after: $after) {\n          edges { node { date side amount sequence runningBalance transaction { number } } }\n          pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n"): (typeof documents)["\n  mutation ReportCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportCreateApiKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n"): (typeof documents)["\n  mutation ReportCreateApiKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStandardBook($input: CreateBookInput!) {\n    createBook(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CreateStandardBook($input: CreateBookInput!) {\n    createBook(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { id code }\n  }\n"): (typeof documents)["\n  mutation AddAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { id code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Post($input: CreateTransactionInput!) {\n    createTransaction(input: $input) {\n      id number status currency net tax gross outstanding date\n      lines { lineNo net tax quantity taxCode { code } account { code } }\n      entries { account { code } side amount currency status sequence runningBalance }\n    }\n  }\n"): (typeof documents)["\n  mutation Post($input: CreateTransactionInput!) {\n    createTransaction(input: $input) {\n      id number status currency net tax gross outstanding date\n      lines { lineNo net tax quantity taxCode { code } account { code } }\n      entries { account { code } side amount currency status sequence runningBalance }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountBalance($bookId: ID!, $code: String!, $asOf: Date) {\n    book(id: $bookId) {\n      account(code: $code) {\n        code version\n        balance(asOf: $asOf) { posted pending available postedDebits postedCredits currency }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountBalance($bookId: ID!, $code: String!, $asOf: Date) {\n    book(id: $bookId) {\n      account(code: $code) {\n        code version\n        balance(asOf: $asOf) { posted pending available postedDebits postedCredits currency }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;