// Users, API keys and memberships.
import { builder } from './builder.ts';
import { actorOf } from './actor.ts';
import { RoleEnum } from './enums.ts';
import { NodeRef } from './node.ts';
import * as people from '../services/people.ts';

export const UserRef = builder.prismaObject('User', {
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    email: t.exposeString('email', { nullable: true }),
    memberships: t.relation('memberships', {
      // others' memberships only in books the caller shares with them
      query: (_args, ctx) =>
        ctx.actor?.isSystemAdmin
          ? {}
          : { where: { book: { memberships: { some: { userId: ctx.actor?.userId ?? '' } } } } },
    }),
  }),
});

export const MembershipRef = builder.prismaObject('Membership', {
  fields: (t) => ({
    book: t.relation('book'),
    user: t.relation('user'),
    role: t.expose('role', { type: RoleEnum }),
  }),
});

const ApiKeyPayload = builder
  .objectRef<{ id: string; secret: string }>('ApiKeyPayload')
  .implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      secret: t.exposeString('secret', { description: 'shown once: only its hash is stored' }),
    }),
  });

const CreateUserInput = builder.inputType('CreateUserInput', {
  fields: (t) => ({ name: t.string({ required: true }), email: t.string() }),
});

const SetMembershipInput = builder.inputType('SetMembershipInput', {
  fields: (t) => ({
    bookId: t.id({ required: true }),
    userId: t.id({ required: true }),
    role: t.field({ type: RoleEnum, description: 'null removes the membership' }),
  }),
});

builder.queryField('me', (t) =>
  t.prismaField({
    type: 'User',
    resolve: async (query, _root, _args, ctx) =>
      ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: actorOf(ctx).userId } }),
  }),
);

builder.mutationFields((t) => ({
  createUser: t.prismaField({
    type: 'User',
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const user = await people.createUser(ctx.prisma, actorOf(ctx), input);
      return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: user.id } });
    },
  }),
  createApiKey: t.field({
    type: ApiKeyPayload,
    args: { userId: t.arg.id({ required: true }) },
    resolve: (_root, { userId }, ctx) => people.createApiKey(ctx.prisma, actorOf(ctx), String(userId)),
  }),
  revokeApiKey: t.boolean({
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => people.revokeApiKey(ctx.prisma, actorOf(ctx), String(id)),
  }),
  setMembership: t.prismaField({
    type: 'Membership',
    args: { input: t.arg({ type: SetMembershipInput, required: true }) },
    resolve: async (_query, _root, { input }, ctx) =>
      people.setMembership(ctx.prisma, actorOf(ctx), {
        bookId: String(input.bookId),
        userId: String(input.userId),
        role: input.role ?? null,
      }),
  }),
}));
