// The doc runner itself: a guide whose example is wrong must fail, placeholders bind and fill.
import { describe, expect, it } from 'vitest';
import { compareResponse, extractExamples, fillPlaceholders } from '../support/doc-runner.ts';

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
});
