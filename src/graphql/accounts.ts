// Accounts: one currency or unit each, a normal side, an optional balance limit.
import { builder } from './builder.ts';
import { AccountTypeEnum, BalanceLimitEnum, SideEnum } from './enums.ts';
import { NodeRef } from './node.ts';
import { connectionOf } from './pagination.ts';
import { decodeCursor, pageSize, toConnection } from './connections.ts';
import type { Prisma } from '../db.ts';
import { actorOf } from './actor.ts';
import * as configuration from '../services/configuration.ts';

export const AccountRef = builder.prismaObject('Account', {
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    ledger: t.prismaField({
      type: 'Ledger',
      resolve: async (_query, account, _args, ctx) => (await ctx.loaders.ledger.load(account.ledgerId))!,
    }),
    type: t.expose('type', { type: AccountTypeEnum }),
    currency: t.exposeString('currency'),
    normalSide: t.expose('normalSide', { type: SideEnum }),
    limit: t.expose('limit', { type: BalanceLimitEnum }),
    metadata: t.expose('metadata', { type: 'JSON', nullable: true }),
    isControlAccount: t.exposeBoolean('isControl', {
      description: 'serves as a control account: only its subsidiary ledger moves it',
    }),
    controlAccount: t.prismaField({
      type: 'Account',
      nullable: true,
      description: 'the nominal account that mirrors this one: its own, else its ledger\'s',
      resolve: async (_query, account, _args, ctx) => {
        const id = account.controlAccountId ?? (await ctx.loaders.ledger.load(account.ledgerId))?.controlAccountId;
        return id ? ctx.loaders.account.load(id) : null;
      },
    }),
    version: t.int({
      description: 'increments with every entry; for expectedVersions',
      resolve: async (account, _args, ctx) => (await ctx.loaders.accountBalance.load(account.id))?.version ?? 0,
    }),
  }),
});

export const AccountConnectionRef = connectionOf('Account', AccountRef);

/** A page of a book's accounts in code order, optionally of one ledger. */
export async function accountPage(
  prisma: Prisma,
  where: { bookId: string; ledgerId?: string },
  args: { first?: number | null; after?: string | null },
) {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after);
  const rows = await prisma.account.findMany({
    where: { ...where, ...(after ? { code: { gt: after } } : {}) },
    orderBy: { code: 'asc' },
    take: size + 1,
  });
  return toConnection(rows, size, (a) => a.code);
}

builder.prismaObjectFields('Book', (t) => ({
  account: t.prismaField({
    type: 'Account',
    nullable: true,
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, book, { code }, ctx) =>
      ctx.prisma.account.findUnique({ ...query, where: { bookId_code: { bookId: book.id, code } } }),
  }),
  accounts: t.field({
    type: AccountConnectionRef,
    args: { ledgerCode: t.arg.string(), first: t.arg.int(), after: t.arg.string() },
    resolve: async (book, args, ctx) => {
      let ledgerId: string | undefined;
      if (args.ledgerCode) {
        const ledger = await ctx.prisma.ledger.findUnique({
          where: { bookId_code: { bookId: book.id, code: args.ledgerCode } },
        });
        if (!ledger) return toConnection([], 0, () => '');
        ledgerId = ledger.id;
      }
      return accountPage(ctx.prisma, { bookId: book.id, ...(ledgerId ? { ledgerId } : {}) }, args);
    },
  }),
}));

builder.prismaObjectFields('Ledger', (t) => ({
  accounts: t.field({
    type: AccountConnectionRef,
    args: { first: t.arg.int(), after: t.arg.string() },
    resolve: (ledger, args, ctx) => accountPage(ctx.prisma, { bookId: ledger.bookId, ledgerId: ledger.id }, args),
  }),
}));

const CreateAccountInput = builder.inputType('CreateAccountInput', {
  fields: (t) => ({
    bookId: t.id({ required: true }),
    ledgerCode: t.string({ required: true }),
    code: t.string({ required: true }),
    name: t.string({ required: true }),
    type: t.field({ type: AccountTypeEnum, required: true }),
    currency: t.string({ description: "ISO 4217 code or one of the book's units; default the base currency" }),
    normalSide: t.field({ type: SideEnum }),
    limit: t.field({ type: BalanceLimitEnum }),
    controlAccountCode: t.string(),
    metadata: t.field({ type: 'JSON' }),
  }),
});

const UpdateAccountInput = builder.inputType('UpdateAccountInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    limit: t.field({ type: BalanceLimitEnum }),
    controlAccountCode: t.string({ description: 'only while the account has no entries' }),
    metadata: t.field({ type: 'JSON', description: "replaces the account's metadata; null clears it" }),
  }),
});

builder.mutationFields((t) => ({
  createAccount: t.prismaField({
    type: 'Account',
    args: { input: t.arg({ type: CreateAccountInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const account = await configuration.createAccount(ctx.prisma, actorOf(ctx), { ...input, bookId: String(input.bookId) });
      return ctx.prisma.account.findUniqueOrThrow({ ...query, where: { id: account.id } });
    },
  }),
  updateAccount: t.prismaField({
    type: 'Account',
    args: { input: t.arg({ type: UpdateAccountInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const account = await configuration.updateAccount(ctx.prisma, actorOf(ctx), { ...input, id: String(input.id) });
      return ctx.prisma.account.findUniqueOrThrow({ ...query, where: { id: account.id } });
    },
  }),
}));
