// CSV files for import: read with csv-parse (header row, RFC 4180 quoting), each row checked
// against its kind's columns. A bad cell is reported with its line number, column and reason;
// every bad row of the file is reported, not only the first.
import { readFileSync, statSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { UsageError } from './common.ts';

/** Bounds: a file or a cell larger than these is refused before anything is read or written. */
export const LIMITS = { fileBytes: 200 * 1024 * 1024, rows: 2_000_000, cell: 1000 } as const;

export interface RowProblem {
  /** 1-based line of the file (the header is line 1) */
  line: number;
  column: string;
  reason: string;
}

export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

export interface ColumnSpec {
  name: string;
  required?: boolean;
  /** returns the reason the value is wrong, or undefined */
  check?: (value: string) => string | undefined;
  description: string;
}

/** Reads a CSV file: its header must name the required columns and only known ones. */
export function readCsv(file: string, columns: readonly ColumnSpec[]): CsvRow[] {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new UsageError(`cannot read ${file}: no such file`);
  }
  if (size > LIMITS.fileBytes) throw new UsageError(`${file} is larger than ${LIMITS.fileBytes / 1024 / 1024} MiB: split it`);
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (error) {
    throw new UsageError(`${file} is not valid CSV: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (records.length === 0) throw new UsageError(`${file} is empty: the first line must name the columns`);
  if (records.length - 1 > LIMITS.rows) throw new UsageError(`${file} has more than ${LIMITS.rows} rows: split it`);
  const header = records[0]!.map((name) => name.toLowerCase());
  const known = new Set(columns.map((c) => c.name));
  const unknown = header.filter((name) => !known.has(name));
  if (unknown.length) {
    throw new UsageError(`${file}: unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n}"`).join(', ')}; the columns are ${columns.map((c) => c.name).join(', ')}`);
  }
  const missing = columns.filter((c) => c.required && !header.includes(c.name));
  if (missing.length) throw new UsageError(`${file}: the header lacks the required column${missing.length > 1 ? 's' : ''} ${missing.map((c) => c.name).join(', ')}`);
  // csv-parse counts lines; skip_empty_lines keeps the record numbers apart from the lines, so
  // the line of each record is taken from the parser's info
  const lines = lineNumbers(text);
  return records.slice(1).map((record, index) => ({
    line: lines[index + 1] ?? index + 2,
    cells: Object.fromEntries(header.map((name, i) => [name, record[i] ?? ''])),
  }));
}

/** The line each record starts on (records separated by newlines outside quotes, blank lines skipped). */
function lineNumbers(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (atStart && ch !== '\n' && ch !== '\r') {
      starts.push(line);
      atStart = false;
    }
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n') {
      line++;
      if (!quoted) atStart = true;
    }
  }
  return starts;
}

/** The problems of each row by its columns' checks (required cells, formats, lengths). */
export function checkCells(rows: readonly CsvRow[], columns: readonly ColumnSpec[]): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const row of rows) {
    for (const column of columns) {
      const value = row.cells[column.name] ?? '';
      if (value.length > LIMITS.cell) {
        problems.push({ line: row.line, column: column.name, reason: `longer than ${LIMITS.cell} characters` });
      } else if (value === '') {
        if (column.required) problems.push({ line: row.line, column: column.name, reason: 'is required' });
      } else {
        const reason = column.check?.(value);
        if (reason) problems.push({ line: row.line, column: column.name, reason });
      }
    }
  }
  return problems;
}

// ------------------------------------------------------------------------ checks

export const isDate = (value: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!)) : null;
  return date && date.toISOString().slice(0, 10) === value ? undefined : `"${value}" is not a date YYYY-MM-DD`;
};

export const isDecimal = (value: string) =>
  /^-?\d{1,15}(\.\d{1,6})?$/.test(value) ? undefined : `"${value}" is not a decimal amount such as 120.00 (a dot, no thousands separators)`;

export const isPositiveDecimal = (value: string) =>
  isDecimal(value) ?? (/^-/.test(value) || /^-?0+(\.0+)?$/.test(value) ? `"${value}" must be more than zero` : undefined);

export const oneOf = (values: readonly string[]) => (value: string) =>
  values.includes(value.toUpperCase()) ? undefined : `"${value}" is not one of ${values.join(', ')}`;

export const isCode = (value: string) =>
  /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(value) ? undefined : `"${value}" is not a code (letters, digits, . _ -, at most 40)`;

// ------------------------------------------------------------------------ export

/**
 * CSV for people's spreadsheets: a cell that starts with =, +, -, @ (or a tab or carriage
 * return) is prefixed with ' so no spreadsheet runs it as a formula. Amounts are written
 * unescaped: they are numbers, and a negative one stays a number.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | null | undefined)[])[], numeric: ReadonlySet<string> = new Set()): string {
  const safe = rows.map((row) =>
    row.map((cell, i) => {
      const text = cell ?? '';
      if (numeric.has(header[i]!) && /^-?\d+(\.\d+)?$/.test(text)) return text;
      return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    }),
  );
  return stringify([header as string[], ...safe], { record_delimiter: '\r\n' });
}
