// Configuring a book: ledgers, accounts, units, transaction types, tax codes, periods.
// The rules live in src/domain/configuration.ts; here: look-ups, writes, audit, in one
// database transaction per change. The *In functions run inside a caller's transaction
// (the STANDARD template applies them in createBook's).
import {
  checkAccountControl,
  checkAccountTypeFitsLedger,
  checkCurrencyFitsAccountType,
  checkLedgerNominalLink,
  checkPeriod,
  checkPeriodCanClose,
  checkPostingNominalAccount,
  checkTaxCode,
  checkTransactionTypeFlags,
  checkUnit,
  defaultNormalSide,
  normaliseCode,
  numberPrefix,
  resolveBalanceLimit,
  resolveCurrency,
  type AccountFacts,
  type TransactionTypeFlagsInput,
} from '../domain/configuration.ts';
import { compileEntryTemplates } from '../domain/entry-templates.ts';
import { periodsByBasis, type PeriodBasis } from '../domain/periods.ts';
import { badInput, DomainError, notFound } from '../domain/errors.ts';
import type { Database, Prisma, Tx } from '../db.ts';
import { runChange } from './runner.ts';
import { DbNull } from '@prisma/client/runtime/client';
import { lockPeriod } from './periods.ts';
import type {
  AccountType,
  BalanceLimit,
  LedgerKind,
  PostingTemplate,
  Side,
  TaxArea,
} from '../generated/prisma/enums.ts';
import { requireCapability, type Actor, trailOf } from './access.ts';
import { recordAudit } from './audit.ts';
import { ledgerControlFor } from './currencies.ts';

type Json = unknown;

async function audited<T extends { id: string }>(
  tx: Tx,
  actor: Actor,
  bookId: string,
  action: string,
  entityType: string,
  write: () => Promise<T>,
  before?: unknown,
): Promise<T> {
  const after = await write();
  await recordAudit(tx, { bookId, actorId: actor.userId, ...trailOf(actor), action, entityType, entityId: after.id, before, after });
  return after;
}

/** Runs a configuration change in one transaction, for an ADMIN of the book (`unknown`: see requireCapability). */
async function configure<T>(prisma: Prisma, actor: Actor, bookId: string, work: (tx: Tx) => Promise<T>, unknown?: DomainError) {
  return runChange(prisma, async (tx) => {
    await requireCapability(tx, actor, bookId, 'configure', unknown);
    return work(tx);
  });
}

async function bookOf(tx: Tx, bookId: string) {
  const book = await tx.book.findUnique({ where: { id: bookId } });
  if (!book) throw notFound(`No book ${bookId}`, { field: 'bookId' });
  return book;
}

async function ledgerByCode(tx: Tx, bookId: string, code: string, field = 'ledgerCode') {
  const ledger = await tx.ledger.findUnique({ where: { bookId_code: { bookId, code } } });
  if (!ledger) throw notFound(`${field} "${code}" is not a ledger of this book`, { field, value: code });
  return ledger;
}

/** An archived ledger keeps what it has and takes nothing new (docs/configuration.md). */
function refuseArchivedLedger(ledger: { code: string; archivedAt: Date | null }, what: string, field = 'ledgerCode') {
  if (ledger.archivedAt) {
    throw new DomainError('INVALID_STATE', `ledger ${ledger.code} is archived and takes no new ${what}: unarchive it first (updateLedger archived: false)`, {
      field, value: ledger.code, status: 'ARCHIVED',
    });
  }
}

/** An account with what the configuration rules need to know about it. */
async function accountRefByCode(tx: Tx, bookId: string, code: string, field: string) {
  const account = await tx.account.findUnique({
    where: { bookId_code: { bookId, code } },
    include: { ledger: { select: { kind: true } } },
  });
  if (!account) throw notFound(`${field} "${code}" is not an account of this book`, { field, value: code });
  const ref: AccountFacts = { code: account.code, ledgerKind: account.ledger.kind, isControl: account.isControl };
  return { account, ref };
}

async function codeIsFree(exists: Promise<unknown>, field: string, code: string, what: string) {
  if (await exists) {
    throw badInput(`${field} "${code}" is already used by another ${what} in this book: choose another code`, {
      field,
      value: code,
    });
  }
}

/**
 * Marks a nominal account as a control account. One that already carries its own direct
 * lines cannot become one: the ledger it mirrors would never reconcile with it.
 */
async function designateControlAccount(tx: Tx, account: { id: string; code: string; isControl: boolean }) {
  if (account.isControl) return;
  if ((await tx.entry.count({ where: { accountId: account.id } })) > 0) {
    throw badInput(
      `controlAccountCode "${account.code}" already has entries of its own: a control account may only be moved by its ledger; choose an unused nominal account`,
      { field: 'controlAccountCode', value: account.code },
    );
  }
  // an account that lines already post to (tax, default analysis) would take direct lines as a control account
  // one query at a time: a database transaction holds one connection
  const linesPostHere = [
    await tx.taxCode.count({ where: { accountId: account.id } }),
    await tx.ledger.count({ where: { defaultAnalysisAccountId: account.id } }),
    await tx.transactionTypeVersion.count({ where: { defaultAnalysisAccountId: account.id } }),
  ];
  if (linesPostHere.some((n) => n > 0)) {
    throw badInput(
      `controlAccountCode "${account.code}" is a tax code's or a default analysis account, which lines post to directly: a control account may only be moved by its ledger; choose another nominal account`,
      { field: 'controlAccountCode', value: account.code },
    );
  }
  await tx.account.update({ where: { id: account.id }, data: { isControl: true } });
}

/** A control account no ledger and no account names any more is an ordinary nominal account again. */
async function releaseControlAccount(tx: Tx, accountId: string) {
  // one query at a time: a database transaction holds one connection
  const named = (await tx.ledger.count({ where: { controlAccountId: accountId } })) + (await tx.account.count({ where: { controlAccountId: accountId } }));
  if (named === 0) await tx.account.update({ where: { id: accountId }, data: { isControl: false } });
}

// ------------------------------------------------------------------------ ledgers

export interface CreateLedgerInput {
  bookId: string;
  code: string;
  name: string;
  kind: LedgerKind;
  updatesNominal?: boolean | null;
  controlAccountCode?: string | null;
  defaultAnalysisAccountCode?: string | null;
  taxArea?: TaxArea | null;
}

export async function createLedgerIn(tx: Tx, actor: Actor, input: CreateLedgerInput) {
  const code = normaliseCode('code', input.code);
  await codeIsFree(tx.ledger.findUnique({ where: { bookId_code: { bookId: input.bookId, code } } }), 'code', code, 'ledger');
  const control = input.controlAccountCode
    ? await accountRefByCode(tx, input.bookId, input.controlAccountCode, 'controlAccountCode')
    : undefined;
  const updatesNominal = checkLedgerNominalLink({
    kind: input.kind,
    updatesNominal: input.updatesNominal ?? undefined,
    controlAccount: control?.ref,
  });
  const analysis = input.defaultAnalysisAccountCode
    ? await accountRefByCode(tx, input.bookId, input.defaultAnalysisAccountCode, 'defaultAnalysisAccountCode')
    : undefined;
  // the control account named in this same input counts as one already
  const analysisIsControl = analysis !== undefined && analysis.account.id === control?.account.id;
  if (analysis) checkPostingNominalAccount({ ...analysis.ref, isControl: analysis.ref.isControl || analysisIsControl }, 'defaultAnalysisAccountCode');
  if (control) await designateControlAccount(tx, control.account);
  return audited(tx, actor, input.bookId, 'ledger.create', 'Ledger', () =>
    tx.ledger.create({
      data: {
        bookId: input.bookId,
        code,
        name: requiredName(input.name),
        kind: input.kind,
        updatesNominal,
        controlAccountId: control?.account.id ?? null,
        defaultAnalysisAccountId: analysis?.account.id ?? null,
        taxArea: input.taxArea ?? 'NONE',
      },
    }),
  );
}

export const createLedger = (prisma: Prisma, actor: Actor, input: CreateLedgerInput) =>
  configure(prisma, actor, input.bookId, (tx) => createLedgerIn(tx, actor, input));

export function requiredName(name: string, field = 'name'): string {
  const text = name.trim();
  if (!text) throw badInput(`${field} must not be blank`, { field });
  if (text.length > 200) throw badInput(`${field} is longer than 200 characters`, { field });
  return text;
}

// ------------------------------------------------------------------------ units

export interface CreateUnitInput {
  bookId: string;
  code: string;
  name: string;
  decimals: number;
}

export async function createUnitIn(tx: Tx, actor: Actor, input: CreateUnitInput) {
  const unit = checkUnit({ code: input.code, decimals: input.decimals });
  await codeIsFree(tx.unit.findUnique({ where: { bookId_code: { bookId: input.bookId, code: unit.code } } }), 'code', unit.code, 'unit');
  return audited(tx, actor, input.bookId, 'unit.create', 'Unit', () =>
    tx.unit.create({ data: { bookId: input.bookId, code: unit.code, name: requiredName(input.name), decimals: unit.decimals } }),
  );
}

export const createUnit = (prisma: Prisma, actor: Actor, input: CreateUnitInput) =>
  configure(prisma, actor, input.bookId, (tx) => createUnitIn(tx, actor, input));

// ------------------------------------------------------------------------ accounts

export interface CreateAccountInput {
  bookId: string;
  ledgerCode: string;
  code: string;
  name: string;
  type: AccountType;
  currency?: string | null;
  normalSide?: Side | null;
  limit?: BalanceLimit | null;
  controlAccountCode?: string | null;
  metadata?: Json;
}

export async function createAccountIn(tx: Tx, actor: Actor, input: CreateAccountInput) {
  const book = await bookOf(tx, input.bookId);
  const code = normaliseCode('code', input.code);
  await codeIsFree(tx.account.findUnique({ where: { bookId_code: { bookId: book.id, code } } }), 'code', code, 'account');
  const ledger = await ledgerByCode(tx, book.id, input.ledgerCode);
  refuseArchivedLedger(ledger, 'accounts');
  checkAccountTypeFitsLedger(input.type, ledger.kind);
  const units = await tx.unit.findMany({ where: { bookId: book.id }, select: { code: true, decimals: true } });
  const currency = resolveCurrency(input.currency ?? undefined, book.baseCurrency, units);
  checkCurrencyFitsAccountType(input.type, currency);
  const control = input.controlAccountCode
    ? await accountRefByCode(tx, book.id, input.controlAccountCode, 'controlAccountCode')
    : undefined;
  const ledgerControl = ledger.controlAccountId
    ? await tx.account.findUnique({ where: { id: ledger.controlAccountId }, select: { code: true, currency: true } })
    : null;
  checkAccountControl({
    ledger: { code: ledger.code, kind: ledger.kind, updatesNominal: ledger.updatesNominal, controlAccountCode: ledgerControl?.code },
    controlAccount: control?.ref,
  });
  // a control account mirrors accounts of its own currency only: the ledger's control for this currency, else refused
  const currencyControl = !control && ledger.updatesNominal && ledgerControl ? await ledgerControlFor(tx, ledger.id, currency.code) : null;
  if (!control && ledger.updatesNominal && ledgerControl && !currencyControl && ledgerControl.currency !== currency.code) {
    throw badInput(
      `account "${code}" would be in ${currency.code}, but ledger ${ledger.code}'s control account ${ledgerControl.code} is in ${ledgerControl.currency}, and a control account mirrors accounts of its own currency only: ` +
        `create a ${currency.code} nominal account to be the control and either name it here (controlAccountCode) or make it ledger ${ledger.code}'s ${currency.code} control with setLedgerControlAccount, so that every ${currency.code} account of the ledger uses it`,
      { field: 'currency', value: currency.code },
    );
  }
  if (control) {
    if (control.account.currency !== currency.code) {
      throw new DomainError(
        'CURRENCY_MISMATCH',
        `controlAccountCode "${control.account.code}" is in ${control.account.currency} but the account is in ${currency.code}: a control account mirrors its accounts in their currency`,
        { field: 'controlAccountCode' },
      );
    }
    await designateControlAccount(tx, control.account);
  }
  return audited(tx, actor, book.id, 'account.create', 'Account', async () => {
    const account = await tx.account.create({
      data: {
        bookId: book.id,
        ledgerId: ledger.id,
        code,
        name: requiredName(input.name),
        type: input.type,
        currency: currency.code,
        normalSide: input.normalSide ?? defaultNormalSide(input.type),
        limit: resolveBalanceLimit(input.type, input.limit ?? undefined, input.normalSide ?? undefined),
        controlAccountId: control?.account.id ?? currencyControl,
        metadata: (input.metadata ?? undefined) as never,
      },
    });
    await tx.accountBalance.create({ data: { accountId: account.id, bookId: book.id } });
    return account;
  });
}

export const createAccount = (prisma: Prisma, actor: Actor, input: CreateAccountInput) =>
  configure(prisma, actor, input.bookId, (tx) => createAccountIn(tx, actor, input));

export interface UpdateAccountInput {
  id: string;
  name?: string | null;
  limit?: BalanceLimit | null;
  controlAccountCode?: string | null;
  metadata?: Json;
}

export async function updateAccount(prisma: Prisma, actor: Actor, input: UpdateAccountInput) {
  const found = await prisma.account.findUnique({ where: { id: input.id }, select: { bookId: true } });
  const unknown = notFound(`No account ${input.id}`, { field: 'id' });
  if (!found) throw unknown;
  return configure(prisma, actor, found.bookId, async (tx) => {
    const before = await tx.account.findUniqueOrThrow({ where: { id: input.id }, include: { ledger: true } });
    const data: Record<string, unknown> = {};
    if (input.name != null) data.name = requiredName(input.name);
    // client money may never be overdrawn: the same rule as createAccount
    if (input.limit != null) data.limit = resolveBalanceLimit(before.type, input.limit);
    // metadata: null clears it (absent leaves it as it is)
    if (input.metadata !== undefined) data.metadata = input.metadata === null ? DbNull : input.metadata;
    if (input.controlAccountCode != null) {
      const control = await accountRefByCode(tx, before.bookId, input.controlAccountCode, 'controlAccountCode');
      if (control.account.id !== before.controlAccountId) {
        if ((await tx.entry.count({ where: { accountId: before.id } })) > 0) {
          throw badInput(
            `controlAccountCode cannot change on account ${before.code}: it has entries, and its old control account would no longer reconcile`,
            { field: 'controlAccountCode' },
          );
        }
        checkAccountControl({
          ledger: { code: before.ledger.code, kind: before.ledger.kind, updatesNominal: before.ledger.updatesNominal },
          controlAccount: control.ref,
        });
        // as in createAccount: a control account mirrors its accounts in their currency
        if (control.account.currency !== before.currency) {
          throw new DomainError(
            'CURRENCY_MISMATCH',
            `controlAccountCode "${control.account.code}" is in ${control.account.currency} but the account is in ${before.currency}: a control account mirrors its accounts in their currency`,
            { field: 'controlAccountCode' },
          );
        }
        await designateControlAccount(tx, control.account);
        data.controlAccountId = control.account.id;
      }
    }
    const after = await tx.account.update({ where: { id: before.id }, data });
    // the control account it leaves stays one only while a ledger or another account names it
    if (before.controlAccountId && after.controlAccountId !== before.controlAccountId) await releaseControlAccount(tx, before.controlAccountId);
    const { ledger: _ledger, ...beforeRow } = before;
    await recordAudit(tx, {
      bookId: before.bookId,
      actorId: actor.userId, ...trailOf(actor),
      action: 'account.update',
      entityType: 'Account',
      entityId: before.id,
      before: beforeRow,
      after,
    });
    return after;
  }, unknown);
}

// ------------------------------------------------------------------------ transaction types

export interface TransactionTypeInput {
  bookId: string;
  ledgerCode: string;
  code: string;
  name: string;
  direction: Side;
  posting?: boolean | null;
  updatesNominal?: boolean | null;
  taxable?: boolean | null;
  interLedgerCode?: string | null;
  interAccount?: boolean | null;
  usesStock?: boolean | null;
  stockSide?: Side | null;
  allocates?: boolean | null;
  readsFromCodes?: readonly string[] | null;
  requiresApproval?: boolean | null;
  template?: PostingTemplate | null;
  controlAccountCode?: string | null;
  defaultAnalysisAccountCode?: string | null;
  entryTemplates?: Json;
}

const orUndefined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

/** Checks a type's flags against the book and returns the row of a version to write. */
async function resolveTypeVersion(tx: Tx, input: TransactionTypeInput, code: string) {
  const ledger = await ledgerByCode(tx, input.bookId, input.ledgerCode);
  refuseArchivedLedger(ledger, 'transaction types');
  const interLedger = input.interLedgerCode
    ? await tx.ledger.findUnique({ where: { bookId_code: { bookId: input.bookId, code: input.interLedgerCode } } })
    : null;
  const readsFromTypes = input.readsFromCodes?.length
    ? await tx.transactionType.findMany({ where: { bookId: input.bookId, code: { in: [...input.readsFromCodes] } } })
    : [];
  const readsFrom = [];
  for (const type of readsFromTypes) {
    const version = await tx.transactionTypeVersion.findUniqueOrThrow({
      where: { typeId_version: { typeId: type.id, version: type.currentVersion } },
    });
    readsFrom.push({ id: type.id, code: type.code, posting: version.posting });
  }
  const control = input.controlAccountCode
    ? await accountRefByCode(tx, input.bookId, input.controlAccountCode, 'controlAccountCode')
    : undefined;
  const analysis = input.defaultAnalysisAccountCode
    ? await accountRefByCode(tx, input.bookId, input.defaultAnalysisAccountCode, 'defaultAnalysisAccountCode')
    : undefined;
  const flagsInput: TransactionTypeFlagsInput = {
    code,
    direction: input.direction,
    posting: orUndefined(input.posting),
    updatesNominal: orUndefined(input.updatesNominal),
    taxable: orUndefined(input.taxable),
    interLedgerCode: orUndefined(input.interLedgerCode),
    interAccount: orUndefined(input.interAccount),
    usesStock: orUndefined(input.usesStock),
    stockSide: orUndefined(input.stockSide),
    allocates: orUndefined(input.allocates),
    readsFromCodes: orUndefined(input.readsFromCodes),
    requiresApproval: orUndefined(input.requiresApproval),
    template: orUndefined(input.template),
    entryTemplates: input.entryTemplates ?? undefined,
  };
  const flags = checkTransactionTypeFlags(flagsInput, {
    ledger,
    bookHasStockLedger: (await tx.ledger.count({ where: { bookId: input.bookId, kind: 'STOCK' } })) > 0,
    interLedger: interLedger ?? undefined,
    readsFrom,
    taxCodesInArea:
      ledger.taxArea === 'NONE' ? 0 : await tx.taxCode.count({ where: { bookId: input.bookId, area: ledger.taxArea } }),
    controlAccount: control?.ref,
    // the control account named in this same input counts as one already
    defaultAnalysisAccount: analysis && {
      ...analysis.ref,
      isControl: analysis.ref.isControl || analysis.account.id === control?.account.id,
    },
  });
  // CUSTOM entry templates must compile before the type exists; the error names the template
  if (flags.template === 'CUSTOM') compileEntryTemplates(input.entryTemplates);
  if (control) await designateControlAccount(tx, control.account);
  return {
    ledger,
    version: {
      bookId: input.bookId,
      name: requiredName(input.name),
      direction: flags.direction,
      posting: flags.posting,
      updatesNominal: flags.updatesNominal,
      taxable: flags.taxable,
      interLedgerId: interLedger?.id ?? null,
      interAccount: flags.interAccount,
      usesStock: flags.usesStock,
      stockSide: flags.stockSide,
      allocates: flags.allocates,
      readsFromIds: readsFrom.map((t) => t.id),
      requiresApproval: flags.requiresApproval,
      template: flags.template,
      controlAccountId: control?.account.id ?? null,
      defaultAnalysisAccountId: analysis?.account.id ?? null,
      entryTemplates: (input.entryTemplates ?? undefined) as never,
    },
  };
}


export async function createTransactionTypeIn(tx: Tx, actor: Actor, input: TransactionTypeInput) {
  const code = normaliseCode('code', input.code);
  await codeIsFree(
    tx.transactionType.findUnique({ where: { bookId_code: { bookId: input.bookId, code } } }),
    'code',
    code,
    'transaction type',
  );
  const { ledger, version } = await resolveTypeVersion(tx, input, code);
  return audited(tx, actor, input.bookId, 'transactionType.create', 'TransactionType', async () => {
    const type = await tx.transactionType.create({
      data: { bookId: input.bookId, ledgerId: ledger.id, code, name: version.name, numberPrefix: numberPrefix(code) },
    });
    await tx.transactionTypeVersion.create({ data: { ...version, typeId: type.id, version: 1 } });
    return { ...type, flags: version };
  });
}

export const createTransactionType = (prisma: Prisma, actor: Actor, input: TransactionTypeInput) =>
  configure(prisma, actor, input.bookId, (tx) => createTransactionTypeIn(tx, actor, input));

/** A change to a type is a new version; transactions keep the version that posted them. */
export async function updateTransactionType(prisma: Prisma, actor: Actor, input: TransactionTypeInput) {
  return configure(prisma, actor, input.bookId, async (tx) => {
    const type = await tx.transactionType.findUnique({ where: { bookId_code: { bookId: input.bookId, code: input.code } } });
    if (!type) throw notFound(`code "${input.code}" is not a transaction type of this book`, { field: 'code' });
    const ledger = await ledgerByCode(tx, input.bookId, input.ledgerCode);
    if (ledger.id !== type.ledgerId) {
      throw badInput(`ledgerCode cannot change: type ${type.code} belongs to its ledger; create a new type instead`, {
        field: 'ledgerCode',
      });
    }
    const previous = await tx.transactionTypeVersion.findUniqueOrThrow({
      where: { typeId_version: { typeId: type.id, version: type.currentVersion } },
    });
    const { version } = await resolveTypeVersion(tx, input, type.code);
    const next = type.currentVersion + 1;
    await tx.transactionTypeVersion.create({ data: { ...version, typeId: type.id, version: next } });
    const updated = await tx.transactionType.update({
      where: { id: type.id },
      data: { currentVersion: next, name: version.name },
    });
    await recordAudit(tx, {
      bookId: input.bookId,
      actorId: actor.userId, ...trailOf(actor),
      action: 'transactionType.update',
      entityType: 'TransactionType',
      entityId: type.id,
      before: previous,
      after: { ...version, version: next },
    });
    return updated;
  });
}

// ------------------------------------------------------------------------ tax codes

export interface CreateTaxCodeInput {
  bookId: string;
  code: string;
  name: string;
  rate: string;
  area: TaxArea;
  accountCode: string;
}

export async function createTaxCodeIn(tx: Tx, actor: Actor, input: CreateTaxCodeInput) {
  const code = normaliseCode('code', input.code);
  await codeIsFree(tx.taxCode.findUnique({ where: { bookId_code: { bookId: input.bookId, code } } }), 'code', code, 'tax code');
  const account = await accountRefByCode(tx, input.bookId, input.accountCode, 'accountCode');
  const { rate } = checkTaxCode({ rate: input.rate, area: input.area, account: account.ref });
  return audited(tx, actor, input.bookId, 'taxCode.create', 'TaxCode', () =>
    tx.taxCode.create({
      data: { bookId: input.bookId, code, name: requiredName(input.name), rate, area: input.area, accountId: account.account.id },
    }),
  );
}

export const createTaxCode = (prisma: Prisma, actor: Actor, input: CreateTaxCodeInput) =>
  configure(prisma, actor, input.bookId, (tx) => createTaxCodeIn(tx, actor, input));

// ------------------------------------------------------------------------ periods

export interface CreatePeriodInput {
  bookId: string;
  name: string;
  start: string;
  end: string;
}

export const createPeriod = (prisma: Prisma, actor: Actor, input: CreatePeriodInput) =>
  configure(prisma, actor, input.bookId, async (tx) => {
    await bookOf(tx, input.bookId);
    const existing = await tx.period.findMany({ where: { bookId: input.bookId } });
    checkPeriod({ start: input.start, end: input.end }, existing);
    return audited(tx, actor, input.bookId, 'period.create', 'Period', () =>
      tx.period.create({ data: { bookId: input.bookId, name: requiredName(input.name), start: input.start, end: input.end } }),
    );
  });

/** createPeriods: a year of periods by basis (monthly, quarterly, yearly) in one change; none if any overlaps. */
export const createPeriods = (prisma: Prisma, actor: Actor, input: { bookId: string; yearStart: string; basis: PeriodBasis }) =>
  configure(prisma, actor, input.bookId, async (tx) => {
    await bookOf(tx, input.bookId);
    const existing = await tx.period.findMany({ where: { bookId: input.bookId } });
    const created = [];
    for (const period of periodsByBasis(input.yearStart, input.basis)) {
      checkPeriod(period, [...existing, ...created]);
      created.push(await audited(tx, actor, input.bookId, 'period.create', 'Period', () => tx.period.create({ data: { bookId: input.bookId, ...period } })));
    }
    return created;
  });

export async function closePeriod(db: Database, actor: Actor, periodId: string) {
  const found = await db.prisma.period.findUnique({ where: { id: periodId }, select: { bookId: true } });
  const unknown = notFound(`No period ${periodId}`, { field: 'id' });
  if (!found) throw unknown;
  return configure(db.prisma, actor, found.bookId, async (tx) => {
    // postings dated in the period hold it FOR SHARE: closing waits for them, then counts
    await lockPeriod(tx, db.kind, periodId);
    const period = await tx.period.findUniqueOrThrow({ where: { id: periodId } });
    const pending = await tx.transaction.count({
      where: { bookId: period.bookId, status: 'PENDING', date: { gte: period.start, lte: period.end } },
    });
    checkPeriodCanClose(period, pending);
    const closed = await tx.period.update({
      where: { id: period.id },
      data: { status: 'CLOSED', closedAt: new Date(), closedById: actor.userId },
    });
    await recordAudit(tx, {
      bookId: period.bookId,
      actorId: actor.userId, ...trailOf(actor),
      action: 'period.close',
      entityType: 'Period',
      entityId: period.id,
      before: period,
      after: closed,
    });
    return closed;
  }, unknown);
}
