// docs/posting.md's examples are real: each request runs, in order, against a fresh
// STANDARD book, and must get the response the guide shows.
import { describe, expect, it } from 'vitest';
import { runGuide } from '../support/guides.ts';

const examples = runGuide('docs/posting.md', { standardBook: true });

describe('docs/posting.md', () => {
  it('has examples, each with a response', () => {
    expect(examples.length).toBeGreaterThan(10);
  });
});
