// docs/events.md is real: its GraphQL examples run against a fresh STANDARD book; its
// webhook receiver and its SSE client run as written (only the URL, key and book id filled
// in) against a listening server, and must print what the guide says.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGuide } from '../support/guides.ts';
import { ADMIN_TOKEN } from '../support/app.ts';
import { eventually } from '../support/webhook-receiver.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { startServer } from '../../src/server.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const guide = readFileSync(join(root, 'docs/events.md'), 'utf8');

/** The body of the ```js <name> block. */
function snippet(name: string): string {
  const match = new RegExp('```js ' + name + '\\n([\\s\\S]*?)\\n```').exec(guide);
  if (!match) throw new Error(`docs/events.md has no \`\`\`js ${name} block`);
  return match[1]!;
}

const examples = runGuide('docs/events.md', { standardBook: true });

describe('docs/events.md', () => {
  it('has its examples: register, a refusal, the log, delete', () => {
    expect(examples.map((e) => e.query.match(/^\s*(?:mutation|query) (\w+)/)?.[1])).toEqual([
      'CreateWebhook',
      'RefusedWebhook',
      'Webhooks',
      'DeleteWebhook',
    ]);
  });
});

describe('docs/events.md programs, against a listening server', () => {
  let dir: string;
  let scripts: string;
  let running: Awaited<ReturnType<typeof startServer>>;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'daybook-events-guide-'));
    // inside node_modules, so that the snippets' imports resolve to the project's packages
    mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
    scripts = mkdtempSync(join(root, 'node_modules/.cache/daybook-events-guide-'));
    const config = loadConfig({
      PORT: '1',
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${join(dir, 'daybook.db')}`,
      DAYBOOK_ADMIN_TOKEN: ADMIN_TOKEN,
      DAYBOOK_DATA_DIR: dir,
      DAYBOOK_DISPATCH_POLL_MS: '50',
      DAYBOOK_WEBHOOK_PRIVATE_ADDRESSES: 'loopback',
      LOG_LEVEL: 'silent',
    });
    running = await startServer({ ...config, port: 0 }, createLogger('silent'));
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    await running?.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(scripts, { recursive: true, force: true });
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

  function run(name: string, source: string, env: Record<string, string>) {
    const file = join(scripts, `${name}.mjs`);
    writeFileSync(file, source);
    const lines: string[] = [];
    const child = spawn(process.execPath, [file], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let partial = '';
    const collect = (chunk: Buffer) => {
      partial += chunk.toString();
      const parts = partial.split('\n');
      partial = parts.pop()!;
      lines.push(...parts);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    return lines;
  }

  it('the receiver verifies real deliveries and prints each event once; the SSE client prints the balance', async () => {
    const bookId = (await call('mutation { createBook(input: { name: "Guide", baseCurrency: "GBP", template: STANDARD }) { id } }')).createBook.id;
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const { createWebhook } = await call('mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }', {
      input: { bookId, url: `http://127.0.0.1:${port}/hooks/daybook`, events: ['transaction.created'] },
    });
    const receiver = run('receiver', snippet('receiver'), { WEBHOOK_SECRET: createWebhook.secret, PORT: String(port) });
    await eventually(() => receiver.includes('listening'), 20_000, `the receiver to listen: ${receiver.join('\n')}`);

    const client = run(
      'sse-client',
      snippet('sse-client')
        .replace('http://localhost:4000/graphql', running.url)
        .replace('YOUR_API_KEY', ADMIN_TOKEN)
        .replace('YOUR_BOOK_ID', bookId),
      {},
    );
    // the client may take a while to start: post until it has heard one (each is delivered too)
    const post = async () =>
      (await call(
        'mutation($b: ID!) { createTransaction(input: { bookId: $b, typeCode: "BL", accountCode: "BANK1", counterAccountCode: "CASH1", date: "2026-06-03", amount: "7.50" }) { number } }',
        { b: bookId },
      )).createTransaction.number as string;
    const numbers = [await post()];
    let posted = Date.now();
    const line = await eventually(async () => {
      const heard = client.find((l) => l.startsWith('balance'));
      if (!heard && Date.now() - posted > 2000) {
        numbers.push(await post());
        posted = Date.now();
      }
      return heard;
    }, 30_000, `the SSE client's line: ${client.join('\n')}`);
    await eventually(() => receiver.filter((l) => l.startsWith('verified')).length === numbers.length, 20_000, `verified deliveries: ${receiver.join('\n')}`);
    expect(receiver.filter((l) => l.startsWith('verified'))).toEqual(numbers.map((n) => `verified transaction.created ${n}`));
    expect(JSON.parse(line.slice('balance '.length))).toMatchObject({ account: { code: 'BANK1' }, transaction: { number: expect.stringMatching(/^BL-/) } });
  });
});
