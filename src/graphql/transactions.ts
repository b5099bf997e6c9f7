// Transactions, their lines and entries, balances, and createTransaction.
import { isoCurrencyDigits } from '../domain/currency.ts';
import { formatAmount } from '../domain/money.ts';
import { builder } from './builder.ts';
import { actorOf } from './actor.ts';
import { SideEnum, TransactionStatusEnum } from './enums.ts';
import { NodeRef } from './node.ts';
import { AccountRef } from './accounts.ts';
import { TransactionTypeRef } from './transaction-types.ts';
import { TaxCodeRef } from './tax-codes.ts';
import { UserRef } from './people.ts';
import type { Context } from './context.ts';
import { dayBefore, figuresOf, type AccountBalanceFigures } from '../services/balances.ts';
import { createTransaction, createTransactions, type CreateTransactionInput as ServiceInput } from '../services/posting.ts';
import { DomainError } from '../domain/errors.ts';
import { AmountFormatError } from '../domain/money.ts';
import { queryFromInfo } from '@pothos/plugin-prisma';
import type { GraphQLResolveInfo } from 'graphql';
import { badInput } from '../domain/errors.ts';
import { connectionOf } from './pagination.ts';
import { decodeCursor, pageSize, toConnection } from './connections.ts';
import { balanceKey } from './loaders.ts';
import type { Prisma as PrismaNamespace } from '../generated/prisma/client.ts';

/** Decimal places of a currency or of one of the book's units. */
export async function digitsOf(ctx: Context, bookId: string, code: string): Promise<number> {
  return isoCurrencyDigits(code) ?? (await ctx.loaders.unit.load(`${bookId}:${code}`))?.decimals ?? 0;
}

export const money = async (ctx: Context, bookId: string, currency: string, amount: bigint) =>
  formatAmount(amount, await digitsOf(ctx, bookId, currency));

interface BalanceShape {
  figures: AccountBalanceFigures;
  currency: string;
  digits: number;
}

export const BalanceRef = builder.objectRef<BalanceShape>('Balance').implement({
  fields: (t) => {
    const figure = (pick: (f: AccountBalanceFigures) => bigint) =>
      t.field({ type: 'Decimal', resolve: (b) => formatAmount(pick(b.figures), b.digits) });
    return {
      posted: figure((f) => f.posted),
      pending: figure((f) => f.pending),
      available: figure((f) => f.available),
      postedDebits: figure((f) => f.postedDebits),
      postedCredits: figure((f) => f.postedCredits),
      currency: t.exposeString('currency'),
    };
  },
});

builder.prismaObjectFields('Account', (t) => ({
  balance: t.field({
    type: BalanceRef,
    args: { asOf: t.arg({ type: 'Date' }) },
    resolve: async (account, { asOf }, ctx) => ({
      figures: figuresOf(account.normalSide, await ctx.loaders.balanceSums.load(balanceKey(account.bookId, account.id, asOf))),
      currency: account.currency,
      digits: await digitsOf(ctx, account.bookId, account.currency),
    }),
  }),
  openingBalance: t.field({
    type: 'Decimal',
    description: 'the posted balance at the end of the day before `date` (the bank\'s "ledger balance")',
    args: { date: t.arg({ type: 'Date', required: true }) },
    resolve: async (account, { date }, ctx) => {
      const sums = await ctx.loaders.balanceSums.load(balanceKey(account.bookId, account.id, dayBefore(date)));
      return money(ctx, account.bookId, account.currency, figuresOf(account.normalSide, sums).posted);
    },
  }),
}));

export const TransactionRef = builder.prismaObject('Transaction', {
  interfaces: [NodeRef],
  fields: (t) => {
    const amount = (pick: (tx: { net: bigint; tax: bigint; gross: bigint }) => bigint) =>
      t.field({
        type: 'Decimal',
        resolve: (tx, _a, ctx) => money(ctx, tx.bookId, tx.currency, pick(tx)),
      });
    const related = (pick: 'sourceId' | 'fulfilledById') =>
      t.prismaField({
        type: 'Transaction',
        nullable: true,
        resolve: (_q, tx, _a, ctx) => {
          const id = (tx as unknown as Record<string, string | null>)[pick];
          return id ? ctx.loaders.transaction.load(id) : null;
        },
      });
    return {
      id: t.exposeID('id'),
      number: t.exposeString('number'),
      status: t.expose('status', { type: TransactionStatusEnum }),
      type: t.field({
        type: TransactionTypeRef,
        resolve: async (tx, _a, ctx) => (await ctx.loaders.transactionType.load(tx.typeId))!,
      }),
      typeVersion: t.int({
        description: 'the version of the type that posted it (posting provenance)',
        resolve: async (tx, _a, ctx) => (await ctx.loaders.typeVersion.load(tx.typeVersionId))!.version,
      }),
      account: t.field({
        type: AccountRef,
        nullable: true,
        resolve: (tx, _a, ctx) => (tx.accountId ? ctx.loaders.account.load(tx.accountId) : null),
      }),
      counterAccount: t.field({
        type: AccountRef,
        nullable: true,
        resolve: (tx, _a, ctx) => (tx.counterAccountId ? ctx.loaders.account.load(tx.counterAccountId) : null),
      }),
      date: t.expose('date', { type: 'Date' }),
      dueDate: t.expose('dueDate', { type: 'Date', nullable: true }),
      reference: t.exposeString('reference', { nullable: true }),
      description: t.exposeString('description', { nullable: true }),
      currency: t.exposeString('currency'),
      net: amount((tx) => tx.net),
      tax: amount((tx) => tx.tax),
      gross: amount((tx) => tx.gross),
      outstanding: t.field({
        type: 'Decimal',
        nullable: true,
        description: 'invoices: gross less live allocations; receipts and credit notes: the unallocated rest (on account)',
        resolve: (tx, _a, ctx) => (tx.outstanding === null ? null : money(ctx, tx.bookId, tx.currency, tx.outstanding)),
      }),
      lines: t.relation('lines', { query: { orderBy: { lineNo: 'asc' } } }),
      entries: t.relation('entries', { query: { orderBy: { id: 'asc' } } }),
      source: related('sourceId'),
      fulfilledBy: related('fulfilledById'),
      metadata: t.expose('metadata', { type: 'JSON', nullable: true }),
      params: t.expose('params', { type: 'JSON', nullable: true }),
      createdBy: t.field({
        type: UserRef,
        resolve: async (tx, _a, ctx) => (await ctx.loaders.user.load(tx.createdById))!,
      }),
      createdAt: t.expose('createdAt', { type: 'DateTime' }),
      postedAt: t.expose('postedAt', { type: 'DateTime', nullable: true }),
    };
  },
});

builder.prismaObject('TransactionLine', {
  fields: (t) => ({
    lineNo: t.exposeInt('lineNo'),
    account: t.field({
      type: AccountRef,
      nullable: true,
      resolve: (line, _a, ctx) => (line.accountId ? ctx.loaders.account.load(line.accountId) : null),
    }),
    description: t.exposeString('description', { nullable: true }),
    quantity: t.field({
      type: 'Decimal',
      nullable: true,
      description: "in the stock item's unit",
      resolve: async (line, _a, ctx) => {
        if (line.quantity === null || !line.accountId) return null;
        const item = await ctx.loaders.account.load(line.accountId);
        return money(ctx, line.bookId, item!.currency, line.quantity);
      },
    }),
    net: t.field({
      type: 'Decimal',
      select: { net: true, bookId: true, transaction: { select: { currency: true } } },
      resolve: (line, _a, ctx) => money(ctx, line.bookId, line.transaction.currency, line.net),
    }),
    tax: t.field({
      type: 'Decimal',
      select: { tax: true, bookId: true, transaction: { select: { currency: true } } },
      resolve: (line, _a, ctx) => money(ctx, line.bookId, line.transaction.currency, line.tax),
    }),
    taxCode: t.field({
      type: TaxCodeRef,
      nullable: true,
      resolve: (line, _a, ctx) => (line.taxCodeId ? ctx.loaders.taxCode.load(line.taxCodeId) : null),
    }),
    side: t.expose('side', { type: SideEnum, nullable: true }),
  }),
});

export const EntryRef = builder.prismaObject('Entry', {
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID('id'),
    transaction: t.relation('transaction'),
    account: t.field({
      type: AccountRef,
      resolve: async (entry, _a, ctx) => (await ctx.loaders.account.load(entry.accountId))!,
    }),
    side: t.expose('side', { type: SideEnum }),
    amount: t.field({
      type: 'Decimal',
      resolve: (entry, _a, ctx) => money(ctx, entry.bookId, entry.currency, entry.amount),
    }),
    currency: t.exposeString('currency'),
    status: t.expose('status', { type: TransactionStatusEnum }),
    date: t.expose('date', { type: 'Date' }),
    sequence: t.exposeInt('sequence', { nullable: true }),
    runningBalance: t.field({
      type: 'Decimal',
      nullable: true,
      resolve: (entry, _a, ctx) =>
        entry.runningBalance === null ? null : money(ctx, entry.bookId, entry.currency, entry.runningBalance),
    }),
  }),
});

export const TransactionConnectionRef = connectionOf('Transaction', TransactionRef);
export const EntryConnectionRef = connectionOf('Entry', EntryRef);

/** Cursors over (date, id): stable while rows are added, since ids are time-ordered and unique. */
const dateIdKey = (row: { date: string; id: string }) => `${row.date}|${row.id}`;
function afterDateId(after: string | null | undefined) {
  const key = decodeCursor(after);
  if (!key) return {};
  const [date, id] = key.split('|');
  if (!date || !id) throw badInput(`after "${after}" is not a cursor this API returned`, { field: 'after' });
  return { OR: [{ date: { gt: date } }, { date, id: { gt: id } }] };
}

/** The Prisma selection the query asks for under edges.node, so nested lists load in one go. */
function nodeQuery(ctx: Context, info: GraphQLResolveInfo, typeName: string) {
  return queryFromInfo({ context: ctx, info, typeName, path: ['edges', 'node'] }) as { select?: never; include?: never };
}

const TransactionFilter = builder.inputType('TransactionFilter', {
  fields: (t) => ({
    ledgerCode: t.string(),
    accountCode: t.string({ description: 'transactions with this account as their ledger or counter account, or an entry on it' }),
    typeCode: t.string(),
    status: t.field({ type: TransactionStatusEnum }),
    from: t.field({ type: 'Date' }),
    to: t.field({ type: 'Date' }),
  }),
});

builder.prismaObjectFields('Account', (t) => ({
  entries: t.field({
    type: EntryConnectionRef,
    description: 'entries on this account by date then posting, pending and voided ones included',
    args: { from: t.arg({ type: 'Date' }), to: t.arg({ type: 'Date' }), first: t.arg.int(), after: t.arg.string() },
    resolve: async (account, args, ctx, info) => {
      const size = pageSize(args.first);
      const rows = await ctx.prisma.entry.findMany({
        ...nodeQuery(ctx, info, 'Entry'),
        where: {
          bookId: account.bookId,
          accountId: account.id,
          ...(args.from || args.to ? { date: { ...(args.from ? { gte: args.from } : {}), ...(args.to ? { lte: args.to } : {}) } } : {}),
          ...afterDateId(args.after),
        },
        orderBy: [{ date: 'asc' }, { id: 'asc' }],
        take: size + 1,
      });
      return toConnection(rows, size, dateIdKey);
    },
  }),
}));

builder.prismaObjectFields('Book', (t) => ({
  transactions: t.field({
    type: TransactionConnectionRef,
    description: 'transactions by date, then in the order they were recorded',
    args: { filter: t.arg({ type: TransactionFilter }), first: t.arg.int(), after: t.arg.string() },
    resolve: async (book, { filter, first, after }, ctx, info) => {
      const size = pageSize(first);
      const where: PrismaNamespace.TransactionWhereInput[] = [{ bookId: book.id }];
      if (filter?.ledgerCode) {
        const types = await ctx.prisma.transactionType.findMany({
          where: { bookId: book.id, ledgerId: (await ctx.prisma.ledger.findUnique({ where: { bookId_code: { bookId: book.id, code: filter.ledgerCode } } }))?.id ?? '' },
          select: { id: true },
        });
        where.push({ typeId: { in: types.map((type) => type.id) } });
      }
      if (filter?.typeCode) {
        const type = await ctx.prisma.transactionType.findUnique({ where: { bookId_code: { bookId: book.id, code: filter.typeCode } } });
        where.push({ typeId: type?.id ?? '' });
      }
      if (filter?.accountCode) {
        const account = await ctx.prisma.account.findUnique({ where: { bookId_code: { bookId: book.id, code: filter.accountCode } } });
        const id = account?.id ?? '';
        where.push({ OR: [{ accountId: id }, { counterAccountId: id }, { entries: { some: { accountId: id } } }] });
      }
      if (filter?.status) where.push({ status: filter.status });
      if (filter?.from) where.push({ date: { gte: filter.from } });
      if (filter?.to) where.push({ date: { lte: filter.to } });
      where.push(afterDateId(after));
      const rows = await ctx.prisma.transaction.findMany({
        ...nodeQuery(ctx, info, 'Transaction'),
        where: { AND: where },
        orderBy: [{ date: 'asc' }, { id: 'asc' }],
        take: size + 1,
      });
      return toConnection(rows, size, dateIdKey);
    },
  }),
  transaction: t.prismaField({
    type: 'Transaction',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, book, { id }, ctx) =>
      ctx.prisma.transaction.findFirst({ ...query, where: { id: String(id), bookId: book.id } }),
  }),
}));

const TransactionLineInput = builder.inputType('TransactionLineInput', {
  fields: (t) => ({
    accountCode: t.string(),
    description: t.string(),
    quantity: t.field({ type: 'Decimal' }),
    net: t.field({ type: 'Decimal', required: true }),
    taxCode: t.string(),
    side: t.field({ type: SideEnum, description: 'JOURNAL only' }),
  }),
});

const AllocationInput = builder.inputType('AllocationInput', {
  fields: (t) => ({
    transactionId: t.id({ required: true }),
    amount: t.field({ type: 'Decimal', required: true }),
  }),
});

const ExpectedVersionInput = builder.inputType('ExpectedVersionInput', {
  fields: (t) => ({
    accountCode: t.string({ required: true }),
    version: t.int({ required: true }),
  }),
});

const CreateTransactionInput = builder.inputType('CreateTransactionInput', {
  fields: (t) => ({
    bookId: t.id({ required: true }),
    typeCode: t.string({ required: true }),
    accountCode: t.string({ description: 'the ledger account (customer, supplier, bank…)' }),
    counterAccountCode: t.string({ description: 'interLedger / interAccount target' }),
    date: t.field({ type: 'Date', required: true }),
    dueDate: t.field({ type: 'Date' }),
    reference: t.string(),
    description: t.string(),
    currency: t.string({ description: "defaults to the account's" }),
    amount: t.field({ type: 'Decimal', description: 'for types without lines (receipts, transfers)' }),
    lines: t.field({ type: [TransactionLineInput] }),
    allocations: t.field({ type: [AllocationInput] }),
    sourceId: t.id({ description: 'the transaction this one reads (readsFrom)' }),
    pending: t.boolean({ defaultValue: false, description: 'create as PENDING instead of POSTED' }),
    pricesIncludeTax: t.boolean({ description: "true: each line's net is given gross, tax included; the tax is derived per line (half-even) so that net + tax = gross" }),
    idempotencyKey: t.string(),
    expectedVersions: t.field({ type: [ExpectedVersionInput] }),
    params: t.field({ type: 'JSON', description: 'CUSTOM template parameters' }),
    metadata: t.field({ type: 'JSON' }),
  }),
});

export { AllocationInput };

type TransactionInputArg = typeof CreateTransactionInput.$inferInput;

/** The GraphQL input as the service takes it (ids as strings). */
const serviceInput = (input: TransactionInputArg): ServiceInput => ({
  ...input,
  bookId: String(input.bookId),
  sourceId: input.sourceId == null ? null : String(input.sourceId),
  allocations: input.allocations?.map((a) => ({ transactionId: String(a.transactionId), amount: a.amount })),
});

builder.mutationField('createTransaction', (t) =>
  t.prismaField({
    type: 'Transaction',
    args: { input: t.arg({ type: CreateTransactionInput, required: true }) },
    // the answer is the row the writer wrote; relations the selection asks for load once
    resolve: (_query, _root, { input }, ctx) => createTransaction(ctx.db, actorOf(ctx), serviceInput(input), ctx.committed),
  }),
);

const CreateTransactionsInput = builder.inputType('CreateTransactionsInput', {
  fields: (t) => ({
    transactions: t.field({ type: [CreateTransactionInput], required: true, description: 'up to 1,000, all of one book' }),
    atomic: t.boolean({ defaultValue: false, description: 'all or none: when one is refused, the others are BATCH_ABORTED' }),
  }),
});

interface ItemErrorShape {
  code: string;
  message: string;
  field: string | null;
}

const ItemErrorRef = builder.objectRef<ItemErrorShape>('ItemError').implement({
  fields: (t) => ({
    code: t.exposeString('code'),
    message: t.exposeString('message'),
    field: t.exposeString('field', { nullable: true }),
  }),
});

interface ItemResultShape {
  index: number;
  transaction: PrismaNamespace.TransactionGetPayload<object> | null;
  error: ItemErrorShape | null;
}

const CreateTransactionResultRef = builder.objectRef<ItemResultShape>('CreateTransactionResult').implement({
  fields: (t) => ({
    index: t.exposeInt('index'),
    transaction: t.field({ type: TransactionRef, nullable: true, resolve: (r) => r.transaction }),
    error: t.field({ type: ItemErrorRef, nullable: true, resolve: (r) => r.error }),
  }),
});

interface PayloadShape {
  results: ItemResultShape[];
  created: number;
  replayed: number;
  failed: number;
}

const CreateTransactionsPayloadRef = builder.objectRef<PayloadShape>('CreateTransactionsPayload').implement({
  fields: (t) => ({
    results: t.field({ type: [CreateTransactionResultRef], resolve: (p) => p.results }),
    created: t.exposeInt('created'),
    replayed: t.exposeInt('replayed'),
    failed: t.exposeInt('failed'),
  }),
});

/** An item's refusal as the payload carries it; an unexpected error is logged and masked. */
function itemError(ctx: Context, error: unknown, index: number): ItemErrorShape {
  if (error instanceof DomainError) {
    const field = typeof error.details.field === 'string' ? error.details.field : null;
    return { code: error.code, message: error.message, field };
  }
  if (error instanceof AmountFormatError) return { code: 'BAD_USER_INPUT', message: error.message, field: null };
  ctx.log.error({ err: error, index }, 'unexpected error in createTransactions');
  return { code: 'INTERNAL_SERVER_ERROR', message: 'Unexpected error.', field: null };
}

builder.mutationField('createTransactions', (t) =>
  t.field({
    type: CreateTransactionsPayloadRef,
    description: 'many transactions of one book in one request (up to 1,000), each answered in input order',
    args: { input: t.arg({ type: CreateTransactionsInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const results = await createTransactions(
        ctx.db,
        actorOf(ctx),
        { transactions: input.transactions.map(serviceInput), atomic: input.atomic },
        ctx.committed,
      );
      const shaped = results.map((r) => ({
        index: r.index,
        transaction: r.transaction,
        error: r.error === undefined || r.error === null ? null : itemError(ctx, r.error, r.index),
      }));
      return {
        results: shaped,
        created: results.filter((r) => r.transaction && !r.replayed).length,
        replayed: results.filter((r) => r.replayed).length,
        failed: shaped.filter((r) => r.error).length,
      };
    },
  }),
);
