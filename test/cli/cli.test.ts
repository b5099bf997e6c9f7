// The `daybook` command line in real processes on real databases: help and exit codes, a
// book from init, the CSV imports (dry run reports, all or nothing, idempotent reruns), the
// exports compared with the GraphQL reports, API keys, and --url against a running server.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { toCsv } from '../../src/cli/csv.ts';
import { cleanEnv, daybook, databaseUrl, examples, ok, root } from './run.ts';

async function graphql<T>(app: TestApp, query: string, variables: Record<string, unknown> = {}, token = ADMIN_TOKEN) {
  const response = await app.yoga.fetch('http://daybook.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const csvRows = (text: string) => parse(text, { columns: true }) as Record<string, string>[];

describe('help and exit codes', { timeout: 120_000 }, () => {
  const commands = [
    [], ['serve'], ['migrate'], ['init'], ['user'], ['user', 'create'], ['key'], ['key', 'create'], ['key', 'list'], ['key', 'revoke'],
    ['import'], ['import', 'accounts'], ['import', 'opening-balances'], ['import', 'transactions'],
    ['export'], ['export', 'trial-balance'], ['export', 'statement'], ['export', 'aged'], ['export', 'tax-summary'], ['export', 'journal'], ['export', 'audit'],
  ];
  it('every command has --help: usage on stdout, exit 0', async () => {
    const queue = [...commands];
    const worker = async () => {
      for (let command = queue.shift(); command; command = queue.shift()) {
        const result = await daybook([...command, '--help']);
        expect(result.code, command.join(' ')).toBe(0);
        expect(result.stdout, command.join(' ')).toMatch(new RegExp(`^Usage: daybook ${command.join(' ')}`));
        expect(result.stderr).toBe('');
      }
    };
    await Promise.all([worker(), worker(), worker()]);
  });

  it('a usage mistake exits 2 with one hint, no stack trace', async () => {
    for (const args of [['frobnicate'], ['init'], ['export', 'trial-balance', '--book', 'x', '--as-of', '2026-02-30']]) {
      const result = await daybook(args, { DATABASE_URL: 'file:/nonexistent/never.db' });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
    const date = await daybook(['export', 'trial-balance', '--book', 'x', '--as-of', '2026-02-30']);
    expect(date.stderr).toBe('daybook: --as-of "2026-02-30" must be a date YYYY-MM-DD\n');
  });
});

describe.each(databaseKinds())('the command line on %s', { timeout: 300_000 }, (kind) => {
  let app: TestApp;
  let env: Record<string, string>;
  let bookId: string;
  const dir = mkdtempSync(join(tmpdir(), 'daybook-cli-'));

  beforeAll(async () => {
    app = await createTestApp(kind);
    env = { DATABASE_URL: databaseUrl(app.target), DAYBOOK_DATA_DIR: dir };
  });
  afterAll(() => app?.close());

  it('init makes a STANDARD book and prints its id; --json prints the book', async () => {
    const plain = await ok(['init', '--name', 'Agency'], env);
    bookId = plain.stdout.trim();
    expect(bookId).toMatch(/^[0-9a-f-]{36}$/);
    const data = await graphql<{ book: { name: string; ledgers: { code: string }[] } }>(app, `query ($id: ID!) { book(id: $id) { name ledgers { code } } }`, { id: bookId });
    expect(data.book.name).toBe('Agency');
    expect(data.book.ledgers.map((l) => l.code).sort()).toEqual(['CB', 'CL', 'NL', 'PL', 'SL', 'ST']);
    const json = JSON.parse((await ok(['--json', 'init', '--name', 'Empty one', '--template', 'EMPTY', '--currency', 'EUR'], env)).stdout);
    expect(json).toMatchObject({ name: 'Empty one', baseCurrency: 'EUR', template: 'EMPTY' });
  });

  it('an unknown book is NOT_FOUND (exit 1), also to the system admin', async () => {
    const result = await daybook(['export', 'trial-balance', '--book', '01a00000-0000-7000-8000-000000000000'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^daybook: No book 01a00000-0000-7000-8000-000000000000.*\(NOT_FOUND\)\n$/);
  });

  it('imports the chart of accounts: dry run writes nothing, the real run all, a rerun skips them', async () => {
    const file = join(examples, 'accounts.csv');
    const dry = JSON.parse((await ok(['--json', 'import', 'accounts', '--book', bookId, file, '--dry-run'], env)).stdout);
    expect(dry).toMatchObject({ dryRun: true, rows: 5, problems: [] });
    expect(await app.db.prisma.account.count({ where: { bookId, code: 'ACME' } })).toBe(0);
    expect((await ok(['import', 'accounts', '--book', bookId, file], env)).stdout).toContain('5 accounts imported, 0 already there');
    expect((await ok(['import', 'accounts', '--book', bookId, file], env)).stdout).toContain('0 accounts imported, 5 already there');
  });

  it('a bad accounts file: every bad row with line, column and reason, and nothing written', async () => {
    const file = join(dir, 'bad-accounts.csv');
    writeFileSync(
      file,
      ['ledger,code,name,type', 'SL,NEWCO,New Co,CUSTOMER', 'XX,OTHER,Other,CUSTOMER', 'SL,NEWCO,Twice,CUSTOMER', 'SL,BAD CODE,,CUSTOMR'].join('\n'),
    );
    const result = await daybook(['--json', 'import', 'accounts', '--book', bookId, file], env);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).problems).toEqual([
      { line: 5, column: 'code', reason: '"BAD CODE" is not a code (letters, digits, . _ -, at most 40)' },
      { line: 5, column: 'name', reason: 'is required' },
      { line: 5, column: 'type', reason: expect.stringContaining('"CUSTOMR" is not one of') },
      { line: 4, column: 'code', reason: '"NEWCO" is already on line 2' },
    ]);
    // the rows good on their own: the service refuses the unknown ledger, so none is written
    writeFileSync(file, ['ledger,code,name,type', 'SL,NEWCO,New Co,CUSTOMER', 'XX,OTHER,Other,CUSTOMER'].join('\n'));
    const refused = await daybook(['--json', 'import', 'accounts', '--book', bookId, file], env);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).problems).toEqual([{ line: 3, column: 'ledger', reason: expect.stringContaining('(NOT_FOUND)') }]);
    expect(await app.db.prisma.account.count({ where: { bookId, code: 'NEWCO' } })).toBe(0);
  });

  it('imports opening balances as one balanced journal, once', async () => {
    const file = join(examples, 'opening-balances.csv');
    await ok(['import', 'opening-balances', '--book', bookId, '--date', '2025-12-31', file, '--dry-run'], env);
    expect(await app.db.prisma.transaction.count({ where: { bookId } })).toBe(0);
    const first = JSON.parse((await ok(['--json', 'import', 'opening-balances', '--book', bookId, '--date', '2025-12-31', file], env)).stdout);
    expect(first).toMatchObject({ created: 1, skipped: 0, transactions: [{ number: 'NJ-000001' }] });
    const again = JSON.parse((await ok(['--json', 'import', 'opening-balances', '--book', bookId, '--date', '2025-12-31', file], env)).stdout);
    expect(again).toMatchObject({ created: 0, skipped: 1, transactions: [{ number: 'NJ-000001' }] });

    const unbalanced = join(dir, 'unbalanced.csv');
    writeFileSync(unbalanced, 'account,debit,credit\nBANK1,10.00,\n3000,,9.00\n');
    const result = await daybook(['import', 'opening-balances', '--book', bookId, '--date', '2025-12-31', unbalanced, '--dry-run'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('line 3, column credit: the balances do not balance: debits 10.00, credits 9.00');
  });

  it('a dry run of bad transactions reports every bad row (cells and what the posting service refuses)', async () => {
    const result = await daybook(['--json', 'import', 'transactions', '--book', bookId, join(examples, 'bad-transactions.csv'), '--dry-run'], env);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).problems).toEqual([
      { line: 2, column: 'date', reason: '"2026-02-30" is not a date YYYY-MM-DD' },
      { line: 3, column: 'account', reason: expect.stringMatching(/NOBODY.*\(NOT_FOUND\)|NOBODY.*\(BAD_USER_INPUT\)/) },
      { line: 4, column: 'tax_code', reason: expect.stringContaining('"Q"') },
      { line: 5, column: 'net', reason: '"12.3.4" is not a decimal amount such as 120.00 (a dot, no thousands separators)' },
    ]);
    const human = await daybook(['import', 'transactions', '--book', bookId, join(examples, 'bad-transactions.csv'), '--dry-run'], env);
    expect(human.stderr.split('\n')[0]).toBe('line 2, column date: "2026-02-30" is not a date YYYY-MM-DD');
  });

  it('imports transactions grouped by document, allocations by document key, idempotent on a rerun', async () => {
    const file = join(examples, 'transactions.csv');
    const first = JSON.parse((await ok(['--json', 'import', 'transactions', '--book', bookId, file], env)).stdout);
    expect(first).toMatchObject({ created: 4, skipped: 0 });
    expect(first.transactions.map((t: { number: string }) => t.number)).toEqual(['SI-000001', 'SI-000002', 'PI-000001', 'SR-000001']);
    const again = JSON.parse((await ok(['--json', 'import', 'transactions', '--book', bookId, file], env)).stdout);
    expect(again).toMatchObject({ created: 0, skipped: 4 });
    expect(await app.db.prisma.transaction.count({ where: { bookId } })).toBe(5);
    const invoice = await app.db.prisma.transaction.findFirstOrThrow({ where: { bookId, reference: 'INV-1001' } });
    expect(invoice.outstanding).toBe(0n); // the receipt settled it
  });

  it('exports the trial balance, a statement, aged balances and the tax summary with the GraphQL reports\' figures', async () => {
    const tb = csvRows((await ok(['export', 'trial-balance', '--book', bookId], env)).stdout);
    const report = await graphql<{ book: { trialBalance: { lines: { account: { code: string }; debit: string; credit: string }[]; totalDebits: string; totalCredits: string } } }>(
      app,
      `query ($id: ID!) { book(id: $id) { trialBalance { lines { account { code } debit credit } totalDebits totalCredits } } }`,
      { id: bookId },
    );
    const zeroBlank = (value: string) => (/^0\.00$/.test(value) ? '' : value);
    expect(tb.slice(0, -1).map((r) => [r.code, r.debit, r.credit])).toEqual(
      report.book.trialBalance.lines.map((l) => [l.account.code, zeroBlank(l.debit), zeroBlank(l.credit)]),
    );
    expect(tb.at(-1)).toMatchObject({ debit: report.book.trialBalance.totalDebits, credit: report.book.trialBalance.totalCredits });

    const out = join(dir, 'acme.csv');
    await ok(['export', 'statement', '--book', bookId, '--account', 'ACME', '--from', '2026-01-01', '--to', '2026-01-31', '--out', out], env);
    const statement = csvRows(readFileSync(out, 'utf8'));
    const graph = await graphql<{ book: { account: { statement: { opening: string; closing: string; lines: { number: string; runningBalance: string }[] } } } }>(
      app,
      `query ($id: ID!) { book(id: $id) { account(code: "ACME") { statement(from: "2026-01-01", to: "2026-01-31") { opening closing lines { number runningBalance } } } } }`,
      { id: bookId },
    );
    expect(statement[0]!.balance).toBe(graph.book.account.statement.opening);
    expect(statement.at(-1)!.balance).toBe(graph.book.account.statement.closing);
    expect(statement.slice(1, -1).map((r) => [r.transaction, r.balance])).toEqual(graph.book.account.statement.lines.map((l) => [l.number, l.runningBalance]));

    const aged = csvRows((await ok(['export', 'aged', '--book', bookId, '--as-of', '2026-03-31'], env)).stdout);
    const agedGraph = await graphql<{ book: { agedBalances: { rows: { account: { code: string }; total: string }[]; total: string } } }>(
      app,
      `query ($id: ID!) { book(id: $id) { agedBalances(ledgerCode: "SL", asOf: "2026-03-31") { rows { account { code } total } total } } }`,
      { id: bookId },
    );
    expect(aged.slice(0, -1).map((r) => [r.code, r.total])).toEqual(agedGraph.book.agedBalances.rows.map((r) => [r.account.code, r.total]));
    expect(aged.at(-1)!.total).toBe(agedGraph.book.agedBalances.total);

    const tax = csvRows((await ok(['export', 'tax-summary', '--book', bookId, '--from', '2026-01-01', '--to', '2026-03-31'], env)).stdout);
    const taxGraph = await graphql<{ book: { taxSummary: { taxCode: { code: string }; net: string; tax: string }[] } }>(
      app,
      `query ($id: ID!) { book(id: $id) { taxSummary(from: "2026-01-01", to: "2026-03-31") { taxCode { code } net tax } } }`,
      { id: bookId },
    );
    const byCode = (rows: { code: string; net: string; tax: string }[]) => rows.sort((a, b) => a.code.localeCompare(b.code));
    expect(byCode(tax.map((r) => ({ code: r.tax_code!, net: r.net!, tax: r.tax! })))).toEqual(byCode(taxGraph.book.taxSummary.map((r) => ({ code: r.taxCode.code, net: r.net, tax: r.tax }))));
  });

  it('exports the journal of a period and an audit file whose entries balance', async () => {
    const journal = csvRows((await ok(['export', 'journal', '--book', bookId, '--from', '2026-01-01', '--to', '2026-01-31'], env)).stdout);
    const entries = await app.db.prisma.entry.count({ where: { bookId, date: { gte: '2026-01-01', lte: '2026-01-31' } } });
    expect(journal).toHaveLength(entries);
    const audit = (await ok(['export', 'audit', '--book', bookId, '--from', '2025-01-01', '--to', '2026-12-31'], env)).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(audit.map((t) => t.number).sort()).toEqual(['NJ-000001', 'PI-000001', 'SI-000001', 'SI-000002', 'SR-000001']);
    for (const t of audit) {
      const cents = (side: string) => t.entries.filter((e: { side: string; nominal: boolean }) => e.side === side && e.nominal).reduce((s: number, e: { amount: string }) => s + Math.round(Number(e.amount) * 100), 0);
      expect(cents('DEBIT'), t.number).toBe(cents('CREDIT'));
    }
  });

  it('escapes cells a spreadsheet would run as formulas', async () => {
    const file = join(dir, 'formula.csv');
    writeFileSync(file, 'ledger,code,name,type\nNL,4999,"=HYPERLINK(""http://x"")",INCOME\n');
    await ok(['import', 'accounts', '--book', bookId, file], env);
    await ok(['import', 'opening-balances', '--book', bookId, '--date', '2025-12-30', writeTemp(dir, 'ob.csv', 'account,debit,credit\n0030,1.00,\n4999,,1.00\n')], env);
    const tb = (await ok(['export', 'trial-balance', '--book', bookId], env)).stdout;
    expect(tb).toContain(`4999,"'=HYPERLINK(""http://x"")",,`);
    expect(toCsv(['name', 'amount'], [['+1', '-5.00'], ['@x', '-'], ['-2', '3']], new Set(['amount']))).toBe("name,amount\r\n'+1,-5.00\r\n'@x,'-\r\n'-2,3\r\n");
  });

  it('API keys: create, list, revoke; the revoked key is refused', async () => {
    const created = JSON.parse((await ok(['--json', 'user', 'create', '--name', 'Bea', '--book', bookId, '--role', 'VIEWER', '--with-key'], env)).stdout);
    const beaKey = created.key.secret as string;
    const asBea = { ...env, DAYBOOK_API_KEY: beaKey };
    expect((await ok(['export', 'trial-balance', '--book', bookId], asBea)).stdout).toMatch(/^code,name,debit,credit/);
    const refused = await daybook(['init', '--name', 'Not hers'], asBea);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('(FORBIDDEN)');
    const list = JSON.parse((await ok(['--json', 'key', 'list', '--user', created.id], env)).stdout);
    expect(list).toEqual([expect.objectContaining({ id: created.key.id, user: 'Bea', revokedAt: null })]);
    expect(JSON.stringify(list)).not.toContain(beaKey);
    await ok(['key', 'revoke', created.key.id], env);
    const after = await daybook(['export', 'trial-balance', '--book', bookId], asBea);
    expect(after.code).toBe(1);
    expect(after.stderr).toBe('daybook: This API key has been revoked (UNAUTHENTICATED)\n');
  });
});

function writeTemp(dir: string, name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('--url: the same commands against a running server', { timeout: 300_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'daybook-cli-url-'));
  let server: ReturnType<typeof spawn>;
  let url: string;
  const key = 'dbk_cli_url_test_admin_key_0123456789';

  beforeAll(async () => {
    server = spawn(process.execPath, [join(root, 'bin/daybook.js'), 'serve'], {
      cwd: root,
      env: cleanEnv({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATABASE_URL: `file:${join(dir, 'd.db')}`, DAYBOOK_DATA_DIR: dir, DAYBOOK_ADMIN_TOKEN: key }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    url = await new Promise<string>((resolveUrl, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no serving line:\n${out}`)), 30_000);
      server.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /"url":"([^"]+)"/.exec(out);
        if (match) {
          clearTimeout(timer);
          resolveUrl(match[1]!);
        }
      });
    });
  });
  afterAll(() => {
    server?.kill('SIGTERM');
  });

  it('init, import and export a statement over HTTP with a key', async () => {
    const remote = ['--url', url, '--key', key];
    const noDb = { DATABASE_URL: 'file:/nonexistent/dir/never.db' }; // proves nothing opens a database
    const bookId = (await ok([...remote, 'init', '--name', 'Remote'], noDb)).stdout.trim();
    expect((await ok([...remote, 'import', 'accounts', '--book', bookId, join(examples, 'accounts.csv')], noDb)).stdout).toContain('5 accounts imported');
    const tx = JSON.parse((await ok([...remote, '--json', 'import', 'transactions', '--book', bookId, join(examples, 'transactions.csv')], noDb)).stdout);
    expect(tx.transactions.map((t: { number: string }) => t.number)).toEqual(['SI-000001', 'SI-000002', 'PI-000001', 'SR-000001']);
    const statement = csvRows((await ok([...remote, 'export', 'statement', '--book', bookId, '--account', 'ACME', '--from', '2026-01-01', '--to', '2026-01-31'], noDb)).stdout);
    expect(statement.at(-1)).toMatchObject({ description: 'Closing balance', balance: '0.00' });
    const bad = await daybook(['--url', url, '--key', 'dbk_wrong', 'init', '--name', 'x'], noDb);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('daybook: This API key is not known\n');
    const direct = await daybook(['--url', url, '--key', key, 'export', 'journal', '--book', bookId, '--from', '2026-01-01', '--to', '2026-01-31'], noDb);
    expect(direct.code).toBe(2);
  });
});

describe('daybook serve on a busy port', { timeout: 120_000 }, () => {
  it('prints one clean line and exits 1: no stack trace, no WebSocket server error', async () => {
    const { createServer } = await import('node:net');
    const holder = createServer();
    await new Promise<void>((resolveListen) => holder.listen(0, '127.0.0.1', resolveListen));
    const port = (holder.address() as { port: number }).port;
    const dir = mkdtempSync(join(tmpdir(), 'daybook-busy-'));
    try {
      const result = await daybook(['serve'], { PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: `file:${join(dir, 'd.db')}`, DAYBOOK_DATA_DIR: dir, DAYBOOK_ADMIN_TOKEN: 'dbk_busy_port_admin_key_0123456789' });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`daybook: cannot listen on 127.0.0.1:${port} (PORT, HOST): listen EADDRINUSE: address already in use 127.0.0.1:${port}\n`);
    } finally {
      holder.close();
    }
  });
});
