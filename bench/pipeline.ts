// The GraphQL pipeline's ceiling (docs/measurements): `tsx bench/pipeline.ts [repo]` starts the
// Daybook of `repo` (default: this one) as `npm start` does, on a fresh SQLite file on
// 127.0.0.1, then PIPELINE_CLIENTS (32) keep-alive clients send `{ me { name } }` with the
// admin key for PIPELINE_SECONDS (6) and it prints req/s. Loopback only, bounded in time.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const repo = resolve(process.argv[2] ?? '.');
const clients = Math.min(Number(process.env.PIPELINE_CLIENTS ?? 32), 256);
const seconds = Math.min(Number(process.env.PIPELINE_SECONDS ?? 6), 60);
const token = 'dbk_pipeline_bench_token_0123456789';
const port = 40_000 + Math.floor(Math.random() * 10_000);
const dir = mkdtempSync(join(tmpdir(), 'daybook-pipeline-'));

const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve'], {
  cwd: repo,
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: `file:${join(dir, 'daybook.db')}`,
    DAYBOOK_ADMIN_TOKEN: token,
    DAYBOOK_DATA_DIR: dir,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});

/** user + system CPU time of the server process so far (Linux /proc), in ms */
function serverCpuMs(): number {
  const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (100/s)
}

const agent = new Agent({ keepAlive: true, maxSockets: clients });
const body = JSON.stringify({ query: '{ me { name } }' });

function once(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` } },
      (res) => {
        res.resume();
        res.on('end', () => resolvePromise(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

try {
  for (let i = 0; ; i++) {
    if (i > 300) throw new Error('the server did not start');
    try {
      if ((await once()) === 200) break;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  // warm-up, then the timed run
  const run = async (ms: number) => {
    let done = 0;
    let failed = 0;
    const until = Date.now() + ms;
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (Date.now() < until) {
          if ((await once()) === 200) done++;
          else failed++;
        }
      }),
    );
    return { done, failed };
  };
  await run(1500);
  const started = Date.now();
  const cpuBefore = serverCpuMs();
  const { done, failed } = await run(seconds * 1000);
  const elapsed = (Date.now() - started) / 1000;
  // the server's own CPU per request: steadier than req/s on a machine others share
  const cpuMsPerRequest = (serverCpuMs() - cpuBefore) / Math.max(done, 1);
  console.log(
    JSON.stringify({ repo, clients, seconds: Number(elapsed.toFixed(1)), requests: done, failed, reqPerSec: Math.round(done / elapsed), serverCpuMsPerRequest: Number(cpuMsPerRequest.toFixed(3)) }),
  );
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  agent.destroy();
  rmSync(dir, { recursive: true, force: true });
}
