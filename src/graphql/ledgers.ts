// Ledgers: a book's books of accounts, each of a kind.
import { builder } from './builder.ts';
import { LedgerKindEnum, TaxAreaEnum } from './enums.ts';
import { NodeRef } from './node.ts';
import { AccountRef } from './accounts.ts';
import { actorOf } from './actor.ts';
import * as configuration from '../services/configuration.ts';

export const LedgerRef = builder.prismaObject('Ledger', {
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: LedgerKindEnum }),
    updatesNominal: t.exposeBoolean('updatesNominal'),
    taxArea: t.expose('taxArea', { type: TaxAreaEnum }),
    controlAccount: t.field({
      type: AccountRef,
      nullable: true,
      resolve: (ledger, _args, ctx) =>
        ledger.controlAccountId ? ctx.loaders.account.load(ledger.controlAccountId) : null,
    }),
    defaultAnalysisAccount: t.field({
      type: AccountRef,
      nullable: true,
      resolve: (ledger, _args, ctx) =>
        ledger.defaultAnalysisAccountId ? ctx.loaders.account.load(ledger.defaultAnalysisAccountId) : null,
    }),
  }),
});

builder.prismaObjectFields('Book', (t) => ({
  ledgers: t.prismaField({
    type: ['Ledger'],
    resolve: (query, book, _args, ctx) =>
      ctx.prisma.ledger.findMany({ ...query, where: { bookId: book.id }, orderBy: { code: 'asc' } }),
  }),
  ledger: t.prismaField({
    type: 'Ledger',
    nullable: true,
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, book, { code }, ctx) =>
      ctx.prisma.ledger.findUnique({ ...query, where: { bookId_code: { bookId: book.id, code } } }),
  }),
}));

const CreateLedgerInput = builder.inputType('CreateLedgerInput', {
  fields: (t) => ({
    bookId: t.id({ required: true }),
    code: t.string({ required: true }),
    name: t.string({ required: true }),
    kind: t.field({ type: LedgerKindEnum, required: true }),
    updatesNominal: t.boolean(),
    controlAccountCode: t.string(),
    defaultAnalysisAccountCode: t.string(),
    taxArea: t.field({ type: TaxAreaEnum }),
  }),
});

builder.mutationField('createLedger', (t) =>
  t.prismaField({
    type: 'Ledger',
    args: { input: t.arg({ type: CreateLedgerInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const ledger = await configuration.createLedger(ctx.prisma, actorOf(ctx), { ...input, bookId: String(input.bookId) });
      return ctx.prisma.ledger.findUniqueOrThrow({ ...query, where: { id: ledger.id } });
    },
  }),
);
