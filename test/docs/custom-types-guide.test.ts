// docs/custom-types.md is real: its requests run in order against a fresh STANDARD book on
// every database of the run, and must get the responses it shows.
import { describe, expect, it } from 'vitest';
import { runGuide } from '../support/guides.ts';

const examples = runGuide('docs/custom-types.md', { standardBook: true });

describe('docs/custom-types.md', () => {
  it('defines a CUSTOM type, posts it twice, reads the balances, and shows a refusal', () => {
    expect(examples.map((e) => e.query.match(/^\s*(?:mutation|query) (\w+)/)?.[1])).toEqual([
      'Accounts', 'DefineFee', 'PostFee', 'PostPlainFee', 'AfterFees', 'TooMuchCommission',
    ]);
  });
});
