// Tax codes and accounting periods.
import { builder } from './builder.ts';
import { PeriodStatusEnum, TaxAreaEnum } from './enums.ts';
import { NodeRef } from './node.ts';
import { AccountRef } from './accounts.ts';
import { actorOf } from './actor.ts';
import * as configuration from '../services/configuration.ts';

export const TaxCodeRef = builder.prismaObject('TaxCode', {
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    rate: t.expose('rate', { type: 'Decimal', description: 'percent: "20" is 20%' }),
    area: t.expose('area', { type: TaxAreaEnum }),
    account: t.field({
      type: AccountRef,
      resolve: async (code, _args, ctx) => (await ctx.loaders.account.load(code.accountId))!,
    }),
  }),
});

export const PeriodRef = builder.prismaObject('Period', {
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    start: t.expose('start', { type: 'Date' }),
    end: t.expose('end', { type: 'Date' }),
    status: t.expose('status', { type: PeriodStatusEnum }),
  }),
});

builder.prismaObjectFields('Book', (t) => ({
  taxCodes: t.prismaField({
    type: ['TaxCode'],
    resolve: (query, book, _args, ctx) =>
      ctx.prisma.taxCode.findMany({ ...query, where: { bookId: book.id }, orderBy: { code: 'asc' } }),
  }),
  periods: t.prismaField({
    type: ['Period'],
    resolve: (query, book, _args, ctx) =>
      ctx.prisma.period.findMany({ ...query, where: { bookId: book.id }, orderBy: { start: 'asc' } }),
  }),
}));

export const UnitRef = builder.prismaObject('Unit', {
  description: 'a unit the book counts stock in, with its decimal places',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    decimals: t.exposeInt('decimals'),
  }),
});

builder.prismaObjectFields('Book', (t) => ({
  units: t.prismaField({
    type: ['Unit'],
    resolve: (query, book, _args, ctx) =>
      ctx.prisma.unit.findMany({ ...query, where: { bookId: book.id }, orderBy: { code: 'asc' } }),
  }),
}));

const CreateTaxCodeInput = builder.inputType('CreateTaxCodeInput', {
  fields: (t) => ({
    bookId: t.id({ required: true }),
    code: t.string({ required: true }),
    name: t.string({ required: true }),
    rate: t.field({ type: 'Decimal', required: true }),
    area: t.field({ type: TaxAreaEnum, required: true }),
    accountCode: t.string({ required: true }),
  }),
});

const CreatePeriodInput = builder.inputType('CreatePeriodInput', {
  fields: (t) => ({
    bookId: t.id({ required: true }),
    name: t.string({ required: true }),
    start: t.field({ type: 'Date', required: true }),
    end: t.field({ type: 'Date', required: true }),
  }),
});

const CreateUnitInput = builder.inputType('CreateUnitInput', {
  fields: (t) => ({
    bookId: t.id({ required: true }),
    code: t.string({ required: true }),
    name: t.string({ required: true }),
    decimals: t.int({ required: true }),
  }),
});

const PeriodBasisEnum = builder.enumType('PeriodBasis', {
  description: 'how createPeriods divides a year',
  values: { MONTHLY: { description: '12 months' }, QUARTERLY: { description: '4 quarters of 3 months' }, YEARLY: { description: 'one period of 12 months' } } as const,
});

builder.mutationFields((t) => ({
  createTaxCode: t.prismaField({
    type: 'TaxCode',
    args: { input: t.arg({ type: CreateTaxCodeInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const code = await configuration.createTaxCode(ctx.prisma, actorOf(ctx), { ...input, bookId: String(input.bookId) });
      return ctx.prisma.taxCode.findUniqueOrThrow({ ...query, where: { id: code.id } });
    },
  }),
  createPeriod: t.prismaField({
    type: 'Period',
    args: { input: t.arg({ type: CreatePeriodInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const period = await configuration.createPeriod(ctx.prisma, actorOf(ctx), { ...input, bookId: String(input.bookId) });
      return ctx.prisma.period.findUniqueOrThrow({ ...query, where: { id: period.id } });
    },
  }),
  createPeriods: t.prismaField({
    type: ['Period'],
    description: "ADMIN: a year's periods in one change, by basis: 12 months, 4 quarters or the year, from yearStart (a month's first day); audited; refused whole if any overlaps",
    args: {
      bookId: t.arg.id({ required: true }),
      yearStart: t.arg({ type: 'Date', required: true }),
      basis: t.arg({ type: PeriodBasisEnum, required: true }),
    },
    resolve: async (query, _root, { bookId, yearStart, basis }, ctx) => {
      const periods = await configuration.createPeriods(ctx.prisma, actorOf(ctx), { bookId: String(bookId), yearStart, basis });
      return ctx.prisma.period.findMany({ ...query, where: { id: { in: periods.map((p) => p.id) } }, orderBy: { start: 'asc' } });
    },
  }),
  closePeriod: t.prismaField({
    type: 'Period',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      const period = await configuration.closePeriod(ctx.db, actorOf(ctx), String(id));
      return ctx.prisma.period.findUniqueOrThrow({ ...query, where: { id: period.id } });
    },
  }),
  createUnit: t.prismaField({
    type: 'Unit',
    description: 'a unit for stock quantities (e.g. EA with 0 decimals, KG with 3)',
    args: { input: t.arg({ type: CreateUnitInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const unit = await configuration.createUnit(ctx.prisma, actorOf(ctx), { ...input, bookId: String(input.bookId) });
      return ctx.prisma.unit.findUniqueOrThrow({ ...query, where: { id: unit.id } });
    },
  }),
}));
