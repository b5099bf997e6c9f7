// docs/getting-started.md runs: its requests, in order, on a fresh database, must answer
// what the page shows (ids and keys aside), so that the walk-through cannot drift.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createTestApp, type TestApp } from '../support/app.ts';
import { IdMap, parseSteps } from './steps.ts';

const page = readFileSync(new URL('../../docs/getting-started.md', import.meta.url), 'utf8');
const steps = parseSteps(page);

describe('docs/getting-started.md', () => {
  let app: TestApp;
  const ids = new IdMap();
  const keys = new Map<string, string | null>([
    ['admin', ADMIN_TOKEN],
    ['none', null],
  ]);

  beforeAll(async () => {
    app = await createTestApp('sqlite');
  });
  afterAll(() => app?.close());

  it('shows requests to run', () => {
    expect(steps.length).toBeGreaterThanOrEqual(5);
  });

  // in order: each step may use what an earlier one made
  it.each(steps.map((step) => [step.line, step.query.split('\n')[0], step] as const))(
    'line %i: %s answers as documented',
    async (_line, _title, step) => {
      expect(keys.has(step.key), `no key named ${step.key} yet: name it with secret-for=`).toBe(true);
      const token = keys.get(step.key);
      const response = await app.yoga.fetch('http://localhost:4000/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query: step.query, variables: ids.substitute(step.variables) }),
      });
      const actual = (await response.json()) as { data?: Record<string, { secret?: string }> };
      expect(ids.compare(step.response, actual)).toEqual([]);
      if (step.secretFor) {
        const secret = Object.values(actual.data ?? {})[0]?.secret;
        expect(secret, 'secret-for= names a step whose result has a secret').toEqual(expect.any(String));
        keys.set(step.secretFor, secret!);
      }
    },
  );
});
