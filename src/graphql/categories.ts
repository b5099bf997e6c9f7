// Categories: named aggregations of accounts and other categories, with a balance like an
// account's (each account counted once). Changes are ADMIN's; the rules are in
// src/domain/categories.ts.
import { builder } from './builder.ts';
import { actorOf } from './actor.ts';
import { SideEnum } from './enums.ts';
import { NodeRef } from './node.ts';
import { AccountRef } from './accounts.ts';
import { BalanceRef, digitsOf } from './transactions.ts';
import { balanceKey } from './loaders.ts';
import { accountsOf } from '../domain/categories.ts';
import { addSums, figuresOf } from '../services/balances.ts';
import * as categories from '../services/categories.ts';

export const CategoryRef = builder.prismaObject('Category', {
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    currency: t.exposeString('currency'),
    normalSide: t.expose('normalSide', { type: SideEnum }),
    accounts: t.field({
      type: [AccountRef],
      description: 'the accounts it holds directly, in code order',
      resolve: async (category, _a, ctx) => {
        const graph = await ctx.loaders.categoryGraph.load(category.bookId);
        const accounts = await Promise.all((graph.accounts.get(category.id) ?? []).map((id) => ctx.loaders.account.load(id)));
        return accounts.filter((a) => a !== null).sort((a, b) => (a.code < b.code ? -1 : 1));
      },
    }),
    categories: t.prismaField({
      type: ['Category'],
      description: 'the categories it holds directly, in name order',
      resolve: async (query, category, _a, ctx) => {
        const graph = await ctx.loaders.categoryGraph.load(category.bookId);
        return ctx.prisma.category.findMany({ ...query, where: { id: { in: [...(graph.children.get(category.id) ?? [])] } }, orderBy: { name: 'asc' } });
      },
    }),
    allAccounts: t.field({
      type: [AccountRef],
      description: 'every account its balance sums, through child categories too, each once',
      resolve: async (category, _a, ctx) => {
        const graph = await ctx.loaders.categoryGraph.load(category.bookId);
        const accounts = await Promise.all(accountsOf(graph, category.id).map((id) => ctx.loaders.account.load(id)));
        return accounts.filter((a) => a !== null).sort((a, b) => (a.code < b.code ? -1 : 1));
      },
    }),
    balance: t.field({
      type: BalanceRef,
      description: "Σ of the accounts it reaches, each once, on the category's normal side",
      args: { asOf: t.arg({ type: 'Date' }) },
      resolve: async (category, { asOf }, ctx) => {
        const graph = await ctx.loaders.categoryGraph.load(category.bookId);
        const ids = accountsOf(graph, category.id);
        const sums = await ctx.loaders.balanceSums.loadMany(ids.map((id) => balanceKey(category.bookId, id, asOf)));
        const failed = sums.find((s) => s instanceof Error);
        if (failed) throw failed;
        return {
          figures: figuresOf(category.normalSide, addSums(sums as Exclude<(typeof sums)[number], Error>[])),
          currency: category.currency,
          digits: await digitsOf(ctx, category.bookId, category.currency),
        };
      },
    }),
  }),
});

builder.prismaObjectFields('Book', (t) => ({
  categories: t.prismaField({
    type: ['Category'],
    resolve: (query, book, _a, ctx) => ctx.prisma.category.findMany({ ...query, where: { bookId: book.id }, orderBy: { name: 'asc' } }),
  }),
}));

const CreateCategoryInput = builder.inputType('CreateCategoryInput', {
  fields: (t) => ({
    bookId: t.id({ required: true }),
    name: t.string({ required: true }),
    currency: t.string({ required: true }),
    normalSide: t.field({ type: SideEnum, required: true }),
  }),
});

const CategoryMemberInput = builder.inputType('CategoryMemberInput', {
  fields: (t) => ({
    categoryId: t.id({ required: true }),
    accountCode: t.string(),
    childCategoryId: t.id(),
  }),
});

const memberInput = (input: { categoryId: string | number; accountCode?: string | null; childCategoryId?: string | number | null }) => ({
  categoryId: String(input.categoryId),
  accountCode: input.accountCode ?? null,
  childCategoryId: input.childCategoryId == null ? null : String(input.childCategoryId),
});

builder.mutationFields((t) => ({
  createCategory: t.prismaField({
    type: 'Category',
    args: { input: t.arg({ type: CreateCategoryInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const category = await categories.createCategory(ctx.db, actorOf(ctx), { ...input, bookId: String(input.bookId) });
      return ctx.prisma.category.findUniqueOrThrow({ ...query, where: { id: category.id } });
    },
  }),
  addToCategory: t.prismaField({
    type: 'Category',
    description: 'adds an account (accountCode) or a child category; CATEGORY_DOUBLE_COUNT, CATEGORY_CYCLE, CURRENCY_MISMATCH',
    args: { input: t.arg({ type: CategoryMemberInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const category = await categories.addToCategory(ctx.db, actorOf(ctx), memberInput(input));
      return ctx.prisma.category.findUniqueOrThrow({ ...query, where: { id: category.id } });
    },
  }),
  removeFromCategory: t.prismaField({
    type: 'Category',
    args: { input: t.arg({ type: CategoryMemberInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const category = await categories.removeFromCategory(ctx.db, actorOf(ctx), memberInput(input));
      return ctx.prisma.category.findUniqueOrThrow({ ...query, where: { id: category.id } });
    },
  }),
}));
