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

export type ImportFiguresQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type ImportFiguresQuery = { __typename?: 'Query', book?: { __typename?: 'Book', acme?: { __typename?: 'Account', balance: { __typename?: 'Balance', posted: string } } | null, globex?: { __typename?: 'Account', balance: { __typename?: 'Balance', posted: string } } | null, trialBalance: { __typename?: 'TrialBalance', totalDebits: string, totalCredits: string } } | null };

export type AllocateForAgingMutationVariables = Exact<{
  input: AllocateInput;
}>;


export type AllocateForAgingMutation = { __typename?: 'Mutation', allocate: Array<{ __typename?: 'Allocation', id: string, amount: string }> };

export type ApproveForAgingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveForAgingMutation = { __typename?: 'Mutation', approveReversal: { __typename?: 'ReversalRequest', status: ReversalStatus } };

export type ReverseNowMutationVariables = Exact<{
  input: RequestReversalInput;
}>;


export type ReverseNowMutation = { __typename?: 'Mutation', requestReversal: { __typename?: 'ReversalRequest', id: string, status: ReversalStatus } };

export type AgedForReversalQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  asOf: Scalars['Date']['input'];
}>;


export type AgedForReversalQuery = { __typename?: 'Query', book?: { __typename?: 'Book', agedBalances: { __typename?: 'AgedBalances', total: string, rows: Array<{ __typename?: 'AgedRow', amounts: Array<string>, total: string, account: { __typename?: 'Account', code: string } }> } } | null };

export type AgedBalancesQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  ledgerCode: Scalars['String']['input'];
  asOf: Scalars['Date']['input'];
}>;


export type AgedBalancesQuery = { __typename?: 'Query', book?: { __typename?: 'Book', agedBalances: { __typename?: 'AgedBalances', asOf: string, currency: string, buckets: Array<string>, totals: Array<string>, total: string, rows: Array<{ __typename?: 'AgedRow', amounts: Array<string>, total: string, account: { __typename?: 'Account', code: string } }> }, account?: { __typename?: 'Account', balance: { __typename?: 'Balance', posted: string } } | null } | null };

export type AgedPageQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  asOf: Scalars['Date']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<AgedOrder>;
}>;


export type AgedPageQuery = { __typename?: 'Query', book?: { __typename?: 'Book', agedBalances: { __typename?: 'AgedBalances', totals: Array<string>, total: string, rowCount: number, rows: Array<{ __typename?: 'AgedRow', amounts: Array<string>, total: string, overdue: string, cursor: string, account: { __typename?: 'Account', code: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type VerifyAuditChainQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type VerifyAuditChainQuery = { __typename?: 'Query', book?: { __typename?: 'Book', verifyAuditChain: { __typename?: 'AuditChainVerification', ok: boolean, events: number, firstBrokenEventId?: string | null } } | null };

export type VerifySystemAuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifySystemAuditChainQuery = { __typename?: 'Query', verifySystemAuditChain: { __typename?: 'AuditChainVerification', ok: boolean, events: number, firstBrokenEventId?: string | null } };

export type AuditLogQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogQuery = { __typename?: 'Query', book?: { __typename?: 'Book', auditEvents: { __typename?: 'AuditEventConnection', edges: Array<{ __typename?: 'AuditEventEdge', cursor: string, node: { __typename?: 'AuditEvent', id: string, action: string, entityType: string, entityId: string, after?: unknown | null, reason?: string | null, actor?: { __typename?: 'User', name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type AuditUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AuditUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string } };

export type AuditKeyMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type AuditKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'ApiKeyPayload', secret: string } };

export type AuditMemberMutationVariables = Exact<{
  input: SetMembershipInput;
}>;


export type AuditMemberMutation = { __typename?: 'Mutation', setMembership: { __typename?: 'Membership', role: Role } };

export type RaceAlertSubscriptionVariables = Exact<{
  bookId: Scalars['ID']['input'];
  accountCode: Scalars['String']['input'];
  below?: InputMaybe<Scalars['Decimal']['input']>;
  above?: InputMaybe<Scalars['Decimal']['input']>;
}>;


export type RaceAlertSubscription = { __typename?: 'Subscription', balanceAlert: { __typename?: 'BalanceChange', balance: { __typename?: 'Balance', available: string }, transaction: { __typename?: 'Transaction', id: string } } };

export type CreateCategoryMutationVariables = Exact<{
  input: CreateCategoryInput;
}>;


export type CreateCategoryMutation = { __typename?: 'Mutation', createCategory: { __typename?: 'Category', id: string, name: string, currency: string, normalSide: Side } };

export type AddToCategoryMutationVariables = Exact<{
  input: CategoryMemberInput;
}>;


export type AddToCategoryMutation = { __typename?: 'Mutation', addToCategory: { __typename?: 'Category', id: string, accounts: Array<{ __typename?: 'Account', code: string }>, categories: Array<{ __typename?: 'Category', name: string }> } };

export type RemoveFromCategoryMutationVariables = Exact<{
  input: CategoryMemberInput;
}>;


export type RemoveFromCategoryMutation = { __typename?: 'Mutation', removeFromCategory: { __typename?: 'Category', id: string, accounts: Array<{ __typename?: 'Account', code: string }>, categories: Array<{ __typename?: 'Category', name: string }> } };

export type CategoriesQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type CategoriesQuery = { __typename?: 'Query', book?: { __typename?: 'Book', categories: Array<{ __typename?: 'Category', name: string, normalSide: Side, allAccounts: Array<{ __typename?: 'Account', code: string }>, balance: { __typename?: 'Balance', posted: string, pending: string, available: string, postedDebits: string, postedCredits: string, currency: string } }> } | null };

export type CategoryViewerUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CategoryViewerUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string } };

export type CategoryViewerKeyMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type CategoryViewerKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'ApiKeyPayload', secret: string } };

export type CategoryViewerRoleMutationVariables = Exact<{
  input: SetMembershipInput;
}>;


export type CategoryViewerRoleMutation = { __typename?: 'Mutation', setMembership: { __typename?: 'Membership', role: Role } };

export type ConfigCreateBookMutationVariables = Exact<{
  input: CreateBookInput;
}>;


export type ConfigCreateBookMutation = { __typename?: 'Mutation', createBook: { __typename?: 'Book', id: string } };

export type ConfigCreateLedgerMutationVariables = Exact<{
  input: CreateLedgerInput;
}>;


export type ConfigCreateLedgerMutation = { __typename?: 'Mutation', createLedger: { __typename?: 'Ledger', id: string, code: string, name: string, kind: LedgerKind, updatesNominal: boolean, taxArea: TaxArea, controlAccount?: { __typename?: 'Account', code: string, isControlAccount: boolean } | null, defaultAnalysisAccount?: { __typename?: 'Account', code: string } | null } };

export type ConfigCreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type ConfigCreateAccountMutation = { __typename?: 'Mutation', createAccount: { __typename?: 'Account', id: string, code: string, name: string, type: AccountType, currency: string, normalSide: Side, limit: BalanceLimit, metadata?: unknown | null, isControlAccount: boolean, ledger: { __typename?: 'Ledger', code: string }, controlAccount?: { __typename?: 'Account', code: string } | null } };

export type ConfigUpdateAccountMutationVariables = Exact<{
  input: UpdateAccountInput;
}>;


export type ConfigUpdateAccountMutation = { __typename?: 'Mutation', updateAccount: { __typename?: 'Account', id: string, code: string, name: string, limit: BalanceLimit, metadata?: unknown | null, controlAccount?: { __typename?: 'Account', code: string } | null } };

export type ConfigCreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type ConfigCreateUnitMutation = { __typename?: 'Mutation', createUnit: { __typename?: 'Unit', code: string, name: string, decimals: number } };

export type ConfigCreateTaxCodeMutationVariables = Exact<{
  input: CreateTaxCodeInput;
}>;


export type ConfigCreateTaxCodeMutation = { __typename?: 'Mutation', createTaxCode: { __typename?: 'TaxCode', id: string, code: string, name: string, rate: string, area: TaxArea, account: { __typename?: 'Account', code: string } } };

export type ConfigCreatePeriodMutationVariables = Exact<{
  input: CreatePeriodInput;
}>;


export type ConfigCreatePeriodMutation = { __typename?: 'Mutation', createPeriod: { __typename?: 'Period', id: string, name: string, start: string, end: string, status: PeriodStatus } };

export type ConfigClosePeriodMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConfigClosePeriodMutation = { __typename?: 'Mutation', closePeriod: { __typename?: 'Period', id: string, name: string, status: PeriodStatus } };

export type ConfigTypeFieldsFragment = { __typename?: 'TransactionType', id: string, code: string, name: string, version: number, direction: Side, posting: boolean, updatesNominal: boolean, taxable: boolean, interAccount: boolean, usesStock: boolean, stockSide?: Side | null, allocates: boolean, requiresApproval: boolean, template: PostingTemplate, entryTemplates?: unknown | null, ledger: { __typename?: 'Ledger', code: string }, interLedger?: { __typename?: 'Ledger', code: string } | null, readsFrom: Array<{ __typename?: 'TransactionType', code: string }>, controlAccount?: { __typename?: 'Account', code: string } | null, defaultAnalysisAccount?: { __typename?: 'Account', code: string } | null };

export type ConfigCreateTransactionTypeMutationVariables = Exact<{
  input: CreateTransactionTypeInput;
}>;


export type ConfigCreateTransactionTypeMutation = { __typename?: 'Mutation', createTransactionType: { __typename?: 'TransactionType', id: string, code: string, name: string, version: number, direction: Side, posting: boolean, updatesNominal: boolean, taxable: boolean, interAccount: boolean, usesStock: boolean, stockSide?: Side | null, allocates: boolean, requiresApproval: boolean, template: PostingTemplate, entryTemplates?: unknown | null, ledger: { __typename?: 'Ledger', code: string }, interLedger?: { __typename?: 'Ledger', code: string } | null, readsFrom: Array<{ __typename?: 'TransactionType', code: string }>, controlAccount?: { __typename?: 'Account', code: string } | null, defaultAnalysisAccount?: { __typename?: 'Account', code: string } | null } };

export type ConfigUpdateTransactionTypeMutationVariables = Exact<{
  input: CreateTransactionTypeInput;
}>;


export type ConfigUpdateTransactionTypeMutation = { __typename?: 'Mutation', updateTransactionType: { __typename?: 'TransactionType', id: string, code: string, name: string, version: number, direction: Side, posting: boolean, updatesNominal: boolean, taxable: boolean, interAccount: boolean, usesStock: boolean, stockSide?: Side | null, allocates: boolean, requiresApproval: boolean, template: PostingTemplate, entryTemplates?: unknown | null, ledger: { __typename?: 'Ledger', code: string }, interLedger?: { __typename?: 'Ledger', code: string } | null, readsFrom: Array<{ __typename?: 'TransactionType', code: string }>, controlAccount?: { __typename?: 'Account', code: string } | null, defaultAnalysisAccount?: { __typename?: 'Account', code: string } | null } };

export type ConfigReadBookQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConfigReadBookQuery = { __typename?: 'Query', book?: { __typename?: 'Book', ledgers: Array<{ __typename?: 'Ledger', code: string, name: string, kind: LedgerKind, updatesNominal: boolean, taxArea: TaxArea, controlAccount?: { __typename?: 'Account', code: string } | null, defaultAnalysisAccount?: { __typename?: 'Account', code: string } | null, transactionTypes: Array<{ __typename?: 'TransactionType', code: string }> }>, sales?: { __typename?: 'Ledger', code: string, kind: LedgerKind, accounts: { __typename?: 'AccountConnection', edges: Array<{ __typename?: 'AccountEdge', node: { __typename?: 'Account', code: string } }> } } | null, missingLedger?: { __typename?: 'Ledger', code: string } | null, bank?: { __typename?: 'Account', code: string, type: AccountType, ledger: { __typename?: 'Ledger', code: string }, controlAccount?: { __typename?: 'Account', code: string, isControlAccount: boolean } | null } | null, debtors?: { __typename?: 'Account', code: string, isControlAccount: boolean } | null, sales4000?: { __typename?: 'Account', code: string, isControlAccount: boolean } | null, missingAccount?: { __typename?: 'Account', code: string } | null, transactionTypes: Array<{ __typename?: 'TransactionType', id: string, code: string, name: string, version: number, direction: Side, posting: boolean, updatesNominal: boolean, taxable: boolean, interAccount: boolean, usesStock: boolean, stockSide?: Side | null, allocates: boolean, requiresApproval: boolean, template: PostingTemplate, entryTemplates?: unknown | null, ledger: { __typename?: 'Ledger', code: string }, interLedger?: { __typename?: 'Ledger', code: string } | null, readsFrom: Array<{ __typename?: 'TransactionType', code: string }>, controlAccount?: { __typename?: 'Account', code: string } | null, defaultAnalysisAccount?: { __typename?: 'Account', code: string } | null }>, taxCodes: Array<{ __typename?: 'TaxCode', code: string, name: string, rate: string, area: TaxArea, account: { __typename?: 'Account', code: string } }>, periods: Array<{ __typename?: 'Period', name: string, start: string, end: string, status: PeriodStatus }>, units: Array<{ __typename?: 'Unit', code: string, name: string, decimals: number }> } | null };

export type ConfigAccountPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  ledgerCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConfigAccountPageQuery = { __typename?: 'Query', book?: { __typename?: 'Book', accounts: { __typename?: 'AccountConnection', edges: Array<{ __typename?: 'AccountEdge', cursor: string, node: { __typename?: 'Account', code: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type ConfigCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type ConfigCreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string } };

export type ConfigCreateApiKeyMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type ConfigCreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'ApiKeyPayload', secret: string } };

export type ConfigSetMembershipMutationVariables = Exact<{
  input: SetMembershipInput;
}>;


export type ConfigSetMembershipMutation = { __typename?: 'Mutation', setMembership: { __typename?: 'Membership', role: Role } };

export type PropSetRateMutationVariables = Exact<{
  input: SetExchangeRateInput;
}>;


export type PropSetRateMutation = { __typename?: 'Mutation', setExchangeRate: { __typename?: 'ExchangeRate', rate: string } };

export type PropSetControlMutationVariables = Exact<{
  input: SetLedgerControlAccountInput;
}>;


export type PropSetControlMutation = { __typename?: 'Mutation', setLedgerControlAccount: { __typename?: 'Ledger', code: string } };

export type PropLedgerQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type PropLedgerQuery = { __typename?: 'Query', book?: { __typename?: 'Book', ledger?: { __typename?: 'Ledger', id: string } | null } | null };

export type PropTaxCodeMutationVariables = Exact<{
  input: CreateTaxCodeInput;
}>;


export type PropTaxCodeMutation = { __typename?: 'Mutation', createTaxCode: { __typename?: 'TaxCode', code: string } };

export type FxSetRateMutationVariables = Exact<{
  input: SetExchangeRateInput;
}>;


export type FxSetRateMutation = { __typename?: 'Mutation', setExchangeRate: { __typename?: 'ExchangeRate', currency: string, date: string, rate: string } };

export type FxSetControlMutationVariables = Exact<{
  input: SetLedgerControlAccountInput;
}>;


export type FxSetControlMutation = { __typename?: 'Mutation', setLedgerControlAccount: { __typename?: 'Ledger', code: string, controlAccounts: Array<{ __typename?: 'LedgerControlAccount', currency: string, account: { __typename?: 'Account', code: string } }> } };

export type FxPostMutationVariables = Exact<{
  input: CreateTransactionInput;
}>;


export type FxPostMutation = { __typename?: 'Mutation', createTransaction: { __typename?: 'Transaction', id: string, number: string, currency: string, gross: string, entries: Array<{ __typename?: 'Entry', side: Side, amount: string, currency: string, baseAmount?: string | null, account: { __typename?: 'Account', code: string } }> } };

export type FxLedgerQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type FxLedgerQuery = { __typename?: 'Query', book?: { __typename?: 'Book', ledger?: { __typename?: 'Ledger', id: string } | null, account?: { __typename?: 'Account', currency: string, controlAccount?: { __typename?: 'Account', code: string } | null } | null } | null };

export type FxRatesQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
}>;


export type FxRatesQuery = { __typename?: 'Query', book?: { __typename?: 'Book', exchangeRates: Array<{ __typename?: 'ExchangeRate', currency: string, date: string, rate: string }>, exchangeRate?: { __typename?: 'ExchangeRate', date: string, rate: string } | null, none?: { __typename?: 'ExchangeRate', rate: string } | null } | null };

export type FxReportsQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type FxReportsQuery = { __typename?: 'Query', book?: { __typename?: 'Book', eur: { __typename?: 'TrialBalance', currency: string, totalDebits: string, totalCredits: string, baseCurrency: string, baseTotalDebits: string, baseTotalCredits: string, lines: Array<{ __typename?: 'TrialBalanceLine', debit: string, credit: string, account: { __typename?: 'Account', code: string } }> }, base: { __typename?: 'BaseTrialBalance', currency: string, totalDebits: string, totalCredits: string, lines: Array<{ __typename?: 'BaseTrialBalanceLine', currency: string, debit: string, credit: string, account: { __typename?: 'Account', code: string } }> }, reconciliation: Array<{ __typename?: 'ControlReconciliation', currency: string, ledgerTotal: string, controlBalance: string, difference: string, ledger: { __typename?: 'Ledger', code: string }, controlAccount: { __typename?: 'Account', code: string } }> } | null };

export type FxReverseMutationVariables = Exact<{
  input: RequestReversalInput;
}>;


export type FxReverseMutation = { __typename?: 'Mutation', requestReversal: { __typename?: 'ReversalRequest', status: ReversalStatus, reversal?: { __typename?: 'Transaction', entries: Array<{ __typename?: 'Entry', side: Side, amount: string, baseAmount?: string | null, account: { __typename?: 'Account', code: string } }> } | null } };

export type FxTaxCodeMutationVariables = Exact<{
  input: CreateTaxCodeInput;
}>;


export type FxTaxCodeMutation = { __typename?: 'Mutation', createTaxCode: { __typename?: 'TaxCode', code: string } };

export type FxTransactionsQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type FxTransactionsQuery = { __typename?: 'Query', book?: { __typename?: 'Book', transactions: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', number: string } }> } } | null };

export type FxAuditQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FxAuditQuery = { __typename?: 'Query', book?: { __typename?: 'Book', auditEvents: { __typename?: 'AuditEventConnection', edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', action: string, entityId: string, before?: unknown | null, after?: unknown | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type IntegrityQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type IntegrityQuery = { __typename?: 'Query', book?: { __typename?: 'Book', integrityReport: { __typename?: 'IntegrityReport', ok: boolean, checkedAt: string, checks: Array<{ __typename?: 'IntegrityCheck', name: string, ok: boolean, violations: Array<string> }> } } | null };

export type ReverseForIntegrityMutationVariables = Exact<{
  input: RequestReversalInput;
}>;


export type ReverseForIntegrityMutation = { __typename?: 'Mutation', requestReversal: { __typename?: 'ReversalRequest', id: string, status: ReversalStatus } };

export type ApproveForIntegrityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveForIntegrityMutation = { __typename?: 'Mutation', approveReversal: { __typename?: 'ReversalRequest', status: ReversalStatus } };

export type KeysNewUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type KeysNewUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, name: string } };

export type KeysNewKeyMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type KeysNewKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'ApiKeyPayload', id: string, secret: string } };

export type KeysRevokeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KeysRevokeMutation = { __typename?: 'Mutation', revokeApiKey: boolean };

export type KeysMineQueryVariables = Exact<{ [key: string]: never; }>;


export type KeysMineQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, name: string, apiKeys: Array<{ __typename?: 'ApiKey', id: string, name?: string | null, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null }> } };

export type KeysOfQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KeysOfQuery = { __typename?: 'Query', node?: { __typename?: 'Account' } | { __typename?: 'Allocation' } | { __typename?: 'ApiKey' } | { __typename?: 'AuditEvent' } | { __typename?: 'Book' } | { __typename?: 'Category' } | { __typename?: 'Entry' } | { __typename?: 'Ledger' } | { __typename?: 'Period' } | { __typename?: 'ReversalRequest' } | { __typename?: 'TaxCode' } | { __typename?: 'Transaction' } | { __typename?: 'TransactionType' } | { __typename?: 'User', apiKeys: Array<{ __typename?: 'ApiKey', id: string, name?: string | null }> } | { __typename?: 'Webhook' } | { __typename?: 'WebhookDelivery' } | null };

export type KeysBookAuditQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type KeysBookAuditQuery = { __typename?: 'Query', book?: { __typename?: 'Book', auditEvents: { __typename?: 'AuditEventConnection', edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', action: string, entityId: string, keyId?: string | null, actor?: { __typename?: 'User', name: string } | null } }> } } | null };

export type KeysSystemAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type KeysSystemAuditQuery = { __typename?: 'Query', systemAuditEvents: { __typename?: 'AuditEventConnection', edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', action: string, entityId: string, keyId?: string | null } }> } };

export type KeysRequestReversalMutationVariables = Exact<{
  input: RequestReversalInput;
}>;


export type KeysRequestReversalMutation = { __typename?: 'Mutation', requestReversal: { __typename?: 'ReversalRequest', id: string, status: ReversalStatus } };

export type KeysApproveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type KeysApproveMutation = { __typename?: 'Mutation', approveReversal: { __typename?: 'ReversalRequest', id: string, status: ReversalStatus, decidedBy?: { __typename?: 'User', name: string } | null } };

export type KeysMeQueryVariables = Exact<{ [key: string]: never; }>;


export type KeysMeQuery = { __typename?: 'Query', me: { __typename?: 'User', name: string } };

export type ReconcileRollupsQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ReconcileRollupsQuery = { __typename?: 'Query', book?: { __typename?: 'Book', reconciliation: Array<{ __typename?: 'ControlReconciliation', currency: string, ledgerTotal: string, controlBalance: string, difference: string, ledger: { __typename?: 'Ledger', code: string }, controlAccount: { __typename?: 'Account', code: string } }> } | null };

export type PostPendingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PostPendingMutation = { __typename?: 'Mutation', postTransaction: { __typename?: 'Transaction', id: string, status: TransactionStatus, entries: Array<{ __typename?: 'Entry', status: TransactionStatus, sequence?: number | null, runningBalance?: string | null, account: { __typename?: 'Account', code: string } }> } };

export type VoidPendingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VoidPendingMutation = { __typename?: 'Mutation', voidTransaction: { __typename?: 'Transaction', id: string, status: TransactionStatus, entries: Array<{ __typename?: 'Entry', status: TransactionStatus, sequence?: number | null }> } };

export type AllocateMutationVariables = Exact<{
  input: AllocateInput;
}>;


export type AllocateMutation = { __typename?: 'Mutation', allocate: Array<{ __typename?: 'Allocation', id: string, amount: string, date: string, released: boolean, from: { __typename?: 'Transaction', id: string }, to: { __typename?: 'Transaction', id: string, outstanding?: string | null } }> };

export type TransactionViewQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
}>;


export type TransactionViewQuery = { __typename?: 'Query', book?: { __typename?: 'Book', transaction?: { __typename?: 'Transaction', id: string, number: string, status: TransactionStatus, gross: string, outstanding?: string | null, allocations: Array<{ __typename?: 'Allocation', amount: string, released: boolean, from: { __typename?: 'Transaction', id: string }, to: { __typename?: 'Transaction', id: string } }>, reversalOf?: { __typename?: 'Transaction', id: string, number: string } | null, reversedBy?: { __typename?: 'Transaction', id: string, number: string, status: TransactionStatus, entries: Array<{ __typename?: 'Entry', side: Side, amount: string, account: { __typename?: 'Account', code: string } }>, lines: Array<{ __typename?: 'TransactionLine', net: string, tax: string, taxCode?: { __typename?: 'TaxCode', code: string } | null }> } | null } | null } | null };

export type OpenItemsQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
}>;


export type OpenItemsQuery = { __typename?: 'Query', book?: { __typename?: 'Book', account?: { __typename?: 'Account', openItems: Array<{ __typename?: 'Transaction', id: string, number: string, outstanding?: string | null, dueDate?: string | null, date: string }> } | null } | null };

export type RequestReversalMutationVariables = Exact<{
  input: RequestReversalInput;
}>;


export type RequestReversalMutation = { __typename?: 'Mutation', requestReversal: { __typename?: 'ReversalRequest', id: string, status: ReversalStatus, reason: string, requestedBy: { __typename?: 'User', name: string }, reversal?: { __typename?: 'Transaction', id: string, number: string, reversalOf?: { __typename?: 'Transaction', id: string } | null, entries: Array<{ __typename?: 'Entry', side: Side, amount: string, account: { __typename?: 'Account', code: string } }> } | null } };

export type ApproveReversalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveReversalMutation = { __typename?: 'Mutation', approveReversal: { __typename?: 'ReversalRequest', id: string, status: ReversalStatus, decidedBy?: { __typename?: 'User', name: string } | null, reversal?: { __typename?: 'Transaction', id: string, status: TransactionStatus } | null } };

export type RejectReversalMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectReversalMutation = { __typename?: 'Mutation', rejectReversal: { __typename?: 'ReversalRequest', id: string, status: ReversalStatus, decidedBy?: { __typename?: 'User', name: string } | null, reversal?: { __typename?: 'Transaction', id: string } | null } };

export type AnyNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AnyNodeQuery = { __typename?: 'Query', node?: { __typename?: 'Account', id: string } | { __typename?: 'Allocation', id: string } | { __typename?: 'ApiKey', id: string } | { __typename?: 'AuditEvent', id: string } | { __typename?: 'Book', id: string } | { __typename?: 'Category', id: string } | { __typename?: 'Entry', id: string } | { __typename?: 'Ledger', id: string } | { __typename?: 'Period', id: string } | { __typename?: 'ReversalRequest', id: string } | { __typename?: 'TaxCode', id: string } | { __typename?: 'Transaction', id: string } | { __typename?: 'TransactionType', id: string } | { __typename?: 'User', id: string } | { __typename?: 'Webhook', id: string } | { __typename?: 'WebhookDelivery', id: string } | null };

export type ClosePeriodNowMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClosePeriodNowMutation = { __typename?: 'Mutation', closePeriod: { __typename?: 'Period', status: PeriodStatus } };

export type OpenPeriodNowMutationVariables = Exact<{
  input: CreatePeriodInput;
}>;


export type OpenPeriodNowMutation = { __typename?: 'Mutation', createPeriod: { __typename?: 'Period', id: string } };

export type AccountThenPostingsMutationVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type AccountThenPostingsMutation = { __typename?: 'Mutation', open: { __typename?: 'Account', version: number, balance: { __typename?: 'Balance', posted: string } }, first: { __typename?: 'Transaction', account?: { __typename?: 'Account', version: number, balance: { __typename?: 'Balance', posted: string } } | null }, second: { __typename?: 'Transaction', account?: { __typename?: 'Account', version: number, balance: { __typename?: 'Balance', posted: string } } | null } };

export type NewIncomeCategoryMutationVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type NewIncomeCategoryMutation = { __typename?: 'Mutation', create: { __typename?: 'Category', id: string, accounts: Array<{ __typename?: 'Account', code: string }> } };

export type AddTwoMembersMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AddTwoMembersMutation = { __typename?: 'Mutation', sales: { __typename?: 'Category', accounts: Array<{ __typename?: 'Account', code: string }> }, other: { __typename?: 'Category', accounts: Array<{ __typename?: 'Account', code: string }> } };

export type RaceAddTypeMutationVariables = Exact<{
  input: CreateTransactionTypeInput;
}>;


export type RaceAddTypeMutation = { __typename?: 'Mutation', createTransactionType: { __typename?: 'TransactionType', code: string } };

export type RaceFulfilmentQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
}>;


export type RaceFulfilmentQuery = { __typename?: 'Query', book?: { __typename?: 'Book', transaction?: { __typename?: 'Transaction', fulfilledBy?: { __typename?: 'Transaction', id: string } | null, fulfilment?: { __typename?: 'OrderFulfilment', status: OrderStatus, lines: Array<{ __typename?: 'OrderLineFulfilment', fulfilled?: string | null, remaining?: string | null }> } | null } | null } | null };

export type OrdersAddTypeMutationVariables = Exact<{
  input: CreateTransactionTypeInput;
}>;


export type OrdersAddTypeMutation = { __typename?: 'Mutation', createTransactionType: { __typename?: 'TransactionType', code: string, posting: boolean, usesStock: boolean } };

export type OrderFulfilmentQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
}>;


export type OrderFulfilmentQuery = { __typename?: 'Query', book?: { __typename?: 'Book', transaction?: { __typename?: 'Transaction', status: TransactionStatus, fulfilledBy?: { __typename?: 'Transaction', id: string } | null, fulfilment?: { __typename?: 'OrderFulfilment', status: OrderStatus, lines: Array<{ __typename?: 'OrderLineFulfilment', lineNo: number, ordered?: string | null, fulfilled?: string | null, remaining?: string | null, done: boolean, account?: { __typename?: 'Account', code: string } | null }> } | null } | null } | null };

export type OrdersStockQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type OrdersStockQuery = { __typename?: 'Query', book?: { __typename?: 'Book', stockOnHand: Array<{ __typename?: 'StockLevel', quantity: string, reserved: string, available: string, item: { __typename?: 'Account', code: string } }> } | null };

export type OrdersReverseMutationVariables = Exact<{
  input: RequestReversalInput;
}>;


export type OrdersReverseMutation = { __typename?: 'Mutation', requestReversal: { __typename?: 'ReversalRequest', status: ReversalStatus } };

export type OutboxPostPendingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OutboxPostPendingMutation = { __typename?: 'Mutation', postTransaction: { __typename?: 'Transaction', id: string, status: TransactionStatus } };

export type OutboxVoidPendingMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OutboxVoidPendingMutation = { __typename?: 'Mutation', voidTransaction: { __typename?: 'Transaction', id: string, status: TransactionStatus } };

export type OutboxReverseMutationVariables = Exact<{
  input: RequestReversalInput;
}>;


export type OutboxReverseMutation = { __typename?: 'Mutation', requestReversal: { __typename?: 'ReversalRequest', id: string, status: ReversalStatus, reversal?: { __typename?: 'Transaction', id: string } | null } };

export type OutboxAllocateMutationVariables = Exact<{
  input: AllocateInput;
}>;


export type OutboxAllocateMutation = { __typename?: 'Mutation', allocate: Array<{ __typename?: 'Allocation', id: string }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, name: string, memberships: Array<{ __typename?: 'Membership', role: Role, book: { __typename?: 'Book', id: string, name: string } }> } };

export type CreateBookMutationVariables = Exact<{
  input: CreateBookInput;
}>;


export type CreateBookMutation = { __typename?: 'Mutation', createBook: { __typename?: 'Book', id: string, name: string, baseCurrency: string, members: Array<{ __typename?: 'Membership', role: Role, user: { __typename?: 'User', id: string, name: string } }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, name: string } };

export type CreateApiKeyMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'ApiKeyPayload', id: string, secret: string } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: boolean };

export type SetMembershipMutationVariables = Exact<{
  input: SetMembershipInput;
}>;


export type SetMembershipMutation = { __typename?: 'Mutation', setMembership: { __typename?: 'Membership', role: Role, user: { __typename?: 'User', id: string }, book: { __typename?: 'Book', id: string } } };

export type BookByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BookByIdQuery = { __typename?: 'Query', book?: { __typename?: 'Book', id: string, name: string, members: Array<{ __typename?: 'Membership', role: Role, user: { __typename?: 'User', name: string } }> } | null };

export type NodeByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeByIdQuery = { __typename?: 'Query', node?: { __typename?: 'Account', id: string } | { __typename?: 'Allocation', id: string } | { __typename?: 'ApiKey', id: string } | { __typename?: 'AuditEvent', id: string } | { __typename?: 'Book', name: string, id: string } | { __typename?: 'Category', id: string } | { __typename?: 'Entry', id: string } | { __typename?: 'Ledger', id: string } | { __typename?: 'Period', id: string } | { __typename?: 'ReversalRequest', id: string } | { __typename?: 'TaxCode', id: string } | { __typename?: 'Transaction', id: string } | { __typename?: 'TransactionType', id: string } | { __typename?: 'User', name: string, id: string } | { __typename?: 'Webhook', id: string } | { __typename?: 'WebhookDelivery', id: string } | null };

export type BooksQueryVariables = Exact<{ [key: string]: never; }>;


export type BooksQuery = { __typename?: 'Query', books: Array<{ __typename?: 'Book', id: string, name: string }> };

export type CreatePeriodsMutationVariables = Exact<{
  bookId: Scalars['ID']['input'];
  yearStart: Scalars['Date']['input'];
  basis: PeriodBasis;
}>;


export type CreatePeriodsMutation = { __typename?: 'Mutation', createPeriods: Array<{ __typename?: 'Period', name: string, start: string, end: string, status: PeriodStatus }> };

export type PeriodsByBasisQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type PeriodsByBasisQuery = { __typename?: 'Query', book?: { __typename?: 'Book', periods: Array<{ __typename?: 'Period', name: string }> } | null };

export type PostTypeMutationVariables = Exact<{
  input: CreateTransactionInput;
}>;


export type PostTypeMutation = { __typename?: 'Mutation', createTransaction: { __typename?: 'Transaction', id: string, number: string, status: TransactionStatus, currency: string, net: string, tax: string, gross: string, outstanding?: string | null, account?: { __typename?: 'Account', code: string } | null, counterAccount?: { __typename?: 'Account', code: string } | null, source?: { __typename?: 'Transaction', id: string } | null, fulfilledBy?: { __typename?: 'Transaction', id: string } | null, lines: Array<{ __typename?: 'TransactionLine', lineNo: number, net: string, tax: string, quantity?: string | null, side?: Side | null, taxCode?: { __typename?: 'TaxCode', code: string } | null, account?: { __typename?: 'Account', code: string } | null }>, entries: Array<{ __typename?: 'Entry', side: Side, amount: string, currency: string, status: TransactionStatus, account: { __typename?: 'Account', code: string } }> } };

export type TransactionByIdQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
}>;


export type TransactionByIdQuery = { __typename?: 'Query', book?: { __typename?: 'Book', transaction?: { __typename?: 'Transaction', id: string, status: TransactionStatus, fulfilledBy?: { __typename?: 'Transaction', id: string } | null, source?: { __typename?: 'Transaction', id: string } | null } | null } | null };

export type CreateTypeMutationVariables = Exact<{
  input: CreateTransactionTypeInput;
}>;


export type CreateTypeMutation = { __typename?: 'Mutation', createTransactionType: { __typename?: 'TransactionType', id: string, code: string, template: PostingTemplate } };

export type CountTransactionsQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CountTransactionsQuery = { __typename?: 'Query', book?: { __typename?: 'Book', transactions: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', number: string, gross: string, account?: { __typename?: 'Account', code: string, name: string } | null, type: { __typename?: 'TransactionType', code: string }, createdBy: { __typename?: 'User', name: string }, lines: Array<{ __typename?: 'TransactionLine', net: string, tax: string, taxCode?: { __typename?: 'TaxCode', code: string, rate: string } | null, account?: { __typename?: 'Account', code: string } | null }>, entries: Array<{ __typename?: 'Entry', side: Side, amount: string, sequence?: number | null, runningBalance?: string | null, account: { __typename?: 'Account', code: string, ledger: { __typename?: 'Ledger', code: string } }, transaction: { __typename?: 'Transaction', number: string } }> } }> } } | null };

export type CountAccountsQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CountAccountsQuery = { __typename?: 'Query', book?: { __typename?: 'Book', accounts: { __typename?: 'AccountConnection', edges: Array<{ __typename?: 'AccountEdge', node: { __typename?: 'Account', code: string, version: number, openingBalance: string, controlAccount?: { __typename?: 'Account', code: string } | null, now: { __typename?: 'Balance', posted: string }, then: { __typename?: 'Balance', posted: string, pending: string } } }> } } | null };

export type CountReportsQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type CountReportsQuery = { __typename?: 'Query', book?: { __typename?: 'Book', account?: { __typename?: 'Account', statement: { __typename?: 'Statement', closing: string, lines: Array<{ __typename?: 'StatementLine', runningBalance: string, transaction: { __typename?: 'Transaction', number: string, account?: { __typename?: 'Account', code: string } | null } }> } } | null, trialBalance: { __typename?: 'TrialBalance', lines: Array<{ __typename?: 'TrialBalanceLine', debit: string, credit: string, account: { __typename?: 'Account', code: string, name: string } }> }, agedBalances: { __typename?: 'AgedBalances', rows: Array<{ __typename?: 'AgedRow', total: string, account: { __typename?: 'Account', code: string } }> }, reconciliation: Array<{ __typename?: 'ControlReconciliation', difference: string, ledger: { __typename?: 'Ledger', code: string }, controlAccount: { __typename?: 'Account', code: string } }>, taxSummary: Array<{ __typename?: 'TaxSummaryLine', net: string, taxCode: { __typename?: 'TaxCode', code: string } }>, categories: Array<{ __typename?: 'Category', name: string, balance: { __typename?: 'Balance', posted: string }, then: { __typename?: 'Balance', posted: string }, accounts: Array<{ __typename?: 'Account', code: string }> }> } | null };

export type CountCategoryMutationVariables = Exact<{
  input: CreateCategoryInput;
}>;


export type CountCategoryMutation = { __typename?: 'Mutation', createCategory: { __typename?: 'Category', id: string } };

export type CountAddToCategoryMutationVariables = Exact<{
  input: CategoryMemberInput;
}>;


export type CountAddToCategoryMutation = { __typename?: 'Mutation', addToCategory: { __typename?: 'Category', id: string } };

export type RateLimitCountQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type RateLimitCountQuery = { __typename?: 'Query', book?: { __typename?: 'Book', transactions: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', id: string } }> } } | null };

export type LatePayersQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  asOf: Scalars['Date']['input'];
  windowDays?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type LatePayersQuery = { __typename?: 'Query', book?: { __typename?: 'Book', latePayers: { __typename?: 'LatePayers', asOf: string, windowDays: number, windowStart: string, currency: string, rowCount: number, rows: Array<{ __typename?: 'LatePayer', overdue: string, overdueItems: number, averageDaysToPay?: string | null, settled: string, settlements: number, account: { __typename?: 'Account', code: string } }> } } | null };

export type ReceivablesForecastQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  weeks?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ReceivablesForecastQuery = { __typename?: 'Query', book?: { __typename?: 'Book', receivablesForecast: { __typename?: 'ReceivablesForecast', from: string, currency: string, total: string, overdue: { __typename?: 'ForecastWeek', start?: string | null, end?: string | null, amount: string, items: number }, weeks: Array<{ __typename?: 'ForecastWeek', start?: string | null, end?: string | null, amount: string, items: number }>, later: { __typename?: 'ForecastWeek', start?: string | null, end?: string | null, amount: string, items: number } } } | null };

export type ReportTrialBalanceQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ReportTrialBalanceQuery = { __typename?: 'Query', book?: { __typename?: 'Book', trialBalance: { __typename?: 'TrialBalance', asOf?: string | null, currency: string, totalDebits: string, totalCredits: string, lines: Array<{ __typename?: 'TrialBalanceLine', debit: string, credit: string, account: { __typename?: 'Account', code: string } }> } } | null };

export type ReportStatementQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type ReportStatementQuery = { __typename?: 'Query', book?: { __typename?: 'Book', account?: { __typename?: 'Account', statement: { __typename?: 'Statement', from: string, to: string, currency: string, opening: string, closing: string, debits: string, credits: string, lines: Array<{ __typename?: 'StatementLine', date: string, number: string, description?: string | null, debit?: string | null, credit?: string | null, runningBalance: string, transaction: { __typename?: 'Transaction', number: string } }> }, controlEquation: { __typename?: 'ControlEquation', opening: string, movements: string, settlements: string, closing: string, difference: string, currency: string }, balance: { __typename?: 'Balance', posted: string } } | null } | null };

export type ReportReconciliationQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ReportReconciliationQuery = { __typename?: 'Query', book?: { __typename?: 'Book', reconciliation: Array<{ __typename?: 'ControlReconciliation', ledgerTotal: string, controlBalance: string, difference: string, currency: string, ledger: { __typename?: 'Ledger', code: string }, controlAccount: { __typename?: 'Account', code: string } }> } | null };

export type ReportTaxSummaryQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
}>;


export type ReportTaxSummaryQuery = { __typename?: 'Query', book?: { __typename?: 'Book', taxSummary: Array<{ __typename?: 'TaxSummaryLine', net: string, tax: string, currency: string, taxCode: { __typename?: 'TaxCode', code: string, area: TaxArea } }> } | null };

export type ReportTransactionsQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  filter?: InputMaybe<TransactionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReportTransactionsQuery = { __typename?: 'Query', book?: { __typename?: 'Book', transactions: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', cursor: string, node: { __typename?: 'Transaction', number: string, date: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type ReportEntriesQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReportEntriesQuery = { __typename?: 'Query', book?: { __typename?: 'Book', account?: { __typename?: 'Account', entries: { __typename?: 'EntryConnection', edges: Array<{ __typename?: 'EntryEdge', node: { __typename?: 'Entry', date: string, side: Side, amount: string, sequence?: number | null, runningBalance?: string | null, transaction: { __typename?: 'Transaction', number: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null } | null };

export type ReportBalanceAsOfQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ReportBalanceAsOfQuery = { __typename?: 'Query', book?: { __typename?: 'Book', account?: { __typename?: 'Account', balance: { __typename?: 'Balance', posted: string } } | null } | null };

export type ReportCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type ReportCreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string } };

export type ReportCreateApiKeyMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type ReportCreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'ApiKeyPayload', secret: string } };

export type RetirementConfigQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type RetirementConfigQuery = { __typename?: 'Query', book?: { __typename?: 'Book', ledgers: Array<{ __typename?: 'Ledger', id: string, code: string, name: string, archived: boolean }>, taxCodes: Array<{ __typename?: 'TaxCode', id: string, code: string, name: string, archived: boolean }> } | null };

export type UpdateLedgerMutationVariables = Exact<{
  input: UpdateLedgerInput;
}>;


export type UpdateLedgerMutation = { __typename?: 'Mutation', updateLedger: { __typename?: 'Ledger', code: string, name: string, archived: boolean, archivedAt?: string | null, accounts: { __typename?: 'AccountConnection', edges: Array<{ __typename?: 'AccountEdge', node: { __typename?: 'Account', code: string } }> } } };

export type UpdateTaxCodeMutationVariables = Exact<{
  input: UpdateTaxCodeInput;
}>;


export type UpdateTaxCodeMutation = { __typename?: 'Mutation', updateTaxCode: { __typename?: 'TaxCode', code: string, name: string, rate: string, archived: boolean } };

export type CloseAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type CloseAccountMutation = { __typename?: 'Mutation', closeAccount: { __typename?: 'Account', code: string, closed: boolean, closedAt?: string | null } };

export type ReopenAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReopenAccountMutation = { __typename?: 'Mutation', reopenAccount: { __typename?: 'Account', code: string, closed: boolean } };

export type ReverseRetiredMutationVariables = Exact<{
  input: RequestReversalInput;
}>;


export type ReverseRetiredMutation = { __typename?: 'Mutation', requestReversal: { __typename?: 'ReversalRequest', status: ReversalStatus } };

export type RetirementAccountIdQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
}>;


export type RetirementAccountIdQuery = { __typename?: 'Query', book?: { __typename?: 'Book', account?: { __typename?: 'Account', id: string } | null } | null };

export type RetirementAuditQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RetirementAuditQuery = { __typename?: 'Query', book?: { __typename?: 'Book', auditEvents: { __typename?: 'AuditEventConnection', edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', action: string, entityType: string, reason?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } | null };

export type CreateTemplateBookMutationVariables = Exact<{
  input: CreateBookInput;
}>;


export type CreateTemplateBookMutation = { __typename?: 'Mutation', createBook: { __typename?: 'Book', id: string, name: string, baseCurrency: string } };

export type StandardBookQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StandardBookQuery = { __typename?: 'Query', book?: { __typename?: 'Book', ledgers: Array<{ __typename?: 'Ledger', code: string, kind: LedgerKind, updatesNominal: boolean, taxArea: TaxArea, controlAccount?: { __typename?: 'Account', code: string, isControlAccount: boolean, ledger: { __typename?: 'Ledger', kind: LedgerKind } } | null, defaultAnalysisAccount?: { __typename?: 'Account', code: string, isControlAccount: boolean, ledger: { __typename?: 'Ledger', kind: LedgerKind } } | null, transactionTypes: Array<{ __typename?: 'TransactionType', code: string }> }>, accounts: { __typename?: 'AccountConnection', edges: Array<{ __typename?: 'AccountEdge', node: { __typename?: 'Account', code: string, type: AccountType, currency: string, isControlAccount: boolean, ledger: { __typename?: 'Ledger', code: string, kind: LedgerKind }, controlAccount?: { __typename?: 'Account', code: string, isControlAccount: boolean, ledger: { __typename?: 'Ledger', kind: LedgerKind } } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } }, transactionTypes: Array<{ __typename?: 'TransactionType', code: string, version: number, posting: boolean, updatesNominal: boolean, taxable: boolean, interAccount: boolean, usesStock: boolean, template: PostingTemplate, ledger: { __typename?: 'Ledger', code: string, kind: LedgerKind, taxArea: TaxArea }, interLedger?: { __typename?: 'Ledger', code: string, kind: LedgerKind } | null, readsFrom: Array<{ __typename?: 'TransactionType', code: string, posting: boolean }>, controlAccount?: { __typename?: 'Account', code: string, isControlAccount: boolean, ledger: { __typename?: 'Ledger', kind: LedgerKind } } | null, defaultAnalysisAccount?: { __typename?: 'Account', code: string, isControlAccount: boolean, ledger: { __typename?: 'Ledger', kind: LedgerKind } } | null }>, taxCodes: Array<{ __typename?: 'TaxCode', code: string, rate: string, area: TaxArea, account: { __typename?: 'Account', code: string, isControlAccount: boolean, ledger: { __typename?: 'Ledger', kind: LedgerKind } } }>, units: Array<{ __typename?: 'Unit', code: string, decimals: number }>, periods: Array<{ __typename?: 'Period', name: string }> } | null };

export type StandardAddCustomerMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type StandardAddCustomerMutation = { __typename?: 'Mutation', createAccount: { __typename?: 'Account', code: string, type: AccountType, normalSide: Side, currency: string, ledger: { __typename?: 'Ledger', code: string }, controlAccount?: { __typename?: 'Account', code: string } | null } };

export type StockOnHandQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type StockOnHandQuery = { __typename?: 'Query', book?: { __typename?: 'Book', stockOnHand: Array<{ __typename?: 'StockLevel', quantity: string, unit: string, item: { __typename?: 'Account', code: string, limit: BalanceLimit } }> } | null };

export type ItemBalanceQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
}>;


export type ItemBalanceQuery = { __typename?: 'Query', book?: { __typename?: 'Book', account?: { __typename?: 'Account', limit: BalanceLimit, balance: { __typename?: 'Balance', posted: string, pending: string, available: string } } | null } | null };

export type AccessWatchSubscriptionVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type AccessWatchSubscription = { __typename?: 'Subscription', transactionChanged: { __typename?: 'Transaction', number: string } };

export type AccessSomeoneMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AccessSomeoneMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string } };

export type AccessKeyForMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type AccessKeyForMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'ApiKeyPayload', id: string, secret: string } };

export type AccessRevokeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessRevokeMutation = { __typename?: 'Mutation', revokeApiKey: boolean };

export type BalanceChangedSubscriptionVariables = Exact<{
  bookId: Scalars['ID']['input'];
  accountCodes?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type BalanceChangedSubscription = { __typename?: 'Subscription', balanceChanged: { __typename?: 'BalanceChange', account: { __typename?: 'Account', code: string }, balance: { __typename?: 'Balance', posted: string, available: string }, transaction: { __typename?: 'Transaction', number: string, status: TransactionStatus } } };

export type BalanceAlertSubscriptionVariables = Exact<{
  bookId: Scalars['ID']['input'];
  accountCode: Scalars['String']['input'];
  below?: InputMaybe<Scalars['Decimal']['input']>;
  above?: InputMaybe<Scalars['Decimal']['input']>;
}>;


export type BalanceAlertSubscription = { __typename?: 'Subscription', balanceAlert: { __typename?: 'BalanceChange', account: { __typename?: 'Account', code: string }, balance: { __typename?: 'Balance', available: string }, transaction: { __typename?: 'Transaction', number: string } } };

export type RevokeSubscriberKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeSubscriberKeyMutation = { __typename?: 'Mutation', revokeApiKey: boolean };

export type TransactionChangedSubscriptionVariables = Exact<{
  bookId: Scalars['ID']['input'];
  ledgerCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type TransactionChangedSubscription = { __typename?: 'Subscription', transactionChanged: { __typename?: 'Transaction', number: string, status: TransactionStatus, gross: string } };

export type CreateNodeWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateNodeWebhookMutation = { __typename?: 'Mutation', createWebhook: { __typename?: 'CreatedWebhook', webhook: { __typename?: 'Webhook', id: string } } };

export type DeleteNodeWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteNodeWebhookMutation = { __typename?: 'Mutation', deleteWebhook: boolean };

export type WebhookNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebhookNodeQuery = { __typename?: 'Query', node?: { __typename: 'Account', id: string } | { __typename: 'Allocation', id: string } | { __typename: 'ApiKey', id: string } | { __typename: 'AuditEvent', id: string } | { __typename: 'Book', id: string } | { __typename: 'Category', id: string } | { __typename: 'Entry', id: string } | { __typename: 'Ledger', id: string } | { __typename: 'Period', id: string } | { __typename: 'ReversalRequest', id: string } | { __typename: 'TaxCode', id: string } | { __typename: 'Transaction', id: string } | { __typename: 'TransactionType', id: string } | { __typename: 'User', id: string } | { __typename: 'Webhook', url: string, events: Array<string>, active: boolean, id: string, deliveries: { __typename?: 'WebhookDeliveryConnection', edges: Array<{ __typename?: 'WebhookDeliveryEdge', node: { __typename?: 'WebhookDelivery', id: string, status: string } }> } } | { __typename: 'WebhookDelivery', event: string, status: string, attempts: number, id: string } | null };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { __typename?: 'Mutation', createWebhook: { __typename?: 'CreatedWebhook', secret: string, webhook: { __typename?: 'Webhook', id: string, url: string, events: Array<string>, active: boolean } } };

export type DeleteWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookMutation = { __typename?: 'Mutation', deleteWebhook: boolean };

export type RedeliverMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RedeliverMutation = { __typename?: 'Mutation', redeliverWebhookDelivery: { __typename?: 'WebhookDelivery', id: string, status: string } };

export type WebhooksQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type WebhooksQuery = { __typename?: 'Query', book?: { __typename?: 'Book', webhooks: Array<{ __typename?: 'Webhook', id: string, url: string, events: Array<string>, active: boolean, disabledReason?: string | null, deliveries: { __typename?: 'WebhookDeliveryConnection', edges: Array<{ __typename?: 'WebhookDeliveryEdge', node: { __typename?: 'WebhookDelivery', id: string, event: string, eventId: string, sequence: number, status: string, attempts: number, lastAttemptAt?: string | null, responseStatus?: number | null, lastError?: string | null } }> } }> } | null };

export type RevokeKeyForWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeKeyForWebhookMutation = { __typename?: 'Mutation', revokeApiKey: boolean };

export type LiveWatchSubscriptionVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type LiveWatchSubscription = { __typename?: 'Subscription', transactionChanged: { __typename?: 'Transaction', number: string } };

export type CreateManyMutationVariables = Exact<{
  input: CreateTransactionsInput;
}>;


export type CreateManyMutation = { __typename?: 'Mutation', createTransactions: { __typename?: 'CreateTransactionsPayload', created: number, replayed: number, failed: number, results: Array<{ __typename?: 'CreateTransactionResult', index: number, error?: { __typename?: 'ItemError', code: string, message: string, field?: string | null } | null, transaction?: { __typename?: 'Transaction', id: string, number: string, gross: string, outstanding?: string | null, entries: Array<{ __typename?: 'Entry', sequence?: number | null }> } | null }> } };

export type WriteAllocateMutationVariables = Exact<{
  input: AllocateInput;
}>;


export type WriteAllocateMutation = { __typename?: 'Mutation', allocate: Array<{ __typename?: 'Allocation', id: string, amount: string }> };

export type WriteReverseMutationVariables = Exact<{
  input: RequestReversalInput;
}>;


export type WriteReverseMutation = { __typename?: 'Mutation', requestReversal: { __typename?: 'ReversalRequest', id: string, status: ReversalStatus } };

export type WriteUpdateLimitMutationVariables = Exact<{
  input: UpdateAccountInput;
}>;


export type WriteUpdateLimitMutation = { __typename?: 'Mutation', updateAccount: { __typename?: 'Account', code: string, limit: BalanceLimit } };

export type WriteCountQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type WriteCountQuery = { __typename?: 'Query', book?: { __typename?: 'Book', transactions: { __typename?: 'TransactionConnection', edges: Array<{ __typename?: 'TransactionEdge', node: { __typename?: 'Transaction', number: string } }> } } | null };

export type YearPeriodMutationVariables = Exact<{
  input: CreatePeriodInput;
}>;


export type YearPeriodMutation = { __typename?: 'Mutation', createPeriod: { __typename?: 'Period', id: string, name: string, status: PeriodStatus } };

export type YearReopenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type YearReopenMutation = { __typename?: 'Mutation', reopenPeriod: { __typename?: 'Period', id: string, name: string, status: PeriodStatus } };

export type YearClosePeriodMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type YearClosePeriodMutation = { __typename?: 'Mutation', closePeriod: { __typename?: 'Period', status: PeriodStatus } };

export type CloseYearMutationVariables = Exact<{
  input: CloseYearInput;
}>;


export type CloseYearMutation = { __typename?: 'Mutation', closeYear: { __typename?: 'Transaction', id: string, number: string, status: TransactionStatus, date: string, reference?: string | null, type: { __typename?: 'TransactionType', code: string }, lines: Array<{ __typename?: 'TransactionLine', lineNo: number, net: string, side?: Side | null, account?: { __typename?: 'Account', code: string } | null }>, entries: Array<{ __typename?: 'Entry', side: Side, amount: string, account: { __typename?: 'Account', code: string } }> } };

export type YearPeriodsQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type YearPeriodsQuery = { __typename?: 'Query', book?: { __typename?: 'Book', periods: Array<{ __typename?: 'Period', name: string, status: PeriodStatus }> } | null };

export type YearTrialBalanceQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type YearTrialBalanceQuery = { __typename?: 'Query', book?: { __typename?: 'Book', trialBalance: { __typename?: 'TrialBalance', totalDebits: string, totalCredits: string } } | null };

export type YearSettingsMutationVariables = Exact<{
  input: UpdateBookSettingsInput;
}>;


export type YearSettingsMutation = { __typename?: 'Mutation', updateBookSettings: { __typename?: 'Book', id: string, requirePeriods: boolean, reversalsRequireApproval: boolean } };

export type YearAuditQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
}>;


export type YearAuditQuery = { __typename?: 'Query', book?: { __typename?: 'Book', auditEvents: { __typename?: 'AuditEventConnection', edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', action: string, entityId: string, before?: unknown | null, after?: unknown | null, reason?: string | null } }> } } | null };

export type YearReverseMutationVariables = Exact<{
  input: RequestReversalInput;
}>;


export type YearReverseMutation = { __typename?: 'Mutation', requestReversal: { __typename?: 'ReversalRequest', id: string, status: ReversalStatus, reversal?: { __typename?: 'Transaction', id: string } | null } };

export type YearApproveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type YearApproveMutation = { __typename?: 'Mutation', approveReversal: { __typename?: 'ReversalRequest', status: ReversalStatus, reversal?: { __typename?: 'Transaction', id: string } | null } };

export type CreateStandardBookMutationVariables = Exact<{
  input: CreateBookInput;
}>;


export type CreateStandardBookMutation = { __typename?: 'Mutation', createBook: { __typename?: 'Book', id: string } };

export type AddAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type AddAccountMutation = { __typename?: 'Mutation', createAccount: { __typename?: 'Account', id: string, code: string } };

export type PostMutationVariables = Exact<{
  input: CreateTransactionInput;
}>;


export type PostMutation = { __typename?: 'Mutation', createTransaction: { __typename?: 'Transaction', id: string, number: string, status: TransactionStatus, currency: string, net: string, tax: string, gross: string, outstanding?: string | null, date: string, lines: Array<{ __typename?: 'TransactionLine', lineNo: number, net: string, tax: string, quantity?: string | null, taxCode?: { __typename?: 'TaxCode', code: string } | null, account?: { __typename?: 'Account', code: string } | null }>, entries: Array<{ __typename?: 'Entry', side: Side, amount: string, currency: string, status: TransactionStatus, sequence?: number | null, runningBalance?: string | null, account: { __typename?: 'Account', code: string } }> } };

export type AccountBalanceQueryVariables = Exact<{
  bookId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type AccountBalanceQuery = { __typename?: 'Query', book?: { __typename?: 'Book', account?: { __typename?: 'Account', code: string, version: number, balance: { __typename?: 'Balance', posted: string, pending: string, available: string, postedDebits: string, postedCredits: string, currency: string } } | null } | null };

export type AddUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AddUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string } };

export type AddKeyMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type AddKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'ApiKeyPayload', secret: string } };

export type AddMemberMutationVariables = Exact<{
  input: SetMembershipInput;
}>;


export type AddMemberMutation = { __typename?: 'Mutation', setMembership: { __typename?: 'Membership', role: Role } };

export type WhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoAmIQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string } };

export const ConfigTypeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConfigTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}},{"kind":"Field","name":{"kind":"Name","value":"updatesNominal"}},{"kind":"Field","name":{"kind":"Name","value":"taxable"}},{"kind":"Field","name":{"kind":"Name","value":"interAccount"}},{"kind":"Field","name":{"kind":"Name","value":"usesStock"}},{"kind":"Field","name":{"kind":"Name","value":"stockSide"}},{"kind":"Field","name":{"kind":"Name","value":"allocates"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"entryTemplates"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interLedger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readsFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controlAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultAnalysisAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ConfigTypeFieldsFragment, unknown>;
export const ImportFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"acme"},"name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"ACME","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posted"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"globex"},"name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"GLOBEX","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trialBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalDebits"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}}]}}]}}]}}]} as unknown as DocumentNode<ImportFiguresQuery, ImportFiguresQueryVariables>;
export const AllocateForAgingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateForAging"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<AllocateForAgingMutation, AllocateForAgingMutationVariables>;
export const ApproveForAgingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveForAging"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApproveForAgingMutation, ApproveForAgingMutationVariables>;
export const ReverseNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReverseNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReversalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReverseNowMutation, ReverseNowMutationVariables>;
export const AgedForReversalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgedForReversal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agedBalances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ledgerCode"},"value":{"kind":"StringValue","value":"SL","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amounts"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgedForReversalQuery, AgedForReversalQueryVariables>;
export const AgedBalancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgedBalances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledgerCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agedBalances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ledgerCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledgerCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"}},{"kind":"Field","name":{"kind":"Name","value":"totals"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amounts"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"1100","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgedBalancesQuery, AgedBalancesQueryVariables>;
export const AgedPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgedPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgedOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agedBalances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ledgerCode"},"value":{"kind":"StringValue","value":"SL","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amounts"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgedPageQuery, AgedPageQueryVariables>;
export const VerifyAuditChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenEventId"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const VerifySystemAuditChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifySystemAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifySystemAuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenEventId"}}]}}]}}]} as unknown as DocumentNode<VerifySystemAuditChainQuery, VerifySystemAuditChainQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const AuditUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuditUserMutation, AuditUserMutationVariables>;
export const AuditKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<AuditKeyMutation, AuditKeyMutationVariables>;
export const AuditMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AuditMemberMutation, AuditMemberMutationVariables>;
export const RaceAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RaceAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"below"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"above"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accountCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"below"},"value":{"kind":"Variable","name":{"kind":"Name","value":"below"}}},{"kind":"Argument","name":{"kind":"Name","value":"above"},"value":{"kind":"Variable","name":{"kind":"Name","value":"above"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RaceAlertSubscription, RaceAlertSubscriptionVariables>;
export const CreateCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"normalSide"}}]}}]}}]} as unknown as DocumentNode<CreateCategoryMutation, CreateCategoryMutationVariables>;
export const AddToCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddToCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addToCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddToCategoryMutation, AddToCategoryMutationVariables>;
export const RemoveFromCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveFromCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeFromCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveFromCategoryMutation, RemoveFromCategoryMutationVariables>;
export const CategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Categories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"normalSide"}},{"kind":"Field","name":{"kind":"Name","value":"allAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posted"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"postedDebits"}},{"kind":"Field","name":{"kind":"Name","value":"postedCredits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CategoriesQuery, CategoriesQueryVariables>;
export const CategoryViewerUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CategoryViewerUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CategoryViewerUserMutation, CategoryViewerUserMutationVariables>;
export const CategoryViewerKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CategoryViewerKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<CategoryViewerKeyMutation, CategoryViewerKeyMutationVariables>;
export const CategoryViewerRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CategoryViewerRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CategoryViewerRoleMutation, CategoryViewerRoleMutationVariables>;
export const ConfigCreateBookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigCreateBook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConfigCreateBookMutation, ConfigCreateBookMutationVariables>;
export const ConfigCreateLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigCreateLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLedgerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"updatesNominal"}},{"kind":"Field","name":{"kind":"Name","value":"taxArea"}},{"kind":"Field","name":{"kind":"Name","value":"controlAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"isControlAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultAnalysisAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConfigCreateLedgerMutation, ConfigCreateLedgerMutationVariables>;
export const ConfigCreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigCreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"normalSide"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"isControlAccount"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controlAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConfigCreateAccountMutation, ConfigCreateAccountMutationVariables>;
export const ConfigUpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigUpdateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"controlAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConfigUpdateAccountMutation, ConfigUpdateAccountMutationVariables>;
export const ConfigCreateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigCreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}}]} as unknown as DocumentNode<ConfigCreateUnitMutation, ConfigCreateUnitMutationVariables>;
export const ConfigCreateTaxCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigCreateTaxCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaxCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTaxCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ConfigCreateTaxCodeMutation, ConfigCreateTaxCodeMutationVariables>;
export const ConfigCreatePeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigCreatePeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConfigCreatePeriodMutation, ConfigCreatePeriodMutationVariables>;
export const ConfigClosePeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigClosePeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConfigClosePeriodMutation, ConfigClosePeriodMutationVariables>;
export const ConfigCreateTransactionTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigCreateTransactionType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTransactionTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTransactionType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConfigTypeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConfigTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}},{"kind":"Field","name":{"kind":"Name","value":"updatesNominal"}},{"kind":"Field","name":{"kind":"Name","value":"taxable"}},{"kind":"Field","name":{"kind":"Name","value":"interAccount"}},{"kind":"Field","name":{"kind":"Name","value":"usesStock"}},{"kind":"Field","name":{"kind":"Name","value":"stockSide"}},{"kind":"Field","name":{"kind":"Name","value":"allocates"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"entryTemplates"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interLedger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readsFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controlAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultAnalysisAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ConfigCreateTransactionTypeMutation, ConfigCreateTransactionTypeMutationVariables>;
export const ConfigUpdateTransactionTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigUpdateTransactionType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTransactionTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTransactionType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConfigTypeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConfigTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}},{"kind":"Field","name":{"kind":"Name","value":"updatesNominal"}},{"kind":"Field","name":{"kind":"Name","value":"taxable"}},{"kind":"Field","name":{"kind":"Name","value":"interAccount"}},{"kind":"Field","name":{"kind":"Name","value":"usesStock"}},{"kind":"Field","name":{"kind":"Name","value":"stockSide"}},{"kind":"Field","name":{"kind":"Name","value":"allocates"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"entryTemplates"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interLedger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readsFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controlAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultAnalysisAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ConfigUpdateTransactionTypeMutation, ConfigUpdateTransactionTypeMutationVariables>;
export const ConfigReadBookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConfigReadBook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"updatesNominal"}},{"kind":"Field","name":{"kind":"Name","value":"taxArea"}},{"kind":"Field","name":{"kind":"Name","value":"controlAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultAnalysisAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactionTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sales"},"name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"SL","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"missingLedger"},"name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"NOPE","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bank"},"name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"BANK1","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controlAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"isControlAccount"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"debtors"},"name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"1100","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"isControlAccount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"sales4000"},"name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"4000","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"isControlAccount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"missingAccount"},"name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"NOPE","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactionTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConfigTypeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConfigTypeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}},{"kind":"Field","name":{"kind":"Name","value":"updatesNominal"}},{"kind":"Field","name":{"kind":"Name","value":"taxable"}},{"kind":"Field","name":{"kind":"Name","value":"interAccount"}},{"kind":"Field","name":{"kind":"Name","value":"usesStock"}},{"kind":"Field","name":{"kind":"Name","value":"stockSide"}},{"kind":"Field","name":{"kind":"Name","value":"allocates"}},{"kind":"Field","name":{"kind":"Name","value":"requiresApproval"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"entryTemplates"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interLedger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readsFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controlAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultAnalysisAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ConfigReadBookQuery, ConfigReadBookQueryVariables>;
export const ConfigAccountPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConfigAccountPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledgerCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"ledgerCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledgerCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConfigAccountPageQuery, ConfigAccountPageQueryVariables>;
export const ConfigCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConfigCreateUserMutation, ConfigCreateUserMutationVariables>;
export const ConfigCreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigCreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<ConfigCreateApiKeyMutation, ConfigCreateApiKeyMutationVariables>;
export const ConfigSetMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfigSetMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ConfigSetMembershipMutation, ConfigSetMembershipMutationVariables>;
export const PropSetRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PropSetRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetExchangeRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setExchangeRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]} as unknown as DocumentNode<PropSetRateMutation, PropSetRateMutationVariables>;
export const PropSetControlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PropSetControl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetLedgerControlAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLedgerControlAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PropSetControlMutation, PropSetControlMutationVariables>;
export const PropLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PropLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"SL","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PropLedgerQuery, PropLedgerQueryVariables>;
export const PropTaxCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PropTaxCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaxCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTaxCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<PropTaxCodeMutation, PropTaxCodeMutationVariables>;
export const FxSetRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FxSetRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetExchangeRateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setExchangeRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]} as unknown as DocumentNode<FxSetRateMutation, FxSetRateMutationVariables>;
export const FxSetControlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FxSetControl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetLedgerControlAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLedgerControlAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"controlAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FxSetControlMutation, FxSetControlMutationVariables>;
export const FxPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FxPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"gross"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmount"}}]}}]}}]}}]} as unknown as DocumentNode<FxPostMutation, FxPostMutationVariables>;
export const FxLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FxLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"SL","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"ACMEEU","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"controlAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FxLedgerQuery, FxLedgerQueryVariables>;
export const FxRatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FxRates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exchangeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exchangeRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"StringValue","value":"EUR","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"none"},"name":{"kind":"Name","value":"exchangeRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"StringValue","value":"EUR","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2026-02-28","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<FxRatesQuery, FxRatesQueryVariables>;
export const FxReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FxReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"eur"},"name":{"kind":"Name","value":"trialBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"StringValue","value":"EUR","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"totalDebits"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"baseTotalDebits"}},{"kind":"Field","name":{"kind":"Name","value":"baseTotalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"base"},"name":{"kind":"Name","value":"baseTrialBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"totalDebits"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controlAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerTotal"}},{"kind":"Field","name":{"kind":"Name","value":"controlBalance"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}}]}}]}}]}}]} as unknown as DocumentNode<FxReportsQuery, FxReportsQueryVariables>;
export const FxReverseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FxReverse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReversalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"baseAmount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FxReverseMutation, FxReverseMutationVariables>;
export const FxTaxCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FxTaxCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaxCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTaxCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<FxTaxCodeMutation, FxTaxCodeMutationVariables>;
export const FxTransactionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FxTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"accountCode"},"value":{"kind":"StringValue","value":"ACMEEU","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FxTransactionsQuery, FxTransactionsQueryVariables>;
export const FxAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FxAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FxAuditQuery, FxAuditQueryVariables>;
export const IntegrityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Integrity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrityReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"violations"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IntegrityQuery, IntegrityQueryVariables>;
export const ReverseForIntegrityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReverseForIntegrity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReversalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReverseForIntegrityMutation, ReverseForIntegrityMutationVariables>;
export const ApproveForIntegrityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveForIntegrity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApproveForIntegrityMutation, ApproveForIntegrityMutationVariables>;
export const KeysNewUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeysNewUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<KeysNewUserMutation, KeysNewUserMutationVariables>;
export const KeysNewKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeysNewKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<KeysNewKeyMutation, KeysNewKeyMutationVariables>;
export const KeysRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeysRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<KeysRevokeMutation, KeysRevokeMutationVariables>;
export const KeysMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeysMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<KeysMineQuery, KeysMineQueryVariables>;
export const KeysOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeysOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KeysOfQuery, KeysOfQueryVariables>;
export const KeysBookAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeysBookAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<KeysBookAuditQuery, KeysBookAuditQueryVariables>;
export const KeysSystemAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeysSystemAudit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemAuditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KeysSystemAuditQuery, KeysSystemAuditQueryVariables>;
export const KeysRequestReversalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeysRequestReversal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReversalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<KeysRequestReversalMutation, KeysRequestReversalMutationVariables>;
export const KeysApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KeysApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<KeysApproveMutation, KeysApproveMutationVariables>;
export const KeysMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeysMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<KeysMeQuery, KeysMeQueryVariables>;
export const ReconcileRollupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReconcileRollups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controlAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerTotal"}},{"kind":"Field","name":{"kind":"Name","value":"controlBalance"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}}]}}]}}]}}]} as unknown as DocumentNode<ReconcileRollupsQuery, ReconcileRollupsQueryVariables>;
export const PostPendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostPending"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"runningBalance"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PostPendingMutation, PostPendingMutationVariables>;
export const VoidPendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoidPending"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}}]}}]}}]}}]} as unknown as DocumentNode<VoidPendingMutation, VoidPendingMutationVariables>;
export const AllocateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Allocate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"released"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]}}]} as unknown as DocumentNode<AllocateMutation, AllocateMutationVariables>;
export const TransactionViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransactionView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gross"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"released"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversalOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"tax"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransactionViewQuery, TransactionViewQueryVariables>;
export const OpenItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenItemsQuery, OpenItemsQueryVariables>;
export const RequestReversalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestReversal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReversalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reversalOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestReversalMutation, RequestReversalMutationVariables>;
export const ApproveReversalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveReversal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveReversalMutation, ApproveReversalMutationVariables>;
export const RejectReversalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectReversal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RejectReversalMutation, RejectReversalMutationVariables>;
export const AnyNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnyNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnyNodeQuery, AnyNodeQueryVariables>;
export const ClosePeriodNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosePeriodNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ClosePeriodNowMutation, ClosePeriodNowMutationVariables>;
export const OpenPeriodNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenPeriodNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenPeriodNowMutation, OpenPeriodNowMutationVariables>;
export const AccountThenPostingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountThenPostings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"ledgerCode"},"value":{"kind":"StringValue","value":"SL","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"HOOLI","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Hooli","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"CUSTOMER"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posted"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"createTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"typeCode"},"value":{"kind":"StringValue","value":"SI","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"accountCode"},"value":{"kind":"StringValue","value":"HOOLI","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2026-04-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"lines"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"net"},"value":{"kind":"StringValue","value":"10.00","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"taxCode"},"value":{"kind":"StringValue","value":"Z","block":false}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posted"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"createTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"typeCode"},"value":{"kind":"StringValue","value":"SI","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"accountCode"},"value":{"kind":"StringValue","value":"HOOLI","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2026-04-02","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"lines"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"net"},"value":{"kind":"StringValue","value":"5.00","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"taxCode"},"value":{"kind":"StringValue","value":"Z","block":false}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountThenPostingsMutation, AccountThenPostingsMutationVariables>;
export const NewIncomeCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewIncomeCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"create"},"name":{"kind":"Name","value":"createCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Income","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"currency"},"value":{"kind":"StringValue","value":"GBP","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"normalSide"},"value":{"kind":"EnumValue","value":"CREDIT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NewIncomeCategoryMutation, NewIncomeCategoryMutationVariables>;
export const AddTwoMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddTwoMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sales"},"name":{"kind":"Name","value":"addToCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"categoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"accountCode"},"value":{"kind":"StringValue","value":"4000","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"other"},"name":{"kind":"Name","value":"addToCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"categoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"accountCode"},"value":{"kind":"StringValue","value":"4900","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AddTwoMembersMutation, AddTwoMembersMutationVariables>;
export const RaceAddTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceAddType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTransactionTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTransactionType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RaceAddTypeMutation, RaceAddTypeMutationVariables>;
export const RaceFulfilmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RaceFulfilment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fulfilledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fulfilled"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RaceFulfilmentQuery, RaceFulfilmentQueryVariables>;
export const OrdersAddTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersAddType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTransactionTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTransactionType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}},{"kind":"Field","name":{"kind":"Name","value":"usesStock"}}]}}]}}]} as unknown as DocumentNode<OrdersAddTypeMutation, OrdersAddTypeMutationVariables>;
export const OrderFulfilmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderFulfilment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fulfilment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ordered"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilled"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderFulfilmentQuery, OrderFulfilmentQueryVariables>;
export const OrdersStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockOnHand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]} as unknown as DocumentNode<OrdersStockQuery, OrdersStockQueryVariables>;
export const OrdersReverseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrdersReverse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReversalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrdersReverseMutation, OrdersReverseMutationVariables>;
export const OutboxPostPendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutboxPostPending"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OutboxPostPendingMutation, OutboxPostPendingMutationVariables>;
export const OutboxVoidPendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutboxVoidPending"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OutboxVoidPendingMutation, OutboxVoidPendingMutationVariables>;
export const OutboxReverseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutboxReverse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReversalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OutboxReverseMutation, OutboxReverseMutationVariables>;
export const OutboxAllocateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutboxAllocate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OutboxAllocateMutation, OutboxAllocateMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"book"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CreateBookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateBookMutation, CreateBookMutationVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const SetMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"book"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SetMembershipMutation, SetMembershipMutationVariables>;
export const BookByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BookByIdQuery, BookByIdQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Book"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const BooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Books"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"books"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BooksQuery, BooksQueryVariables>;
export const CreatePeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePeriods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"yearStart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"basis"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodBasis"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}},{"kind":"Argument","name":{"kind":"Name","value":"yearStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"yearStart"}}},{"kind":"Argument","name":{"kind":"Name","value":"basis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"basis"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreatePeriodsMutation, CreatePeriodsMutationVariables>;
export const PeriodsByBasisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeriodsByBasis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PeriodsByBasisQuery, PeriodsByBasisQueryVariables>;
export const PostTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"tax"}},{"kind":"Field","name":{"kind":"Name","value":"gross"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"tax"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"side"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PostTypeMutation, PostTypeMutationVariables>;
export const TransactionByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransactionById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransactionByIdQuery, TransactionByIdQueryVariables>;
export const CreateTypeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTransactionTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTransactionType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"template"}}]}}]}}]} as unknown as DocumentNode<CreateTypeMutation, CreateTypeMutationVariables>;
export const CountTransactionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"gross"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"tax"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"runningBalance"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountTransactionsQuery, CountTransactionsQueryVariables>;
export const CountAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ledgerCode"},"value":{"kind":"StringValue","value":"SL","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"controlAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","alias":{"kind":"Name","value":"now"},"name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posted"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"then"},"name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2026-01-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posted"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openingBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2026-02-01","block":false}}]}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountAccountsQuery, CountAccountsQueryVariables>;
export const CountReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"1100","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closing"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runningBalance"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trialBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agedBalances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ledgerCode"},"value":{"kind":"StringValue","value":"SL","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2026-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controlAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"difference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2026-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2026-12-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"net"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posted"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"then"},"name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"StringValue","value":"2026-01-31","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountReportsQuery, CountReportsQueryVariables>;
export const CountCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CountCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CountCategoryMutation, CountCategoryMutationVariables>;
export const CountAddToCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CountAddToCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addToCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CountAddToCategoryMutation, CountAddToCategoryMutationVariables>;
export const RateLimitCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RateLimitCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RateLimitCountQuery, RateLimitCountQueryVariables>;
export const LatePayersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatePayers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windowDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latePayers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"windowDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windowDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueItems"}},{"kind":"Field","name":{"kind":"Name","value":"averageDaysToPay"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"settlements"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LatePayersQuery, LatePayersQueryVariables>;
export const ReceivablesForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceivablesForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivablesForecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"weeks"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weeks"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"items"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"items"}}]}},{"kind":"Field","name":{"kind":"Name","value":"later"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"items"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReceivablesForecastQuery, ReceivablesForecastQueryVariables>;
export const ReportTrialBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportTrialBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trialBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"totalDebits"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportTrialBalanceQuery, ReportTrialBalanceQueryVariables>;
export const ReportStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"opening"}},{"kind":"Field","name":{"kind":"Name","value":"closing"}},{"kind":"Field","name":{"kind":"Name","value":"debits"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"debit"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"runningBalance"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"controlEquation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opening"}},{"kind":"Field","name":{"kind":"Name","value":"movements"}},{"kind":"Field","name":{"kind":"Name","value":"settlements"}},{"kind":"Field","name":{"kind":"Name","value":"closing"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportStatementQuery, ReportStatementQueryVariables>;
export const ReportReconciliationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportReconciliation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controlAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledgerTotal"}},{"kind":"Field","name":{"kind":"Name","value":"controlBalance"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<ReportReconciliationQuery, ReportReconciliationQueryVariables>;
export const ReportTaxSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportTaxSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"area"}}]}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"tax"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<ReportTaxSummaryQuery, ReportTaxSummaryQueryVariables>;
export const ReportTransactionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportTransactions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TransactionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportTransactionsQuery, ReportTransactionsQueryVariables>;
export const ReportEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"runningBalance"}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportEntriesQuery, ReportEntriesQueryVariables>;
export const ReportBalanceAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportBalanceAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportBalanceAsOfQuery, ReportBalanceAsOfQueryVariables>;
export const ReportCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportCreateUserMutation, ReportCreateUserMutationVariables>;
export const ReportCreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportCreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<ReportCreateApiKeyMutation, ReportCreateApiKeyMutationVariables>;
export const RetirementConfigDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetirementConfig"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]}}]} as unknown as DocumentNode<RetirementConfigQuery, RetirementConfigQueryVariables>;
export const UpdateLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLedgerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateLedgerMutation, UpdateLedgerMutationVariables>;
export const UpdateTaxCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTaxCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaxCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTaxCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]} as unknown as DocumentNode<UpdateTaxCodeMutation, UpdateTaxCodeMutationVariables>;
export const CloseAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CloseAccountMutation, CloseAccountMutationVariables>;
export const ReopenAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}}]}}]} as unknown as DocumentNode<ReopenAccountMutation, ReopenAccountMutationVariables>;
export const ReverseRetiredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReverseRetired"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReversalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReverseRetiredMutation, ReverseRetiredMutationVariables>;
export const RetirementAccountIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetirementAccountId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RetirementAccountIdQuery, RetirementAccountIdQueryVariables>;
export const RetirementAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetirementAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RetirementAuditQuery, RetirementAuditQueryVariables>;
export const CreateTemplateBookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTemplateBook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"baseCurrency"}}]}}]}}]} as unknown as DocumentNode<CreateTemplateBookMutation, CreateTemplateBookMutationVariables>;
export const StandardBookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StandardBook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"updatesNominal"}},{"kind":"Field","name":{"kind":"Name","value":"taxArea"}},{"kind":"Field","name":{"kind":"Name","value":"controlAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"isControlAccount"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultAnalysisAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"isControlAccount"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactionTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"isControlAccount"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controlAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"isControlAccount"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactionTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}},{"kind":"Field","name":{"kind":"Name","value":"updatesNominal"}},{"kind":"Field","name":{"kind":"Name","value":"taxable"}},{"kind":"Field","name":{"kind":"Name","value":"interAccount"}},{"kind":"Field","name":{"kind":"Name","value":"usesStock"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"taxArea"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interLedger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readsFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"posting"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controlAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"isControlAccount"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultAnalysisAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"isControlAccount"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"isControlAccount"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StandardBookQuery, StandardBookQueryVariables>;
export const StandardAddCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StandardAddCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"normalSide"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"controlAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StandardAddCustomerMutation, StandardAddCustomerMutationVariables>;
export const StockOnHandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockOnHand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockOnHand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]} as unknown as DocumentNode<StockOnHandQuery, StockOnHandQueryVariables>;
export const ItemBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posted"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ItemBalanceQuery, ItemBalanceQueryVariables>;
export const AccessWatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AccessWatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactionChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<AccessWatchSubscription, AccessWatchSubscriptionVariables>;
export const AccessSomeoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSomeone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccessSomeoneMutation, AccessSomeoneMutationVariables>;
export const AccessKeyForDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessKeyFor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<AccessKeyForMutation, AccessKeyForMutationVariables>;
export const AccessRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<AccessRevokeMutation, AccessRevokeMutationVariables>;
export const BalanceChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BalanceChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountCodes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accountCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountCodes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posted"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<BalanceChangedSubscription, BalanceChangedSubscriptionVariables>;
export const BalanceAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BalanceAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"below"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"above"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balanceAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accountCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"below"},"value":{"kind":"Variable","name":{"kind":"Name","value":"below"}}},{"kind":"Argument","name":{"kind":"Name","value":"above"},"value":{"kind":"Variable","name":{"kind":"Name","value":"above"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<BalanceAlertSubscription, BalanceAlertSubscriptionVariables>;
export const RevokeSubscriberKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSubscriberKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevokeSubscriberKeyMutation, RevokeSubscriberKeyMutationVariables>;
export const TransactionChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TransactionChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledgerCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactionChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}},{"kind":"Argument","name":{"kind":"Name","value":"ledgerCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledgerCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gross"}}]}}]}}]} as unknown as DocumentNode<TransactionChangedSubscription, TransactionChangedSubscriptionVariables>;
export const CreateNodeWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNodeWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateNodeWebhookMutation, CreateNodeWebhookMutationVariables>;
export const DeleteNodeWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteNodeWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteNodeWebhookMutation, DeleteNodeWebhookMutationVariables>;
export const WebhookNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookNodeQuery, WebhookNodeQueryVariables>;
export const CreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const DeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const RedeliverDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Redeliver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RedeliverMutation, RedeliverMutationVariables>;
export const WebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const RevokeKeyForWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeKeyForWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevokeKeyForWebhookMutation, RevokeKeyForWebhookMutationVariables>;
export const LiveWatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveWatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactionChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<LiveWatchSubscription, LiveWatchSubscriptionVariables>;
export const CreateManyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTransactionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTransactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transaction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"gross"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateManyMutation, CreateManyMutationVariables>;
export const WriteAllocateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteAllocate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]} as unknown as DocumentNode<WriteAllocateMutation, WriteAllocateMutationVariables>;
export const WriteReverseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteReverse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReversalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WriteReverseMutation, WriteReverseMutationVariables>;
export const WriteUpdateLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteUpdateLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}}]}}]} as unknown as DocumentNode<WriteUpdateLimitMutation, WriteUpdateLimitMutationVariables>;
export const WriteCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WriteCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WriteCountQuery, WriteCountQueryVariables>;
export const YearPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YearPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<YearPeriodMutation, YearPeriodMutationVariables>;
export const YearReopenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YearReopen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<YearReopenMutation, YearReopenMutationVariables>;
export const YearClosePeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YearClosePeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<YearClosePeriodMutation, YearClosePeriodMutationVariables>;
export const CloseYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseYearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<CloseYearMutation, CloseYearMutationVariables>;
export const YearPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YearPeriods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<YearPeriodsQuery, YearPeriodsQueryVariables>;
export const YearTrialBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YearTrialBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trialBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalDebits"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}}]}}]}}]}}]} as unknown as DocumentNode<YearTrialBalanceQuery, YearTrialBalanceQueryVariables>;
export const YearSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YearSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBookSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBookSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requirePeriods"}},{"kind":"Field","name":{"kind":"Name","value":"reversalsRequireApproval"}}]}}]}}]} as unknown as DocumentNode<YearSettingsMutation, YearSettingsMutationVariables>;
export const YearAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YearAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<YearAuditQuery, YearAuditQueryVariables>;
export const YearReverseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YearReverse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestReversalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<YearReverseMutation, YearReverseMutationVariables>;
export const YearApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"YearApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveReversal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reversal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<YearApproveMutation, YearApproveMutationVariables>;
export const CreateStandardBookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStandardBook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateStandardBookMutation, CreateStandardBookMutationVariables>;
export const AddAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AddAccountMutation, AddAccountMutationVariables>;
export const PostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Post"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"tax"}},{"kind":"Field","name":{"kind":"Name","value":"gross"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineNo"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"tax"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"taxCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"runningBalance"}}]}}]}}]}}]} as unknown as DocumentNode<PostMutation, PostMutationVariables>;
export const AccountBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"book"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bookId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posted"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"postedDebits"}},{"kind":"Field","name":{"kind":"Name","value":"postedCredits"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountBalanceQuery, AccountBalanceQueryVariables>;
export const AddUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddUserMutation, AddUserMutationVariables>;
export const AddKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<AddKeyMutation, AddKeyMutationVariables>;
export const AddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AddMemberMutation, AddMemberMutationVariables>;
export const WhoAmIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WhoAmIQuery, WhoAmIQueryVariables>;