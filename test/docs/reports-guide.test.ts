// docs/reports.md's examples are real: each request runs, in order, against a fresh
// STANDARD book (GBP); the guide builds its example book itself, then asks every report,
// and must get the figures it shows.
import { describe, expect, it } from 'vitest';
import { runGuide } from '../support/guides.ts';

const examples = runGuide('docs/reports.md', { standardBook: true });

describe('docs/reports.md', () => {
  it('has examples, each with a response, from the example book to every report', () => {
    expect(examples.length).toBeGreaterThan(10);
    const queries = examples.map((example) => example.query).join('\n');
    for (const report of ['trialBalance', 'statement', 'controlEquation', 'agedBalances', 'latePayers', 'receivablesForecast', 'reconciliation', 'taxSummary', 'categories', 'transactions']) {
      expect(queries).toContain(report);
    }
  });
});
