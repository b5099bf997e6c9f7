// docs/currencies.md's examples are real: each request runs, in order, against a fresh
// STANDARD book, and must get the response the guide shows.
import { describe, expect, it } from 'vitest';
import { runGuide } from '../support/guides.ts';

const examples = runGuide('docs/currencies.md', { standardBook: true });

describe('docs/currencies.md', () => {
  it('has its examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
  });
});
