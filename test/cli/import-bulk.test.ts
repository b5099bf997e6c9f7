// `daybook import transactions` through the bulk path, in process (the command's own
// function, on the test's database): all or nothing by default, --partial keeps the good
// documents, a rerun posts nothing twice, and a file larger than one createTransactions
// request is still one all-or-nothing write. What was written is read back through GraphQL.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { standardBook } from '../support/books.ts';
import { ImportRefused, importTransactions, type ImportResult } from '../../src/cli/import.ts';
import { databaseUrl } from './run.ts';

const Figures = graphql(`
  query ImportFigures($bookId: ID!) {
    book(id: $bookId) {
      acme: account(code: "ACME") { balance { posted } }
      globex: account(code: "GLOBEX") { balance { posted } }
      trialBalance { totalDebits totalCredits }
    }
  }
`);

const HEADER = 'document,type,date,account,counter_account,amount,line_account,net,tax_code,allocate_to,allocate_amount';

/** The file's problems, or its result when it is imported. */
async function run(file: string, options: { book: string; database: string; partial?: boolean }): Promise<ImportResult> {
  try {
    return await importTransactions(file, { ...options, progress: false });
  } catch (error) {
    if (error instanceof ImportRefused) return error.result;
    throw error;
  }
}

describe.each(databaseKinds())('import transactions through the bulk path on %s', { timeout: 120_000 }, (kind) => {
  let app: TestApp;
  let bookId: string;
  let database: string;
  const dir = mkdtempSync(join(tmpdir(), 'daybook-import-'));
  const write = (name: string, rows: string[]) => {
    const file = join(dir, name);
    writeFileSync(file, [HEADER, ...rows].join('\n') + '\n');
    return file;
  };
  const figures = async () => ({
    ...(await app.ok(Figures, { bookId })).book,
    transactions: { totalCount: await app.db.prisma.transaction.count({ where: { bookId } }) },
  });

  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app);
    database = databaseUrl(app.target);
  });
  afterAll(() => app?.close());

  const rows = (acme2: string, tax3: string) => [
    'INV-1,SI,2026-01-05,ACME,,,4000,100.00,S,,',
    `INV-2,SI,2026-01-06,${acme2},,,4000,200.00,S,,`,
    `INV-3,SI,2026-01-07,GLOBEX,,,4000,300.00,${tax3},,`,
    'RCPT-1,SR,2026-01-20,ACME,BANK1,120.00,,,,INV-1,120.00',
  ];

  it('all or nothing: one refused document and nothing is written; every refusal has its line and column', async () => {
    const result = await run(write('bad.csv', rows('NOBODY', 'Q')), { book: bookId, database });
    expect(result).toMatchObject({ created: 0, skipped: 0 });
    expect(result.problems).toEqual([
      { line: 3, column: 'account', reason: expect.stringContaining('NOBODY') },
      { line: 4, column: 'tax_code', reason: expect.stringContaining('"Q"') },
    ]);
    expect(await figures()).toMatchObject({ acme: { balance: { posted: '0.00' } }, transactions: { totalCount: 0 } });
  });

  it('all or nothing at write time too: an allocation the book refuses rolls back the invoices before it', async () => {
    const result = await run(write('over.csv', ['INV-9,SI,2026-01-05,ACME,,,4000,100.00,S,,', 'RCPT-9,SR,2026-01-20,ACME,BANK1,500.00,,,,INV-9,500.00']), { book: bookId, database });
    expect(result.created).toBe(0);
    expect(result.problems).toEqual([{ line: 3, column: 'allocate_to', reason: expect.stringContaining('(OVER_ALLOCATION)') }]);
    expect((await figures()).transactions.totalCount).toBe(0);
  });

  it('--partial keeps the good documents; the fixed file run again posts the rest, once', async () => {
    const partial = await run(write('bad.csv', rows('NOBODY', 'Q')), { book: bookId, database, partial: true });
    expect(partial).toMatchObject({ created: 2, skipped: 0, problems: [{ line: 3, column: 'account' }, { line: 4, column: 'tax_code' }] });
    expect(partial.transactions!.map((t) => t.document)).toEqual(['INV-1', 'RCPT-1']);
    expect(await figures()).toMatchObject({ acme: { balance: { posted: '0.00' } }, globex: { balance: { posted: '0.00' } }, transactions: { totalCount: 2 } });

    const fixed = write('fixed.csv', rows('ACME', 'S'));
    const rest = await run(fixed, { book: bookId, database });
    expect(rest).toMatchObject({ created: 2, skipped: 2, problems: [] });
    const again = await run(fixed, { book: bookId, database });
    expect(again).toMatchObject({ created: 0, skipped: 4, problems: [] });
    expect(again.transactions!.map((t) => t.number)).toEqual(rest.transactions!.map((t) => t.number));
    expect(await figures()).toMatchObject({ acme: { balance: { posted: '240.00' } }, globex: { balance: { posted: '360.00' } }, transactions: { totalCount: 4 } });
  });

  it('1,500 invoices (more than one createTransactions request): one all-or-nothing write, then idempotent', async () => {
    const invoices = Array.from({ length: 1500 }, (_, i) => `BULK-${i},SI,2026-02-${String(1 + (i % 28)).padStart(2, '0')},GLOBEX,,,4000,10.00,S,,`);
    const before = await figures();
    const refused = await run(write('bulk-bad.csv', [...invoices, 'BULK-LAST,SI,2026-02-29,GLOBEX,,,4000,10.00,S,,']), { book: bookId, database });
    expect(refused.problems).toEqual([{ line: 1502, column: 'date', reason: expect.stringContaining('2026-02-29') }]);
    const bad = await run(write('bulk-refused.csv', [...invoices, 'BULK-LAST,SI,2026-02-28,GLOBEX,,,4000,10.00,NOPE,,']), { book: bookId, database });
    expect(bad).toMatchObject({ created: 0, problems: [{ line: 1502, column: 'tax_code' }] });
    expect(await figures()).toEqual(before);

    const file = write('bulk.csv', invoices);
    expect(await run(file, { book: bookId, database })).toMatchObject({ created: 1500, skipped: 0, problems: [] });
    expect(await run(file, { book: bookId, database })).toMatchObject({ created: 0, skipped: 1500, problems: [] });
    const after = await figures();
    expect(after.transactions.totalCount).toBe(before.transactions.totalCount + 1500);
    expect(after.globex!.balance.posted).toBe('18360.00'); // 360.00 + 1,500 × 12.00
    expect(after.trialBalance!.totalDebits).toBe(after.trialBalance!.totalCredits);
  });
});
