// Webhooks (ADMIN): register an endpoint for a book's events, list them with their
// delivery log, delete one, send a failed delivery again. The secret is shown once.
import { builder } from './builder.ts';
import { actorOf } from './actor.ts';
import { NodeRef } from './node.ts';
import { connectionOf } from './pagination.ts';
import { decodeCursor, pageSize, toConnection } from './connections.ts';
import { requireCapability } from '../services/access.ts';
import * as webhooks from '../services/webhooks.ts';

export const WebhookDeliveryRef = builder.prismaObject('WebhookDelivery', {
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID('id'),
    event: t.exposeString('event', { description: 'the event type; the webhook-id header is eventId' }),
    eventId: t.exposeString('eventId', { description: 'the webhook-id sent with it: receivers deduplicate by it' }),
    sequence: t.exposeInt('sequence', { description: "the event's place in the book's outbox" }),
    status: t.exposeString('status', { description: 'PENDING DELIVERED FAILED' }),
    attempts: t.exposeInt('attempts'),
    lastAttemptAt: t.expose('lastAttemptAt', { type: 'DateTime', nullable: true }),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime', nullable: true, description: 'when a PENDING delivery is tried next' }),
    responseStatus: t.exposeInt('responseStatus', { nullable: true }),
    lastError: t.exposeString('lastError', { nullable: true }),
  }),
});

const WebhookDeliveryConnectionRef = connectionOf('WebhookDelivery', WebhookDeliveryRef);

export const WebhookRef = builder.prismaObject('Webhook', {
  interfaces: [NodeRef],
  fields: (t) => ({
    id: t.exposeID('id'),
    url: t.exposeString('url'),
    events: t.field({ type: ['String'], resolve: (w) => w.events as string[] }),
    description: t.exposeString('description', { nullable: true }),
    active: t.exposeBoolean('active'),
    disabledReason: t.exposeString('disabledReason', { nullable: true, description: 'why it stopped, when it did' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    deliveries: t.field({
      type: WebhookDeliveryConnectionRef,
      description: 'the delivery log, oldest first',
      args: { first: t.arg.int(), after: t.arg.string() },
      resolve: async (webhook, args, ctx) => {
        await requireCapability(ctx.prisma, actorOf(ctx), webhook.bookId, 'configure');
        const size = pageSize(args.first);
        const after = decodeCursor(args.after);
        const rows = await ctx.prisma.webhookDelivery.findMany({
          where: { webhookId: webhook.id, ...(after ? { id: { gt: after } } : {}) },
          orderBy: { id: 'asc' },
          take: size + 1,
        });
        return toConnection(rows, size, (d) => d.id);
      },
    }),
  }),
});

const CreatedWebhookRef = builder
  .objectRef<{ webhook: Awaited<ReturnType<typeof webhooks.createWebhook>>['webhook']; secret: string }>('CreatedWebhook')
  .implement({
    fields: (t) => ({
      webhook: t.field({ type: WebhookRef, resolve: (c) => c.webhook }),
      secret: t.exposeString('secret', { description: 'the signing secret (whsec_…), shown only here: keep it' }),
    }),
  });

const CreateWebhookInput = builder.inputType('CreateWebhookInput', {
  fields: (t) => ({
    bookId: t.id({ required: true }),
    url: t.string({ required: true }),
    events: t.stringList({
      required: true,
      description: 'transaction.created transaction.posted transaction.voided transaction.reversed allocation.created balance.changed, or "*"',
    }),
    description: t.string(),
  }),
});

builder.prismaObjectFields('Book', (t) => ({
  webhooks: t.field({
    type: [WebhookRef],
    description: 'ADMIN: the webhooks not deleted, oldest first',
    resolve: async (book, _args, ctx) => {
      await requireCapability(ctx.prisma, actorOf(ctx), book.id, 'configure');
      return ctx.prisma.webhook.findMany({ where: { bookId: book.id, deletedAt: null }, orderBy: { id: 'asc' } });
    },
  }),
}));

builder.mutationFields((t) => ({
  createWebhook: t.field({
    type: CreatedWebhookRef,
    description: 'ADMIN; the signing secret is shown once',
    args: { input: t.arg({ type: CreateWebhookInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      webhooks.createWebhook(
        ctx.db,
        actorOf(ctx),
        { bookId: String(input.bookId), url: input.url, events: input.events, description: input.description },
        ctx.eventsConfig,
      ),
  }),
  deleteWebhook: t.boolean({
    description: 'ADMIN; its pending deliveries are not sent',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => webhooks.deleteWebhook(ctx.db, actorOf(ctx), String(id)),
  }),
  redeliverWebhookDelivery: t.field({
    type: WebhookDeliveryRef,
    description: 'ADMIN: a FAILED delivery is PENDING again, due now, and goes out before the later ones',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => webhooks.redeliverWebhookDelivery(ctx.db, actorOf(ctx), String(id), ctx.eventsConfig),
  }),
}));
