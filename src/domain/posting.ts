// The posting interpreter: turns a transaction of a user-defined type into lines and
// entries by reading the type's flags (model.md, "How a transaction posts"). Pure: the
// service layer loads every account and tax code it names and passes them in.

import { DomainError, badInput, notFound } from './errors.ts';
import { compileEntryTemplates, evaluateField, templateError, type CompiledEntryTemplate, type TemplateContext } from './entry-templates.ts';
import type { LineInput, TransactionInput } from './input.ts';
import { checkAmountBound, parsePositive } from './input.ts';
import { checkTotalsFit } from './balances.ts';
import { formatAmount } from './money.ts';
import { inclusiveTax, lineTax } from './tax.ts';
import { opposite, type AccountRef, type Side, type TaxCodeRef, type TransactionStatus, type TypeVersion } from './types.ts';

export { compileEntryTemplates } from './entry-templates.ts';
export { parseTransactionInput } from './input.ts';
export type { DigitsOf, LineInput, RawLineInput, RawTransactionInput, TransactionInput } from './input.ts';

/** The accounts the service pre-loaded, found by id (flags, control links) or code (input). */
export interface AccountLookup {
  byId(id: string): AccountRef | undefined;
  byCode(code: string): AccountRef | undefined;
}

export function accountLookup(accounts: Iterable<AccountRef>): AccountLookup {
  const ids = new Map<string, AccountRef>();
  const codes = new Map<string, AccountRef>();
  for (const account of accounts) {
    ids.set(account.id, account);
    codes.set(account.code, account);
  }
  return { byId: (id) => ids.get(id), byCode: (code) => codes.get(code) };
}

/**
 * What buildPosting reads. `accounts` must hold, as AccountRefs: the ledger account and
 * counter account named by the input; every account a line names; the type's
 * controlAccountId and defaultAnalysisAccountId; the controlAccountId of every account
 * above; every tax code's account; and, for CUSTOM, the accounts the templates name
 * (see templateAccountCodes). A missing id is a service bug (plain Error); a missing
 * code is the client's (NOT_FOUND).
 */
export interface PostingRequest {
  type: TypeVersion;
  accounts: AccountLookup;
  /** the book's tax codes by code */
  taxCodes: ReadonlyMap<string, TaxCodeRef>;
  input: TransactionInput;
}

export interface PlannedLine {
  lineNo: number;
  /** the stock item, else the analysis account the line posts to, else what it named */
  accountId: string | null;
  description: string | null;
  net: bigint;
  taxCodeId: string | null;
  tax: bigint;
  quantity: bigint | null;
  side: Side | null;
}

export interface PlannedEntry {
  accountId: string;
  side: Side;
  /** minor units of `currency`, always > 0 */
  amount: bigint;
  /** the transaction's currency, or a stock item's unit code */
  currency: string;
  /** in the book's base currency (src/domain/exchange.ts); set by the service once the day's rate is known */
  baseAmount?: bigint | null;
}

export interface PostingPlan {
  status: Exclude<TransactionStatus, 'VOIDED'>;
  /** the ledger account A */
  accountId: string | null;
  /** the counter account B (interLedger / interAccount) */
  counterAccountId: string | null;
  currency: string;
  net: bigint;
  tax: bigint;
  gross: bigint;
  lines: PlannedLine[];
  entries: PlannedEntry[];
}

/**
 * Whether a STANDARD type takes `lines` (else a single `amount`). Lines are needed
 * when something must be said per line: a tax code (taxable), a stock item
 * (usesStock), or the analysis account of the nominal side, which exists only when
 * updatesNominal and there is no counter account (invoices, credit notes, orders).
 * Types with a counter account (receipts, payments, transfers) and types that touch
 * only their own ledger take `amount`. JOURNAL always takes lines; CUSTOM takes either.
 */
export function takesLines(type: TypeVersion): boolean {
  return type.taxable || type.usesStock || (type.updatesNominal && !hasCounterAccount(type));
}

export function hasCounterAccount(type: TypeVersion): boolean {
  return type.interLedgerId !== null || type.interAccount;
}

export function buildPosting(request: PostingRequest): PostingPlan {
  const plan = interpret(request);
  refuseRetired(request, plan);
  assertNominalBalance(request, plan.entries);
  const overflow = checkTotalsFit([{ field: 'net', amount: plan.net }, { field: 'tax', amount: plan.tax }, { field: 'gross', amount: plan.gross }, ...plan.entries.map((e, i) => ({ field: `entries[${i}]`, amount: e.amount }))], request.input.currencyDigits);
  if (overflow) throw overflow;
  return plan;
}

/**
 * Archived ledgers and tax codes and closed accounts keep their history but take nothing
 * new (docs/configuration.md, "Renaming, archiving and closing"): INVALID_STATE, naming
 * what is retired and how to go on.
 */
function refuseRetired(request: PostingRequest, plan: PostingPlan): void {
  const { type } = request;
  if (type.ledgerArchived) {
    throw new DomainError('INVALID_STATE', `type "${type.name}" is in an archived ledger, which takes no new transactions: unarchive the ledger (updateLedger archived: false) or use another`, {
      field: 'typeCode', status: 'ARCHIVED',
    });
  }
  const ids = new Set([plan.accountId, plan.counterAccountId, ...plan.entries.map((e) => e.accountId), ...plan.lines.map((l) => l.accountId)]);
  for (const id of ids) {
    const account = id === null ? undefined : request.accounts.byId(id);
    if (account?.closed) {
      throw new DomainError('INVALID_STATE', `account "${account.code}" is closed and takes no new postings: reopen it (reopenAccount) or post to another account`, {
        accountCode: account.code, status: 'CLOSED',
      });
    }
    if (account?.ledgerArchived) {
      throw new DomainError('INVALID_STATE', `account "${account.code}" is in an archived ledger, which takes no new postings: unarchive the ledger (updateLedger archived: false) or post to another account`, {
        accountCode: account.code, status: 'ARCHIVED',
      });
    }
  }
  const codesById = new Map([...request.taxCodes.values()].map((code) => [code.id, code]));
  plan.lines.forEach((line, i) => {
    const code = line.taxCodeId === null ? undefined : codesById.get(line.taxCodeId);
    if (code?.archived) {
      throw new DomainError('INVALID_STATE', `tax code "${code.code}" is archived and takes no new lines: use a current tax code`, {
        field: `lines[${i}].taxCode`, taxCode: code.code, status: 'ARCHIVED',
      });
    }
  });
}

function interpret(request: PostingRequest): PostingPlan {
  if (request.input.pricesIncludeTax && !request.type.taxable) {
    throw badInput(`pricesIncludeTax: type "${request.type.name}" is not taxable, so its amounts carry no tax to include`, { field: 'pricesIncludeTax' });
  }
  switch (request.type.template) {
    case 'JOURNAL':
      return journalPosting(request);
    case 'CUSTOM':
      return customPosting(request);
    default:
      return standardPosting(request);
  }
}

// ---------------------------------------------------------------- STANDARD

function standardPosting(request: PostingRequest): PostingPlan {
  const { type, input } = request;
  checkAmountOrLines(type, input);
  if (type.ledgerKind === 'STOCK') return stockBookPosting(request);
  const ledgerAccount = resolveLedgerAccount(request, true)!;
  const counterAccount = resolveCounterAccount(request, ledgerAccount);
  const lines = (input.lines ?? []).map((line, i) => planLine(request, line, i, counterAccount === null));
  const totals = lines.length > 0 ? lineTotals(lines) : amountTotals(input.amount!);
  const entries = type.posting ? standardEntries(request, ledgerAccount, counterAccount, lines, totals.gross) : [];
  return plan(request, ledgerAccount, counterAccount, totals, lines, entries);
}

/**
 * The stock book counts quantities, not money: every line names a stock item and its
 * quantity (net is the value moved, recorded on the line); only the items take entries.
 */
function stockBookPosting(request: PostingRequest): PostingPlan {
  const { type, input } = request;
  if (input.accountCode !== undefined) {
    throw badInput(`type "${type.name}" is in the stock book: name the stock items on the lines, not accountCode`, { field: 'accountCode' });
  }
  const lines = (input.lines ?? []).map((line, i) => planLine(request, line, i, false));
  const moneyLine = lines.findIndex((line) => line.quantity === null);
  if (moneyLine >= 0) {
    throw badInput(`lines[${moneyLine}] must name a stock item and its quantity: the stock book counts quantities`, {
      field: `lines[${moneyLine}].accountCode`,
    });
  }
  const entries = type.posting ? stockEntries(request, lines) : [];
  return plan(request, null, null, lineTotals(lines), lines, entries);
}

function checkAmountOrLines(type: TypeVersion, input: TransactionInput): void {
  const hasLines = input.lines !== undefined && input.lines.length > 0;
  // an order or quote (non-posting) may be given by its lines or by a single amount
  if (!type.posting && !takesLines(type) && hasLines) {
    if (input.amount !== undefined) throw badInput(`type "${type.name}" takes lines or amount, not both`, { field: 'amount' });
    return;
  }
  if (takesLines(type)) {
    if (input.amount !== undefined) throw badInput(`type "${type.name}" takes lines, not amount`, { field: 'amount' });
    if (!hasLines) throw badInput(`type "${type.name}" needs at least one line`, { field: 'lines' });
  } else {
    if (input.lines !== undefined) throw badInput(`type "${type.name}" takes amount, not lines`, { field: 'lines' });
    if (input.amount === undefined) throw badInput(`type "${type.name}" needs an amount`, { field: 'amount' });
  }
}

/** Rules 1-4 in order: A d G; B d' G; C(A) d G, C(B) d' G or analysis and tax; stock. */
function standardEntries(
  request: PostingRequest,
  ledgerAccount: AccountRef,
  counterAccount: AccountRef | null,
  lines: PlannedLine[],
  gross: bigint,
): PlannedEntry[] {
  const { type, input } = request;
  const d = type.direction;
  if (!type.updatesNominal) refuseDrift(type, [ledgerAccount, counterAccount]);
  const entries: PlannedEntry[] = [entry(ledgerAccount, d, gross, input.currency)];
  if (counterAccount) entries.push(entry(counterAccount, opposite(d), gross, input.currency));
  if (type.updatesNominal) {
    entries.push(entry(controlAccountOf(request, ledgerAccount, type.controlAccountId), d, gross, input.currency));
    if (counterAccount) entries.push(entry(controlAccountOf(request, counterAccount, null), opposite(d), gross, input.currency));
    else entries.push(...analysisAndTaxEntries(request, lines));
  }
  if (type.usesStock) entries.push(...stockEntries(request, lines));
  return entries;
}

/** Invariant 2: an account mirrored by a control account may only move with it. */
function refuseDrift(type: TypeVersion, accounts: (AccountRef | null)[]): void {
  const mirrored = accounts.find((account) => account !== null && account.controlAccountId !== null);
  if (mirrored) {
    throw badInput(
      `type "${type.name}" does not update the nominal ledger, but account "${mirrored.code}" has a control account that must move with it`,
      { field: 'updatesNominal', accountCode: mirrored.code },
    );
  }
}

function analysisAndTaxEntries(request: PostingRequest, lines: PlannedLine[]): PlannedEntry[] {
  const side = opposite(request.type.direction);
  const currency = request.input.currency;
  const analysis = lines.map((line) => entry(analysisAccountOf(request, line), side, line.net, currency));
  return [...analysis, ...taxEntries(request, lines, side)];
}

/** One entry per tax code (first-use order), the sum of its lines' rounded tax. */
function taxEntries(request: PostingRequest, lines: PlannedLine[], side: Side): PlannedEntry[] {
  const taxByCode = new Map<string, bigint>();
  for (const line of lines) {
    if (line.taxCodeId !== null) taxByCode.set(line.taxCodeId, (taxByCode.get(line.taxCodeId) ?? 0n) + line.tax);
  }
  const codesById = new Map([...request.taxCodes.values()].map((code) => [code.id, code]));
  return [...taxByCode]
    .filter(([, tax]) => tax > 0n)
    .map(([taxCodeId, tax]) => {
      const taxAccount = loadedAccount(request, codesById.get(taxCodeId)!.accountId, 'tax');
      assertCurrency(taxAccount, request.input.currency);
      return entry(taxAccount, side, tax, request.input.currency);
    });
}

function stockEntries(request: PostingRequest, lines: PlannedLine[]): PlannedEntry[] {
  const stockSide = request.type.stockSide;
  const stockLines = lines.filter((line) => line.quantity !== null);
  if (stockLines.length === 0) return [];
  if (stockSide === null) throw badInput(`type "${request.type.name}" uses stock but has no stock side`, { field: 'stockSide' });
  return stockLines.map((line) => {
    const item = loadedAccount(request, line.accountId!, 'stock item');
    return entry(item, stockSide, line.quantity!, item.currency);
  });
}

// ---------------------------------------------------------------- lines

/** Validates one non-journal line and computes its tax. */
function planLine(request: PostingRequest, line: LineInput, index: number, postsAnalysis: boolean): PlannedLine {
  const field = `lines[${index}]`;
  if (line.side !== undefined) throw badInput(`${field}.side is for JOURNAL lines only`, { field: `${field}.side` });
  const named = line.accountCode === undefined ? null : namedLineAccount(request, line.accountCode, `${field}.accountCode`);
  const isStockLine = named !== null && isStockItem(named);
  checkStockLine(request, line, field, isStockLine);
  const taxCode = lineTaxCode(request, line, field);
  const { net, tax } = lineNetAndTax(line.net, taxCode, request.input.pricesIncludeTax === true, field);
  const analysisId = isStockLine || named === null ? request.type.defaultAnalysisAccountId : named.id;
  if (!isStockLine && named !== null && named.ledgerKind !== 'NOMINAL') {
    throw badInput(`${field}.accountCode "${named.code}" must be a nominal account or a stock item`, { field: `${field}.accountCode` });
  }
  const needsAnalysis = postsAnalysis && request.type.posting && request.type.updatesNominal && request.type.template === 'STANDARD';
  if (needsAnalysis && analysisId === null) {
    throw badInput(`${field} names no analysis account and type "${request.type.name}" has no default analysis account`, { field: `${field}.accountCode` });
  }
  return {
    lineNo: index + 1,
    accountId: isStockLine ? named!.id : (analysisId ?? null),
    description: line.description ?? null,
    net,
    taxCodeId: taxCode?.id ?? null,
    tax,
    quantity: isStockLine ? line.quantity! : null,
    side: null,
  };
}

/** A line's net and tax: tax on the net, or, for a tax-inclusive price, the tax inside it (net + tax = gross exactly). */
function lineNetAndTax(given: bigint, taxCode: TaxCodeRef | null, inclusive: boolean, field: string): { net: bigint; tax: bigint } {
  if (taxCode === null) return { net: given, tax: 0n };
  if (!inclusive) return { net: given, tax: lineTax(given, taxCode.rate) };
  const tax = inclusiveTax(given, taxCode.rate);
  if (given - tax <= 0n) throw badInput(`${field}.net is too small to hold its tax at ${taxCode.rate}%: nothing would be left as net`, { field: `${field}.net` });
  return { net: given - tax, tax };
}

function namedLineAccount(request: PostingRequest, code: string, field: string): AccountRef {
  const account = accountByCode(request, code, field);
  refuseControlAccount(account, field);
  if (!isStockItem(account)) assertCurrency(account, request.input.currency);
  return account;
}

function checkStockLine(request: PostingRequest, line: LineInput, field: string, isStockLine: boolean): void {
  if (isStockLine && !request.type.usesStock) {
    throw badInput(`${field} names a stock item but type "${request.type.name}" does not use stock`, { field: `${field}.accountCode` });
  }
  if (isStockLine && line.quantity === undefined) throw badInput(`${field}.quantity is required for a stock item`, { field: `${field}.quantity` });
  if (!isStockLine && line.quantity !== undefined) {
    throw badInput(`${field}.quantity is only allowed on a line naming a stock item`, { field: `${field}.quantity` });
  }
}

function lineTaxCode(request: PostingRequest, line: LineInput, field: string): TaxCodeRef | null {
  const { type } = request;
  if (!type.taxable) {
    if (line.taxCode !== undefined) throw badInput(`${field}.taxCode: type "${type.name}" is not taxable`, { field: `${field}.taxCode` });
    return null;
  }
  if (line.taxCode === undefined) throw badInput(`${field}.taxCode is required: type "${type.name}" is taxable`, { field: `${field}.taxCode` });
  const taxCode = request.taxCodes.get(line.taxCode);
  if (!taxCode) throw notFound(`tax code "${line.taxCode}" not found`, { field: `${field}.taxCode` });
  if (taxCode.area !== type.ledgerTaxArea) {
    throw badInput(`${field}.taxCode "${taxCode.code}" is a ${taxCode.area} tax code; this ledger takes ${type.ledgerTaxArea} codes`, { field: `${field}.taxCode` });
  }
  return taxCode;
}

const lineTotals = (lines: PlannedLine[]) => {
  const net = lines.reduce((sum, line) => sum + line.net, 0n);
  const tax = lines.reduce((sum, line) => sum + line.tax, 0n);
  return { net, tax, gross: net + tax };
};

const amountTotals = (amount: bigint) => ({ net: amount, tax: 0n, gross: amount });

// ---------------------------------------------------------------- JOURNAL

/** Lines name accounts and sides directly; they must balance per currency. */
function journalPosting(request: PostingRequest): PostingPlan {
  const { input, type } = request;
  if (input.amount !== undefined) throw badInput('a journal takes lines, not amount', { field: 'amount' });
  const journalLines = input.lines ?? [];
  if (journalLines.length < 2) throw badInput('a journal needs at least two lines', { field: 'lines' });
  const lines = journalLines.map((line, i) => planJournalLine(request, line, i));
  const direct = lines.map((line) => entry(loadedAccount(request, line.accountId!, 'journal'), line.side!, line.net, input.currency));
  assertBalanced(request, direct, 'the journal lines');
  const debits = direct.filter((e) => e.side === 'DEBIT').reduce((sum, e) => sum + e.amount, 0n);
  const entries = type.posting ? [...direct, ...controlMirrors(request, direct)] : [];
  return plan(request, null, null, amountTotals(debits), lines, entries);
}

function planJournalLine(request: PostingRequest, line: LineInput, index: number): PlannedLine {
  const field = `lines[${index}]`;
  if (line.accountCode === undefined) throw badInput(`${field}.accountCode is required in a journal`, { field: `${field}.accountCode` });
  if (line.side === undefined) throw badInput(`${field}.side is required in a journal`, { field: `${field}.side` });
  if (line.taxCode !== undefined) throw badInput(`${field}.taxCode: journal lines carry no tax`, { field: `${field}.taxCode` });
  if (line.quantity !== undefined) throw badInput(`${field}.quantity: journal lines carry no quantity`, { field: `${field}.quantity` });
  const account = accountByCode(request, line.accountCode, `${field}.accountCode`);
  refuseControlAccount(account, `${field}.accountCode`);
  assertCurrency(account, request.input.currency);
  return {
    lineNo: index + 1, accountId: account.id, description: line.description ?? null,
    net: line.net, taxCodeId: null, tax: 0n, quantity: null, side: line.side,
  };
}

/**
 * A direct entry to a subsidiary-ledger account also moves that account's control
 * account the same way, so the ledger and its control still reconcile (invariant 2).
 */
function controlMirrors(request: PostingRequest, direct: PlannedEntry[]): PlannedEntry[] {
  return direct.flatMap((e) => {
    const account = loadedAccount(request, e.accountId, 'entry');
    if (account.ledgerKind === 'NOMINAL' || isStockItem(account) || account.controlAccountId === null) return [];
    const control = controlAccountOf(request, account, null);
    return [entry(control, e.side, e.amount, e.currency)];
  });
}

// ---------------------------------------------------------------- CUSTOM

/** Entries come from the type's CEL templates over params, header and lines. */
function customPosting(request: PostingRequest): PostingPlan {
  const { type, input } = request;
  const ledgerAccount = resolveLedgerAccount(request, false);
  const lines = (input.lines ?? []).map((line, i) => planLine(request, line, i, false));
  const given = lines.length > 0 ? lineTotals(lines) : input.amount !== undefined ? amountTotals(input.amount) : null;
  if (!type.posting) return plan(request, ledgerAccount, null, given ?? amountTotals(0n), lines, []);
  const templates = compileEntryTemplates(type.entryTemplates);
  const context = templateContext(input, lines, given?.gross);
  const direct = templates.flatMap((template) => templateEntry(request, template, context));
  if (direct.length === 0) throw badInput(`no entry template of type "${type.name}" applied`, { field: 'params' });
  assertBalanced(request, direct, 'the entry templates');
  const entries = [...direct, ...controlMirrors(request, direct)];
  // without lines or amount, the transaction's total is what the templates debited
  const totals = given ?? amountTotals(debitTotal(direct, input.currency));
  return plan(request, ledgerAccount, null, totals, lines, entries);
}

/**
 * The account codes a CUSTOM type's templates name for this input, so the service can
 * load them before buildPosting. Lines are seen without tax here; a template whose
 * account depends on tax, or that fails, is left for buildPosting to judge.
 */
export function templateAccountCodes(type: TypeVersion, input: TransactionInput): string[] {
  if (type.template !== 'CUSTOM') return [];
  const lines: PlannedLine[] = (input.lines ?? []).map((line, i) => ({
    lineNo: i + 1, accountId: null, description: null, net: line.net, taxCodeId: null, tax: 0n, quantity: null, side: null,
  }));
  const gross = input.amount ?? (lines.length > 0 ? lines.reduce((sum, line) => sum + line.net, 0n) : undefined);
  const context = templateContext(input, lines, gross);
  const codes = compileEntryTemplates(type.entryTemplates).map((template) => {
    try {
      return evaluateField(template, 'account', context);
    } catch {
      return undefined;
    }
  });
  return [...new Set(codes.filter((code): code is string => typeof code === 'string'))];
}

function templateContext(input: TransactionInput, lines: PlannedLine[], gross: bigint | undefined): TemplateContext {
  const digits = input.currencyDigits;
  const header: Record<string, unknown> = { date: input.date, currency: input.currency };
  if (gross !== undefined) Object.assign(header, { amount: formatAmount(gross, digits), amountMinor: gross });
  for (const key of ['reference', 'description', 'accountCode', 'counterAccountCode', 'dueDate'] as const) {
    if (input[key] !== undefined) header[key] = input[key];
  }
  const celLines = lines.map((line, i) => ({
    lineNo: BigInt(line.lineNo),
    net: formatAmount(line.net, digits),
    netMinor: line.net,
    tax: formatAmount(line.tax, digits),
    taxMinor: line.tax,
    ...(input.lines![i]!.accountCode !== undefined && { accountCode: input.lines![i]!.accountCode }),
    ...(input.lines![i]!.taxCode !== undefined && { taxCode: input.lines![i]!.taxCode }),
  }));
  return { params: celValue(input.params) as Record<string, unknown>, header, lines: celLines };
}

/** JSON integers become CEL ints (bigint); other numbers stay doubles, refused as amounts. */
function celValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (Array.isArray(value)) return value.map(celValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, celValue(inner)]));
  }
  return value;
}

function templateEntry(request: PostingRequest, template: CompiledEntryTemplate, context: TemplateContext): PlannedEntry[] {
  const applies = evaluateField(template, 'when', context);
  if (typeof applies !== 'boolean') throw templateError(template.index, 'when', `must give a bool, gave ${typeof applies}`);
  if (!applies) return [];
  const account = templateAccount(request, template, evaluateField(template, 'account', context));
  const side = evaluateField(template, 'side', context);
  if (side !== 'DEBIT' && side !== 'CREDIT') throw templateError(template.index, 'side', `must give "DEBIT" or "CREDIT", gave ${String(side)}`);
  const amount = templateAmount(template, evaluateField(template, 'amount', context), account);
  return [entry(account, side, amount, account.currency)];
}

function templateAccount(request: PostingRequest, template: CompiledEntryTemplate, code: unknown): AccountRef {
  const field = `entryTemplates[${template.index}].account`;
  if (typeof code !== 'string') throw templateError(template.index, 'account', `must give an account code, gave ${typeof code}`);
  const account = request.accounts.byCode(code);
  if (!account) throw notFound(`${field} gave account "${code}", which does not exist`, { field, accountCode: code });
  refuseControlAccount(account, field);
  if (!isStockItem(account)) assertCurrency(account, request.input.currency);
  return account;
}

/** A decimal string in the account's currency, or an integer of minor units; > 0. */
function templateAmount(template: CompiledEntryTemplate, value: unknown, account: AccountRef): bigint {
  const field = `entryTemplates[${template.index}].amount`;
  if (typeof value === 'string') return parsePositive(value, account.digits, field);
  if (typeof value === 'bigint' && value > 0n) {
    checkAmountBound(value, 0, field);
    return value;
  }
  throw templateError(template.index, 'amount', `must give a positive decimal string or integer of minor units, gave ${String(value)}`);
}

const debitTotal = (entries: PlannedEntry[], currency: string) =>
  entries.filter((e) => e.side === 'DEBIT' && e.currency === currency).reduce((sum, e) => sum + e.amount, 0n);

// ---------------------------------------------------------------- accounts

function resolveLedgerAccount(request: PostingRequest, required: boolean): AccountRef | null {
  const { type, input } = request;
  if (input.accountCode === undefined) {
    if (required) throw badInput(`type "${type.name}" needs the ledger account (accountCode)`, { field: 'accountCode' });
    return null;
  }
  const account = accountByCode(request, input.accountCode, 'accountCode');
  if (account.ledgerId !== type.ledgerId) {
    throw badInput(`account "${account.code}" is not in the ledger of type "${type.name}"`, { field: 'accountCode' });
  }
  refuseControlAccount(account, 'accountCode');
  assertCurrency(account, input.currency);
  return account;
}

function resolveCounterAccount(request: PostingRequest, ledgerAccount: AccountRef): AccountRef | null {
  const { type, input } = request;
  if (!hasCounterAccount(type)) {
    if (input.counterAccountCode !== undefined) {
      throw badInput(`type "${type.name}" takes no counter account`, { field: 'counterAccountCode' });
    }
    return null;
  }
  if (input.counterAccountCode === undefined) {
    throw badInput(`type "${type.name}" needs a counter account (counterAccountCode)`, { field: 'counterAccountCode' });
  }
  const counter = accountByCode(request, input.counterAccountCode, 'counterAccountCode');
  checkCounterLedger(type, ledgerAccount, counter);
  refuseControlAccount(counter, 'counterAccountCode');
  assertCurrency(counter, input.currency);
  return counter;
}

function checkCounterLedger(type: TypeVersion, ledgerAccount: AccountRef, counter: AccountRef): void {
  const field = 'counterAccountCode';
  if (type.interLedgerId !== null && counter.ledgerId !== type.interLedgerId) {
    throw badInput(`counter account "${counter.code}" is not in the target ledger of type "${type.name}"`, { field });
  }
  if (type.interLedgerId === null && counter.ledgerId !== type.ledgerId) {
    throw badInput(`counter account "${counter.code}" must be in the same ledger as "${ledgerAccount.code}"`, { field });
  }
  if (counter.id === ledgerAccount.id) {
    throw badInput(`counter account "${counter.code}" must differ from the ledger account`, { field });
  }
}

/**
 * C(X): the account's resolved control account (own override, else its ledger's);
 * the type's control account only when the account resolves none, so an account's
 * movements always mirror into one control account (invariant 2).
 */
function controlAccountOf(request: PostingRequest, account: AccountRef, typeFallback: string | null): AccountRef {
  const controlId = account.controlAccountId ?? typeFallback;
  if (controlId === null) {
    throw badInput(`account "${account.code}" has no control account, and type "${request.type.name}" updates the nominal ledger`, {
      field: 'controlAccount', accountCode: account.code,
    });
  }
  const control = loadedAccount(request, controlId, 'control');
  assertCurrency(control, request.input.currency);
  return control;
}

function analysisAccountOf(request: PostingRequest, line: PlannedLine): AccountRef {
  const analysisId = line.quantity !== null ? request.type.defaultAnalysisAccountId : line.accountId;
  const analysis = loadedAccount(request, analysisId!, 'analysis');
  assertCurrency(analysis, request.input.currency);
  return analysis;
}

function accountByCode(request: PostingRequest, code: string, field: string): AccountRef {
  const account = request.accounts.byCode(code);
  if (!account) throw notFound(`account "${code}" not found`, { field, accountCode: code });
  return account;
}

/** An id from configuration the service must have loaded: a miss is a service bug. */
function loadedAccount(request: PostingRequest, id: string, role: string): AccountRef {
  const account = request.accounts.byId(id);
  if (!account) throw new Error(`buildPosting: the ${role} account ${id} was not passed in`);
  return account;
}

/** Rule 6: only a subsidiary ledger moves its control account. */
function refuseControlAccount(account: AccountRef, field: string): void {
  if (account.isControl) {
    throw badInput(
      `account "${account.code}" is a control account: only its subsidiary ledger moves it, so it cannot be posted to directly`,
      { field, accountCode: account.code },
    );
  }
}

function assertCurrency(account: AccountRef, currency: string): void {
  if (account.currency !== currency) {
    throw new DomainError('CURRENCY_MISMATCH', `account "${account.code}" is in ${account.currency}, the transaction in ${currency}`, {
      accountCode: account.code, accountCurrency: account.currency, currency,
    });
  }
}

const isStockItem = (account: AccountRef) => account.type === 'STOCK_ITEM' || account.ledgerKind === 'STOCK';

const entry = (account: AccountRef, side: Side, amount: bigint, currency: string): PlannedEntry => ({
  accountId: account.id, side, amount, currency,
});

function plan(
  request: PostingRequest,
  ledgerAccount: AccountRef | null,
  counterAccount: AccountRef | null,
  totals: { net: bigint; tax: bigint; gross: bigint },
  lines: PlannedLine[],
  entries: PlannedEntry[],
): PostingPlan {
  const { type, input } = request;
  const status = !type.posting ? 'RECORDED' : input.pending ? 'PENDING' : 'POSTED';
  return {
    status, accountId: ledgerAccount?.id ?? null, counterAccountId: counterAccount?.id ?? null,
    currency: input.currency, ...totals, lines, entries,
  };
}

// ---------------------------------------------------------------- invariants

export interface SideTotals {
  debits: bigint;
  credits: bigint;
}

/** Σ debits and Σ credits per currency of the given entries. */
export function totalsByCurrency(entries: readonly PlannedEntry[]): Map<string, SideTotals> {
  const totals = new Map<string, SideTotals>();
  for (const e of entries) {
    const sum = totals.get(e.currency) ?? { debits: 0n, credits: 0n };
    if (e.side === 'DEBIT') sum.debits += e.amount;
    else sum.credits += e.amount;
    totals.set(e.currency, sum);
  }
  return totals;
}

/** Invariant 1's figures: debits and credits of the nominal entries, per currency. */
export function nominalBalances(entries: readonly PlannedEntry[], accountsById: Pick<AccountLookup, 'byId'>): Map<string, SideTotals> {
  return totalsByCurrency(entries.filter((e) => accountsById.byId(e.accountId)?.ledgerKind === 'NOMINAL'));
}

function assertBalanced(request: PostingRequest, entries: readonly PlannedEntry[], what: string): void {
  for (const [currency, { debits, credits }] of totalsByCurrency(entries)) {
    if (debits !== credits) throw unbalanced(what, currency, debits, credits, digitsIn(request, entries, currency));
  }
}

/** Invariant 1 checked on every plan, so a type whose flags cannot balance never posts. */
function assertNominalBalance(request: PostingRequest, entries: readonly PlannedEntry[]): void {
  for (const [currency, { debits, credits }] of nominalBalances(entries, request.accounts)) {
    if (debits !== credits) throw unbalanced('the nominal entries', currency, debits, credits, digitsIn(request, entries, currency));
  }
}

/** The digits of a currency: the transaction's, else a unit's read from a stock item. */
function digitsIn(request: PostingRequest, entries: readonly PlannedEntry[], currency: string): number {
  if (currency === request.input.currency) return request.input.currencyDigits;
  const sample = entries.find((e) => e.currency === currency);
  return sample ? (request.accounts.byId(sample.accountId)?.digits ?? 0) : 0;
}

function unbalanced(what: string, currency: string, debits: bigint, credits: bigint, digits: number): DomainError {
  const [debitText, creditText] = [formatAmount(debits, digits), formatAmount(credits, digits)];
  return new DomainError('UNBALANCED', `${what} do not balance in ${currency}: debits ${debitText}, credits ${creditText}`, {
    currency, debits: debitText, credits: creditText,
  });
}
