// Users, API keys and memberships.
import { builder } from './builder.ts';
import { actorOf } from './actor.ts';
import { RoleEnum } from './enums.ts';
import { NodeRef } from './node.ts';
import * as people from '../services/people.ts';

export const ApiKeyRef = builder.prismaObject('ApiKey', {
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'to the minute' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
  }),
});

export const UserRef = builder.prismaObject('User', {
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    email: t.exposeString('email', { nullable: true }),
    apiKeys: t.field({
      type: [ApiKeyRef],
      description: 'your own keys, newest first; the system admin sees anyone\'s (never their secrets)',
      resolve: (user, _args, ctx) => people.listApiKeys(ctx.prisma, actorOf(ctx), user.id),
    }),
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
    description: 'your own key; only the system admin creates keys for others',
    args: {
      userId: t.arg.id({ required: true }),
      name: t.arg.string({ description: `a label, up to ${people.API_KEY_NAME_MAX} characters` }),
      expiresAt: t.arg({ type: 'DateTime', description: 'refused (UNAUTHENTICATED) from then on; at most ten years ahead' }),
    },
    resolve: (_root, { userId, name, expiresAt }, ctx) =>
      people.createApiKey(ctx.prisma, actorOf(ctx), { userId: String(userId), name, expiresAt }),
  }),
  revokeApiKey: t.boolean({
    description: 'by its owner or the system admin; refused at once on this server, within seconds on others',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, ctx) => {
      const revoked = await people.revokeApiKey(ctx.prisma, actorOf(ctx), String(id));
      ctx.keys?.forget(String(id));
      return revoked;
    },
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
