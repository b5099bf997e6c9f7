// Crash safety of the write path (npm run test:crash): clients post invoices with idempotency
// keys and retry until answered, while the real server process is killed with SIGKILL five
// times mid-load and started again. Afterwards every acknowledged posting exists exactly once
// (by its key), nothing unacknowledged was doubled, sequences are gapless and running
// balances chain (invariant 4), and the books balance (invariants 1-3).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { DatabaseTarget } from '../../src/config.ts';
import { openDatabase } from '../../src/db.ts';
import { createTestDatabase, dropTestDatabase } from '../support/postgres.ts';
import { checkInvariants } from '../support/invariants.ts';

const root = resolve(import.meta.dirname, '../..');
const TOKEN = 'dbk_crash_admin_token_0123456789abcdef';
const KILLS = 5;
const CLIENTS = 8;

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function serve(databaseUrl: string, port: number): ChildProcess {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('DAYBOOK_') && k !== 'DATABASE_URL' && k !== 'PORT'));
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve'], {
    cwd: root,
    env: { ...env, HOST: '127.0.0.1', PORT: String(port), DATABASE_URL: databaseUrl, DAYBOOK_ADMIN_TOKEN: TOKEN, LOG_LEVEL: 'error' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitForHealth(port: number, deadline = Date.now() + 180_000): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not become healthy in time');
}

async function graphql(port: number, query: string, variables: Record<string, unknown>, timeoutMs = 10_000) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  return (await response.json()) as { data?: Record<string, { id: string }>; errors?: { message: string; extensions?: { code?: string } }[] };
}

const POST = `mutation($input: CreateTransactionInput!) { createTransaction(input: $input) { id } }`;

async function crashRun(databaseUrl: string, target: DatabaseTarget) {
  const port = await freePort();
  let server = serve(databaseUrl, port);
  try {
    return await load(port, () => server, (next) => (server = next), databaseUrl, target);
  } finally {
    server.kill('SIGKILL');
  }
}

async function load(port: number, current: () => ChildProcess, replace: (next: ChildProcess) => void, databaseUrl: string, target: DatabaseTarget) {
  let server = current();
  await waitForHealth(port);
  const book = await graphql(port, `mutation { createBook(input: { name: "Crash", baseCurrency: "GBP", template: STANDARD }) { id } }`, {}, 120_000);
  const bookId = book.data!.createBook!.id;
  for (const code of ['C1', 'C2', 'C3']) {
    const made = await graphql(port, `mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }`, {
      input: { bookId, ledgerCode: 'SL', code, name: code, type: 'CUSTOMER' },
    }, 60_000);
    expect(made.errors).toBeUndefined();
  }

  const acknowledged = new Map<string, string>();
  let lastError = '';
  let stopping = false;
  const client = async (c: number) => {
    for (let n = 0; !stopping; n++) {
      const key = `crash-${c}-${n}`;
      const input = { bookId, typeCode: 'SI', accountCode: `C${(n % 3) + 1}`, date: '2026-05-01', idempotencyKey: key, lines: [{ net: `${c + 1}.${String(n % 100).padStart(2, '0')}`, taxCode: 'S' }] };
      // retry the same key until the server answers it: down, killed mid-request, restarting
      for (;;) {
        try {
          const result = await graphql(port, POST, { input });
          if (result.data?.createTransaction) {
            acknowledged.set(key, result.data.createTransaction.id);
            break;
          }
          lastError = result.errors?.[0]?.message ?? 'no answer';
          throw new Error(lastError);
        } catch {
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    }
  };
  const clients = Array.from({ length: CLIENTS }, (_v, c) => client(c));
  for (let kill = 0; kill < KILLS; kill++) {
    await new Promise((r) => setTimeout(r, 1_200 + Math.random() * 800));
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGKILL');
    await exited;
    server = serve(databaseUrl, port);
    replace(server);
    const started = Date.now();
    await waitForHealth(port);
    process.stderr.write(`[crash] kill ${kill + 1}: ${acknowledged.size} acknowledged, back in ${Date.now() - started} ms; last refusal: ${lastError}\n`);
  }
  await new Promise((r) => setTimeout(r, 1_000));
  stopping = true;
  await Promise.all(clients);
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  await exited;

  const db = await openDatabase(target);
  try {
    const records = await db.prisma.idempotencyRecord.findMany({ where: { bookId, scope: 'createTransaction' } });
    const transactions = await db.prisma.transaction.findMany({ where: { bookId }, select: { id: true } });
    const ids = new Set(transactions.map((t) => t.id));
    // every acknowledged posting is there, under its key, once
    for (const [key, id] of acknowledged) {
      expect(ids.has(id), `acknowledged ${key} is missing`).toBe(true);
      expect(records.find((r) => r.key === key)?.resultId).toBe(id);
    }
    // nothing else: each transaction is a key's one result (no doubles of a retried request)
    expect(transactions.length).toBe(records.length);
    expect(new Set(records.map((r) => r.resultId)).size).toBe(records.length);
    expect(acknowledged.size).toBeGreaterThan(KILLS * CLIENTS);
    await checkInvariants(db.prisma, bookId);
  } finally {
    await db.close();
  }
  return acknowledged.size;
}

describe('a server killed mid-load loses and doubles nothing', () => {
  it('on SQLite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'daybook-crash-'));
    try {
      const file = join(dir, 'crash.db');
      await crashRun(`file:${file}`, { kind: 'sqlite', file });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('on PostgreSQL', async () => {
    const base = inject('pgUrl');
    if (!base) throw new Error('PostgreSQL is not available in this run');
    const url = await createTestDatabase(base);
    try {
      await crashRun(url, { kind: 'postgres', url });
    } finally {
      await dropTestDatabase(url);
    }
  });
});
