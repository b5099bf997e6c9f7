// The real `daybook` command in a child process (as test/server.test.ts runs it), and a
// client that posts invoices over HTTP with idempotency keys, retrying what was not
// acknowledged, and remembers every posting the server acknowledged.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export const PROCESS_ADMIN_TOKEN = 'dbk_process_admin_token_0123456789abcdef';

export interface DaybookProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  logs: () => Record<string, unknown>[];
  exited: Promise<number | null>;
  waitForLog(match: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
}

/** Runs `daybook <args>` with only the given Daybook variables set (the first admin's key is PROCESS_ADMIN_TOKEN). */
export function daybook(args: string[], env: Record<string, string>): DaybookProcess {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !['PORT', 'HOST', 'DATABASE_URL', 'LOG_LEVEL'].includes(name) && !name.startsWith('DAYBOOK_')),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: root,
    env: { ...clean, HOST: '127.0.0.1', LOG_LEVEL: 'info', DAYBOOK_ADMIN_TOKEN: PROCESS_ADMIN_TOKEN, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters = new Set<() => void>();
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (const wake of waiters) wake();
  });
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
  const logs = () =>
    out
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    logs,
    exited,
    waitForLog(match, timeoutMs = 30_000) {
      return new Promise((resolveLine, reject) => {
        const check = () => {
          const line = logs().find(match);
          if (!line) return;
          cleanup();
          resolveLine(line);
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no matching log line in time; stdout:\n${out}\nstderr:\n${err}`));
        }, timeoutMs);
        const onExit = () => {
          cleanup();
          reject(new Error(`daybook exited first; stdout:\n${out}\nstderr:\n${err}`));
        };
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
          child.off('exit', onExit);
        };
        waiters.add(check);
        child.once('exit', onExit);
        check();
      });
    },
  };
}

/** `daybook serve` on a free port, once it serves; `base` is its http://127.0.0.1:port. */
export async function serve(env: Record<string, string>): Promise<DaybookProcess & { base: string }> {
  const process = daybook(['serve'], { PORT: '0', ...env });
  const serving = await process.waitForLog((line) => line.msg === 'daybook is serving', 60_000);
  return { ...process, base: `http://127.0.0.1:${serving.port as number}` };
}

/** Runs a short command (check, backup, migrate) to its end. */
export async function runToEnd(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const process = daybook(args, env);
  const code = await process.exited;
  return { code, stdout: process.stdout(), stderr: process.stderr() };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read by shape in the tests
export async function graphqlAt<T = any>(base: string, query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${PROCESS_ADMIN_TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, ...body };
}

/** A STANDARD book with one customer, ACME, made over HTTP. */
export async function bookWithCustomer(base: string): Promise<string> {
  const created = await graphqlAt(base, 'mutation { createBook(input: { name: "Live Ltd", baseCurrency: "GBP", template: STANDARD }) { id } }');
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const bookId = created.data.createBook.id as string;
  const account = await graphqlAt(base, 'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }', {
    i: { bookId, ledgerCode: 'SL', code: 'ACME', name: 'Acme Ltd', type: 'CUSTOMER' },
  });
  if (account.errors) throw new Error(JSON.stringify(account.errors));
  return bookId;
}

const POST_INVOICE = `mutation($i: CreateTransactionInput!) { createTransaction(input: $i) { id number } }`;

export interface Poster {
  /** idempotency key → transaction id, for every posting the server acknowledged */
  acknowledged: Map<string, string>;
  /** how many requests failed (connection refused or reset, 5xx) and were retried */
  failures: number;
  /** ends the loops after their current posting (retried until acknowledged), and waits for them */
  stop(): Promise<void>;
}

/**
 * `clients` loops each posting one invoice after another. A posting that is not acknowledged
 * (network error, 503, a masked error while the database is away) is retried with the same
 * idempotency key until it is, so every key ends acknowledged exactly once.
 */
export function postInvoices(base: () => string, bookId: string, clients = 4, prefix = 'k', maxAttempts = 600): Poster {
  const acknowledged = new Map<string, string>();
  let failures = 0;
  let running = true;
  let n = 0;
  const loop = async () => {
    while (running) {
      const key = `${prefix}-${n++}`;
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await graphqlAt(base(), POST_INVOICE, {
            i: { bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-03-01', idempotencyKey: key, lines: [{ net: '10.00', taxCode: 'S' }] },
          });
          if (result.data?.createTransaction) {
            acknowledged.set(key, result.data.createTransaction.id as string);
            break;
          }
          failures++;
        } catch {
          failures++;
        }
        if (attempt > maxAttempts) throw new Error(`posting ${key} was never acknowledged`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  };
  const loops = Array.from({ length: clients }, loop);
  return {
    acknowledged,
    get failures() {
      return failures;
    },
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}
