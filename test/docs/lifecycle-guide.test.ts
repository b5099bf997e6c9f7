// docs/lifecycle.md's examples are real: each request runs, in order, against a fresh
// STANDARD book, with the key the guide names (`<!-- as: eddie -->`, the admin's by
// default), and must get the response the guide shows.
import { describe, expect, it } from 'vitest';
import { runGuide } from '../support/guides.ts';

const examples = runGuide('docs/lifecycle.md', { standardBook: true });

describe('docs/lifecycle.md', () => {
  it('has examples, each with a response, sent by the editor and the approver it sets up', () => {
    expect(examples.length).toBeGreaterThan(20);
    expect(new Set(examples.map((example) => example.as))).toEqual(new Set([undefined, 'eddie', 'ava']));
  });
});
