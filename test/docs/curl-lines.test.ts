// Every request of the guides has a curl line a person can paste (scripts/doc-curl.ts writes
// them), and the line sends exactly the example: run through bash with the shell variables
// set, each here-document is the example's query and variables, placeholders filled in.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractExamples } from '../support/doc-runner.ts';
import { guides, withCurlLines } from '../../scripts/doc-curl.ts';

const files = guides();

describe('curl lines in the guides', () => {
  it.each(files.map((f) => [basename(f), f]))('%s: every request has its curl line, up to date', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(withCurlLines(text) === text, `${file}: run npx tsx scripts/doc-curl.ts`).toBe(true);
  });

  it('each curl line sends its example, run by bash', () => {
    const cases: { query: string; variables: unknown; curl: string }[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const curls = [...text.matchAll(/```sh curl\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
      const examples = extractExamples(text);
      expect(curls, file).toHaveLength(examples.length);
      examples.forEach((e, i) => cases.push({ query: e.query, variables: e.variables, curl: curls[i]! }));
    }
    expect(cases.length).toBeGreaterThan(100);
    // one bash for all: `curl` is a function printing its here-document, one per line
    const script = ['curl() { tr -d "\\n"; echo; }', ...cases.map((c) => c.curl)].join('\n');
    const vars = Object.fromEntries([...script.matchAll(/\$([A-Z][A-Z0-9_]*)/g)].map((m) => [m[1]!, `value-of-${m[1]}`]));
    const printed = execFileSync('bash', ['--norc', '--noprofile', '-c', script], { env: { PATH: process.env.PATH, ...vars }, encoding: 'utf8' }).trim().split('\n');
    expect(printed).toHaveLength(cases.length);
    const fill = (value: unknown): unknown => {
      if (typeof value === 'string') {
        const m = /^<([A-Za-z0-9_]+)>$/.exec(value);
        return m ? `value-of-${m[1]!.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]/g, '_').toUpperCase()}` : value;
      }
      if (Array.isArray(value)) return value.map(fill);
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
      return value;
    };
    printed.forEach((line, i) => {
      const { query, variables } = cases[i]!;
      expect(JSON.parse(line), cases[i]!.curl).toEqual(variables === undefined ? { query } : { query, variables: fill(variables) });
    });
  });
});
