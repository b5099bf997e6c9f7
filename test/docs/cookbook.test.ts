// docs/cookbook.md is real: its three set-ups (an agency with client money, a trader with
// stock and orders, a marketplace paying out sellers) run in order on a fresh app for every
// database of the run, and every request must get the response the cookbook shows.
import { describe, expect, it } from 'vitest';
import { runGuide } from '../support/guides.ts';

const examples = runGuide('docs/cookbook.md');

describe('docs/cookbook.md', () => {
  it('has the three set-ups, each from its own book to its figures', () => {
    const names = examples.map((e) => e.query.match(/^\s*(?:mutation|query) (\w+)/)?.[1]);
    expect(names.filter((n) => /Figures$/.test(n ?? ''))).toEqual(['AgencyFigures', 'TraderFigures', 'MarketFigures']);
    expect(names.filter((n) => ['Agency', 'Trader', 'Market'].includes(n ?? ''))).toHaveLength(3);
  });
});
