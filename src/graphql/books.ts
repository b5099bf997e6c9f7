// Books: the tenant. Every read below a Book is scoped to its id.
import { builder } from './builder.ts';
import { actorOf } from './actor.ts';
import { BookTemplateEnum } from './enums.ts';
import { NodeRef } from './node.ts';
import { roleIn } from '../services/access.ts';
import * as people from '../services/people.ts';
import { bookTemplates } from '../services/templates.ts';

export const BookRef = builder.prismaObject('Book', {
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    baseCurrency: t.exposeString('baseCurrency'),
    members: t.relation('memberships'),
  }),
});

const CreateBookInput = builder.inputType('CreateBookInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    baseCurrency: t.string({ required: true }),
    template: t.field({ type: BookTemplateEnum, defaultValue: 'EMPTY' }),
  }),
});

builder.queryFields((t) => ({
  books: t.prismaField({
    type: ['Book'],
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.book.findMany({
        ...query,
        where: { memberships: { some: { userId: actorOf(ctx).userId } } },
        orderBy: { id: 'asc' },
      }),
  }),
  book: t.prismaField({
    type: 'Book',
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, { id }, ctx) => {
      const book = await ctx.prisma.book.findUnique({ ...query, where: { id: String(id) } });
      // a book the caller is not in answers as an unknown id does (null): ids are not probed
      if (!book || (await roleIn(ctx.prisma, actorOf(ctx), book.id)) === undefined) return null;
      return book;
    },
  }),
}));

builder.mutationField('createBook', (t) =>
  t.prismaField({
    type: 'Book',
    args: { input: t.arg({ type: CreateBookInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const book = await people.createBook(
        ctx.prisma,
        actorOf(ctx),
        input,
        bookTemplates[input.template ?? 'EMPTY'],
      );
      return ctx.prisma.book.findUniqueOrThrow({ ...query, where: { id: book.id } });
    },
  }),
);
