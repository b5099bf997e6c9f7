// Several instances, for real: a redis-server of its own on a free port, server processes
// (`daybook serve`) on one PostgreSQL, a graphql-sse client on one and a graphql-ws client
// on the other; then every instance killed with SIGKILL between commit and delivery, and a
// new one that delivers every webhook event, in order, each delivery logged once.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, dropTestDatabase } from '../support/postgres.ts';
import { eventually, startReceiver } from '../support/webhook-receiver.ts';
import { openDatabase, type Database } from '../../src/db.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TOKEN = 'dbk_test_admin_token_0123456789abcdef';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface Instance {
  url: string;
  child: ChildProcess;
  output: string[];
}

const children: ChildProcess[] = [];

async function startInstance(databaseUrl: string, redisUrl: string): Promise<Instance> {
  const port = await freePort();
  const output: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      DAYBOOK_ADMIN_TOKEN: TOKEN,
      DAYBOOK_DISPATCH_POLL_MS: '50',
      DAYBOOK_DISPATCH_LEASE_MS: '2000',
      DAYBOOK_WEBHOOK_PRIVATE_ADDRESSES: 'loopback',
      DAYBOOK_WEBHOOK_RETRY_BASE_MS: '100',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = `http://127.0.0.1:${port}/graphql`;
  await eventually(
    async () => {
      if (child.exitCode !== null) throw new Error(`instance exited ${child.exitCode}: ${output.join('')}`);
      return fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
    },
    60_000,
    'the instance to serve',
  );
  return { url, child, output };
}

async function kill(instance: Instance): Promise<void> {
  if (instance.child.exitCode !== null) return;
  const exited = new Promise((resolve) => instance.child.once('exit', resolve));
  instance.child.kill('SIGKILL');
  await exited;
}

async function call(instance: Instance, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(instance.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads a few known fields
  const result = (await response.json()) as { data: any; errors?: unknown[] };
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const POST = `mutation($b: ID!, $amount: Decimal!) {
  createTransaction(input: { bookId: $b, typeCode: "BL", accountCode: "BANK1", counterAccountCode: "CASH1", date: "2026-06-03", amount: $amount }) { id number }
}`;
const CHANGED = 'subscription($b: ID!) { transactionChanged(bookId: $b) { number gross } }';

describe('several instances on one PostgreSQL, with Redis', () => {
  let redis: ChildProcess;
  let redisUrl: string;
  let databaseUrl: string;
  let db: Database;
  let a: Instance;
  let b: Instance;
  let bookId: string;

  beforeAll(async () => {
    const pgUrl = inject('pgUrl');
    if (!pgUrl) throw new Error('these tests need PostgreSQL (see test/support/global-setup.ts)');
    const redisPort = await freePort();
    redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    redisUrl = `redis://127.0.0.1:${redisPort}`;
    const probe = new Redis(redisUrl, { lazyConnect: true, retryStrategy: () => 100 });
    probe.on('error', () => undefined); // refused until redis-server listens
    await eventually(() => probe.connect().then(() => probe.ping(), () => false), 20_000, 'redis-server to answer');
    probe.disconnect();
    databaseUrl = await createTestDatabase(pgUrl, 'daybook_instances');
    a = await startInstance(databaseUrl, redisUrl);
    b = await startInstance(databaseUrl, redisUrl);
    db = await openDatabase({ kind: 'postgres', url: databaseUrl });
    bookId = (await call(a, 'mutation { createBook(input: { name: "Two", baseCurrency: "GBP", template: STANDARD }) { id } }')).createBook.id;
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await db?.close();
    if (redis && redis.exitCode === null) {
      const exited = new Promise((resolve) => redis.once('exit', resolve));
      redis.kill('SIGTERM');
      await exited;
    }
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });

  it('a graphql-sse client on A sees a posting made through B, and a graphql-ws client on B one made through A', async () => {
    const sse = createSseClient({ url: a.url, headers: { authorization: `Bearer ${TOKEN}` } });
    const ws = createWsClient({ url: b.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${TOKEN}` } });
    const onA: string[] = [];
    const onB: string[] = [];
    const stopA = sse.subscribe({ query: CHANGED, variables: { b: bookId } }, {
      next: (value) => onA.push((value.data as { transactionChanged: { number: string } }).transactionChanged.number),
      error: (error) => onA.push(`error ${JSON.stringify(error)}`),
      complete: () => undefined,
    });
    const stopB = ws.subscribe({ query: CHANGED, variables: { b: bookId } }, {
      next: (value) => onB.push((value.data as { transactionChanged: { number: string } }).transactionChanged.number),
      error: (error) => onB.push(`error ${String(error)}`),
      complete: () => undefined,
    });
    await new Promise((r) => setTimeout(r, 500));
    const viaB = (await call(b, POST, { b: bookId, amount: '1.00' })).createTransaction.number;
    const viaA = (await call(a, POST, { b: bookId, amount: '2.00' })).createTransaction.number;
    await eventually(() => onA.length >= 2 && onB.length >= 2, 15_000, 'both clients to hear both postings');
    stopA();
    stopB();
    sse.dispose();
    await ws.dispose();
    // each event once, in commit order, on both instances
    expect(onA).toEqual([viaB, viaA]);
    expect(onB).toEqual([viaB, viaA]);
  });

  it('after SIGKILL of every instance between commit and delivery, a new one delivers each event once, in order', async () => {
    const receiver = await startReceiver();
    try {
      receiver.answerWith(() => ({ status: 503 }));
      const { createWebhook } = await call(a, `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }`, {
        input: { bookId, url: receiver.url('/crash'), events: ['transaction.created'] },
      });
      receiver.setSecret(createWebhook.secret);
      const numbers: string[] = [];
      for (const [i, instance] of [a, b, a, b].entries()) {
        numbers.push((await call(instance, POST, { b: bookId, amount: `${i + 10}.00` })).createTransaction.number);
      }
      // some were tried (and refused by the receiver); then one more commit, and every instance dies
      await eventually(() => receiver.received.length > 0, 10_000, 'a first attempt');
      numbers.push((await call(b, POST, { b: bookId, amount: '99.00' })).createTransaction.number);
      await Promise.all([kill(a), kill(b)]);
      const delivered = await db.prisma.webhookDelivery.count({ where: { webhookId: createWebhook.webhook.id, status: 'DELIVERED' } });
      expect(delivered).toBe(0);

      receiver.answerWith(() => ({ status: 200 }));
      const c = await startInstance(databaseUrl, redisUrl);
      const accepted = await eventually(() => receiver.accepted().length >= numbers.length && receiver.accepted(), 30_000, 'every event delivered');
      expect(accepted.map((r) => (r.verified!.data as { number: string }).number)).toEqual(numbers);
      const sequences = accepted.map((r) => r.verified!.sequence as number);
      expect(sequences).toEqual([...sequences].sort((x, y) => x - y));
      const log = await db.prisma.webhookDelivery.findMany({ where: { webhookId: createWebhook.webhook.id }, orderBy: { sequence: 'asc' } });
      expect(log.map((d) => d.status)).toEqual(numbers.map(() => 'DELIVERED'));
      expect(new Set(log.map((d) => d.eventId)).size).toBe(numbers.length);
      expect(log.map((d) => d.eventId)).toEqual(accepted.map((r) => r.headers['webhook-id']));
      await kill(c);
    } finally {
      await receiver.close();
    }
  });
});
