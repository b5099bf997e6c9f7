// What planning a posting reads of a book's configuration, read once and kept in memory per
// book: its types (current versions) with their ledgers, tax codes, units, periods, members'
// roles and the accounts postings name. Each context carries the book's configVersion as it
// was read first; database triggers bump that version on every configuration change, and the
// writer compares it under the lock, so a context made stale by this instance, another one
// or the CLI is never written with: the plan is made again from a fresh context.
import { isoCurrencyDigits } from '../domain/currency.ts';
import { notFound } from '../domain/errors.ts';
import type { DatedRate } from '../domain/exchange.ts';
import type { AccountRef, EntryTemplate, TaxCodeRef, TypeVersion } from '../domain/types.ts';
import type { Database, Prisma } from '../db.ts';
import type { Role } from '../generated/prisma/enums.ts';
import type { Tx } from '../db.ts';

export interface PeriodRef {
  name: string;
  start: string;
  end: string;
  status: 'OPEN' | 'CLOSED';
}

export interface PostingType {
  type: { id: string; code: string; numberPrefix: string };
  version: TypeVersion;
}

export interface PostingContext {
  bookId: string;
  configVersion: number;
  baseCurrency: string;
  /** the book refuses dates outside every period (src/domain/periods.ts) */
  requirePeriods: boolean;
  types: ReadonlyMap<string, PostingType>;
  typesById: ReadonlyMap<string, PostingType>;
  taxCodes: ReadonlyMap<string, TaxCodeRef>;
  units: ReadonlyMap<string, number>;
  periods: readonly PeriodRef[];
  /** the book's exchange rates per currency, oldest first (triggers bump configVersion on a change) */
  rates: ReadonlyMap<string, readonly DatedRate[]>;
  /** filled as postings name accounts; never holds a code that does not exist */
  accountsByCode: Map<string, AccountRef>;
  accountsById: Map<string, AccountRef>;
  /** members' roles, filled as they post */
  roles: Map<string, Role>;
}

/** A stored type version with its ledger's defaults, as the interpreter reads it. */
export function toTypeVersion(
  version: Awaited<ReturnType<Tx['transactionTypeVersion']['findUniqueOrThrow']>>,
  ledger: { id: string; kind: TypeVersion['ledgerKind']; taxArea: TypeVersion['ledgerTaxArea']; controlAccountId: string | null; defaultAnalysisAccountId: string | null; archivedAt?: Date | null },
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
    ledgerArchived: ledger.archivedAt != null,
  };
}

const MAX_BOOKS = 1_000;
/** how long a context serves reads (roles) before it is read again; postings are checked under the lock regardless */
const FRESH_MS = 5_000;
const MAX_ACCOUNTS_PER_BOOK = 50_000;

/** The period a date falls in, if any. */
export function periodOf(context: PostingContext, date: string): PeriodRef | undefined {
  return context.periods.find((p) => p.start <= date && p.end >= date);
}

export class PostingContexts {
  private readonly books = new Map<string, Promise<PostingContext>>();
  private readonly loadedAt = new Map<string, number>();

  constructor(private readonly prisma: Prisma) {}

  /** The cached context of a book (NOT_FOUND when there is no such book). */
  get(bookId: string): Promise<PostingContext> {
    let context = this.books.get(bookId);
    if (context && Date.now() - (this.loadedAt.get(bookId) ?? 0) > FRESH_MS) context = undefined;
    if (!context) {
      this.books.delete(bookId);
      this.loadedAt.set(bookId, Date.now());
      if (this.books.size >= MAX_BOOKS) {
        const oldest = this.books.keys().next().value!;
        this.books.delete(oldest);
        this.loadedAt.delete(oldest);
      }
      context = this.load(bookId);
      context.catch(() => this.books.delete(bookId));
      this.books.set(bookId, context);
    }
    return context;
  }

  /** Forgets a book's context when the database holds a newer configuration than `seen`. */
  invalidate(bookId: string, seen?: number): void {
    const cached = this.books.get(bookId);
    if (!cached) return;
    if (seen === undefined) {
      this.books.delete(bookId);
      return;
    }
    void cached.then(
      (context) => {
        if (context.configVersion < seen && this.books.get(bookId) === cached) this.books.delete(bookId);
      },
      () => undefined,
    );
  }

  private async load(bookId: string): Promise<PostingContext> {
    const { prisma } = this;
    // the version first: a change made while the rest is read leaves the context stale, never mislabelled
    const book = await prisma.book.findUnique({ where: { id: bookId }, select: { id: true, baseCurrency: true, configVersion: true, requirePeriods: true } });
    if (!book) throw notFound(`No book ${bookId}`, { field: 'bookId' });
    const [types, ledgers, taxCodes, units, periods, rates] = await Promise.all([
      prisma.transactionType.findMany({ where: { bookId } }),
      prisma.ledger.findMany({ where: { bookId } }),
      prisma.taxCode.findMany({ where: { bookId } }),
      prisma.unit.findMany({ where: { bookId } }),
      prisma.period.findMany({ where: { bookId }, orderBy: { start: 'asc' } }),
      prisma.exchangeRate.findMany({ where: { bookId }, orderBy: [{ currency: 'asc' }, { date: 'asc' }], select: { currency: true, date: true, rate: true } }),
    ]);
    const ratesByCurrency = new Map<string, DatedRate[]>();
    for (const r of rates) {
      const list = ratesByCurrency.get(r.currency) ?? [];
      list.push({ date: r.date, rate: r.rate });
      ratesByCurrency.set(r.currency, list);
    }
    const versions = types.length
      ? await prisma.transactionTypeVersion.findMany({
          where: { OR: types.map((t) => ({ typeId: t.id, version: t.currentVersion })) },
        })
      : [];
    const ledgerById = new Map(ledgers.map((l) => [l.id, l]));
    const versionByType = new Map(versions.map((v) => [v.typeId, v]));
    const postingTypes = types.map((type): PostingType => ({
      type: { id: type.id, code: type.code, numberPrefix: type.numberPrefix },
      version: toTypeVersion(versionByType.get(type.id)!, ledgerById.get(type.ledgerId)!),
    }));
    const context: PostingContext = {
      bookId,
      configVersion: book.configVersion,
      baseCurrency: book.baseCurrency,
      requirePeriods: book.requirePeriods,
      types: new Map(postingTypes.map((t) => [t.type.code, t])),
      typesById: new Map(postingTypes.map((t) => [t.type.id, t])),
      taxCodes: new Map(taxCodes.map((t): [string, TaxCodeRef] => [t.code, { id: t.id, code: t.code, rate: t.rate, area: t.area, accountId: t.accountId, archived: t.archivedAt !== null }])),
      units: new Map(units.map((u) => [u.code, u.decimals])),
      periods: periods.map((p) => ({ name: p.name, start: p.start, end: p.end, status: p.status })),
      rates: ratesByCurrency,
      accountsByCode: new Map(),
      accountsById: new Map(),
      roles: new Map(),
    };
    // the accounts every posting of the book may reach through flags: controls, analysis, tax
    const linked = new Set<string>();
    for (const { version } of postingTypes) {
      if (version.controlAccountId) linked.add(version.controlAccountId);
      if (version.defaultAnalysisAccountId) linked.add(version.defaultAnalysisAccountId);
    }
    for (const ledger of ledgers) if (ledger.controlAccountId) linked.add(ledger.controlAccountId);
    for (const taxCode of taxCodes) linked.add(taxCode.accountId);
    await loadInto(prisma, context, { ids: [...linked] });
    return context;
  }
}

type AccountRow = Awaited<ReturnType<Prisma['account']['findMany']>>[number] & { ledger: { kind: AccountRef['ledgerKind']; controlAccountId: string | null; archivedAt?: Date | null } };

/** An account row (with its ledger's kind and control account) as the interpreter knows it. */
export function toAccountRef(row: AccountRow, units: ReadonlyMap<string, number>): AccountRef {
  return {
    id: row.id,
    code: row.code,
    ledgerId: row.ledgerId,
    ledgerKind: row.ledger.kind,
    type: row.type,
    currency: row.currency,
    digits: isoCurrencyDigits(row.currency) ?? units.get(row.currency) ?? 0,
    normalSide: row.normalSide,
    limit: row.limit,
    controlAccountId: row.controlAccountId ?? row.ledger.controlAccountId,
    isControl: row.isControl,
    closed: row.closedAt !== null,
    ledgerArchived: row.ledger.archivedAt != null,
  };
}

/** Reads accounts by code or id into the context (the ones it does not hold yet); at most one query. */
export async function loadInto(prisma: Prisma, context: PostingContext, where: { codes?: readonly string[]; ids?: readonly string[] }): Promise<void> {
  const codes = [...new Set(where.codes ?? [])].filter((c) => !context.accountsByCode.has(c));
  const ids = [...new Set(where.ids ?? [])].filter((id) => !context.accountsById.has(id));
  if (codes.length === 0 && ids.length === 0) return;
  const rows = await prisma.account.findMany({
    where: {
      bookId: context.bookId,
      OR: [...(codes.length ? [{ code: { in: codes } }] : []), ...(ids.length ? [{ id: { in: ids } }] : [])],
    },
    include: { ledger: { select: { kind: true, controlAccountId: true, archivedAt: true } } },
  });
  if (context.accountsById.size + rows.length > MAX_ACCOUNTS_PER_BOOK) {
    context.accountsById.clear();
    context.accountsByCode.clear();
  }
  for (const row of rows) {
    const ref = toAccountRef(row, context.units);
    context.accountsByCode.set(ref.code, ref);
    context.accountsById.set(ref.id, ref);
  }
}

/** The member's role from the context, read once per member and configuration version. */
export async function roleOf(prisma: Prisma, context: PostingContext, userId: string): Promise<Role | undefined> {
  const known = context.roles.get(userId);
  if (known) return known;
  const membership = await prisma.membership.findUnique({
    where: { bookId_userId: { bookId: context.bookId, userId } },
    select: { role: true },
  });
  if (membership) context.roles.set(userId, membership.role);
  return membership?.role;
}

const registry = new WeakMap<Database, PostingContexts>();

/** One cache per open database. */
export function postingContexts(db: Database): PostingContexts {
  let contexts = registry.get(db);
  if (!contexts) {
    contexts = new PostingContexts(db.prisma);
    registry.set(db, contexts);
  }
  return contexts;
}
