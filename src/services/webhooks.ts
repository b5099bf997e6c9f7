// Webhooks: an ADMIN registers an endpoint and the events it wants; the dispatcher fans
// each outbox event out to a WebhookDelivery row and sends it as a signed JSON POST
// (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature v1 HMAC-SHA256).
import { randomBytes } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { promisify } from 'node:util';
import { Webhook as Signer } from 'standardwebhooks';
import { DomainError, badInput, notFound } from '../domain/errors.ts';
import type { StoredEvent } from '../domain/events.ts';
import {
  WEBHOOK_LIMITS,
  addressRefusal,
  parseWebhookEvents,
  parseWebhookUrl,
  type PrivateAddressPolicy,
} from '../domain/webhooks.ts';
import type { Database } from '../db.ts';
import { runChange } from './runner.ts';
import type { EventsConfig } from '../config.ts';
import { requireCapability, type Actor, trailOf } from './access.ts';
import { recordAudit } from './audit.ts';

const lookupAll = promisify(dnsLookup);

/** Refuses (BAD_USER_INPUT) a host name that resolves to an address the policy forbids (sending checks again). */
async function checkResolvedHost(url: URL, policy: PrivateAddressPolicy): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) || policy === 'all') return;
  let addresses: LookupAddress[];
  try {
    addresses = await lookupAll(host, { all: true });
  } catch {
    // not resolvable from here now (a name not published yet, DNS down): every connection checks again
    return;
  }
  for (const { address } of addresses) {
    const refusal = addressRefusal(address, policy);
    if (refusal) throw badInput(`url is refused: ${host} resolves to ${refusal}`, { field: 'url' });
  }
}

export interface CreateWebhookInput {
  bookId: string;
  url: string;
  events: string[];
  description?: string | null;
}

export async function createWebhook(db: Database, actor: Actor, input: CreateWebhookInput, config: EventsConfig) {
  const url = parseWebhookUrl(input.url.trim(), config.webhookPrivateAddresses);
  const events = parseWebhookEvents(input.events);
  const description = input.description?.trim() || null;
  if (description && description.length > WEBHOOK_LIMITS.descriptionLength) {
    throw badInput(`description is longer than ${WEBHOOK_LIMITS.descriptionLength} characters`, { field: 'description' });
  }
  await requireCapability(db.prisma, actor, input.bookId, 'configure');
  await checkResolvedHost(url, config.webhookPrivateAddresses);
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  return runChange(db.prisma, async (tx) => {
    await requireCapability(tx, actor, input.bookId, 'configure');
    const active = await tx.webhook.count({ where: { bookId: input.bookId, deletedAt: null } });
    if (active >= WEBHOOK_LIMITS.perBook) {
      throw new DomainError('LIMIT_EXCEEDED', `book ${input.bookId} already has ${active} webhooks, the most it may have; delete one first`);
    }
    const head = await tx.outboxHead.findUnique({ where: { bookId: input.bookId } });
    const webhook = await tx.webhook.create({
      data: {
        bookId: input.bookId,
        url: url.toString(),
        events,
        description,
        secret,
        createdById: actor.userId,
        apiKeyId: actor.apiKeyId ?? null,
        afterSequence: head?.lastSequence ?? 0,
      },
    });
    await recordAudit(tx, {
      bookId: input.bookId,
      actorId: actor.userId, ...trailOf(actor),
      action: 'webhook.create',
      entityType: 'Webhook',
      entityId: webhook.id,
      after: { url: webhook.url, events, description },
    });
    return { webhook, secret };
  });
}

const unknownWebhook = (id: string) => notFound(`No webhook ${id}`, { field: 'id' });

export async function deleteWebhook(db: Database, actor: Actor, id: string): Promise<boolean> {
  return runChange(db.prisma, async (tx) => {
    const webhook = await tx.webhook.findUnique({ where: { id } });
    if (!webhook || webhook.deletedAt) throw unknownWebhook(id);
    await requireCapability(tx, actor, webhook.bookId, 'configure', unknownWebhook(id));
    await tx.webhook.update({ where: { id }, data: { active: false, deletedAt: new Date(), disabledReason: 'deleted' } });
    await recordAudit(tx, {
      bookId: webhook.bookId,
      actorId: actor.userId, ...trailOf(actor),
      action: 'webhook.delete',
      entityType: 'Webhook',
      entityId: id,
      before: { url: webhook.url, events: webhook.events },
    });
    return true;
  });
}

/** A FAILED delivery is PENDING again, due now, retried for another day; it goes out before later ones. */
export async function redeliverWebhookDelivery(db: Database, actor: Actor, id: string, config: EventsConfig) {
  return runChange(db.prisma, async (tx) => {
    const unknown = notFound(`No webhook delivery ${id}`, { field: 'id' });
    const delivery = await tx.webhookDelivery.findUnique({ where: { id } });
    if (!delivery) throw unknown;
    await requireCapability(tx, actor, delivery.bookId, 'configure', unknown);
    if (delivery.status !== 'FAILED') {
      throw new DomainError('INVALID_STATE', `this delivery is ${delivery.status}; only a FAILED delivery is sent again`, { status: delivery.status });
    }
    const now = new Date();
    const again = await tx.webhookDelivery.update({
      where: { id },
      data: { status: 'PENDING', nextAttemptAt: now, retryUntil: new Date(now.getTime() + config.webhookRetryForMs), lastError: null },
    });
    await recordAudit(tx, { bookId: delivery.bookId, actorId: actor.userId, ...trailOf(actor), action: 'webhook.redeliver', entityType: 'WebhookDelivery', entityId: id });
    return again;
  });
}

// ------------------------------------------------------------------------ sending

/** The body of a delivery: Standard Webhooks' { type, timestamp, data }, with the event's id and place. */
export function deliveryBody(event: StoredEvent): string {
  return JSON.stringify({
    id: event.id,
    type: event.type,
    timestamp: event.createdAt,
    bookId: event.bookId,
    sequence: event.sequence,
    data: event.payload,
  });
}

export interface SendResult {
  ok: boolean;
  status: number | null;
  error: string | null;
}

/**
 * One signed POST. The connection goes only to an address the policy allows (checked on
 * the address actually resolved, so DNS cannot point it elsewhere later); redirects are
 * not followed (a 3xx is a failure); the answer is read up to 64 KiB within the timeout.
 */
export function sendDelivery(
  target: { url: string; secret: string },
  event: StoredEvent,
  options: { policy: PrivateAddressPolicy; timeoutMs: number; now?: Date },
): Promise<SendResult> {
  const body = deliveryBody(event);
  const timestamp = options.now ?? new Date();
  const signature = new Signer(target.secret).sign(event.id, timestamp, body);
  const url = new URL(target.url);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const finish = (result: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'Daybook-Webhooks/1',
          'webhook-id': event.id,
          'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
          'webhook-signature': signature,
        },
        lookup: (hostname, lookupOptions, callback) => {
          dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
            if (error) return callback(error, '', 4);
            const list = addresses as unknown as LookupAddress[];
            for (const { address } of list) {
              const refusal = addressRefusal(address, options.policy);
              if (refusal) return callback(new Error(`refused: ${hostname} resolves to ${refusal}`), '', 4);
            }
            if ((lookupOptions as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
            callback(null, list[0]!.address, list[0]!.family);
          });
        },
      },
      (response: IncomingMessage) => {
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > WEBHOOK_LIMITS.responseBytes) response.destroy();
        });
        const status = response.statusCode ?? 0;
        const done = () =>
          finish({
            ok: status >= 200 && status < 300,
            status,
            error: status >= 200 && status < 300 ? null : status >= 300 && status < 400 ? `redirect ${status} not followed` : `answered ${status}`,
          });
        response.on('end', done);
        response.on('close', done);
        response.on('error', done);
      },
    );
    const timer = setTimeout(() => {
      req.destroy(new Error(`no answer within ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    req.on('error', (error) => finish({ ok: false, status: null, error: error.message.slice(0, 500) }));
    // a literal address is not looked up: check it here
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host)) {
      const refusal = addressRefusal(host, options.policy);
      if (refusal) {
        req.destroy(new Error(`refused: ${refusal}`));
        return;
      }
    }
    req.end(body);
  });
}
