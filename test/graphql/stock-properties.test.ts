// Property: whatever receipts, dispatches (posted or pending), posts and voids a stock item
// receives, an item that forbids it never shows a negative available quantity; a movement
// is refused (LIMIT_EXCEEDED) exactly when it would take the item below zero, and then
// changes nothing; an item whose limit is NONE follows the sum of its movements.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors.ts';
import type { Actor } from '../../src/services/access.ts';
import { postTransaction, voidTransaction } from '../../src/services/lifecycle.ts';
import { createTransaction } from '../../src/services/posting.ts';
import { createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { AddAccount, standardBook } from '../support/books.ts';
import { checkInvariants, footprint } from '../support/invariants.ts';

type Step =
  | { kind: 'move'; typeCode: 'STR' | 'STA' | 'STD' | 'STW'; item: 'GUARDED' | 'FREE'; quantity: number; pending: boolean }
  | { kind: 'settle'; index: number; to: 'POSTED' | 'VOIDED' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('move' as const), typeCode: fc.constantFrom('STR', 'STA', 'STD', 'STW', 'STD'), item: fc.constantFrom('GUARDED', 'GUARDED', 'FREE'), quantity: fc.integer({ min: 1, max: 20 }), pending: fc.boolean() }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('settle' as const), index: fc.nat(30), to: fc.constantFrom('POSTED', 'VOIDED') }), weight: 1 },
) as fc.Arbitrary<Step>;

// modest: each run builds a STANDARD book
const RUNS = { sqlite: { numRuns: 6, maxSteps: 20 }, postgres: { numRuns: 3, maxSteps: 12 } } as const;

describe.each(databaseKinds())('stock properties on %s', (kind) => {
  let app: TestApp;
  let actor: Actor;
  beforeAll(async () => {
    app = await createTestApp(kind);
    const admin = await app.db.prisma.user.findFirstOrThrow({ where: { isSystemAdmin: true } });
    actor = { userId: admin.id, name: admin.name, isSystemAdmin: true };
  });
  afterAll(() => app?.close());

  it('never lets a guarded stock item go below zero, and refuses exactly the movements that would', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: RUNS[kind].maxSteps }), async (steps) => {
        const bookId = await standardBook(app, `Stock property ${++run}`);
        await app.ok(AddAccount, { input: { bookId, ledgerCode: 'ST', code: 'GUARDED', name: 'Guarded', type: 'STOCK_ITEM', currency: 'EA' } });
        await app.ok(AddAccount, { input: { bookId, ledgerCode: 'ST', code: 'FREE', name: 'Free', type: 'STOCK_ITEM', currency: 'EA', limit: 'NONE' } });
        // the model: posted quantity and pending outgoing per item; pending movements by id
        const posted = new Map([['GUARDED', 0], ['FREE', 0]]);
        const pendingOut = new Map([['GUARDED', 0], ['FREE', 0]]);
        const pending: { id: string; item: string; signed: number }[] = [];
        const committed: string[] = [];
        const outcome = <T>(work: Promise<T>) =>
          work.then(() => 'ok', (error: unknown) => {
            if (!(error instanceof DomainError)) throw error;
            return error.code;
          });
        for (const [i, s] of steps.entries()) {
          const where = `step ${i} ${JSON.stringify(s)}`;
          const before = await footprint(app.db.prisma, bookId);
          if (s.kind === 'move') {
            const out = s.typeCode === 'STD' || s.typeCode === 'STW';
            const signed = out ? -s.quantity : s.quantity;
            const available = posted.get(s.item)! - pendingOut.get(s.item)!;
            const expected = out && s.item === 'GUARDED' && available < s.quantity ? 'LIMIT_EXCEEDED' : 'ok';
            let id = '';
            const got = await outcome(
              createTransaction(app.db, actor, {
                bookId, typeCode: s.typeCode, date: '2026-05-01', pending: s.pending, lines: [{ accountCode: s.item, quantity: String(s.quantity), net: '1.00' }],
              }).then((t) => (id = t.id)),
            );
            expect(got, where).toBe(expected);
            if (got !== 'ok') expect(await footprint(app.db.prisma, bookId), `${where} changed something`).toEqual(before);
            if (got === 'ok') {
              // the posting order: a pending movement takes its place when it is posted
              if (!s.pending) committed.push(id);
              if (s.pending) {
                pending.push({ id, item: s.item, signed });
                if (out) pendingOut.set(s.item, pendingOut.get(s.item)! + s.quantity);
              } else posted.set(s.item, posted.get(s.item)! + signed);
            }
          } else {
            const target = pending[s.index % Math.max(pending.length, 1)];
            if (!target) continue;
            // posting an incoming movement or voiding anything only raises what is available
            const got = await outcome(s.to === 'POSTED' ? postTransaction(app.db, actor, target.id) : voidTransaction(app.db, actor, target.id));
            expect(got, where).toBe('ok');
            pending.splice(pending.indexOf(target), 1);
            if (target.signed < 0) pendingOut.set(target.item, pendingOut.get(target.item)! + target.signed);
            if (s.to === 'POSTED') {
              posted.set(target.item, posted.get(target.item)! + target.signed);
              committed.push(target.id);
            }
          }
          const rows = await app.db.prisma.accountBalance.findMany({ where: { bookId, account: { type: 'STOCK_ITEM' } }, include: { account: true } });
          for (const row of rows) {
            const onHand = Number(row.postedDebits - row.postedCredits);
            expect(onHand, `${where}: ${row.account.code} on hand`).toBe(posted.get(row.account.code));
            const available = onHand - Number(row.pendingCredits);
            if (row.account.code === 'GUARDED') expect(available, `${where}: GUARDED available`).toBeGreaterThanOrEqual(0);
          }
        }
        await checkInvariants(app.db.prisma, bookId, committed);
      }),
      { numRuns: RUNS[kind].numRuns },
    );
  });
});
