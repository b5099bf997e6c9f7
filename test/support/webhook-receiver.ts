// A real HTTP receiver on 127.0.0.1 for webhook tests: it records every request, verifies
// its Standard Webhooks signature with the library receivers use, and answers as told.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
  /** the parsed body when the signature verified with the secret, else null */
  verified: Record<string, unknown> | null;
  answered: number;
}

export type Answer = (request: Received, attempt: number) => { status: number; headers?: Record<string, string>; body?: string } | 'hang';

export async function startReceiver() {
  const received: Received[] = [];
  const attempts = new Map<string, number>();
  let secret: string | null = null;
  let answer: Answer = () => ({ status: 204 });
  const hanging = new Set<ServerResponse>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      let verified: Record<string, unknown> | null = null;
      if (secret) {
        try {
          verified = new Webhook(secret).verify(body, headers) as Record<string, unknown>;
        } catch {
          verified = null;
        }
      }
      const id = headers['webhook-id'] ?? '';
      const attempt = (attempts.get(id) ?? 0) + 1;
      attempts.set(id, attempt);
      const entry: Received = { path: req.url ?? '/', headers, body, verified, answered: 0 };
      received.push(entry);
      const reply = answer(entry, attempt);
      if (reply === 'hang') {
        hanging.add(res);
        return;
      }
      entry.answered = reply.status;
      res.writeHead(reply.status, reply.headers);
      res.end(reply.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path = '/hooks') => `http://127.0.0.1:${port}${path}`,
    received,
    /** the requests answered 2xx, one per webhook-id (receivers deduplicate by it) */
    accepted: () => {
      const seen = new Set<string>();
      return received.filter((r) => {
        if (r.answered < 200 || r.answered >= 300 || seen.has(r.headers['webhook-id']!)) return false;
        seen.add(r.headers['webhook-id']!);
        return true;
      });
    },
    setSecret(value: string) {
      secret = value;
    },
    answerWith(next: Answer) {
      answer = next;
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Polls until `check` holds (or fails the test after `ms`). */
export async function eventually<T>(check: () => Promise<T | false | null | undefined> | T | false | null | undefined, ms = 10_000, what = 'condition'): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
