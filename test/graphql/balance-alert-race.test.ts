// balanceAlert starts atomically with the event stream: postings that land while it is
// starting are either in the balance it starts from or events after it, never both, never
// neither. Checked against the outbox itself: the alerts a subscription sent must be exactly
// the zone changes of the account's balance.changed events after one starting point.
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { AccountBalance, Post, standardBook } from '../support/books.ts';
import { sse } from '../support/sse.ts';

const RaceAlert = graphql(`
  subscription RaceAlert($bookId: ID!, $accountCode: String!, $below: Decimal, $above: Decimal) {
    balanceAlert(bookId: $bookId, accountCode: $accountCode, below: $below, above: $above) {
      balance { available } transaction { id }
    }
  }
`);

type Zone = 'BELOW' | 'WITHIN' | 'ABOVE';
const cents = (decimal: string) => Math.round(Number(decimal) * 100);

describe.each(databaseKinds())('balanceAlert while postings land on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app);
  });
  afterAll(() => app?.close());

  it('sends each crossing once, with none missed or doubled, when subscribing during a burst of postings', async () => {
    const { book } = await app.ok(AccountBalance, { bookId, code: 'BANK1' });
    const start = cents(book!.account!.balance.available);
    // one cent either side: any posting of 1.00 crosses, the one back returns
    const below = ((start - 1) / 100).toFixed(2);
    const above = ((start + 1) / 100).toFixed(2);
    const zone = (available: number): Zone => (available < start - 1 ? 'BELOW' : available > start + 1 ? 'ABOVE' : 'WITHIN');
    const account = await app.db.prisma.account.findFirstOrThrow({ where: { bookId, code: 'BANK1' } });
    const headBefore = (await app.db.prisma.outboxHead.findUnique({ where: { bookId } }))?.lastSequence ?? 0;
    let day = 0;
    const move = async (from: string, to: string) =>
      (await app.ok(Post, { input: { bookId, typeCode: 'BL', accountCode: from, counterAccountCode: to, date: `2026-07-${String((day++ % 28) + 1).padStart(2, '0')}`, amount: '1.00' } })).createTransaction.id;
    const away = () => move('BANK1', 'CASH1');
    const back = () => move('CASH1', 'BANK1');

    // three alerts open a few milliseconds apart while two writers post away-and-back pairs
    const streams: Awaited<ReturnType<typeof sse>>[] = [];
    const writer = async () => {
      for (let i = 0; i < 6; i++) {
        await away();
        await back();
      }
    };
    await Promise.all([
      writer(),
      writer(),
      (async () => {
        for (let i = 0; i < 3; i++) {
          streams.push(await sse(app, print(RaceAlert), { bookId, accountCode: 'BANK1', below, above }));
          await new Promise((resolve) => setTimeout(resolve, 15));
        }
      })(),
    ]);
    // the balance is back at the start. One more crossing and its return, once every stream
    // is surely listening (each has sent the crossing): the last alert of each is that return.
    const alerted = (stream: (typeof streams)[number], id: string) => stream.events.some((e) => e.data?.balanceAlert.transaction.id === id);
    let crossing = '';
    for (let attempt = 0; attempt < 10; attempt++) {
      crossing = await away();
      const until = Date.now() + 3000;
      while (!streams.every((s) => alerted(s, crossing)) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
      if (streams.every((s) => alerted(s, crossing))) break;
      await back();
    }
    const returning = await back();
    const until = Date.now() + 5000;
    while (!streams.every((s) => alerted(s, returning)) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    await Promise.all(streams.map((s) => s.close()));

    // the account's changes in commit order, from the outbox
    const changes = (
      await app.db.prisma.outboxEvent.findMany({ where: { bookId, type: 'balance.changed', sequence: { gt: headBefore } }, orderBy: { sequence: 'asc' } })
    )
      .map((row) => JSON.parse(row.payload) as { accountId: string; transactionId: string; balance: { available: string } })
      .filter((payload) => payload.accountId === account.id)
      .map((payload) => ({ id: payload.transactionId, available: cents(payload.balance.available) }));
    /** the alerts a subscription starting right before changes[from] sends */
    const expected = (from: number) => {
      let current = zone(from === 0 ? start : changes[from - 1]!.available);
      const alerts: { id: string; available: number }[] = [];
      for (const change of changes.slice(from)) {
        if (zone(change.available) === current) continue;
        current = zone(change.available);
        alerts.push(change);
      }
      return alerts;
    };
    for (const stream of streams) {
      expect(stream.events.every((e) => !e.errors)).toBe(true);
      const got = stream.events.map((e) => ({ id: e.data!.balanceAlert.transaction.id as string, available: cents(e.data!.balanceAlert.balance.available) }));
      expect(got.at(-1)?.id).toBe(returning);
      const starts = changes.map((_, from) => from).filter((from) => JSON.stringify(expected(from)) === JSON.stringify(got));
      expect({ got, consistentWithAStart: starts.length > 0 }).toEqual({ got, consistentWithAStart: true });
    }
  });
});
