// Pure checks for a book's configuration: codes, ledgers, accounts, transaction types,
// tax codes, units and periods. Each refuses bad input with a DomainError naming the
// field, the value and what is allowed; the services call them before writing anything.
// The rules are those of docs/templates.md and ../shared/design/model.md.

import { isoCurrencyDigits } from './currency.ts';
import { DomainError } from './errors.ts';
import { AmountFormatError, formatAmount, parseAmount } from './money.ts';

import { opposite, type AccountType, type BalanceLimit, type LedgerKind, type PostingTemplate, type Side, type TaxArea } from './types.ts';

export { opposite };
export type { AccountType, BalanceLimit, LedgerKind, PostingTemplate, Side, TaxArea };
export type PeriodStatus = 'OPEN' | 'CLOSED';

const badInput = (field: string, message: string, details: Record<string, unknown> = {}) =>
  new DomainError('BAD_USER_INPUT', message, { field, ...details });

const list = (items: readonly string[]) => items.join(', ');


// ---------------------------------------------------------------------------- codes

/** Letters, digits, '-', '_' and '.': safe in URLs, file names and document numbers. */
const CODE = /^[A-Za-z0-9._-]{1,32}$/;

/** Trims a code and checks its shape; codes are case-sensitive, so nothing else changes. */
export function normaliseCode(field: string, raw: string): string {
  const code = raw.trim();
  if (!CODE.test(code)) {
    throw badInput(
      field,
      `${field} "${raw}" is not a valid code: use 1 to 32 letters, digits, "-", "_" or "." (no spaces)`,
      { value: raw },
    );
  }
  return code;
}

/** Codes are unique within the book for each kind of thing (ledgers, accounts, types, tax codes, units). */
export function checkCodeIsNew(field: string, code: string, existingCodes: Iterable<string>): void {
  for (const existing of existingCodes) {
    if (existing === code) {
      throw badInput(field, `${field} "${code}" is already used in this book: choose another code`, {
        value: code,
      });
    }
  }
}

// ---------------------------------------------------------------------------- accounts

const NOMINAL_TYPES: readonly AccountType[] = ['ASSET', 'LIABILITY', 'EQUITY', 'INCOME', 'EXPENSE'];
const ALL_TYPES: readonly AccountType[] = [...NOMINAL_TYPES, 'CUSTOMER', 'SUPPLIER', 'BANK', 'CASH', 'CLIENT', 'STOCK_ITEM', 'OTHER'];

/** The account types each ledger kind holds; CUSTOM ledgers hold anything. */
export const ACCOUNT_TYPES_BY_LEDGER_KIND: Readonly<Record<LedgerKind, readonly AccountType[]>> = {
  NOMINAL: NOMINAL_TYPES,
  SALES: ['CUSTOMER'],
  PURCHASES: ['SUPPLIER'],
  CASHBOOK: ['BANK', 'CASH'],
  // client money sits in its own bank account, kept apart from the business's
  CLIENT: ['CLIENT', 'BANK', 'CASH'],
  STOCK: ['STOCK_ITEM'],
  CUSTOM: ALL_TYPES,
};

export function checkAccountTypeFitsLedger(type: AccountType, kind: LedgerKind): void {
  const allowed = ACCOUNT_TYPES_BY_LEDGER_KIND[kind];
  if (!allowed.includes(type)) {
    throw badInput('type', `type ${type} does not belong in a ${kind} ledger: it holds ${list(allowed)}`, {
      value: type,
      ledgerKind: kind,
    });
  }
}

const DEBIT_TYPES: readonly AccountType[] = ['ASSET', 'EXPENSE', 'CUSTOMER', 'BANK', 'CASH', 'STOCK_ITEM'];

/** Assets and what is owed to the business are debit balances; what it owes is credit. */
export function defaultNormalSide(type: AccountType): Side {
  return DEBIT_TYPES.includes(type) ? 'DEBIT' : 'CREDIT';
}

/**
 * Client money may never be overdrawn, so a client account always refuses a debit balance.
 * A stock item refuses going below zero unless its limit says otherwise (`NONE` lets it go
 * negative): by default it refuses the side opposite its normal side.
 */
export function resolveBalanceLimit(type: AccountType, limit: BalanceLimit | undefined, normalSide?: Side): BalanceLimit {
  if (type === 'STOCK_ITEM' && limit === undefined) return (normalSide ?? defaultNormalSide(type)) === 'DEBIT' ? 'NO_CREDIT_BALANCE' : 'NO_DEBIT_BALANCE';
  if (type !== 'CLIENT') return limit ?? 'NONE';
  if (limit !== undefined && limit !== 'NO_DEBIT_BALANCE') {
    throw badInput('limit', `limit ${limit} is not allowed on a CLIENT account: client money may never be overdrawn, so it must be NO_DEBIT_BALANCE`, {
      value: limit,
    });
  }
  return 'NO_DEBIT_BALANCE';
}

// ---------------------------------------------------------------------------- currencies and units

export interface BookUnit {
  code: string;
  decimals: number;
}

export interface ResolvedCurrency {
  code: string;
  /** decimal places of amounts (minor-unit digits of a currency, or a unit's decimals) */
  digits: number;
  /** true when the code is one of the book's stock units rather than a currency */
  isUnit: boolean;
}

/** The largest number of decimal places a stock unit may have (grams of a tonne and the like). */
export const MAX_UNIT_DECIMALS = 6;

/** A book's base currency must be an ISO 4217 code such as GBP. */
export function checkBaseCurrency(raw: string): ResolvedCurrency {
  const code = raw.trim();
  const digits = isoCurrencyDigits(code);
  if (digits === undefined) {
    throw badInput('baseCurrency', `baseCurrency "${raw}" is not an ISO 4217 currency code such as GBP, EUR or JPY`, {
      value: raw,
    });
  }
  return { code, digits, isUnit: false };
}

/**
 * An account's currency: an ISO 4217 code, or one of the book's units for stock quantities.
 * Without one, the book's base currency.
 */
export function resolveCurrency(
  raw: string | undefined,
  baseCurrency: string,
  bookUnits: readonly BookUnit[],
): ResolvedCurrency {
  if (raw === undefined) return checkBaseCurrency(baseCurrency);
  const code = raw.trim();
  const unit = bookUnits.find((u) => u.code === code);
  if (unit) return { code, digits: unit.decimals, isUnit: true };
  const digits = isoCurrencyDigits(code);
  if (digits !== undefined) return { code, digits, isUnit: false };
  const units = bookUnits.length > 0 ? ` or one of this book's units (${list(bookUnits.map((u) => u.code))})` : '';
  throw badInput('currency', `currency "${raw}" is neither an ISO 4217 currency code (such as GBP, EUR, JPY)${units}`, {
    value: raw,
  });
}

/** Stock items count in units; every other account holds money. */
export function checkCurrencyFitsAccountType(type: AccountType, currency: ResolvedCurrency): void {
  if (type === 'STOCK_ITEM' && !currency.isUnit) {
    throw badInput('currency', `currency "${currency.code}" is not a unit: a STOCK_ITEM account counts quantities, so give one of the book's units (e.g. EA)`, {
      value: currency.code,
    });
  }
  if (type !== 'STOCK_ITEM' && type !== 'OTHER' && currency.isUnit) {
    throw badInput('currency', `currency "${currency.code}" is a stock unit: a ${type} account holds money, so give an ISO 4217 currency code`, {
      value: currency.code,
    });
  }
}

/** A unit's code must not shadow a currency, and its decimals fit a bigint of minor units. */
export function checkUnit(unit: BookUnit): BookUnit {
  const code = normaliseCode('code', unit.code);
  if (isoCurrencyDigits(code) !== undefined) {
    throw badInput('code', `code "${code}" is an ISO 4217 currency code: choose another code for the unit (e.g. EA, KG)`, {
      value: unit.code,
    });
  }
  if (!Number.isInteger(unit.decimals) || unit.decimals < 0 || unit.decimals > MAX_UNIT_DECIMALS) {
    throw badInput('decimals', `decimals ${unit.decimals} is not allowed: a unit has a whole number of decimal places from 0 to ${MAX_UNIT_DECIMALS}`, {
      value: unit.decimals,
    });
  }
  return { code, decimals: unit.decimals };
}

// ---------------------------------------------------------------------------- control accounts

/** What the checks need to know about an account another row points at. */
export interface AccountFacts {
  code: string;
  ledgerKind: LedgerKind;
  /** true when it already serves as some ledger's or account's control account */
  isControl?: boolean;
}

/** A control account mirrors a subsidiary ledger in the nominal ledger, so it must be nominal. */
export function checkControlAccount(account: AccountFacts, field = 'controlAccountCode'): void {
  if (account.ledgerKind !== 'NOMINAL') {
    throw badInput(field, `${field} "${account.code}" is in a ${account.ledgerKind} ledger: a control account must be a NOMINAL account`, {
      value: account.code,
    });
  }
}

/** Analysis and tax accounts are nominal, and never a control account (only its ledger moves it). */
export function checkPostingNominalAccount(account: AccountFacts, field: string): void {
  if (account.ledgerKind !== 'NOMINAL') {
    throw badInput(field, `${field} "${account.code}" is in a ${account.ledgerKind} ledger: it must be a NOMINAL account`, {
      value: account.code,
    });
  }
  checkNotControlAccount(account, field);
}

/** Lines never post straight to a control account, so it always reconciles with its ledger. */
export function checkNotControlAccount(account: AccountFacts, field: string): void {
  if (account.isControl) {
    throw badInput(field, `${field} "${account.code}" is a control account: only its subsidiary ledger moves it; choose another account`, {
      value: account.code,
    });
  }
}

/** Sales, purchases and cashbook mirror money in the nominal ledger; the others do not unless asked. */
export function defaultUpdatesNominal(kind: LedgerKind): boolean {
  return kind === 'SALES' || kind === 'PURCHASES' || kind === 'CASHBOOK';
}

/** Kinds whose accounts may each name their own control account (each bank its nominal bank account). */
const CONTROL_PER_ACCOUNT: readonly LedgerKind[] = ['CASHBOOK', 'CLIENT', 'CUSTOM'];

export interface LedgerNominalLinkInput {
  kind: LedgerKind;
  updatesNominal?: boolean | undefined;
  controlAccount?: AccountFacts | undefined;
}

/**
 * Resolves whether a new ledger updates the nominal ledger and checks it has what that needs.
 * Returns the resolved updatesNominal.
 */
export function checkLedgerNominalLink(input: LedgerNominalLinkInput): boolean {
  const updatesNominal = input.updatesNominal ?? defaultUpdatesNominal(input.kind);
  if (input.kind === 'NOMINAL' && updatesNominal) {
    throw badInput('updatesNominal', 'updatesNominal true is not allowed on a NOMINAL ledger: it is the nominal ledger', {
      value: true,
    });
  }
  if (input.kind === 'STOCK' && updatesNominal) {
    throw badInput('updatesNominal', 'updatesNominal true is not allowed on a STOCK ledger: it counts quantities, not money; post stock values with a nominal journal', {
      value: true,
    });
  }
  if (input.controlAccount) {
    if (!updatesNominal) {
      throw badInput('controlAccountCode', `controlAccountCode "${input.controlAccount.code}" is not allowed: a ledger that does not update the nominal ledger has no control account`, {
        value: input.controlAccount.code,
      });
    }
    checkControlAccount(input.controlAccount);
  } else if (updatesNominal && !CONTROL_PER_ACCOUNT.includes(input.kind)) {
    throw badInput('controlAccountCode', `controlAccountCode is required: a ${input.kind} ledger that updates the nominal ledger needs a nominal control account (e.g. debtors control)`, {
      value: null,
    });
  }
  return updatesNominal;
}

export interface LedgerRef {
  code: string;
  kind: LedgerKind;
  updatesNominal: boolean;
  /** the ledger-wide control account, when it has one */
  controlAccountCode?: string | undefined;
}

export interface AccountControlInput {
  ledger: LedgerRef;
  /** the account's own control account, when the input names one */
  controlAccount?: AccountFacts | undefined;
}

/**
 * Checks a new account's control account against its ledger and returns the one in force
 * (the account's own, else the ledger's), or undefined when the ledger does not update nominal.
 */
export function checkAccountControl(input: AccountControlInput): string | undefined {
  const { ledger, controlAccount } = input;
  if (!ledger.updatesNominal) {
    if (controlAccount) {
      throw badInput('controlAccountCode', `controlAccountCode "${controlAccount.code}" is not allowed: ledger ${ledger.code} does not update the nominal ledger`, {
        value: controlAccount.code,
      });
    }
    return undefined;
  }
  if (controlAccount) {
    checkControlAccount(controlAccount);
    return controlAccount.code;
  }
  if (ledger.controlAccountCode === undefined) {
    throw badInput('controlAccountCode', `controlAccountCode is required: ledger ${ledger.code} has no ledger-wide control account, so each of its accounts names its own nominal account (e.g. bank current account 1200)`, {
      value: null,
    });
  }
  return ledger.controlAccountCode;
}

// ---------------------------------------------------------------------------- transaction types

export interface TransactionTypeFlagsInput {
  code: string;
  direction: Side;
  posting?: boolean | undefined;
  updatesNominal?: boolean | undefined;
  taxable?: boolean | undefined;
  interLedgerCode?: string | undefined;
  interAccount?: boolean | undefined;
  usesStock?: boolean | undefined;
  /** the side stock items take; see resolveStockSide */
  stockSide?: Side | undefined;
  allocates?: boolean | undefined;
  readsFromCodes?: readonly string[] | undefined;
  requiresApproval?: boolean | undefined;
  template?: PostingTemplate | undefined;
  entryTemplates?: unknown;
}

export interface TransactionTypeContext {
  ledger: { code: string; kind: LedgerKind; taxArea: TaxArea; updatesNominal: boolean };
  bookHasStockLedger: boolean;
  /** the ledger interLedgerCode names, when it names one that exists */
  interLedger?: { code: string; kind: LedgerKind; updatesNominal: boolean } | undefined;
  /** the types readsFromCodes name, with their posting flag */
  readsFrom: readonly { code: string; posting: boolean }[];
  /** how many tax codes the book has in the ledger's tax area */
  taxCodesInArea: number;
  /** the type's own control / default analysis accounts, when the input names them */
  controlAccount?: AccountFacts | undefined;
  defaultAnalysisAccount?: AccountFacts | undefined;
}

export interface ResolvedTransactionTypeFlags {
  direction: Side;
  posting: boolean;
  updatesNominal: boolean;
  taxable: boolean;
  interLedgerCode: string | null;
  interAccount: boolean;
  usesStock: boolean;
  stockSide: Side | null;
  allocates: boolean;
  readsFromCodes: string[];
  requiresApproval: boolean;
  template: PostingTemplate;
}

/** Ledger kinds whose accounts carry open items that receipts and credit notes settle. */
const ALLOCATING_KINDS: readonly LedgerKind[] = ['SALES', 'PURCHASES', 'CLIENT', 'CUSTOM'];

/** The side a sales or purchases ledger's accounts normally take (customers owe, suppliers are owed). */
const LEDGER_NORMAL_SIDE: Partial<Record<LedgerKind, Side>> = { SALES: 'DEBIT', PURCHASES: 'CREDIT' };

/**
 * The side stock items take when the input does not say. In the stock book it is the type's
 * direction (a receipt debits the item). Elsewhere it is the opposite of the ledger account's
 * side: a sales invoice debits the customer and dispatches (credits) stock; a purchase invoice
 * credits the supplier and receives (debits) stock; credit notes reverse both.
 */
export function resolveStockSide(kind: LedgerKind, direction: Side, stockSide: Side | undefined): Side {
  return stockSide ?? (kind === 'STOCK' ? direction : opposite(direction));
}

/**
 * A type names no control account of its own (docs/configuration.md, "Control accounts"):
 * an account's movements always mirror into its own control account (the account's, else
 * its ledger's), whatever the type, or the ledger would no longer reconcile with its
 * control (model.md invariant 2). So TransactionType.controlAccount stays null.
 */
export function refuseTypeControlAccount(account: AccountFacts): never {
  throw badInput(
    'controlAccountCode',
    `controlAccountCode "${account.code}" is not allowed on a transaction type: every movement of an account mirrors into that account's own control account (its own, else its ledger's), so that the ledger reconciles with it; set controlAccountCode on the ledger (createLedger) or on the account (createAccount, updateAccount) instead`,
    { value: account.code },
  );
}

/** Checks that a type's flags make sense together and returns every flag resolved. */
export function checkTransactionTypeFlags(
  input: TransactionTypeFlagsInput,
  context: TransactionTypeContext,
): ResolvedTransactionTypeFlags {
  const { ledger } = context;
  const template = input.template ?? 'STANDARD';
  const posting = input.posting ?? true;
  const interAccount = input.interAccount ?? false;
  const interLedgerCode = input.interLedgerCode ?? null;
  const usesStock = input.usesStock ?? false;
  const allocates = input.allocates ?? false;
  const taxable = input.taxable ?? false;
  const readsFromCodes = [...new Set(input.readsFromCodes ?? [])];

  checkTemplate(template, ledger, input.entryTemplates);
  const updatesNominal = resolveTypeUpdatesNominal(input.updatesNominal, posting, ledger);
  if (template === 'JOURNAL') checkJournalFlags({ taxable, interAccount, interLedgerCode, usesStock, allocates });
  if (!posting) checkNonPostingFlags({ interAccount, interLedgerCode, usesStock, allocates });
  if (interAccount && interLedgerCode !== null) {
    throw badInput('interAccount', `interAccount true and interLedgerCode "${interLedgerCode}" exclude each other: a transfer is either between two accounts of this ledger or into another ledger`, {
      value: true,
    });
  }
  if (interLedgerCode !== null) checkInterLedger(interLedgerCode, ledger, updatesNominal, context.interLedger);
  if (taxable) checkTaxable(ledger, posting, updatesNominal, interAccount || interLedgerCode !== null, context.taxCodesInArea);
  if (usesStock && !context.bookHasStockLedger) {
    throw badInput('usesStock', 'usesStock true needs a STOCK ledger in the book: create one first', { value: true });
  }
  if (input.stockSide !== undefined && !usesStock) {
    throw badInput('stockSide', `stockSide ${input.stockSide} is only allowed when usesStock is true`, { value: input.stockSide });
  }
  if (allocates) checkAllocates(ledger, input.direction);
  checkReadsFrom(input.code, readsFromCodes, context.readsFrom);
  if (context.controlAccount) refuseTypeControlAccount(context.controlAccount);
  if (context.defaultAnalysisAccount) checkPostingNominalAccount(context.defaultAnalysisAccount, 'defaultAnalysisAccountCode');

  return {
    direction: input.direction,
    posting,
    updatesNominal,
    taxable,
    interLedgerCode,
    interAccount,
    usesStock,
    stockSide: usesStock ? resolveStockSide(ledger.kind, input.direction, input.stockSide) : null,
    allocates,
    readsFromCodes,
    requiresApproval: input.requiresApproval ?? false,
    template,
  };
}

function checkTemplate(template: PostingTemplate, ledger: TransactionTypeContext['ledger'], entryTemplates: unknown): void {
  if (template === 'JOURNAL' && ledger.kind !== 'NOMINAL' && ledger.kind !== 'CUSTOM') {
    throw badInput('template', `template JOURNAL is not allowed in ${ledger.kind} ledger ${ledger.code}: journals belong in a NOMINAL or CUSTOM ledger`, {
      value: template,
    });
  }
  const hasEntryTemplates = entryTemplates !== undefined && entryTemplates !== null;
  if (template === 'CUSTOM' && !hasEntryTemplates) {
    throw badInput('entryTemplates', 'entryTemplates is required for template CUSTOM: give the entries to write as templates', {
      value: null,
    });
  }
  if (template !== 'CUSTOM' && hasEntryTemplates) {
    throw badInput('entryTemplates', `entryTemplates is only allowed with template CUSTOM, not ${template}`, {
      value: template,
    });
  }
}

/**
 * A posting type in a ledger that updates nominal must update it too, or the control account
 * would stop matching its ledger; a type cannot update nominal when its ledger has no link to it.
 * Non-posting types write no entries at all.
 */
function resolveTypeUpdatesNominal(
  requested: boolean | undefined,
  posting: boolean,
  ledger: TransactionTypeContext['ledger'],
): boolean {
  const expected = posting && ledger.updatesNominal;
  if (requested !== undefined && requested !== expected) {
    const why = !posting
      ? 'a non-posting type writes no entries'
      : ledger.updatesNominal
        ? `ledger ${ledger.code} updates the nominal ledger, and its control account must keep matching the ledger`
        : `ledger ${ledger.code} does not update the nominal ledger`;
    throw badInput('updatesNominal', `updatesNominal ${requested} is not allowed here: ${why}`, { value: requested });
  }
  return expected;
}

type TransferAndSettlementFlags = {
  taxable?: boolean;
  interAccount: boolean;
  interLedgerCode: string | null;
  usesStock: boolean;
  allocates: boolean;
};

/** The first flag that is set, by its input field name. */
function firstSetFlag(flags: TransferAndSettlementFlags): string | undefined {
  if (flags.taxable) return 'taxable';
  if (flags.interAccount) return 'interAccount';
  if (flags.interLedgerCode !== null) return 'interLedgerCode';
  if (flags.usesStock) return 'usesStock';
  if (flags.allocates) return 'allocates';
  return undefined;
}

/** A journal's lines name their own accounts and sides, so these flags have nothing to act on. */
function checkJournalFlags(flags: TransferAndSettlementFlags): void {
  const field = firstSetFlag(flags);
  if (field) {
    throw badInput(field, `${field} is not allowed with template JOURNAL: a journal's lines name their accounts and sides directly`, {
      value: field === 'interLedgerCode' ? flags.interLedgerCode : true,
    });
  }
}

/** Transfers and settlements only happen through entries, which orders never write. */
function checkNonPostingFlags(flags: TransferAndSettlementFlags): void {
  // usesStock on an order: its lines name stock items and quantities, which it reserves
  const field = firstSetFlag({ ...flags, taxable: false, usesStock: false });
  if (field) {
    throw badInput(field, `${field} is not allowed on a non-posting type (posting false): it writes no entries`, {
      value: field === 'interLedgerCode' ? flags.interLedgerCode : true,
    });
  }
}

function checkInterLedger(
  code: string,
  ledger: TransactionTypeContext['ledger'],
  updatesNominal: boolean,
  target: TransactionTypeContext['interLedger'],
): void {
  const field = 'interLedgerCode';
  if (!target) throw badInput(field, `${field} "${code}" is not a ledger of this book`, { value: code });
  if (target.code === ledger.code) {
    throw badInput(field, `${field} "${code}" is this type's own ledger: use interAccount for a transfer within a ledger`, { value: code });
  }
  if (target.kind === 'NOMINAL' || target.kind === 'STOCK') {
    throw badInput(field, `${field} "${code}" is a ${target.kind} ledger: name a nominal account on the lines instead, or use usesStock for stock`, {
      value: code,
    });
  }
  if (target.updatesNominal !== updatesNominal) {
    throw badInput(field, `${field} "${code}" ${target.updatesNominal ? 'updates' : 'does not update'} the nominal ledger but this type ${updatesNominal ? 'does' : 'does not'}: the nominal entries would not balance`, {
      value: code,
    });
  }
}

/** Tax is posted from lines to the tax code's nominal account, which a transfer never writes. */
function checkTaxable(
  ledger: TransactionTypeContext['ledger'],
  posting: boolean,
  updatesNominal: boolean,
  isTransfer: boolean,
  taxCodesInArea: number,
): void {
  const field = 'taxable';
  if (ledger.taxArea === 'NONE') {
    throw badInput(field, `taxable true needs a tax area on ledger ${ledger.code}, which has none: give the ledger taxArea SALES or PURCHASES`, { value: true });
  }
  if (taxCodesInArea === 0) {
    throw badInput(field, `taxable true needs tax codes of area ${ledger.taxArea}, and the book has none: create them first`, { value: true });
  }
  if (posting && !updatesNominal) {
    throw badInput(field, `taxable true needs updatesNominal: tax is posted to a nominal tax account`, { value: true });
  }
  if (isTransfer) {
    throw badInput(field, `taxable true is not allowed on a transfer (interLedger or interAccount): a transfer has no lines to tax`, { value: true });
  }
}

/** Settling types go against the ledger account's normal side: a receipt credits the customer. */
function checkAllocates(ledger: TransactionTypeContext['ledger'], direction: Side): void {
  if (!ALLOCATING_KINDS.includes(ledger.kind)) {
    throw badInput('allocates', `allocates true is not allowed in a ${ledger.kind} ledger: open items live in ${list(ALLOCATING_KINDS)} ledgers`, {
      value: true,
    });
  }
  const normal = LEDGER_NORMAL_SIDE[ledger.kind];
  if (normal !== undefined && direction === normal) {
    throw badInput('direction', `direction ${direction} cannot allocate in a ${ledger.kind} ledger: a settling type (receipt, payment, credit note) takes the side ${opposite(normal)}`, {
      value: direction,
    });
  }
}

function checkReadsFrom(code: string, readsFromCodes: readonly string[], found: TransactionTypeContext['readsFrom']): void {
  for (const name of readsFromCodes) {
    const type = found.find((t) => t.code === name);
    if (name === code || !type) {
      throw badInput('readsFromCodes', `readsFromCodes names "${name}", which is not an existing transaction type of this book`, { value: name });
    }
    if (type.posting) {
      throw badInput('readsFromCodes', `readsFromCodes names "${name}", a posting type: a type may only read non-posting types (orders, quotes)`, {
        value: name,
      });
    }
  }
}

// ---------------------------------------------------------------------------- tax codes

/** Rates are percentages with at most this many decimal places ("17.5", "8.3333"). */
export const TAX_RATE_DECIMALS = 4;
const HUNDRED_PERCENT = 100n * 10n ** BigInt(TAX_RATE_DECIMALS);

/** Parses a percentage in [0, 100] and returns it canonical: "20.00" → "20", "017.50" → "17.5". */
export function parseTaxRate(text: string): string {
  let scaled: bigint;
  try {
    scaled = parseAmount(text, TAX_RATE_DECIMALS, 'rate');
  } catch (error) {
    if (error instanceof AmountFormatError) {
      throw badInput('rate', `rate "${text}" is not allowed: give a percentage from 0 to 100 with at most ${TAX_RATE_DECIMALS} decimal places, such as "20" or "17.5"`, {
        value: text,
      });
    }
    throw error;
  }
  if (scaled < 0n || scaled > HUNDRED_PERCENT) {
    throw badInput('rate', `rate "${text}" is outside 0 to 100: a tax rate is a percentage ("20" is 20%)`, { value: text });
  }
  return formatAmount(scaled, TAX_RATE_DECIMALS).replace(/\.?0+$/, '') || '0';
}

export interface TaxCodeInput {
  rate: string;
  area: TaxArea;
  account: AccountFacts;
}

/** A tax code belongs to the sales or purchases side and posts tax to a nominal account. */
export function checkTaxCode(input: TaxCodeInput): { rate: string } {
  const rate = parseTaxRate(input.rate);
  if (input.area === 'NONE') {
    throw badInput('area', 'area NONE is not allowed for a tax code: give SALES or PURCHASES', { value: input.area });
  }
  checkPostingNominalAccount(input.account, 'accountCode');
  return { rate };
}

// ---------------------------------------------------------------------------- periods

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a real calendar date written YYYY-MM-DD (so 2023-02-29 is false). */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export interface PeriodRange {
  start: string;
  end: string;
}

export interface ExistingPeriod extends PeriodRange {
  name: string;
}

/** Periods are inclusive date ranges that never overlap, so every date is in at most one. */
export function checkPeriod(period: PeriodRange, existing: readonly ExistingPeriod[]): void {
  for (const field of ['start', 'end'] as const) {
    if (!isCalendarDate(period[field])) {
      throw badInput(field, `${field} "${period[field]}" is not a calendar date written YYYY-MM-DD`, { value: period[field] });
    }
  }
  // YYYY-MM-DD strings compare in date order
  if (period.start > period.end) {
    throw badInput('end', `end ${period.end} is before start ${period.start}: a period ends on or after the day it starts`, {
      value: period.end,
    });
  }
  const clash = existing.find((p) => p.start <= period.end && period.start <= p.end);
  if (clash) {
    throw badInput('start', `start ${period.start} to end ${period.end} overlaps period "${clash.name}" (${clash.start} to ${clash.end}): periods may not overlap`, {
      value: period.start,
      overlaps: clash.name,
    });
  }
}

/** Closing is final, and nothing may be left pending in a closed period. */
export function checkPeriodCanClose(period: { name: string; status: PeriodStatus }, pendingCount: number): void {
  if (period.status === 'CLOSED') {
    throw new DomainError('INVALID_STATE', `period "${period.name}" is already closed: reopen it with reopenPeriod and a reason to change it`, {
      field: 'id',
      status: period.status,
    });
  }
  if (pendingCount > 0) {
    throw new DomainError(
      'INVALID_STATE',
      `period "${period.name}" holds ${pendingCount} pending transaction${pendingCount === 1 ? '' : 's'}: post or void them before closing it`,
      { field: 'id', pendingCount },
    );
  }
}

// ---------------------------------------------------------------------------- document numbers

/** A type's documents are numbered under its code: type SI numbers SI-000001, SI-000002… */
export function numberPrefix(typeCode: string): string {
  return normaliseCode('code', typeCode);
}

const NUMBER_DIGITS = 6;

/** Formats the n-th document of a type; beyond 999999 the number simply grows wider. */
export function formatDocumentNumber(prefix: string, n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new RangeError(`document number ${n} must be a whole number from 1`);
  }
  return `${prefix}-${String(n).padStart(NUMBER_DIGITS, '0')}`;
}
