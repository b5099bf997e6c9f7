// node(id) resolves a Webhook and a WebhookDelivery with the permission Book.webhooks takes:
// the book's ADMIN reads them, another member is FORBIDDEN, a caller outside the book (and a
// deleted webhook) gets null, as for an id that does not exist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { createTestApp, databaseKinds, errorCode, type TestApp } from '../support/app.ts';
import { AddKey, AddUser, Post, member, standardBook } from '../support/books.ts';
import { eventually, startReceiver } from '../support/webhook-receiver.ts';

const CreateNodeWebhook = graphql(`
  mutation CreateNodeWebhook($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }
`);
const DeleteNodeWebhook = graphql(`
  mutation DeleteNodeWebhook($id: ID!) { deleteWebhook(id: $id) }
`);
const WebhookNode = graphql(`
  query WebhookNode($id: ID!) {
    node(id: $id) {
      __typename id
      ... on Webhook { url events active deliveries(first: 10) { edges { node { id status } } } }
      ... on WebhookDelivery { event status attempts }
    }
  }
`);

describe.each(databaseKinds())('node(id) for webhooks on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app);
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await app?.close();
  });

  it('answers the ADMIN, refuses other members, and is null outside the book or once deleted', async () => {
    const { createWebhook } = await app.ok(CreateNodeWebhook, { input: { bookId, url: receiver.url('/node'), events: ['transaction.created'] } });
    const webhookId = createWebhook.webhook.id;
    await app.ok(Post, { input: { bookId, typeCode: 'BL', accountCode: 'BANK1', counterAccountCode: 'CASH1', date: '2026-06-01', amount: '1.00' } });
    app.dispatcher.wake();
    const deliveryId = await eventually(async () => (await app.db.prisma.webhookDelivery.findFirst({ where: { webhookId, status: 'DELIVERED' } }))?.id, 10_000, 'a delivery');

    const hook = await app.ok(WebhookNode, { id: webhookId });
    expect(hook.node).toMatchObject({ __typename: 'Webhook', id: webhookId, url: receiver.url('/node'), events: ['transaction.created'], active: true });
    expect(hook.node?.__typename === 'Webhook' && hook.node.deliveries.edges.map((e) => e.node.id)).toEqual([deliveryId]);
    const delivery = await app.ok(WebhookNode, { id: deliveryId });
    expect(delivery.node).toMatchObject({ __typename: 'WebhookDelivery', id: deliveryId, event: 'transaction.created', status: 'DELIVERED', attempts: 1 });

    const bookAdmin = await member(app, bookId, `Node admin ${kind}`, 'ADMIN');
    expect((await app.ok(WebhookNode, { id: deliveryId }, bookAdmin)).node?.id).toBe(deliveryId);
    // AUDITOR reads the audit log's nodes, not the webhooks'
    for (const role of ['AUDITOR', 'APPROVER'] as const) {
      const token = await member(app, bookId, `Node ${role} ${kind}`, role);
      for (const id of [webhookId, deliveryId]) {
        const refused = await app.request(WebhookNode, { id }, token);
        expect([role, errorCode(refused)]).toEqual([role, 'FORBIDDEN']);
        expect(refused.errors?.[0]?.message).toMatch(/configure this book \(ADMIN\)/);
      }
    }
    const { createUser } = await app.ok(AddUser, { input: { name: `Node outsider ${kind}` } });
    const outsider = (await app.ok(AddKey, { userId: createUser.id })).createApiKey.secret;
    for (const id of [webhookId, deliveryId]) {
      const answer = await app.request(WebhookNode, { id }, outsider);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.node).toBeNull();
    }

    await app.ok(DeleteNodeWebhook, { id: webhookId });
    expect((await app.ok(WebhookNode, { id: webhookId })).node).toBeNull();
    expect((await app.ok(WebhookNode, { id: deliveryId })).node).toBeNull();
  });
});
