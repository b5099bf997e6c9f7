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
    "\n  query ImportFigures($bookId: ID!) {\n    book(id: $bookId) {\n      acme: account(code: \"ACME\") { balance { posted } }\n      globex: account(code: \"GLOBEX\") { balance { posted } }\n      trialBalance { totalDebits totalCredits }\n    }\n  }\n": typeof types.ImportFiguresDocument,
    "\n  mutation AllocateForAging($input: AllocateInput!) { allocate(input: $input) { id amount } }\n": typeof types.AllocateForAgingDocument,
    "\n  mutation ApproveForAging($id: ID!) { approveReversal(id: $id) { status } }\n": typeof types.ApproveForAgingDocument,
    "\n  mutation ReverseNow($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }\n": typeof types.ReverseNowDocument,
    "\n  query AgedForReversal($bookId: ID!, $asOf: Date!) {\n    book(id: $bookId) { agedBalances(ledgerCode: \"SL\", asOf: $asOf) { total rows { account { code } amounts total } } }\n  }\n": typeof types.AgedForReversalDocument,
    "\n  query AgedBalances($bookId: ID!, $ledgerCode: String!, $asOf: Date!) {\n    book(id: $bookId) {\n      agedBalances(ledgerCode: $ledgerCode, asOf: $asOf) {\n        asOf currency buckets totals total\n        rows { account { code } amounts total }\n      }\n      account(code: \"1100\") { balance(asOf: $asOf) { posted } }\n    }\n  }\n": typeof types.AgedBalancesDocument,
    "\n  query AgedPage($bookId: ID!, $asOf: Date!, $first: Int, $after: String, $orderBy: AgedOrder) {\n    book(id: $bookId) {\n      agedBalances(ledgerCode: \"SL\", asOf: $asOf, first: $first, after: $after, orderBy: $orderBy) {\n        totals total rowCount\n        rows { account { code } amounts total overdue cursor }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.AgedPageDocument,
    "\n  query VerifyAuditChain($bookId: ID!) {\n    book(id: $bookId) { verifyAuditChain { ok events firstBrokenEventId } }\n  }\n": typeof types.VerifyAuditChainDocument,
    "\n  query VerifySystemAuditChain {\n    verifySystemAuditChain { ok events firstBrokenEventId }\n  }\n": typeof types.VerifySystemAuditChainDocument,
    "\n  query AuditLog($bookId: ID!, $first: Int, $after: String) {\n    book(id: $bookId) {\n      auditEvents(first: $first, after: $after) {\n        edges { cursor node { id action entityType entityId actor { name } after reason } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  mutation AuditUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n": typeof types.AuditUserDocument,
    "\n  mutation AuditKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n": typeof types.AuditKeyDocument,
    "\n  mutation AuditMember($input: SetMembershipInput!) { setMembership(input: $input) { role } }\n": typeof types.AuditMemberDocument,
    "\n  subscription RaceAlert($bookId: ID!, $accountCode: String!, $below: Decimal, $above: Decimal) {\n    balanceAlert(bookId: $bookId, accountCode: $accountCode, below: $below, above: $above) {\n      balance { available } transaction { id }\n    }\n  }\n": typeof types.RaceAlertDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) { id name currency normalSide }\n  }\n": typeof types.CreateCategoryDocument,
    "\n  mutation AddToCategory($input: CategoryMemberInput!) {\n    addToCategory(input: $input) { id accounts { code } categories { name } }\n  }\n": typeof types.AddToCategoryDocument,
    "\n  mutation RemoveFromCategory($input: CategoryMemberInput!) {\n    removeFromCategory(input: $input) { id accounts { code } categories { name } }\n  }\n": typeof types.RemoveFromCategoryDocument,
    "\n  query Categories($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) {\n      categories {\n        name normalSide allAccounts { code }\n        balance(asOf: $asOf) { posted pending available postedDebits postedCredits currency }\n      }\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  mutation CategoryViewerUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n": typeof types.CategoryViewerUserDocument,
    "\n  mutation CategoryViewerKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n": typeof types.CategoryViewerKeyDocument,
    "\n  mutation CategoryViewerRole($input: SetMembershipInput!) { setMembership(input: $input) { role } }\n": typeof types.CategoryViewerRoleDocument,
    "\n  mutation ConfigCreateBook($input: CreateBookInput!) {\n    createBook(input: $input) { id }\n  }\n": typeof types.ConfigCreateBookDocument,
    "\n  mutation ConfigCreateLedger($input: CreateLedgerInput!) {\n    createLedger(input: $input) {\n      id code name kind updatesNominal taxArea\n      controlAccount { code isControlAccount }\n      defaultAnalysisAccount { code }\n    }\n  }\n": typeof types.ConfigCreateLedgerDocument,
    "\n  mutation ConfigCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id code name type currency normalSide limit metadata isControlAccount\n      ledger { code }\n      controlAccount { code }\n    }\n  }\n": typeof types.ConfigCreateAccountDocument,
    "\n  mutation ConfigUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) { id code name limit metadata controlAccount { code } }\n  }\n": typeof types.ConfigUpdateAccountDocument,
    "\n  mutation ConfigCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) { code name decimals }\n  }\n": typeof types.ConfigCreateUnitDocument,
    "\n  mutation ConfigCreateTaxCode($input: CreateTaxCodeInput!) {\n    createTaxCode(input: $input) { id code name rate area account { code } }\n  }\n": typeof types.ConfigCreateTaxCodeDocument,
    "\n  mutation ConfigCreatePeriod($input: CreatePeriodInput!) {\n    createPeriod(input: $input) { id name start end status }\n  }\n": typeof types.ConfigCreatePeriodDocument,
    "\n  mutation ConfigClosePeriod($id: ID!) {\n    closePeriod(id: $id) { id name status }\n  }\n": typeof types.ConfigClosePeriodDocument,
    "\n  fragment ConfigTypeFields on TransactionType {\n    id code name version direction posting updatesNominal taxable interAccount usesStock stockSide\n    allocates requiresApproval template entryTemplates\n    ledger { code }\n    interLedger { code }\n    readsFrom { code }\n    controlAccount { code }\n    defaultAnalysisAccount { code }\n  }\n": typeof types.ConfigTypeFieldsFragmentDoc,
    "\n  mutation ConfigCreateTransactionType($input: CreateTransactionTypeInput!) {\n    createTransactionType(input: $input) { ...ConfigTypeFields }\n  }\n": typeof types.ConfigCreateTransactionTypeDocument,
    "\n  mutation ConfigUpdateTransactionType($input: CreateTransactionTypeInput!) {\n    updateTransactionType(input: $input) { ...ConfigTypeFields }\n  }\n": typeof types.ConfigUpdateTransactionTypeDocument,
    "\n  query ConfigReadBook($id: ID!) {\n    book(id: $id) {\n      ledgers {\n        code name kind updatesNominal taxArea\n        controlAccount { code }\n        defaultAnalysisAccount { code }\n        transactionTypes { code }\n      }\n      sales: ledger(code: \"SL\") { code kind accounts(first: 10) { edges { node { code } } } }\n      missingLedger: ledger(code: \"NOPE\") { code }\n      bank: account(code: \"BANK1\") { code type ledger { code } controlAccount { code isControlAccount } }\n      debtors: account(code: \"1100\") { code isControlAccount }\n      sales4000: account(code: \"4000\") { code isControlAccount }\n      missingAccount: account(code: \"NOPE\") { code }\n      transactionTypes { ...ConfigTypeFields }\n      taxCodes { code name rate area account { code } }\n      periods { name start end status }\n      units { code name decimals }\n    }\n  }\n": typeof types.ConfigReadBookDocument,
    "\n  query ConfigAccountPage($id: ID!, $first: Int, $after: String, $ledgerCode: String) {\n    book(id: $id) {\n      accounts(first: $first, after: $after, ledgerCode: $ledgerCode) {\n        edges { cursor node { code } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.ConfigAccountPageDocument,
    "\n  mutation ConfigCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n": typeof types.ConfigCreateUserDocument,
    "\n  mutation ConfigCreateApiKey($userId: ID!) {\n    createApiKey(userId: $userId) { secret }\n  }\n": typeof types.ConfigCreateApiKeyDocument,
    "\n  mutation ConfigSetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { role }\n  }\n": typeof types.ConfigSetMembershipDocument,
    "\n  mutation PropSetRate($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { rate } }\n": typeof types.PropSetRateDocument,
    "\n  mutation PropSetControl($input: SetLedgerControlAccountInput!) { setLedgerControlAccount(input: $input) { code } }\n": typeof types.PropSetControlDocument,
    "\n  query PropLedger($bookId: ID!) { book(id: $bookId) { ledger(code: \"SL\") { id } } }\n": typeof types.PropLedgerDocument,
    "\n  mutation PropTaxCode($input: CreateTaxCodeInput!) { createTaxCode(input: $input) { code } }\n": typeof types.PropTaxCodeDocument,
    "\n  mutation FxSetRate($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { currency date rate } }\n": typeof types.FxSetRateDocument,
    "\n  mutation FxSetControl($input: SetLedgerControlAccountInput!) {\n    setLedgerControlAccount(input: $input) { code controlAccounts { currency account { code } } }\n  }\n": typeof types.FxSetControlDocument,
    "\n  mutation FxPost($input: CreateTransactionInput!) {\n    createTransaction(input: $input) {\n      id number currency gross\n      entries { account { code } side amount currency baseAmount }\n    }\n  }\n": typeof types.FxPostDocument,
    "\n  query FxLedger($bookId: ID!) {\n    book(id: $bookId) {\n      ledger(code: \"SL\") { id }\n      account(code: \"ACMEEU\") { currency controlAccount { code } }\n    }\n  }\n": typeof types.FxLedgerDocument,
    "\n  query FxRates($bookId: ID!, $date: Date!) {\n    book(id: $bookId) {\n      exchangeRates { currency date rate }\n      exchangeRate(currency: \"EUR\", date: $date) { date rate }\n      none: exchangeRate(currency: \"EUR\", date: \"2026-02-28\") { rate }\n    }\n  }\n": typeof types.FxRatesDocument,
    "\n  query FxReports($bookId: ID!) {\n    book(id: $bookId) {\n      eur: trialBalance(currency: \"EUR\") { currency totalDebits totalCredits baseCurrency baseTotalDebits baseTotalCredits lines { account { code } debit credit } }\n      base: baseTrialBalance { currency totalDebits totalCredits lines { account { code } currency debit credit } }\n      reconciliation { ledger { code } controlAccount { code } currency ledgerTotal controlBalance difference }\n    }\n  }\n": typeof types.FxReportsDocument,
    "\n  mutation FxReverse($input: RequestReversalInput!) {\n    requestReversal(input: $input) { status reversal { entries { account { code } side amount baseAmount } } }\n  }\n": typeof types.FxReverseDocument,
    "\n  mutation FxTaxCode($input: CreateTaxCodeInput!) { createTaxCode(input: $input) { code } }\n": typeof types.FxTaxCodeDocument,
    "\n  query FxTransactions($bookId: ID!) { book(id: $bookId) { transactions(filter: { accountCode: \"ACMEEU\" }) { edges { node { number } } } } }\n": typeof types.FxTransactionsDocument,
    "\n  query FxAudit($bookId: ID!, $after: String) {\n    book(id: $bookId) { auditEvents(first: 100, after: $after) { edges { node { action entityId before after } } pageInfo { hasNextPage endCursor } } }\n  }\n": typeof types.FxAuditDocument,
    "\n  query Integrity($bookId: ID!) {\n    book(id: $bookId) { integrityReport { ok checkedAt checks { name ok violations } } }\n  }\n": typeof types.IntegrityDocument,
    "\n  mutation ReverseForIntegrity($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }\n": typeof types.ReverseForIntegrityDocument,
    "\n  mutation ApproveForIntegrity($id: ID!) { approveReversal(id: $id) { status } }\n": typeof types.ApproveForIntegrityDocument,
    "\n  mutation KeysNewUser($input: CreateUserInput!) { createUser(input: $input) { id name } }\n": typeof types.KeysNewUserDocument,
    "\n  mutation KeysNewKey($userId: ID!, $name: String, $expiresAt: DateTime) {\n    createApiKey(userId: $userId, name: $name, expiresAt: $expiresAt) { id secret }\n  }\n": typeof types.KeysNewKeyDocument,
    "\n  mutation KeysRevoke($id: ID!) { revokeApiKey(id: $id) }\n": typeof types.KeysRevokeDocument,
    "\n  query KeysMine { me { id name apiKeys { id name createdAt lastUsedAt expiresAt revokedAt } } }\n": typeof types.KeysMineDocument,
    "\n  query KeysOf($id: ID!) { node(id: $id) { ... on User { apiKeys { id name } } } }\n": typeof types.KeysOfDocument,
    "\n  query KeysBookAudit($bookId: ID!) {\n    book(id: $bookId) { auditEvents(first: 200) { edges { node { action entityId keyId actor { name } } } } }\n  }\n": typeof types.KeysBookAuditDocument,
    "\n  query KeysSystemAudit { systemAuditEvents(first: 200) { edges { node { action entityId keyId } } } }\n": typeof types.KeysSystemAuditDocument,
    "\n  mutation KeysRequestReversal($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }\n": typeof types.KeysRequestReversalDocument,
    "\n  mutation KeysApprove($id: ID!) { approveReversal(id: $id) { id status decidedBy { name } } }\n": typeof types.KeysApproveDocument,
    "\n  query KeysMe { me { name } }\n": typeof types.KeysMeDocument,
    "\n  query ReconcileRollups($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) { reconciliation(asOf: $asOf) { ledger { code } controlAccount { code } currency ledgerTotal controlBalance difference } }\n  }\n": typeof types.ReconcileRollupsDocument,
    "\n  mutation PostPending($id: ID!) {\n    postTransaction(id: $id) { id status entries { status sequence runningBalance account { code } } }\n  }\n": typeof types.PostPendingDocument,
    "\n  mutation VoidPending($id: ID!) {\n    voidTransaction(id: $id) { id status entries { status sequence } }\n  }\n": typeof types.VoidPendingDocument,
    "\n  mutation Allocate($input: AllocateInput!) {\n    allocate(input: $input) { id amount date released from { id } to { id outstanding } }\n  }\n": typeof types.AllocateDocument,
    "\n  query TransactionView($bookId: ID!, $id: ID!) {\n    book(id: $bookId) {\n      transaction(id: $id) {\n        id number status gross outstanding\n        allocations { amount released from { id } to { id } }\n        reversalOf { id number }\n        reversedBy { id number status entries { account { code } side amount } lines { net tax taxCode { code } } }\n      }\n    }\n  }\n": typeof types.TransactionViewDocument,
    "\n  query OpenItems($bookId: ID!, $code: String!) {\n    book(id: $bookId) { account(code: $code) { openItems { id number outstanding dueDate date } } }\n  }\n": typeof types.OpenItemsDocument,
    "\n  mutation RequestReversal($input: RequestReversalInput!) {\n    requestReversal(input: $input) {\n      id status reason requestedBy { name } reversal { id number reversalOf { id } entries { account { code } side amount } }\n    }\n  }\n": typeof types.RequestReversalDocument,
    "\n  mutation ApproveReversal($id: ID!) {\n    approveReversal(id: $id) { id status decidedBy { name } reversal { id status } }\n  }\n": typeof types.ApproveReversalDocument,
    "\n  mutation RejectReversal($id: ID!, $reason: String!) {\n    rejectReversal(id: $id, reason: $reason) { id status decidedBy { name } reversal { id } }\n  }\n": typeof types.RejectReversalDocument,
    "\n  query AnyNode($id: ID!) { node(id: $id) { id } }\n": typeof types.AnyNodeDocument,
    "\n  mutation ClosePeriodNow($id: ID!) { closePeriod(id: $id) { status } }\n": typeof types.ClosePeriodNowDocument,
    "\n  mutation OpenPeriodNow($input: CreatePeriodInput!) { createPeriod(input: $input) { id } }\n": typeof types.OpenPeriodNowDocument,
    "\n  mutation AccountThenPostings($bookId: ID!) {\n    open: createAccount(input: { bookId: $bookId, ledgerCode: \"SL\", code: \"HOOLI\", name: \"Hooli\", type: CUSTOMER }) { version balance { posted } }\n    first: createTransaction(input: { bookId: $bookId, typeCode: \"SI\", accountCode: \"HOOLI\", date: \"2026-04-01\", lines: [{ net: \"10.00\", taxCode: \"Z\" }] }) {\n      account { version balance { posted } }\n    }\n    second: createTransaction(input: { bookId: $bookId, typeCode: \"SI\", accountCode: \"HOOLI\", date: \"2026-04-02\", lines: [{ net: \"5.00\", taxCode: \"Z\" }] }) {\n      account { version balance { posted } }\n    }\n  }\n": typeof types.AccountThenPostingsDocument,
    "\n  mutation NewIncomeCategory($bookId: ID!) {\n    create: createCategory(input: { bookId: $bookId, name: \"Income\", currency: \"GBP\", normalSide: CREDIT }) { id accounts { code } }\n  }\n": typeof types.NewIncomeCategoryDocument,
    "\n  mutation AddTwoMembers($id: ID!) {\n    sales: addToCategory(input: { categoryId: $id, accountCode: \"4000\" }) { accounts { code } }\n    other: addToCategory(input: { categoryId: $id, accountCode: \"4900\" }) { accounts { code } }\n  }\n": typeof types.AddTwoMembersDocument,
    "\n  mutation RaceAddType($input: CreateTransactionTypeInput!) { createTransactionType(input: $input) { code } }\n": typeof types.RaceAddTypeDocument,
    "\n  query RaceFulfilment($bookId: ID!, $id: ID!) {\n    book(id: $bookId) { transaction(id: $id) { fulfilledBy { id } fulfilment { status lines { fulfilled remaining } } } }\n  }\n": typeof types.RaceFulfilmentDocument,
    "\n  mutation OrdersAddType($input: CreateTransactionTypeInput!) { createTransactionType(input: $input) { code posting usesStock } }\n": typeof types.OrdersAddTypeDocument,
    "\n  query OrderFulfilment($bookId: ID!, $id: ID!) {\n    book(id: $bookId) {\n      transaction(id: $id) {\n        status fulfilledBy { id }\n        fulfilment { status lines { lineNo account { code } ordered fulfilled remaining done } }\n      }\n    }\n  }\n": typeof types.OrderFulfilmentDocument,
    "\n  query OrdersStock($bookId: ID!) { book(id: $bookId) { stockOnHand { item { code } quantity reserved available } } }\n": typeof types.OrdersStockDocument,
    "\n  mutation OrdersReverse($input: RequestReversalInput!) { requestReversal(input: $input) { status } }\n": typeof types.OrdersReverseDocument,
    "\n  mutation OutboxPostPending($id: ID!) { postTransaction(id: $id) { id status } }\n": typeof types.OutboxPostPendingDocument,
    "\n  mutation OutboxVoidPending($id: ID!) { voidTransaction(id: $id) { id status } }\n": typeof types.OutboxVoidPendingDocument,
    "\n  mutation OutboxReverse($input: RequestReversalInput!) { requestReversal(input: $input) { id status reversal { id } } }\n": typeof types.OutboxReverseDocument,
    "\n  mutation OutboxAllocate($input: AllocateInput!) { allocate(input: $input) { id } }\n": typeof types.OutboxAllocateDocument,
    "\n  query Me {\n    me { id name memberships { role book { id name } } }\n  }\n": typeof types.MeDocument,
    "\n  mutation CreateBook($input: CreateBookInput!) {\n    createBook(input: $input) { id name baseCurrency members { role user { id name } } }\n  }\n": typeof types.CreateBookDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id name }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation CreateApiKey($userId: ID!) {\n    createApiKey(userId: $userId) { id secret }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { role user { id } book { id } }\n  }\n": typeof types.SetMembershipDocument,
    "\n  query BookById($id: ID!) {\n    book(id: $id) { id name members { role user { name } } }\n  }\n": typeof types.BookByIdDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on Book { name } ... on User { name } }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query Books {\n    books { id name }\n  }\n": typeof types.BooksDocument,
    "\n  mutation CreatePeriods($bookId: ID!, $yearStart: Date!, $basis: PeriodBasis!) {\n    createPeriods(bookId: $bookId, yearStart: $yearStart, basis: $basis) { name start end status }\n  }\n": typeof types.CreatePeriodsDocument,
    "\n  query PeriodsByBasis($bookId: ID!) { book(id: $bookId) { periods { name } } }\n": typeof types.PeriodsByBasisDocument,
    "\n  mutation PostType($input: CreateTransactionInput!) {\n    createTransaction(input: $input) {\n      id number status currency net tax gross outstanding\n      account { code } counterAccount { code }\n      source { id } fulfilledBy { id }\n      lines { lineNo net tax quantity taxCode { code } account { code } side }\n      entries { account { code } side amount currency status }\n    }\n  }\n": typeof types.PostTypeDocument,
    "\n  query TransactionById($bookId: ID!, $id: ID!) {\n    book(id: $bookId) { transaction(id: $id) { id status fulfilledBy { id } source { id } } }\n  }\n": typeof types.TransactionByIdDocument,
    "\n  mutation CreateType($input: CreateTransactionTypeInput!) {\n    createTransactionType(input: $input) { id code template }\n  }\n": typeof types.CreateTypeDocument,
    "\n  query CountTransactions($bookId: ID!, $first: Int) {\n    book(id: $bookId) {\n      transactions(first: $first) {\n        edges {\n          node {\n            number gross account { code name } type { code } createdBy { name }\n            lines { net tax taxCode { code rate } account { code } }\n            entries { side amount sequence runningBalance account { code ledger { code } } transaction { number } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CountTransactionsDocument,
    "\n  query CountAccounts($bookId: ID!, $first: Int) {\n    book(id: $bookId) {\n      accounts(ledgerCode: \"SL\", first: $first) {\n        edges {\n          node {\n            code controlAccount { code } version\n            now: balance { posted }\n            then: balance(asOf: \"2026-01-31\") { posted pending }\n            openingBalance(date: \"2026-02-01\")\n          }\n        }\n      }\n    }\n  }\n": typeof types.CountAccountsDocument,
    "\n  query CountReports($bookId: ID!) {\n    book(id: $bookId) {\n      account(code: \"1100\") {\n        statement(from: \"2026-01-01\", to: \"2026-12-31\") { closing lines { runningBalance transaction { number account { code } } } }\n      }\n      trialBalance { lines { account { code name } debit credit } }\n      agedBalances(ledgerCode: \"SL\", asOf: \"2026-12-31\") { rows { account { code } total } }\n      reconciliation { ledger { code } controlAccount { code } difference }\n      taxSummary(from: \"2026-01-01\", to: \"2026-12-31\") { taxCode { code } net }\n      categories { name balance { posted } then: balance(asOf: \"2026-01-31\") { posted } accounts { code } }\n    }\n  }\n": typeof types.CountReportsDocument,
    "\n  mutation CountCategory($input: CreateCategoryInput!) { createCategory(input: $input) { id } }\n": typeof types.CountCategoryDocument,
    "\n  mutation CountAddToCategory($input: CategoryMemberInput!) { addToCategory(input: $input) { id } }\n": typeof types.CountAddToCategoryDocument,
    "\n  query RateLimitCount($bookId: ID!) { book(id: $bookId) { transactions(first: 100) { edges { node { id } } } } }\n": typeof types.RateLimitCountDocument,
    "\n  query LatePayers($bookId: ID!, $asOf: Date!, $windowDays: Int, $first: Int) {\n    book(id: $bookId) {\n      latePayers(asOf: $asOf, windowDays: $windowDays, first: $first) {\n        asOf windowDays windowStart currency rowCount\n        rows { account { code } overdue overdueItems averageDaysToPay settled settlements }\n      }\n    }\n  }\n": typeof types.LatePayersDocument,
    "\n  query ReceivablesForecast($bookId: ID!, $from: Date!, $weeks: Int) {\n    book(id: $bookId) {\n      receivablesForecast(from: $from, weeks: $weeks) {\n        from currency total\n        overdue { start end amount items }\n        weeks { start end amount items }\n        later { start end amount items }\n      }\n    }\n  }\n": typeof types.ReceivablesForecastDocument,
    "\n  query ReportTrialBalance($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) {\n      trialBalance(asOf: $asOf) { asOf currency totalDebits totalCredits lines { account { code } debit credit } }\n    }\n  }\n": typeof types.ReportTrialBalanceDocument,
    "\n  query ReportStatement($bookId: ID!, $code: String!, $from: Date!, $to: Date!) {\n    book(id: $bookId) {\n      account(code: $code) {\n        statement(from: $from, to: $to) {\n          from to currency opening closing debits credits\n          lines { date number description debit credit runningBalance transaction { number } }\n        }\n        controlEquation(from: $from, to: $to) { opening movements settlements closing difference currency }\n        balance(asOf: $to) { posted }\n      }\n    }\n  }\n": typeof types.ReportStatementDocument,
    "\n  query ReportReconciliation($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) {\n      reconciliation(asOf: $asOf) { ledger { code } controlAccount { code } ledgerTotal controlBalance difference currency }\n    }\n  }\n": typeof types.ReportReconciliationDocument,
    "\n  query ReportTaxSummary($bookId: ID!, $from: Date!, $to: Date!) {\n    book(id: $bookId) { taxSummary(from: $from, to: $to) { taxCode { code area } net tax currency } }\n  }\n": typeof types.ReportTaxSummaryDocument,
    "\n  query ReportTransactions($bookId: ID!, $filter: TransactionFilter, $first: Int, $after: String) {\n    book(id: $bookId) {\n      transactions(filter: $filter, first: $first, after: $after) {\n        edges { cursor node { number date } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": typeof types.ReportTransactionsDocument,
    "\n  query ReportEntries($bookId: ID!, $code: String!, $from: Date, $to: Date, $first: Int, $after: String) {\n    book(id: $bookId) {\n      account(code: $code) {\n        entries(from: $from, to: $to, first: $first, after: $after) {\n          edges { node { date side amount sequence runningBalance transaction { number } } }\n          pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n": typeof types.ReportEntriesDocument,
    "\n  query ReportBalanceAsOf($bookId: ID!, $code: String!, $asOf: Date) { book(id: $bookId) { account(code: $code) { balance(asOf: $asOf) { posted } } } }\n": typeof types.ReportBalanceAsOfDocument,
    "\n  mutation ReportCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n": typeof types.ReportCreateUserDocument,
    "\n  mutation ReportCreateApiKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n": typeof types.ReportCreateApiKeyDocument,
    "\n  query RetirementConfig($bookId: ID!) {\n    book(id: $bookId) {\n      ledgers { id code name archived }\n      taxCodes { id code name archived }\n    }\n  }\n": typeof types.RetirementConfigDocument,
    "\n  mutation UpdateLedger($input: UpdateLedgerInput!) { updateLedger(input: $input) { code name archived archivedAt accounts { edges { node { code } } } } }\n": typeof types.UpdateLedgerDocument,
    "\n  mutation UpdateTaxCode($input: UpdateTaxCodeInput!) { updateTaxCode(input: $input) { code name rate archived } }\n": typeof types.UpdateTaxCodeDocument,
    "\n  mutation CloseAccount($id: ID!, $reason: String) { closeAccount(id: $id, reason: $reason) { code closed closedAt } }\n": typeof types.CloseAccountDocument,
    "\n  mutation ReopenAccount($id: ID!, $reason: String!) { reopenAccount(id: $id, reason: $reason) { code closed } }\n": typeof types.ReopenAccountDocument,
    "\n  mutation ReverseRetired($input: RequestReversalInput!) { requestReversal(input: $input) { status } }\n": typeof types.ReverseRetiredDocument,
    "\n  query RetirementAccountId($bookId: ID!, $code: String!) { book(id: $bookId) { account(code: $code) { id } } }\n": typeof types.RetirementAccountIdDocument,
    "\n  query RetirementAudit($bookId: ID!, $after: String) {\n    book(id: $bookId) { auditEvents(first: 100, after: $after) { edges { node { action entityType reason } } pageInfo { hasNextPage endCursor } } }\n  }\n": typeof types.RetirementAuditDocument,
    "\n  mutation CreateTemplateBook($input: CreateBookInput!) {\n    createBook(input: $input) { id name baseCurrency }\n  }\n": typeof types.CreateTemplateBookDocument,
    "\n  query StandardBook($id: ID!) {\n    book(id: $id) {\n      ledgers {\n        code kind updatesNominal taxArea\n        controlAccount { code isControlAccount ledger { kind } }\n        defaultAnalysisAccount { code isControlAccount ledger { kind } }\n        transactionTypes { code }\n      }\n      accounts(first: 500) {\n        edges { node { code type currency isControlAccount ledger { code kind } controlAccount { code isControlAccount ledger { kind } } } }\n        pageInfo { hasNextPage }\n      }\n      transactionTypes {\n        code version posting updatesNominal taxable interAccount usesStock template\n        ledger { code kind taxArea }\n        interLedger { code kind }\n        readsFrom { code posting }\n        controlAccount { code isControlAccount ledger { kind } }\n        defaultAnalysisAccount { code isControlAccount ledger { kind } }\n      }\n      taxCodes { code rate area account { code isControlAccount ledger { kind } } }\n      units { code decimals }\n      periods { name }\n    }\n  }\n": typeof types.StandardBookDocument,
    "\n  mutation StandardAddCustomer($input: CreateAccountInput!) {\n    createAccount(input: $input) { code type normalSide currency ledger { code } controlAccount { code } }\n  }\n": typeof types.StandardAddCustomerDocument,
    "\n  query StockOnHand($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) { stockOnHand(asOf: $asOf) { item { code limit } quantity unit } }\n  }\n": typeof types.StockOnHandDocument,
    "\n  query ItemBalance($bookId: ID!, $code: String!) {\n    book(id: $bookId) { account(code: $code) { limit balance { posted pending available } } }\n  }\n": typeof types.ItemBalanceDocument,
    "\n  subscription AccessWatch($bookId: ID!) { transactionChanged(bookId: $bookId) { number } }\n": typeof types.AccessWatchDocument,
    "\n  mutation AccessSomeone($input: CreateUserInput!) { createUser(input: $input) { id } }\n": typeof types.AccessSomeoneDocument,
    "\n  mutation AccessKeyFor($userId: ID!, $expiresAt: DateTime) { createApiKey(userId: $userId, expiresAt: $expiresAt) { id secret } }\n": typeof types.AccessKeyForDocument,
    "\n  mutation AccessRevoke($id: ID!) { revokeApiKey(id: $id) }\n": typeof types.AccessRevokeDocument,
    "\n  subscription BalanceChanged($bookId: ID!, $accountCodes: [String!]) {\n    balanceChanged(bookId: $bookId, accountCodes: $accountCodes) {\n      account { code } balance { posted available } transaction { number status }\n    }\n  }\n": typeof types.BalanceChangedDocument,
    "\n  subscription BalanceAlert($bookId: ID!, $accountCode: String!, $below: Decimal, $above: Decimal) {\n    balanceAlert(bookId: $bookId, accountCode: $accountCode, below: $below, above: $above) {\n      account { code } balance { available } transaction { number }\n    }\n  }\n": typeof types.BalanceAlertDocument,
    "\n  mutation RevokeSubscriberKey($id: ID!) { revokeApiKey(id: $id) }\n": typeof types.RevokeSubscriberKeyDocument,
    "\n  subscription TransactionChanged($bookId: ID!, $ledgerCode: String) {\n    transactionChanged(bookId: $bookId, ledgerCode: $ledgerCode) { number status gross }\n  }\n": typeof types.TransactionChangedDocument,
    "\n  mutation CreateNodeWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n": typeof types.CreateNodeWebhookDocument,
    "\n  mutation DeleteNodeWebhook($id: ID!) { deleteWebhook(id: $id) }\n": typeof types.DeleteNodeWebhookDocument,
    "\n  query WebhookNode($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Webhook { url events active deliveries(first: 10) { edges { node { id status } } } }\n      ... on WebhookDelivery { event status attempts }\n    }\n  }\n": typeof types.WebhookNodeDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { id url events active } }\n  }\n": typeof types.CreateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) { deleteWebhook(id: $id) }\n": typeof types.DeleteWebhookDocument,
    "\n  mutation Redeliver($id: ID!) { redeliverWebhookDelivery(id: $id) { id status } }\n": typeof types.RedeliverDocument,
    "\n  query Webhooks($bookId: ID!) {\n    book(id: $bookId) {\n      webhooks {\n        id url events active disabledReason\n        deliveries(first: 100) { edges { node { id event eventId sequence status attempts lastAttemptAt responseStatus lastError } } }\n      }\n    }\n  }\n": typeof types.WebhooksDocument,
    "\n  mutation RevokeKeyForWebhook($id: ID!) { revokeApiKey(id: $id) }\n": typeof types.RevokeKeyForWebhookDocument,
    "\n  subscription LiveWatch($bookId: ID!) { transactionChanged(bookId: $bookId) { number } }\n": typeof types.LiveWatchDocument,
    "\n  mutation CreateMany($input: CreateTransactionsInput!) {\n    createTransactions(input: $input) {\n      created replayed failed\n      results { index error { code message field } transaction { id number gross outstanding entries { sequence } } }\n    }\n  }\n": typeof types.CreateManyDocument,
    "\n  mutation WriteAllocate($input: AllocateInput!) { allocate(input: $input) { id amount } }\n": typeof types.WriteAllocateDocument,
    "\n  mutation WriteReverse($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }\n": typeof types.WriteReverseDocument,
    "\n  mutation WriteUpdateLimit($input: UpdateAccountInput!) { updateAccount(input: $input) { code limit } }\n": typeof types.WriteUpdateLimitDocument,
    "\n  query WriteCount($bookId: ID!) { book(id: $bookId) { transactions(first: 500) { edges { node { number } } } } }\n": typeof types.WriteCountDocument,
    "\n  mutation YearPeriod($input: CreatePeriodInput!) { createPeriod(input: $input) { id name status } }\n": typeof types.YearPeriodDocument,
    "\n  mutation YearReopen($id: ID!, $reason: String!) { reopenPeriod(id: $id, reason: $reason) { id name status } }\n": typeof types.YearReopenDocument,
    "\n  mutation YearClosePeriod($id: ID!) { closePeriod(id: $id) { status } }\n": typeof types.YearClosePeriodDocument,
    "\n  mutation CloseYear($input: CloseYearInput!) {\n    closeYear(input: $input) {\n      id number status date reference type { code }\n      lines { lineNo net side account { code } }\n      entries { account { code } side amount }\n    }\n  }\n": typeof types.CloseYearDocument,
    "\n  query YearPeriods($bookId: ID!) { book(id: $bookId) { periods { name status } } }\n": typeof types.YearPeriodsDocument,
    "\n  query YearTrialBalance($bookId: ID!) { book(id: $bookId) { trialBalance { totalDebits totalCredits } } }\n": typeof types.YearTrialBalanceDocument,
    "\n  mutation YearSettings($input: UpdateBookSettingsInput!) {\n    updateBookSettings(input: $input) { id requirePeriods reversalsRequireApproval }\n  }\n": typeof types.YearSettingsDocument,
    "\n  query YearAudit($bookId: ID!) {\n    book(id: $bookId) { auditEvents(first: 500) { edges { node { action entityId before after reason } } } }\n  }\n": typeof types.YearAuditDocument,
    "\n  mutation YearReverse($input: RequestReversalInput!) { requestReversal(input: $input) { id status reversal { id } } }\n": typeof types.YearReverseDocument,
    "\n  mutation YearApprove($id: ID!) { approveReversal(id: $id) { status reversal { id } } }\n": typeof types.YearApproveDocument,
    "\n  mutation CreateStandardBook($input: CreateBookInput!) {\n    createBook(input: $input) { id }\n  }\n": typeof types.CreateStandardBookDocument,
    "\n  mutation AddAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { id code }\n  }\n": typeof types.AddAccountDocument,
    "\n  mutation Post($input: CreateTransactionInput!) {\n    createTransaction(input: $input) {\n      id number status currency net tax gross outstanding date\n      lines { lineNo net tax quantity taxCode { code } account { code } }\n      entries { account { code } side amount currency status sequence runningBalance }\n    }\n  }\n": typeof types.PostDocument,
    "\n  query AccountBalance($bookId: ID!, $code: String!, $asOf: Date) {\n    book(id: $bookId) {\n      account(code: $code) {\n        code version\n        balance(asOf: $asOf) { posted pending available postedDebits postedCredits currency }\n      }\n    }\n  }\n": typeof types.AccountBalanceDocument,
    "\n  mutation AddUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n": typeof types.AddUserDocument,
    "\n  mutation AddKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n": typeof types.AddKeyDocument,
    "\n  mutation AddMember($input: SetMembershipInput!) { setMembership(input: $input) { role } }\n": typeof types.AddMemberDocument,
    "\n  query WhoAmI { me { id } }\n": typeof types.WhoAmIDocument,
};
const documents: Documents = {
    "\n  query ImportFigures($bookId: ID!) {\n    book(id: $bookId) {\n      acme: account(code: \"ACME\") { balance { posted } }\n      globex: account(code: \"GLOBEX\") { balance { posted } }\n      trialBalance { totalDebits totalCredits }\n    }\n  }\n": types.ImportFiguresDocument,
    "\n  mutation AllocateForAging($input: AllocateInput!) { allocate(input: $input) { id amount } }\n": types.AllocateForAgingDocument,
    "\n  mutation ApproveForAging($id: ID!) { approveReversal(id: $id) { status } }\n": types.ApproveForAgingDocument,
    "\n  mutation ReverseNow($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }\n": types.ReverseNowDocument,
    "\n  query AgedForReversal($bookId: ID!, $asOf: Date!) {\n    book(id: $bookId) { agedBalances(ledgerCode: \"SL\", asOf: $asOf) { total rows { account { code } amounts total } } }\n  }\n": types.AgedForReversalDocument,
    "\n  query AgedBalances($bookId: ID!, $ledgerCode: String!, $asOf: Date!) {\n    book(id: $bookId) {\n      agedBalances(ledgerCode: $ledgerCode, asOf: $asOf) {\n        asOf currency buckets totals total\n        rows { account { code } amounts total }\n      }\n      account(code: \"1100\") { balance(asOf: $asOf) { posted } }\n    }\n  }\n": types.AgedBalancesDocument,
    "\n  query AgedPage($bookId: ID!, $asOf: Date!, $first: Int, $after: String, $orderBy: AgedOrder) {\n    book(id: $bookId) {\n      agedBalances(ledgerCode: \"SL\", asOf: $asOf, first: $first, after: $after, orderBy: $orderBy) {\n        totals total rowCount\n        rows { account { code } amounts total overdue cursor }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.AgedPageDocument,
    "\n  query VerifyAuditChain($bookId: ID!) {\n    book(id: $bookId) { verifyAuditChain { ok events firstBrokenEventId } }\n  }\n": types.VerifyAuditChainDocument,
    "\n  query VerifySystemAuditChain {\n    verifySystemAuditChain { ok events firstBrokenEventId }\n  }\n": types.VerifySystemAuditChainDocument,
    "\n  query AuditLog($bookId: ID!, $first: Int, $after: String) {\n    book(id: $bookId) {\n      auditEvents(first: $first, after: $after) {\n        edges { cursor node { id action entityType entityId actor { name } after reason } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  mutation AuditUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n": types.AuditUserDocument,
    "\n  mutation AuditKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n": types.AuditKeyDocument,
    "\n  mutation AuditMember($input: SetMembershipInput!) { setMembership(input: $input) { role } }\n": types.AuditMemberDocument,
    "\n  subscription RaceAlert($bookId: ID!, $accountCode: String!, $below: Decimal, $above: Decimal) {\n    balanceAlert(bookId: $bookId, accountCode: $accountCode, below: $below, above: $above) {\n      balance { available } transaction { id }\n    }\n  }\n": types.RaceAlertDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) { id name currency normalSide }\n  }\n": types.CreateCategoryDocument,
    "\n  mutation AddToCategory($input: CategoryMemberInput!) {\n    addToCategory(input: $input) { id accounts { code } categories { name } }\n  }\n": types.AddToCategoryDocument,
    "\n  mutation RemoveFromCategory($input: CategoryMemberInput!) {\n    removeFromCategory(input: $input) { id accounts { code } categories { name } }\n  }\n": types.RemoveFromCategoryDocument,
    "\n  query Categories($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) {\n      categories {\n        name normalSide allAccounts { code }\n        balance(asOf: $asOf) { posted pending available postedDebits postedCredits currency }\n      }\n    }\n  }\n": types.CategoriesDocument,
    "\n  mutation CategoryViewerUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n": types.CategoryViewerUserDocument,
    "\n  mutation CategoryViewerKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n": types.CategoryViewerKeyDocument,
    "\n  mutation CategoryViewerRole($input: SetMembershipInput!) { setMembership(input: $input) { role } }\n": types.CategoryViewerRoleDocument,
    "\n  mutation ConfigCreateBook($input: CreateBookInput!) {\n    createBook(input: $input) { id }\n  }\n": types.ConfigCreateBookDocument,
    "\n  mutation ConfigCreateLedger($input: CreateLedgerInput!) {\n    createLedger(input: $input) {\n      id code name kind updatesNominal taxArea\n      controlAccount { code isControlAccount }\n      defaultAnalysisAccount { code }\n    }\n  }\n": types.ConfigCreateLedgerDocument,
    "\n  mutation ConfigCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id code name type currency normalSide limit metadata isControlAccount\n      ledger { code }\n      controlAccount { code }\n    }\n  }\n": types.ConfigCreateAccountDocument,
    "\n  mutation ConfigUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) { id code name limit metadata controlAccount { code } }\n  }\n": types.ConfigUpdateAccountDocument,
    "\n  mutation ConfigCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) { code name decimals }\n  }\n": types.ConfigCreateUnitDocument,
    "\n  mutation ConfigCreateTaxCode($input: CreateTaxCodeInput!) {\n    createTaxCode(input: $input) { id code name rate area account { code } }\n  }\n": types.ConfigCreateTaxCodeDocument,
    "\n  mutation ConfigCreatePeriod($input: CreatePeriodInput!) {\n    createPeriod(input: $input) { id name start end status }\n  }\n": types.ConfigCreatePeriodDocument,
    "\n  mutation ConfigClosePeriod($id: ID!) {\n    closePeriod(id: $id) { id name status }\n  }\n": types.ConfigClosePeriodDocument,
    "\n  fragment ConfigTypeFields on TransactionType {\n    id code name version direction posting updatesNominal taxable interAccount usesStock stockSide\n    allocates requiresApproval template entryTemplates\n    ledger { code }\n    interLedger { code }\n    readsFrom { code }\n    controlAccount { code }\n    defaultAnalysisAccount { code }\n  }\n": types.ConfigTypeFieldsFragmentDoc,
    "\n  mutation ConfigCreateTransactionType($input: CreateTransactionTypeInput!) {\n    createTransactionType(input: $input) { ...ConfigTypeFields }\n  }\n": types.ConfigCreateTransactionTypeDocument,
    "\n  mutation ConfigUpdateTransactionType($input: CreateTransactionTypeInput!) {\n    updateTransactionType(input: $input) { ...ConfigTypeFields }\n  }\n": types.ConfigUpdateTransactionTypeDocument,
    "\n  query ConfigReadBook($id: ID!) {\n    book(id: $id) {\n      ledgers {\n        code name kind updatesNominal taxArea\n        controlAccount { code }\n        defaultAnalysisAccount { code }\n        transactionTypes { code }\n      }\n      sales: ledger(code: \"SL\") { code kind accounts(first: 10) { edges { node { code } } } }\n      missingLedger: ledger(code: \"NOPE\") { code }\n      bank: account(code: \"BANK1\") { code type ledger { code } controlAccount { code isControlAccount } }\n      debtors: account(code: \"1100\") { code isControlAccount }\n      sales4000: account(code: \"4000\") { code isControlAccount }\n      missingAccount: account(code: \"NOPE\") { code }\n      transactionTypes { ...ConfigTypeFields }\n      taxCodes { code name rate area account { code } }\n      periods { name start end status }\n      units { code name decimals }\n    }\n  }\n": types.ConfigReadBookDocument,
    "\n  query ConfigAccountPage($id: ID!, $first: Int, $after: String, $ledgerCode: String) {\n    book(id: $id) {\n      accounts(first: $first, after: $after, ledgerCode: $ledgerCode) {\n        edges { cursor node { code } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.ConfigAccountPageDocument,
    "\n  mutation ConfigCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n": types.ConfigCreateUserDocument,
    "\n  mutation ConfigCreateApiKey($userId: ID!) {\n    createApiKey(userId: $userId) { secret }\n  }\n": types.ConfigCreateApiKeyDocument,
    "\n  mutation ConfigSetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { role }\n  }\n": types.ConfigSetMembershipDocument,
    "\n  mutation PropSetRate($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { rate } }\n": types.PropSetRateDocument,
    "\n  mutation PropSetControl($input: SetLedgerControlAccountInput!) { setLedgerControlAccount(input: $input) { code } }\n": types.PropSetControlDocument,
    "\n  query PropLedger($bookId: ID!) { book(id: $bookId) { ledger(code: \"SL\") { id } } }\n": types.PropLedgerDocument,
    "\n  mutation PropTaxCode($input: CreateTaxCodeInput!) { createTaxCode(input: $input) { code } }\n": types.PropTaxCodeDocument,
    "\n  mutation FxSetRate($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { currency date rate } }\n": types.FxSetRateDocument,
    "\n  mutation FxSetControl($input: SetLedgerControlAccountInput!) {\n    setLedgerControlAccount(input: $input) { code controlAccounts { currency account { code } } }\n  }\n": types.FxSetControlDocument,
    "\n  mutation FxPost($input: CreateTransactionInput!) {\n    createTransaction(input: $input) {\n      id number currency gross\n      entries { account { code } side amount currency baseAmount }\n    }\n  }\n": types.FxPostDocument,
    "\n  query FxLedger($bookId: ID!) {\n    book(id: $bookId) {\n      ledger(code: \"SL\") { id }\n      account(code: \"ACMEEU\") { currency controlAccount { code } }\n    }\n  }\n": types.FxLedgerDocument,
    "\n  query FxRates($bookId: ID!, $date: Date!) {\n    book(id: $bookId) {\n      exchangeRates { currency date rate }\n      exchangeRate(currency: \"EUR\", date: $date) { date rate }\n      none: exchangeRate(currency: \"EUR\", date: \"2026-02-28\") { rate }\n    }\n  }\n": types.FxRatesDocument,
    "\n  query FxReports($bookId: ID!) {\n    book(id: $bookId) {\n      eur: trialBalance(currency: \"EUR\") { currency totalDebits totalCredits baseCurrency baseTotalDebits baseTotalCredits lines { account { code } debit credit } }\n      base: baseTrialBalance { currency totalDebits totalCredits lines { account { code } currency debit credit } }\n      reconciliation { ledger { code } controlAccount { code } currency ledgerTotal controlBalance difference }\n    }\n  }\n": types.FxReportsDocument,
    "\n  mutation FxReverse($input: RequestReversalInput!) {\n    requestReversal(input: $input) { status reversal { entries { account { code } side amount baseAmount } } }\n  }\n": types.FxReverseDocument,
    "\n  mutation FxTaxCode($input: CreateTaxCodeInput!) { createTaxCode(input: $input) { code } }\n": types.FxTaxCodeDocument,
    "\n  query FxTransactions($bookId: ID!) { book(id: $bookId) { transactions(filter: { accountCode: \"ACMEEU\" }) { edges { node { number } } } } }\n": types.FxTransactionsDocument,
    "\n  query FxAudit($bookId: ID!, $after: String) {\n    book(id: $bookId) { auditEvents(first: 100, after: $after) { edges { node { action entityId before after } } pageInfo { hasNextPage endCursor } } }\n  }\n": types.FxAuditDocument,
    "\n  query Integrity($bookId: ID!) {\n    book(id: $bookId) { integrityReport { ok checkedAt checks { name ok violations } } }\n  }\n": types.IntegrityDocument,
    "\n  mutation ReverseForIntegrity($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }\n": types.ReverseForIntegrityDocument,
    "\n  mutation ApproveForIntegrity($id: ID!) { approveReversal(id: $id) { status } }\n": types.ApproveForIntegrityDocument,
    "\n  mutation KeysNewUser($input: CreateUserInput!) { createUser(input: $input) { id name } }\n": types.KeysNewUserDocument,
    "\n  mutation KeysNewKey($userId: ID!, $name: String, $expiresAt: DateTime) {\n    createApiKey(userId: $userId, name: $name, expiresAt: $expiresAt) { id secret }\n  }\n": types.KeysNewKeyDocument,
    "\n  mutation KeysRevoke($id: ID!) { revokeApiKey(id: $id) }\n": types.KeysRevokeDocument,
    "\n  query KeysMine { me { id name apiKeys { id name createdAt lastUsedAt expiresAt revokedAt } } }\n": types.KeysMineDocument,
    "\n  query KeysOf($id: ID!) { node(id: $id) { ... on User { apiKeys { id name } } } }\n": types.KeysOfDocument,
    "\n  query KeysBookAudit($bookId: ID!) {\n    book(id: $bookId) { auditEvents(first: 200) { edges { node { action entityId keyId actor { name } } } } }\n  }\n": types.KeysBookAuditDocument,
    "\n  query KeysSystemAudit { systemAuditEvents(first: 200) { edges { node { action entityId keyId } } } }\n": types.KeysSystemAuditDocument,
    "\n  mutation KeysRequestReversal($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }\n": types.KeysRequestReversalDocument,
    "\n  mutation KeysApprove($id: ID!) { approveReversal(id: $id) { id status decidedBy { name } } }\n": types.KeysApproveDocument,
    "\n  query KeysMe { me { name } }\n": types.KeysMeDocument,
    "\n  query ReconcileRollups($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) { reconciliation(asOf: $asOf) { ledger { code } controlAccount { code } currency ledgerTotal controlBalance difference } }\n  }\n": types.ReconcileRollupsDocument,
    "\n  mutation PostPending($id: ID!) {\n    postTransaction(id: $id) { id status entries { status sequence runningBalance account { code } } }\n  }\n": types.PostPendingDocument,
    "\n  mutation VoidPending($id: ID!) {\n    voidTransaction(id: $id) { id status entries { status sequence } }\n  }\n": types.VoidPendingDocument,
    "\n  mutation Allocate($input: AllocateInput!) {\n    allocate(input: $input) { id amount date released from { id } to { id outstanding } }\n  }\n": types.AllocateDocument,
    "\n  query TransactionView($bookId: ID!, $id: ID!) {\n    book(id: $bookId) {\n      transaction(id: $id) {\n        id number status gross outstanding\n        allocations { amount released from { id } to { id } }\n        reversalOf { id number }\n        reversedBy { id number status entries { account { code } side amount } lines { net tax taxCode { code } } }\n      }\n    }\n  }\n": types.TransactionViewDocument,
    "\n  query OpenItems($bookId: ID!, $code: String!) {\n    book(id: $bookId) { account(code: $code) { openItems { id number outstanding dueDate date } } }\n  }\n": types.OpenItemsDocument,
    "\n  mutation RequestReversal($input: RequestReversalInput!) {\n    requestReversal(input: $input) {\n      id status reason requestedBy { name } reversal { id number reversalOf { id } entries { account { code } side amount } }\n    }\n  }\n": types.RequestReversalDocument,
    "\n  mutation ApproveReversal($id: ID!) {\n    approveReversal(id: $id) { id status decidedBy { name } reversal { id status } }\n  }\n": types.ApproveReversalDocument,
    "\n  mutation RejectReversal($id: ID!, $reason: String!) {\n    rejectReversal(id: $id, reason: $reason) { id status decidedBy { name } reversal { id } }\n  }\n": types.RejectReversalDocument,
    "\n  query AnyNode($id: ID!) { node(id: $id) { id } }\n": types.AnyNodeDocument,
    "\n  mutation ClosePeriodNow($id: ID!) { closePeriod(id: $id) { status } }\n": types.ClosePeriodNowDocument,
    "\n  mutation OpenPeriodNow($input: CreatePeriodInput!) { createPeriod(input: $input) { id } }\n": types.OpenPeriodNowDocument,
    "\n  mutation AccountThenPostings($bookId: ID!) {\n    open: createAccount(input: { bookId: $bookId, ledgerCode: \"SL\", code: \"HOOLI\", name: \"Hooli\", type: CUSTOMER }) { version balance { posted } }\n    first: createTransaction(input: { bookId: $bookId, typeCode: \"SI\", accountCode: \"HOOLI\", date: \"2026-04-01\", lines: [{ net: \"10.00\", taxCode: \"Z\" }] }) {\n      account { version balance { posted } }\n    }\n    second: createTransaction(input: { bookId: $bookId, typeCode: \"SI\", accountCode: \"HOOLI\", date: \"2026-04-02\", lines: [{ net: \"5.00\", taxCode: \"Z\" }] }) {\n      account { version balance { posted } }\n    }\n  }\n": types.AccountThenPostingsDocument,
    "\n  mutation NewIncomeCategory($bookId: ID!) {\n    create: createCategory(input: { bookId: $bookId, name: \"Income\", currency: \"GBP\", normalSide: CREDIT }) { id accounts { code } }\n  }\n": types.NewIncomeCategoryDocument,
    "\n  mutation AddTwoMembers($id: ID!) {\n    sales: addToCategory(input: { categoryId: $id, accountCode: \"4000\" }) { accounts { code } }\n    other: addToCategory(input: { categoryId: $id, accountCode: \"4900\" }) { accounts { code } }\n  }\n": types.AddTwoMembersDocument,
    "\n  mutation RaceAddType($input: CreateTransactionTypeInput!) { createTransactionType(input: $input) { code } }\n": types.RaceAddTypeDocument,
    "\n  query RaceFulfilment($bookId: ID!, $id: ID!) {\n    book(id: $bookId) { transaction(id: $id) { fulfilledBy { id } fulfilment { status lines { fulfilled remaining } } } }\n  }\n": types.RaceFulfilmentDocument,
    "\n  mutation OrdersAddType($input: CreateTransactionTypeInput!) { createTransactionType(input: $input) { code posting usesStock } }\n": types.OrdersAddTypeDocument,
    "\n  query OrderFulfilment($bookId: ID!, $id: ID!) {\n    book(id: $bookId) {\n      transaction(id: $id) {\n        status fulfilledBy { id }\n        fulfilment { status lines { lineNo account { code } ordered fulfilled remaining done } }\n      }\n    }\n  }\n": types.OrderFulfilmentDocument,
    "\n  query OrdersStock($bookId: ID!) { book(id: $bookId) { stockOnHand { item { code } quantity reserved available } } }\n": types.OrdersStockDocument,
    "\n  mutation OrdersReverse($input: RequestReversalInput!) { requestReversal(input: $input) { status } }\n": types.OrdersReverseDocument,
    "\n  mutation OutboxPostPending($id: ID!) { postTransaction(id: $id) { id status } }\n": types.OutboxPostPendingDocument,
    "\n  mutation OutboxVoidPending($id: ID!) { voidTransaction(id: $id) { id status } }\n": types.OutboxVoidPendingDocument,
    "\n  mutation OutboxReverse($input: RequestReversalInput!) { requestReversal(input: $input) { id status reversal { id } } }\n": types.OutboxReverseDocument,
    "\n  mutation OutboxAllocate($input: AllocateInput!) { allocate(input: $input) { id } }\n": types.OutboxAllocateDocument,
    "\n  query Me {\n    me { id name memberships { role book { id name } } }\n  }\n": types.MeDocument,
    "\n  mutation CreateBook($input: CreateBookInput!) {\n    createBook(input: $input) { id name baseCurrency members { role user { id name } } }\n  }\n": types.CreateBookDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id name }\n  }\n": types.CreateUserDocument,
    "\n  mutation CreateApiKey($userId: ID!) {\n    createApiKey(userId: $userId) { id secret }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": types.RevokeApiKeyDocument,
    "\n  mutation SetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { role user { id } book { id } }\n  }\n": types.SetMembershipDocument,
    "\n  query BookById($id: ID!) {\n    book(id: $id) { id name members { role user { name } } }\n  }\n": types.BookByIdDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) { id ... on Book { name } ... on User { name } }\n  }\n": types.NodeByIdDocument,
    "\n  query Books {\n    books { id name }\n  }\n": types.BooksDocument,
    "\n  mutation CreatePeriods($bookId: ID!, $yearStart: Date!, $basis: PeriodBasis!) {\n    createPeriods(bookId: $bookId, yearStart: $yearStart, basis: $basis) { name start end status }\n  }\n": types.CreatePeriodsDocument,
    "\n  query PeriodsByBasis($bookId: ID!) { book(id: $bookId) { periods { name } } }\n": types.PeriodsByBasisDocument,
    "\n  mutation PostType($input: CreateTransactionInput!) {\n    createTransaction(input: $input) {\n      id number status currency net tax gross outstanding\n      account { code } counterAccount { code }\n      source { id } fulfilledBy { id }\n      lines { lineNo net tax quantity taxCode { code } account { code } side }\n      entries { account { code } side amount currency status }\n    }\n  }\n": types.PostTypeDocument,
    "\n  query TransactionById($bookId: ID!, $id: ID!) {\n    book(id: $bookId) { transaction(id: $id) { id status fulfilledBy { id } source { id } } }\n  }\n": types.TransactionByIdDocument,
    "\n  mutation CreateType($input: CreateTransactionTypeInput!) {\n    createTransactionType(input: $input) { id code template }\n  }\n": types.CreateTypeDocument,
    "\n  query CountTransactions($bookId: ID!, $first: Int) {\n    book(id: $bookId) {\n      transactions(first: $first) {\n        edges {\n          node {\n            number gross account { code name } type { code } createdBy { name }\n            lines { net tax taxCode { code rate } account { code } }\n            entries { side amount sequence runningBalance account { code ledger { code } } transaction { number } }\n          }\n        }\n      }\n    }\n  }\n": types.CountTransactionsDocument,
    "\n  query CountAccounts($bookId: ID!, $first: Int) {\n    book(id: $bookId) {\n      accounts(ledgerCode: \"SL\", first: $first) {\n        edges {\n          node {\n            code controlAccount { code } version\n            now: balance { posted }\n            then: balance(asOf: \"2026-01-31\") { posted pending }\n            openingBalance(date: \"2026-02-01\")\n          }\n        }\n      }\n    }\n  }\n": types.CountAccountsDocument,
    "\n  query CountReports($bookId: ID!) {\n    book(id: $bookId) {\n      account(code: \"1100\") {\n        statement(from: \"2026-01-01\", to: \"2026-12-31\") { closing lines { runningBalance transaction { number account { code } } } }\n      }\n      trialBalance { lines { account { code name } debit credit } }\n      agedBalances(ledgerCode: \"SL\", asOf: \"2026-12-31\") { rows { account { code } total } }\n      reconciliation { ledger { code } controlAccount { code } difference }\n      taxSummary(from: \"2026-01-01\", to: \"2026-12-31\") { taxCode { code } net }\n      categories { name balance { posted } then: balance(asOf: \"2026-01-31\") { posted } accounts { code } }\n    }\n  }\n": types.CountReportsDocument,
    "\n  mutation CountCategory($input: CreateCategoryInput!) { createCategory(input: $input) { id } }\n": types.CountCategoryDocument,
    "\n  mutation CountAddToCategory($input: CategoryMemberInput!) { addToCategory(input: $input) { id } }\n": types.CountAddToCategoryDocument,
    "\n  query RateLimitCount($bookId: ID!) { book(id: $bookId) { transactions(first: 100) { edges { node { id } } } } }\n": types.RateLimitCountDocument,
    "\n  query LatePayers($bookId: ID!, $asOf: Date!, $windowDays: Int, $first: Int) {\n    book(id: $bookId) {\n      latePayers(asOf: $asOf, windowDays: $windowDays, first: $first) {\n        asOf windowDays windowStart currency rowCount\n        rows { account { code } overdue overdueItems averageDaysToPay settled settlements }\n      }\n    }\n  }\n": types.LatePayersDocument,
    "\n  query ReceivablesForecast($bookId: ID!, $from: Date!, $weeks: Int) {\n    book(id: $bookId) {\n      receivablesForecast(from: $from, weeks: $weeks) {\n        from currency total\n        overdue { start end amount items }\n        weeks { start end amount items }\n        later { start end amount items }\n      }\n    }\n  }\n": types.ReceivablesForecastDocument,
    "\n  query ReportTrialBalance($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) {\n      trialBalance(asOf: $asOf) { asOf currency totalDebits totalCredits lines { account { code } debit credit } }\n    }\n  }\n": types.ReportTrialBalanceDocument,
    "\n  query ReportStatement($bookId: ID!, $code: String!, $from: Date!, $to: Date!) {\n    book(id: $bookId) {\n      account(code: $code) {\n        statement(from: $from, to: $to) {\n          from to currency opening closing debits credits\n          lines { date number description debit credit runningBalance transaction { number } }\n        }\n        controlEquation(from: $from, to: $to) { opening movements settlements closing difference currency }\n        balance(asOf: $to) { posted }\n      }\n    }\n  }\n": types.ReportStatementDocument,
    "\n  query ReportReconciliation($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) {\n      reconciliation(asOf: $asOf) { ledger { code } controlAccount { code } ledgerTotal controlBalance difference currency }\n    }\n  }\n": types.ReportReconciliationDocument,
    "\n  query ReportTaxSummary($bookId: ID!, $from: Date!, $to: Date!) {\n    book(id: $bookId) { taxSummary(from: $from, to: $to) { taxCode { code area } net tax currency } }\n  }\n": types.ReportTaxSummaryDocument,
    "\n  query ReportTransactions($bookId: ID!, $filter: TransactionFilter, $first: Int, $after: String) {\n    book(id: $bookId) {\n      transactions(filter: $filter, first: $first, after: $after) {\n        edges { cursor node { number date } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n": types.ReportTransactionsDocument,
    "\n  query ReportEntries($bookId: ID!, $code: String!, $from: Date, $to: Date, $first: Int, $after: String) {\n    book(id: $bookId) {\n      account(code: $code) {\n        entries(from: $from, to: $to, first: $first, after: $after) {\n          edges { node { date side amount sequence runningBalance transaction { number } } }\n          pageInfo { hasNextPage endCursor }\n        }\n      }\n    }\n  }\n": types.ReportEntriesDocument,
    "\n  query ReportBalanceAsOf($bookId: ID!, $code: String!, $asOf: Date) { book(id: $bookId) { account(code: $code) { balance(asOf: $asOf) { posted } } } }\n": types.ReportBalanceAsOfDocument,
    "\n  mutation ReportCreateUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n": types.ReportCreateUserDocument,
    "\n  mutation ReportCreateApiKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n": types.ReportCreateApiKeyDocument,
    "\n  query RetirementConfig($bookId: ID!) {\n    book(id: $bookId) {\n      ledgers { id code name archived }\n      taxCodes { id code name archived }\n    }\n  }\n": types.RetirementConfigDocument,
    "\n  mutation UpdateLedger($input: UpdateLedgerInput!) { updateLedger(input: $input) { code name archived archivedAt accounts { edges { node { code } } } } }\n": types.UpdateLedgerDocument,
    "\n  mutation UpdateTaxCode($input: UpdateTaxCodeInput!) { updateTaxCode(input: $input) { code name rate archived } }\n": types.UpdateTaxCodeDocument,
    "\n  mutation CloseAccount($id: ID!, $reason: String) { closeAccount(id: $id, reason: $reason) { code closed closedAt } }\n": types.CloseAccountDocument,
    "\n  mutation ReopenAccount($id: ID!, $reason: String!) { reopenAccount(id: $id, reason: $reason) { code closed } }\n": types.ReopenAccountDocument,
    "\n  mutation ReverseRetired($input: RequestReversalInput!) { requestReversal(input: $input) { status } }\n": types.ReverseRetiredDocument,
    "\n  query RetirementAccountId($bookId: ID!, $code: String!) { book(id: $bookId) { account(code: $code) { id } } }\n": types.RetirementAccountIdDocument,
    "\n  query RetirementAudit($bookId: ID!, $after: String) {\n    book(id: $bookId) { auditEvents(first: 100, after: $after) { edges { node { action entityType reason } } pageInfo { hasNextPage endCursor } } }\n  }\n": types.RetirementAuditDocument,
    "\n  mutation CreateTemplateBook($input: CreateBookInput!) {\n    createBook(input: $input) { id name baseCurrency }\n  }\n": types.CreateTemplateBookDocument,
    "\n  query StandardBook($id: ID!) {\n    book(id: $id) {\n      ledgers {\n        code kind updatesNominal taxArea\n        controlAccount { code isControlAccount ledger { kind } }\n        defaultAnalysisAccount { code isControlAccount ledger { kind } }\n        transactionTypes { code }\n      }\n      accounts(first: 500) {\n        edges { node { code type currency isControlAccount ledger { code kind } controlAccount { code isControlAccount ledger { kind } } } }\n        pageInfo { hasNextPage }\n      }\n      transactionTypes {\n        code version posting updatesNominal taxable interAccount usesStock template\n        ledger { code kind taxArea }\n        interLedger { code kind }\n        readsFrom { code posting }\n        controlAccount { code isControlAccount ledger { kind } }\n        defaultAnalysisAccount { code isControlAccount ledger { kind } }\n      }\n      taxCodes { code rate area account { code isControlAccount ledger { kind } } }\n      units { code decimals }\n      periods { name }\n    }\n  }\n": types.StandardBookDocument,
    "\n  mutation StandardAddCustomer($input: CreateAccountInput!) {\n    createAccount(input: $input) { code type normalSide currency ledger { code } controlAccount { code } }\n  }\n": types.StandardAddCustomerDocument,
    "\n  query StockOnHand($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) { stockOnHand(asOf: $asOf) { item { code limit } quantity unit } }\n  }\n": types.StockOnHandDocument,
    "\n  query ItemBalance($bookId: ID!, $code: String!) {\n    book(id: $bookId) { account(code: $code) { limit balance { posted pending available } } }\n  }\n": types.ItemBalanceDocument,
    "\n  subscription AccessWatch($bookId: ID!) { transactionChanged(bookId: $bookId) { number } }\n": types.AccessWatchDocument,
    "\n  mutation AccessSomeone($input: CreateUserInput!) { createUser(input: $input) { id } }\n": types.AccessSomeoneDocument,
    "\n  mutation AccessKeyFor($userId: ID!, $expiresAt: DateTime) { createApiKey(userId: $userId, expiresAt: $expiresAt) { id secret } }\n": types.AccessKeyForDocument,
    "\n  mutation AccessRevoke($id: ID!) { revokeApiKey(id: $id) }\n": types.AccessRevokeDocument,
    "\n  subscription BalanceChanged($bookId: ID!, $accountCodes: [String!]) {\n    balanceChanged(bookId: $bookId, accountCodes: $accountCodes) {\n      account { code } balance { posted available } transaction { number status }\n    }\n  }\n": types.BalanceChangedDocument,
    "\n  subscription BalanceAlert($bookId: ID!, $accountCode: String!, $below: Decimal, $above: Decimal) {\n    balanceAlert(bookId: $bookId, accountCode: $accountCode, below: $below, above: $above) {\n      account { code } balance { available } transaction { number }\n    }\n  }\n": types.BalanceAlertDocument,
    "\n  mutation RevokeSubscriberKey($id: ID!) { revokeApiKey(id: $id) }\n": types.RevokeSubscriberKeyDocument,
    "\n  subscription TransactionChanged($bookId: ID!, $ledgerCode: String) {\n    transactionChanged(bookId: $bookId, ledgerCode: $ledgerCode) { number status gross }\n  }\n": types.TransactionChangedDocument,
    "\n  mutation CreateNodeWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n": types.CreateNodeWebhookDocument,
    "\n  mutation DeleteNodeWebhook($id: ID!) { deleteWebhook(id: $id) }\n": types.DeleteNodeWebhookDocument,
    "\n  query WebhookNode($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Webhook { url events active deliveries(first: 10) { edges { node { id status } } } }\n      ... on WebhookDelivery { event status attempts }\n    }\n  }\n": types.WebhookNodeDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { id url events active } }\n  }\n": types.CreateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) { deleteWebhook(id: $id) }\n": types.DeleteWebhookDocument,
    "\n  mutation Redeliver($id: ID!) { redeliverWebhookDelivery(id: $id) { id status } }\n": types.RedeliverDocument,
    "\n  query Webhooks($bookId: ID!) {\n    book(id: $bookId) {\n      webhooks {\n        id url events active disabledReason\n        deliveries(first: 100) { edges { node { id event eventId sequence status attempts lastAttemptAt responseStatus lastError } } }\n      }\n    }\n  }\n": types.WebhooksDocument,
    "\n  mutation RevokeKeyForWebhook($id: ID!) { revokeApiKey(id: $id) }\n": types.RevokeKeyForWebhookDocument,
    "\n  subscription LiveWatch($bookId: ID!) { transactionChanged(bookId: $bookId) { number } }\n": types.LiveWatchDocument,
    "\n  mutation CreateMany($input: CreateTransactionsInput!) {\n    createTransactions(input: $input) {\n      created replayed failed\n      results { index error { code message field } transaction { id number gross outstanding entries { sequence } } }\n    }\n  }\n": types.CreateManyDocument,
    "\n  mutation WriteAllocate($input: AllocateInput!) { allocate(input: $input) { id amount } }\n": types.WriteAllocateDocument,
    "\n  mutation WriteReverse($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }\n": types.WriteReverseDocument,
    "\n  mutation WriteUpdateLimit($input: UpdateAccountInput!) { updateAccount(input: $input) { code limit } }\n": types.WriteUpdateLimitDocument,
    "\n  query WriteCount($bookId: ID!) { book(id: $bookId) { transactions(first: 500) { edges { node { number } } } } }\n": types.WriteCountDocument,
    "\n  mutation YearPeriod($input: CreatePeriodInput!) { createPeriod(input: $input) { id name status } }\n": types.YearPeriodDocument,
    "\n  mutation YearReopen($id: ID!, $reason: String!) { reopenPeriod(id: $id, reason: $reason) { id name status } }\n": types.YearReopenDocument,
    "\n  mutation YearClosePeriod($id: ID!) { closePeriod(id: $id) { status } }\n": types.YearClosePeriodDocument,
    "\n  mutation CloseYear($input: CloseYearInput!) {\n    closeYear(input: $input) {\n      id number status date reference type { code }\n      lines { lineNo net side account { code } }\n      entries { account { code } side amount }\n    }\n  }\n": types.CloseYearDocument,
    "\n  query YearPeriods($bookId: ID!) { book(id: $bookId) { periods { name status } } }\n": types.YearPeriodsDocument,
    "\n  query YearTrialBalance($bookId: ID!) { book(id: $bookId) { trialBalance { totalDebits totalCredits } } }\n": types.YearTrialBalanceDocument,
    "\n  mutation YearSettings($input: UpdateBookSettingsInput!) {\n    updateBookSettings(input: $input) { id requirePeriods reversalsRequireApproval }\n  }\n": types.YearSettingsDocument,
    "\n  query YearAudit($bookId: ID!) {\n    book(id: $bookId) { auditEvents(first: 500) { edges { node { action entityId before after reason } } } }\n  }\n": types.YearAuditDocument,
    "\n  mutation YearReverse($input: RequestReversalInput!) { requestReversal(input: $input) { id status reversal { id } } }\n": types.YearReverseDocument,
    "\n  mutation YearApprove($id: ID!) { approveReversal(id: $id) { status reversal { id } } }\n": types.YearApproveDocument,
    "\n  mutation CreateStandardBook($input: CreateBookInput!) {\n    createBook(input: $input) { id }\n  }\n": types.CreateStandardBookDocument,
    "\n  mutation AddAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { id code }\n  }\n": types.AddAccountDocument,
    "\n  mutation Post($input: CreateTransactionInput!) {\n    createTransaction(input: $input) {\n      id number status currency net tax gross outstanding date\n      lines { lineNo net tax quantity taxCode { code } account { code } }\n      entries { account { code } side amount currency status sequence runningBalance }\n    }\n  }\n": types.PostDocument,
    "\n  query AccountBalance($bookId: ID!, $code: String!, $asOf: Date) {\n    book(id: $bookId) {\n      account(code: $code) {\n        code version\n        balance(asOf: $asOf) { posted pending available postedDebits postedCredits currency }\n      }\n    }\n  }\n": types.AccountBalanceDocument,
    "\n  mutation AddUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n": types.AddUserDocument,
    "\n  mutation AddKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n": types.AddKeyDocument,
    "\n  mutation AddMember($input: SetMembershipInput!) { setMembership(input: $input) { role } }\n": types.AddMemberDocument,
    "\n  query WhoAmI { me { id } }\n": types.WhoAmIDocument,
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
export function graphql(source: "\n  query ImportFigures($bookId: ID!) {\n    book(id: $bookId) {\n      acme: account(code: \"ACME\") { balance { posted } }\n      globex: account(code: \"GLOBEX\") { balance { posted } }\n      trialBalance { totalDebits totalCredits }\n    }\n  }\n"): (typeof documents)["\n  query ImportFigures($bookId: ID!) {\n    book(id: $bookId) {\n      acme: account(code: \"ACME\") { balance { posted } }\n      globex: account(code: \"GLOBEX\") { balance { posted } }\n      trialBalance { totalDebits totalCredits }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AllocateForAging($input: AllocateInput!) { allocate(input: $input) { id amount } }\n"): (typeof documents)["\n  mutation AllocateForAging($input: AllocateInput!) { allocate(input: $input) { id amount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveForAging($id: ID!) { approveReversal(id: $id) { status } }\n"): (typeof documents)["\n  mutation ApproveForAging($id: ID!) { approveReversal(id: $id) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReverseNow($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }\n"): (typeof documents)["\n  mutation ReverseNow($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgedForReversal($bookId: ID!, $asOf: Date!) {\n    book(id: $bookId) { agedBalances(ledgerCode: \"SL\", asOf: $asOf) { total rows { account { code } amounts total } } }\n  }\n"): (typeof documents)["\n  query AgedForReversal($bookId: ID!, $asOf: Date!) {\n    book(id: $bookId) { agedBalances(ledgerCode: \"SL\", asOf: $asOf) { total rows { account { code } amounts total } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgedBalances($bookId: ID!, $ledgerCode: String!, $asOf: Date!) {\n    book(id: $bookId) {\n      agedBalances(ledgerCode: $ledgerCode, asOf: $asOf) {\n        asOf currency buckets totals total\n        rows { account { code } amounts total }\n      }\n      account(code: \"1100\") { balance(asOf: $asOf) { posted } }\n    }\n  }\n"): (typeof documents)["\n  query AgedBalances($bookId: ID!, $ledgerCode: String!, $asOf: Date!) {\n    book(id: $bookId) {\n      agedBalances(ledgerCode: $ledgerCode, asOf: $asOf) {\n        asOf currency buckets totals total\n        rows { account { code } amounts total }\n      }\n      account(code: \"1100\") { balance(asOf: $asOf) { posted } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgedPage($bookId: ID!, $asOf: Date!, $first: Int, $after: String, $orderBy: AgedOrder) {\n    book(id: $bookId) {\n      agedBalances(ledgerCode: \"SL\", asOf: $asOf, first: $first, after: $after, orderBy: $orderBy) {\n        totals total rowCount\n        rows { account { code } amounts total overdue cursor }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgedPage($bookId: ID!, $asOf: Date!, $first: Int, $after: String, $orderBy: AgedOrder) {\n    book(id: $bookId) {\n      agedBalances(ledgerCode: \"SL\", asOf: $asOf, first: $first, after: $after, orderBy: $orderBy) {\n        totals total rowCount\n        rows { account { code } amounts total overdue cursor }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain($bookId: ID!) {\n    book(id: $bookId) { verifyAuditChain { ok events firstBrokenEventId } }\n  }\n"): (typeof documents)["\n  query VerifyAuditChain($bookId: ID!) {\n    book(id: $bookId) { verifyAuditChain { ok events firstBrokenEventId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifySystemAuditChain {\n    verifySystemAuditChain { ok events firstBrokenEventId }\n  }\n"): (typeof documents)["\n  query VerifySystemAuditChain {\n    verifySystemAuditChain { ok events firstBrokenEventId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($bookId: ID!, $first: Int, $after: String) {\n    book(id: $bookId) {\n      auditEvents(first: $first, after: $after) {\n        edges { cursor node { id action entityType entityId actor { name } after reason } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($bookId: ID!, $first: Int, $after: String) {\n    book(id: $bookId) {\n      auditEvents(first: $first, after: $after) {\n        edges { cursor node { id action entityType entityId actor { name } after reason } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n"): (typeof documents)["\n  mutation AuditUser($input: CreateUserInput!) { createUser(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n"): (typeof documents)["\n  mutation AuditKey($userId: ID!) { createApiKey(userId: $userId) { secret } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditMember($input: SetMembershipInput!) { setMembership(input: $input) { role } }\n"): (typeof documents)["\n  mutation AuditMember($input: SetMembershipInput!) { setMembership(input: $input) { role } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RaceAlert($bookId: ID!, $accountCode: String!, $below: Decimal, $above: Decimal) {\n    balanceAlert(bookId: $bookId, accountCode: $accountCode, below: $below, above: $above) {\n      balance { available } transaction { id }\n    }\n  }\n"): (typeof documents)["\n  subscription RaceAlert($bookId: ID!, $accountCode: String!, $below: Decimal, $above: Decimal) {\n    balanceAlert(bookId: $bookId, accountCode: $accountCode, below: $below, above: $above) {\n      balance { available } transaction { id }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ConfigCreateBook($input: CreateBookInput!) {\n    createBook(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation ConfigCreateBook($input: CreateBookInput!) {\n    createBook(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigCreateLedger($input: CreateLedgerInput!) {\n    createLedger(input: $input) {\n      id code name kind updatesNominal taxArea\n      controlAccount { code isControlAccount }\n      defaultAnalysisAccount { code }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfigCreateLedger($input: CreateLedgerInput!) {\n    createLedger(input: $input) {\n      id code name kind updatesNominal taxArea\n      controlAccount { code isControlAccount }\n      defaultAnalysisAccount { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id code name type currency normalSide limit metadata isControlAccount\n      ledger { code }\n      controlAccount { code }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfigCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      id code name type currency normalSide limit metadata isControlAccount\n      ledger { code }\n      controlAccount { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) { id code name limit metadata controlAccount { code } }\n  }\n"): (typeof documents)["\n  mutation ConfigUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) { id code name limit metadata controlAccount { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) { code name decimals }\n  }\n"): (typeof documents)["\n  mutation ConfigCreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) { code name decimals }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigCreateTaxCode($input: CreateTaxCodeInput!) {\n    createTaxCode(input: $input) { id code name rate area account { code } }\n  }\n"): (typeof documents)["\n  mutation ConfigCreateTaxCode($input: CreateTaxCodeInput!) {\n    createTaxCode(input: $input) { id code name rate area account { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigCreatePeriod($input: CreatePeriodInput!) {\n    createPeriod(input: $input) { id name start end status }\n  }\n"): (typeof documents)["\n  mutation ConfigCreatePeriod($input: CreatePeriodInput!) {\n    createPeriod(input: $input) { id name start end status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigClosePeriod($id: ID!) {\n    closePeriod(id: $id) { id name status }\n  }\n"): (typeof documents)["\n  mutation ConfigClosePeriod($id: ID!) {\n    closePeriod(id: $id) { id name status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConfigTypeFields on TransactionType {\n    id code name version direction posting updatesNominal taxable interAccount usesStock stockSide\n    allocates requiresApproval template entryTemplates\n    ledger { code }\n    interLedger { code }\n    readsFrom { code }\n    controlAccount { code }\n    defaultAnalysisAccount { code }\n  }\n"): (typeof documents)["\n  fragment ConfigTypeFields on TransactionType {\n    id code name version direction posting updatesNominal taxable interAccount usesStock stockSide\n    allocates requiresApproval template entryTemplates\n    ledger { code }\n    interLedger { code }\n    readsFrom { code }\n    controlAccount { code }\n    defaultAnalysisAccount { code }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigCreateTransactionType($input: CreateTransactionTypeInput!) {\n    createTransactionType(input: $input) { ...ConfigTypeFields }\n  }\n"): (typeof documents)["\n  mutation ConfigCreateTransactionType($input: CreateTransactionTypeInput!) {\n    createTransactionType(input: $input) { ...ConfigTypeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigUpdateTransactionType($input: CreateTransactionTypeInput!) {\n    updateTransactionType(input: $input) { ...ConfigTypeFields }\n  }\n"): (typeof documents)["\n  mutation ConfigUpdateTransactionType($input: CreateTransactionTypeInput!) {\n    updateTransactionType(input: $input) { ...ConfigTypeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfigReadBook($id: ID!) {\n    book(id: $id) {\n      ledgers {\n        code name kind updatesNominal taxArea\n        controlAccount { code }\n        defaultAnalysisAccount { code }\n        transactionTypes { code }\n      }\n      sales: ledger(code: \"SL\") { code kind accounts(first: 10) { edges { node { code } } } }\n      missingLedger: ledger(code: \"NOPE\") { code }\n      bank: account(code: \"BANK1\") { code type ledger { code } controlAccount { code isControlAccount } }\n      debtors: account(code: \"1100\") { code isControlAccount }\n      sales4000: account(code: \"4000\") { code isControlAccount }\n      missingAccount: account(code: \"NOPE\") { code }\n      transactionTypes { ...ConfigTypeFields }\n      taxCodes { code name rate area account { code } }\n      periods { name start end status }\n      units { code name decimals }\n    }\n  }\n"): (typeof documents)["\n  query ConfigReadBook($id: ID!) {\n    book(id: $id) {\n      ledgers {\n        code name kind updatesNominal taxArea\n        controlAccount { code }\n        defaultAnalysisAccount { code }\n        transactionTypes { code }\n      }\n      sales: ledger(code: \"SL\") { code kind accounts(first: 10) { edges { node { code } } } }\n      missingLedger: ledger(code: \"NOPE\") { code }\n      bank: account(code: \"BANK1\") { code type ledger { code } controlAccount { code isControlAccount } }\n      debtors: account(code: \"1100\") { code isControlAccount }\n      sales4000: account(code: \"4000\") { code isControlAccount }\n      missingAccount: account(code: \"NOPE\") { code }\n      transactionTypes { ...ConfigTypeFields }\n      taxCodes { code name rate area account { code } }\n      periods { name start end status }\n      units { code name decimals }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConfigAccountPage($id: ID!, $first: Int, $after: String, $ledgerCode: String) {\n    book(id: $id) {\n      accounts(first: $first, after: $after, ledgerCode: $ledgerCode) {\n        edges { cursor node { code } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConfigAccountPage($id: ID!, $first: Int, $after: String, $ledgerCode: String) {\n    book(id: $id) {\n      accounts(first: $first, after: $after, ledgerCode: $ledgerCode) {\n        edges { cursor node { code } }\n        pageInfo { hasNextPage endCursor }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation ConfigCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigCreateApiKey($userId: ID!) {\n    createApiKey(userId: $userId) { secret }\n  }\n"): (typeof documents)["\n  mutation ConfigCreateApiKey($userId: ID!) {\n    createApiKey(userId: $userId) { secret }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigSetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { role }\n  }\n"): (typeof documents)["\n  mutation ConfigSetMembership($input: SetMembershipInput!) {\n    setMembership(input: $input) { role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropSetRate($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { rate } }\n"): (typeof documents)["\n  mutation PropSetRate($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { rate } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropSetControl($input: SetLedgerControlAccountInput!) { setLedgerControlAccount(input: $input) { code } }\n"): (typeof documents)["\n  mutation PropSetControl($input: SetLedgerControlAccountInput!) { setLedgerControlAccount(input: $input) { code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropLedger($bookId: ID!) { book(id: $bookId) { ledger(code: \"SL\") { id } } }\n"): (typeof documents)["\n  query PropLedger($bookId: ID!) { book(id: $bookId) { ledger(code: \"SL\") { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PropTaxCode($input: CreateTaxCodeInput!) { createTaxCode(input: $input) { code } }\n"): (typeof documents)["\n  mutation PropTaxCode($input: CreateTaxCodeInput!) { createTaxCode(input: $input) { code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FxSetRate($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { currency date rate } }\n"): (typeof documents)["\n  mutation FxSetRate($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { currency date rate } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FxSetControl($input: SetLedgerControlAccountInput!) {\n    setLedgerControlAccount(input: $input) { code controlAccounts { currency account { code } } }\n  }\n"): (typeof documents)["\n  mutation FxSetControl($input: SetLedgerControlAccountInput!) {\n    setLedgerControlAccount(input: $input) { code controlAccounts { currency account { code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FxPost($input: CreateTransactionInput!) {\n    createTransaction(input: $input) {\n      id number currency gross\n      entries { account { code } side amount currency baseAmount }\n    }\n  }\n"): (typeof documents)["\n  mutation FxPost($input: CreateTransactionInput!) {\n    createTransaction(input: $input) {\n      id number currency gross\n      entries { account { code } side amount currency baseAmount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FxLedger($bookId: ID!) {\n    book(id: $bookId) {\n      ledger(code: \"SL\") { id }\n      account(code: \"ACMEEU\") { currency controlAccount { code } }\n    }\n  }\n"): (typeof documents)["\n  query FxLedger($bookId: ID!) {\n    book(id: $bookId) {\n      ledger(code: \"SL\") { id }\n      account(code: \"ACMEEU\") { currency controlAccount { code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FxRates($bookId: ID!, $date: Date!) {\n    book(id: $bookId) {\n      exchangeRates { currency date rate }\n      exchangeRate(currency: \"EUR\", date: $date) { date rate }\n      none: exchangeRate(currency: \"EUR\", date: \"2026-02-28\") { rate }\n    }\n  }\n"): (typeof documents)["\n  query FxRates($bookId: ID!, $date: Date!) {\n    book(id: $bookId) {\n      exchangeRates { currency date rate }\n      exchangeRate(currency: \"EUR\", date: $date) { date rate }\n      none: exchangeRate(currency: \"EUR\", date: \"2026-02-28\") { rate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FxReports($bookId: ID!) {\n    book(id: $bookId) {\n      eur: trialBalance(currency: \"EUR\") { currency totalDebits totalCredits baseCurrency baseTotalDebits baseTotalCredits lines { account { code } debit credit } }\n      base: baseTrialBalance { currency totalDebits totalCredits lines { account { code } currency debit credit } }\n      reconciliation { ledger { code } controlAccount { code } currency ledgerTotal controlBalance difference }\n    }\n  }\n"): (typeof documents)["\n  query FxReports($bookId: ID!) {\n    book(id: $bookId) {\n      eur: trialBalance(currency: \"EUR\") { currency totalDebits totalCredits baseCurrency baseTotalDebits baseTotalCredits lines { account { code } debit credit } }\n      base: baseTrialBalance { currency totalDebits totalCredits lines { account { code } currency debit credit } }\n      reconciliation { ledger { code } controlAccount { code } currency ledgerTotal controlBalance difference }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FxReverse($input: RequestReversalInput!) {\n    requestReversal(input: $input) { status reversal { entries { account { code } side amount baseAmount } } }\n  }\n"): (typeof documents)["\n  mutation FxReverse($input: RequestReversalInput!) {\n    requestReversal(input: $input) { status reversal { entries { account { code } side amount baseAmount } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FxTaxCode($input: CreateTaxCodeInput!) { createTaxCode(input: $input) { code } }\n"): (typeof documents)["\n  mutation FxTaxCode($input: CreateTaxCodeInput!) { createTaxCode(input: $input) { code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FxTransactions($bookId: ID!) { book(id: $bookId) { transactions(filter: { accountCode: \"ACMEEU\" }) { edges { node { number } } } } }\n"): (typeof documents)["\n  query FxTransactions($bookId: ID!) { book(id: $bookId) { transactions(filter: { accountCode: \"ACMEEU\" }) { edges { node { number } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FxAudit($bookId: ID!, $after: String) {\n    book(id: $bookId) { auditEvents(first: 100, after: $after) { edges { node { action entityId before after } } pageInfo { hasNextPage endCursor } } }\n  }\n"): (typeof documents)["\n  query FxAudit($bookId: ID!, $after: String) {\n    book(id: $bookId) { auditEvents(first: 100, after: $after) { edges { node { action entityId before after } } pageInfo { hasNextPage endCursor } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Integrity($bookId: ID!) {\n    book(id: $bookId) { integrityReport { ok checkedAt checks { name ok violations } } }\n  }\n"): (typeof documents)["\n  query Integrity($bookId: ID!) {\n    book(id: $bookId) { integrityReport { ok checkedAt checks { name ok violations } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReverseForIntegrity($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }\n"): (typeof documents)["\n  mutation ReverseForIntegrity($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveForIntegrity($id: ID!) { approveReversal(id: $id) { status } }\n"): (typeof documents)["\n  mutation ApproveForIntegrity($id: ID!) { approveReversal(id: $id) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeysNewUser($input: CreateUserInput!) { createUser(input: $input) { id name } }\n"): (typeof documents)["\n  mutation KeysNewUser($input: CreateUserInput!) { createUser(input: $input) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeysNewKey($userId: ID!, $name: String, $expiresAt: DateTime) {\n    createApiKey(userId: $userId, name: $name, expiresAt: $expiresAt) { id secret }\n  }\n"): (typeof documents)["\n  mutation KeysNewKey($userId: ID!, $name: String, $expiresAt: DateTime) {\n    createApiKey(userId: $userId, name: $name, expiresAt: $expiresAt) { id secret }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeysRevoke($id: ID!) { revokeApiKey(id: $id) }\n"): (typeof documents)["\n  mutation KeysRevoke($id: ID!) { revokeApiKey(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeysMine { me { id name apiKeys { id name createdAt lastUsedAt expiresAt revokedAt } } }\n"): (typeof documents)["\n  query KeysMine { me { id name apiKeys { id name createdAt lastUsedAt expiresAt revokedAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeysOf($id: ID!) { node(id: $id) { ... on User { apiKeys { id name } } } }\n"): (typeof documents)["\n  query KeysOf($id: ID!) { node(id: $id) { ... on User { apiKeys { id name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeysBookAudit($bookId: ID!) {\n    book(id: $bookId) { auditEvents(first: 200) { edges { node { action entityId keyId actor { name } } } } }\n  }\n"): (typeof documents)["\n  query KeysBookAudit($bookId: ID!) {\n    book(id: $bookId) { auditEvents(first: 200) { edges { node { action entityId keyId actor { name } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeysSystemAudit { systemAuditEvents(first: 200) { edges { node { action entityId keyId } } } }\n"): (typeof documents)["\n  query KeysSystemAudit { systemAuditEvents(first: 200) { edges { node { action entityId keyId } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeysRequestReversal($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }\n"): (typeof documents)["\n  mutation KeysRequestReversal($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KeysApprove($id: ID!) { approveReversal(id: $id) { id status decidedBy { name } } }\n"): (typeof documents)["\n  mutation KeysApprove($id: ID!) { approveReversal(id: $id) { id status decidedBy { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeysMe { me { name } }\n"): (typeof documents)["\n  query KeysMe { me { name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReconcileRollups($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) { reconciliation(asOf: $asOf) { ledger { code } controlAccount { code } currency ledgerTotal controlBalance difference } }\n  }\n"): (typeof documents)["\n  query ReconcileRollups($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) { reconciliation(asOf: $asOf) { ledger { code } controlAccount { code } currency ledgerTotal controlBalance difference } }\n  }\n"];
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
export function graphql(source: "\n  query AnyNode($id: ID!) { node(id: $id) { id } }\n"): (typeof documents)["\n  query AnyNode($id: ID!) { node(id: $id) { id } }\n"];
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
export function graphql(source: "\n  mutation AccountThenPostings($bookId: ID!) {\n    open: createAccount(input: { bookId: $bookId, ledgerCode: \"SL\", code: \"HOOLI\", name: \"Hooli\", type: CUSTOMER }) { version balance { posted } }\n    first: createTransaction(input: { bookId: $bookId, typeCode: \"SI\", accountCode: \"HOOLI\", date: \"2026-04-01\", lines: [{ net: \"10.00\", taxCode: \"Z\" }] }) {\n      account { version balance { posted } }\n    }\n    second: createTransaction(input: { bookId: $bookId, typeCode: \"SI\", accountCode: \"HOOLI\", date: \"2026-04-02\", lines: [{ net: \"5.00\", taxCode: \"Z\" }] }) {\n      account { version balance { posted } }\n    }\n  }\n"): (typeof documents)["\n  mutation AccountThenPostings($bookId: ID!) {\n    open: createAccount(input: { bookId: $bookId, ledgerCode: \"SL\", code: \"HOOLI\", name: \"Hooli\", type: CUSTOMER }) { version balance { posted } }\n    first: createTransaction(input: { bookId: $bookId, typeCode: \"SI\", accountCode: \"HOOLI\", date: \"2026-04-01\", lines: [{ net: \"10.00\", taxCode: \"Z\" }] }) {\n      account { version balance { posted } }\n    }\n    second: createTransaction(input: { bookId: $bookId, typeCode: \"SI\", accountCode: \"HOOLI\", date: \"2026-04-02\", lines: [{ net: \"5.00\", taxCode: \"Z\" }] }) {\n      account { version balance { posted } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewIncomeCategory($bookId: ID!) {\n    create: createCategory(input: { bookId: $bookId, name: \"Income\", currency: \"GBP\", normalSide: CREDIT }) { id accounts { code } }\n  }\n"): (typeof documents)["\n  mutation NewIncomeCategory($bookId: ID!) {\n    create: createCategory(input: { bookId: $bookId, name: \"Income\", currency: \"GBP\", normalSide: CREDIT }) { id accounts { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTwoMembers($id: ID!) {\n    sales: addToCategory(input: { categoryId: $id, accountCode: \"4000\" }) { accounts { code } }\n    other: addToCategory(input: { categoryId: $id, accountCode: \"4900\" }) { accounts { code } }\n  }\n"): (typeof documents)["\n  mutation AddTwoMembers($id: ID!) {\n    sales: addToCategory(input: { categoryId: $id, accountCode: \"4000\" }) { accounts { code } }\n    other: addToCategory(input: { categoryId: $id, accountCode: \"4900\" }) { accounts { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceAddType($input: CreateTransactionTypeInput!) { createTransactionType(input: $input) { code } }\n"): (typeof documents)["\n  mutation RaceAddType($input: CreateTransactionTypeInput!) { createTransactionType(input: $input) { code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RaceFulfilment($bookId: ID!, $id: ID!) {\n    book(id: $bookId) { transaction(id: $id) { fulfilledBy { id } fulfilment { status lines { fulfilled remaining } } } }\n  }\n"): (typeof documents)["\n  query RaceFulfilment($bookId: ID!, $id: ID!) {\n    book(id: $bookId) { transaction(id: $id) { fulfilledBy { id } fulfilment { status lines { fulfilled remaining } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersAddType($input: CreateTransactionTypeInput!) { createTransactionType(input: $input) { code posting usesStock } }\n"): (typeof documents)["\n  mutation OrdersAddType($input: CreateTransactionTypeInput!) { createTransactionType(input: $input) { code posting usesStock } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderFulfilment($bookId: ID!, $id: ID!) {\n    book(id: $bookId) {\n      transaction(id: $id) {\n        status fulfilledBy { id }\n        fulfilment { status lines { lineNo account { code } ordered fulfilled remaining done } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderFulfilment($bookId: ID!, $id: ID!) {\n    book(id: $bookId) {\n      transaction(id: $id) {\n        status fulfilledBy { id }\n        fulfilment { status lines { lineNo account { code } ordered fulfilled remaining done } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdersStock($bookId: ID!) { book(id: $bookId) { stockOnHand { item { code } quantity reserved available } } }\n"): (typeof documents)["\n  query OrdersStock($bookId: ID!) { book(id: $bookId) { stockOnHand { item { code } quantity reserved available } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrdersReverse($input: RequestReversalInput!) { requestReversal(input: $input) { status } }\n"): (typeof documents)["\n  mutation OrdersReverse($input: RequestReversalInput!) { requestReversal(input: $input) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutboxPostPending($id: ID!) { postTransaction(id: $id) { id status } }\n"): (typeof documents)["\n  mutation OutboxPostPending($id: ID!) { postTransaction(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutboxVoidPending($id: ID!) { voidTransaction(id: $id) { id status } }\n"): (typeof documents)["\n  mutation OutboxVoidPending($id: ID!) { voidTransaction(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutboxReverse($input: RequestReversalInput!) { requestReversal(input: $input) { id status reversal { id } } }\n"): (typeof documents)["\n  mutation OutboxReverse($input: RequestReversalInput!) { requestReversal(input: $input) { id status reversal { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutboxAllocate($input: AllocateInput!) { allocate(input: $input) { id } }\n"): (typeof documents)["\n  mutation OutboxAllocate($input: AllocateInput!) { allocate(input: $input) { id } }\n"];
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
export function graphql(source: "\n  mutation CreatePeriods($bookId: ID!, $yearStart: Date!, $basis: PeriodBasis!) {\n    createPeriods(bookId: $bookId, yearStart: $yearStart, basis: $basis) { name start end status }\n  }\n"): (typeof documents)["\n  mutation CreatePeriods($bookId: ID!, $yearStart: Date!, $basis: PeriodBasis!) {\n    createPeriods(bookId: $bookId, yearStart: $yearStart, basis: $basis) { name start end status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeriodsByBasis($bookId: ID!) { book(id: $bookId) { periods { name } } }\n"): (typeof documents)["\n  query PeriodsByBasis($bookId: ID!) { book(id: $bookId) { periods { name } } }\n"];
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
export function graphql(source: "\n  query RateLimitCount($bookId: ID!) { book(id: $bookId) { transactions(first: 100) { edges { node { id } } } } }\n"): (typeof documents)["\n  query RateLimitCount($bookId: ID!) { book(id: $bookId) { transactions(first: 100) { edges { node { id } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatePayers($bookId: ID!, $asOf: Date!, $windowDays: Int, $first: Int) {\n    book(id: $bookId) {\n      latePayers(asOf: $asOf, windowDays: $windowDays, first: $first) {\n        asOf windowDays windowStart currency rowCount\n        rows { account { code } overdue overdueItems averageDaysToPay settled settlements }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LatePayers($bookId: ID!, $asOf: Date!, $windowDays: Int, $first: Int) {\n    book(id: $bookId) {\n      latePayers(asOf: $asOf, windowDays: $windowDays, first: $first) {\n        asOf windowDays windowStart currency rowCount\n        rows { account { code } overdue overdueItems averageDaysToPay settled settlements }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReceivablesForecast($bookId: ID!, $from: Date!, $weeks: Int) {\n    book(id: $bookId) {\n      receivablesForecast(from: $from, weeks: $weeks) {\n        from currency total\n        overdue { start end amount items }\n        weeks { start end amount items }\n        later { start end amount items }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReceivablesForecast($bookId: ID!, $from: Date!, $weeks: Int) {\n    book(id: $bookId) {\n      receivablesForecast(from: $from, weeks: $weeks) {\n        from currency total\n        overdue { start end amount items }\n        weeks { start end amount items }\n        later { start end amount items }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query ReportBalanceAsOf($bookId: ID!, $code: String!, $asOf: Date) { book(id: $bookId) { account(code: $code) { balance(asOf: $asOf) { posted } } } }\n"): (typeof documents)["\n  query ReportBalanceAsOf($bookId: ID!, $code: String!, $asOf: Date) { book(id: $bookId) { account(code: $code) { balance(asOf: $asOf) { posted } } } }\n"];
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
export function graphql(source: "\n  query RetirementConfig($bookId: ID!) {\n    book(id: $bookId) {\n      ledgers { id code name archived }\n      taxCodes { id code name archived }\n    }\n  }\n"): (typeof documents)["\n  query RetirementConfig($bookId: ID!) {\n    book(id: $bookId) {\n      ledgers { id code name archived }\n      taxCodes { id code name archived }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLedger($input: UpdateLedgerInput!) { updateLedger(input: $input) { code name archived archivedAt accounts { edges { node { code } } } } }\n"): (typeof documents)["\n  mutation UpdateLedger($input: UpdateLedgerInput!) { updateLedger(input: $input) { code name archived archivedAt accounts { edges { node { code } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTaxCode($input: UpdateTaxCodeInput!) { updateTaxCode(input: $input) { code name rate archived } }\n"): (typeof documents)["\n  mutation UpdateTaxCode($input: UpdateTaxCodeInput!) { updateTaxCode(input: $input) { code name rate archived } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAccount($id: ID!, $reason: String) { closeAccount(id: $id, reason: $reason) { code closed closedAt } }\n"): (typeof documents)["\n  mutation CloseAccount($id: ID!, $reason: String) { closeAccount(id: $id, reason: $reason) { code closed closedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenAccount($id: ID!, $reason: String!) { reopenAccount(id: $id, reason: $reason) { code closed } }\n"): (typeof documents)["\n  mutation ReopenAccount($id: ID!, $reason: String!) { reopenAccount(id: $id, reason: $reason) { code closed } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReverseRetired($input: RequestReversalInput!) { requestReversal(input: $input) { status } }\n"): (typeof documents)["\n  mutation ReverseRetired($input: RequestReversalInput!) { requestReversal(input: $input) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetirementAccountId($bookId: ID!, $code: String!) { book(id: $bookId) { account(code: $code) { id } } }\n"): (typeof documents)["\n  query RetirementAccountId($bookId: ID!, $code: String!) { book(id: $bookId) { account(code: $code) { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetirementAudit($bookId: ID!, $after: String) {\n    book(id: $bookId) { auditEvents(first: 100, after: $after) { edges { node { action entityType reason } } pageInfo { hasNextPage endCursor } } }\n  }\n"): (typeof documents)["\n  query RetirementAudit($bookId: ID!, $after: String) {\n    book(id: $bookId) { auditEvents(first: 100, after: $after) { edges { node { action entityType reason } } pageInfo { hasNextPage endCursor } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTemplateBook($input: CreateBookInput!) {\n    createBook(input: $input) { id name baseCurrency }\n  }\n"): (typeof documents)["\n  mutation CreateTemplateBook($input: CreateBookInput!) {\n    createBook(input: $input) { id name baseCurrency }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandardBook($id: ID!) {\n    book(id: $id) {\n      ledgers {\n        code kind updatesNominal taxArea\n        controlAccount { code isControlAccount ledger { kind } }\n        defaultAnalysisAccount { code isControlAccount ledger { kind } }\n        transactionTypes { code }\n      }\n      accounts(first: 500) {\n        edges { node { code type currency isControlAccount ledger { code kind } controlAccount { code isControlAccount ledger { kind } } } }\n        pageInfo { hasNextPage }\n      }\n      transactionTypes {\n        code version posting updatesNominal taxable interAccount usesStock template\n        ledger { code kind taxArea }\n        interLedger { code kind }\n        readsFrom { code posting }\n        controlAccount { code isControlAccount ledger { kind } }\n        defaultAnalysisAccount { code isControlAccount ledger { kind } }\n      }\n      taxCodes { code rate area account { code isControlAccount ledger { kind } } }\n      units { code decimals }\n      periods { name }\n    }\n  }\n"): (typeof documents)["\n  query StandardBook($id: ID!) {\n    book(id: $id) {\n      ledgers {\n        code kind updatesNominal taxArea\n        controlAccount { code isControlAccount ledger { kind } }\n        defaultAnalysisAccount { code isControlAccount ledger { kind } }\n        transactionTypes { code }\n      }\n      accounts(first: 500) {\n        edges { node { code type currency isControlAccount ledger { code kind } controlAccount { code isControlAccount ledger { kind } } } }\n        pageInfo { hasNextPage }\n      }\n      transactionTypes {\n        code version posting updatesNominal taxable interAccount usesStock template\n        ledger { code kind taxArea }\n        interLedger { code kind }\n        readsFrom { code posting }\n        controlAccount { code isControlAccount ledger { kind } }\n        defaultAnalysisAccount { code isControlAccount ledger { kind } }\n      }\n      taxCodes { code rate area account { code isControlAccount ledger { kind } } }\n      units { code decimals }\n      periods { name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StandardAddCustomer($input: CreateAccountInput!) {\n    createAccount(input: $input) { code type normalSide currency ledger { code } controlAccount { code } }\n  }\n"): (typeof documents)["\n  mutation StandardAddCustomer($input: CreateAccountInput!) {\n    createAccount(input: $input) { code type normalSide currency ledger { code } controlAccount { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StockOnHand($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) { stockOnHand(asOf: $asOf) { item { code limit } quantity unit } }\n  }\n"): (typeof documents)["\n  query StockOnHand($bookId: ID!, $asOf: Date) {\n    book(id: $bookId) { stockOnHand(asOf: $asOf) { item { code limit } quantity unit } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ItemBalance($bookId: ID!, $code: String!) {\n    book(id: $bookId) { account(code: $code) { limit balance { posted pending available } } }\n  }\n"): (typeof documents)["\n  query ItemBalance($bookId: ID!, $code: String!) {\n    book(id: $bookId) { account(code: $code) { limit balance { posted pending available } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AccessWatch($bookId: ID!) { transactionChanged(bookId: $bookId) { number } }\n"): (typeof documents)["\n  subscription AccessWatch($bookId: ID!) { transactionChanged(bookId: $bookId) { number } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessSomeone($input: CreateUserInput!) { createUser(input: $input) { id } }\n"): (typeof documents)["\n  mutation AccessSomeone($input: CreateUserInput!) { createUser(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessKeyFor($userId: ID!, $expiresAt: DateTime) { createApiKey(userId: $userId, expiresAt: $expiresAt) { id secret } }\n"): (typeof documents)["\n  mutation AccessKeyFor($userId: ID!, $expiresAt: DateTime) { createApiKey(userId: $userId, expiresAt: $expiresAt) { id secret } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessRevoke($id: ID!) { revokeApiKey(id: $id) }\n"): (typeof documents)["\n  mutation AccessRevoke($id: ID!) { revokeApiKey(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BalanceChanged($bookId: ID!, $accountCodes: [String!]) {\n    balanceChanged(bookId: $bookId, accountCodes: $accountCodes) {\n      account { code } balance { posted available } transaction { number status }\n    }\n  }\n"): (typeof documents)["\n  subscription BalanceChanged($bookId: ID!, $accountCodes: [String!]) {\n    balanceChanged(bookId: $bookId, accountCodes: $accountCodes) {\n      account { code } balance { posted available } transaction { number status }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BalanceAlert($bookId: ID!, $accountCode: String!, $below: Decimal, $above: Decimal) {\n    balanceAlert(bookId: $bookId, accountCode: $accountCode, below: $below, above: $above) {\n      account { code } balance { available } transaction { number }\n    }\n  }\n"): (typeof documents)["\n  subscription BalanceAlert($bookId: ID!, $accountCode: String!, $below: Decimal, $above: Decimal) {\n    balanceAlert(bookId: $bookId, accountCode: $accountCode, below: $below, above: $above) {\n      account { code } balance { available } transaction { number }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSubscriberKey($id: ID!) { revokeApiKey(id: $id) }\n"): (typeof documents)["\n  mutation RevokeSubscriberKey($id: ID!) { revokeApiKey(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransactionChanged($bookId: ID!, $ledgerCode: String) {\n    transactionChanged(bookId: $bookId, ledgerCode: $ledgerCode) { number status gross }\n  }\n"): (typeof documents)["\n  subscription TransactionChanged($bookId: ID!, $ledgerCode: String) {\n    transactionChanged(bookId: $bookId, ledgerCode: $ledgerCode) { number status gross }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNodeWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n"): (typeof documents)["\n  mutation CreateNodeWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNodeWebhook($id: ID!) { deleteWebhook(id: $id) }\n"): (typeof documents)["\n  mutation DeleteNodeWebhook($id: ID!) { deleteWebhook(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookNode($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Webhook { url events active deliveries(first: 10) { edges { node { id status } } } }\n      ... on WebhookDelivery { event status attempts }\n    }\n  }\n"): (typeof documents)["\n  query WebhookNode($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on Webhook { url events active deliveries(first: 10) { edges { node { id status } } } }\n      ... on WebhookDelivery { event status attempts }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { id url events active } }\n  }\n"): (typeof documents)["\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { id url events active } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhook($id: ID!) { deleteWebhook(id: $id) }\n"): (typeof documents)["\n  mutation DeleteWebhook($id: ID!) { deleteWebhook(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Redeliver($id: ID!) { redeliverWebhookDelivery(id: $id) { id status } }\n"): (typeof documents)["\n  mutation Redeliver($id: ID!) { redeliverWebhookDelivery(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Webhooks($bookId: ID!) {\n    book(id: $bookId) {\n      webhooks {\n        id url events active disabledReason\n        deliveries(first: 100) { edges { node { id event eventId sequence status attempts lastAttemptAt responseStatus lastError } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Webhooks($bookId: ID!) {\n    book(id: $bookId) {\n      webhooks {\n        id url events active disabledReason\n        deliveries(first: 100) { edges { node { id event eventId sequence status attempts lastAttemptAt responseStatus lastError } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeKeyForWebhook($id: ID!) { revokeApiKey(id: $id) }\n"): (typeof documents)["\n  mutation RevokeKeyForWebhook($id: ID!) { revokeApiKey(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveWatch($bookId: ID!) { transactionChanged(bookId: $bookId) { number } }\n"): (typeof documents)["\n  subscription LiveWatch($bookId: ID!) { transactionChanged(bookId: $bookId) { number } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMany($input: CreateTransactionsInput!) {\n    createTransactions(input: $input) {\n      created replayed failed\n      results { index error { code message field } transaction { id number gross outstanding entries { sequence } } }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMany($input: CreateTransactionsInput!) {\n    createTransactions(input: $input) {\n      created replayed failed\n      results { index error { code message field } transaction { id number gross outstanding entries { sequence } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteAllocate($input: AllocateInput!) { allocate(input: $input) { id amount } }\n"): (typeof documents)["\n  mutation WriteAllocate($input: AllocateInput!) { allocate(input: $input) { id amount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteReverse($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }\n"): (typeof documents)["\n  mutation WriteReverse($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteUpdateLimit($input: UpdateAccountInput!) { updateAccount(input: $input) { code limit } }\n"): (typeof documents)["\n  mutation WriteUpdateLimit($input: UpdateAccountInput!) { updateAccount(input: $input) { code limit } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WriteCount($bookId: ID!) { book(id: $bookId) { transactions(first: 500) { edges { node { number } } } } }\n"): (typeof documents)["\n  query WriteCount($bookId: ID!) { book(id: $bookId) { transactions(first: 500) { edges { node { number } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YearPeriod($input: CreatePeriodInput!) { createPeriod(input: $input) { id name status } }\n"): (typeof documents)["\n  mutation YearPeriod($input: CreatePeriodInput!) { createPeriod(input: $input) { id name status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YearReopen($id: ID!, $reason: String!) { reopenPeriod(id: $id, reason: $reason) { id name status } }\n"): (typeof documents)["\n  mutation YearReopen($id: ID!, $reason: String!) { reopenPeriod(id: $id, reason: $reason) { id name status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YearClosePeriod($id: ID!) { closePeriod(id: $id) { status } }\n"): (typeof documents)["\n  mutation YearClosePeriod($id: ID!) { closePeriod(id: $id) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseYear($input: CloseYearInput!) {\n    closeYear(input: $input) {\n      id number status date reference type { code }\n      lines { lineNo net side account { code } }\n      entries { account { code } side amount }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseYear($input: CloseYearInput!) {\n    closeYear(input: $input) {\n      id number status date reference type { code }\n      lines { lineNo net side account { code } }\n      entries { account { code } side amount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearPeriods($bookId: ID!) { book(id: $bookId) { periods { name status } } }\n"): (typeof documents)["\n  query YearPeriods($bookId: ID!) { book(id: $bookId) { periods { name status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearTrialBalance($bookId: ID!) { book(id: $bookId) { trialBalance { totalDebits totalCredits } } }\n"): (typeof documents)["\n  query YearTrialBalance($bookId: ID!) { book(id: $bookId) { trialBalance { totalDebits totalCredits } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YearSettings($input: UpdateBookSettingsInput!) {\n    updateBookSettings(input: $input) { id requirePeriods reversalsRequireApproval }\n  }\n"): (typeof documents)["\n  mutation YearSettings($input: UpdateBookSettingsInput!) {\n    updateBookSettings(input: $input) { id requirePeriods reversalsRequireApproval }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearAudit($bookId: ID!) {\n    book(id: $bookId) { auditEvents(first: 500) { edges { node { action entityId before after reason } } } }\n  }\n"): (typeof documents)["\n  query YearAudit($bookId: ID!) {\n    book(id: $bookId) { auditEvents(first: 500) { edges { node { action entityId before after reason } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YearReverse($input: RequestReversalInput!) { requestReversal(input: $input) { id status reversal { id } } }\n"): (typeof documents)["\n  mutation YearReverse($input: RequestReversalInput!) { requestReversal(input: $input) { id status reversal { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation YearApprove($id: ID!) { approveReversal(id: $id) { status reversal { id } } }\n"): (typeof documents)["\n  mutation YearApprove($id: ID!) { approveReversal(id: $id) { status reversal { id } } }\n"];
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
export function graphql(source: "\n  query WhoAmI { me { id } }\n"): (typeof documents)["\n  query WhoAmI { me { id } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;