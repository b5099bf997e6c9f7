// The real `daybook` command in real processes: start-up errors, first admin key, /health,
// request logs, graceful shutdown, and `daybook migrate`. No mocks: it spawns the CLI.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, existsSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMigrations, MIGRATIONS_DIRS } from '../src/db/migrate.ts';

const root = resolve(import.meta.dirname, '..');

interface Daybook {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** the JSON log lines written so far */
  logs: () => Record<string, unknown>[];
  exited: Promise<number | null>;
  /** resolves with the first log line that `match` accepts */
  waitForLog(match: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
}

/** Runs `daybook <command>` with only the given Daybook variables set. */
function daybook(command: string, env: Record<string, string>): Daybook {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !['PORT', 'HOST', 'DATABASE_URL', 'LOG_LEVEL'].includes(name) && !name.startsWith('DAYBOOK_'),
    ),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', command], {
    cwd: root,
    env: { ...clean, HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
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
    waitForLog(match, timeoutMs = 20_000) {
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

/** Starts `daybook serve` on a free port and waits until it serves. */
async function serve(env: Record<string, string>) {
  const process = daybook('serve', { PORT: '0', ...env });
  const serving = await process.waitForLog((line) => line.msg === 'daybook is serving');
  return { ...process, base: `http://127.0.0.1:${serving.port as number}` };
}

const printedToken = (stdout: string) => /^(dbk_\S+)$/m.exec(stdout)?.[1];

async function me(base: string, token: string) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { name } }' }),
  });
  return { status: response.status, body: (await response.json()) as unknown, requestId: response.headers.get('x-request-id') };
}

let dir: string;
let env: Record<string, string>;
const running: Daybook[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'daybook-server-'));
  env = { DATABASE_URL: `file:${join(dir, 'daybook.db')}`, DAYBOOK_DATA_DIR: join(dir, 'data') };
});

afterEach(async () => {
  for (const process of running.splice(0)) {
    if (process.child.exitCode === null) {
      process.child.kill('SIGKILL');
      await process.exited;
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

function track<T extends Daybook>(process: T): T {
  running.push(process);
  return process;
}

describe('start-up errors are one line on stderr and exit code 1', () => {
  it.each([
    ['DATABASE_URL', { DATABASE_URL: 'mysql://db.example/daybook' }],
    ['DATABASE_URL', { DATABASE_URL: 'postgres://daybook:secret@127.0.0.1:1/daybook' }],
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
  ])('a bad %s: %j', async (name, bad) => {
    const process = track(daybook('serve', { ...env, ...bad }));
    expect(await process.exited).toBe(1);
    const lines = process.stderr().split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(name);
    expect(lines[0]).not.toContain('secret');
    expect(process.stderr()).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });
});

describe('daybook serve', () => {
  it('prints the first admin key once, writes it 0600, answers /health and `me`, logs each request, stops on SIGTERM', async () => {
    const first = track(await serve(env));
    const token = printedToken(first.stdout());
    expect(token).toMatch(/^dbk_/);

    const tokenFile = join(dir, 'data', 'admin-token');
    expect(readFileSync(tokenFile, 'utf8').trim()).toBe(token);
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);

    const health = await fetch(`${first.base}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });

    const answer = await me(first.base, token!);
    expect(answer).toMatchObject({ status: 200, body: { data: { me: { name: 'admin' } } } });
    const logged = await first.waitForLog((line) => line.msg === 'request' && line.reqId === answer.requestId);
    expect(logged).toMatchObject({ method: 'POST', path: '/graphql', status: 200 });
    expect(logged.durationMs).toEqual(expect.any(Number));

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.logs().map((line) => line.msg)).toContain('stopped: requests finished, database closed');
    expect(first.stderr()).toBe('');

    // a second start on the same database keeps the first admin: no new key
    const second = track(await serve(env));
    expect(second.stdout()).not.toContain('First admin API key');
    expect(printedToken(second.stdout())).toBeUndefined();
    expect(readFileSync(tokenFile, 'utf8').trim()).toBe(token);
    expect((await me(second.base, token!)).body).toEqual({ data: { me: { name: 'admin' } } });
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('uses DAYBOOK_ADMIN_TOKEN as the first admin key without printing or writing it', async () => {
    const given = 'dbk_operator_chosen_key_0123456789';
    const process = track(await serve({ ...env, DAYBOOK_ADMIN_TOKEN: given }));
    expect(process.stdout()).not.toContain(given);
    expect(existsSync(join(dir, 'data', 'admin-token'))).toBe(false);
    expect((await me(process.base, given)).body).toEqual({ data: { me: { name: 'admin' } } });
    process.child.kill('SIGTERM');
    expect(await process.exited).toBe(0);
  });

  it('finishes a request in flight when SIGTERM arrives, then exits 0', async () => {
    const process = track(await serve({ ...env, DAYBOOK_SHUTDOWN_GRACE_MS: '30000' }));
    const token = printedToken(process.stdout())!;
    const body = JSON.stringify({ query: '{ me { name } }' });
    const url = new URL(`${process.base}/graphql`);
    // a request whose body is still arriving when the signal comes
    const request = httpRequest({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': body.length },
    });
    const response = new Promise<{ status: number; text: string }>((resolveResponse, reject) => {
      request.on('response', (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolveResponse({ status: res.statusCode!, text }));
      });
      request.on('error', reject);
    });
    request.write(body.slice(0, 5));
    await new Promise((wait) => setTimeout(wait, 200));

    process.child.kill('SIGTERM');
    await process.waitForLog((line) => line.msg === 'shutting down: finishing requests in flight' && line.inFlight === 1);
    request.end(body.slice(5));

    expect(await response).toEqual({ status: 200, text: JSON.stringify({ data: { me: { name: 'admin' } } }) });
    expect(await process.exited).toBe(0);
  });

  it('does not wait for idle keep-alive connections when stopping', async () => {
    const process = track(await serve({ ...env, DAYBOOK_SHUTDOWN_GRACE_MS: '30000' }));
    // fetch keeps its connection open for reuse
    expect((await fetch(`${process.base}/health`)).status).toBe(200);
    const started = Date.now();
    process.child.kill('SIGTERM');
    expect(await process.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('daybook migrate', () => {
  it('applies every migration to an empty file, and none the second time', async () => {
    const all = readMigrations(MIGRATIONS_DIRS.sqlite).map((migration) => migration.name);

    const first = track(daybook('migrate', env));
    expect(await first.exited).toBe(0);
    expect(first.logs().at(-1)).toMatchObject({ applied: all });

    const second = track(daybook('migrate', env));
    expect(await second.exited).toBe(0);
    expect(second.logs().at(-1)).toMatchObject({ applied: [], msg: 'database is up to date' });
    expect(second.stderr()).toBe('');
  });
});
