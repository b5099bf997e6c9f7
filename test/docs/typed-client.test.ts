// docs/examples/client/post-and-watch.ts is real: the typed client (client-preset output in
// docs/examples/client/generated/) runs as a person would run it, against a listening
// server, and must post its invoice and print the balance it moved, heard over SSE.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, databaseKinds, freshTarget } from '../support/app.ts';
import { databaseUrl } from '../cli/run.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { startServer } from '../../src/server.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe.each(databaseKinds())('the typed client example on %s', { timeout: 120_000 }, (kind) => {
  let running: Awaited<ReturnType<typeof startServer>>;
  let cleanup: () => Promise<void>;
  const dataDir = mkdtempSync(join(tmpdir(), 'daybook-typed-client-'));

  beforeAll(async () => {
    const fresh = await freshTarget(kind);
    cleanup = fresh.cleanup;
    const config = loadConfig({
      PORT: '1',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl(fresh.target),
      DAYBOOK_ADMIN_TOKEN: ADMIN_TOKEN,
      DAYBOOK_DATA_DIR: dataDir,
      DAYBOOK_DISPATCH_POLL_MS: '50',
      LOG_LEVEL: 'silent',
    });
    running = await startServer({ ...config, port: 0 }, createLogger('silent'));
  });
  afterAll(async () => {
    await running?.stop();
    await cleanup?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const call = async (query: string, variables: unknown = {}) => {
    const response = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ query, variables }),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads a few known fields
    const result = (await response.json()) as { data: any; errors?: unknown };
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };

  it('posts an invoice and prints the balance the subscription heard', async () => {
    const bookId = (await call('mutation { createBook(input: { name: "Client", baseCurrency: "GBP", template: STANDARD }) { id } }')).createBook.id as string;
    await call('mutation ($b: ID!) { createAccount(input: { bookId: $b, ledgerCode: "SL", code: "ACME", name: "Acme Ltd", type: CUSTOMER }) { id } }', { b: bookId });
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'docs/examples/client/post-and-watch.ts')], {
      cwd: root,
      env: { ...process.env, DAYBOOK_URL: running.url, DAYBOOK_API_KEY: ADMIN_TOKEN, BOOK_ID: bookId, CUSTOMER: 'ACME' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolveExit) => child.on('exit', resolveExit));
    expect(code, output).toBe(0);
    expect(output.trim().split('\n')).toEqual([
      'posted SI-000001 to ACME: 120.00, 120.00 outstanding',
      'balance ACME: 120.00 GBP after SI-000001',
    ]);
    const { book } = await call('query ($b: ID!) { book(id: $b) { account(code: "ACME") { balance { posted } } } }', { b: bookId });
    expect(book.account.balance.posted).toBe('120.00');
  });
});
