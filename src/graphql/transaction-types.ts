// Transaction types: data, not code. The fields show the current version's flags.
import { builder } from './builder.ts';
import { PostingTemplateEnum, SideEnum } from './enums.ts';
import { NodeRef } from './node.ts';
import { LedgerRef } from './ledgers.ts';
import { AccountRef } from './accounts.ts';
import type { Context } from './context.ts';
import { actorOf } from './actor.ts';
import * as configuration from '../services/configuration.ts';

type TypeRow = { id: string; currentVersion: number };

const current = (type: TypeRow, ctx: Context) => ctx.loaders.currentTypeVersion.load(type.id);

export const TransactionTypeRef = builder.prismaObject('TransactionType', {
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    version: t.exposeInt('currentVersion', { description: 'the version new transactions post with' }),
    ledger: t.field({
      type: LedgerRef,
      resolve: async (type, _args, ctx) => (await ctx.loaders.ledger.load(type.ledgerId))!,
    }),
    direction: t.field({ type: SideEnum, resolve: async (type, _a, ctx) => (await current(type, ctx)).direction }),
    posting: t.boolean({ resolve: async (type, _a, ctx) => (await current(type, ctx)).posting }),
    updatesNominal: t.boolean({ resolve: async (type, _a, ctx) => (await current(type, ctx)).updatesNominal }),
    taxable: t.boolean({ resolve: async (type, _a, ctx) => (await current(type, ctx)).taxable }),
    interLedger: t.field({
      type: LedgerRef,
      nullable: true,
      resolve: async (type, _a, ctx) => {
        const id = (await current(type, ctx)).interLedgerId;
        return id ? ctx.loaders.ledger.load(id) : null;
      },
    }),
    interAccount: t.boolean({ resolve: async (type, _a, ctx) => (await current(type, ctx)).interAccount }),
    usesStock: t.boolean({ resolve: async (type, _a, ctx) => (await current(type, ctx)).usesStock }),
    stockSide: t.field({
      type: SideEnum,
      nullable: true,
      resolve: async (type, _a, ctx) => (await current(type, ctx)).stockSide,
    }),
    allocates: t.boolean({ resolve: async (type, _a, ctx) => (await current(type, ctx)).allocates }),
    readsFrom: t.prismaField({
      type: ['TransactionType'],
      resolve: async (_query, type, _a, ctx) => {
        const ids = (await current(type, ctx)).readsFromIds as string[];
        const rows = await Promise.all(ids.map((id) => ctx.loaders.transactionType.load(id)));
        return rows.filter((row) => row !== null);
      },
    }),
    requiresApproval: t.boolean({ resolve: async (type, _a, ctx) => (await current(type, ctx)).requiresApproval }),
    template: t.field({
      type: PostingTemplateEnum,
      resolve: async (type, _a, ctx) => (await current(type, ctx)).template,
    }),
    entryTemplates: t.field({
      type: 'JSON',
      nullable: true,
      resolve: async (type, _a, ctx) => (await current(type, ctx)).entryTemplates,
    }),
    controlAccount: t.field({
      type: AccountRef,
      nullable: true,
      description: "null: a type posts through its accounts' own control accounts, so that each ledger reconciles (docs/configuration.md, Transaction types)",
      resolve: async (type, _a, ctx) => {
        const id = (await current(type, ctx)).controlAccountId;
        return id ? ctx.loaders.account.load(id) : null;
      },
    }),
    defaultAnalysisAccount: t.field({
      type: AccountRef,
      nullable: true,
      resolve: async (type, _a, ctx) => {
        const id = (await current(type, ctx)).defaultAnalysisAccountId;
        return id ? ctx.loaders.account.load(id) : null;
      },
    }),
  }),
});

builder.prismaObjectFields('Book', (t) => ({
  transactionTypes: t.prismaField({
    type: ['TransactionType'],
    resolve: (query, book, _args, ctx) =>
      ctx.prisma.transactionType.findMany({ ...query, where: { bookId: book.id }, orderBy: { code: 'asc' } }),
  }),
}));

builder.prismaObjectFields('Ledger', (t) => ({
  transactionTypes: t.prismaField({
    type: ['TransactionType'],
    resolve: (query, ledger, _args, ctx) =>
      ctx.prisma.transactionType.findMany({
        ...query,
        where: { bookId: ledger.bookId, ledgerId: ledger.id },
        orderBy: { code: 'asc' },
      }),
  }),
}));

const CreateTransactionTypeInput = builder.inputType('CreateTransactionTypeInput', {
  fields: (t) => ({
    bookId: t.id({ required: true }),
    ledgerCode: t.string({ required: true }),
    code: t.string({ required: true }),
    name: t.string({ required: true }),
    direction: t.field({ type: SideEnum, required: true }),
    posting: t.boolean({ defaultValue: true }),
    updatesNominal: t.boolean(),
    taxable: t.boolean({ defaultValue: false }),
    interLedgerCode: t.string(),
    interAccount: t.boolean({ defaultValue: false }),
    usesStock: t.boolean({ defaultValue: false }),
    stockSide: t.field({ type: SideEnum, description: 'side stock items take; default: see docs/configuration.md' }),
    allocates: t.boolean({ defaultValue: false }),
    readsFromCodes: t.stringList(),
    requiresApproval: t.boolean({ defaultValue: false }),
    template: t.field({ type: PostingTemplateEnum, defaultValue: 'STANDARD' }),
    controlAccountCode: t.string({ description: 'refused: set the control account on the ledger or the account (docs/configuration.md)' }),
    defaultAnalysisAccountCode: t.string(),
    entryTemplates: t.field({ type: 'JSON', description: 'CUSTOM only' }),
  }),
});

builder.mutationFields((t) => ({
  createTransactionType: t.prismaField({
    type: 'TransactionType',
    args: { input: t.arg({ type: CreateTransactionTypeInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const type = await configuration.createTransactionType(ctx.prisma, actorOf(ctx), {
        ...input,
        bookId: String(input.bookId),
      });
      return ctx.prisma.transactionType.findUniqueOrThrow({ ...query, where: { id: type.id } });
    },
  }),
  updateTransactionType: t.prismaField({
    type: 'TransactionType',
    description: 'a new version of the type with these flags; earlier transactions keep theirs',
    args: { input: t.arg({ type: CreateTransactionTypeInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const type = await configuration.updateTransactionType(ctx.prisma, actorOf(ctx), {
        ...input,
        bookId: String(input.bookId),
      });
      return ctx.prisma.transactionType.findUniqueOrThrow({ ...query, where: { id: type.id } });
    },
  }),
}));
