// CUSTOM transaction types: entries given as CEL expressions over the transaction's
// params, header and lines (model.md, flag `template`). CEL is not Turing complete and
// has no access to the host: user expressions are never run as JavaScript.

import { Environment } from '@marcbachmann/cel-js';
import { badInput } from './errors.ts';
import type { EntryTemplate } from './types.ts';

type TemplateField = keyof EntryTemplate;
type CelProgram = (context: Record<string, unknown>) => unknown;

const REQUIRED_FIELDS = ['account', 'side', 'amount'] as const;
const ALL_FIELDS: readonly TemplateField[] = [...REQUIRED_FIELDS, 'when'];

/** The result types each field may have once checked ('dyn' is decided at evaluation). */
const ALLOWED_TYPES: Record<TemplateField, readonly string[]> = {
  account: ['string', 'dyn'],
  side: ['string', 'dyn'],
  amount: ['string', 'int', 'dyn'],
  when: ['bool', 'dyn'],
};

export interface CompiledEntryTemplate {
  index: number;
  source: EntryTemplate;
  account: CelProgram;
  side: CelProgram;
  amount: CelProgram;
  when: CelProgram | null;
}

/** The variables an entry template may read. */
export interface TemplateContext {
  params: Record<string, unknown>;
  header: Record<string, unknown>;
  lines: Record<string, unknown>[];
}

const environment = new Environment()
  .registerVariable('params', 'map')
  .registerVariable('header', 'map')
  .registerVariable('lines', 'list');

/**
 * Validates the stored shape and compiles every expression; called when a type is
 * created (so a bad template never reaches posting) and again by buildPosting.
 */
export function compileEntryTemplates(json: unknown): CompiledEntryTemplate[] {
  if (!Array.isArray(json) || json.length === 0) {
    throw badInput('entryTemplates must be a non-empty array of { account, side, amount, when? }', {
      field: 'entryTemplates',
    });
  }
  return json.map((item, index) => compileOne(item, index));
}

function compileOne(item: unknown, index: number): CompiledEntryTemplate {
  const source = templateShape(item, index);
  return {
    index,
    source,
    account: compileField(source, index, 'account'),
    side: compileField(source, index, 'side'),
    amount: compileField(source, index, 'amount'),
    when: source.when === undefined ? null : compileField(source, index, 'when'),
  };
}

function templateShape(item: unknown, index: number): EntryTemplate {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw templateError(index, undefined, 'must be an object { account, side, amount, when? }');
  }
  const record = item as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!ALL_FIELDS.includes(key as TemplateField)) throw templateError(index, key, 'is not a template field');
  }
  for (const field of ALL_FIELDS) {
    const value = record[field];
    const missing = value === undefined && field !== 'when';
    if (missing) throw templateError(index, field, 'is required');
    if (value !== undefined && typeof value !== 'string') throw templateError(index, field, 'must be a CEL expression string');
  }
  return record as unknown as EntryTemplate;
}

function compileField(source: EntryTemplate, index: number, field: TemplateField): CelProgram {
  const expression = source[field]!;
  const checked = environment.check(expression);
  if (!checked.valid) throw templateError(index, field, `does not compile: ${firstLine(checked.error?.message)}`, expression);
  if (!ALLOWED_TYPES[field].includes(checked.type ?? '')) {
    throw templateError(index, field, `must give ${ALLOWED_TYPES[field].join(' or ')}, not ${checked.type}`, expression);
  }
  const program = environment.parse(expression);
  return (context) => program(context);
}

/** Evaluates one field, turning CEL's runtime errors into BAD_USER_INPUT at the template. */
export function evaluateField(
  template: CompiledEntryTemplate,
  field: TemplateField,
  context: TemplateContext,
): unknown {
  const program = template[field];
  if (program === null) return true;
  try {
    return program(context as unknown as Record<string, unknown>);
  } catch (error) {
    const message = error instanceof Error ? firstLine(error.message) : String(error);
    throw templateError(template.index, field, `failed: ${message}`, template.source[field]);
  }
}

export function templateError(index: number, field: string | undefined, problem: string, expression?: string) {
  const where = field === undefined ? `entryTemplates[${index}]` : `entryTemplates[${index}].${field}`;
  return badInput(`${where} ${problem}`, { field: where, index, templateField: field, expression });
}

function firstLine(message: string | undefined): string {
  return (message ?? 'unknown error').split('\n')[0]!.trim();
}
