// Plain domain types mirroring prisma/schema.prisma, so the posting interpreter and the
// balance maths stay pure: the service layer loads rows and maps them onto these.

export type Side = 'DEBIT' | 'CREDIT';
export type AccountType =
  | 'ASSET' | 'LIABILITY' | 'EQUITY' | 'INCOME' | 'EXPENSE'
  | 'CUSTOMER' | 'SUPPLIER' | 'BANK' | 'CASH' | 'CLIENT' | 'STOCK_ITEM' | 'OTHER';
export type LedgerKind = 'NOMINAL' | 'SALES' | 'PURCHASES' | 'CASHBOOK' | 'CLIENT' | 'STOCK' | 'CUSTOM';
export type BalanceLimit = 'NONE' | 'NO_DEBIT_BALANCE' | 'NO_CREDIT_BALANCE';
export type TransactionStatus = 'RECORDED' | 'PENDING' | 'POSTED' | 'VOIDED';
export type PostingTemplate = 'STANDARD' | 'JOURNAL' | 'CUSTOM';
export type TaxArea = 'NONE' | 'SALES' | 'PURCHASES';

export const opposite = (side: Side): Side => (side === 'DEBIT' ? 'CREDIT' : 'DEBIT');

/** An account as the interpreter needs it; `controlAccountId` is already resolved. */
export interface AccountRef {
  id: string;
  code: string;
  ledgerId: string;
  ledgerKind: LedgerKind;
  type: AccountType;
  /** ISO 4217 code, or the unit code of a stock item */
  currency: string;
  /** minor-unit digits of `currency` (a unit's decimals for stock items) */
  digits: number;
  normalSide: Side;
  limit: BalanceLimit;
  /** the account's own override, else its ledger's control account, else null */
  controlAccountId: string | null;
  /** some ledger or account names this nominal account as its control account */
  isControl: boolean;
  /** closed (closeAccount): it takes no new postings */
  closed?: boolean;
  /** its ledger is archived: it takes no new postings */
  ledgerArchived?: boolean;
}

export interface TaxCodeRef {
  id: string;
  code: string;
  /** percent as an exact decimal string: "20" is 20%, "17.5" is 17.5% */
  rate: string;
  area: TaxArea;
  accountId: string;
  /** archived: no new line may use it */
  archived?: boolean;
}

/** One CUSTOM entry template as stored (CEL source text per field). */
export interface EntryTemplate {
  account: string;
  side: string;
  amount: string;
  when?: string;
}

/** A TransactionTypeVersion's flags plus the ledger facts the interpreter reads. */
export interface TypeVersion {
  id: string;
  typeId: string;
  version: number;
  name: string;
  ledgerId: string;
  ledgerKind: LedgerKind;
  ledgerTaxArea: TaxArea;
  direction: Side;
  posting: boolean;
  updatesNominal: boolean;
  taxable: boolean;
  interLedgerId: string | null;
  interAccount: boolean;
  usesStock: boolean;
  /** the side stock items take (receipt DEBIT, dispatch CREDIT); required when usesStock */
  stockSide: Side | null;
  allocates: boolean;
  readsFromIds: string[];
  requiresApproval: boolean;
  template: PostingTemplate;
  /** the type's override, else the ledger default, else null */
  controlAccountId: string | null;
  /** the type's override, else the ledger default, else null */
  defaultAnalysisAccountId: string | null;
  /** CUSTOM only: the stored templates (compiled with compileEntryTemplates) */
  entryTemplates: EntryTemplate[] | null;
  /** the type's ledger is archived: nothing new is recorded in it */
  ledgerArchived?: boolean;
}
