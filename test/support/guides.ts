// Runs a guide's examples (test/support/doc-runner.ts) in order on a fresh app for every
// database of the run: each request must get the response the guide shows.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createTestApp, databaseKinds, type TestApp } from './app.ts';
import { CreateStandardBook } from './books.ts';
import { extractExamples, graphqlOverFetch, runExample, type DocExample } from './doc-runner.ts';

export function guideExamples(guide: string): DocExample[] {
  return extractExamples(readFileSync(new URL(`../../${guide}`, import.meta.url), 'utf8'));
}

/** `standardBook`: the guide starts from a STANDARD book bound to "<bookId>". */
export function runGuide(guide: string, options: { standardBook?: boolean } = {}) {
  const examples = guideExamples(guide);
  describe.each(databaseKinds())(`${guide} examples on %s`, (kind) => {
    let app: TestApp;
    const bindings = new Map<string, unknown>();
    beforeAll(async () => {
      app = await createTestApp(kind);
      if (options.standardBook) {
        const { createBook } = await app.ok(CreateStandardBook, {
          input: { name: guide, baseCurrency: 'GBP', template: 'STANDARD' },
        });
        bindings.set('bookId', createBook.id);
      }
    });
    afterAll(() => app?.close());

    const send = graphqlOverFetch((url, init) => app.yoga.fetch(url, init), 'http://localhost:4000/graphql', ADMIN_TOKEN);

    // in order: later examples act on what earlier ones made and bound
    it.each(examples.map((example) => [example.title, example] as const))('%s', async (_title, example) => {
      const { actual, differences } = await runExample(example, send, bindings);
      if (process.env.DOC_PRINT) console.log(`--- line ${example.line}\n${JSON.stringify(actual, null, 2)}`);
      expect(differences, `${guide} line ${example.line}; actual response:\n${JSON.stringify(actual, null, 2)}`).toEqual([]);
    });
  });
  return examples;
}
