// npm run bench:write: the write path over HTTP, as a client sees it. Starts the real server
// as `npm start` does (a child `node --import tsx src/cli.ts serve`) on a fresh SQLite file
// and on a throwaway PostgreSQL, sets up a STANDARD book by GraphQL, then drives it with
// keep-alive HTTP clients, each sending its next request when the previous one answers:
//
//   invoices   sales invoices (SI), two taxed lines, 50 customers: all on 1100, 4000 and 2200
//   transfers  two-entry transfers between 50 accounts of a CUSTOM ledger (no nominal update)
//   hot        the same, one hot account on every transfer
//   bulk       createTransactions with 1,000 invoices per request
//
// at 1, 8 and 32 clients (invoices also at 64 and 128, past the writer's capacity: the p99
// must stay bounded, postings past the queue or the request deadline refused with OVERLOADED,
// counted as failed; bulk: 1 and 2) for a fixed time per case. Every answer is checked.
// In the same run, the floor (bench/write-floor.ts): the same rows written straight through
// the driver, as many postings per database transaction as there are clients.
//
// Flags: --quick (3 s per case, under 2 minutes in all), --profile (the server under
// `node --cpu-prof`; prints the top self-time functions), --databases=sqlite,postgres,
// --cases=invoices,transfers,hot,bulk, --seconds=N, --docs (rewrite the figures in
// docs/performance.md; full runs do it unless --no-docs). DAYBOOK_TEST_PG_URL: use a running
// PostgreSQL instead of starting one. Writes bench/results/write-path-<time>.json.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { formatProfile, summariseProfile, type ProfileSummary } from './cpu-profile.ts';
import { postgresFloor, sqliteFloor, type Floor, type FloorRun, type PostingShape, type Remap } from './write-floor.ts';
import { createTestDatabase, dropTestDatabase, startPostgres, type PostgresServer } from '../test/support/postgres.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

const QUICK = flag('quick');
const PROFILE = flag('profile');
const SECONDS = Number(option('seconds') ?? (QUICK ? 3 : 10));
const WARMUP_SECONDS = QUICK ? 0.3 : 2;
const FLOOR_SECONDS = QUICK ? 0.5 : 3;
const DATABASES = (option('databases') ?? process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',');
const CASES = (option('cases') ?? 'invoices,transfers,hot,bulk').split(',');
const WRITE_DOCS = flag('docs') || (!QUICK && !flag('no-docs') && !option('seconds'));
const CLIENTS = [1, 8, 32];
/** invoices only: more clients than the writer keeps up with (issue 12: p99 stays bounded) */
const OVERLOAD_CLIENTS = [64, 128];
const BULK_CLIENTS = [1, 2];
const BULK_ITEMS = 1_000;
const CUSTOMERS = 50;
const TRANSFER_ACCOUNTS = 50;
const TOKEN = 'dbk_bench_write_admin_token_0123456789';
const DATE = '2026-03-02';
const RESULTS_DIR = path.join(repoRoot, 'bench/results');

const progress = (message: string) => process.stderr.write(`[bench:write] ${message}\n`);

// ------------------------------------------------------------------ the server

interface Server {
  port: number;
  pid: number;
  /** the last lines the server printed */
  output(): string;
  stop(): Promise<void>;
  profileDir?: string;
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

async function startDaybook(databaseUrl: string, dataDir: string, profileDir?: string): Promise<Server> {
  const port = await freePort();
  const nodeArgs = [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), '--import', 'tsx', 'src/cli.ts', 'serve'];
  const child: ChildProcess = spawn(process.execPath, nodeArgs, {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, DAYBOOK_ADMIN_TOKEN: TOKEN, DAYBOOK_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    if (lines.length > 60) lines.splice(0, lines.length - 60);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) => child.once('exit', (code) => ((exited = code), resolve())));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`the server exited (${exited}) before answering /health:\n${lines.join('\n')}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer /health within 120 s:\n${lines.join('\n')}`);
    }
    const ok = await new Promise<boolean>((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/health', timeout: 2000 }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.on('error', () => resolve(false));
      req.on('timeout', () => (req.destroy(), resolve(false)));
    });
    if (ok) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    port,
    pid: child.pid!,
    profileDir,
    output: () => lines.join('\n'),
    async stop() {
      if (exited !== undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exit;
      clearTimeout(timer);
    },
  };
}

// ------------------------------------------------------------------ HTTP

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

interface Answer {
  status: number;
  text: string;
}

/** Stale keep-alive sockets the server had closed: the request was resent on a new socket (it never reached the server). */
let staleSocketRetries = 0;

function post(port: number, body: Buffer, retry = true): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, timeout: 120_000,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, 'content-length': body.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
        res.on('error', reject);
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      // the server closed an idle keep-alive socket as this request went out on it: nothing was
      // read from it (Node's agent reports reusedSocket), so sending it again on a fresh socket is safe
      if (retry && req.reusedSocket && error.code === 'ECONNRESET') {
        staleSocketRetries += 1;
        post(port, body, false).then(resolve, reject);
      } else reject(error);
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 120 s')));
    req.end(body);
  });
}

const bodyOf = (query: string, variables: Record<string, unknown>) => Buffer.from(JSON.stringify({ query, variables }));

async function graphql(port: number, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const answer = await post(port, bodyOf(query, variables));
  let result: { data?: any; errors?: { message: string }[] };
  try {
    result = JSON.parse(answer.text);
  } catch {
    throw new Error(`HTTP ${answer.status}: ${answer.text.slice(0, 500)}`);
  }
  if (result.errors?.length) throw new Error(`${query.slice(0, 80)}…: ${JSON.stringify(result.errors).slice(0, 1000)}`);
  return result.data;
}

// ------------------------------------------------------------------ the book

interface Book {
  bookId: string;
  invoiceNumber: string;
  transferNumber: string;
  invoiceEntries: number;
  bulkAvailable: boolean | string;
}

const CREATE_ONE = 'mutation($i: CreateTransactionInput!) { createTransaction(input: $i) { id } }';
const CREATE_MANY = 'mutation($i: CreateTransactionsInput!) { createTransactions(input: $i) { created replayed failed results { transaction { id } error { code message } } } }';

const money = (minor: number) => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;

function invoiceInput(bookId: string, i: number) {
  return {
    bookId, typeCode: 'SI', accountCode: `C${i % CUSTOMERS}`, date: DATE,
    lines: [{ net: money(10_000 + ((i * 37) % 90_000)), taxCode: 'S' }, { net: money(2_500 + ((i * 53) % 40_000)), taxCode: 'R' }],
  };
}

/** Transfers over 50 accounts: pair i moves between two different accounts; hot: T0 is one side of every transfer. */
function transferPair(i: number, hot: boolean): [number, number] {
  if (hot) return [1 + (i % (TRANSFER_ACCOUNTS - 1)), 0];
  const a = i % TRANSFER_ACCOUNTS;
  let b = (i * 7 + 3) % TRANSFER_ACCOUNTS;
  if (b === a) b = (b + 1) % TRANSFER_ACCOUNTS;
  return [a, b];
}

function transferInput(bookId: string, i: number, hot: boolean) {
  const [a, b] = transferPair(i, hot);
  return { bookId, typeCode: 'XT', accountCode: `T${a}`, counterAccountCode: `T${b}`, date: DATE, amount: money(100 + ((i * 97) % 50_000)) };
}

async function setUp(port: number): Promise<Book> {
  const { createBook } = await graphql(port, 'mutation($i: CreateBookInput!) { createBook(input: $i) { id } }', {
    i: { name: 'Write bench Ltd', baseCurrency: 'GBP', template: 'STANDARD' },
  });
  const bookId: string = createBook.id;
  const aliased = (count: number, make: (i: number) => string) =>
    `mutation($b: ID!) { ${Array.from({ length: count }, (_, i) => make(i)).join(' ')} }`;
  for (let from = 0; from < CUSTOMERS; from += 10) {
    await graphql(port, aliased(Math.min(10, CUSTOMERS - from), (k) =>
      `c${from + k}: createAccount(input: { bookId: $b, ledgerCode: "SL", code: "C${from + k}", name: "Customer ${from + k}", type: CUSTOMER }) { id }`), { b: bookId });
  }
  await graphql(port, `mutation($b: ID!) {
    createLedger(input: { bookId: $b, code: "XF", name: "Transfers", kind: CUSTOM, updatesNominal: false }) { code }
  }`, { b: bookId });
  await graphql(port, `mutation($b: ID!) {
    createTransactionType(input: { bookId: $b, ledgerCode: "XF", code: "XT", name: "Transfer", direction: DEBIT, interAccount: true }) { code }
  }`, { b: bookId });
  for (let from = 0; from < TRANSFER_ACCOUNTS; from += 10) {
    await graphql(port, aliased(Math.min(10, TRANSFER_ACCOUNTS - from), (k) =>
      `t${from + k}: createAccount(input: { bookId: $b, ledgerCode: "XF", code: "T${from + k}", name: "Transfer account ${from + k}", type: OTHER, normalSide: DEBIT }) { id }`), { b: bookId });
  }
  // one of each, read back: the shapes the floor copies, and the entries per invoice
  const entries = 'number entries { side amount account { code } }';
  const invoice = (await graphql(port, `mutation($i: CreateTransactionInput!) { createTransaction(input: $i) { ${entries} } }`, { i: invoiceInput(bookId, 0) })).createTransaction;
  const transfer = (await graphql(port, `mutation($i: CreateTransactionInput!) { createTransaction(input: $i) { ${entries} } }`, { i: transferInput(bookId, 0, false) })).createTransaction;
  if (transfer.entries.length !== 2) throw new Error(`a transfer wrote ${transfer.entries.length} entries, not 2: ${JSON.stringify(transfer.entries)}`);
  let bulkAvailable: boolean | string = true;
  try {
    const bulk = (await graphql(port, CREATE_MANY, { i: { transactions: [invoiceInput(bookId, 1)] } })).createTransactions;
    if (bulk.created !== 1) bulkAvailable = `createTransactions of one invoice answered ${JSON.stringify(bulk).slice(0, 300)}`;
  } catch (error) {
    bulkAvailable = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 300) : String(error);
  }
  return { bookId, invoiceNumber: invoice.number, transferNumber: transfer.number, invoiceEntries: invoice.entries.length, bulkAvailable };
}

// ------------------------------------------------------------------ load

interface Load {
  transactions: number;
  requests: number;
  failures: number;
  errors: string[];
  seconds: number;
  latencies: number[];
  serverCpu: number;
  databaseCpu: number | null;
  benchCpu: number;
  /** the measured time, in microseconds of the monotonic clock (for the profile) */
  window: [number, number];
}

/**
 * user+system CPU seconds of the processes, from /proc (Linux); null elsewhere. The first
 * process's children that have ended count too (cutime, cstime): PostgreSQL's backends
 * come and go, the postmaster waits for them.
 */
function cpuSeconds(pids: number[]): number | null {
  try {
    const tick = 100; // USER_HZ on Linux
    let total = 0;
    pids.forEach((pid, i) => {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch (error) {
        if (i > 0) return; // a backend that has just ended: its time is in the postmaster's cutime now
        throw error;
      }
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12]) + (i === 0 && pids.length > 1 ? Number(fields[13]) + Number(fields[14]) : 0)) / tick;
    });
    return total;
  } catch {
    return null;
  }
}

/** The PostgreSQL server listening on the port, and its backends: to see the database's share of the CPU. */
function postgresPids(port: number): () => number[] {
  let postmaster: number | undefined;
  const all = () => readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
  for (const pid of all()) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (cmd[0]?.endsWith('/postgres') && cmd.some((a, i) => (a === '-p' && cmd[i + 1] === String(port)) || a === `-p ${port}` || a.includes(`-p ${port} `))) postmaster = pid;
    } catch {
      // gone
    }
  }
  return () => {
    if (postmaster === undefined) return [];
    const pids = [postmaster];
    for (const pid of all()) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster) pids.push(pid);
      } catch {
        // gone
      }
    }
    return pids;
  };
}

type Check = (text: string) => { ok: number; failed: number; error?: string };

const checkOne: Check = (text) => {
  let result: any;
  try {
    result = JSON.parse(text);
  } catch {
    return { ok: 0, failed: 1, error: `not JSON: ${text.slice(0, 200)}` };
  }
  if (result.errors?.length) return { ok: 0, failed: 1, error: `${result.errors[0].extensions?.code ?? ''} ${result.errors[0].message}`.trim() };
  if (typeof result.data?.createTransaction?.id !== 'string') return { ok: 0, failed: 1, error: `no transaction id: ${text.slice(0, 200)}` };
  return { ok: 1, failed: 0 };
};

const checkMany = (items: number): Check => (text) => {
  let result: any;
  try {
    result = JSON.parse(text);
  } catch {
    return { ok: 0, failed: items, error: `not JSON: ${text.slice(0, 200)}` };
  }
  if (result.errors?.length) return { ok: 0, failed: items, error: `${result.errors[0].extensions?.code ?? ''} ${result.errors[0].message}`.trim() };
  const payload = result.data?.createTransactions;
  const results: any[] = payload?.results ?? [];
  const withId = results.filter((r) => typeof r.transaction?.id === 'string' && !r.error).length;
  const firstError = results.find((r) => r.error)?.error;
  if (payload?.created !== items || withId !== items || results.length !== items) {
    return { ok: withId, failed: items - withId, error: firstError ? `${firstError.code} ${firstError.message}` : `created ${payload?.created} of ${items}` };
  }
  return { ok: items, failed: 0 };
};

async function drive(port: number, clients: number, bodies: Buffer[], check: Check, seconds: number, warmup: number, cpuPids: () => number[], serverPid: number): Promise<Load> {
  let next = 0;
  const run = async (until: number, record: boolean, load: Load) => {
    const client = async () => {
      // at least one request per client, so a slow request (bulk) still yields figures
      do {
        const body = bodies[next++ % bodies.length]!;
        const started = performance.now();
        let outcome: ReturnType<Check>;
        try {
          const answer = await post(port, body);
          outcome = answer.status === 200 ? check(answer.text) : { ...check(answer.text), ok: 0, failed: Math.max(1, check(answer.text).failed) };
          if (answer.status !== 200 && !outcome.error) outcome.error = `HTTP ${answer.status}`;
        } catch (error) {
          outcome = { ok: 0, failed: 1, error: error instanceof Error ? error.message : String(error) };
        }
        if (!record) continue;
        load.latencies.push(performance.now() - started);
        load.requests += 1;
        load.transactions += outcome.ok;
        load.failures += outcome.failed;
        if (outcome.error && load.errors.length < 5 && !load.errors.includes(outcome.error)) load.errors.push(outcome.error);
      } while (performance.now() < until);
    };
    await Promise.all(Array.from({ length: clients }, client));
  };
  const load: Load = { transactions: 0, requests: 0, failures: 0, errors: [], seconds: 0, latencies: [], serverCpu: 0, databaseCpu: null, benchCpu: 0, window: [0, 0] };
  if (warmup > 0) await run(performance.now() + warmup * 1000, false, load);
  const serverBefore = cpuSeconds([serverPid]);
  const dbBefore = cpuPids().length ? cpuSeconds(cpuPids()) : null;
  const benchBefore = process.cpuUsage();
  const started = performance.now();
  const from = Number(process.hrtime.bigint() / 1000n);
  await run(started + seconds * 1000, true, load);
  load.seconds = (performance.now() - started) / 1000;
  load.window = [from, Number(process.hrtime.bigint() / 1000n)];
  const serverAfter = cpuSeconds([serverPid]);
  const dbAfter = dbBefore !== null ? cpuSeconds(cpuPids()) : null;
  const bench = process.cpuUsage(benchBefore);
  load.serverCpu = serverBefore !== null && serverAfter !== null ? (serverAfter - serverBefore) / load.seconds : NaN;
  load.databaseCpu = dbBefore !== null && dbAfter !== null ? (dbAfter - dbBefore) / load.seconds : null;
  load.benchCpu = (bench.user + bench.system) / 1e6 / load.seconds;
  return load;
}

// ------------------------------------------------------------------ figures

interface Figures {
  tps: number;
  eps: number;
  p50: number;
  p95: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]! : NaN);

function figuresOf(transactions: number, entries: number, seconds: number, latencies: number[]): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { tps: transactions / seconds, eps: entries / seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

interface CaseResult extends Figures {
  case: string;
  clients: number;
  transactions: number;
  requests: number;
  failures: number;
  errors: string[];
  seconds: number;
  serverCpu: number;
  databaseCpu: number | null;
  benchCpu: number;
  floor: (Figures & { batch: number; transactions: number; seconds: number }) | null;
  /** floor transactions/s ÷ Daybook's: how many times slower than the driver alone */
  ratio: number | null;
  skipped?: string;
}

interface DatabaseResult {
  database: string;
  cases: CaseResult[];
  setupSeconds: number;
  profile?: ProfileSummary;
  failed?: string;
}

interface Target {
  database: string;
  case: string;
  clients: number;
  text: string;
  met: (r: CaseResult) => boolean;
}

const TARGETS: Target[] = [
  { database: 'SQLite', case: 'invoices', clients: 32, text: '≥ 2,000 invoices/s, p99 ≤ 50 ms', met: (r) => r.tps >= 2000 && r.p99 <= 50 },
  // past capacity: answers (written or OVERLOADED) stay within the request deadline's reach
  ...(['SQLite', 'PostgreSQL'] as const).flatMap((database) =>
    OVERLOAD_CLIENTS.map((clients): Target => ({ database, case: 'invoices', clients, text: 'p99 ≤ 500 ms (OVERLOADED counted as failed)', met: (r) => r.p99 <= 500 })),
  ),
  { database: 'SQLite', case: 'bulk', clients: 1, text: '≥ 50,000 entries/s', met: (r) => r.eps >= 50_000 },
  { database: 'PostgreSQL', case: 'transfers', clients: 8, text: '≥ 2,500 transfers/s', met: (r) => r.tps >= 2500 },
  { database: 'PostgreSQL', case: 'hot', clients: 8, text: '≥ 1,000 transfers/s', met: (r) => r.tps >= 1000 },
  { database: 'PostgreSQL', case: 'bulk', clients: 1, text: '≥ 20,000 entries/s', met: (r) => r.eps >= 20_000 },
];

const CASE_LABELS: Record<string, string> = {
  invoices: 'invoices (SI, 2 taxed lines)',
  transfers: 'transfers, 50 accounts',
  hot: 'transfers, 1 hot account',
  bulk: `createTransactions ×${BULK_ITEMS}`,
};

const fmt = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined || Number.isNaN(n) ? '-' : n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (n: number) => (Number.isNaN(n) ? '-' : n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));
const pct = (n: number | null) => (n === null || Number.isNaN(n) ? '-' : `${Math.round(n * 100)}%`);

function table(result: DatabaseResult): string {
  const header = ['case', 'clients', 'tx/s', 'entries/s', 'p50 ms', 'p95 ms', 'p99 ms', 'failed', 'server CPU', 'db CPU', 'floor tx/s', 'floor p99 ms', 'floor ÷ Daybook'];
  const rows = result.cases.map((r) =>
    r.skipped
      ? [CASE_LABELS[r.case]!, String(r.clients), `not run: ${r.skipped}`, '', '', '', '', '', '', '', '', '', '']
      : [
          CASE_LABELS[r.case]!, String(r.clients), fmt(r.tps), fmt(r.eps), ms(r.p50), ms(r.p95), ms(r.p99), fmt(r.failures), pct(r.serverCpu), pct(r.databaseCpu),
          fmt(r.floor?.tps), r.floor ? ms(r.floor.p99) : '-', r.ratio === null ? '-' : `${r.ratio.toFixed(1)}×`,
        ],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[2]!.startsWith('not run') && i > 2 ? 0 : r[i]!.length))));
  const line = (r: string[]) => `| ${r.map((c, i) => (i >= 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i >= 1 ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|')}|`, ...rows.map(line)].join('\n');
}

function targetLines(results: DatabaseResult[]): string[] {
  const lines: string[] = [];
  for (const t of TARGETS) {
    const r = results.find((d) => d.database === t.database)?.cases.find((c) => c.case === t.case && c.clients === t.clients && !c.skipped);
    if (!r) continue;
    const measured = t.case === 'bulk' ? `${fmt(r.eps)} entries/s` : `${fmt(r.tps)}/s, p99 ${ms(r.p99)} ms`;
    lines.push(`- ${t.database}, ${CASE_LABELS[t.case]}, ${t.clients} client${t.clients > 1 ? 's' : ''}: target ${t.text}; measured ${measured}: ${t.met(r) ? 'met' : 'NOT met'}`);
  }
  for (const d of results) {
    const ratios = d.cases.filter((c) => c.ratio !== null);
    if (ratios.length) {
      const worst = ratios.reduce((a, b) => (b.ratio! > a.ratio! ? b : a));
      lines.push(`- ${d.database}: within 3× of the floor in ${ratios.filter((c) => c.ratio! <= 3).length} of ${ratios.length} cases (worst ${worst.ratio!.toFixed(1)}×, ${CASE_LABELS[worst.case]} at ${worst.clients})`);
    }
  }
  return lines;
}

function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  return {
    nproc: os.availableParallelism(),
    cpuModel: cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

// ------------------------------------------------------------------ one database

interface DatabaseSetup {
  database: 'SQLite' | 'PostgreSQL';
  databaseUrl: string;
  dataDir: string;
  openFloor: () => Promise<Floor>;
  cpuPids: () => number[];
}

async function benchDatabase(target: DatabaseSetup, stamp: string): Promise<DatabaseResult> {
  const result: DatabaseResult = { database: target.database, cases: [], setupSeconds: 0 };
  const windows: [number, number][] = [];
  const profileDir = PROFILE ? path.join(RESULTS_DIR, 'profiles', `${stamp}-${target.database.toLowerCase()}`) : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const setupStarted = performance.now();
  progress(`${target.database}: starting the server`);
  const server = await startDaybook(target.databaseUrl, target.dataDir, profileDir);
  progress(`${target.database}: server up in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`);
  try {
    const book = await setUp(server.port);
    result.setupSeconds = (performance.now() - setupStarted) / 1000;
    progress(`${target.database}: book set up in ${result.setupSeconds.toFixed(1)} s (an invoice writes ${book.invoiceEntries} entries)${book.bulkAvailable === true ? '' : `; createTransactions unavailable: ${book.bulkAvailable}`}`);

    // the floor first, while the server is idle
    const floorRuns = new Map<string, FloorRun & { batch: number }>();
    const floor = await target.openFloor();
    try {
      const invoice = await floor.sample('SI', book.invoiceNumber);
      const transfer = await floor.sample('XT', book.transferNumber);
      const customers = await floor.accountIds(Array.from({ length: CUSTOMERS }, (_, i) => `C${i}`));
      const accounts = await floor.accountIds(Array.from({ length: TRANSFER_ACCOUNTS }, (_, i) => `T${i}`));
      const invoiceRemap: Remap = (i) => new Map([[customers.get('C0')!, customers.get(`C${i % CUSTOMERS}`)!]]);
      const transferRemap = (hot: boolean): Remap => {
        const [sampleA, sampleB] = transferPair(0, false);
        return (i) => {
          const [a, b] = transferPair(i, hot);
          return new Map([[accounts.get(`T${sampleA}`)!, accounts.get(`T${a}`)!], [accounts.get(`T${sampleB}`)!, accounts.get(`T${b}`)!]]);
        };
      };
      const plans: [string, PostingShape, Remap, number[]][] = [
        ['invoices', invoice, invoiceRemap, [...CLIENTS, ...OVERLOAD_CLIENTS]],
        ['transfers', transfer, transferRemap(false), CLIENTS],
        ['hot', transfer, transferRemap(true), CLIENTS],
        ['bulk', invoice, invoiceRemap, [BULK_ITEMS]],
      ];
      for (const [name, shape, remap, batches] of plans) {
        if (!CASES.includes(name)) continue;
        for (const batch of batches) {
          const run = await floor.run(shape, remap, batch, FLOOR_SECONDS);
          floorRuns.set(`${name}:${batch}`, { ...run, batch });
          progress(`${target.database}: floor ${name}, ${batch} per database transaction: ${fmt(run.transactions / run.seconds)} tx/s`);
        }
      }
    } finally {
      await floor.close();
    }

    const bodies = (make: (i: number) => unknown, count: number, query = CREATE_ONE) => Array.from({ length: count }, (_, i) => bodyOf(query, { i: make(i + 1) }));
    const cases: [string, number[], () => Buffer[], Check, number][] = [
      ['invoices', [...CLIENTS, ...OVERLOAD_CLIENTS], () => bodies((i) => invoiceInput(book.bookId, i), 997), checkOne, book.invoiceEntries],
      ['transfers', CLIENTS, () => bodies((i) => transferInput(book.bookId, i, false), 997), checkOne, 2],
      ['hot', CLIENTS, () => bodies((i) => transferInput(book.bookId, i, true), 997), checkOne, 2],
      ['bulk', BULK_CLIENTS, () => bodies((k) => ({ transactions: Array.from({ length: BULK_ITEMS }, (_, j) => invoiceInput(book.bookId, k * BULK_ITEMS + j)) }), 4, CREATE_MANY), checkMany(BULK_ITEMS), book.invoiceEntries],
    ];
    for (const [name, clientCounts, make, check, entriesPer] of cases) {
      if (!CASES.includes(name)) continue;
      const prebuilt = make();
      for (const clients of clientCounts) {
        const floorRun = floorRuns.get(`${name}:${name === 'bulk' ? BULK_ITEMS : clients}`);
        const floorFigures = floorRun
          ? { ...figuresOf(floorRun.transactions, floorRun.entries, floorRun.seconds, floorRun.latencies), batch: floorRun.batch, transactions: floorRun.transactions, seconds: floorRun.seconds }
          : null;
        if (name === 'bulk' && book.bulkAvailable !== true) {
          result.cases.push({ case: name, clients, tps: NaN, eps: NaN, p50: NaN, p95: NaN, p99: NaN, transactions: 0, requests: 0, failures: 0, errors: [], seconds: 0, serverCpu: NaN, databaseCpu: null, benchCpu: 0, floor: floorFigures, ratio: null, skipped: 'createTransactions unavailable' });
          continue;
        }
        const load = await drive(server.port, clients, prebuilt, check, SECONDS, name === 'bulk' ? 0.01 : WARMUP_SECONDS, target.cpuPids, server.pid);
        windows.push(load.window);
        const figures = figuresOf(load.transactions, load.transactions * entriesPer, load.seconds, load.latencies);
        const r: CaseResult = {
          case: name, clients, ...figures, transactions: load.transactions, requests: load.requests, failures: load.failures, errors: load.errors, seconds: load.seconds,
          serverCpu: load.serverCpu, databaseCpu: load.databaseCpu, benchCpu: load.benchCpu, floor: floorFigures,
          ratio: floorFigures && figures.tps > 0 ? floorFigures.tps / figures.tps : null,
        };
        result.cases.push(r);
        progress(`${target.database}: ${name}, ${clients} client${clients > 1 ? 's' : ''}: ${fmt(r.tps)} tx/s, p50 ${ms(r.p50)} ms, p99 ${ms(r.p99)} ms, server CPU ${pct(r.serverCpu)}${r.failures ? `, ${r.failures} FAILED: ${r.errors.join(' | ')}` : ''}`);
      }
    }
  } catch (error) {
    result.failed = error instanceof Error ? error.message : String(error);
    progress(`${target.database}: FAILED: ${result.failed}\n--- server output ---\n${server.output()}`);
  } finally {
    await server.stop();
  }
  if (profileDir) {
    const file = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(profileDir, f))[0];
    if (file) result.profile = summariseProfile(file, repoRoot, 25, windows);
    else progress(`${target.database}: no .cpuprofile in ${profileDir}`);
  }
  return result;
}

// ------------------------------------------------------------------ the run

function writeDocs(report: string, results: DatabaseResult[], info: ReturnType<typeof machine>, when: string, load: string) {
  const file = path.join(repoRoot, 'docs/performance.md');
  const begin = '<!-- bench:write-path:begin -->';
  const end = '<!-- bench:write-path:end -->';
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from) {
    progress(`docs/performance.md has no ${begin} … ${end} section: not rewritten`);
    return;
  }
  const body = [
    begin,
    `Measured ${when}, ${QUICK ? 'quick run (' : ''}${SECONDS} s per case${QUICK ? ')' : ''}, on ${info.nproc} cores (${info.cpuModel}), ${info.memoryGiB} GiB of memory, Node ${info.node}, ${info.platform}. ${load}`,
    '',
    report,
    '',
    ...targetLines(results),
    end,
  ].join('\n');
  writeFileSync(file, text.slice(0, from) + body + text.slice(to + end.length));
  progress('docs/performance.md rewritten');
}

async function main() {
  const started = performance.now();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const info = machine();
  const loadBefore = os.loadavg();
  mkdirSync(RESULTS_DIR, { recursive: true });
  progress(`${QUICK ? 'quick: ' : ''}${SECONDS} s per case, ${info.nproc} cores, load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')}`);
  // PostgreSQL starts while SQLite is measured: initdb is mostly waiting on the disk
  const wantsPostgres = DATABASES.includes('postgres');
  const postgres: Promise<PostgresServer | null> | null = wantsPostgres && !process.env.DAYBOOK_TEST_PG_URL
    ? startPostgres().catch((error: unknown) => {
        progress(`PostgreSQL: no server: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
        return null;
      })
    : null;
  const results: DatabaseResult[] = [];
  try {
    if (DATABASES.includes('sqlite')) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'daybook-bench-write-'));
      try {
        const file = path.join(dir, 'daybook.db');
        results.push(await benchDatabase({
          database: 'SQLite', databaseUrl: `file:${file}`, dataDir: dir,
          openFloor: () => sqliteFloor(file, path.join(dir, 'floor.db')), cpuPids: () => [],
        }, stamp));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    if (wantsPostgres) {
      const server = postgres ? await postgres : null;
      const base = process.env.DAYBOOK_TEST_PG_URL ?? server?.url;
      if (base) {
        const url = await createTestDatabase(base, 'daybook_bench_write');
        const floorUrl = await createTestDatabase(base, 'daybook_bench_floor');
        const dir = mkdtempSync(path.join(os.tmpdir(), 'daybook-bench-write-'));
        try {
          results.push(await benchDatabase({
            database: 'PostgreSQL', databaseUrl: url, dataDir: dir,
            openFloor: () => postgresFloor(url, floorUrl), cpuPids: postgresPids(Number(new URL(base).port)),
          }, stamp));
        } finally {
          await dropTestDatabase(url).catch(() => {});
          await dropTestDatabase(floorUrl).catch(() => {});
          rmSync(dir, { recursive: true, force: true });
        }
      } else {
        results.push({ database: 'PostgreSQL', cases: [], setupSeconds: 0, failed: 'no PostgreSQL server could be started' });
      }
    }
  } finally {
    await (await postgres)?.stop();
    agent.destroy();
  }

  const loadAfter = os.loadavg();
  const loadText = `Load average (1, 5, 15 min) ${loadBefore.map((l) => l.toFixed(1)).join(', ')} at the start, ${loadAfter.map((l) => l.toFixed(1)).join(', ')} at the end.`;
  const sections: string[] = [];
  for (const r of results) {
    sections.push(`### ${r.database}${r.failed ? ` (FAILED: ${r.failed.split('\n')[0]})` : ''}`, '', r.cases.length ? table(r) : '(no figures)', '');
  }
  const report = sections.join('\n').trimEnd();
  const elapsed = (performance.now() - started) / 1000;
  console.log('');
  console.log(`Write path over HTTP, ${SECONDS} s per case; floor: the same rows through the driver, ${FLOOR_SECONDS} s per case, as many postings per database transaction as clients (bulk: ${BULK_ITEMS}).`);
  console.log(`${info.nproc} cores (${info.cpuModel}), ${info.memoryGiB} GiB, Node ${info.node}. ${loadText}`);
  console.log('CPU columns: share of one core over the case (server: the Daybook process; db: the PostgreSQL server and its backends).');
  console.log('');
  console.log(report);
  console.log('');
  for (const line of targetLines(results)) console.log(line);
  for (const r of results) if (r.profile) console.log(formatProfile(r.database, r.profile));
  const failures = results.reduce((s, r) => s + r.cases.reduce((t, c) => t + c.failures, 0), 0);
  console.log('');
  console.log(`${failures ? `${failures} FAILED transactions; ` : ''}${staleSocketRetries} requests resent after a stale keep-alive socket; ${elapsed.toFixed(0)} s in all`);

  const json = path.join(RESULTS_DIR, `write-path-${stamp}.json`);
  writeFileSync(json, JSON.stringify({ at: new Date().toISOString(), quick: QUICK, seconds: SECONDS, floorSeconds: FLOOR_SECONDS, machine: info, loadBefore, loadAfter, elapsedSeconds: elapsed, staleSocketRetries, results }, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2));
  progress(`results written to ${path.relative(repoRoot, json)}`);
  if (WRITE_DOCS) writeDocs(report, results, info, new Date().toISOString().slice(0, 10), loadText);
  if (results.some((r) => r.failed) || failures) process.exitCode = 1;
}

/** `npm run bench` calls this after the reports. */
export async function benchWritePath(): Promise<void> {
  await main();
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
