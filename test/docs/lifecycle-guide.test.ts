// docs/lifecycle.md's examples are real: each request runs, in order, against a fresh
// STANDARD book, with the key the guide names (`<!-- as: eddie -->`, the admin's by
// default), and must get the response the guide shows (test/support/doc-runner.ts).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { CreateStandardBook } from '../support/books.ts';
import { extractExamples, graphqlOverFetch, runExample } from '../support/doc-runner.ts';

const GUIDE = 'docs/lifecycle.md';
const examples = extractExamples(readFileSync(new URL(`../../${GUIDE}`, import.meta.url), 'utf8'));

describe(GUIDE, () => {
  it('has examples, each with a response, sent by the editor and the approver it sets up', () => {
    expect(examples.length).toBeGreaterThan(20);
    expect(new Set(examples.map((example) => example.as))).toEqual(new Set([undefined, 'eddie', 'ava']));
  });
});

describe.each(databaseKinds())(`${GUIDE} examples on %s`, (kind) => {
  let app: TestApp;
  const bindings = new Map<string, unknown>();
  beforeAll(async () => {
    app = await createTestApp(kind);
    const { createBook } = await app.ok(CreateStandardBook, { input: { name: 'Lifecycle guide', baseCurrency: 'GBP', template: 'STANDARD' } });
    bindings.set('bookId', createBook.id);
  });
  afterAll(() => app?.close());

  const send = graphqlOverFetch((url, init) => app.yoga.fetch(url, init), 'http://daybook.test/graphql', ADMIN_TOKEN);

  // in order: later examples act on what earlier ones posted and bound
  it.each(examples.map((example) => [example.title, example] as const))('%s', async (_title, example) => {
    const { actual, differences } = await runExample(example, send, bindings);
    if (process.env.DOC_PRINT) console.log(`--- line ${example.line}\n${JSON.stringify(actual, null, 2)}`);
    expect(differences, `${GUIDE} line ${example.line}; actual response:\n${JSON.stringify(actual, null, 2)}`).toEqual([]);
  });
});
