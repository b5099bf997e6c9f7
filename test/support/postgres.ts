// A throwaway PostgreSQL server for tests and for `npm run db:migration`:
// initdb into a temporary folder, pg_ctl start on a free port, stop and delete after.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, chownSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** A running server: `url` points at its `postgres` database. */
export interface PostgresServer {
  url: string;
  stop(): Promise<void>;
  /** runs pg_ctl on the server's data folder: ['restart', '-m', 'immediate'], ['stop', '-m', 'immediate'] */
  pgCtl(args: string[]): Promise<void>;
  /** starts it again, on the same port, after pgCtl(['stop', …]) */
  start(): Promise<void>;
}

export interface PostgresOptions {
  /** commits reach the disk before they are acknowledged (the test server's defaults trade that for speed) */
  durable?: boolean;
}

// Debian's packages put the binaries here, off PATH.
const FALLBACK_BIN_DIRS = ['/usr/lib/postgresql/15/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/17/bin'];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function pathDirs(extra: string[]): string[] {
  return [...(process.env.PATH ?? '').split(path.delimiter), ...extra].filter(Boolean);
}

function findBinDir(): string {
  const dir = pathDirs(FALLBACK_BIN_DIRS).find((d) => isExecutable(path.join(d, 'initdb')) && isExecutable(path.join(d, 'pg_ctl')));
  if (!dir) throw new Error(`initdb and pg_ctl not found on PATH or in ${FALLBACK_BIN_DIRS.join(', ')}`);
  return dir;
}

// runuser lives in /usr/sbin, which a non-login PATH may leave out.
function findRunuser(): string {
  const dir = pathDirs(['/usr/sbin', '/sbin']).find((d) => isExecutable(path.join(d, 'runuser')));
  if (!dir) throw new Error('running as root, but runuser (needed to run initdb as the postgres user) was not found');
  return path.join(dir, 'runuser');
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function postgresUserIds(): Promise<{ uid: number; gid: number }> {
  const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

// Another process may take the free port before the server binds it: try a few ports.
async function startOnFreePort(start: (port: number) => Promise<unknown>, logFile: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      await start(port);
      return port;
    } catch (error) {
      if (attempt >= 3) {
        const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n') : '(no log)';
        throw new Error(`pg_ctl start failed: ${error instanceof Error ? error.message : error}\n${log}`);
      }
    }
  }
}

/** Starts PostgreSQL on 127.0.0.1 with trust auth and fsync off; throws when it cannot. */
export async function startPostgres({ durable = false }: PostgresOptions = {}): Promise<PostgresServer> {
  const binDir = findBinDir();
  const root = mkdtempSync(path.join(tmpdir(), 'daybook-pg-'));
  const dataDir = path.join(root, 'data');
  const logFile = path.join(root, 'postgres.log');
  // initdb refuses root: run the server as the `postgres` user, on a folder it owns.
  const asRoot = process.getuid?.() === 0;
  try {
    const runuser = asRoot ? findRunuser() : undefined;
    if (asRoot) {
      const ids = await postgresUserIds();
      chownSync(root, ids.uid, ids.gid);
    }
    const exec = (bin: string, args: string[]) =>
      runuser ? run(runuser, ['-u', 'postgres', '--', path.join(binDir, bin), ...args]) : run(path.join(binDir, bin), args);

    await exec('initdb', ['-D', dataDir, '--auth=trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '--no-instructions']);
    const optionsFor = (p: number) =>
      [
        `-p ${p}`,
        `-k ${root}`,
        "-c listen_addresses='127.0.0.1'",
        ...(durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
        '-c max_connections=200',
      ].join(' ');
    const startOn = (p: number) => exec('pg_ctl', ['-D', dataDir, '-l', logFile, '-o', optionsFor(p), '-w', '-t', '60', 'start']);
    const port = await startOnFreePort(startOn, logFile);
    const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
    return {
      url,
      async pgCtl(args) {
        // a server that pg_ctl starts (restart) writes to the log file: on pg_ctl's own
        // stdout it would hold execFile's pipe open for as long as it runs
        const log = args[0] === 'restart' || args[0] === 'start' ? ['-l', logFile] : [];
        await exec('pg_ctl', ['-D', dataDir, ...log, '-w', '-t', '60', ...args]);
      },
      async start() {
        await startOn(port);
      },
      async stop() {
        try {
          await exec('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

/** Creates a fresh, uniquely named database on the server at `baseUrl` and returns its URL. */
export async function createTestDatabase(baseUrl: string, prefix = 'daybook_test'): Promise<string> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops a database made by createTestDatabase, closing other sessions on it first. */
export async function dropTestDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
