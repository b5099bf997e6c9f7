// Webhooks: an ADMIN's endpoint receives the book's events as signed JSON POSTs, retried
// with backoff, in per-book order; the log is queryable, a failed delivery re-sendable;
// URLs and answers are bounded; a webhook whose creator loses access stops.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { createTestApp, databaseKinds, errorCode, type TestApp } from '../support/app.ts';
import { AddMember, Post, member, standardBook } from '../support/books.ts';
import { eventually, startReceiver } from '../support/webhook-receiver.ts';

const CreateWebhook = graphql(`
  mutation CreateWebhook($input: CreateWebhookInput!) {
    createWebhook(input: $input) { secret webhook { id url events active } }
  }
`);
const DeleteWebhook = graphql(`
  mutation DeleteWebhook($id: ID!) { deleteWebhook(id: $id) }
`);
const Redeliver = graphql(`
  mutation Redeliver($id: ID!) { redeliverWebhookDelivery(id: $id) { id status } }
`);
const Webhooks = graphql(`
  query Webhooks($bookId: ID!) {
    book(id: $bookId) {
      webhooks {
        id url events active disabledReason
        deliveries(first: 100) { edges { node { id event eventId sequence status attempts lastAttemptAt responseStatus lastError } } }
      }
    }
  }
`);
const RevokeKey = graphql(`
  mutation RevokeKeyForWebhook($id: ID!) { revokeApiKey(id: $id) }
`);

const bankTransfer = (bookId: string, amount: string) => ({
  input: { bookId, typeCode: 'BL', accountCode: 'BANK1', counterAccountCode: 'CASH1', date: '2026-06-01', amount },
});

describe.each(databaseKinds())('webhooks on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeAll(async () => {
    app = await createTestApp(kind, { events: { webhookRetryBaseMs: 100 } });
    bookId = await standardBook(app);
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await app?.close();
  });

  const deliveriesOf = async (id: string) => {
    const { book } = await app.ok(Webhooks, { bookId });
    return book!.webhooks.find((w) => w.id === id)!;
  };

  it('delivers each event signed, retries a failing endpoint, and keeps per-book order', async () => {
    receiver.received.length = 0;
    // the first two attempts at each event fail: every event is retried, none overtakes another
    receiver.answerWith((_r, attempt) => ({ status: attempt <= 2 ? 503 : 200 }));
    const { createWebhook } = await app.ok(CreateWebhook, {
      input: { bookId, url: receiver.url('/ordered'), events: ['transaction.created'], description: 'CRM' },
    });
    expect(createWebhook.secret).toMatch(/^whsec_/);
    receiver.setSecret(createWebhook.secret);
    const numbers = [];
    for (const amount of ['1.00', '2.00', '3.00']) numbers.push((await app.ok(Post, bankTransfer(bookId, amount))).createTransaction.number);
    app.dispatcher.wake();
    const accepted = await eventually(() => receiver.accepted().length >= 3 && receiver.accepted(), 20_000, 'three accepted deliveries');
    expect(accepted.map((r) => (r.verified!.data as { number: string }).number)).toEqual(numbers);
    expect(accepted.every((r) => r.verified !== null && r.verified.type === 'transaction.created')).toBe(true);
    // signature headers per Standard Webhooks
    expect(accepted[0]!.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/=]+$/);
    expect(accepted[0]!.headers['webhook-timestamp']).toMatch(/^\d+$/);
    // in order: no request for a later event came before the earlier one was accepted
    const order = receiver.received.map((r) => JSON.parse(r.body).sequence as number);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(receiver.received.length).toBe(9);
    // a tampered body does not verify
    expect(receiver.received.every((r) => r.verified !== null)).toBe(true);
    // the receiver has answered 200; the dispatcher records it right after
    const log = await eventually(async () => {
      const webhook = await deliveriesOf(createWebhook.webhook.id);
      return webhook.deliveries.edges.every((e) => e.node.status === 'DELIVERED') && webhook;
    }, 10_000, 'three deliveries recorded as DELIVERED');
    expect(log.deliveries.edges.map((e) => [e.node.event, e.node.status, e.node.attempts, e.node.responseStatus])).toEqual([
      ['transaction.created', 'DELIVERED', 3, 200],
      ['transaction.created', 'DELIVERED', 3, 200],
      ['transaction.created', 'DELIVERED', 3, 200],
    ]);
    expect(log.deliveries.edges.map((e) => e.node.eventId)).toEqual(accepted.map((r) => r.headers['webhook-id']));
    await app.ok(DeleteWebhook, { id: createWebhook.webhook.id });
  });

  it('marks a delivery FAILED once its retries run out, and sends it again on request', async () => {
    const short = await createTestApp(kind, { events: { webhookRetryBaseMs: 50, webhookRetryForMs: 1000 } });
    try {
      const book = await standardBook(short);
      receiver.received.length = 0;
      receiver.answerWith(() => ({ status: 500, body: 'x'.repeat(200_000) }));
      const { createWebhook } = await short.ok(CreateWebhook, { input: { bookId: book, url: receiver.url('/fails'), events: ['*'] } });
      receiver.setSecret(createWebhook.secret);
      await short.ok(Post, bankTransfer(book, '9.00'));
      const list = async () => (await short.ok(Webhooks, { bookId: book })).book!.webhooks[0]!.deliveries.edges.map((e) => e.node);
      const failed = await eventually(async () => {
        const rows = await list();
        return rows.length > 0 && rows[0]!.status === 'FAILED' && rows;
      }, 15_000, 'a FAILED delivery');
      expect(failed[0]!.attempts).toBeGreaterThan(1);
      expect(failed[0]!.responseStatus).toBe(500);
      expect(failed[0]!.lastError).toBe('answered 500');
      // the later events of the book waited for it, then went on after it failed
      receiver.answerWith(() => ({ status: 200 }));
      await short.ok(Redeliver, { id: failed[0]!.id });
      const again = await eventually(async () => {
        const rows = await list();
        return rows[0]!.status === 'DELIVERED' && rows;
      }, 10_000, 'the re-sent delivery');
      expect(again[0]!.responseStatus).toBe(200);
      expect(errorCode(await short.request(Redeliver, { id: failed[0]!.id }))).toBe('INVALID_STATE');
    } finally {
      await short.close();
    }
  });

  it('follows no redirect and gives up on an endpoint that does not answer in time', async () => {
    const quick = await createTestApp(kind, { events: { webhookTimeoutMs: 300, webhookRetryBaseMs: 60_000 } });
    try {
      const book = await standardBook(quick);
      receiver.received.length = 0;
      receiver.answerWith((r) => (r.path === '/redirect' ? { status: 302, headers: { location: receiver.url('/elsewhere') } } : r.path === '/slow' ? 'hang' : { status: 200 }));
      await quick.ok(CreateWebhook, { input: { bookId: book, url: receiver.url('/redirect'), events: ['transaction.created'] } });
      await quick.ok(CreateWebhook, { input: { bookId: book, url: receiver.url('/slow'), events: ['transaction.created'] } });
      await quick.ok(Post, bankTransfer(book, '4.00'));
      const rows = await eventually(async () => {
        const hooks = (await quick.ok(Webhooks, { bookId: book })).book!.webhooks;
        const nodes = hooks.map((h) => h.deliveries.edges[0]?.node);
        return nodes.every((n) => n && n.attempts >= 1) && nodes;
      }, 10_000, 'one attempt at each');
      expect(rows.map((n) => [n!.status, n!.lastError])).toEqual([
        ['PENDING', 'redirect 302 not followed'],
        ['PENDING', 'no answer within 300 ms'],
      ]);
      expect(receiver.received.some((r) => r.path === '/elsewhere')).toBe(false);
    } finally {
      await quick.close();
    }
  });

  it('stops the webhook of a member who is no longer ADMIN, and of a revoked key', async () => {
    receiver.received.length = 0;
    receiver.answerWith(() => ({ status: 200 }));
    const adminToken = await member(app, bookId, `Hook admin ${kind}`, 'ADMIN');
    const { createWebhook } = await app.ok(CreateWebhook, { input: { bookId, url: receiver.url('/member'), events: ['transaction.created'] } }, adminToken);
    await app.ok(Post, bankTransfer(bookId, '5.00'));
    await eventually(() => receiver.accepted().length === 1, 10_000, 'the first delivery');
    const creator = await app.db.prisma.webhook.findUniqueOrThrow({ where: { id: createWebhook.webhook.id } });
    await app.ok(AddMember, { input: { bookId, userId: creator.createdById, role: 'VIEWER' } });
    await app.ok(Post, bankTransfer(bookId, '6.00'));
    const stopped = await eventually(async () => {
      const hook = await deliveriesOf(createWebhook.webhook.id);
      return !hook.active && hook;
    }, 5000, 'the webhook to stop');
    expect(stopped.disabledReason).toMatch(/role VIEWER/);
    expect(receiver.accepted().length).toBe(1);

    // a webhook made with a key that is then revoked stops too
    const keyed = await app.ok(CreateWebhook, { input: { bookId, url: receiver.url('/key'), events: ['*'] } });
    const hook = await app.db.prisma.webhook.findUniqueOrThrow({ where: { id: keyed.createWebhook.webhook.id } });
    const otherKey = await app.db.prisma.apiKey.create({ data: { userId: hook.createdById, secretHash: `revoked-${kind}` } });
    await app.db.prisma.webhook.update({ where: { id: hook.id }, data: { apiKeyId: otherKey.id } });
    await app.ok(RevokeKey, { id: otherKey.id });
    await app.ok(Post, bankTransfer(bookId, '7.00'));
    const revoked = await eventually(async () => {
      const h = await deliveriesOf(hook.id);
      return !h.active && h;
    }, 5000, 'the keyed webhook to stop');
    expect(revoked.disabledReason).toMatch(/revoked/);
    expect(receiver.received.some((r) => r.path === '/key')).toBe(false);
  });

  it('refuses URLs that are not https, resolve to private or link-local addresses, or events it does not know, writing nothing', async () => {
    const count = await app.db.prisma.webhook.count();
    const refused = async (url: string, events = ['*']) => {
      const result = await app.request(CreateWebhook, { input: { bookId, url, events } });
      return [errorCode(result), result.errors?.[0]?.message];
    };
    expect((await refused('http://example.com/hook'))[0]).toBe('BAD_USER_INPUT');
    expect(await refused('https://10.1.2.3/hook')).toEqual(['BAD_USER_INPUT', expect.stringMatching(/private, link-local/)]);
    expect(await refused('https://169.254.169.254/latest')).toEqual(['BAD_USER_INPUT', expect.stringMatching(/private, link-local/)]);
    expect(await refused('https://[fe80::1]/hook')).toEqual(['BAD_USER_INPUT', expect.stringMatching(/private, link-local/)]);
    expect(await refused('https://user:pw@example.com/hook')).toEqual(['BAD_USER_INPUT', expect.stringMatching(/user name or password/)]);
    expect(await refused('ftp://example.com/hook')).toEqual(['BAD_USER_INPUT', expect.stringMatching(/must be https/)]);
    expect(await refused(receiver.url(), ['transaction.exploded'])).toEqual(['BAD_USER_INPUT', expect.stringMatching(/transaction\.exploded/)]);
    const viewer = await member(app, bookId, `Hook viewer ${kind}`, 'VIEWER');
    expect(errorCode(await app.request(CreateWebhook, { input: { bookId, url: receiver.url(), events: ['*'] } }, viewer))).toBe('FORBIDDEN');
    expect(errorCode(await app.request(Webhooks, { bookId }, viewer))).toBe('FORBIDDEN');
    expect(errorCode(await app.request(DeleteWebhook, { id: '0190aaaa-0000-7000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(await app.db.prisma.webhook.count()).toBe(count);
  });
});

describe('webhooks in production mode', () => {
  it('refuses http://127.0.0.1 unless DAYBOOK_WEBHOOK_PRIVATE_ADDRESSES allows loopback', async () => {
    const app = await createTestApp('sqlite', { events: { webhookPrivateAddresses: 'none' } });
    try {
      const bookId = await standardBook(app);
      const result = await app.request(CreateWebhook, { input: { bookId, url: 'http://127.0.0.1:9/hook', events: ['*'] } });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/DAYBOOK_WEBHOOK_PRIVATE_ADDRESSES=loopback/);
      // a name that resolves to loopback is refused as well
      const named = await app.request(CreateWebhook, { input: { bookId, url: 'https://localhost/hook', events: ['*'] } });
      expect(errorCode(named)).toBe('BAD_USER_INPUT');
      expect(named.errors?.[0]?.message).toMatch(/localhost resolves to .*loopback/);
    } finally {
      await app.close();
    }
  });
});
