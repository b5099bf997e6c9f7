// createTransaction: validate and build (prepare), then lock and write (commit), in one
// database transaction. Prepare reads and checks but writes nothing, so a refused posting
// leaves no trace and several prepared postings could later share one write (group commit)
// without touching the pure interpreter in src/domain/posting.ts.
import { createHash } from 'node:crypto';
import { isoCurrencyDigits } from '../domain/currency.ts';
import { DomainError, badInput, notFound } from '../domain/errors.ts';
import {
  accountLookup,
  buildPosting,
  parseTransactionInput,
  templateAccountCodes,
  type PostingPlan,
  type RawTransactionInput,
  type TransactionInput,
} from '../domain/posting.ts';
import { formatDocumentNumber } from '../domain/configuration.ts';
import type { AccountRef, EntryTemplate, TaxCodeRef, TypeVersion } from '../domain/types.ts';
import { inTransaction, type Database, type Tx } from '../db.ts';
import { uuidv7 } from '../ids.ts';
import { requireCapability, type Actor } from './access.ts';
import { recordAudit } from './audit.ts';
import {
  applyMovements,
  checkLimits,
  lockBalances,
  rollUpDaily,
  saveBalances,
  sequencePosted,
  type AccountForLimits,
  type BalanceRow,
} from './ledger-writer.ts';
import { requireOpenPeriod } from './periods.ts';
import { allocateIn } from './allocation.ts';
import type { BalanceSums } from '../domain/balances.ts';

export interface CreateTransactionInput extends RawTransactionInput {
  bookId: string;
  typeCode: string;
  allocations?: { transactionId: string; amount: string }[] | null;
  sourceId?: string | null;
  idempotencyKey?: string | null;
  expectedVersions?: { accountCode: string; version: number }[] | null;
  metadata?: unknown;
}

/** Ledger kinds whose accounts carry open items (invoices) and settlements. */
const OPEN_ITEM_LEDGERS = new Set(['SALES', 'PURCHASES', 'CLIENT', 'CUSTOM']);

export interface PreparedPosting {
  id: string;
  bookId: string;
  actor: Actor;
  raw: CreateTransactionInput;
  requestHash: string;
  type: { id: string; code: string; numberPrefix: string };
  version: TypeVersion;
  input: TransactionInput;
  plan: PostingPlan;
  accounts: Map<string, AccountRef>;
  source: { id: string } | null;
  /** set for a reversal: the transaction it mirrors (never an open item itself) */
  reversalOfId?: string;
}

/** The hash an idempotency key is stored with: the same input always hashes the same. */
export function requestHash(raw: object): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([key, v]) => key !== 'idempotencyKey' && v !== undefined && v !== null)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, v]) => [key, canonical(v)]),
      );
    }
    return value;
  };
  return createHash('sha256').update(JSON.stringify(canonical(raw))).digest('hex');
}

export function toTypeVersion(
  version: Awaited<ReturnType<Tx['transactionTypeVersion']['findUniqueOrThrow']>>,
  ledger: { id: string; kind: TypeVersion['ledgerKind']; taxArea: TypeVersion['ledgerTaxArea']; controlAccountId: string | null; defaultAnalysisAccountId: string | null },
): TypeVersion {
  return {
    id: version.id,
    typeId: version.typeId,
    version: version.version,
    name: version.name,
    ledgerId: ledger.id,
    ledgerKind: ledger.kind,
    ledgerTaxArea: ledger.taxArea,
    direction: version.direction,
    posting: version.posting,
    updatesNominal: version.updatesNominal,
    taxable: version.taxable,
    interLedgerId: version.interLedgerId,
    interAccount: version.interAccount,
    usesStock: version.usesStock,
    stockSide: version.stockSide,
    allocates: version.allocates,
    readsFromIds: version.readsFromIds as string[],
    requiresApproval: version.requiresApproval,
    template: version.template,
    controlAccountId: version.controlAccountId ?? ledger.controlAccountId,
    defaultAnalysisAccountId: version.defaultAnalysisAccountId ?? ledger.defaultAnalysisAccountId,
    entryTemplates: (version.entryTemplates as EntryTemplate[] | null) ?? null,
  };
}

/** The book's stock units and their decimal places. */
async function bookUnits(tx: Tx, bookId: string): Promise<Map<string, number>> {
  return new Map((await tx.unit.findMany({ where: { bookId } })).map((unit) => [unit.code, unit.decimals]));
}

/** Loads accounts by code or id with everything the interpreter needs to know of them. */
export async function loadAccounts(
  tx: Tx,
  bookId: string,
  where: { codes?: string[]; ids?: string[] },
  units?: ReadonlyMap<string, number>,
) {
  const rows = await tx.account.findMany({
    where: {
      bookId,
      OR: [
        ...(where.codes?.length ? [{ code: { in: where.codes } }] : []),
        ...(where.ids?.length ? [{ id: { in: where.ids } }] : []),
      ],
    },
    include: { ledger: { select: { kind: true, controlAccountId: true } } },
  });
  const unitDigits = units ?? (await bookUnits(tx, bookId));
  return rows.map(
    (row): AccountRef => ({
      id: row.id,
      code: row.code,
      ledgerId: row.ledgerId,
      ledgerKind: row.ledger.kind,
      type: row.type,
      currency: row.currency,
      digits: isoCurrencyDigits(row.currency) ?? unitDigits.get(row.currency) ?? 0,
      normalSide: row.normalSide,
      limit: row.limit,
      controlAccountId: row.controlAccountId ?? row.ledger.controlAccountId,
      isControl: row.isControl,
    }),
  );
}

/** Reads and checks everything; writes nothing. */
export async function preparePosting(tx: Tx, actor: Actor, raw: CreateTransactionInput): Promise<PreparedPosting> {
  const { bookId } = raw;
  const book = await tx.book.findUnique({ where: { id: bookId } });
  if (!book) throw notFound(`No book ${bookId}`, { field: 'bookId' });
  const type = await tx.transactionType.findUnique({ where: { bookId_code: { bookId, code: raw.typeCode } } });
  if (!type) throw notFound(`typeCode "${raw.typeCode}" is not a transaction type of this book`, { field: 'typeCode' });
  // one query at a time: a database transaction holds one connection
  const versionRow = await tx.transactionTypeVersion.findUniqueOrThrow({
    where: { typeId_version: { typeId: type.id, version: type.currentVersion } },
  });
  const ledger = await tx.ledger.findUniqueOrThrow({ where: { id: type.ledgerId } });
  const version = toTypeVersion(versionRow, ledger);

  // first the accounts the input names, then the ones their flags point at
  const namedCodes = [raw.accountCode, raw.counterAccountCode, ...(raw.lines ?? []).map((l) => l.accountCode)].filter(
    (code): code is string => typeof code === 'string',
  );
  const taxCodes = await tx.taxCode.findMany({ where: { bookId } });
  const accounts = new Map<string, AccountRef>();
  const add = (refs: AccountRef[]) => refs.forEach((ref) => accounts.set(ref.id, ref));
  const units = await bookUnits(tx, bookId);
  add(await loadAccounts(tx, bookId, { codes: namedCodes }, units));
  const ledgerAccount = raw.accountCode ? [...accounts.values()].find((a) => a.code === raw.accountCode) : undefined;
  const input = parseTransactionInput(raw, {
    defaultCurrency: ledgerAccount?.currency ?? book.baseCurrency,
    currency: (code) => isoCurrencyDigits(code),
    quantity: (code) => {
      const item = code ? [...accounts.values()].find((a) => a.code === code) : undefined;
      return item?.type === 'STOCK_ITEM' ? units.get(item.currency) : undefined;
    },
  });
  const templateCodes = templateAccountCodes(version, input);
  if (templateCodes.length) add(await loadAccounts(tx, bookId, { codes: templateCodes }, units));
  const linkedIds = [
    version.controlAccountId,
    version.defaultAnalysisAccountId,
    ...taxCodes.map((t) => t.accountId),
    ...[...accounts.values()].map((a) => a.controlAccountId),
  ].filter((id): id is string => id !== null && !accounts.has(id));
  if (linkedIds.length) add(await loadAccounts(tx, bookId, { ids: linkedIds }, units));
  const missingControls = [...accounts.values()].map((a) => a.controlAccountId).filter((id): id is string => id !== null && !accounts.has(id));
  if (missingControls.length) add(await loadAccounts(tx, bookId, { ids: missingControls }, units));

  const plan = buildPosting({
    type: version,
    accounts: accountLookup(accounts.values()),
    taxCodes: new Map(taxCodes.map((t): [string, TaxCodeRef] => [t.code, { id: t.id, code: t.code, rate: t.rate, area: t.area, accountId: t.accountId }])),
    input,
  });
  const source = raw.sourceId ? await checkSource(tx, bookId, version, plan, raw.sourceId) : null;
  if (raw.allocations?.length && !version.allocates) {
    throw badInput(`type "${type.code}" does not allocate: allocations are for receipts, payments and credit notes`, {
      field: 'allocations',
    });
  }
  return {
    id: uuidv7(),
    bookId,
    actor,
    raw,
    requestHash: requestHash(raw),
    type: { id: type.id, code: type.code, numberPrefix: type.numberPrefix },
    version,
    input,
    plan,
    accounts,
    source,
  };
}

/** A transaction may read (and so fulfil) one unfulfilled transaction of a readsFrom type, on the same account. */
async function checkSource(tx: Tx, bookId: string, version: TypeVersion, plan: PostingPlan, sourceId: string) {
  const source = await tx.transaction.findUnique({ where: { id: sourceId } });
  if (!source || source.bookId !== bookId) throw notFound(`sourceId ${sourceId} is not a transaction of this book`, { field: 'sourceId' });
  if (!version.readsFromIds.includes(source.typeId)) {
    throw badInput(`sourceId ${source.number} is of a type that "${version.name}" does not read (readsFrom)`, { field: 'sourceId' });
  }
  if (source.accountId !== plan.accountId) {
    throw badInput(`sourceId ${source.number} is on another account: a transaction reads a source on its own account`, {
      field: 'sourceId',
    });
  }
  if (source.fulfilledById) {
    throw new DomainError('INVALID_STATE', `sourceId ${source.number} has already been fulfilled`, { field: 'sourceId' });
  }
  return { id: source.id };
}

/** Locks, checks what depends on the current balances, and writes. */
export async function writePosting(tx: Tx, db: Pick<Database, 'kind'>, prepared: PreparedPosting) {
  const { plan, bookId, input, accounts } = prepared;
  const touched = plan.entries.map((e) => e.accountId);
  const balances = await lockBalances(tx, db.kind, touched);
  checkExpectedVersions(prepared, balances, accounts);
  await requireOpenPeriod(tx, db.kind, bookId, input.date);

  const status = plan.status === 'RECORDED' ? null : plan.status;
  const after = new Map<string, BalanceSums>();
  const counts = new Map<string, number>();
  if (status) {
    for (const accountId of new Set(touched)) {
      const movements = plan.entries.filter((e) => e.accountId === accountId);
      after.set(accountId, applyMovements(balances.get(accountId)!, movements, status));
      counts.set(accountId, movements.length);
    }
    checkLimits(limitsOf(accounts), balances, after);
  }

  const numbered = await tx.transactionType.update({
    where: { id: prepared.type.id },
    data: { nextNumber: { increment: 1 } },
    select: { nextNumber: true },
  });
  const number = formatDocumentNumber(prepared.type.numberPrefix, numbered.nextNumber - 1);
  const ledgerKind = prepared.version.ledgerKind;
  const hasOpenItems =
    status !== null && plan.accountId !== null && OPEN_ITEM_LEDGERS.has(ledgerKind) && !prepared.reversalOfId;
  const now = new Date();
  const transaction = await tx.transaction.create({
    data: {
      id: prepared.id,
      bookId,
      typeId: prepared.type.id,
      typeVersionId: prepared.version.id,
      number,
      status: plan.status,
      accountId: plan.accountId,
      counterAccountId: plan.counterAccountId,
      date: input.date,
      dueDate: input.dueDate ?? null,
      reference: input.reference ?? null,
      description: input.description ?? null,
      currency: plan.currency,
      net: plan.net,
      tax: plan.tax,
      gross: plan.gross,
      outstanding: hasOpenItems ? plan.gross : null,
      sourceId: prepared.source?.id ?? null,
      reversalOfId: prepared.reversalOfId ?? null,
      params: Object.keys(input.params).length ? (input.params as never) : undefined,
      metadata: (prepared.raw.metadata ?? undefined) as never,
      createdById: prepared.actor.userId,
      postedAt: status === 'POSTED' ? now : null,
    },
  });
  if (plan.lines.length) {
    await tx.transactionLine.createMany({
      data: plan.lines.map((line) => ({ ...line, bookId, transactionId: transaction.id })),
    });
  }
  if (status) {
    const normalSides = new Map([...accounts.values()].map((a) => [a.id, a.normalSide]));
    const base = plan.entries.map((e) => ({ ...e, bookId, transactionId: transaction.id, status, date: input.date }));
    const rows = status === 'POSTED' ? sequencePosted(base, balances, normalSides) : base;
    await tx.entry.createMany({ data: rows.map((row) => ({ ...row, postedAt: status === 'POSTED' ? now : null })) });
    const lastSequences = new Map<string, number>();
    for (const row of rows) if ('sequence' in row) lastSequences.set(row.accountId, row.sequence as number);
    await saveBalances(tx, db.kind, balances, after, counts, lastSequences);
    if (status === 'POSTED') await rollUpDaily(tx, db.kind, bookId, input.date, plan.entries);
  }
  if (prepared.source) {
    await tx.transaction.update({ where: { id: prepared.source.id }, data: { fulfilledById: transaction.id } });
  }
  await recordAudit(tx, {
    bookId,
    actorId: prepared.actor.userId,
    action: prepared.reversalOfId ? 'transaction.reverse' : 'transaction.create',
    entityType: 'Transaction',
    entityId: transaction.id,
    after: { ...transaction, entries: plan.entries, lines: plan.lines },
  });
  return transaction;
}

function limitsOf(accounts: ReadonlyMap<string, AccountRef>): Map<string, AccountForLimits> {
  return new Map([...accounts.values()].map((a) => [a.id, a]));
}

function checkExpectedVersions(
  prepared: PreparedPosting,
  balances: ReadonlyMap<string, BalanceRow>,
  accounts: ReadonlyMap<string, AccountRef>,
): void {
  for (const expected of prepared.raw.expectedVersions ?? []) {
    const account = [...accounts.values()].find((a) => a.code === expected.accountCode);
    if (!account) {
      throw badInput(`expectedVersions names "${expected.accountCode}", which this transaction does not touch`, {
        field: 'expectedVersions',
      });
    }
    const version = balances.get(account.id)?.version ?? 0;
    if (version !== expected.version) {
      throw new DomainError(
        'VERSION_CONFLICT',
        `account "${account.code}" is at version ${version}, not ${expected.version}: it has moved since you read it; read it again and retry`,
        { accountCode: account.code, expected: expected.version, actual: version },
      );
    }
  }
}

const IDEMPOTENCY_SCOPE = 'createTransaction';

/** An idempotent replay: the first result for the same key and input, or a refusal. */
async function replay(tx: Tx, bookId: string, key: string, hash: string): Promise<string | null> {
  const record = await tx.idempotencyRecord.findUnique({
    where: { bookId_scope_key: { bookId, scope: IDEMPOTENCY_SCOPE, key } },
  });
  if (!record) return null;
  if (record.requestHash !== hash) {
    throw new DomainError(
      'IDEMPOTENCY_KEY_REUSED',
      `idempotencyKey "${key}" was already used for a different transaction; use a new key for a new transaction`,
      { field: 'idempotencyKey' },
    );
  }
  return record.resultId;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

/** Prisma's P2028 before the database transaction began: no statement ran, so a retry is safe. */
function isStartTimeout(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2028'
    && /unable to start a transaction/i.test((error as { message?: string }).message ?? '');
}

export type PostingListener = (transactionId: string, bookId: string) => void;

/** The contract's createTransaction: posts (or records) one transaction, exactly once per idempotency key. */
export async function createTransaction(db: Database, actor: Actor, raw: CreateTransactionInput, onCommit?: PostingListener) {
  const hash = requestHash(raw);
  const key = raw.idempotencyKey?.trim() || null;
  const attempt = () =>
    inTransaction(db.prisma, async (tx) => {
      await requireCapability(tx, actor, raw.bookId, 'post');
      if (key) {
        const first = await replay(tx, raw.bookId, key, hash);
        if (first) return { id: first, replayed: true };
      }
      const prepared = await preparePosting(tx, actor, raw);
      if (key) {
        // claimed before the balance locks, so a concurrent twin waits here, then replays
        await tx.idempotencyRecord.create({
          data: { bookId: raw.bookId, scope: IDEMPOTENCY_SCOPE, key, requestHash: hash, resultId: prepared.id },
        });
      }
      const transaction = await writePosting(tx, db, prepared);
      if (raw.allocations?.length) await allocateIn(tx, db, actor, transaction.id, raw.allocations);
      return { id: transaction.id, replayed: false };
    });
  let result: { id: string; replayed: boolean };
  try {
    result = await attempt();
  } catch (error) {
    // the twin request with the same key committed first: answer with its result; or, seen with
    // 200 concurrent postings on PostgreSQL, the pool was busy past maxWait and nothing ran yet: queue again
    if (!(key && isUniqueViolation(error)) && !isStartTimeout(error)) throw error;
    result = await attempt();
  }
  if (!result.replayed) onCommit?.(result.id, raw.bookId);
  return db.prisma.transaction.findUniqueOrThrow({ where: { id: result.id } });
}

