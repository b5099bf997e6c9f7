// `daybook import accounts|opening-balances|transactions FILE`: CSV files checked row by row
// (--dry-run reports every bad row with its line, column and reason and writes nothing),
// then imported through the same services as the API. See docs/cli.md for the columns.
import { SingleBar, Presets } from 'cli-progress';
import { DomainError } from '../domain/errors.ts';
import { runChange } from '../services/runner.ts';
import { requireCapability } from '../services/access.ts';
import type { CreateAccountInput } from '../services/configuration.ts';
import type { CreateTransactionInput } from '../services/posting.ts';
import { RefusedError, remoteOf, openDirect, type Direct, type GlobalOptions, type Remote } from './common.ts';
import { checkCells, isCode, isDate, isDecimal, isPositiveDecimal, oneOf, readCsv, type ColumnSpec, type CsvRow, type RowProblem } from './csv.ts';

export const ACCOUNT_TYPES = ['ASSET', 'LIABILITY', 'EQUITY', 'INCOME', 'EXPENSE', 'CUSTOMER', 'SUPPLIER', 'BANK', 'CASH', 'CLIENT', 'STOCK_ITEM', 'OTHER'] as const;
const SIDES = ['DEBIT', 'CREDIT'] as const;
const LIMIT_NAMES = ['NONE', 'NO_DEBIT_BALANCE', 'NO_CREDIT_BALANCE'] as const;

export const ACCOUNT_COLUMNS: readonly ColumnSpec[] = [
  { name: 'ledger', required: true, check: isCode, description: 'the ledger code: NL (nominal), SL (customers), PL (suppliers), CB, CL, ST in a STANDARD book' },
  { name: 'code', required: true, check: isCode, description: 'the account code, unique in the book' },
  { name: 'name', required: true, description: 'the account name' },
  { name: 'type', required: true, check: oneOf(ACCOUNT_TYPES), description: ACCOUNT_TYPES.join(', ') },
  { name: 'currency', check: (v) => (/^[A-Z]{3}$|^[A-Z0-9]{1,10}$/.test(v) ? undefined : `"${v}" is not a currency or unit code`), description: 'ISO 4217 code (default: the book\'s), or a unit for a stock item' },
  { name: 'normal_side', check: oneOf(SIDES), description: 'DEBIT or CREDIT (default: by type)' },
  { name: 'limit', check: oneOf(LIMIT_NAMES), description: LIMIT_NAMES.join(', ') + ' (default NONE)' },
  { name: 'control_account', check: isCode, description: 'the nominal control account a subsidiary account rolls up to (default: its ledger\'s)' },
];

export const OPENING_COLUMNS: readonly ColumnSpec[] = [
  { name: 'account', required: true, check: isCode, description: 'an account code: nominal, customer, supplier or bank (not a control account)' },
  { name: 'debit', check: isPositiveDecimal, description: 'the debit balance, e.g. 1200.00' },
  { name: 'credit', check: isPositiveDecimal, description: 'the credit balance (one of debit or credit per row)' },
  { name: 'description', description: 'the journal line\'s text' },
];

export const TRANSACTION_COLUMNS: readonly ColumnSpec[] = [
  { name: 'document', required: true, check: (v) => (v.length <= 100 ? undefined : 'longer than 100 characters'), description: 'your key of the document: its rows are one transaction; the idempotency key is "import:<document>"' },
  { name: 'type', check: isCode, description: 'the transaction type code (SI, PI, SR, NJ…); on the document\'s first row' },
  { name: 'date', check: isDate, description: 'YYYY-MM-DD; on the first row' },
  { name: 'account', check: isCode, description: 'the ledger account (customer, supplier, bank)' },
  { name: 'counter_account', check: isCode, description: 'the other account of an inter-ledger or inter-account type (e.g. BANK1 for SR)' },
  { name: 'due_date', check: isDate, description: 'YYYY-MM-DD' },
  { name: 'reference', description: 'your reference (invoice number)' },
  { name: 'description', description: 'the transaction\'s text' },
  { name: 'currency', check: (v) => (/^[A-Z]{3}$/.test(v) ? undefined : `"${v}" is not an ISO 4217 code`), description: 'default: the account\'s' },
  { name: 'amount', check: isPositiveDecimal, description: 'for types without lines (receipts, payments, transfers)' },
  { name: 'line_account', check: isCode, description: 'the line\'s account (analysis account; a journal line\'s account)' },
  { name: 'line_description', description: 'the line\'s text' },
  { name: 'quantity', check: isDecimal, description: 'stock quantity' },
  { name: 'net', check: isDecimal, description: 'the line\'s net amount' },
  { name: 'tax_code', check: isCode, description: 'the line\'s tax code (S, R, Z…)' },
  { name: 'side', check: oneOf(SIDES), description: 'a journal line\'s side: DEBIT or CREDIT' },
  { name: 'allocate_to', description: 'a receipt, payment or credit note settles this document (its document key, in this file or imported before)' },
  { name: 'allocate_amount', check: isPositiveDecimal, description: 'how much of it (with allocate_to)' },
];

export interface ImportOptions extends GlobalOptions {
  book: string;
  dryRun?: boolean;
  partial?: boolean;
  date?: string;
  progress?: boolean;
}

export interface ImportResult {
  kind: string;
  file: string;
  dryRun: boolean;
  rows: number;
  /** accounts or documents */
  created: number;
  /** already there (the same account, or a document replayed by its idempotency key) */
  skipped: number;
  problems: RowProblem[];
  transactions?: { document: string; id: string; number: string }[];
}

/** The bad rows: exit 1 with every problem, one per line ("line 3, column net: …"). */
export class ImportRefused extends RefusedError {
  constructor(readonly result: ImportResult) {
    super(`${result.file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}; nothing was imported`, 'BAD_USER_INPUT', result);
  }
}

export function describeProblems(problems: readonly RowProblem[]): string {
  return problems.map((p) => `line ${p.line}, column ${p.column}: ${p.reason}`).join('\n');
}

function progressBar(options: ImportOptions, total: number) {
  const show = options.progress ?? (!options.json && process.stderr.isTTY && total >= 200);
  if (!show) return { tick: () => {}, stop: () => {} };
  const bar = new SingleBar({ stream: process.stderr, format: 'importing [{bar}] {value}/{total} {eta_formatted}' }, Presets.shades_classic);
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}

// --------------------------------------------------------------------- a service error → a cell

/** The CSV column a service's `field` names (lines[i].x are the document's i-th line row). */
function cellOf(field: unknown, rows: readonly CsvRow[], lineRows: readonly CsvRow[], map: Record<string, string>): { line: number; column: string } {
  const text = typeof field === 'string' ? field : '';
  const line = /^lines\[(\d+)\]\.?(\w*)/.exec(text);
  if (line) {
    const row = lineRows[Number(line[1])] ?? rows[0]!;
    return { line: row.line, column: map[`lines.${line[2]}`] ?? map.lines ?? 'net' };
  }
  if (text.startsWith('allocations') && map.allocations) {
    const first = rows.find((row) => row.cells.allocate_to) ?? rows[0]!;
    return { line: first.line, column: map.allocations };
  }
  return { line: rows[0]!.line, column: map[text] ?? (text || 'document') };
}

function problemOf(error: unknown, rows: readonly CsvRow[], lineRows: readonly CsvRow[], map: Record<string, string>): RowProblem {
  if (error instanceof DomainError) {
    const at = cellOf(error.details.field, rows, lineRows, map);
    return { ...at, reason: `${error.message} (${error.code})` };
  }
  if (error instanceof RefusedError) {
    const details = (error.details ?? {}) as { field?: unknown };
    const at = cellOf(details.field, rows, lineRows, map);
    return { ...at, reason: `${error.message} (${error.code})` };
  }
  throw error;
}

// ------------------------------------------------------------------------------ accounts

const ACCOUNT_FIELDS: Record<string, string> = {
  ledgerCode: 'ledger', code: 'code', name: 'name', type: 'type', currency: 'currency',
  normalSide: 'normal_side', limit: 'limit', controlAccountCode: 'control_account',
};

function accountInput(bookId: string, row: CsvRow): CreateAccountInput {
  const c = row.cells;
  return {
    bookId,
    ledgerCode: c.ledger!,
    code: c.code!,
    name: c.name!,
    type: c.type!.toUpperCase() as CreateAccountInput['type'],
    currency: c.currency || null,
    normalSide: (c.normal_side?.toUpperCase() || null) as CreateAccountInput['normalSide'],
    limit: (c.limit?.toUpperCase() || null) as CreateAccountInput['limit'],
    controlAccountCode: c.control_account || null,
  };
}

export async function importAccounts(file: string, options: ImportOptions): Promise<ImportResult> {
  const rows = readCsv(file, ACCOUNT_COLUMNS);
  const result: ImportResult = { kind: 'accounts', file, dryRun: !!options.dryRun, rows: rows.length, created: 0, skipped: 0, problems: checkCells(rows, ACCOUNT_COLUMNS) };
  const seen = new Map<string, number>();
  for (const row of rows) {
    const code = row.cells.code;
    if (!code) continue;
    const first = seen.get(code);
    if (first) result.problems.push({ line: row.line, column: 'code', reason: `"${code}" is already on line ${first}` });
    else seen.set(code, row.line);
  }
  if (result.problems.length) throw new ImportRefused(result);
  if (options.url) return importAccountsRemote(remoteOf(options), rows, options, result);

  const direct = await openDirect(options);
  try {
    const { createAccountIn } = await import('../services/configuration.ts');
    const { db, actor } = direct;
    const existing = new Map(
      (await db.prisma.account.findMany({ where: { bookId: options.book, code: { in: [...seen.keys()] } }, select: { code: true, name: true, type: true, ledger: { select: { code: true } } } })).map((a) => [a.code, a]),
    );
    const fresh: CsvRow[] = [];
    for (const row of rows) {
      const had = existing.get(row.cells.code!);
      if (!had) fresh.push(row);
      else if (had.ledger.code === row.cells.ledger && had.type === row.cells.type!.toUpperCase()) result.skipped++; // imported before
      else result.problems.push({ line: row.line, column: 'code', reason: `account "${had.code}" already exists in ledger ${had.ledger.code} as ${had.type}` });
    }
    const bar = progressBar(options, fresh.length);
    const createAll = async (write: boolean) => {
      // one database transaction: every account, or (a bad row, --dry-run) none of them
      await runChange(db.prisma, async (tx) => {
        await requireCapability(tx, actor, options.book, 'configure');
        for (const row of fresh) {
          try {
            await createAccountIn(tx, actor, accountInput(options.book, row));
            result.created++;
          } catch (error) {
            result.problems.push(problemOf(error, [row], [], ACCOUNT_FIELDS));
          }
          bar.tick();
        }
        if (!write || result.problems.length) throw ROLLBACK;
      }).catch((error: unknown) => {
        if (error !== ROLLBACK) throw error;
      });
    };
    if (options.partial && !options.dryRun) {
      const { createAccount } = await import('../services/configuration.ts');
      for (const row of fresh) {
        try {
          await createAccount(db.prisma, actor, accountInput(options.book, row));
          result.created++;
        } catch (error) {
          result.problems.push(problemOf(error, [row], [], ACCOUNT_FIELDS));
        }
        bar.tick();
      }
    } else if (fresh.length) {
      await createAll(!options.dryRun);
      if (options.dryRun || result.problems.length) result.created = 0;
    }
    bar.stop();
    if (result.problems.length && !options.partial) throw new ImportRefused(result);
    return result;
  } finally {
    await direct.close();
  }
}

const ROLLBACK = Symbol('rollback');

async function importAccountsRemote(remote: Remote, rows: CsvRow[], options: ImportOptions, result: ImportResult): Promise<ImportResult> {
  if (options.dryRun) return result; // the cells are checked; the server checks the rest on the real run
  for (const row of rows) {
    const { bookId, ...input } = accountInput(options.book, row);
    try {
      await remote.request(`mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }`, {
        input: { bookId, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null)) },
      });
      result.created++;
    } catch (error) {
      const problem = problemOf(error, [row], [], ACCOUNT_FIELDS);
      if (/already/.test(problem.reason)) result.skipped++;
      else result.problems.push(problem);
      if (!options.partial && result.problems.length) break;
    }
  }
  if (result.problems.length && !options.partial) throw new ImportRefused(result);
  return result;
}

// ------------------------------------------------------------------- documents (transactions)

/** A transaction to post, with the CSV rows it came from (for line numbers in problems). */
export interface ImportDocument {
  key: string;
  rows: CsvRow[];
  /** the rows that are lines, in order: lines[i] is lineRows[i] */
  lineRows: CsvRow[];
  input: CreateTransactionInput;
  /** what it settles: document keys, resolved to transactions when it is posted */
  allocations: { to: string; amount: string; row: CsvRow }[];
}

const TRANSACTION_FIELDS: Record<string, string> = {
  typeCode: 'type', date: 'date', accountCode: 'account', counterAccountCode: 'counter_account', dueDate: 'due_date',
  reference: 'reference', description: 'description', currency: 'currency', amount: 'amount', lines: 'net',
  'lines.accountCode': 'line_account', 'lines.description': 'line_description', 'lines.quantity': 'quantity',
  'lines.net': 'net', 'lines.taxCode': 'tax_code', 'lines.side': 'side', idempotencyKey: 'document', allocations: 'allocate_to',
};

const OPENING_FIELDS: Record<string, string> = { lines: 'debit', 'lines.accountCode': 'account', 'lines.net': 'debit', 'lines.side': 'debit', 'lines.description': 'description', date: 'account' };

const DOCUMENT_CELLS = ['type', 'date', 'account', 'counter_account', 'due_date', 'reference', 'description', 'currency', 'amount'] as const;
const LINE_CELLS = ['line_account', 'line_description', 'quantity', 'net', 'tax_code', 'side'] as const;

/** Groups rows by their document key (in order of first appearance) and builds each input. */
export function documentsOf(bookId: string, rows: readonly CsvRow[], problems: RowProblem[]): ImportDocument[] {
  const groups = new Map<string, CsvRow[]>();
  for (const row of rows) {
    const key = row.cells.document;
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const documents: ImportDocument[] = [];
  for (const [key, group] of groups) {
    const first = group[0]!;
    let ok = true;
    for (const row of group.slice(1)) {
      for (const cell of DOCUMENT_CELLS) {
        const value = row.cells[cell] ?? '';
        if (value !== '' && value !== (first.cells[cell] ?? '')) {
          problems.push({ line: row.line, column: cell, reason: `"${value}" differs from line ${first.line} of document "${key}" ("${first.cells[cell] ?? ''}"): leave it blank or repeat it` });
          ok = false;
        }
      }
    }
    for (const cell of ['type', 'date'] as const) {
      if (!first.cells[cell]) {
        problems.push({ line: first.line, column: cell, reason: `is required on the first row of document "${key}"` });
        ok = false;
      }
    }
    const lineRows = group.filter((row) => LINE_CELLS.some((cell) => row.cells[cell]));
    const allocations: ImportDocument['allocations'] = [];
    for (const row of group) {
      const { allocate_to: to, allocate_amount: amount } = row.cells;
      if (!to && !amount) continue;
      if (!to || !amount) {
        problems.push({ line: row.line, column: to ? 'allocate_amount' : 'allocate_to', reason: 'allocate_to and allocate_amount go together' });
        ok = false;
      } else allocations.push({ to, amount, row });
    }
    for (const row of lineRows) {
      if (!row.cells.net) {
        problems.push({ line: row.line, column: 'net', reason: 'a line needs its net amount' });
        ok = false;
      }
    }
    if (!ok) continue;
    const c = first.cells;
    const text = (value: string | undefined) => value || null;
    documents.push({
      key,
      rows: group,
      lineRows,
      allocations,
      input: {
        bookId,
        typeCode: c.type!,
        date: c.date!,
        accountCode: text(c.account),
        counterAccountCode: text(c.counter_account),
        dueDate: text(c.due_date),
        reference: text(c.reference),
        description: text(c.description),
        currency: text(c.currency),
        ...(c.amount ? { amount: c.amount } : {}),
        ...(lineRows.length
          ? {
              lines: lineRows.map((row) => ({
                net: row.cells.net!,
                accountCode: text(row.cells.line_account),
                description: text(row.cells.line_description),
                ...(row.cells.quantity ? { quantity: row.cells.quantity } : {}),
                taxCode: text(row.cells.tax_code),
                side: (row.cells.side?.toUpperCase() || null) as 'DEBIT' | 'CREDIT' | null,
              })),
            }
          : {}),
        idempotencyKey: `import:${key}`,
      },
    });
  }
  return documents;
}

export interface Posted {
  key: string;
  id: string;
  number: string;
  replayed: boolean;
}

/**
 * Posts the documents, in order. The one place an import writes transactions: today one
 * createTransaction per document (each its own database transaction, idempotent by its key);
 * the bulk posting path will take the whole list here, all or nothing.
 */
export async function postDocuments(
  target: { direct: Direct } | { remote: Remote },
  documents: readonly ImportDocument[],
  onDone: (document: ImportDocument, outcome: Posted | RowProblem) => void,
  map: Record<string, string> = TRANSACTION_FIELDS,
): Promise<void> {
  // document key → transaction id, for allocate_to: this run's, else an earlier import's
  const posted = new Map<string, string>();
  const resolve = async (document: ImportDocument): Promise<CreateTransactionInput> => {
    if (!document.allocations.length) return document.input;
    const allocations = [];
    for (const { to, amount, row } of document.allocations) {
      let id = posted.get(to);
      if (!id && 'direct' in target) {
        const record = await target.direct.db.prisma.idempotencyRecord.findFirst({ where: { bookId: document.input.bookId, key: `import:${to}` }, select: { resultId: true } });
        id = record?.resultId;
      }
      if (!id) throw new RowRefused({ line: row.line, column: 'allocate_to', reason: `document "${to}" is not imported (it must come earlier in the file, or have been imported before)` });
      allocations.push({ transactionId: id, amount });
    }
    return { ...document.input, allocations };
  };
  if ('direct' in target) {
    const { createTransaction } = await import('../services/posting.ts');
    const { db, actor } = target.direct;
    for (const document of documents) {
      const key = document.input.idempotencyKey!;
      const before = await db.prisma.idempotencyRecord.findFirst({ where: { bookId: document.input.bookId, key }, select: { resultId: true } });
      try {
        const transaction = await createTransaction(db, actor, await resolve(document));
        posted.set(document.key, transaction.id);
        onDone(document, { key: document.key, id: transaction.id, number: transaction.number, replayed: !!before });
      } catch (error) {
        onDone(document, error instanceof RowRefused ? error.problem : problemOf(error, document.rows, document.lineRows, map));
      }
    }
    return;
  }
  for (const document of documents) {
    try {
      const data = await target.remote.request<{ createTransaction: { id: string; number: string } }>(
        `mutation ($input: CreateTransactionInput!) { createTransaction(input: $input) { id number } }`,
        { input: withoutNulls(await resolve(document)) },
      );
      posted.set(document.key, data.createTransaction.id);
      onDone(document, { key: document.key, ...data.createTransaction, replayed: false });
    } catch (error) {
      onDone(document, error instanceof RowRefused ? error.problem : problemOf(error, document.rows, document.lineRows, map));
    }
  }
}

class RowRefused extends Error {
  constructor(readonly problem: RowProblem) {
    super(problem.reason);
  }
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, withoutNulls(v)]));
  }
  return value;
}

/** --dry-run on the database: each document planned (read and checked) by the posting service, nothing written. */
async function checkDocuments(direct: Direct, documents: readonly ImportDocument[], problems: RowProblem[], map: Record<string, string>, tick: () => void) {
  const { planPosting } = await import('../services/posting.ts');
  const { db, actor } = direct;
  for (const document of documents) {
    try {
      // allocations name documents not posted yet: checked on the real run
      await planPosting(db, actor, document.input);
    } catch (error) {
      problems.push(problemOf(error, document.rows, document.lineRows, map));
    }
    tick();
  }
}

async function runDocuments(kind: string, file: string, rows: CsvRow[], documents: ImportDocument[], options: ImportOptions, result: ImportResult, map: Record<string, string>) {
  if (result.problems.length) {
    // a real run refuses at once; a dry run goes on to check the documents whose cells are good
    if (!options.dryRun) throw new ImportRefused(result);
    const badLines = new Set(result.problems.map((p) => p.line));
    documents = documents.filter((d) => !d.rows.some((row) => badLines.has(row.line)));
  }
  const remote = options.url ? remoteOf(options) : undefined;
  const direct = remote ? undefined : await openDirect(options);
  try {
    if (direct) await requireCapability(direct.db.prisma, direct.actor, options.book, options.dryRun ? 'read' : 'post');
    const bar = progressBar(options, documents.length);
    if (options.dryRun) {
      if (direct) await checkDocuments(direct, documents, result.problems, map, bar.tick);
    } else {
      result.transactions = [];
      await postDocuments(direct ? { direct } : { remote: remote! }, documents, (document, outcome) => {
        bar.tick();
        if ('reason' in outcome) {
          result.problems.push(outcome);
          return;
        }
        if (outcome.replayed) result.skipped++;
        else result.created++;
        result.transactions!.push({ document: document.key, id: outcome.id, number: outcome.number });
      }, map);
    }
    bar.stop();
  } finally {
    await direct?.close();
  }
  result.problems.sort((a, b) => a.line - b.line);
  if (result.problems.length) {
    if (options.dryRun) throw new ImportRefused(result);
    throw new RefusedError(
      `${file}: ${result.created} ${kind} imported, ${result.skipped} already there, ${result.problems.length} refused (run it again once fixed: the imported ones are not posted twice)\n${describeProblems(result.problems)}`,
      'BAD_USER_INPUT',
      result,
    );
  }
  return result;
}

export async function importTransactions(file: string, options: ImportOptions): Promise<ImportResult> {
  const rows = readCsv(file, TRANSACTION_COLUMNS);
  const problems = checkCells(rows, TRANSACTION_COLUMNS);
  const documents = documentsOf(options.book, rows, problems);
  const result: ImportResult = { kind: 'transactions', file, dryRun: !!options.dryRun, rows: rows.length, created: 0, skipped: 0, problems };
  return runDocuments('transactions', file, rows, documents, options, result, TRANSACTION_FIELDS);
}

/** Opening balances: one balanced nominal journal (type NJ) dated --date; its key is "opening-balances:<date>". */
export async function importOpeningBalances(file: string, options: ImportOptions & { type?: string }): Promise<ImportResult> {
  const rows = readCsv(file, OPENING_COLUMNS);
  const problems = checkCells(rows, OPENING_COLUMNS);
  const result: ImportResult = { kind: 'opening-balances', file, dryRun: !!options.dryRun, rows: rows.length, created: 0, skipped: 0, problems };
  const date = options.date!;
  let debits = 0;
  let credits = 0;
  const cents = (value: string) => Math.round(Number(value) * 1e6); // a balance check only; the service adds in bigint
  for (const row of rows) {
    const { debit, credit } = row.cells;
    if (debit && credit) problems.push({ line: row.line, column: 'credit', reason: 'give a debit or a credit, not both' });
    else if (!debit && !credit) problems.push({ line: row.line, column: 'debit', reason: 'give the balance as a debit or a credit' });
    else if (!isPositiveDecimal(debit || credit || '')) {
      if (debit) debits += cents(debit);
      else credits += cents(credit!);
    }
  }
  if (!problems.length && debits !== credits) {
    problems.push({ line: rows[rows.length - 1]?.line ?? 1, column: debits > credits ? 'credit' : 'debit', reason: `the balances do not balance: debits ${(debits / 1e6).toFixed(2)}, credits ${(credits / 1e6).toFixed(2)}` });
  }
  const document: ImportDocument = {
    key: `opening-balances:${date}`,
    rows,
    lineRows: rows,
    allocations: [],
    input: {
      bookId: options.book,
      typeCode: options.type ?? 'NJ',
      date,
      reference: 'Opening balances',
      description: `Opening balances at ${date}`,
      lines: rows.map((row) => ({
        accountCode: row.cells.account!,
        side: row.cells.debit ? 'DEBIT' : 'CREDIT',
        net: (row.cells.debit || row.cells.credit)!,
        description: row.cells.description || null,
      })),
      idempotencyKey: `opening-balances:${date}`,
    },
  };
  return runDocuments('opening balance journals', file, rows, rows.length ? [document] : [], options, result, OPENING_FIELDS);
}
