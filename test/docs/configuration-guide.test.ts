// docs/configuration.md is run, not just read: each ```graphql block is sent in order with
// the ```json variables block after it, and the answer must equal the ```json response
// block. A string "$name" in a response stands for a generated id: the first response
// that shows it captures the value, later variables and responses use it.
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from '../support/app.ts';

interface Step {
  title: string;
  query: string;
  variables: unknown;
  response: unknown;
}

const PLACEHOLDER = /^\$[A-Za-z]\w*$/;

/** The guide's requests in order, each with the heading it sits under. */
function guideSteps(markdown: string): Step[] {
  const steps: Step[] = [];
  let title = '';
  let current: Partial<Step> | undefined;
  const finish = () => {
    if (!current) return;
    if (current.response === undefined) throw new Error(`request under "${current.title}" has no \`\`\`json response block`);
    steps.push(current as Step);
    current = undefined;
  };
  const token = /^(#{2,3} .*)$|^```(\w+)[ \t]*(\w*)\n([\s\S]*?)^```$/gm;
  for (const match of markdown.matchAll(token)) {
    if (match[1]) {
      title = match[1].replace(/^#+ /, '');
      continue;
    }
    const [, , lang, role, body] = match as unknown as [string, undefined, string, string, string];
    if (lang === 'graphql') {
      finish();
      current = { title, query: body, variables: {} };
    } else if (lang === 'json' && current && (role === 'variables' || role === 'response')) {
      current[role] = JSON.parse(body);
      if (role === 'response') finish();
    }
  }
  finish();
  return steps;
}

function substitute(value: unknown, ids: Map<string, string>): unknown {
  if (typeof value === 'string' && PLACEHOLDER.test(value)) {
    const id = ids.get(value);
    if (id === undefined) throw new Error(`${value} is used before a response defines it`);
    return id;
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, ids));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, ids)]));
  }
  return value;
}

/** The expected response with placeholders resolved, capturing the ones seen first here. */
function resolveExpected(expected: unknown, actual: unknown, ids: Map<string, string>): unknown {
  if (typeof expected === 'string' && PLACEHOLDER.test(expected)) {
    if (!ids.has(expected) && typeof actual === 'string') ids.set(expected, actual);
    return ids.get(expected) ?? expected;
  }
  if (Array.isArray(expected)) {
    return expected.map((v, i) => resolveExpected(v, Array.isArray(actual) ? actual[i] : undefined, ids));
  }
  if (expected && typeof expected === 'object') {
    const other = (actual && typeof actual === 'object' ? actual : {}) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, resolveExpected(v, other[k], ids)]));
  }
  return expected;
}

const guide = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');
const steps = guideSteps(guide);

describe('docs/configuration.md', () => {
  it('has requests, each with its response', () => {
    expect(steps.length).toBeGreaterThan(10);
  });
});

describe.each(databaseKinds())('docs/configuration.md, run on %s', (kind) => {
  let app: TestApp;
  const ids = new Map<string, string>();
  beforeAll(async () => {
    app = await createTestApp(kind);
  });
  afterAll(() => app?.close());

  // in order: each step builds on the book the earlier ones made
  it.each(steps.map((step, index) => ({ ...step, name: `request ${index + 1}, under "${step.title}"` })))('$name', async (step) => {
    const actual = await app.request(parse(step.query), substitute(step.variables, ids) as Record<string, unknown>);
    expect(actual).toEqual(resolveExpected(step.response, actual, ids));
  });
});
