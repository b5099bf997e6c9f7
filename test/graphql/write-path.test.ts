// The write path: createTransactions (per item, atomic, bounds), group commit that never lets
// a refused plan spoil its neighbours, the statement budget of a posting and of a batch,
// idempotency of allocate and requestReversal under concurrency, and cached contexts that a
// configuration change (here or through another connection) makes stale.
import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { loadConfig } from '../../src/config.ts';
import { inTransaction, openDatabase, type Prisma } from '../../src/db.ts';
import { planPosting } from '../../src/services/posting.ts';
import { writeBatch, writerOf } from '../../src/services/writer.ts';
import { dialectOf, prismaSql } from '../../src/services/dialect.ts';
import { ADMIN_TOKEN, createTestApp, databaseKinds, errorCode } from '../support/app.ts';
import { AccountBalance, AddAccount, Post, standardBook, useStandardBook } from '../support/books.ts';
import { checkInvariants } from '../support/invariants.ts';

const CreateMany = graphql(`
  mutation CreateMany($input: CreateTransactionsInput!) {
    createTransactions(input: $input) {
      created replayed failed
      results { index error { code message field } transaction { id number gross outstanding entries { sequence } } }
    }
  }
`);

const Allocate = graphql(`
  mutation WriteAllocate($input: AllocateInput!) { allocate(input: $input) { id amount } }
`);

const Reverse = graphql(`
  mutation WriteReverse($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }
`);

const UpdateLimit = graphql(`
  mutation WriteUpdateLimit($input: UpdateAccountInput!) { updateAccount(input: $input) { code limit } }
`);

const Count = graphql(`
  query WriteCount($bookId: ID!) { book(id: $bookId) { transactions(first: 500) { edges { node { number } } } } }
`);

const invoice = (bookId: string, accountCode: string, net: string, extra: { idempotencyKey?: string; date?: string } = {}) => ({
  bookId,
  typeCode: 'SI',
  accountCode,
  date: '2026-03-01',
  lines: [{ net, taxCode: 'S' }, { net: '10.00', taxCode: 'Z' }],
  ...extra,
});

describe.each(databaseKinds())('the write path on %s', (kind) => {
  const ctx = useStandardBook(kind, 'Write path');

  async function transactionCount(): Promise<number> {
    const data = await ctx.app.ok(Count, { bookId: ctx.bookId });
    return data.book!.transactions.edges.length;
  }

  it('createTransactions answers per item in input order; a refused item leaves no trace and spoils no neighbour', async () => {
    const { app, bookId } = ctx;
    const before = await transactionCount();
    const data = await app.ok(CreateMany, {
      input: {
        transactions: [
          invoice(bookId, 'ACME', '100.00'),
          invoice(bookId, 'NOBODY', '100.00'),
          invoice(bookId, 'GLOBEX', '1.001'),
          invoice(bookId, 'GLOBEX', '50.00', { idempotencyKey: 'bulk-1' }),
        ],
      },
    });
    const { results } = data.createTransactions;
    expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(results.map((r) => r.error?.code ?? null)).toEqual([null, 'NOT_FOUND', 'BAD_USER_INPUT', null]);
    expect(results[2]!.error!.field).toMatch(/lines\[0\]\.net/);
    expect(results[0]!.transaction!.gross).toBe('130.00');
    expect(data.createTransactions).toMatchObject({ created: 2, replayed: 0, failed: 2 });
    expect(await transactionCount()).toBe(before + 2);

    const again = await app.ok(CreateMany, { input: { transactions: [invoice(bookId, 'GLOBEX', '50.00', { idempotencyKey: 'bulk-1' })] } });
    expect(again.createTransactions).toMatchObject({ created: 0, replayed: 1, failed: 0 });
    expect(again.createTransactions.results[0]!.transaction!.id).toBe(results[3]!.transaction!.id);
    await checkInvariants(app.db.prisma, bookId);
  });

  it('atomic: one refused item refuses all (the others BATCH_ABORTED) and nothing is written', async () => {
    const { app, bookId } = ctx;
    const before = await transactionCount();
    const data = await app.ok(CreateMany, {
      input: { atomic: true, transactions: [invoice(bookId, 'ACME', '5.00'), invoice(bookId, 'NOBODY', '5.00'), invoice(bookId, 'GLOBEX', '5.00')] },
    });
    expect(data.createTransactions.results.map((r) => r.error?.code)).toEqual(['BATCH_ABORTED', 'NOT_FOUND', 'BATCH_ABORTED']);
    expect(data.createTransactions.results.every((r) => r.transaction === null)).toBe(true);
    expect(await transactionCount()).toBe(before);

    // a refusal that only the locked balances show (client money may not be overdrawn) also aborts all
    const overdraw = {
      bookId, typeCode: 'CP', accountCode: 'CLIENT1', counterAccountCode: 'CLIENTBANK', date: '2026-03-02', amount: '1.00',
    };
    const locked = await app.ok(CreateMany, { input: { atomic: true, transactions: [invoice(bookId, 'ACME', '5.00'), overdraw] } });
    expect(locked.createTransactions.results.map((r) => r.error?.code)).toEqual(['BATCH_ABORTED', 'LIMIT_EXCEEDED']);
    expect(await transactionCount()).toBe(before);

    const good = await app.ok(CreateMany, { input: { atomic: true, transactions: [invoice(bookId, 'ACME', '5.00'), invoice(bookId, 'GLOBEX', '6.00')] } });
    expect(good.createTransactions).toMatchObject({ created: 2, failed: 0 });
    await checkInvariants(app.db.prisma, bookId);
  });

  it('refuses more than 1,000 items (PAYLOAD_TOO_LARGE) and items of two books (BAD_USER_INPUT)', async () => {
    const { app, bookId } = ctx;
    const tooMany = Array.from({ length: 1001 }, () => invoice(bookId, 'ACME', '1.00'));
    expect(errorCode(await app.request(CreateMany, { input: { transactions: tooMany } }))).toBe('PAYLOAD_TOO_LARGE');
    const mixed = [invoice(bookId, 'ACME', '1.00'), invoice('01a20192-767f-74fe-9bb1-bd7daac06561', 'ACME', '1.00')];
    expect(errorCode(await app.request(CreateMany, { input: { transactions: mixed } }))).toBe('BAD_USER_INPUT');
  });

  it('concurrent postings in one batch: limits are checked in arrival order and a refusal only refuses its own', async () => {
    const { app, bookId } = ctx;
    // 10.00 into client money, then 8 payments of 3.00 at once: exactly 3 fit
    await app.ok(Post, { input: { bookId, typeCode: 'CR', accountCode: 'CLIENT1', counterAccountCode: 'CLIENTBANK', date: '2026-03-03', amount: '10.00' } });
    const payments = await Promise.all(
      Array.from({ length: 8 }, () =>
        app.request(Post, { input: { bookId, typeCode: 'CP', accountCode: 'CLIENT1', counterAccountCode: 'CLIENTBANK', date: '2026-03-03', amount: '3.00' } }),
      ),
    );
    expect(payments.filter((r) => !r.errors).length).toBe(3);
    expect(payments.filter((r) => errorCode(r) === 'LIMIT_EXCEEDED').length).toBe(5);
    const balance = await app.ok(AccountBalance, { bookId, code: 'CLIENT1' });
    expect(balance.book!.account!.balance.available).toBe('1.00');
    await checkInvariants(app.db.prisma, bookId);
  });

  it('a lone invoice costs at most 10 statements in its transaction on SQLite, 7 on PostgreSQL, and a batch of 32 no more', async () => {
    const { app, bookId } = ctx;
    const admin = await app.db.prisma.user.findFirstOrThrow({ where: { isSystemAdmin: true } });
    const actor = { userId: admin.id, name: admin.name, isSystemAdmin: true };
    const plans = await Promise.all(
      Array.from({ length: 33 }, (_v, i) => planPosting(app.db, actor, invoice(bookId, i % 2 ? 'ACME' : 'GLOBEX', `${i + 1}.00`, { idempotencyKey: `count-${i}` }))),
    );
    const statements: string[] = [];
    const counted = app.db.prisma.$extends({
      query: {
        async $allOperations({ model, operation, args, query }) {
          statements.push(`${model ?? ''}.${operation}`);
          return query(args);
        },
      },
    }) as unknown as Prisma;
    const write = async (batch: typeof plans) => {
      statements.length = 0;
      // the writer's own statements go through a Sql (the driver's when serving; here Prisma's, which the counter sees)
      const outcomes = await inTransaction(counted, (tx) => writeBatch({ sql: prismaSql(tx), tx }, dialectOf(app.db.kind), batch));
      expect(outcomes.every((o) => o.kind === 'created')).toBe(true);
      return statements.length;
    };
    const lone = await write(plans.slice(0, 1));
    expect(lone).toBeGreaterThanOrEqual(6); // the counter sees the writer's raw statements
    // SQLite: the book lock reads the audit and outbox heads and the balances too (one writer
    // holds the lock) and a trigger moves the outbox head: lock, claim, numbers, then one
    // statement each for transactions, lines, entries, balances, daily rollups, audit, outbox.
    // PostgreSQL: lock, claim, balances, numbers, audit head, outbox head, and every write in
    // one statement (WITH … INSERT).
    const budget = app.db.kind === 'sqlite' ? { lone: 10, batch: 10 } : { lone: 7, batch: 7 };
    expect(lone).toBeLessThanOrEqual(budget.lone);
    expect(await write(plans.slice(1))).toBeLessThanOrEqual(budget.batch);
    await checkInvariants(app.db.prisma, bookId);
  });

  it('allocate and requestReversal honour their idempotency keys under concurrency', async () => {
    const { app, bookId } = ctx;
    const target = await app.ok(Post, { input: invoice(bookId, 'GLOBEX', '100.00', { date: '2026-04-01' }) });
    const receipt = await app.ok(Post, {
      input: { bookId, typeCode: 'SR', accountCode: 'GLOBEX', counterAccountCode: 'BANK1', date: '2026-04-02', amount: '40.00' },
    });
    const allocation = { bookId, fromId: receipt.createTransaction.id, allocations: [{ transactionId: target.createTransaction.id, amount: '15.00' }], idempotencyKey: 'alloc-1' };
    const answers = await Promise.all(Array.from({ length: 6 }, () => app.request(Allocate, { input: allocation })));
    expect(answers.map((a) => a.errors?.[0]?.extensions?.code ?? null)).toEqual(Array(6).fill(null));
    expect(new Set(answers.map((a) => a.data!.allocate[0]!.id)).size).toBe(1);
    expect(await app.db.prisma.allocation.count({ where: { fromId: receipt.createTransaction.id } })).toBe(1);
    const reused = await app.request(Allocate, { input: { ...allocation, allocations: [{ ...allocation.allocations[0]!, amount: '16.00' }] } });
    expect(errorCode(reused)).toBe('IDEMPOTENCY_KEY_REUSED');

    const reversal = { transactionId: target.createTransaction.id, reason: 'entered twice', date: '2026-04-03', idempotencyKey: 'rev-1' };
    const requests = await Promise.all(Array.from({ length: 6 }, () => app.request(Reverse, { input: reversal })));
    expect(requests.map((r) => r.errors?.[0]?.extensions?.code ?? null)).toEqual(Array(6).fill(null));
    expect(new Set(requests.map((r) => r.data!.requestReversal.id)).size).toBe(1);
    expect(await app.db.prisma.reversalRequest.count({ where: { transactionId: target.createTransaction.id } })).toBe(1);
    expect(errorCode(await app.request(Reverse, { input: { ...reversal, reason: 'another reason' } }))).toBe('IDEMPOTENCY_KEY_REUSED');
    await checkInvariants(app.db.prisma, bookId);
  });

  it('a configuration change, here or through another connection, is honoured by the next posting', async () => {
    const { app, bookId } = ctx;
    const { createAccount } = await app.ok(AddAccount, { input: { bookId, ledgerCode: 'SL', code: 'LIMITED', name: 'Limited Ltd', type: 'CUSTOMER' } });
    await app.ok(Post, { input: invoice(bookId, 'LIMITED', '1.00') }); // the context now holds LIMITED without a limit
    await app.ok(UpdateLimit, { input: { id: createAccount.id, limit: 'NO_DEBIT_BALANCE' } });
    expect(errorCode(await app.request(Post, { input: invoice(bookId, 'LIMITED', '1.00') }))).toBe('LIMIT_EXCEEDED');

    // another connection (as another instance or the CLI would) lifts the limit behind this server's back
    const other = await openDatabase(app.target);
    try {
      await other.prisma.account.update({ where: { bookId_code: { bookId, code: 'LIMITED' } }, data: { limit: 'NONE' } });
    } finally {
      await other.close();
    }
    const posted = await app.request(Post, { input: invoice(bookId, 'LIMITED', '1.00') });
    expect(posted.errors).toBeUndefined();
    await checkInvariants(app.db.prisma, bookId);
  });

});


describe('backpressure', () => {
  it('refuses a posting at once with OVERLOADED, HTTP 503 and Retry-After when the writer queue is full', async () => {
    const app = await createTestApp('sqlite');
    try {
      const bookId = await standardBook(app, 'Busy');
      writerOf(app.db, { maxQueue: 1 });
      const body = JSON.stringify({
        query: 'mutation($input: CreateTransactionInput!) { createTransaction(input: $input) { id } }',
        variables: { input: invoice(bookId, 'ACME', '1.00') },
      });
      const responses = await Promise.all(
        Array.from({ length: 12 }, () =>
          app.yoga.fetch('http://daybook.test/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
            body,
          }),
        ),
      );
      const busy = responses.filter((r) => r.status === 503);
      expect(busy.length).toBeGreaterThan(0);
      expect(busy[0]!.headers.get('retry-after')).toBe('1');
      const answer = (await busy[0]!.json()) as { errors: { extensions: { code: string } }[] };
      expect(answer.errors[0]!.extensions.code).toBe('OVERLOADED');
      const written = responses.filter((r) => r.status === 200).length;
      expect(written).toBeGreaterThan(0);
      expect(await app.db.prisma.transaction.count({ where: { bookId } })).toBe(written);
    } finally {
      await app.close();
    }
  });
});

describe.each(databaseKinds())('request deadline on %s', (kind) => {
  it('refuses, unstarted, the postings that waited in the writer queue longer than the deadline: OVERLOADED, HTTP 503, Retry-After', async () => {
    const app = await createTestApp(kind);
    try {
      const bookId = await standardBook(app, 'Deadline');
      // the deadline's clock is the test's, and the writer's transactions wait at a gate the
      // test opens: postings queue behind them, then the clock jumps past the deadline
      let clock = 0;
      // batches of 5 at most, so that postings wait in the queue behind the gate
      const writer = writerOf(app.db, { deadlineMs: 1000, now: () => clock, maxBatch: 5 });
      const driver = app.db.driver;
      const transaction = driver.transaction.bind(driver);
      let open!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      let started = 0;
      driver.transaction = async (work) => {
        started++;
        await gate;
        return transaction(work);
      };
      const TOTAL = 30;
      const post = (n: number) =>
        app.yoga.fetch('http://daybook.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
          body: JSON.stringify({
            query: 'mutation($input: CreateTransactionInput!) { createTransaction(input: $input) { id } }',
            variables: { input: invoice(bookId, 'ACME', `${n + 1}.00`, { idempotencyKey: `deadline-${n}` }) },
          }),
        });
      const pending = Array.from({ length: TOTAL }, (_v, n) => post(n));
      while (writer.writing + writer.queued < TOTAL) await new Promise((r) => setTimeout(r, 5));
      expect(started, 'batches started').toBeGreaterThan(0);
      const batches = writer.writing;
      const waiting = writer.queued;
      clock += 5000;
      open();
      const responses = await Promise.all(pending);
      driver.transaction = transaction;

      expect(waiting, 'postings waited in the queue').toBeGreaterThan(0);
      const refused = responses.filter((r) => r.status === 503);
      const written = responses.filter((r) => r.status === 200);
      expect(refused.length, 'every posting that waited past the deadline is refused').toBe(waiting);
      expect(written.length, 'the postings of the batches already started are written').toBe(batches);
      expect(refused[0]!.headers.get('retry-after')).toBe('1');
      const answer = (await refused[0]!.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(answer.errors[0]!.extensions.code).toBe('OVERLOADED');
      expect(answer.errors[0]!.message).toMatch(/longer than the request deadline of 1000 ms \(DAYBOOK_REQUEST_DEADLINE_MS\)/);
      // nothing of a refused posting was written: exactly the acknowledged ones are stored
      expect(await app.db.prisma.transaction.count({ where: { bookId } })).toBe(written.length);
      expect(await app.db.prisma.idempotencyRecord.count({ where: { bookId } })).toBe(written.length);
      await checkInvariants(app.db.prisma, bookId);

      // a refused posting retried with its key, within the deadline, is written once
      const again = await post(responses.indexOf(refused[0]!));
      expect(again.status).toBe(200);
      expect(await app.db.prisma.transaction.count({ where: { bookId } })).toBe(written.length + 1);
    } finally {
      await app.close();
    }
  });
});

describe('DAYBOOK_REQUEST_DEADLINE_MS', () => {
  it('defaults to 2000 ms for the server, 0 turns it off, anything else but a whole number is refused by name', () => {
    expect(loadConfig({}).writer.deadlineMs).toBe(2000);
    expect(loadConfig({ DAYBOOK_REQUEST_DEADLINE_MS: '0' }).writer.deadlineMs).toBe(0);
    expect(loadConfig({ DAYBOOK_REQUEST_DEADLINE_MS: '500' }).writer.deadlineMs).toBe(500);
    expect(() => loadConfig({ DAYBOOK_REQUEST_DEADLINE_MS: 'soon' })).toThrow(/DAYBOOK_REQUEST_DEADLINE_MS must be a whole number from 0 to 600000; got "soon"/);
  });
});
