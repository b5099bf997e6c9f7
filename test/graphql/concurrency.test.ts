// Many postings at once on a few hot accounts (debtors control 1100, VAT 2200, BANK1 and
// its nominal 1200): every request succeeds, nothing deadlocks, and afterwards the
// balances, sequences, running balances and document numbers are exactly as if the
// postings had run one after another. Same for one idempotency key sent many times.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { Post, standardBook } from '../support/books.ts';
import { checkInvariants } from '../support/invariants.ts';

const REQUESTS = 200;

describe.each(databaseKinds())('concurrent postings on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app, 'Busy');
  });
  afterAll(() => app?.close());

  const input = (i: number) => {
    const customer = i % 2 === 0 ? 'ACME' : 'GLOBEX';
    const pennies = 100 + i;
    const net = `${Math.floor(pennies / 100)}.${String(pennies % 100).padStart(2, '0')}`;
    return i % 4 < 2
      ? { bookId, typeCode: 'SI', accountCode: customer, date: '2026-07-01', lines: [{ net, taxCode: 'S' }] }
      : { bookId, typeCode: 'SR', accountCode: customer, counterAccountCode: 'BANK1', date: '2026-07-01', amount: net };
  };

  it(`posts ${REQUESTS} concurrent requests on hot accounts, all succeeding, with gapless sequences and numbers`, async () => {
    const results = await Promise.all(Array.from({ length: REQUESTS }, (_, i) => app.request(Post, { input: input(i) })));
    const errors = results.flatMap((r) => r.errors ?? []);
    expect(errors, JSON.stringify(errors.slice(0, 3))).toEqual([]);
    const posted = results.map((r) => r.data!.createTransaction);
    expect(posted.every((t) => t.status === 'POSTED')).toBe(true);

    // balances = Σ entries, control = Σ ledger, trial balance 0, gapless sequences, chained running balances
    await checkInvariants(app.db.prisma, bookId);

    // document numbers gapless per type
    for (const typeCode of ['SI', 'SR']) {
      const numbers = posted.filter((t) => t.number.startsWith(`${typeCode}-`)).map((t) => Number(t.number.slice(typeCode.length + 1)));
      expect(numbers.sort((a, b) => a - b), typeCode).toEqual(numbers.map((_, i) => i + 1));
    }

    // the hot accounts took every posting: 1100 has one entry per request
    const debtors = await app.db.prisma.account.findFirstOrThrow({ where: { bookId, code: '1100' } });
    expect(await app.db.prisma.entry.count({ where: { accountId: debtors.id } })).toBe(REQUESTS);

    // every account saw the transactions in one common order (the postings serialised)
    const entries = await app.db.prisma.entry.findMany({ where: { bookId }, orderBy: [{ accountId: 'asc' }, { sequence: 'asc' }] });
    const after = new Map<string, Set<string>>();
    for (let i = 1; i < entries.length; i++) {
      const [previous, current] = [entries[i - 1]!, entries[i]!];
      if (previous.accountId !== current.accountId || previous.transactionId === current.transactionId) continue;
      after.set(previous.transactionId, (after.get(previous.transactionId) ?? new Set()).add(current.transactionId));
    }
    expect(isAcyclic(after), 'the per-account orders agree').toBe(true);
  });

  it('makes one transaction of 20 concurrent requests with one idempotency key', async () => {
    const same = { bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-07-02', idempotencyKey: 'burst-1', lines: [{ net: '9.99', taxCode: 'S' }] };
    const before = await app.db.prisma.transaction.count({ where: { bookId } });
    const results = await Promise.all(Array.from({ length: 20 }, () => app.request(Post, { input: same })));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(new Set(results.map((r) => r.data!.createTransaction.id)).size).toBe(1);
    expect(await app.db.prisma.transaction.count({ where: { bookId } })).toBe(before + 1);
    await checkInvariants(app.db.prisma, bookId);
  });
});

/** Kahn's algorithm: whether the "comes before" graph has no cycle. */
function isAcyclic(edges: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const indegree = new Map<string, number>();
  for (const [from, tos] of edges) {
    if (!indegree.has(from)) indegree.set(from, 0);
    for (const to of tos) indegree.set(to, (indegree.get(to) ?? 0) + 1);
  }
  const ready = [...indegree].filter(([, n]) => n === 0).map(([id]) => id);
  let seen = 0;
  while (ready.length) {
    const node = ready.pop()!;
    seen++;
    for (const to of edges.get(node) ?? []) {
      const n = indegree.get(to)! - 1;
      indegree.set(to, n);
      if (n === 0) ready.push(to);
    }
  }
  return seen === indegree.size;
}
