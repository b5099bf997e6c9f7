// The doc runner itself: a guide whose example is wrong must fail, placeholders bind and fill.
import { describe, expect, it } from 'vitest';
import { compareResponse, extractExamples, fillPlaceholders, keyFor, runExample } from '../support/doc-runner.ts';

const fence = '```';
const guide = [
  '# Guide', '## Posting',
  `${fence}graphql`, 'mutation { post }', fence,
  `${fence}json variables`, '{ "id": "<bookId>" }', fence,
  `${fence}json response`, '{ "data": { "post": { "id": "<first>", "at": "<*>" } } }', fence,
  `${fence}json`, '{ "ignored": true }', fence,
].join('\n');

describe('doc runner', () => {
  it('pairs each graphql request with its variables and response, under its heading', () => {
    expect(extractExamples(guide)).toEqual([
      { title: 'Posting #1', query: 'mutation { post }', variables: { id: '<bookId>' }, response: { data: { post: { id: '<first>', at: '<*>' } } }, line: 3 },
    ]);
  });

  it('refuses a request without a response block', () => {
    expect(() => extractExamples(`${fence}graphql\nquery { me }\n${fence}\n`)).toThrow(/line 1.*no ```json response/);
  });

  it('binds a placeholder once, then holds the actual value to it; <*> matches anything present', () => {
    const bindings = new Map<string, unknown>();
    expect(compareResponse({ id: '<a>', at: '<*>' }, { id: 'x1', at: 'now', extra: 1 }, bindings)).toEqual([]);
    expect(bindings.get('a')).toBe('x1');
    expect(compareResponse({ id: '<a>' }, { id: 'x2' }, bindings)).toEqual(['$.id: expected <a> = "x1", got "x2"']);
    expect(compareResponse({ at: '<*>' }, {}, bindings)).toEqual(['$.at: missing']);
    expect(fillPlaceholders({ input: { sourceId: '<a>', n: 1 } }, bindings)).toEqual({ input: { sourceId: 'x1', n: 1 } });
    expect(() => fillPlaceholders('<b>', bindings)).toThrow(/before a response bound it/);
  });

  it('compares arrays by length and element, and values exactly', () => {
    expect(compareResponse([1, 2], [1, 2, 3], new Map())).toHaveLength(1);
    expect(compareResponse({ amount: '1.00' }, { amount: '1.0' }, new Map())).toEqual(['$.amount: expected "1.00", got "1.0"']);
  });

  it('sends a request with the key bound to the name of its <!-- as: --> comment, or none for nobody', async () => {
    const examples = extractExamples([
      `${fence}graphql`, 'mutation { createApiKey }', fence,
      `${fence}json response`, '{ "data": { "createApiKey": { "secret": "<editor>" } } }', fence,
      '<!-- as: editor -->', '', `${fence}graphql`, 'query { me }', fence,
      `${fence}json response`, '{ "data": { "me": "Ana" } }', fence,
      '<!-- as: nobody -->', `${fence}graphql`, 'query { me }', fence,
      `${fence}json response`, '{ "data": null }', fence,
    ].join('\n'));
    expect(examples.map((example) => example.as)).toEqual([undefined, 'editor', 'nobody']);
    const keys: unknown[] = [];
    const answers = [{ data: { createApiKey: { secret: 'dbk_ana' } } }, { data: { me: 'Ana' } }, { data: null }];
    const bindings = new Map<string, unknown>();
    for (const example of examples) {
      const { differences } = await runExample(example, async (_query, _variables, key) => (keys.push(key), answers[keys.length - 1]), bindings);
      expect(differences).toEqual([]);
    }
    expect(keys).toEqual([undefined, 'dbk_ana', null]);
  });

  it('refuses an as: comment that names no bound key or stands before no request', () => {
    const [example] = extractExamples(`<!-- as: ghost -->\n${fence}graphql\nquery { me }\n${fence}\n${fence}json response\n{}\n${fence}`);
    expect(() => keyFor(example!, new Map())).toThrow(/line 2: <!-- as: ghost --> but no response bound "<ghost>"/);
    expect(() => keyFor(example!, new Map([['ghost', 42]]))).toThrow(/no response bound/);
    expect(() => extractExamples(`<!-- as: ana -->\nSome prose.\n${fence}graphql\nquery { me }\n${fence}`)).toThrow(/line 1: .*must come just before/);
  });
});
