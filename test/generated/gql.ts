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
    "\n  mutation PostPending($id: ID!) {\n    postTransaction(id: $id) { id status entries { status sequence runningBalance account { code } } }\n  }\n": typeof types.PostPendingDocument,
    "\n  mutation VoidPending($id: ID!) {\n    voidTransaction(id: $id) { id status entries { status sequence } }\n  }\n": typeof types.VoidPendingDocument,
    "\n  mutation Allocate($input: AllocateInput!) {\n    allocate(input: $input) { id amount date released from { id } to { id outstanding } }\n  }\n": typeof types.AllocateDocument,
    "\n  query TransactionView($bookId: ID!, $id: ID!) {\n    book(id: $bookId) {\n      transaction(id: $id) {\n        id number status gross outstanding\n        allocations { amount released from { id } to { id } }\n        reversalOf { id number }\n        reversedBy { id number status entries { account { code } side amount } lines { net tax taxCode { code } } }\n      }\n    }\n  }\n": typeof types.TransactionViewDocument,
    "\n  query OpenItems($bookId: ID!, $code: String!) {\n    book(id: $bookId) { account(code: $code) { openItems { id number outstanding dueDate date } } }\n  }\n": typeof types.OpenItemsDocument,
    "\n  mutation RequestReversal($input: RequestReversalInput!) {\n    requestReversal(input: $input) {\n      id status reason requestedBy { name } reversal { id number reversalOf { id } entries { account { code } side amount } }\n    }\n  }\n": typeof types.RequestReversalDocument,
    "\n  mutation ApproveReversal($id: ID!) {\n    approveReversal(id: $id) { id status decidedBy { name } reversal { id status } }\n  }\n": typeof types.ApproveReversalDocument,
    "\n  mutation RejectReversal($id: ID!, $reason: String!) {\n    rejectReversal(id: $id, reason: $reason) { id status decidedBy { name } reversal { id } }\n  }\n": typeof types.RejectReversalDocument,
    "\n  mutation AddUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n": typeof types.AddUserDocument,
    "\n  mutation AddKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n": typeof types.AddKeyDocument,
    "\n  mutation AddMember($input: SetMembershipInput!) { setMembership(input: $input) { role } }\n": typeof types.AddMemberDocument,
    "\n  mutation ClosePeriodNow($id: ID!) { closePeriod(id: $id) { status } }\n": typeof types.ClosePeriodNowDocument,
    "\n  mutation OpenPeriodNow($input: CreatePeriodInput!) { createPeriod(input: $input) { id } }\n": typeof types.OpenPeriodNowDocument,
    "\n  query Me {\n    me { id name memberships { role book { id name } } }\n  }\n": typeof types.MeDocument,
    "\n  mutation CreateBook($input: CreateBookInput!) {\n    createBook(input: $input) { id name baseCurrency members { role user { id name } } }\n  }\n": typeof types.CreateBookDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id name }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation CreateApiKey($userId: ID!) {\n    createApiKey(userId: $userId) { id secret }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { role user { id } book { id } }\n  }\n": typeof types.SetMembershipDocument,
    "\n  query BookById($id: ID!) {\n    book(id: $id) { id name members { role user { name } } }\n  }\n": typeof types.BookByIdDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on Book { name } ... on User { name } }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query Books {\n    books { id name }\n  }\n": typeof types.BooksDocument,
    "\n  subscription BalanceChanged($bookId: ID!, $accountCodes: [String!]) {\n    balanceChanged(bookId: $bookId, accountCodes: $accountCodes) {\n      account { code } balance { posted available } transaction { number status }\n    }\n  }\n": typeof types.BalanceChangedDocument,
    "\n  subscription TransactionChanged($bookId: ID!, $ledgerCode: String) {\n    transactionChanged(bookId: $bookId, ledgerCode: $ledgerCode) { number status gross }\n  }\n": typeof types.TransactionChangedDocument,
    "\n  mutation CreateStandardBook($input: CreateBookInput!) {\n    createBook(input: $input) { id }\n  }\n": typeof types.CreateStandardBookDocument,
    "\n  mutation AddAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { id code }\n  }\n": typeof types.AddAccountDocument,
    "\n  mutation Post($input: CreateTransactionInput!) {\n    createTransaction(input: $input) {\n      id number status currency net tax gross outstanding date\n      lines { lineNo net tax quantity taxCode { code } account { code } }\n      entries { account { code } side amount currency status sequence runningBalance }\n    }\n  }\n": typeof types.PostDocument,
    "\n  query AccountBalance($bookId: ID!, $code: String!, $asOf: Date) {\n    book(id: $bookId) {\n      account(code: $code) {\n        code version\n        balance(asOf: $asOf) { posted pending available postedDebits postedCredits currency }\n      }\n    }\n  }\n": typeof types.AccountBalanceDocument,
};
const documents: Documents = {
    "\n  mutation PostPending($id: ID!) {\n    postTransaction(id: $id) { id status entries { status sequence runningBalance account { code } } }\n  }\n": types.PostPendingDocument,
    "\n  mutation VoidPending($id: ID!) {\n    voidTransaction(id: $id) { id status entries { status sequence } }\n  }\n": types.VoidPendingDocument,
    "\n  mutation Allocate($input: AllocateInput!) {\n    allocate(input: $input) { id amount date released from { id } to { id outstanding } }\n  }\n": types.AllocateDocument,
    "\n  query TransactionView($bookId: ID!, $id: ID!) {\n    book(id: $bookId) {\n      transaction(id: $id) {\n        id number status gross outstanding\n        allocations { amount released from { id } to { id } }\n        reversalOf { id number }\n        reversedBy { id number status entries { account { code } side amount } lines { net tax taxCode { code } } }\n      }\n    }\n  }\n": types.TransactionViewDocument,
    "\n  query OpenItems($bookId: ID!, $code: String!) {\n    book(id: $bookId) { account(code: $code) { openItems { id number outstanding dueDate date } } }\n  }\n": types.OpenItemsDocument,
    "\n  mutation RequestReversal($input: RequestReversalInput!) {\n    requestReversal(input: $input) {\n      id status reason requestedBy { name } reversal { id number reversalOf { id } entries { account { code } side amount } }\n    }\n  }\n": types.RequestReversalDocument,
    "\n  mutation ApproveReversal($id: ID!) {\n    approveReversal(id: $id) { id status decidedBy { name } reversal { id status } }\n  }\n": types.ApproveReversalDocument,
    "\n  mutation RejectReversal($id: ID!, $reason: String!) {\n    rejectReversal(id: $id, reason: $reason) { id status decidedBy { name } reversal { id } }\n  }\n": types.RejectReversalDocument,
    "\n  mutation AddUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n": types.AddUserDocument,
    "\n  mutation AddKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n": types.AddKeyDocument,
    "\n  mutation AddMember($input: SetMembershipInput!) { setMembership(input: $input) { role } }\n": types.AddMemberDocument,
    "\n  mutation ClosePeriodNow($id: ID!) { closePeriod(id: $id) { status } }\n": types.ClosePeriodNowDocument,
    "\n  mutation OpenPeriodNow($input: CreatePeriodInput!) { createPeriod(input: $input) { id } }\n": types.OpenPeriodNowDocument,
    "\n  query Me {\n    me { id name memberships { role book { id name } } }\n  }\n": types.MeDocument,
    "\n  mutation CreateBook($input: CreateBookInput!) {\n    createBook(input: $input) { id name baseCurrency members { role user { id name } } }\n  }\n": types.CreateBookDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id name }\n  }\n": types.CreateUserDocument,
    "\n  mutation CreateApiKey($userId: ID!) {\n    createApiKey(userId: $userId) { id secret }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": types.RevokeApiKeyDocument,
    "\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { role user { id } book { id } }\n  }\n": types.SetMembershipDocument,
    "\n  query BookById($id: ID!) {\n    book(id: $id) { id name members { role user { name } } }\n  }\n": types.BookByIdDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on Book { name } ... on User { name } }\n  }\n": types.NodeByIdDocument,
    "\n  query Books {\n    books { id name }\n  }\n": types.BooksDocument,
    "\n  subscription BalanceChanged($bookId: ID!, $accountCodes: [String!]) {\n    balanceChanged(bookId: $bookId, accountCodes: $accountCodes) {\n      account { code } balance { posted available } transaction { number status }\n    }\n  }\n": types.BalanceChangedDocument,
    "\n  subscription TransactionChanged($bookId: ID!, $ledgerCode: String) {\n    transactionChanged(bookId: $bookId, ledgerCode: $ledgerCode) { number status gross }\n  }\n": types.TransactionChangedDocument,
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
export function graphql(source: "\n  mutation PostPending($id: ID!) {\n    postTransaction(id: $id) { id status entries { status sequence runningBalance account { code } } }\n  }\n"): (typeof documents)["\n  mutation PostPending($id: ID!) {\n    postTransaction(id: $id) { id status entries { status sequence runningBalance account { code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidPending($id: ID!) {\n    voidTransaction(id: $id) { id status entries { status sequence } }\n  }\n"): (typeof documents)["\n  mutation VoidPending($id: ID!) {\n    voidTransaction(id: $id) { id status entries { status sequence } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Allocate($input: AllocateInput!) {\n    allocate(input: $input) { id amount date released from { id } to { id outstanding } }\n  }\n"): (typeof documents)["\n  mutation Allocate($input: AllocateInput!) {\n    allocate(input: $input) { id amount date released from { id } to { id outstanding } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransactionView($bookId: ID!, $id: ID!) {\n    book(id: $bookId) {\n      transaction(id: $id) {\n        id number status gross outstanding\n        allocations { amount released from { id } to { id } }\n        reversalOf { id number }\n        reversedBy { id number status entries { account { code } side amount } lines { net tax taxCode { code } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TransactionView($bookId: ID!, $id: ID!) {\n    book(id: $bookId) {\n      transaction(id: $id) {\n        id number status gross outstanding\n        allocations { amount released from { id } to { id } }\n        reversalOf { id number }\n        reversedBy { id number status entries { account { code } side amount } lines { net tax taxCode { code } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenItems($bookId: ID!, $code: String!) {\n    book(id: $bookId) { account(code: $code) { openItems { id number outstanding dueDate date } } }\n  }\n"): (typeof documents)["\n  query OpenItems($bookId: ID!, $code: String!) {\n    book(id: $bookId) { account(code: $code) { openItems { id number outstanding dueDate date } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestReversal($input: RequestReversalInput!) {\n    requestReversal(input: $input) {\n      id status reason requestedBy { name } reversal { id number reversalOf { id } entries { account { code } side amount } }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestReversal($input: RequestReversalInput!) {\n    requestReversal(input: $input) {\n      id status reason requestedBy { name } reversal { id number reversalOf { id } entries { account { code } side amount } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveReversal($id: ID!) {\n    approveReversal(id: $id) { id status decidedBy { name } reversal { id status } }\n  }\n"): (typeof documents)["\n  mutation ApproveReversal($id: ID!) {\n    approveReversal(id: $id) { id status decidedBy { name } reversal { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectReversal($id: ID!, $reason: String!) {\n    rejectReversal(id: $id, reason: $reason) { id status decidedBy { name } reversal { id } }\n  }\n"): (typeof documents)["\n  mutation RejectReversal($id: ID!, $reason: String!) {\n    rejectReversal(id: $id, reason: $reason) { id status decidedBy { name } reversal { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n"): (typeof documents)["\n  mutation AddUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n"): (typeof documents)["\n  mutation AddKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMember($input: SetMembershipInput!) { setMembership(input: $input) { role } }\n"): (typeof documents)["\n  mutation AddMember($input: SetMembershipInput!) { setMembership(input: $input) { role } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePeriodNow($id: ID!) { closePeriod(id: $id) { status } }\n"): (typeof documents)["\n  mutation ClosePeriodNow($id: ID!) { closePeriod(id: $id) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenPeriodNow($input: CreatePeriodInput!) { createPeriod(input: $input) { id } }\n"): (typeof documents)["\n  mutation OpenPeriodNow($input: CreatePeriodInput!) { createPeriod(input: $input) { id } }\n"];
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
export function graphql(source: "\n  subscription BalanceChanged($bookId: ID!, $accountCodes: [String!]) {\n    balanceChanged(bookId: $bookId, accountCodes: $accountCodes) {\n      account { code } balance { posted available } transaction { number status }\n    }\n  }\n"): (typeof documents)["\n  subscription BalanceChanged($bookId: ID!, $accountCodes: [String!]) {\n    balanceChanged(bookId: $bookId, accountCodes: $accountCodes) {\n      account { code } balance { posted available } transaction { number status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransactionChanged($bookId: ID!, $ledgerCode: String) {\n    transactionChanged(bookId: $bookId, ledgerCode: $ledgerCode) { number status gross }\n  }\n"): (typeof documents)["\n  subscription TransactionChanged($bookId: ID!, $ledgerCode: String) {\n    transactionChanged(bookId: $bookId, ledgerCode: $ledgerCode) { number status gross }\n  }\n"];
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