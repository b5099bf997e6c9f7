// Webhook rules that need no I/O: which URLs may be registered, which addresses may be
// reached, how retries are spaced. The sending itself is services/webhooks.ts.
import { BlockList, isIP } from 'node:net';
import { badInput } from './errors.ts';
import { EVENT_TYPES, isEventType } from './events.ts';

/** Which non-public addresses webhooks may reach: none (production), loopback (development), all. */
export type PrivateAddressPolicy = 'none' | 'loopback' | 'all';

export const WEBHOOK_LIMITS = { urlLength: 2048, descriptionLength: 500, perBook: 20, responseBytes: 64 * 1024 } as const;

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

// private, link-local, shared (CGNAT), unspecified, multicast, reserved, and their IPv6 twins
const nonPublic = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) nonPublic.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) {
  nonPublic.addSubnet(net, prefix, 'ipv6');
}

function unmapped(address: string): { address: string; family: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return { address: mapped[1]!, family: 'ipv4' };
  return { address, family: isIP(address) === 6 ? 'ipv6' : 'ipv4' };
}

export function isLoopback(address: string): boolean {
  const a = unmapped(address);
  return loopback.check(a.address, a.family);
}

/** Null when a webhook may connect to the address under the policy, else why not. */
export function addressRefusal(address: string, policy: PrivateAddressPolicy): string | null {
  if (policy === 'all') return null;
  const a = unmapped(address);
  if (loopback.check(a.address, a.family)) {
    return policy === 'loopback' ? null : `${address} is a loopback address (DAYBOOK_WEBHOOK_PRIVATE_ADDRESSES=loopback allows it for development)`;
  }
  if (nonPublic.check(a.address, a.family)) return `${address} is a private, link-local or reserved address`;
  return null;
}

/** Checks a webhook URL's form: https, or http to 127.0.0.1 when loopback is allowed; no credentials. */
export function parseWebhookUrl(text: string, policy: PrivateAddressPolicy): URL {
  const field = 'url';
  if (text.length > WEBHOOK_LIMITS.urlLength) throw badInput(`url is longer than ${WEBHOOK_LIMITS.urlLength} characters`, { field });
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput(`url "${text}" is not an absolute URL such as https://example.com/hooks/daybook`, { field });
  }
  if (url.username || url.password) throw badInput('url must not carry a user name or password: the signature authenticates Daybook', { field });
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (url.protocol === 'http:') {
    if (!(policy !== 'none' && isIP(host) && isLoopback(host))) {
      throw badInput('url must be https (http is allowed only to 127.0.0.1 in development, with DAYBOOK_WEBHOOK_PRIVATE_ADDRESSES=loopback)', { field });
    }
  } else if (url.protocol !== 'https:') {
    throw badInput(`url must be https, not ${url.protocol.replace(':', '')}`, { field });
  }
  if (isIP(host)) {
    const refusal = addressRefusal(host, policy);
    if (refusal) throw badInput(`url is refused: ${refusal}`, { field });
  }
  url.hash = '';
  return url;
}

/** The event types a webhook asks for: known names or "*", each once. */
export function parseWebhookEvents(events: readonly string[]): string[] {
  const field = 'events';
  if (events.length === 0) throw badInput(`events must name at least one of ${EVENT_TYPES.join(', ')}, or "*"`, { field });
  if (events.length > EVENT_TYPES.length + 1) throw badInput(`events names more than ${EVENT_TYPES.length + 1} entries`, { field });
  const unknown = events.filter((e) => e !== '*' && !isEventType(e));
  if (unknown.length) {
    throw badInput(`events names ${unknown.map((e) => `"${e.slice(0, 60)}"`).join(', ')}: known are ${EVENT_TYPES.join(', ')}, or "*"`, { field });
  }
  return [...new Set(events)];
}

/**
 * Exponential backoff: the n-th failed attempt (1-based) waits base·4^(n−1), at most six
 * hours; with the default 5 s base that is 5 s, 20 s, 80 s, 5 min, 21 min, 85 min, 5.7 h, 6 h…
 */
export function retryDelayMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 4 ** Math.max(0, attempts - 1), 6 * 3600_000);
}
