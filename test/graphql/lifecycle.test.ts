// Pending and posted, void, allocation and reversal with two-person approval.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { createTestApp, databaseKinds, errorCode, type TestApp } from '../support/app.ts';
import { AccountBalance, member, Post, standardBook } from '../support/books.ts';

const PostPending = graphql(`
  mutation PostPending($id: ID!) {
    postTransaction(id: $id) { id status entries { status sequence runningBalance account { code } } }
  }
`);

const VoidPending = graphql(`
  mutation VoidPending($id: ID!) {
    voidTransaction(id: $id) { id status entries { status sequence } }
  }
`);

const Allocate = graphql(`
  mutation Allocate($input: AllocateInput!) {
    allocate(input: $input) { id amount date released from { id } to { id outstanding } }
  }
`);

const TransactionView = graphql(`
  query TransactionView($bookId: ID!, $id: ID!) {
    book(id: $bookId) {
      transaction(id: $id) {
        id number status gross outstanding
        allocations { amount released from { id } to { id } }
        reversalOf { id number }
        reversedBy { id number status entries { account { code } side amount } lines { net tax taxCode { code } } }
      }
    }
  }
`);

const OpenItems = graphql(`
  query OpenItems($bookId: ID!, $code: String!) {
    book(id: $bookId) { account(code: $code) { openItems { id number outstanding dueDate date } } }
  }
`);

const RequestReversal = graphql(`
  mutation RequestReversal($input: RequestReversalInput!) {
    requestReversal(input: $input) {
      id status reason requestedBy { name } reversal { id number reversalOf { id } entries { account { code } side amount } }
    }
  }
`);

const ApproveReversal = graphql(`
  mutation ApproveReversal($id: ID!) {
    approveReversal(id: $id) { id status decidedBy { name } reversal { id status } }
  }
`);

const RejectReversal = graphql(`
  mutation RejectReversal($id: ID!, $reason: String!) {
    rejectReversal(id: $id, reason: $reason) { id status decidedBy { name } reversal { id } }
  }
`);

const AnyNode = graphql(`
  query AnyNode($id: ID!) { node(id: $id) { id } }
`);
const ClosePeriod = graphql(`
  mutation ClosePeriodNow($id: ID!) { closePeriod(id: $id) { status } }
`);
const OpenPeriod = graphql(`
  mutation OpenPeriodNow($input: CreatePeriodInput!) { createPeriod(input: $input) { id } }
`);

describe.each(databaseKinds())('transaction lifecycle on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app);
    for (const [name, role] of [['Eddie', 'EDITOR'], ['Edna', 'EDITOR'], ['Ava', 'APPROVER']] as const) tokens[name] = await member(app, bookId, name, role);
  });
  afterAll(() => app?.close());

  const balance = async (code: string) => (await app.ok(AccountBalance, { bookId, code })).book!.account!;
  const view = async (id: string) => (await app.ok(TransactionView, { bookId, id })).book!.transaction!;
  const invoice = async (accountCode: string, net: string, extra: Record<string, unknown> = {}) =>
    (await app.ok(Post, { input: { bookId, typeCode: 'SI', accountCode, date: '2026-04-01', lines: [{ net, taxCode: 'Z' }], ...extra } }))
      .createTransaction;
  const receipt = (accountCode: string, amount: string, extra: Record<string, unknown> = {}) =>
    app.request(Post, { input: { bookId, typeCode: 'SR', accountCode, counterAccountCode: 'BANK1', date: '2026-04-05', amount, ...extra } });

  it('keeps a pending transaction out of the posted balance until it posts, then gives its entries sequences', async () => {
    const { createTransaction: pending } = await app.ok(Post, {
      input: { bookId, typeCode: 'CR', accountCode: 'CLIENT1', counterAccountCode: 'CLIENTBANK', date: '2026-04-01', amount: '100.00', pending: true },
    });
    expect(pending.status).toBe('PENDING');
    expect(pending.entries.every((e) => e.status === 'PENDING' && e.sequence === null)).toBe(true);
    // incoming pending money is not available yet
    expect((await balance('CLIENT1')).balance).toMatchObject({ posted: '0.00', pending: '100.00', available: '0.00' });
    const { postTransaction } = await app.ok(PostPending, { id: pending.id });
    expect(postTransaction.status).toBe('POSTED');
    expect(postTransaction.entries.every((e) => e.status === 'POSTED' && e.sequence !== null)).toBe(true);
    expect((await balance('CLIENT1')).balance).toMatchObject({ posted: '100.00', pending: '100.00', available: '100.00' });
  });

  it('counts pending outgoing money against the available balance, and checks the limit again on posting', async () => {
    const pay = (amount: string) =>
      app.request(Post, { input: { bookId, typeCode: 'CP', accountCode: 'CLIENT1', counterAccountCode: 'CLIENTBANK', date: '2026-04-02', amount, pending: true } });
    const first = await pay('60.00');
    expect(first.errors).toBeUndefined();
    expect((await balance('CLIENT1')).balance).toMatchObject({ posted: '100.00', pending: '40.00', available: '40.00' });
    const second = await pay('50.00');
    expect(errorCode(second)).toBe('LIMIT_EXCEEDED');
    expect(second.errors?.[0]?.extensions?.available).toBe('40.00');
    const voided = await app.ok(VoidPending, { id: first.data!.createTransaction.id });
    expect(voided.voidTransaction.status).toBe('VOIDED');
    expect((await balance('CLIENT1')).balance).toMatchObject({ posted: '100.00', pending: '100.00', available: '100.00' });
  });

  it('refuses impossible transitions with INVALID_STATE', async () => {
    const { createTransaction: posted } = await app.ok(Post, {
      input: { bookId, typeCode: 'CR', accountCode: 'CLIENT1', counterAccountCode: 'CLIENTBANK', date: '2026-04-03', amount: '1.00' },
    });
    expect(errorCode(await app.request(PostPending, { id: posted.id }))).toBe('INVALID_STATE');
    expect(errorCode(await app.request(VoidPending, { id: posted.id }))).toBe('INVALID_STATE');
    const { createTransaction: pending } = await app.ok(Post, {
      input: { bookId, typeCode: 'CR', accountCode: 'CLIENT1', counterAccountCode: 'CLIENTBANK', date: '2026-04-03', amount: '2.00', pending: true },
    });
    await app.ok(VoidPending, { id: pending.id });
    expect(errorCode(await app.request(PostPending, { id: pending.id }))).toBe('INVALID_STATE');
    const reversal = await app.request(RequestReversal, { input: { transactionId: pending.id, reason: 'typo' } });
    expect(errorCode(reversal)).toBe('INVALID_STATE');
  });

  it('allocates a receipt to invoices at creation and later; the rest stays on account', async () => {
    const a = await invoice('ACME', '30.00', { dueDate: '2026-04-30' });
    const b = await invoice('ACME', '50.00', { dueDate: '2026-04-15' });
    const { data } = await receipt('ACME', '100.00', { allocations: [{ transactionId: a.id, amount: '30.00' }] });
    const paid = data!.createTransaction;
    expect(paid.outstanding).toBe('70.00');
    expect((await view(a.id)).outstanding).toBe('0.00');
    const items = (await app.ok(OpenItems, { bookId, code: 'ACME' })).book!.account!.openItems;
    expect(items.map((i) => i.id)).toEqual([b.id]);
    const { allocate } = await app.ok(Allocate, { input: { bookId, fromId: paid.id, allocations: [{ transactionId: b.id, amount: '20.00' }] } });
    expect(allocate).toMatchObject([{ amount: '20.00', date: '2026-04-05', released: false, to: { id: b.id, outstanding: '30.00' } }]);
    expect((await view(paid.id)).outstanding).toBe('50.00');
  });

  it('refuses to take an invoice below zero or a receipt beyond its gross (OVER_ALLOCATION), writing nothing', async () => {
    const inv = await invoice('GLOBEX', '40.00');
    const { data } = await receipt('GLOBEX', '25.00');
    const paid = data!.createTransaction;
    const allocations = await app.db.prisma.allocation.count();
    const beyondInvoice = await app.request(Allocate, { input: { bookId, fromId: paid.id, allocations: [{ transactionId: inv.id, amount: '40.01' }] } });
    expect(errorCode(beyondInvoice)).toBe('OVER_ALLOCATION');
    const beyondReceipt = await app.request(Allocate, { input: { bookId, fromId: paid.id, allocations: [{ transactionId: inv.id, amount: '25.01' }] } });
    expect(errorCode(beyondReceipt)).toBe('OVER_ALLOCATION');
    expect(await app.db.prisma.allocation.count()).toBe(allocations);
    const atCreation = await receipt('GLOBEX', '10.00', { allocations: [{ transactionId: inv.id, amount: '10.01' }] });
    expect(errorCode(atCreation)).toBe('OVER_ALLOCATION');
    expect((await view(inv.id)).outstanding).toBe('40.00');
  });

  it('never over-allocates one invoice under parallel allocations', async () => {
    const inv = await invoice('GLOBEX', '100.00');
    const receipts = [];
    for (let i = 0; i < 6; i++) receipts.push((await receipt('GLOBEX', '30.00')).data!.createTransaction);
    const results = await Promise.all(
      receipts.map((r) => app.request(Allocate, { input: { bookId, fromId: r.id, allocations: [{ transactionId: inv.id, amount: '30.00' }] } })),
    );
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(3);
    expect(results.filter((r) => r.errors).every((r) => errorCode(r) === 'OVER_ALLOCATION')).toBe(true);
    expect((await view(inv.id)).outstanding).toBe('10.00');
  });

  it('reverses a type without approval at once: mirrored entries, same lines and taxes, linked both ways', async () => {
    const { createTransaction: original } = await app.ok(Post, {
      input: { bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-04-10', lines: [{ net: '99.99', taxCode: 'S' }] },
    });
    const before = await balance('ACME');
    expect(errorCode(await app.request(RequestReversal, { input: { transactionId: original.id, reason: '  ' } }))).toBe('BAD_USER_INPUT');
    const { requestReversal } = await app.ok(RequestReversal, { input: { transactionId: original.id, reason: 'sent to the wrong customer', date: '2026-04-11' } });
    expect(requestReversal.status).toBe('APPROVED');
    expect(requestReversal.reversal!.entries.map((e) => [e.account.code, e.side, e.amount])).toEqual(
      original.entries.map((e) => [e.account.code, e.side === 'DEBIT' ? 'CREDIT' : 'DEBIT', e.amount]),
    );
    const seen = await view(original.id);
    expect(seen.reversedBy!.id).toBe(requestReversal.reversal!.id);
    expect(seen.reversedBy!.lines).toEqual([{ net: '99.99', tax: '20.00', taxCode: { code: 'S' } }]);
    expect((await view(requestReversal.reversal!.id)).reversalOf!.id).toBe(original.id);
    const after = await balance('ACME');
    expect(BigInt(after.balance.posted.replace('.', ''))).toBe(BigInt(before.balance.posted.replace('.', '')) - 11999n);
    const again = await app.request(RequestReversal, { input: { transactionId: original.id, reason: 'again' } });
    expect(errorCode(again)).toBe('ALREADY_REVERSED');
    const ofReversal = await app.request(RequestReversal, { input: { transactionId: requestReversal.reversal!.id, reason: 'undo' } });
    expect(errorCode(ofReversal)).toBe('INVALID_STATE');
  });

  it("answers a stranger from another book as if this book's ids did not exist (NOT_FOUND, no probing)", async () => {
    const pending = await invoice('ACME', '10.00', { pending: true });
    const posted = await invoice('ACME', '20.00');
    const elsewhere = await standardBook(app, 'Elsewhere');
    const olga = await member(app, elsewhere, 'Olga', 'ADMIN');
    const missing = '01a2c0de-0000-7000-8000-000000000000';
    // the same answer for a real id of this book and for an id that names nothing
    for (const id of [pending.id, missing]) {
      const result = await app.request(PostPending, { id }, olga);
      expect(errorCode(result)).toBe('NOT_FOUND');
      expect(result.errors![0]!.message).toBe(`id ${id} is not a transaction`);
      expect(errorCode(await app.request(RequestReversal, { input: { transactionId: id, reason: 'probe' } }, olga))).toBe('NOT_FOUND');
      expect((await app.ok(AnyNode, { id }, olga)).node).toBeNull();
    }
    // nor can a receipt of her own book be allocated to this book's invoice
    const receipt = (await app.ok(Post, { input: { bookId: elsewhere, typeCode: 'SR', accountCode: 'ACME', counterAccountCode: 'BANK1', date: '2026-04-01', amount: '5.00' } }, olga)).createTransaction;
    const refused = await app.request(Allocate, { input: { bookId: elsewhere, fromId: receipt.id, allocations: [{ transactionId: posted.id, amount: '5.00' }] } }, olga);
    expect(errorCode(refused)).toBe('NOT_FOUND');
    expect(refused.errors![0]!.message).toBe(`allocations[0].transactionId ${posted.id} is not a transaction`);
    // members still hear FORBIDDEN for what their role may not do
    const viewer = await member(app, bookId, 'Vic', 'VIEWER');
    expect(errorCode(await app.request(PostPending, { id: pending.id }, viewer))).toBe('FORBIDDEN');
    expect((await view(pending.id)).status).toBe('PENDING');
  });

  it('holds a reversal that needs approval until a different APPROVER approves it, then releases allocations', async () => {
    const inv = await invoice('ACME', '60.00');
    const paid = (await receipt('ACME', '60.00', { allocations: [{ transactionId: inv.id, amount: '60.00' }] })).data!.createTransaction;
    const bankBefore = await balance('BANK1');
    const { requestReversal: request } = await app.ok(
      RequestReversal,
      { input: { transactionId: paid.id, reason: 'cheque bounced', date: '2026-04-20' } },
      tokens.Eddie,
    );
    expect(request).toMatchObject({ status: 'AWAITING_APPROVAL', reversal: null, requestedBy: { name: 'Eddie' } });
    expect(await balance('BANK1')).toEqual(bankBefore);
    expect(errorCode(await app.request(ApproveReversal, { id: request.id }, tokens.Eddie))).toBe('SELF_APPROVAL');
    expect(errorCode(await app.request(ApproveReversal, { id: request.id }, tokens.Edna))).toBe('FORBIDDEN');
    const { approveReversal } = await app.ok(ApproveReversal, { id: request.id }, tokens.Ava);
    expect(approveReversal).toMatchObject({ status: 'APPROVED', decidedBy: { name: 'Ava' }, reversal: { status: 'POSTED' } });
    expect((await balance('BANK1')).balance.posted).not.toBe(bankBefore.balance.posted);
    const seen = await view(paid.id);
    expect(seen.allocations).toEqual([{ amount: '60.00', released: true, from: { id: paid.id }, to: { id: inv.id } }]);
    expect((await view(inv.id)).outstanding).toBe('60.00');
    expect(errorCode(await app.request(ApproveReversal, { id: request.id }, tokens.Ava))).toBe('INVALID_STATE');
    const events = await app.db.prisma.auditEvent.findMany({ where: { entityId: request.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.action, e.reason])).toEqual([
      ['reversal.request', 'cheque bounced'],
      ['reversal.approve', 'cheque bounced'],
    ]);
  });

  it('records a rejection with its reason and moves nothing', async () => {
    const paid = (await receipt('ACME', '5.00')).data!.createTransaction;
    const { requestReversal: request } = await app.ok(RequestReversal, { input: { transactionId: paid.id, reason: 'duplicate?' } }, tokens.Eddie);
    expect(errorCode(await app.request(RejectReversal, { id: request.id, reason: ' ' }, tokens.Ava))).toBe('BAD_USER_INPUT');
    const { rejectReversal } = await app.ok(RejectReversal, { id: request.id, reason: 'not a duplicate' }, tokens.Ava);
    expect(rejectReversal).toMatchObject({ status: 'REJECTED', decidedBy: { name: 'Ava' }, reversal: null });
    expect((await view(paid.id)).reversedBy).toBeNull();
  });

  it('refuses posting, reversing and allocating into a closed period, and closing a period with pending work', async () => {
    const { createPeriod } = await app.ok(OpenPeriod, { input: { bookId, name: 'May 2026', start: '2026-05-01', end: '2026-05-31' } });
    const { createTransaction: pending } = await app.ok(Post, {
      input: { bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-05-10', lines: [{ net: '1.00', taxCode: 'Z' }], pending: true },
    });
    expect(errorCode(await app.request(ClosePeriod, { id: createPeriod.id }))).toBe('INVALID_STATE');
    await app.ok(VoidPending, { id: pending.id });
    const inv = await invoice('ACME', '8.00', { date: '2026-05-11' });
    const paid = (await receipt('ACME', '8.00', { date: '2026-05-12' })).data!.createTransaction;
    expect((await app.ok(ClosePeriod, { id: createPeriod.id })).closePeriod.status).toBe('CLOSED');
    expect(errorCode(await app.request(RequestReversal, { input: { transactionId: inv.id, reason: 'x', date: '2026-05-20' } }))).toBe('PERIOD_CLOSED');
    expect(errorCode(await app.request(Allocate, { input: { bookId, fromId: paid.id, allocations: [{ transactionId: inv.id, amount: '8.00' }] } }))).toBe('PERIOD_CLOSED');
    expect(errorCode(await receipt('ACME', '1.00', { date: '2026-05-13' }))).toBe('PERIOD_CLOSED');
    // a reversal dated in an open period is fine
    const ok = await app.ok(RequestReversal, { input: { transactionId: inv.id, reason: 'wrong amount', date: '2026-06-01' } });
    expect(ok.requestReversal.status).toBe('APPROVED');
  });
});
