// createTransaction and createTransactions: plan each posting whole from the book's cached
// posting context (src/services/posting-context.ts), with every check that does not depend
// on the locked balances, before anything is written; then hand the plans to the
// group-commit writer (src/services/writer.ts), which writes many in one database
// transaction and answers each caller once its batch has committed.
import { createHash } from 'node:crypto';
import { isoCurrencyDigits } from '../domain/currency.ts';
import { DomainError, badInput, notFound } from '../domain/errors.ts';
import { checkTransactionInputSize } from '../domain/input.ts';
import { baseAmounts, parseRate, rateOn, type Rate } from '../domain/exchange.ts';
import type { ExpectedVersion } from '../domain/ledger.ts';
import {
  buildPosting,
  parseTransactionInput,
  templateAccountCodes,
  type AccountLookup,
  type PostingPlan,
  type RawTransactionInput,
  type TransactionInput,
} from '../domain/posting.ts';
import type { AccountRef, TypeVersion } from '../domain/types.ts';
import type { Database, Tx } from '../db.ts';
import type { Transaction } from '../generated/prisma/client.ts';
import { uuidv7 } from '../ids.ts';
import { checkRole, unknownBook, type Actor } from './access.ts';
import { dialectOf, prismaSql } from './dialect.ts';
import { checkPostingDate } from '../domain/periods.ts';
import { checkOrderReading, linesFromSource } from './orders.ts';
import { loadInto, periodOf, postingContexts, roleOf, toAccountRef, type PostingContext } from './posting-context.ts';
import { IDEMPOTENCY_SCOPE, batchAborted, keyReused, writeBatch, writerOf, type WriteOutcome } from './writer.ts';

export { toTypeVersion } from './posting-context.ts';

export interface CreateTransactionInput extends RawTransactionInput {
  bookId: string;
  typeCode: string;
  allocations?: { transactionId: string; amount: string }[] | null;
  sourceId?: string | null;
  idempotencyKey?: string | null;
  expectedVersions?: { accountCode: string; version: number }[] | null;
  metadata?: unknown;
}

/** A posting planned whole: what the writer needs, and nothing it must read again. */
export interface PreparedPosting {
  id: string;
  bookId: string;
  actor: Actor;
  raw: CreateTransactionInput;
  requestHash: string;
  idempotencyKey: string | null;
  type: { id: string; code: string; numberPrefix: string };
  version: TypeVersion;
  input: TransactionInput;
  plan: PostingPlan;
  /** the accounts the plan touches, by id */
  accounts: Map<string, AccountRef>;
  expected: ExpectedVersion[];
  /** the order read; `completes`: this reading fulfils what was left of it (src/services/orders.ts) */
  source: { id: string; number?: string; completes?: boolean } | null;
  /** set for a reversal: the transaction it mirrors (never an open item itself) */
  reversalOfId?: string;
  /** the book's configuration version the plan was made from (absent: made inside the writing transaction) */
  configVersion?: number;
}

/** Most transactions one createTransactions request may carry. */
export const MAX_BATCH_ITEMS = 1_000;

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

/** Loads accounts by code or id with everything the interpreter needs to know of them. */
export async function loadAccounts(tx: Tx, bookId: string, where: { codes?: string[]; ids?: string[] }): Promise<AccountRef[]> {
  const rows = await tx.account.findMany({
    where: {
      bookId,
      OR: [
        ...(where.codes?.length ? [{ code: { in: where.codes } }] : []),
        ...(where.ids?.length ? [{ id: { in: where.ids } }] : []),
      ],
    },
    include: { ledger: { select: { kind: true, controlAccountId: true, archivedAt: true } } },
  });
  const units = rows.some((r) => isoCurrencyDigits(r.currency) === undefined)
    ? new Map((await tx.unit.findMany({ where: { bookId } })).map((u) => [u.code, u.decimals]))
    : new Map<string, number>();
  return rows.map((row) => toAccountRef(row, units));
}

/** The book's context for a member who may post: FORBIDDEN for a role that may not, NOT_FOUND
 * (as for an unknown book id) for a caller who is not a member. */
async function contextFor(db: Database, actor: Actor, bookId: string): Promise<PostingContext> {
  let context: PostingContext;
  try {
    context = await postingContexts(db).get(bookId);
  } catch (error) {
    // a book that does not exist is refused like one the caller is not in: ids are not probed
    if (error instanceof DomainError && error.code === 'NOT_FOUND') throw unknownBook(bookId);
    throw error;
  }
  const role = await roleOf(db.prisma, context, actor.userId);
  if (!role) throw unknownBook(bookId);
  checkRole(role, bookId, 'post');
  return context;
}

/** Plans a posting from the cached context: every check that needs no lock; writes nothing. */
export async function planPosting(db: Database, actor: Actor, given: CreateTransactionInput): Promise<PreparedPosting> {
  const { bookId } = given;
  let context = await contextFor(db, actor, bookId);
  // a type created since the context was cached: read the book again once
  if (!context.types.has(given.typeCode)) {
    postingContexts(db).invalidate(bookId);
    context = await contextFor(db, actor, bookId);
  }
  // an invoice naming its order without lines or amount takes what is left of the order's lines
  const fromSource = given.sourceId && !given.lines?.length && given.amount == null ? await linesFromSource(db.prisma, bookId, given.sourceId) : undefined;
  const raw = fromSource ? { ...given, lines: fromSource } : given;
  const posting = context.types.get(raw.typeCode);
  if (!posting) throw notFound(`typeCode "${raw.typeCode}" is not a transaction type of this book`, { field: 'typeCode' });
  const { version } = posting;

  const named = [raw.accountCode, raw.counterAccountCode, ...(raw.lines ?? []).map((l) => l.accountCode)].filter(
    (code): code is string => typeof code === 'string',
  );
  await loadInto(db.prisma, context, { codes: named });
  const ledgerAccount = raw.accountCode ? context.accountsByCode.get(raw.accountCode) : undefined;
  const input = parseTransactionInput(raw, {
    defaultCurrency: ledgerAccount?.currency ?? context.baseCurrency,
    currency: (code) => isoCurrencyDigits(code),
    quantity: (code) => {
      const item = code ? context.accountsByCode.get(code) : undefined;
      return item?.type === 'STOCK_ITEM' ? context.units.get(item.currency) : undefined;
    },
  });
  if (version.template === 'CUSTOM') await loadInto(db.prisma, context, { codes: templateAccountCodes(version, input) });
  const controls = named
    .map((code) => context.accountsByCode.get(code)?.controlAccountId)
    .filter((id): id is string => typeof id === 'string');
  await loadInto(db.prisma, context, { ids: controls });

  const lookup: AccountLookup = { byId: (id) => context.accountsById.get(id), byCode: (code) => context.accountsByCode.get(code) };
  const plan = await withBaseAmounts(db, context, lookup, input, buildPosting({ type: version, accounts: lookup, taxCodes: context.taxCodes, input }));
  await checkPostingDateFresh(db, context, input.date);
  if (raw.allocations?.length && !version.allocates) {
    throw badInput(`type "${posting.type.code}" does not allocate: allocations are for receipts, payments and credit notes`, {
      field: 'allocations',
    });
  }
  const accounts = new Map(plan.entries.map((e) => [e.accountId, context.accountsById.get(e.accountId)!]));
  const expected = (raw.expectedVersions ?? []).map((e): ExpectedVersion => {
    const account = [...accounts.values()].find((a) => a.code === e.accountCode);
    if (!account) {
      throw badInput(`expectedVersions names "${e.accountCode}", which this transaction does not touch`, { field: 'expectedVersions' });
    }
    return { accountId: account.id, accountCode: account.code, version: e.version };
  });
  const source = raw.sourceId ? await checkSource(db, bookId, version, plan, raw.sourceId) : null;
  return {
    id: uuidv7(),
    bookId,
    actor,
    raw: given,
    requestHash: requestHash(given),
    idempotencyKey: raw.idempotencyKey?.trim() || null,
    type: posting.type,
    version,
    input,
    plan,
    accounts,
    expected,
    source,
    configVersion: context.configVersion,
  };
}

/** The plan's entries with their base-currency amounts at the day's rate (src/domain/exchange.ts). */
async function withBaseAmounts(db: Database, context: PostingContext, lookup: AccountLookup, input: TransactionInput, plan: PostingPlan): Promise<PostingPlan> {
  const foreign = input.currency !== context.baseCurrency && plan.entries.some((e) => e.currency === input.currency);
  const rate = foreign ? await rateFresh(db, context, input.currency, input.date) : null;
  const entries = baseAmounts(plan.entries, lookup, {
    baseCurrency: context.baseCurrency,
    baseDigits: isoCurrencyDigits(context.baseCurrency) ?? 2,
    currency: input.currency,
    digits: input.currencyDigits,
    rate,
  });
  return { ...plan, entries };
}

/** The day's rate from the cached context, else from a fresh one (a rate set since); refused when there is none. */
async function rateFresh(db: Database, context: PostingContext, currency: string, date: string): Promise<Rate> {
  let found = rateOn(context.rates.get(currency), date);
  if (!found) {
    postingContexts(db).invalidate(context.bookId);
    found = rateOn((await postingContexts(db).get(context.bookId)).rates.get(currency), date);
  }
  if (!found) {
    throw badInput(
      `there is no ${currency} exchange rate on or before ${date}, so this transaction's ${context.baseCurrency} amounts cannot be worked out: set one with setExchangeRate (currency "${currency}", a date on or before ${date}) and post again`,
      { field: 'date', currency },
    );
  }
  return parseRate(found.rate);
}

/** The period rule on the cached context; a refusal is checked again on a fresh one (a period reopened or created since). */
async function checkPostingDateFresh(db: Database, context: PostingContext, date: string): Promise<void> {
  try {
    checkPostingDate(date, periodOf(context, date) ?? null, context.requirePeriods);
  } catch (error) {
    postingContexts(db).invalidate(context.bookId);
    const fresh = await postingContexts(db).get(context.bookId);
    if (fresh === context) throw error;
    checkPostingDate(date, periodOf(fresh, date) ?? null, fresh.requirePeriods);
  }
}

/** A transaction may read (and so fulfil) one unfulfilled transaction of a readsFrom type, on the same account. */
async function checkSource(db: Database, bookId: string, version: TypeVersion, plan: PostingPlan, sourceId: string) {
  const source = await db.prisma.transaction.findUnique({ where: { id: sourceId } });
  if (!source || source.bookId !== bookId) throw notFound(`sourceId ${sourceId} is not a transaction of this book`, { field: 'sourceId' });
  if (!version.readsFromIds.includes(source.typeId)) {
    throw badInput(`sourceId ${source.number} is of a type that "${version.name}" does not read (readsFrom)`, { field: 'sourceId' });
  }
  if (source.accountId !== plan.accountId) {
    throw badInput(`sourceId ${source.number} is on another account: a transaction reads a source on its own account`, {
      field: 'sourceId',
    });
  }
  return { id: source.id, number: source.number, ...(await checkOrderReading(db.prisma, source, plan)) };
}

/** Writes a posting planned inside the caller's transaction (a reversal); refusals throw. */
export async function writePosting(tx: Tx, db: Pick<Database, 'kind'>, prepared: PreparedPosting): Promise<Transaction> {
  const [outcome] = await writeBatch({ sql: prismaSql(tx), tx }, dialectOf(db.kind), [prepared]);
  if (outcome!.kind === 'created') return outcome!.transaction;
  if (outcome!.kind === 'refused') throw outcome!.error;
  throw new Error(`a posting written in its own transaction came back ${outcome!.kind}`);
}

export type PostingListener = (transactionId: string, bookId: string) => void;

/** An earlier result for this key, or IDEMPOTENCY_KEY_REUSED, or null: read before planning. */
async function replayOf(db: Database, raw: CreateTransactionInput): Promise<string | null> {
  const key = raw.idempotencyKey?.trim();
  if (!key) return null;
  const record = await db.prisma.idempotencyRecord.findUnique({
    where: { bookId_scope_key: { bookId: raw.bookId, scope: IDEMPOTENCY_SCOPE, key } },
  });
  if (!record) return null;
  if (record.requestHash !== requestHash(raw)) throw keyReused(key);
  return record.resultId;
}

export type PostingResult = { transaction: Transaction; replayed: boolean };

/** Plans and writes one posting through the group-commit writer; plans again if its context went stale. */
async function post(db: Database, actor: Actor, raw: CreateTransactionInput): Promise<{ id: string; transaction?: Transaction; replayed: boolean }> {
  checkTransactionInputSize(raw);
  const writer = writerOf(db);
  for (let attempt = 0; ; attempt++) {
    const prepared = await writer.whilePlanning(
      (async () => {
        const first = await replayOf(db, raw);
        return first ? { first, plan: null } : { first: null, plan: await planPosting(db, actor, raw) };
      })(),
    );
    if (!prepared.plan) return { id: prepared.first!, replayed: true };
    let outcome: WriteOutcome = await writer.submit(prepared.plan);
    while (outcome.kind === 'twin') outcome = await writer.submit(prepared.plan);
    switch (outcome.kind) {
      case 'created':
        return { id: outcome.transaction.id, transaction: outcome.transaction, replayed: false };
      case 'replayed':
        return { id: outcome.transactionId, replayed: true };
      case 'refused':
        throw outcome.error;
      case 'stale':
        postingContexts(db).invalidate(raw.bookId, outcome.configVersion);
        if (attempt >= 5) throw new Error(`book ${raw.bookId}: its configuration kept changing while a posting was planned`);
    }
  }
}

/** The contract's createTransaction: posts (or records) one transaction, exactly once per idempotency key. */
export async function createTransaction(
  db: Database,
  actor: Actor,
  raw: CreateTransactionInput,
  onCommit?: PostingListener,
): Promise<Transaction> {
  const result = await post(db, actor, raw);
  if (!result.replayed) onCommit?.(result.id, raw.bookId);
  // the answer is what was written; a replay reads the first result once
  return result.transaction ?? db.prisma.transaction.findUniqueOrThrow({ where: { id: result.id } });
}

export interface BatchItemResult {
  index: number;
  transaction: Transaction | null;
  replayed: boolean;
  error: unknown;
}

/**
 * The contract's createTransactions: up to MAX_BATCH_ITEMS transactions of one book, each
 * planned and written on its own (idempotency per item) or, `atomic`, all or none. Results
 * come in input order.
 */
export async function createTransactions(
  db: Database,
  actor: Actor,
  input: { transactions: CreateTransactionInput[]; atomic?: boolean | null },
  onCommit?: PostingListener,
): Promise<BatchItemResult[]> {
  const { transactions } = input;
  if (transactions.length === 0) throw badInput('transactions must hold at least one transaction', { field: 'transactions' });
  if (transactions.length > MAX_BATCH_ITEMS) {
    throw new DomainError(
      'PAYLOAD_TOO_LARGE',
      `createTransactions takes at most ${MAX_BATCH_ITEMS} transactions per request, got ${transactions.length}: split them into several requests`,
      { field: 'transactions', limit: MAX_BATCH_ITEMS },
    );
  }
  const bookId = transactions[0]!.bookId;
  const other = transactions.findIndex((t) => t.bookId !== bookId);
  if (other >= 0) {
    throw badInput(`transactions[${other}] is of another book: one request writes to one book`, { field: `transactions[${other}].bookId` });
  }
  await contextFor(db, actor, bookId);
  const results = input.atomic ? await postAtomic(db, actor, transactions) : await postEach(db, actor, transactions);
  const replays = results.filter((r) => r.replayed && !r.transaction).map((r) => r.id!);
  const read = replays.length ? new Map((await db.prisma.transaction.findMany({ where: { id: { in: replays } } })).map((t) => [t.id, t])) : new Map();
  return results.map((r, index) => {
    if (r.transaction && !r.replayed) onCommit?.(r.transaction.id, bookId);
    return { index, transaction: r.transaction ?? (r.id ? read.get(r.id)! : null), replayed: r.replayed, error: r.error };
  });
}

interface ItemOutcome {
  id?: string;
  transaction?: Transaction;
  replayed: boolean;
  error?: unknown;
}

async function postEach(db: Database, actor: Actor, transactions: CreateTransactionInput[]): Promise<ItemOutcome[]> {
  // each item queues to the writer like a request of its own: batches fill, neighbours never spoil
  return Promise.all(
    transactions.map((raw) =>
      post(db, actor, raw).then(
        (r): ItemOutcome => r,
        (error: unknown): ItemOutcome => ({ replayed: false, error }),
      ),
    ),
  );
}

async function postAtomic(db: Database, actor: Actor, transactions: CreateTransactionInput[]): Promise<ItemOutcome[]> {
  const abort = batchAborted();
  for (let attempt = 0; ; attempt++) {
    const planned = await Promise.all(
      transactions.map(async (raw) => {
        try {
          const first = await replayOf(db, raw);
          return first ? { replay: first } : { plan: await planPosting(db, actor, raw) };
        } catch (error) {
          return { error };
        }
      }),
    );
    if (planned.some((p) => 'error' in p)) {
      return planned.map((p) => ('error' in p ? { replayed: false, error: p.error } : { replayed: false, error: abort }));
    }
    const plans = planned.flatMap((p) => ('plan' in p ? [p.plan!] : []));
    const outcomes = plans.length ? await writerOf(db).writeAtomic(plans) : [];
    const stale = outcomes.find((o) => o.kind === 'stale');
    if (stale && stale.kind === 'stale' && attempt < 5) {
      postingContexts(db).invalidate(transactions[0]!.bookId, stale.configVersion);
      continue;
    }
    let n = 0;
    return planned.map((p): ItemOutcome => {
      if ('replay' in p) return { id: p.replay, replayed: true };
      const outcome = outcomes[n++]!;
      switch (outcome.kind) {
        case 'created':
          return { id: outcome.transaction.id, transaction: outcome.transaction, replayed: false };
        case 'replayed':
          return { id: outcome.transactionId, replayed: true };
        case 'refused':
          return { replayed: false, error: outcome.error };
        default:
          return { replayed: false, error: abort };
      }
    });
  }
}

/** An item of postAllOrNone: a transaction, and what it settles among the items before it. */
export interface ImportItem {
  input: CreateTransactionInput;
  /** allocations to earlier items (by index): resolved to their transaction ids before planning */
  allocateTo?: { index: number; amount: string }[];
}

/** Plans per write statement group of postAllOrNone: the write path's batch size. */
const IMPORT_CHUNK = 500;

/**
 * An import's postings (the CLI's `daybook import`): any number of transactions of one book,
 * all or none, exactly once per idempotency key. Every item is planned first, in order
 * (so every refusal a plan can find is reported, and nothing is written when there is one);
 * then the plans are written in chunks through the write path's batch writer, all in one
 * database transaction. Items replayed by their key are not written again. Results come in
 * input order; an item left unwritten because of another's refusal is BATCH_ABORTED.
 */
export async function postAllOrNone(
  db: Database,
  actor: Actor,
  items: readonly ImportItem[],
  options: { onPlanned?: () => void; onWritten?: (count: number) => void; timeout?: number; onCommit?: PostingListener } = {},
): Promise<BatchItemResult[]> {
  if (items.length === 0) return [];
  const bookId = items[0]!.input.bookId;
  const other = items.findIndex((t) => t.input.bookId !== bookId);
  if (other >= 0) throw badInput(`transactions[${other}] is of another book: one import writes to one book`, { field: `transactions[${other}].bookId` });
  await contextFor(db, actor, bookId);
  for (let attempt = 0; ; attempt++) {
    // the keys already used, read in chunks rather than once per item
    const keys = [...new Set(items.map((i) => i.input.idempotencyKey?.trim()).filter((k): k is string => !!k))];
    const records = new Map<string, { requestHash: string; resultId: string }>();
    for (let at = 0; at < keys.length; at += IMPORT_CHUNK) {
      const found = await db.prisma.idempotencyRecord.findMany({
        where: { bookId, scope: IDEMPOTENCY_SCOPE, key: { in: keys.slice(at, at + IMPORT_CHUNK) } },
        select: { key: true, requestHash: true, resultId: true },
      });
      for (const r of found) records.set(r.key, r);
    }
    const ids: (string | undefined)[] = [];
    const planned: ({ replay: string } | { plan: PreparedPosting } | { error: unknown })[] = [];
    for (const [index, item] of items.entries()) {
      try {
        let raw = item.input;
        if (item.allocateTo?.length) {
          const allocations = item.allocateTo.map(({ index: to, amount }) => {
            const transactionId = ids[to];
            if (!transactionId) throw batchAborted(); // the item it settles is refused: see its error
            return { transactionId, amount };
          });
          raw = { ...raw, allocations: [...(raw.allocations ?? []), ...allocations] };
        }
        checkTransactionInputSize(raw);
        const key = raw.idempotencyKey?.trim();
        const record = key ? records.get(key) : undefined;
        if (record) {
          if (record.requestHash !== requestHash(raw)) throw keyReused(key!);
          planned.push({ replay: record.resultId });
          ids[index] = record.resultId;
        } else {
          const plan = await planPosting(db, actor, raw);
          planned.push({ plan });
          ids[index] = plan.id;
        }
      } catch (error) {
        planned.push({ error });
      }
      options.onPlanned?.();
    }
    const abort = batchAborted();
    if (planned.some((p) => 'error' in p)) {
      return planned.map((p, index) => ({ index, transaction: null, replayed: false, error: 'error' in p ? p.error : abort }));
    }
    // chunks of the batch size; a plan with allocations or a source alone, so an error its
    // rare part throws is its own
    const plans = planned.flatMap((p) => ('plan' in p ? [p.plan] : []));
    const chunks: PreparedPosting[][] = [];
    let current: PreparedPosting[] = [];
    for (const plan of plans) {
      const alone = Boolean(plan.raw.allocations?.length || plan.source);
      if (alone || current.length >= IMPORT_CHUNK) {
        if (current.length) chunks.push(current);
        current = [];
      }
      current.push(plan);
      if (alone) {
        chunks.push(current);
        current = [];
      }
    }
    if (current.length) chunks.push(current);
    const written = plans.length
      ? await writerOf(db).writeAllOrNone(chunks, { timeout: options.timeout ?? 600_000, onChunk: options.onWritten })
      : { outcomes: [] };
    const stale = written.outcomes.find((o) => o.kind === 'stale');
    if (stale?.kind === 'stale' && attempt < 5) {
      postingContexts(db).invalidate(bookId, stale.configVersion);
      continue;
    }
    if (written.failed?.error !== undefined) {
      const { chunk, error } = written.failed;
      if (!(error instanceof DomainError) || chunks[chunk]!.length !== 1) throw error;
      // the one plan's rare part (an allocation, a source) refused
      const at = plans.indexOf(chunks[chunk]![0]!);
      written.outcomes[at] = { kind: 'refused', error };
    }
    let n = 0;
    const results = planned.map((p, index): BatchItemResult => {
      if ('replay' in p) return { index, transaction: null, replayed: true, error: undefined, id: p.replay } as BatchItemResult & { id: string };
      const outcome = written.outcomes[n++]!;
      switch (outcome.kind) {
        case 'created':
          return { index, transaction: outcome.transaction, replayed: false, error: undefined };
        case 'replayed':
          return { index, transaction: null, replayed: true, error: undefined, id: outcome.transactionId } as BatchItemResult & { id: string };
        case 'refused':
          return { index, transaction: null, replayed: false, error: outcome.error };
        default:
          return { index, transaction: null, replayed: false, error: abort };
      }
    });
    const replays = results.flatMap((r) => ('id' in r ? [(r as { id: string }).id] : []));
    const read = new Map<string, Transaction>();
    for (let at = 0; at < replays.length; at += IMPORT_CHUNK) {
      for (const t of await db.prisma.transaction.findMany({ where: { id: { in: replays.slice(at, at + IMPORT_CHUNK) } } })) read.set(t.id, t);
    }
    return results.map((r) => {
      if ('id' in r) {
        const { id, ...rest } = r as BatchItemResult & { id: string };
        return { ...rest, transaction: read.get(id) ?? null };
      }
      if (r.transaction) options.onCommit?.(r.transaction.id, bookId);
      return r;
    });
  }
}
