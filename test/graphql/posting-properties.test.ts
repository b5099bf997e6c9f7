// Property: whatever sequence of valid and invalid postings a STANDARD book receives,
// model.md's invariants 1-4 and 8 hold after every step, a refused posting changes
// nothing, and the database refuses to rewrite entries or audit events (invariant 7).
// Postings go straight to the service (createTransaction) for speed; the second property
// sends each round's postings at once, so the group-commit writer batches valid and refused
// plans together.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.ts';
import type { Actor } from '../../src/services/access.ts';
import { createTransaction, type CreateTransactionInput } from '../../src/services/posting.ts';
import { createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { AddAccount, standardBook } from '../support/books.ts';
import { checkInvariants, expectAppendOnly, footprint } from '../support/invariants.ts';

type Raw = Omit<CreateTransactionInput, 'bookId'>;

/** An operation and what it must do: post, be refused with a code, or either (a limit decides). */
interface Operation {
  raw: Raw;
  expect: { ok: true } | { refused: string } | { clientMove: { from: string | null; to: string | null; minor: bigint; pending: boolean } };
}

const minor = fc.integer({ min: 1, max: 50_000 });
const money = (pennies: number) => `${Math.floor(pennies / 100)}.${String(pennies % 100).padStart(2, '0')}`;
const date = fc.integer({ min: 1, max: 28 }).map((day) => `2026-06-${String(day).padStart(2, '0')}`);
const customer = fc.constantFrom('ACME', 'GLOBEX');
const bank = fc.constantFrom('BANK1', 'BANK2', 'CASH1');
const client = fc.constantFrom('CLIENT1', 'CLIENT2');
const journalAccount = fc.constantFrom('0030', '1001', '1250', '2300', '3000', '4900', '5200', '6000', '7100', '8000');

const invoiceLike = fc
  .record({
    typeCode: fc.constantFrom('SI', 'SC', 'PI', 'PC'),
    customer,
    date,
    lines: fc.array(fc.record({ net: minor, tax: fc.constantFrom(0, 1, 2) }), { minLength: 1, maxLength: 3 }),
    pending: fc.constantFrom(false, false, false, true),
  })
  .map(({ typeCode, customer, date, lines, pending }): Operation => {
    const purchases = typeCode.startsWith('P');
    const codes = purchases ? ['PS', 'PR', 'PZ'] : ['S', 'R', 'Z'];
    return {
      raw: {
        typeCode, date, pending, accountCode: purchases ? 'INITECH' : customer,
        lines: lines.map((l) => ({ net: money(l.net), taxCode: codes[l.tax]! })),
      },
      expect: { ok: true },
    };
  });

const receiptOrPayment = fc
  .record({ typeCode: fc.constantFrom('SR', 'PP'), customer, bank, amount: minor, date })
  .map(({ typeCode, customer, bank, amount, date }): Operation => ({
    raw: { typeCode, date, accountCode: typeCode === 'PP' ? 'INITECH' : customer, counterAccountCode: bank, amount: money(amount) },
    expect: { ok: true },
  }));

const journal = fc
  .record({ debit: journalAccount, credit: journalAccount, amount: minor, skew: fc.constantFrom(0, 0, 1, -1), date })
  .filter(({ amount, skew }) => amount + skew > 0)
  .map(({ debit, credit, amount, skew, date }): Operation => ({
    raw: {
      typeCode: 'NJ', date,
      lines: [
        { accountCode: debit, side: 'DEBIT', net: money(amount) },
        { accountCode: credit, side: 'CREDIT', net: money(amount + skew) },
      ],
    },
    expect: skew === 0 ? { ok: true } : { refused: 'UNBALANCED' },
  }));

// client money: a receipt into the client bank, a payment out of it, a transfer between clients
const clientMoney = fc
  .record({ typeCode: fc.constantFrom('CR', 'CP', 'CT'), client, amount: minor, date, pending: fc.boolean() })
  .map(({ typeCode, client, amount, date, pending }): Operation => {
    const other = client === 'CLIENT1' ? 'CLIENT2' : 'CLIENT1';
    const counter = typeCode === 'CT' ? other : 'CLIENTBANK';
    const from = typeCode === 'CR' ? null : client;
    const to = typeCode === 'CR' ? client : typeCode === 'CT' ? other : null;
    return {
      raw: { typeCode, date, accountCode: client, counterAccountCode: counter, amount: money(amount), pending },
      expect: { clientMove: { from, to, minor: BigInt(amount), pending } },
    };
  });

const tooManyDecimals = fc.record({ customer, amount: minor, date }).map(({ customer, amount, date }): Operation => ({
  raw: { typeCode: 'SI', date, accountCode: customer, lines: [{ net: `${money(amount)}5`, taxCode: 'S' }] },
  expect: { refused: 'BAD_USER_INPUT' },
}));

const unknownAccount = fc
  .record({ where: fc.constantFrom('account', 'counter', 'line'), amount: minor, date })
  .map(({ where, amount, date }): Operation => {
    const raw: Raw =
      where === 'account'
        ? { typeCode: 'SR', date, accountCode: 'NOBODY', counterAccountCode: 'BANK1', amount: money(amount) }
        : where === 'counter'
          ? { typeCode: 'SR', date, accountCode: 'ACME', counterAccountCode: 'NOBANK', amount: money(amount) }
          : { typeCode: 'NJ', date, lines: [{ accountCode: '9999', side: 'DEBIT', net: money(amount) }, { accountCode: '3000', side: 'CREDIT', net: money(amount) }] };
    return { raw, expect: { refused: 'NOT_FOUND' } };
  });

const controlAccountJournal = fc.record({ amount: minor, date }).map(({ amount, date }): Operation => ({
  raw: { typeCode: 'NJ', date, lines: [{ accountCode: '1100', side: 'DEBIT', net: money(amount) }, { accountCode: '4900', side: 'CREDIT', net: money(amount) }] },
  expect: { refused: 'BAD_USER_INPUT' },
}));

const operation = fc.oneof(
  { arbitrary: invoiceLike, weight: 4 },
  { arbitrary: receiptOrPayment, weight: 3 },
  { arbitrary: journal, weight: 2 },
  { arbitrary: clientMoney, weight: 4 },
  { arbitrary: tooManyDecimals, weight: 1 },
  { arbitrary: unknownAccount, weight: 1 },
  { arbitrary: controlAccountJournal, weight: 1 },
);

// modest, so the file stays well under a minute with the rest of the suite running beside it
const RUNS = { sqlite: { numRuns: 12, maxSteps: 20, rounds: 5 }, postgres: { numRuns: 6, maxSteps: 15, rounds: 4 } } as const;

describe.each(databaseKinds())('posting properties on %s', (kind) => {
  let app: TestApp;
  let actor: Actor;
  beforeAll(async () => {
    app = await createTestApp(kind);
    const admin = await app.db.prisma.user.findFirstOrThrow({ where: { isSystemAdmin: true } });
    actor = { userId: admin.id, name: admin.name, isSystemAdmin: true };
  });
  afterAll(() => app?.close());

  it('keeps invariants 1-4, 7 and 8 after every step of any sequence, and a refusal changes nothing', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: RUNS[kind].maxSteps }), async (operations) => {
        // a fresh book per run, so a shrunk counterexample replays alone
        const bookId = await standardBook(app, `Property run ${++run}`);
        await app.ok(AddAccount, { input: { bookId, ledgerCode: 'CL', code: 'CLIENT2', name: 'Mr Client', type: 'CLIENT' } });
        // each client's available balance: pending outgoing counts at once, pending incoming only once posted
        const clientMoneyHeld = new Map<string, bigint>([['CLIENT1', 0n], ['CLIENT2', 0n]]);
        const committed: string[] = [];
        for (const [step, op] of operations.entries()) {
          const where = `step ${step} ${JSON.stringify(op.raw)}`;
          let expected: 'ok' | string = 'ok';
          if ('refused' in op.expect) expected = op.expect.refused;
          if ('clientMove' in op.expect) {
            const { from, minor } = op.expect.clientMove;
            if (from !== null && clientMoneyHeld.get(from)! < minor) expected = 'LIMIT_EXCEEDED';
          }
          const before = await footprint(app.db.prisma, bookId);
          const outcome = await createTransaction(app.db, actor, { bookId, ...op.raw }).then(
            (tx) => ({ id: tx.id }),
            (error: unknown) => {
              if (!(error instanceof DomainError)) throw error;
              return { refused: error.code };
            },
          );
          if (expected === 'ok') {
            expect(outcome, where).toHaveProperty('id');
            committed.push((outcome as { id: string }).id);
            if ('clientMove' in op.expect) {
              const { from, to, minor, pending } = op.expect.clientMove;
              if (from) clientMoneyHeld.set(from, clientMoneyHeld.get(from)! - minor);
              if (to && !pending) clientMoneyHeld.set(to, clientMoneyHeld.get(to)! + minor);
            }
          } else {
            expect(outcome, where).toEqual({ refused: expected });
            expect(await footprint(app.db.prisma, bookId), `${where} changed something`).toEqual(before);
          }
          await checkInvariants(app.db.prisma, bookId, committed);
        }
        if (committed.length > 0) await expectAppendOnly(app.db, bookId);
      }),
      { numRuns: RUNS[kind].numRuns },
    );
  });

  it('concurrent rounds that mix valid and refused plans in one batch keep the invariants and leave no trace of the refusals', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(operation, { minLength: 2, maxLength: 8 }), { minLength: 1, maxLength: RUNS[kind].rounds }), async (rounds) => {
        const bookId = await standardBook(app, `Concurrent run ${++run}`);
        await app.ok(AddAccount, { input: { bookId, ledgerCode: 'CL', code: 'CLIENT2', name: 'Mr Client', type: 'CLIENT' } });
        let written = 0;
        for (const [r, round] of rounds.entries()) {
          const before = await footprint(app.db.prisma, bookId);
          // all at once: the writer takes them into one batch (or a few), in arrival order
          const outcomes = await Promise.all(
            round.map((op) =>
              createTransaction(app.db, actor, { bookId, ...op.raw }).then(
                (tx) => ({ id: tx.id }) as const,
                (error: unknown) => {
                  if (!(error instanceof DomainError)) throw error;
                  return { refused: error.code } as const;
                },
              ),
            ),
          );
          for (const [i, op] of round.entries()) {
            const where = `round ${r} item ${i} ${JSON.stringify(op.raw)}`;
            const outcome = outcomes[i]!;
            if ('refused' in op.expect) expect(outcome, where).toEqual({ refused: op.expect.refused });
            else if ('clientMove' in op.expect && 'refused' in outcome) expect(outcome.refused, where).toBe('LIMIT_EXCEEDED');
            else expect(outcome, where).toHaveProperty('id');
          }
          const accepted = outcomes.filter((o) => 'id' in o).length;
          written += accepted;
          const after = await footprint(app.db.prisma, bookId);
          // a refusal leaves nothing: the rows that grew are the accepted ones' alone
          expect(after.transactions, `round ${r}`).toBe(before.transactions + accepted);
          expect(after.transactions).toBe(written);
          const numbers = after.types.reduce((n, t) => n + t.nextNumber, 0) - before.types.reduce((n, t) => n + t.nextNumber, 0);
          expect(numbers, `round ${r}: document numbers are taken by written transactions only`).toBe(accepted);
          await checkInvariants(app.db.prisma, bookId);
        }
      }),
      { numRuns: RUNS[kind].numRuns },
    );
  });
});
