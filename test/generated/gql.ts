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
    "\n  query Me {\n    me { id name memberships { role book { id name } } }\n  }\n": typeof types.MeDocument,
    "\n  mutation CreateBook($input: CreateBookInput!) {\n    createBook(input: $input) { id name baseCurrency members { role user { id name } } }\n  }\n": typeof types.CreateBookDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id name }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation CreateApiKey($userId: ID!) {\n    createApiKey(userId: $userId) { id secret }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { role user { id } book { id } }\n  }\n": typeof types.SetMembershipDocument,
    "\n  query BookById($id: ID!) {\n    book(id: $id) { id name members { role user { name } } }\n  }\n": typeof types.BookByIdDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on Book { name } ... on User { name } }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query Books {\n    books { id name }\n  }\n": typeof types.BooksDocument,
    "\n  mutation PostType($input: CreateTransactionInput!) {\n    createTransaction(input: $input) {\n      id number status currency net tax gross outstanding\n      account { code } counterAccount { code }\n      source { id } fulfilledBy { id }\n      lines { lineNo net tax quantity taxCode { code } account { code } side }\n      entries { account { code } side amount currency status }\n    }\n  }\n": typeof types.PostTypeDocument,
    "\n  query TransactionById($bookId: ID!, $id: ID!) {\n    book(id: $bookId) { transaction(id: $id) { id status fulfilledBy { id } source { id } } }\n  }\n": typeof types.TransactionByIdDocument,
    "\n  mutation CreateType($input: CreateTransactionTypeInput!) {\n    createTransactionType(input: $input) { id code template }\n  }\n": typeof types.CreateTypeDocument,
    "\n  mutation CreateStandardBook($input: CreateBookInput!) {\n    createBook(input: $input) { id }\n  }\n": typeof types.CreateStandardBookDocument,
    "\n  mutation AddAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { id code }\n  }\n": typeof types.AddAccountDocument,
    "\n  mutation Post($input: CreateTransactionInput!) {\n    createTransaction(input: $input) {\n      id number status currency net tax gross outstanding date\n      lines { lineNo net tax quantity taxCode { code } account { code } }\n      entries { account { code } side amount currency status sequence runningBalance }\n    }\n  }\n": typeof types.PostDocument,
    "\n  query AccountBalance($bookId: ID!, $code: String!, $asOf: Date) {\n    book(id: $bookId) {\n      account(code: $code) {\n        code version\n        balance(asOf: $asOf) { posted pending available postedDebits postedCredits currency }\n      }\n    }\n  }\n": typeof types.AccountBalanceDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me { id name memberships { role book { id name } } }\n  }\n": types.MeDocument,
    "\n  mutation CreateBook($input: CreateBookInput!) {\n    createBook(input: $input) { id name baseCurrency members { role user { id name } } }\n  }\n": types.CreateBookDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id name }\n  }\n": types.CreateUserDocument,
    "\n  mutation CreateApiKey($userId: ID!) {\n    createApiKey(userId: $userId) { id secret }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": types.RevokeApiKeyDocument,
    "\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { role user { id } book { id } }\n  }\n": types.SetMembershipDocument,
    "\n  query BookById($id: ID!) {\n    book(id: $id) { id name members { role user { name } } }\n  }\n": types.BookByIdDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on Book { name } ... on User { name } }\n  }\n": types.NodeByIdDocument,
    "\n  query Books {\n    books { id name }\n  }\n": types.BooksDocument,
    "\n  mutation PostType($input: CreateTransactionInput!) {\n    createTransaction(input: $input) {\n      id number status currency net tax gross outstanding\n      account { code } counterAccount { code }\n      source { id } fulfilledBy { id }\n      lines { lineNo net tax quantity taxCode { code } account { code } side }\n      entries { account { code } side amount currency status }\n    }\n  }\n": types.PostTypeDocument,
    "\n  query TransactionById($bookId: ID!, $id: ID!) {\n    book(id: $bookId) { transaction(id: $id) { id status fulfilledBy { id } source { id } } }\n  }\n": types.TransactionByIdDocument,
    "\n  mutation CreateType($input: CreateTransactionTypeInput!) {\n    createTransactionType(input: $input) { id code template }\n  }\n": types.CreateTypeDocument,
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
export function graphql(source: "\n  mutation PostType($input: CreateTransactionInput!) {\n    createTransaction(input: $input) {\n      id number status currency net tax gross outstanding\n      account { code } counterAccount { code }\n      source { id } fulfilledBy { id }\n      lines { lineNo net tax quantity taxCode { code } account { code } side }\n      entries { account { code } side amount currency status }\n    }\n  }\n"): (typeof documents)["\n  mutation PostType($input: CreateTransactionInput!) {\n    createTransaction(input: $input) {\n      id number status currency net tax gross outstanding\n      account { code } counterAccount { code }\n      source { id } fulfilledBy { id }\n      lines { lineNo net tax quantity taxCode { code } account { code } side }\n      entries { account { code } side amount currency status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransactionById($bookId: ID!, $id: ID!) {\n    book(id: $bookId) { transaction(id: $id) { id status fulfilledBy { id } source { id } } }\n  }\n"): (typeof documents)["\n  query TransactionById($bookId: ID!, $id: ID!) {\n    book(id: $bookId) { transaction(id: $id) { id status fulfilledBy { id } source { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateType($input: CreateTransactionTypeInput!) {\n    createTransactionType(input: $input) { id code template }\n  }\n"): (typeof documents)["\n  mutation CreateType($input: CreateTransactionTypeInput!) {\n    createTransactionType(input: $input) { id code template }\n  }\n"];
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