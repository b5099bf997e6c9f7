// docs/posting.md's examples are real: each request runs, in order, against a fresh
// STANDARD book, and must get the response the guide shows (test/support/doc-runner.ts).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { CreateStandardBook } from '../support/books.ts';
import { extractExamples, graphqlOverFetch, runExample } from '../support/doc-runner.ts';

const GUIDE = new URL('../../docs/posting.md', import.meta.url);
const examples = extractExamples(readFileSync(GUIDE, 'utf8'));

describe('docs/posting.md', () => {
  it('has examples, each with a response', () => {
    expect(examples.length).toBeGreaterThan(10);
  });
});

describe.each(databaseKinds())('docs/posting.md examples on %s', (kind) => {
  let app: TestApp;
  const bindings = new Map<string, unknown>();
  beforeAll(async () => {
    app = await createTestApp(kind);
    const { createBook } = await app.ok(CreateStandardBook, { input: { name: 'Posting guide', baseCurrency: 'GBP', template: 'STANDARD' } });
    bindings.set('bookId', createBook.id);
  });
  afterAll(() => app?.close());

  const send = graphqlOverFetch((url, init) => app.yoga.fetch(url, init), 'http://daybook.test/graphql', ADMIN_TOKEN);

  // in order: later examples read what earlier ones posted and bound
  it.each(examples.map((example) => [example.title, example] as const))('%s', async (_title, example) => {
    const { actual, differences } = await runExample(example, send, bindings);
    if (process.env.DOC_PRINT) console.log(`--- line ${example.line}\n${JSON.stringify(actual, null, 2)}`);
    expect(differences, `docs/posting.md line ${example.line}; actual response:\n${JSON.stringify(actual, null, 2)}`).toEqual([]);
  });
});
