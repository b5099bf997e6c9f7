// The reports bench (npm run bench runs it, then the posting bench): seeds a book with
// BENCH_ENTRIES posted entries (default 1,000,000) over BENCH_ACCOUNTS accounts (default
// 10,000), or with `--large` 5,000,000 over 50,000, by bulk SQL, rows exactly as the posting
// service writes them (transactions, lines, entries with sequences and running balances,
// AccountBalance, DailyBalance, allocations and their open item movements), then times the
// reports through the GraphQL API in-process (yoga.fetch, authentication included) on SQLite
// and, when a server can be started, on PostgreSQL. Prints p50/p95 against each report's
// target, and how each figure grew from the default run: every run stores its figures in
// BENCH_RESULTS (default .tmp/bench-results.json) by database and size.
//
// Env: BENCH_ENTRIES, BENCH_ACCOUNTS, BENCH_RUNS (timed runs per report, default 20),
// BENCH_DATABASES (sqlite,postgres), DAYBOOK_TEST_PG_URL (use a running server), BENCH_KEEP (keep
// the SQLite file, and the PostgreSQL database on a server of your own), BENCH_REUSE (time a
// kept SQLite file or PostgreSQL URL again without seeding it).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import type { DatabaseTarget } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { divideHalfEven } from '../src/domain/money.ts';
import { uuidv7 } from '../src/ids.ts';
import { createLogger } from '../src/logger.ts';
import { bootstrapAdmin } from '../src/services/auth.ts';
import { createDaybook, type Daybook } from '../src/yoga.ts';
import { createTestDatabase, dropTestDatabase, startPostgres, type PostgresServer } from '../test/support/postgres.ts';

const LARGE = process.argv.includes('--large');
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? (LARGE ? 5_000_000 : 1_000_000));
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? (LARGE ? 50_000 : 10_000));
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WARMUP = 3;
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',');
const RESULTS = process.env.BENCH_RESULTS ?? '.tmp/bench-results.json';
const REUSE = process.env.BENCH_REUSE;
const SIZE = `${ENTRIES.toLocaleString('en')} entries / ${ACCOUNTS.toLocaleString('en')} accounts`;
const DEFAULT_SIZE = `${(1_000_000).toLocaleString('en')} entries / ${(10_000).toLocaleString('en')} accounts`;
export const TOKEN = 'dbk_bench_admin_token_0123456789abcdef';
const START = Date.UTC(2025, 0, 1);
const DAYS = 730; // 2025-01-01 .. 2026-12-31
const DAY = 86_400_000;

const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const isoDay = (day: number) => new Date(START + day * DAY).toISOString().slice(0, 10);

/** A tiny deterministic generator (mulberry32) so every run seeds the same book. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ------------------------------------------------------------------ bulk writers

export interface Sink {
  insert(table: string, columns: string[], rows: unknown[][]): Promise<void>;
  close(): Promise<void>;
}

export function sqliteSink(file: string): Sink {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const statements = new Map<string, BetterSqlite3.Statement>();
  const value = (v: unknown) => (typeof v === 'boolean' ? (v ? 1 : 0) : v instanceof Date ? v.toISOString() : v);
  return {
    async insert(table, columns, rows) {
      const key = `${table}:${columns.join(',')}`;
      let statement = statements.get(key);
      if (!statement) {
        statement = db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(',')}) VALUES (${columns.map(() => '?').join(',')})`);
        statements.set(key, statement);
      }
      const run = statement;
      db.transaction(() => {
        for (const row of rows) run.run(...row.map(value));
      })();
    },
    async close() {
      db.exec('ANALYZE');
      db.close();
    },
  };
}

export async function postgresSink(url: string): Promise<Sink> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const value = (v: unknown) => (typeof v === 'bigint' ? v.toString() : v instanceof Date ? v.toISOString() : v);
  return {
    async insert(table, columns, rows) {
      // one JSON parameter per 20,000 rows, typed by the table's own row type: the driver
      // binds one value, not one per cell
      const quoted = columns.map((c) => `"${c}"`).join(',');
      for (let i = 0; i < rows.length; i += 20_000) {
        const batch = rows.slice(i, i + 20_000).map((row) => Object.fromEntries(row.map((v, c) => [columns[c]!, value(v)])));
        await client.query(`INSERT INTO "${table}" (${quoted}) SELECT ${quoted} FROM json_populate_recordset(NULL::"${table}", $1::json)`, [JSON.stringify(batch)]);
      }
    },
    async close() {
      // steady state, as autovacuum keeps a live database: statistics, and the visibility map
      // that lets index-only scans skip the table
      await client.query('VACUUM ANALYZE');
      await client.end();
    },
  };
}

// ------------------------------------------------------------------ the book

async function graphqlRequest(yoga: Daybook, query: string, variables: Record<string, unknown> = {}) {
  const response = await yoga.fetch('http://bench.local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as { data?: any; errors?: unknown[] };
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

interface Seeded {
  bookId: string;
  statementAccount: string;
  categoryId: string;
  categoryAccounts: number;
  transactions: number;
  entries: number;
}

export async function seed(db: Database, yoga: Daybook, sink: Sink): Promise<Seeded> {
  const prisma = db.prisma;
  const { createBook } = await graphqlRequest(yoga, 'mutation($i: CreateBookInput!) { createBook(input: $i) { id } }', {
    i: { name: 'Bench Ltd', baseCurrency: 'GBP', template: 'STANDARD' },
  });
  const bookId: string = createBook.id;
  const admin = await prisma.user.findFirstOrThrow({ where: { isSystemAdmin: true } });
  const ledgers = new Map((await prisma.ledger.findMany({ where: { bookId } })).map((l) => [l.code, l]));
  const accountByCode = new Map((await prisma.account.findMany({ where: { bookId } })).map((a) => [a.code, a]));
  const types = new Map((await prisma.transactionType.findMany({ where: { bookId } })).map((t) => [t.code, t]));
  const versions = new Map((await prisma.transactionTypeVersion.findMany({ where: { bookId } })).map((v) => [v.typeId, v.id]));
  const taxCodes = new Map((await prisma.taxCode.findMany({ where: { bookId } })).map((t) => [t.code, t.id]));
  const id = (code: string) => accountByCode.get(code)!.id;

  // customers and suppliers up to ACCOUNTS accounts in all
  const extra = Math.max(0, ACCOUNTS - accountByCode.size);
  const customerCount = Math.floor(extra * 0.6);
  const customers: string[] = [];
  const suppliers: string[] = [];
  const accountRows: unknown[][] = [];
  for (let i = 0; i < extra; i++) {
    const isCustomer = i < customerCount;
    const accountId = uuidv7();
    (isCustomer ? customers : suppliers).push(accountId);
    accountRows.push([
      accountId, bookId, ledgers.get(isCustomer ? 'SL' : 'PL')!.id, `${isCustomer ? 'C' : 'S'}${String(i).padStart(6, '0')}`,
      `${isCustomer ? 'Customer' : 'Supplier'} ${i}`, isCustomer ? 'CUSTOMER' : 'SUPPLIER', 'GBP', isCustomer ? 'DEBIT' : 'CREDIT', 'NONE', false,
    ]);
  }
  await sink.insert('Account', ['id', 'bookId', 'ledgerId', 'code', 'name', 'type', 'currency', 'normalSide', 'limit', 'isControl'], accountRows);
  progress(`${accountRows.length} customers and suppliers added (${accountByCode.size + extra} accounts)`);
  const normalSide = new Map<string, 'DEBIT' | 'CREDIT'>([...accountByCode.values()].map((a) => [a.id, a.normalSide]));
  for (const c of customers) normalSide.set(c, 'DEBIT');
  for (const s of suppliers) normalSide.set(s, 'CREDIT');

  // events: invoices, most of them paid (and allocated) 5 to 75 days later
  const rand = random(42);
  interface Event { day: number; kind: 'SI' | 'SR' | 'PI' | 'PP'; account: string; net: bigint; tax: bigint; gross: bigint; invoice?: Event; id: string; number?: string; open: boolean }
  const events: Event[] = [];
  const wanted = Math.ceil(ENTRIES / 4);
  while (events.length < wanted) {
    const sales = rand() < 0.6;
    const day = Math.floor(rand() * DAYS);
    const net = BigInt(Math.floor(rand() * 500_000) + 1_000);
    const tax = divideHalfEven(net * 20n, 100n);
    const invoice: Event = {
      day, kind: sales ? 'SI' : 'PI', account: (sales ? customers : suppliers)[Math.floor(rand() * (sales ? customers.length : suppliers.length))]!,
      net, tax, gross: net + tax, id: uuidv7(), open: true,
    };
    events.push(invoice);
    const paidDay = day + 5 + Math.floor(rand() * 70);
    if (rand() < 0.85 && paidDay < DAYS && events.length < wanted) {
      invoice.open = false;
      events.push({ day: paidDay, kind: sales ? 'SR' : 'PP', account: invoice.account, net: invoice.gross, tax: 0n, gross: invoice.gross, invoice, id: uuidv7(), open: false });
    }
  }
  events.sort((a, b) => a.day - b.day);
  progress(`${events.length} transactions generated; writing in batches`);

  const numbers = new Map<string, number>();
  const state = new Map<string, { sequence: number; balance: bigint; debits: bigint; credits: bigint }>();
  const daily = new Map<string, { accountId: string; date: string; debits: bigint; credits: bigint }>();
  const now = new Date();
  let entryCount = 0;
  const BATCH = 5_000;
  for (let start = 0; start < events.length; start += BATCH) {
    const txRows: unknown[][] = [];
    const lineRows: unknown[][] = [];
    const entryRows: unknown[][] = [];
    const allocationRows: unknown[][] = [];
    const movementRows: unknown[][] = [];
    for (const e of events.slice(start, start + BATCH)) {
      const type = types.get(e.kind)!;
      const n = (numbers.get(e.kind) ?? 0) + 1;
      numbers.set(e.kind, n);
      const date = isoDay(e.day);
      const isInvoice = e.kind === 'SI' || e.kind === 'PI';
      txRows.push([
        e.id, bookId, type.id, versions.get(type.id)!, `${type.numberPrefix}${String(n).padStart(6, '0')}`, 'POSTED', e.account,
        isInvoice ? null : id('BANK1'), date, isInvoice ? isoDay(e.day + 30) : null, 'GBP', e.net, e.tax, e.gross, e.open ? e.gross : 0n, admin.id, now,
      ]);
      let legs: [string, 'DEBIT' | 'CREDIT', bigint][];
      if (e.kind === 'SI') {
        legs = [[e.account, 'DEBIT', e.gross], [id('1100'), 'DEBIT', e.gross], [id('4000'), 'CREDIT', e.net], [id('2200'), 'CREDIT', e.tax]];
        lineRows.push([uuidv7(), bookId, e.id, 1, id('4000'), e.net, taxCodes.get('S')!, e.tax]);
      } else if (e.kind === 'PI') {
        legs = [[e.account, 'CREDIT', e.gross], [id('2100'), 'CREDIT', e.gross], [id('5000'), 'DEBIT', e.net], [id('2201'), 'DEBIT', e.tax]];
        lineRows.push([uuidv7(), bookId, e.id, 1, id('5000'), e.net, taxCodes.get('PS')!, e.tax]);
      } else if (e.kind === 'SR') {
        legs = [[e.account, 'CREDIT', e.gross], [id('BANK1'), 'DEBIT', e.gross], [id('1100'), 'CREDIT', e.gross], [id('1200'), 'DEBIT', e.gross]];
      } else {
        legs = [[e.account, 'DEBIT', e.gross], [id('BANK1'), 'CREDIT', e.gross], [id('2100'), 'DEBIT', e.gross], [id('1200'), 'CREDIT', e.gross]];
      }
      for (const [accountId, side, amount] of legs) {
        const s = state.get(accountId) ?? { sequence: 0, balance: 0n, debits: 0n, credits: 0n };
        s.sequence += 1;
        s.balance += side === normalSide.get(accountId) ? amount : -amount;
        if (side === 'DEBIT') s.debits += amount;
        else s.credits += amount;
        state.set(accountId, s);
        entryRows.push([uuidv7(), bookId, e.id, accountId, side, amount, 'GBP', 'POSTED', date, s.sequence, s.balance, amount, now]);
        const key = `${accountId}|${date}`;
        const d = daily.get(key) ?? { accountId, date, debits: 0n, credits: 0n };
        if (side === 'DEBIT') d.debits += amount;
        else d.credits += amount;
        daily.set(key, d);
      }
      entryCount += legs.length;
      if (e.invoice) {
        // the allocation, and the open item movements it makes on both its items
        const allocationId = uuidv7();
        allocationRows.push([allocationId, bookId, e.id, e.invoice.id, e.gross, date, false, admin.id]);
        const ledgerId = ledgers.get(e.kind === 'SR' ? 'SL' : 'PL')!.id;
        const invoiceDate = isoDay(e.invoice.day);
        movementRows.push(
          [e.invoice.id, 'ALLOCATION', allocationId, bookId, ledgerId, e.account, 'GBP', invoiceDate, isoDay(e.invoice.day + 30), date, -e.gross],
          [e.id, 'ALLOCATION', allocationId, bookId, ledgerId, e.account, 'GBP', date, date, date, e.gross],
        );
      }
    }
    await sink.insert('Transaction', ['id', 'bookId', 'typeId', 'typeVersionId', 'number', 'status', 'accountId', 'counterAccountId', 'date', 'dueDate', 'currency', 'net', 'tax', 'gross', 'outstanding', 'createdById', 'postedAt'], txRows);
    await sink.insert('TransactionLine', ['id', 'bookId', 'transactionId', 'lineNo', 'accountId', 'net', 'taxCodeId', 'tax'], lineRows);
    await sink.insert('Entry', ['id', 'bookId', 'transactionId', 'accountId', 'side', 'amount', 'currency', 'status', 'date', 'sequence', 'runningBalance', 'baseAmount', 'postedAt'], entryRows);
    if (allocationRows.length) await sink.insert('Allocation', ['id', 'bookId', 'fromId', 'toId', 'amount', 'date', 'released', 'createdById'], allocationRows);
    if (movementRows.length) {
      await sink.insert('OpenItemMovement', ['itemId', 'kind', 'sourceId', 'bookId', 'ledgerId', 'accountId', 'currency', 'itemDate', 'dueOn', 'date', 'amount'], movementRows);
    }
    const done = Math.min(start + BATCH, events.length);
    if (Math.floor((done / events.length) * 20) !== Math.floor((start / events.length) * 20) || done === events.length) {
      progress(`  ${done}/${events.length} transactions, ${entryCount} entries (${Math.round((done / events.length) * 100)}%)`);
    }
  }
  // AccountBalance for every account (the template's rows exist: replace them), daily rollups
  await prisma.accountBalance.deleteMany({ where: { bookId } });
  const balanceRows = [...normalSide.keys()].map((accountId) => {
    const s = state.get(accountId);
    return [accountId, bookId, s?.debits ?? 0n, s?.credits ?? 0n, 0n, 0n, s?.sequence ?? 0, s?.sequence ?? 0];
  });
  await sink.insert('AccountBalance', ['accountId', 'bookId', 'postedDebits', 'postedCredits', 'pendingDebits', 'pendingCredits', 'version', 'lastSequence'], balanceRows);
  await sink.insert('DailyBalance', ['bookId', 'accountId', 'date', 'postedDebits', 'postedCredits'], [...daily.values()].map((d) => [bookId, d.accountId, d.date, d.debits, d.credits]));
  for (const [code, n] of numbers) await prisma.transactionType.update({ where: { id: types.get(code)!.id }, data: { nextNumber: n + 1 } });
  progress(`${balanceRows.length} account balances, ${daily.size} daily rollups written`);

  // a statement account: a customer with about the median activity; a category of 1,000 customers in two levels
  const busiest = customers.map((c) => [c, state.get(c)?.sequence ?? 0] as const).sort((a, b) => a[1] - b[1]);
  const statementAccount = accountRows.find((r) => r[0] === busiest[Math.floor(busiest.length / 2)]![0])![3] as string;
  const category = async (name: string) =>
    (await graphqlRequest(yoga, 'mutation($i: CreateCategoryInput!) { createCategory(input: $i) { id } }', { i: { bookId, name, currency: 'GBP', normalSide: 'DEBIT' } })).createCategory.id as string;
  const top = await category('Key customers');
  const children = [await category('Key customers (north)'), await category('Key customers (south)')];
  const members = customers.slice(0, 1_000);
  await sink.insert('CategoryAccount', ['bookId', 'categoryId', 'accountId'], members.map((accountId, i) => [bookId, children[i % 2]!, accountId]));
  await sink.insert('CategoryChild', ['bookId', 'parentId', 'childId'], children.map((child) => [bookId, top, child]));
  await sink.close();
  return { bookId, statementAccount, categoryId: top, categoryAccounts: members.length, transactions: events.length, entries: entryCount };
}

// ------------------------------------------------------------------ timing

interface Timing { report: string; database: string; p50: number; p95: number; target: number }

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function time(yoga: Daybook, query: string, variables: Record<string, unknown>, check: (data: any) => void): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < WARMUP; i++) check(await graphqlRequest(yoga, query, variables));
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await graphqlRequest(yoga, query, variables);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** The issue's targets at p95: 50 ms for the reports that read a bounded set of accounts, 200 ms for the rest. */
const FAST = 50;
const TARGET = 200;

const balanced = (d: any) => {
  if (d.book.trialBalance.totalDebits !== d.book.trialBalance.totalCredits) throw new Error('trial balance does not balance');
};
const reconciled = (d: any) => {
  for (const r of d.book.reconciliation) if (!/^0\.00$/.test(r.difference)) throw new Error(`reconciliation difference ${r.difference}`);
};
const aPage = (d: any) => {
  const a = d.book.agedBalances;
  if (a.rows.length !== 100 || !a.pageInfo.hasNextPage) throw new Error(`aged page of ${a.rows.length} rows`);
};

async function benchmark(database: string, db: Database, yoga: Daybook, seeded: Seeded): Promise<Timing[]> {
  const { bookId, statementAccount, categoryId } = seeded;
  const asOf = '2025-12-31';
  const aged = (order: string) =>
    `query($b: ID!, $a: Date!) { book(id: $b) { agedBalances(ledgerCode: "SL", asOf: $a, first: 100, orderBy: ${order}) { totals total rows { account { code } amounts total overdue } pageInfo { hasNextPage endCursor } } } }`;
  const cases: [string, number, string, Record<string, unknown>, (data: any) => void][] = [
    ['trialBalance (now)', FAST, `query($b: ID!) { book(id: $b) { trialBalance { totalDebits totalCredits lines { account { code } debit credit } } } }`, { b: bookId }, balanced],
    [`trialBalance (asOf ${asOf})`, FAST, `query($b: ID!, $a: Date) { book(id: $b) { trialBalance(asOf: $a) { totalDebits totalCredits lines { account { code } debit credit } } } }`, { b: bookId, a: asOf }, balanced],
    ['agedBalances SL, 100 rows by code (asOf 2026-12-31)', TARGET, aged('ACCOUNT_CODE'), { b: bookId, a: '2026-12-31' }, aPage],
    [`agedBalances SL, 100 rows by code (asOf ${asOf})`, TARGET, aged('ACCOUNT_CODE'), { b: bookId, a: asOf }, aPage],
    ['agedBalances SL, 100 most overdue (asOf 2026-12-31)', TARGET, aged('OVERDUE'), { b: bookId, a: '2026-12-31' }, aPage],
    [`statement ${statementAccount} (1 year, 2026)`, FAST, `query($b: ID!, $c: String!) { book(id: $b) { account(code: $c) { statement(from: "2026-01-01", to: "2026-12-31") { opening closing debits credits lines { date number debit credit runningBalance } } } } }`, { b: bookId, c: statementAccount }, () => {}],
    [`category balance, ${seeded.categoryAccounts} accounts (now)`, FAST, `query($id: ID!) { node(id: $id) { ... on Category { balance { posted postedDebits postedCredits } } } }`, { id: categoryId }, () => {}],
    [`category balance, ${seeded.categoryAccounts} accounts (asOf ${asOf})`, FAST, `query($id: ID!, $a: Date) { node(id: $id) { ... on Category { balance(asOf: $a) { posted } } } }`, { id: categoryId, a: asOf }, () => {}],
    ['reconciliation (now)', TARGET, `query($b: ID!) { book(id: $b) { reconciliation { controlAccount { code } difference } } }`, { b: bookId }, reconciled],
    [`reconciliation (asOf ${asOf})`, TARGET, `query($b: ID!, $a: Date) { book(id: $b) { reconciliation(asOf: $a) { controlAccount { code } difference } } }`, { b: bookId, a: asOf }, reconciled],
    ['latePayers, 20 rows (asOf 2026-12-31, 365-day window)', TARGET, `query($b: ID!) { book(id: $b) { latePayers(asOf: "2026-12-31", first: 20) { rowCount rows { account { code } averageDaysToPay overdue overdueItems } } } }`, { b: bookId }, (d: any) => {
      if (d.book.latePayers.rows.length === 0) throw new Error('no late payers');
    }],
    ['receivablesForecast, 13 weeks (from 2026-10-01)', TARGET, `query($b: ID!) { book(id: $b) { receivablesForecast(from: "2026-10-01") { total overdue { amount items } weeks { start amount items } later { amount items } } } }`, { b: bookId }, () => {}],
    ['taxSummary (2026 Q4)', TARGET, `query($b: ID!) { book(id: $b) { taxSummary(from: "2026-10-01", to: "2026-12-31") { taxCode { code } net tax } } }`, { b: bookId }, () => {}],
  ];
  const timings: Timing[] = [];
  for (const [report, target, query, variables, check] of cases) {
    const { p50, p95 } = await time(yoga, query, variables, check);
    progress(`  ${database}: ${report}: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
    timings.push({ report, database, p50, p95, target });
  }
  // the aged total equals the debtors control account (invariant 6 meets invariant 2), and
  // the pages by code add up to the totals
  for (const on of ['2026-12-31', asOf]) {
    const check = await graphqlRequest(yoga, `query($b: ID!, $a: Date!) { book(id: $b) { agedBalances(ledgerCode: "SL", asOf: $a, first: 0) { total } account(code: "1100") { balance(asOf: $a) { posted } } } }`, { b: bookId, a: on });
    if (check.book.agedBalances.total !== check.book.account.balance.posted) throw new Error(`aged debtors on ${on} do not add up to the debtors control account`);
  }
  void db;
  return timings;
}

interface Stored { [database: string]: { [size: string]: { at: string; timings: Timing[] } } }

function readResults(): Stored {
  return existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Stored) : {};
}

function storeResults(timings: Timing[]) {
  const stored = readResults();
  for (const database of new Set(timings.map((t) => t.database))) {
    (stored[database] ??= {})[SIZE] = { at: new Date().toISOString(), timings: timings.filter((t) => t.database === database) };
  }
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, JSON.stringify(stored, null, 2));
}

function printTable(timings: Timing[], seeded: Map<string, Seeded>) {
  const stored = readResults();
  const baseline = (t: Timing) => (SIZE === DEFAULT_SIZE ? undefined : stored[t.database]?.[DEFAULT_SIZE]?.timings.find((b) => b.report === t.report));
  const growth = (now: number, before: number | undefined) => (before ? `×${(now / before).toFixed(1)}` : '–');
  const rows = [['database', 'report', 'p50 ms', 'p95 ms', 'target ms', 'p95/target', 'p50 growth', 'p95 growth']];
  for (const t of timings) {
    const b = baseline(t);
    rows.push([t.database, t.report, t.p50.toFixed(1), t.p95.toFixed(1), String(t.target), `${(t.p95 / t.target).toFixed(2)}${t.p95 > t.target ? '  OVER' : ''}`, growth(t.p50, b?.p50), growth(t.p95, b?.p95)]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  console.log('');
  for (const [database, s] of seeded) console.log(`${database}: ${s.entries.toLocaleString('en')} entries, ${s.transactions.toLocaleString('en')} transactions, ${ACCOUNTS.toLocaleString('en')} accounts; ${RUNS} timed runs per report after ${WARMUP} warm-up runs`);
  if (SIZE !== DEFAULT_SIZE) console.log(`growth: against the default run (${DEFAULT_SIZE}) stored in ${RESULTS}${timings.some((t) => baseline(t)) ? '' : ' (none stored yet: run `npm run bench` first)'}`);
  console.log('');
  console.log(line(rows[0]!));
  console.log(`|${widths.map((w, i) => (i >= 2 ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|')}|`);
  for (const r of rows.slice(1)) console.log(line(r));
}

/** What seed() returned, read back from a kept database (BENCH_REUSE). */
async function seededIn(db: Database): Promise<Seeded> {
  const prisma = db.prisma;
  const book = await prisma.book.findFirstOrThrow({ where: { name: 'Bench Ltd' }, orderBy: { createdAt: 'desc' } });
  const category = await prisma.category.findFirstOrThrow({ where: { bookId: book.id, name: 'Key customers' } });
  const sl = await prisma.ledger.findFirstOrThrow({ where: { bookId: book.id, code: 'SL' } });
  // the customer with the median activity, as seed() picks it
  const customers = await prisma.account.findMany({ where: { bookId: book.id, ledgerId: sl.id }, select: { code: true, balance: { select: { lastSequence: true } } } });
  customers.sort((a, b) => (a.balance?.lastSequence ?? 0) - (b.balance?.lastSequence ?? 0));
  return {
    bookId: book.id,
    statementAccount: customers[Math.floor(customers.length / 2)]!.code,
    categoryId: category.id,
    categoryAccounts: await prisma.categoryAccount.count({ where: { bookId: book.id } }),
    transactions: await prisma.transaction.count({ where: { bookId: book.id } }),
    entries: await prisma.entry.count({ where: { bookId: book.id } }),
  };
}

async function run(database: string, target: DatabaseTarget, sinkFor: (() => Promise<Sink>) | undefined): Promise<{ timings: Timing[]; seeded: Seeded }> {
  progress(`${database}: migrating`);
  await applyMigrations(target);
  const db = await openDatabase(target);
  try {
    const yoga = createDaybook(db, createLogger(process.env.BENCH_LOG ?? 'silent'));
    let seeded: Seeded;
    if (sinkFor) {
      await bootstrapAdmin(db, { adminToken: TOKEN, dataDir: tmpdir() });
      const started = performance.now();
      seeded = await seed(db, yoga, await sinkFor());
      progress(`${database}: seeded ${seeded.entries} entries in ${((performance.now() - started) / 1000).toFixed(1)} s; timing`);
    } else {
      seeded = await seededIn(db);
      progress(`${database}: reusing ${seeded.entries} entries; timing`);
    }
    return { timings: await benchmark(database, db, yoga, seeded), seeded };
  } finally {
    await db.close();
  }
}

export async function benchReports() {
  const timings: Timing[] = [];
  const seeded = new Map<string, Seeded>();
  if (REUSE) {
    const result = REUSE.startsWith('postgres')
      ? await run('PostgreSQL', { kind: 'postgres', url: REUSE }, undefined)
      : await run('SQLite', { kind: 'sqlite', file: REUSE }, undefined);
    timings.push(...result.timings);
    seeded.set(result.timings[0]!.database, result.seeded);
  }
  if (!REUSE && DATABASES.includes('sqlite')) {
    const dir = mkdtempSync(join(tmpdir(), 'daybook-bench-'));
    const file = join(dir, 'bench.db');
    try {
      const result = await run('SQLite', { kind: 'sqlite', file }, async () => sqliteSink(file));
      timings.push(...result.timings);
      seeded.set('SQLite', result.seeded);
    } finally {
      if (process.env.BENCH_KEEP) progress(`kept ${file}`);
      else rmSync(dir, { recursive: true, force: true });
    }
  }
  if (!REUSE && DATABASES.includes('postgres')) {
    let server: PostgresServer | undefined;
    let base = process.env.DAYBOOK_TEST_PG_URL;
    try {
      if (!base) {
        progress('PostgreSQL: starting a throwaway server');
        server = await startPostgres();
        base = server.url;
      }
    } catch (error) {
      progress(`PostgreSQL skipped: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    }
    if (base) {
      const url = await createTestDatabase(base, 'daybook_bench');
      try {
        const result = await run('PostgreSQL', { kind: 'postgres', url }, () => postgresSink(url));
        timings.push(...result.timings);
        seeded.set('PostgreSQL', result.seeded);
      } finally {
        // BENCH_KEEP with a server of your own (DAYBOOK_TEST_PG_URL) keeps the database for profiling
        if (process.env.BENCH_KEEP && !server) progress(`kept ${url}`);
        else await dropTestDatabase(url);
        await server?.stop();
      }
    }
  }
  printTable(timings, seeded);
  storeResults(timings);
}
