/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Business date, "YYYY-MM-DD" */
  Date: { input: string; output: string; }
  /** ISO 8601 instant */
  DateTime: { input: string; output: string; }
  /** Exact decimal as a JSON string, e.g. "1234.50"; never a float */
  Decimal: { input: string; output: string; }
  /** Any JSON value, nested at most 32 levels and at most 64 KiB as JSON text */
  JSON: { input: unknown; output: unknown; }
};

export type Account = Node & {
  __typename?: 'Account';
  balance: Balance;
  /** closed (at a zero balance): no new postings; its history stays readable */
  closed: Scalars['Boolean']['output'];
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  code: Scalars['String']['output'];
  /** the nominal account that mirrors this one: its own, else its ledger's */
  controlAccount?: Maybe<Account>;
  controlEquation: ControlEquation;
  currency: Scalars['String']['output'];
  /** entries on this account by date then posting, pending and voided ones included */
  entries: EntryConnection;
  id: Scalars['ID']['output'];
  /** serves as a control account: only its subsidiary ledger moves it */
  isControlAccount: Scalars['Boolean']['output'];
  ledger: Ledger;
  limit: BalanceLimit;
  metadata?: Maybe<Scalars['JSON']['output']>;
  name: Scalars['String']['output'];
  normalSide: Side;
  /** invoices with outstanding > 0, oldest due first */
  openItems: Array<Transaction>;
  /** the posted balance at the end of the day before `date` (the bank's "ledger balance") */
  openingBalance: Scalars['Decimal']['output'];
  statement: Statement;
  type: AccountType;
  /** increments with every entry; for expectedVersions */
  version: Scalars['Int']['output'];
};


export type AccountBalanceArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type AccountControlEquationArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type AccountEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type AccountOpeningBalanceArgs = {
  date: Scalars['Date']['input'];
};


export type AccountStatementArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

export type AccountConnection = {
  __typename?: 'AccountConnection';
  edges: Array<AccountEdge>;
  pageInfo: PageInfo;
};

export type AccountEdge = {
  __typename?: 'AccountEdge';
  cursor: Scalars['String']['output'];
  node: Account;
};

export type AccountType =
  | 'ASSET'
  | 'BANK'
  | 'CASH'
  | 'CLIENT'
  | 'CUSTOMER'
  | 'EQUITY'
  | 'EXPENSE'
  | 'INCOME'
  | 'LIABILITY'
  | 'OTHER'
  | 'STOCK_ITEM'
  | 'SUPPLIER';

/** totals over every account of the ledger; rows one page of them (first, after, orderBy of agedBalances) */
export type AgedBalances = {
  __typename?: 'AgedBalances';
  asOf: Scalars['Date']['output'];
  /** days past due: current, 1-30, 31-60, 61-90, 90+ */
  buckets: Array<Scalars['String']['output']>;
  currency: Scalars['String']['output'];
  pageInfo: PageInfo;
  /** the rows of the whole report, every page (it reads every account of the ledger: ask only when needed) */
  rowCount: Scalars['Int']['output'];
  /** one page: the accounts with something open, in the order asked */
  rows: Array<AgedRow>;
  total: Scalars['Decimal']['output'];
  /** per bucket, over every row */
  totals: Array<Scalars['Decimal']['output']>;
};

/** the order of aged rows */
export type AgedOrder =
  /** by account code */
  | 'ACCOUNT_CODE'
  /** most overdue first (the past-due buckets together), then by account code */
  | 'OVERDUE';

export type AgedRow = {
  __typename?: 'AgedRow';
  account: Account;
  /** one per bucket, in the order of buckets */
  amounts: Array<Scalars['Decimal']['output']>;
  /** this row's place in the report's order, for after */
  cursor: Scalars['String']['output'];
  /** the past-due buckets together (total less current): what OVERDUE orders by */
  overdue: Scalars['Decimal']['output'];
  total: Scalars['Decimal']['output'];
};

export type AllocateInput = {
  allocations: Array<AllocationInput>;
  bookId: Scalars['ID']['input'];
  fromId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type Allocation = Node & {
  __typename?: 'Allocation';
  amount: Scalars['Decimal']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** when it settles: by default the later of the two dates */
  date: Scalars['Date']['output'];
  from: Transaction;
  id: Scalars['ID']['output'];
  /** released by the reversal of either transaction */
  released: Scalars['Boolean']['output'];
  to: Transaction;
};

export type AllocationInput = {
  amount: Scalars['Decimal']['input'];
  transactionId: Scalars['ID']['input'];
};

export type ApiKey = Node & {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** to the minute */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ApiKeyPayload = {
  __typename?: 'ApiKeyPayload';
  id: Scalars['ID']['output'];
  /** shown once: only its hash is stored */
  secret: Scalars['String']['output'];
};

export type AuditChainVerification = {
  __typename?: 'AuditChainVerification';
  /** chained events checked */
  events: Scalars['Int']['output'];
  firstBrokenEventId?: Maybe<Scalars['ID']['output']>;
  /** every link recomputes and the chain reaches its head */
  ok: Scalars['Boolean']['output'];
};

export type AuditEvent = Node & {
  __typename?: 'AuditEvent';
  action: Scalars['String']['output'];
  actor?: Maybe<User>;
  after?: Maybe<Scalars['JSON']['output']>;
  at: Scalars['DateTime']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  entityId: Scalars['String']['output'];
  entityType: Scalars['String']['output'];
  /** SHA-256 over the previous hash and this event (null: recorded before chaining) */
  hash?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** the API key the actor used */
  keyId?: Maybe<Scalars['ID']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  /** the id of the request that made it (its x-request-id response header; null: none, or recorded before it was kept) */
  requestId?: Maybe<Scalars['String']['output']>;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type Balance = {
  __typename?: 'Balance';
  available: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  pending: Scalars['Decimal']['output'];
  posted: Scalars['Decimal']['output'];
  postedCredits: Scalars['Decimal']['output'];
  postedDebits: Scalars['Decimal']['output'];
};

export type BalanceChange = {
  __typename?: 'BalanceChange';
  account: Account;
  balance: Balance;
  transaction: Transaction;
};

export type BalanceLimit =
  | 'NONE'
  | 'NO_CREDIT_BALANCE'
  | 'NO_DEBIT_BALANCE';

export type BaseTrialBalance = {
  __typename?: 'BaseTrialBalance';
  asOf?: Maybe<Scalars['Date']['output']>;
  /** the book's base currency */
  currency: Scalars['String']['output'];
  lines: Array<BaseTrialBalanceLine>;
  totalCredits: Scalars['Decimal']['output'];
  totalDebits: Scalars['Decimal']['output'];
};

export type BaseTrialBalanceLine = {
  __typename?: 'BaseTrialBalanceLine';
  account: Account;
  /** in the base currency */
  credit: Scalars['Decimal']['output'];
  /** the account's own currency */
  currency: Scalars['String']['output'];
  /** in the base currency */
  debit: Scalars['Decimal']['output'];
};

export type Book = Node & {
  __typename?: 'Book';
  account?: Maybe<Account>;
  accounts: AccountConnection;
  /** open items of a ledger's accounts as they stood on asOf, by days past due, in one currency (default: the base currency): totals over the ledger, rows a page of 100 (first, after) by account code or most overdue first */
  agedBalances: AgedBalances;
  /** oldest first; AUDITOR or ADMIN. The optional filters all apply; from and to are UTC days, both included */
  auditEvents: AuditEventConnection;
  baseCurrency: Scalars['String']['output'];
  /** the nominal ledger's accounts of every currency at their entries' base-currency amounts */
  baseTrialBalance: BaseTrialBalance;
  categories: Array<Category>;
  /** the rate postings of that day use: the latest set on or before it (null: none yet) */
  exchangeRate?: Maybe<ExchangeRate>;
  /** the book's exchange rates (of one currency, if given), by currency then date */
  exchangeRates: Array<ExchangeRate>;
  id: Scalars['ID']['output'];
  /** every invariant of the model verified over the stored rows; AUDITOR or ADMIN */
  integrityReport: IntegrityReport;
  /** customers of the SALES ledgers in one currency (default: the base currency) by overdue on asOf, then by average days to pay over the windowDays ending on asOf */
  latePayers: LatePayers;
  ledger?: Maybe<Ledger>;
  ledgers: Array<Ledger>;
  members: Array<Membership>;
  name: Scalars['String']['output'];
  periods: Array<Period>;
  /** expected receipts per week from the due dates of the SALES ledgers' open invoices, in one currency (default: the base currency) */
  receivablesForecast: ReceivablesForecast;
  reconciliation: Array<ControlReconciliation>;
  /** a transaction dated outside every period is refused (PERIOD_CLOSED) */
  requirePeriods: Scalars['Boolean']['output'];
  reversalRequests: Array<ReversalRequest>;
  /** every reversal needs a second person's approval, whatever its type says */
  reversalsRequireApproval: Scalars['Boolean']['output'];
  /** every stock item with its posted quantity as of asOf (default: now) */
  stockOnHand: Array<StockLevel>;
  taxCodes: Array<TaxCode>;
  taxSummary: Array<TaxSummaryLine>;
  transaction?: Maybe<Transaction>;
  transactionTypes: Array<TransactionType>;
  /** transactions by date, then in the order they were recorded */
  transactions: TransactionConnection;
  /** the nominal ledger's balances in one currency (default: the book's base currency) */
  trialBalance: TrialBalance;
  units: Array<Unit>;
  /** recomputes the book's audit hash chain from its first event; AUDITOR or ADMIN */
  verifyAuditChain: AuditChainVerification;
  /** ADMIN: the webhooks not deleted, oldest first */
  webhooks: Array<Webhook>;
};


export type BookAccountArgs = {
  code: Scalars['String']['input'];
};


export type BookAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ledgerCode?: InputMaybe<Scalars['String']['input']>;
};


export type BookAgedBalancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf: Scalars['Date']['input'];
  currency?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ledgerCode: Scalars['String']['input'];
  orderBy?: InputMaybe<AgedOrder>;
};


export type BookAuditEventsArgs = {
  actorId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type BookBaseTrialBalanceArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type BookExchangeRateArgs = {
  currency: Scalars['String']['input'];
  date: Scalars['Date']['input'];
};


export type BookExchangeRatesArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
};


export type BookLatePayersArgs = {
  asOf: Scalars['Date']['input'];
  currency?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  windowDays?: InputMaybe<Scalars['Int']['input']>;
};


export type BookLedgerArgs = {
  code: Scalars['String']['input'];
};


export type BookReceivablesForecastArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['Date']['input'];
  weeks?: InputMaybe<Scalars['Int']['input']>;
};


export type BookReconciliationArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type BookReversalRequestsArgs = {
  status?: InputMaybe<ReversalStatus>;
};


export type BookStockOnHandArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type BookTaxSummaryArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};


export type BookTransactionArgs = {
  id: Scalars['ID']['input'];
};


export type BookTransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransactionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type BookTrialBalanceArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
};

export type BookTemplate =
  | 'EMPTY'
  | 'STANDARD';

export type Category = Node & {
  __typename?: 'Category';
  /** the accounts it holds directly, in code order */
  accounts: Array<Account>;
  /** every account its balance sums, through child categories too, each once */
  allAccounts: Array<Account>;
  /** Σ of the accounts it reaches, each once, on the category's normal side */
  balance: Balance;
  /** the categories it holds directly, in name order */
  categories: Array<Category>;
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  normalSide: Side;
};


export type CategoryBalanceArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};

export type CategoryMemberInput = {
  accountCode?: InputMaybe<Scalars['String']['input']>;
  categoryId: Scalars['ID']['input'];
  childCategoryId?: InputMaybe<Scalars['ID']['input']>;
};

export type CloseYearInput = {
  bookId: Scalars['ID']['input'];
  retainedEarningsAccountCode: Scalars['String']['input'];
  /** the JOURNAL type to post with; default: the nominal ledger's first JOURNAL type */
  typeCode?: InputMaybe<Scalars['String']['input']>;
  yearEnd: Scalars['Date']['input'];
};

/** opening + movements − settlements = closing for one account and period (invariant 5); difference is zero */
export type ControlEquation = {
  __typename?: 'ControlEquation';
  /** posted balance at the end of to (daily rollups) */
  closing: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  /** opening + movements − settlements − closing */
  difference: Scalars['Decimal']['output'];
  /** posted entries in the period on the account's normal side */
  movements: Scalars['Decimal']['output'];
  /** posted balance at the end of the day before from (daily rollups) */
  opening: Scalars['Decimal']['output'];
  /** posted entries in the period on the other side */
  settlements: Scalars['Decimal']['output'];
};

export type ControlReconciliation = {
  __typename?: 'ControlReconciliation';
  controlAccount: Account;
  controlBalance: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  difference: Scalars['Decimal']['output'];
  ledger: Ledger;
  ledgerTotal: Scalars['Decimal']['output'];
};

export type CreateAccountInput = {
  bookId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
  controlAccountCode?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 code or one of the book's units; default the base currency */
  currency?: InputMaybe<Scalars['String']['input']>;
  ledgerCode: Scalars['String']['input'];
  limit?: InputMaybe<BalanceLimit>;
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  name: Scalars['String']['input'];
  normalSide?: InputMaybe<Side>;
  type: AccountType;
};

export type CreateBookInput = {
  baseCurrency: Scalars['String']['input'];
  name: Scalars['String']['input'];
  template?: InputMaybe<BookTemplate>;
};

export type CreateCategoryInput = {
  bookId: Scalars['ID']['input'];
  currency: Scalars['String']['input'];
  name: Scalars['String']['input'];
  normalSide: Side;
};

export type CreateLedgerInput = {
  bookId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
  controlAccountCode?: InputMaybe<Scalars['String']['input']>;
  defaultAnalysisAccountCode?: InputMaybe<Scalars['String']['input']>;
  kind: LedgerKind;
  name: Scalars['String']['input'];
  taxArea?: InputMaybe<TaxArea>;
  updatesNominal?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreatePeriodInput = {
  bookId: Scalars['ID']['input'];
  end: Scalars['Date']['input'];
  name: Scalars['String']['input'];
  start: Scalars['Date']['input'];
};

export type CreateTaxCodeInput = {
  accountCode: Scalars['String']['input'];
  area: TaxArea;
  bookId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  rate: Scalars['Decimal']['input'];
};

export type CreateTransactionInput = {
  /** the ledger account (customer, supplier, bank…) */
  accountCode?: InputMaybe<Scalars['String']['input']>;
  allocations?: InputMaybe<Array<AllocationInput>>;
  /** for types without lines (receipts, transfers) */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  bookId: Scalars['ID']['input'];
  /** interLedger / interAccount target */
  counterAccountCode?: InputMaybe<Scalars['String']['input']>;
  /** defaults to the account's */
  currency?: InputMaybe<Scalars['String']['input']>;
  date: Scalars['Date']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  expectedVersions?: InputMaybe<Array<ExpectedVersionInput>>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  lines?: InputMaybe<Array<TransactionLineInput>>;
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  /** CUSTOM template parameters */
  params?: InputMaybe<Scalars['JSON']['input']>;
  /** create as PENDING instead of POSTED */
  pending?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: each line's net is given gross, tax included; the tax is derived per line (half-even) so that net + tax = gross */
  pricesIncludeTax?: InputMaybe<Scalars['Boolean']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
  /** the transaction this one reads (readsFrom) */
  sourceId?: InputMaybe<Scalars['ID']['input']>;
  typeCode: Scalars['String']['input'];
};

export type CreateTransactionResult = {
  __typename?: 'CreateTransactionResult';
  error?: Maybe<ItemError>;
  index: Scalars['Int']['output'];
  transaction?: Maybe<Transaction>;
};

export type CreateTransactionTypeInput = {
  allocates?: InputMaybe<Scalars['Boolean']['input']>;
  bookId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
  /** refused: set the control account on the ledger or the account (docs/configuration.md) */
  controlAccountCode?: InputMaybe<Scalars['String']['input']>;
  defaultAnalysisAccountCode?: InputMaybe<Scalars['String']['input']>;
  direction: Side;
  /** CUSTOM only */
  entryTemplates?: InputMaybe<Scalars['JSON']['input']>;
  interAccount?: InputMaybe<Scalars['Boolean']['input']>;
  interLedgerCode?: InputMaybe<Scalars['String']['input']>;
  ledgerCode: Scalars['String']['input'];
  name: Scalars['String']['input'];
  posting?: InputMaybe<Scalars['Boolean']['input']>;
  readsFromCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  requiresApproval?: InputMaybe<Scalars['Boolean']['input']>;
  /** side stock items take; default: see docs/configuration.md */
  stockSide?: InputMaybe<Side>;
  taxable?: InputMaybe<Scalars['Boolean']['input']>;
  template?: InputMaybe<PostingTemplate>;
  updatesNominal?: InputMaybe<Scalars['Boolean']['input']>;
  usesStock?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateTransactionsInput = {
  /** all or none: when one is refused, the others are BATCH_ABORTED */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /** up to 1,000, all of one book */
  transactions: Array<CreateTransactionInput>;
};

export type CreateTransactionsPayload = {
  __typename?: 'CreateTransactionsPayload';
  created: Scalars['Int']['output'];
  failed: Scalars['Int']['output'];
  replayed: Scalars['Int']['output'];
  results: Array<CreateTransactionResult>;
};

export type CreateUnitInput = {
  bookId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
  decimals: Scalars['Int']['input'];
  name: Scalars['String']['input'];
};

export type CreateUserInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateWebhookInput = {
  bookId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /** transaction.created transaction.posted transaction.voided transaction.reversed allocation.created balance.changed, or "*" */
  events: Array<Scalars['String']['input']>;
  url: Scalars['String']['input'];
};

export type CreatedWebhook = {
  __typename?: 'CreatedWebhook';
  /** the signing secret (whsec_…), shown only here: keep it */
  secret: Scalars['String']['output'];
  webhook: Webhook;
};

export type Entry = Node & {
  __typename?: 'Entry';
  account: Account;
  amount: Scalars['Decimal']['output'];
  /** the amount in the book's base currency at the transaction date's rate (null for stock quantities) */
  baseAmount?: Maybe<Scalars['Decimal']['output']>;
  currency: Scalars['String']['output'];
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  runningBalance?: Maybe<Scalars['Decimal']['output']>;
  sequence?: Maybe<Scalars['Int']['output']>;
  side: Side;
  status: TransactionStatus;
  transaction: Transaction;
};

export type EntryConnection = {
  __typename?: 'EntryConnection';
  edges: Array<EntryEdge>;
  pageInfo: PageInfo;
};

export type EntryEdge = {
  __typename?: 'EntryEdge';
  cursor: Scalars['String']['output'];
  node: Entry;
};

/** how many units of the base currency one unit of `currency` buys, from `date` on */
export type ExchangeRate = {
  __typename?: 'ExchangeRate';
  currency: Scalars['String']['output'];
  date: Scalars['Date']['output'];
  rate: Scalars['Decimal']['output'];
};

export type ExpectedVersionInput = {
  accountCode: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** the open invoices falling due between start and end (inclusive) */
export type ForecastWeek = {
  __typename?: 'ForecastWeek';
  amount: Scalars['Decimal']['output'];
  /** null for the later bucket */
  end?: Maybe<Scalars['Date']['output']>;
  items: Scalars['Int']['output'];
  /** null for the overdue bucket */
  start?: Maybe<Scalars['Date']['output']>;
};

/** one invariant of the model, and the rows that break it (at most 50 listed) */
export type IntegrityCheck = {
  __typename?: 'IntegrityCheck';
  name: Scalars['String']['output'];
  ok: Scalars['Boolean']['output'];
  violations: Array<Scalars['String']['output']>;
};

export type IntegrityReport = {
  __typename?: 'IntegrityReport';
  checkedAt: Scalars['DateTime']['output'];
  checks: Array<IntegrityCheck>;
  ok: Scalars['Boolean']['output'];
};

export type ItemError = {
  __typename?: 'ItemError';
  code: Scalars['String']['output'];
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/** one customer of a SALES ledger: how late they pay and what they owe past due */
export type LatePayer = {
  __typename?: 'LatePayer';
  account: Account;
  /** Σ(settled × days from invoice date to settlement) / Σ settled over the window, to one decimal place (half-even); null when nothing was settled in the window */
  averageDaysToPay?: Maybe<Scalars['Decimal']['output']>;
  /** outstanding on asOf of the invoices due before asOf */
  overdue: Scalars['Decimal']['output'];
  /** the invoices past due on asOf with something outstanding */
  overdueItems: Scalars['Int']['output'];
  /** what the window settled of their invoices: the weight of the average */
  settled: Scalars['Decimal']['output'];
  /** the allocations in the window the average is taken over */
  settlements: Scalars['Int']['output'];
};

/** the SALES ledgers' customers in one currency, most overdue first, then the slowest payer */
export type LatePayers = {
  __typename?: 'LatePayers';
  asOf: Scalars['Date']['output'];
  currency: Scalars['String']['output'];
  /** the rows before first cut them */
  rowCount: Scalars['Int']['output'];
  rows: Array<LatePayer>;
  windowDays: Scalars['Int']['output'];
  /** the first day of the window (asOf is its last) */
  windowStart: Scalars['Date']['output'];
};

export type Ledger = Node & {
  __typename?: 'Ledger';
  accounts: AccountConnection;
  /** archived: no new accounts, types or postings; its history stays readable */
  archived: Scalars['Boolean']['output'];
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  code: Scalars['String']['output'];
  controlAccount?: Maybe<Account>;
  /** the ledger's control accounts, one per currency: its own controlAccount's and those set with setLedgerControlAccount */
  controlAccounts: Array<LedgerControlAccount>;
  defaultAnalysisAccount?: Maybe<Account>;
  id: Scalars['ID']['output'];
  kind: LedgerKind;
  name: Scalars['String']['output'];
  taxArea: TaxArea;
  transactionTypes: Array<TransactionType>;
  updatesNominal: Scalars['Boolean']['output'];
};


export type LedgerAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type LedgerControlAccount = {
  __typename?: 'LedgerControlAccount';
  account: Account;
  currency: Scalars['String']['output'];
};

export type LedgerKind =
  | 'CASHBOOK'
  | 'CLIENT'
  | 'CUSTOM'
  | 'NOMINAL'
  | 'PURCHASES'
  | 'SALES'
  | 'STOCK';

export type Membership = {
  __typename?: 'Membership';
  book: Book;
  role: Role;
  user: User;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** adds an account (accountCode) or a child category; CATEGORY_DOUBLE_COUNT, CATEGORY_CYCLE, CURRENCY_MISMATCH */
  addToCategory: Category;
  allocate: Array<Allocation>;
  approveReversal: ReversalRequest;
  /** ADMIN: close an account at a zero balance with nothing pending (INVALID_STATE otherwise); no new postings; audited */
  closeAccount: Account;
  closePeriod: Period;
  /** ADMIN: posts the year-end journal (income and expense to retained earnings) and closes the year's periods */
  closeYear: Transaction;
  createAccount: Account;
  /** your own key; only the system admin creates keys for others */
  createApiKey: ApiKeyPayload;
  createBook: Book;
  createCategory: Category;
  createLedger: Ledger;
  createPeriod: Period;
  /** ADMIN: a year's periods in one change, by basis: 12 months, 4 quarters or the year, from yearStart (a month's first day); audited; refused whole if any overlaps */
  createPeriods: Array<Period>;
  createTaxCode: TaxCode;
  createTransaction: Transaction;
  createTransactionType: TransactionType;
  /** many transactions of one book in one request (up to 1,000), each answered in input order */
  createTransactions: CreateTransactionsPayload;
  /** a unit for stock quantities (e.g. EA with 0 decimals, KG with 3) */
  createUnit: Unit;
  createUser: User;
  /** ADMIN; the signing secret is shown once */
  createWebhook: CreatedWebhook;
  /** ADMIN; its pending deliveries are not sent */
  deleteWebhook: Scalars['Boolean']['output'];
  postTransaction: Transaction;
  /** ADMIN: a FAILED delivery is PENDING again, due now, and goes out before the later ones */
  redeliverWebhookDelivery: WebhookDelivery;
  rejectReversal: ReversalRequest;
  removeFromCategory: Category;
  /** ADMIN: a closed account takes postings again; audited with the reason */
  reopenAccount: Account;
  /** CLOSED → OPEN (ADMIN), audited with the reason */
  reopenPeriod: Period;
  /** posts at once unless the type requires approval */
  requestReversal: ReversalRequest;
  /** by its owner or the system admin; refused at once on this server, within seconds on others */
  revokeApiKey: Scalars['Boolean']['output'];
  /** ADMIN: the rate of a currency from a date on (audited); postings of a day use the latest rate on or before it */
  setExchangeRate: ExchangeRate;
  /** ADMIN: the ledger's control account for one more currency (audited); the ledger's accounts in that currency are mirrored by it */
  setLedgerControlAccount: Ledger;
  setMembership: Membership;
  updateAccount: Account;
  /** ADMIN: the book-wide settings; each change is audited */
  updateBookSettings: Book;
  /** ADMIN: rename a ledger, or archive it (no new accounts, types or postings) or bring it back; audited */
  updateLedger: Ledger;
  /** ADMIN: rename a tax code, or archive it (no new lines may use it) or bring it back; its rate never changes; audited */
  updateTaxCode: TaxCode;
  /** a new version of the type with these flags; earlier transactions keep theirs */
  updateTransactionType: TransactionType;
  voidTransaction: Transaction;
};


export type MutationAddToCategoryArgs = {
  input: CategoryMemberInput;
};


export type MutationAllocateArgs = {
  input: AllocateInput;
};


export type MutationApproveReversalArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloseAccountArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationClosePeriodArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloseYearArgs = {
  input: CloseYearInput;
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateApiKeyArgs = {
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationCreateBookArgs = {
  input: CreateBookInput;
};


export type MutationCreateCategoryArgs = {
  input: CreateCategoryInput;
};


export type MutationCreateLedgerArgs = {
  input: CreateLedgerInput;
};


export type MutationCreatePeriodArgs = {
  input: CreatePeriodInput;
};


export type MutationCreatePeriodsArgs = {
  basis: PeriodBasis;
  bookId: Scalars['ID']['input'];
  yearStart: Scalars['Date']['input'];
};


export type MutationCreateTaxCodeArgs = {
  input: CreateTaxCodeInput;
};


export type MutationCreateTransactionArgs = {
  input: CreateTransactionInput;
};


export type MutationCreateTransactionTypeArgs = {
  input: CreateTransactionTypeInput;
};


export type MutationCreateTransactionsArgs = {
  input: CreateTransactionsInput;
};


export type MutationCreateUnitArgs = {
  input: CreateUnitInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPostTransactionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRedeliverWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRejectReversalArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveFromCategoryArgs = {
  input: CategoryMemberInput;
};


export type MutationReopenAccountArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReopenPeriodArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRequestReversalArgs = {
  input: RequestReversalInput;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetExchangeRateArgs = {
  input: SetExchangeRateInput;
};


export type MutationSetLedgerControlAccountArgs = {
  input: SetLedgerControlAccountInput;
};


export type MutationSetMembershipArgs = {
  input: SetMembershipInput;
};


export type MutationUpdateAccountArgs = {
  input: UpdateAccountInput;
};


export type MutationUpdateBookSettingsArgs = {
  input: UpdateBookSettingsInput;
};


export type MutationUpdateLedgerArgs = {
  input: UpdateLedgerInput;
};


export type MutationUpdateTaxCodeArgs = {
  input: UpdateTaxCodeInput;
};


export type MutationUpdateTransactionTypeArgs = {
  input: CreateTransactionTypeInput;
};


export type MutationVoidTransactionArgs = {
  id: Scalars['ID']['input'];
};

export type Node = {
  id: Scalars['ID']['output'];
};

export type OrderFulfilment = {
  __typename?: 'OrderFulfilment';
  lines: Array<OrderLineFulfilment>;
  status: OrderStatus;
};

export type OrderLineFulfilment = {
  __typename?: 'OrderLineFulfilment';
  account?: Maybe<Account>;
  done: Scalars['Boolean']['output'];
  /** delivered by the transactions that read the order and still stand */
  fulfilled?: Maybe<Scalars['Decimal']['output']>;
  lineNo: Scalars['Int']['output'];
  /** the line's quantity, in the stock item's unit (null: a line without a quantity) */
  ordered?: Maybe<Scalars['Decimal']['output']>;
  /** still to fulfil */
  remaining?: Maybe<Scalars['Decimal']['output']>;
};

export type OrderStatus =
  | 'FULFILLED'
  | 'OPEN'
  | 'PART_FULFILLED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Period = Node & {
  __typename?: 'Period';
  end: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  start: Scalars['Date']['output'];
  status: PeriodStatus;
};

/** how createPeriods divides a year */
export type PeriodBasis =
  /** 12 months */
  | 'MONTHLY'
  /** 4 quarters of 3 months */
  | 'QUARTERLY'
  /** one period of 12 months */
  | 'YEARLY';

export type PeriodStatus =
  | 'CLOSED'
  | 'OPEN';

export type PostingTemplate =
  | 'CUSTOM'
  | 'JOURNAL'
  | 'STANDARD';

export type Query = {
  __typename?: 'Query';
  book?: Maybe<Book>;
  books: Array<Book>;
  me: User;
  node?: Maybe<Node>;
  /** events of users and keys (the system chain), oldest first; the system admin only */
  systemAuditEvents: AuditEventConnection;
  /** recomputes the system audit chain; the system admin only */
  verifySystemAuditChain: AuditChainVerification;
};


export type QueryBookArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySystemAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** expected receipts: the SALES ledgers' invoices open at the end of from, by the week they fall due; overdue + weeks + later = total */
export type ReceivablesForecast = {
  __typename?: 'ReceivablesForecast';
  currency: Scalars['String']['output'];
  from: Scalars['Date']['output'];
  /** due after the last week */
  later: ForecastWeek;
  /** due before from and still outstanding */
  overdue: ForecastWeek;
  total: Scalars['Decimal']['output'];
  /** week 1 is from and the six days after it */
  weeks: Array<ForecastWeek>;
};

export type RequestReversalInput = {
  /** the reversal date; default today */
  date?: InputMaybe<Scalars['Date']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  transactionId: Scalars['ID']['input'];
};

export type ReversalRequest = Node & {
  __typename?: 'ReversalRequest';
  createdAt: Scalars['DateTime']['output'];
  /** the date the reversal posts on */
  date: Scalars['Date']['output'];
  decidedBy?: Maybe<User>;
  decisionReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  requestedBy: User;
  reversal?: Maybe<Transaction>;
  status: ReversalStatus;
  transaction: Transaction;
};

export type ReversalStatus =
  | 'APPROVED'
  | 'AWAITING_APPROVAL'
  | 'REJECTED';

export type Role =
  | 'ADMIN'
  | 'APPROVER'
  | 'AUDITOR'
  | 'EDITOR'
  | 'VIEWER';

export type SetExchangeRateInput = {
  bookId: Scalars['ID']['input'];
  currency: Scalars['String']['input'];
  /** the rate applies from this day on, until a later one */
  date: Scalars['Date']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** base-currency units one unit of currency buys ("0.85": 1 EUR = 0.85 GBP); > 0, at most 12 digits before the point and 10 after */
  rate: Scalars['Decimal']['input'];
};

export type SetLedgerControlAccountInput = {
  /** a nominal account in that currency */
  accountCode: Scalars['String']['input'];
  currency: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  ledgerId: Scalars['ID']['input'];
};

export type SetMembershipInput = {
  bookId: Scalars['ID']['input'];
  /** null removes the membership */
  role?: InputMaybe<Role>;
  userId: Scalars['ID']['input'];
};

export type Side =
  | 'CREDIT'
  | 'DEBIT';

/** opening + debits − credits = closing (credits − debits for a credit-normal account) */
export type Statement = {
  __typename?: 'Statement';
  account: Account;
  closing: Scalars['Decimal']['output'];
  credits: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  debits: Scalars['Decimal']['output'];
  from: Scalars['Date']['output'];
  lines: Array<StatementLine>;
  opening: Scalars['Decimal']['output'];
  to: Scalars['Date']['output'];
};

export type StatementLine = {
  __typename?: 'StatementLine';
  credit?: Maybe<Scalars['Decimal']['output']>;
  date: Scalars['Date']['output'];
  debit?: Maybe<Scalars['Decimal']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** the transaction's document number */
  number: Scalars['String']['output'];
  reference?: Maybe<Scalars['String']['output']>;
  /** by date order from the opening balance, signed by the account's normal side */
  runningBalance: Scalars['Decimal']['output'];
  transaction: Transaction;
};

export type StockLevel = {
  __typename?: 'StockLevel';
  /** quantity less reserved */
  available: Scalars['Decimal']['output'];
  item: Account;
  /** posted quantity on hand, in the unit */
  quantity: Scalars['Decimal']['output'];
  /** held by open orders of types that use stock (now, whatever asOf) */
  reserved: Scalars['Decimal']['output'];
  unit: Scalars['String']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** once when the available balance crosses below or above (goes under below, or over above), and once when it returns between them */
  balanceAlert: BalanceChange;
  /** one event per account a committed transaction moved (after commit only); unknown account codes are NOT_FOUND */
  balanceChanged: BalanceChange;
  /** a transaction created, posted, voided or reversed (after commit only); an unknown ledgerCode is NOT_FOUND */
  transactionChanged: Transaction;
};


export type SubscriptionBalanceAlertArgs = {
  above?: InputMaybe<Scalars['Decimal']['input']>;
  accountCode: Scalars['String']['input'];
  below?: InputMaybe<Scalars['Decimal']['input']>;
  bookId: Scalars['ID']['input'];
};


export type SubscriptionBalanceChangedArgs = {
  accountCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  bookId: Scalars['ID']['input'];
};


export type SubscriptionTransactionChangedArgs = {
  bookId: Scalars['ID']['input'];
  ledgerCode?: InputMaybe<Scalars['String']['input']>;
};

export type TaxArea =
  | 'NONE'
  | 'PURCHASES'
  | 'SALES';

export type TaxCode = Node & {
  __typename?: 'TaxCode';
  account: Account;
  /** archived: no new line may use it; its history stays readable */
  archived: Scalars['Boolean']['output'];
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  area: TaxArea;
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** percent: "20" is 20% */
  rate: Scalars['Decimal']['output'];
};

export type TaxSummaryLine = {
  __typename?: 'TaxSummaryLine';
  currency: Scalars['String']['output'];
  net: Scalars['Decimal']['output'];
  tax: Scalars['Decimal']['output'];
  taxCode: TaxCode;
};

export type Transaction = Node & {
  __typename?: 'Transaction';
  account?: Maybe<Account>;
  /** settlements from this transaction or against it, released ones included */
  allocations: Array<Allocation>;
  counterAccount?: Maybe<Account>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  currency: Scalars['String']['output'];
  date: Scalars['Date']['output'];
  description?: Maybe<Scalars['String']['output']>;
  dueDate?: Maybe<Scalars['Date']['output']>;
  entries: Array<Entry>;
  fulfilledBy?: Maybe<Transaction>;
  /** for an order (RECORDED): open, part-fulfilled or fulfilled, with each line's remaining quantity */
  fulfilment?: Maybe<OrderFulfilment>;
  gross: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  lines: Array<TransactionLine>;
  metadata?: Maybe<Scalars['JSON']['output']>;
  net: Scalars['Decimal']['output'];
  number: Scalars['String']['output'];
  /** invoices: gross less live allocations; receipts and credit notes: the unallocated rest (on account) */
  outstanding?: Maybe<Scalars['Decimal']['output']>;
  params?: Maybe<Scalars['JSON']['output']>;
  postedAt?: Maybe<Scalars['DateTime']['output']>;
  reference?: Maybe<Scalars['String']['output']>;
  reversalOf?: Maybe<Transaction>;
  reversedBy?: Maybe<Transaction>;
  source?: Maybe<Transaction>;
  status: TransactionStatus;
  tax: Scalars['Decimal']['output'];
  type: TransactionType;
  /** the version of the type that posted it (posting provenance) */
  typeVersion: Scalars['Int']['output'];
};

export type TransactionConnection = {
  __typename?: 'TransactionConnection';
  edges: Array<TransactionEdge>;
  pageInfo: PageInfo;
};

export type TransactionEdge = {
  __typename?: 'TransactionEdge';
  cursor: Scalars['String']['output'];
  node: Transaction;
};

export type TransactionFilter = {
  /** transactions with this account as their ledger or counter account, or an entry on it */
  accountCode?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  ledgerCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<TransactionStatus>;
  to?: InputMaybe<Scalars['Date']['input']>;
  typeCode?: InputMaybe<Scalars['String']['input']>;
};

export type TransactionLine = {
  __typename?: 'TransactionLine';
  account?: Maybe<Account>;
  description?: Maybe<Scalars['String']['output']>;
  lineNo: Scalars['Int']['output'];
  net: Scalars['Decimal']['output'];
  /** in the stock item's unit */
  quantity?: Maybe<Scalars['Decimal']['output']>;
  side?: Maybe<Side>;
  tax: Scalars['Decimal']['output'];
  taxCode?: Maybe<TaxCode>;
};

export type TransactionLineInput = {
  accountCode?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  net: Scalars['Decimal']['input'];
  quantity?: InputMaybe<Scalars['Decimal']['input']>;
  /** JOURNAL only */
  side?: InputMaybe<Side>;
  taxCode?: InputMaybe<Scalars['String']['input']>;
};

export type TransactionStatus =
  | 'PENDING'
  | 'POSTED'
  | 'RECORDED'
  | 'VOIDED';

export type TransactionType = Node & {
  __typename?: 'TransactionType';
  allocates: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  /** null: a type posts through its accounts' own control accounts, so that each ledger reconciles (docs/configuration.md, Transaction types) */
  controlAccount?: Maybe<Account>;
  defaultAnalysisAccount?: Maybe<Account>;
  direction: Side;
  entryTemplates?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  interAccount: Scalars['Boolean']['output'];
  interLedger?: Maybe<Ledger>;
  ledger: Ledger;
  name: Scalars['String']['output'];
  posting: Scalars['Boolean']['output'];
  readsFrom: Array<TransactionType>;
  requiresApproval: Scalars['Boolean']['output'];
  stockSide?: Maybe<Side>;
  taxable: Scalars['Boolean']['output'];
  template: PostingTemplate;
  updatesNominal: Scalars['Boolean']['output'];
  usesStock: Scalars['Boolean']['output'];
  /** the version new transactions post with */
  version: Scalars['Int']['output'];
};

export type TrialBalance = {
  __typename?: 'TrialBalance';
  asOf?: Maybe<Scalars['Date']['output']>;
  /** the book's base currency */
  baseCurrency: Scalars['String']['output'];
  /** the lines' credit balances at their entries' base-currency amounts */
  baseTotalCredits: Scalars['Decimal']['output'];
  /** the lines' debit balances at their entries' base-currency amounts */
  baseTotalDebits: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  lines: Array<TrialBalanceLine>;
  totalCredits: Scalars['Decimal']['output'];
  totalDebits: Scalars['Decimal']['output'];
};

export type TrialBalanceLine = {
  __typename?: 'TrialBalanceLine';
  account: Account;
  credit: Scalars['Decimal']['output'];
  debit: Scalars['Decimal']['output'];
};

/** a unit the book counts stock in, with its decimal places */
export type Unit = {
  __typename?: 'Unit';
  code: Scalars['String']['output'];
  decimals: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type UpdateAccountInput = {
  /** only while the account has no entries */
  controlAccountCode?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<BalanceLimit>;
  /** replaces the account's metadata; null clears it */
  metadata?: InputMaybe<Scalars['JSON']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateBookSettingsInput = {
  id: Scalars['ID']['input'];
  /** refuse dates outside every period */
  requirePeriods?: InputMaybe<Scalars['Boolean']['input']>;
  /** every reversal two-person; requests already made keep their rule */
  reversalsRequireApproval?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateLedgerInput = {
  /** true archives the ledger, false brings it back */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateTaxCodeInput = {
  /** true archives the tax code, false brings it back */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type User = Node & {
  __typename?: 'User';
  /** your own keys, newest first; the system admin sees anyone's (never their secrets) */
  apiKeys: Array<ApiKey>;
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  memberships: Array<Membership>;
  name: Scalars['String']['output'];
};

export type Webhook = Node & {
  __typename?: 'Webhook';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** the delivery log, oldest first */
  deliveries: WebhookDeliveryConnection;
  description?: Maybe<Scalars['String']['output']>;
  /** why it stopped, when it did */
  disabledReason?: Maybe<Scalars['String']['output']>;
  events: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  url: Scalars['String']['output'];
};


export type WebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  attempts: Scalars['Int']['output'];
  /** the event type; the webhook-id header is eventId */
  event: Scalars['String']['output'];
  /** the webhook-id sent with it: receivers deduplicate by it */
  eventId: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  lastError?: Maybe<Scalars['String']['output']>;
  /** when a PENDING delivery is tried next */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  responseStatus?: Maybe<Scalars['Int']['output']>;
  /** the event's place in the book's outbox */
  sequence: Scalars['Int']['output'];
  /** PENDING DELIVERED FAILED */
  status: Scalars['String']['output'];
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

export type PostInvoiceMutationVariables = Exact<{
  input: CreateTransactionInput;
}>;


export type PostInvoiceMutation = { __typename?: 'Mutation', createTransaction: { __typename?: 'Transaction', number: string, gross: string, outstanding?: string | null, account?: { __typename?: 'Account', code: string } | null } };

export type WatchBalanceSubscriptionVariables = Exact<{
  bookId: Scalars['ID']['input'];
  accountCodes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type WatchBalanceSubscription = { __typename?: 'Subscription', balanceChanged: { __typename?: 'BalanceChange', account: { __typename?: 'Account', code: string, name: string }, balance: { __typename?: 'Balance', posted: string, available: string, currency: string }, transaction: { __typename?: 'Transaction', number: string } } };


export const PostInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"gross"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PostInvoiceMutation, PostInvoiceMutationVariables>;
export const WatchBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WatchBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountCodes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accountCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountCodes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posted"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<WatchBalanceSubscription, WatchBalanceSubscriptionVariables>;