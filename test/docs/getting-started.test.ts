// docs/getting-started.md runs: its requests, in order, on a fresh database, must answer
// what the page shows (test/support/doc-runner.ts), so that the walk-through cannot drift.
// Sent with the first admin's key unless the page says `<!-- as: name -->`.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { extractExamples, graphqlOverFetch, runExample } from '../support/doc-runner.ts';

const PAGE = 'docs/getting-started.md';
const examples = extractExamples(readFileSync(new URL(`../../${PAGE}`, import.meta.url), 'utf8'));

describe(PAGE, () => {
  it('shows requests to run, some sent with the key it creates and some with none', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    expect(examples.map((example) => example.as).filter(Boolean)).toEqual(['ana', 'nobody']);
  });
});

describe.each(databaseKinds())(`${PAGE} on %s`, (kind) => {
  let app: TestApp;
  const bindings = new Map<string, unknown>();
  beforeAll(async () => {
    app = await createTestApp(kind);
  });
  afterAll(() => app?.close());

  const send = graphqlOverFetch((url, init) => app.yoga.fetch(url, init), 'http://localhost:4000/graphql', ADMIN_TOKEN);

  // in order: each request may use what an earlier one made
  it.each(examples.map((example) => [example.title, example] as const))('%s', async (_title, example) => {
    const { actual, differences } = await runExample(example, send, bindings);
    expect(differences, `${PAGE} line ${example.line}; actual response:\n${JSON.stringify(actual, null, 2)}`).toEqual([]);
  });
});
