// docs/getting-started.md runs: its requests, in order, on a fresh database, must answer
// what the page shows, so that the walk-through cannot drift. Sent with the first admin's
// key unless the page says `<!-- as: name -->`.
import { describe, expect, it } from 'vitest';
import { runGuide } from '../support/guides.ts';

const examples = runGuide('docs/getting-started.md');

describe('docs/getting-started.md', () => {
  it('shows requests to run, some sent with the keys it creates and some with none', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    // Ana's key from the admin, then the laptop key she makes herself (listed, revoked, refused)
    expect(examples.map((example) => example.as).filter(Boolean)).toEqual(['ana', 'ana', 'anaLaptop', 'anaLaptop', 'anaLaptop', 'nobody']);
  });
});
