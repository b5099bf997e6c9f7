// The limits on a real HTTP server (startServer, as `npm start` runs it): /health answers
// while heavy queries are refused, and the WebSocket checks Origin, bounds messages and
// wants a key at connection_init (issue 11).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { startServer } from '../../src/server.ts';
import { PRE_AUTH_MAX_BYTES } from '../../src/websockets.ts';
import { ADMIN_TOKEN } from '../support/app.ts';

type Closed = { code: number; reason: string };

/** Opens a raw WebSocket; resolves when it opens (or with the HTTP status that refused it). */
function open(url: string, origin?: string): Promise<{ socket: WebSocket; closed: Promise<Closed> } | { refused: number }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', origin ? { origin } : {});
    const closed = new Promise<Closed>((resolveClose) =>
      socket.on('close', (code, reason) => resolveClose({ code, reason: reason.toString() })),
    );
    socket.once('open', () => resolve({ socket, closed }));
    socket.once('unexpected-response', (_req, res) => resolve({ refused: res.statusCode ?? 0 }));
    socket.once('error', (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });
}

async function opened(url: string, origin?: string) {
  const result = await open(url, origin);
  if ('refused' in result) throw new Error(`refused with ${result.refused}`);
  return result;
}

describe('limits on the running server', () => {
  let dir: string;
  let running: Awaited<ReturnType<typeof startServer>>;
  let base: string;
  let wsUrl: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'daybook-limits-'));
    const config = loadConfig({
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${join(dir, 'daybook.db')}`,
      DAYBOOK_ADMIN_TOKEN: ADMIN_TOKEN,
      DAYBOOK_DATA_DIR: dir,
      DAYBOOK_ALLOWED_ORIGINS: 'https://books.example.com',
      LOG_LEVEL: 'silent',
    });
    running = await startServer({ ...config, port: 0 }, createLogger('silent'));
    base = running.url.replace(/\/graphql$/, '');
    wsUrl = running.url.replace('http', 'ws');
  });
  afterAll(async () => {
    await running?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers /health at once while heavy queries (30,000 aliases, no key) are refused', async () => {
    const heavy = `{ ${Array.from({ length: 30_000 }, (_, i) => `a${i}: book(id: "b") { id }`).join(' ')} }`;
    const started = performance.now();
    const refusals = Array.from({ length: 4 }, async () => {
      const response = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: heavy }),
      });
      return (await response.json()) as { errors: { extensions: { code: string; limit: string } }[] };
    });
    const healthTimes = Array.from({ length: 10 }, async () => {
      const t = performance.now();
      const response = await fetch(`${base}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok' });
      return performance.now() - t;
    });
    for (const refusal of await Promise.all(refusals)) {
      expect(refusal.errors[0]!.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limit: 'maxTokens' });
    }
    // unlimited, these took 38 s each and /health waited as long (issue 11)
    expect(Math.max(...(await Promise.all(healthTimes)))).toBeLessThan(5_000);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('refuses a WebSocket from a foreign Origin; takes its own origin, the allow-list and clients without one', async () => {
    expect(await open(wsUrl, 'https://evil.example')).toEqual({ refused: 401 });
    expect(await open(wsUrl, 'https://books.example.com.evil.example')).toEqual({ refused: 401 });
    for (const origin of [undefined, 'https://books.example.com', new URL(base).origin]) {
      const { socket } = await opened(wsUrl, origin);
      socket.close();
    }
  });

  it('closes a connection whose connection_init has no key (4403), or a bad one', async () => {
    for (const payload of [{}, { authorization: 'Bearer dbk_not_a_key_at_all_0000000000' }]) {
      const { socket, closed } = await opened(wsUrl);
      socket.send(JSON.stringify({ type: 'connection_init', payload }));
      expect((await closed).code).toBe(4403);
    }
  });

  it(`closes with 1009 a message over ${PRE_AUTH_MAX_BYTES} bytes before authentication`, async () => {
    const { socket, closed } = await opened(wsUrl);
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${ADMIN_TOKEN}`, pad: 'x'.repeat(PRE_AUTH_MAX_BYTES) } }));
    expect(await closed).toMatchObject({ code: 1009, reason: expect.stringMatching(/before authentication/) });
  });

  it('takes an authenticated client, answers it, and closes with 1009 a message over 1 MiB without buffering it', async () => {
    const { socket, closed } = await opened(wsUrl);
    const messages: { type: string; payload?: unknown }[] = [];
    socket.on('message', (data) => messages.push(JSON.parse(data.toString())));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${ADMIN_TOKEN}` } }));
    await expect.poll(() => messages.map((m) => m.type)).toEqual(['connection_ack']);
    // within the limit after authentication: a subscription with padding in its variables
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ me { name } }', variables: { pad: 'x'.repeat(100_000) } } }));
    await expect.poll(() => messages.find((m) => m.type === 'next')?.payload).toEqual({ data: { me: { name: expect.any(String) } } });
    socket.send('x'.repeat(1024 * 1024 + 1));
    expect((await closed).code).toBe(1009);
  });

  it('applies the request limits to WebSocket operations too', async () => {
    const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    const errors = await new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { name }`).join(' ')} }` },
        { next: () => resolve('answered'), error: resolve, complete: () => resolve('completed') },
      );
    });
    await client.dispose();
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/Aliases limit of 15 exceeded/) })]);
  });
});
