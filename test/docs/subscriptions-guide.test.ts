// docs/subscriptions.md is real: its two curl lines run as written (bash, with $DAYBOOK_KEY
// and $BOOK_ID set, the URL pointed at a listening server), an invoice is posted, and each
// must print the event the guide shows.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, databaseKinds, freshTarget } from '../support/app.ts';
import { eventually } from '../support/webhook-receiver.ts';
import { databaseUrl } from '../cli/run.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { startServer } from '../../src/server.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const guide = readFileSync(join(root, 'docs/subscriptions.md'), 'utf8');

/** The body of the ```<lang> <name> block, and the ```text block after it. */
function block(name: string): { source: string; shows: string } {
  const match = new RegExp('```sh ' + name + '\\n([\\s\\S]*?)\\n```[\\s\\S]*?```text\\n([\\s\\S]*?)\\n```').exec(guide);
  if (!match) throw new Error(`docs/subscriptions.md has no \`\`\`sh ${name} block followed by its output`);
  return { source: match[1]!, shows: match[2]! };
}

describe.each(databaseKinds())('docs/subscriptions.md curl lines on %s', { timeout: 120_000 }, (kind) => {
  let running: Awaited<ReturnType<typeof startServer>>;
  let cleanup: () => Promise<void>;
  const dataDir = mkdtempSync(join(tmpdir(), 'daybook-subscriptions-guide-'));
  const children: ChildProcess[] = [];

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
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
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

  function run(source: string, env: Record<string, string>) {
    const child = spawn('bash', ['--norc', '--noprofile', '-c', source.replace('http://localhost:4000/graphql', running.url)], {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    const out = { text: '' };
    child.stdout.on('data', (chunk: Buffer) => (out.text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out.text += chunk.toString()));
    return out;
  }

  it('each curl line opens its stream and prints the event the guide shows', async () => {
    const bookId = (await call('mutation { createBook(input: { name: "Live", baseCurrency: "GBP", template: STANDARD }) { id } }')).createBook.id as string;
    await call('mutation ($b: ID!) { createAccount(input: { bookId: $b, ledgerCode: "SL", code: "ACME", name: "Acme Ltd", type: CUSTOMER }) { id } }', { b: bookId });
    const env = { DAYBOOK_KEY: ADMIN_TOKEN, BOOK_ID: bookId };
    const balance = block('sse-balance');
    const alert = block('sse-alert');
    const streams = [run(balance.source, env), run(alert.source, env)];
    // the ":" line: each stream is open, and subscribed
    for (const stream of streams) await eventually(() => stream.text.startsWith(':'), 60_000, `the stream to open: ${stream.text}`);
    await call('mutation ($b: ID!) { createTransaction(input: { bookId: $b, typeCode: "SI", accountCode: "ACME", date: "2026-03-02", lines: [{ net: "100.00", taxCode: "S" }] }) { number } }', { b: bookId });
    for (const [stream, shown] of [[streams[0]!, balance.shows], [streams[1]!, alert.shows]] as const) {
      await eventually(() => stream.text.includes('data: '), 60_000, `an event: ${stream.text}`);
      const data = stream.text.split('\n').filter((line) => line.startsWith('data: ') || line.startsWith('event: '));
      expect(data.slice(0, 2)).toEqual(shown.split('\n'));
    }
  });
});
