// docs/configuration.md is run, not just read: each request is sent in order, on a fresh
// database, and must get the response the guide shows (test/support/doc-runner.ts), its
// "<bookId>"-style placeholders standing for the ids the server generates.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { extractExamples, graphqlOverFetch, runExample } from '../support/doc-runner.ts';

const GUIDE = 'docs/configuration.md';
const examples = extractExamples(readFileSync(new URL(`../../${GUIDE}`, import.meta.url), 'utf8'));

describe(GUIDE, () => {
  it('has requests, each with its response', () => {
    expect(examples.length).toBeGreaterThan(10);
  });
});

describe.each(databaseKinds())(`${GUIDE}, run on %s`, (kind) => {
  let app: TestApp;
  const bindings = new Map<string, unknown>();
  beforeAll(async () => {
    app = await createTestApp(kind);
  });
  afterAll(() => app?.close());

  const send = graphqlOverFetch((url, init) => app.yoga.fetch(url, init), 'http://daybook.test/graphql', ADMIN_TOKEN);

  // in order: each request builds on the book the earlier ones made
  it.each(examples.map((example) => [example.title, example] as const))('%s', async (_title, example) => {
    const { actual, differences } = await runExample(example, send, bindings);
    if (process.env.DOC_PRINT) console.log(`--- line ${example.line}\n${JSON.stringify(actual)}`);
    expect(differences, `${GUIDE} line ${example.line}; actual response:\n${JSON.stringify(actual, null, 2)}`).toEqual([]);
  });
});
