// Periods through the year: reopenPeriod with a reason, closeYear's journal to retained
// earnings, the book setting that refuses dates outside every period, and the book-wide
// rule that every reversal needs approval. Figures computed by hand in the comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { createTestApp, databaseKinds, errorCode, type TestApp } from '../support/app.ts';
import { AccountBalance, member, Post, standardBook } from '../support/books.ts';

const CreatePeriod = graphql(`
  mutation YearPeriod($input: CreatePeriodInput!) { createPeriod(input: $input) { id name status } }
`);
const ReopenPeriod = graphql(`
  mutation YearReopen($id: ID!, $reason: String!) { reopenPeriod(id: $id, reason: $reason) { id name status } }
`);
const ClosePeriod = graphql(`
  mutation YearClosePeriod($id: ID!) { closePeriod(id: $id) { status } }
`);
const CloseYear = graphql(`
  mutation CloseYear($input: CloseYearInput!) {
    closeYear(input: $input) {
      id number status date reference type { code }
      lines { lineNo net side account { code } }
      entries { account { code } side amount }
    }
  }
`);
const Periods = graphql(`
  query YearPeriods($bookId: ID!) { book(id: $bookId) { periods { name status } } }
`);
const YearTrialBalance = graphql(`
  query YearTrialBalance($bookId: ID!) { book(id: $bookId) { trialBalance { totalDebits totalCredits } } }
`);
const Settings = graphql(`
  mutation YearSettings($input: UpdateBookSettingsInput!) {
    updateBookSettings(input: $input) { id requirePeriods reversalsRequireApproval }
  }
`);
const YearAudit = graphql(`
  query YearAudit($bookId: ID!) {
    book(id: $bookId) { auditEvents(first: 500) { edges { node { action entityId before after reason } } } }
  }
`);
const Reverse = graphql(`
  mutation YearReverse($input: RequestReversalInput!) { requestReversal(input: $input) { id status reversal { id } } }
`);
const Approve = graphql(`
  mutation YearApprove($id: ID!) { approveReversal(id: $id) { status reversal { id } } }
`);

const QUARTERS = [
  ['Q1 2026', '2026-01-01', '2026-03-31'],
  ['Q2 2026', '2026-04-01', '2026-06-30'],
  ['Q3 2026', '2026-07-01', '2026-09-30'],
  ['Q4 2026', '2026-10-01', '2026-12-31'],
] as const;

describe.each(databaseKinds())('periods and the year end on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  let editor: string;
  let approver: string;
  const periodIds: Record<string, string> = {};

  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app, 'Year end');
    editor = await member(app, bookId, 'Eddie', 'EDITOR');
    approver = await member(app, bookId, 'Ava', 'APPROVER');
    for (const [name, start, end] of QUARTERS) {
      periodIds[name] = (await app.ok(CreatePeriod, { input: { bookId, name, start, end } })).createPeriod.id;
    }
  });
  afterAll(() => app?.close());

  const posted = async (code: string) => (await app.ok(AccountBalance, { bookId, code })).book!.account!.balance.posted;
  const invoice = (date: string, net: string, taxCode = 'Z') =>
    app.request(Post, { input: { bookId, typeCode: 'SI', accountCode: 'ACME', date, lines: [{ net, taxCode }] } });
  const closeYear = (extra: Record<string, unknown> = {}, token?: string) =>
    app.request(CloseYear, { input: { bookId, yearEnd: '2026-12-31', retainedEarningsAccountCode: '3200', ...extra } }, token);
  const audit = async () => (await app.ok(YearAudit, { bookId })).book!.auditEvents.edges.map((e) => e.node);

  it('closes the year: income and expense to retained earnings, every period of the year closed', async () => {
    // income 4000: 1000.00 + 500.00 = 1500.00 credit; expenses 5000: 300.00, 7100: 200.00; profit 1000.00
    expect((await invoice('2026-02-10', '1000.00', 'S')).errors).toBeUndefined();
    expect((await invoice('2026-05-10', '500.00')).errors).toBeUndefined();
    await app.ok(Post, { input: { bookId, typeCode: 'PI', accountCode: 'INITECH', date: '2026-06-01', lines: [{ net: '300.00', taxCode: 'PS' }] } });
    await app.ok(Post, {
      input: { bookId, typeCode: 'NJ', date: '2026-07-01', lines: [{ accountCode: '7100', side: 'DEBIT', net: '200.00' }, { accountCode: '3000', side: 'CREDIT', net: '200.00' }] },
    });
    // Q1 closed by hand already: closeYear closes the others
    await app.ok(ClosePeriod, { id: periodIds['Q1 2026']! });

    const result = await closeYear();
    expect(result.errors).toBeUndefined();
    const journal = result.data!.closeYear;
    expect(journal).toMatchObject({ status: 'POSTED', date: '2026-12-31', reference: 'YE-2026-12-31', type: { code: 'NJ' } });
    expect(journal.lines.map((l) => [l.account!.code, l.side, l.net])).toEqual([
      ['4000', 'DEBIT', '1500.00'],
      ['5000', 'CREDIT', '300.00'],
      ['7100', 'CREDIT', '200.00'],
      ['3200', 'CREDIT', '1000.00'],
    ]);
    for (const code of ['4000', '5000', '7100']) expect(await posted(code)).toBe('0.00');
    expect(await posted('3200')).toBe('1000.00');
    expect(await posted('3000')).toBe('200.00');
    const tb = (await app.ok(YearTrialBalance, { bookId })).book!.trialBalance;
    expect(tb.totalDebits).toBe(tb.totalCredits);
    expect((await app.ok(Periods, { bookId })).book!.periods.map((p) => p.status)).toEqual(['CLOSED', 'CLOSED', 'CLOSED', 'CLOSED']);
    const events = await audit();
    const yearClose = events.find((e) => e.action === 'year.close');
    expect(yearClose).toMatchObject({ entityId: journal.id, after: { yearEnd: '2026-12-31', periodsClosed: ['Q2 2026', 'Q3 2026', 'Q4 2026'] } });
    expect(events.filter((e) => e.action === 'period.close')).toHaveLength(4);
    expect(errorCode(await invoice('2026-03-01', '1.00'))).toBe('PERIOD_CLOSED');
  });

  it('reopens a closed period with a reason (ADMIN), audited; closing the year again carries what was posted since', async () => {
    const q1 = periodIds['Q1 2026']!;
    expect(errorCode(await app.request(ReopenPeriod, { id: q1, reason: '  ' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.request(ReopenPeriod, { id: q1, reason: 'late invoice' }, editor))).toBe('FORBIDDEN');
    expect(errorCode(await app.request(ReopenPeriod, { id: '01900000-0000-7000-8000-000000000000', reason: 'x' }))).toBe('NOT_FOUND');
    const reopened = await app.ok(ReopenPeriod, { id: q1, reason: 'late invoice from March' });
    expect(reopened.reopenPeriod).toMatchObject({ name: 'Q1 2026', status: 'OPEN' });
    expect(errorCode(await app.request(ReopenPeriod, { id: q1, reason: 'again' }))).toBe('INVALID_STATE');
    const event = (await audit()).find((e) => e.action === 'period.reopen')!;
    expect(event).toMatchObject({ entityId: q1, reason: 'late invoice from March', before: { status: 'CLOSED' }, after: { status: 'OPEN' } });

    expect((await invoice('2026-03-01', '100.00')).errors).toBeUndefined();
    expect(await posted('4000')).toBe('100.00');
    // the journal is dated in Q4, which is closed
    expect(errorCode(await closeYear())).toBe('PERIOD_CLOSED');
    await app.ok(ReopenPeriod, { id: periodIds['Q4 2026']!, reason: 'carry the late invoice' });
    const again = await closeYear();
    expect(again.errors).toBeUndefined();
    expect(again.data!.closeYear.lines.map((l) => [l.account!.code, l.side, l.net])).toEqual([
      ['4000', 'DEBIT', '100.00'],
      ['3200', 'CREDIT', '100.00'],
    ]);
    expect(await posted('4000')).toBe('0.00');
    expect(await posted('3200')).toBe('1100.00');
    expect((await app.ok(Periods, { bookId })).book!.periods.every((p) => p.status === 'CLOSED')).toBe(true);
  });

  it('refuses a close it cannot make, and writes nothing', async () => {
    await app.ok(ReopenPeriod, { id: periodIds['Q4 2026']!, reason: 'checks' });
    const before = (await audit()).length;
    // everything is at zero
    expect(errorCode(await closeYear())).toBe('INVALID_STATE');
    expect(errorCode(await closeYear({ yearEnd: '2026-12-30' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await closeYear({ retainedEarningsAccountCode: 'NOPE' }))).toBe('NOT_FOUND');
    expect((await invoice('2026-11-01', '40.00')).errors).toBeUndefined();
    expect(errorCode(await closeYear({ retainedEarningsAccountCode: '1001' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await closeYear({}, editor))).toBe('FORBIDDEN');
    const pending = await app.ok(Post, { input: { bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-12-01', pending: true, lines: [{ net: '5.00', taxCode: 'Z' }] } });
    const refused = await closeYear();
    expect(errorCode(refused)).toBe('INVALID_STATE');
    expect(refused.errors![0]!.message).toMatch(/pending/);
    expect(await posted('4000')).toBe('40.00');
    // the one invoice's create event only
    expect((await audit()).length).toBe(before + 2);
    expect(pending.createTransaction.status).toBe('PENDING');
  });

  it('refuses dates outside every period when the book says so; the change is audited', async () => {
    expect((await invoice('2027-01-05', '10.00')).errors).toBeUndefined();
    expect(errorCode(await app.request(Settings, { input: { id: bookId, requirePeriods: true } }, editor))).toBe('FORBIDDEN');
    const set = await app.ok(Settings, { input: { id: bookId, requirePeriods: true } });
    expect(set.updateBookSettings).toMatchObject({ requirePeriods: true, reversalsRequireApproval: false });
    const refused = await invoice('2027-01-06', '10.00');
    expect(errorCode(refused)).toBe('PERIOD_CLOSED');
    expect(refused.errors![0]!.message).toMatch(/in no period/);
    await app.ok(CreatePeriod, { input: { bookId, name: 'Q1 2027', start: '2027-01-01', end: '2027-03-31' } });
    expect((await invoice('2027-01-06', '10.00')).errors).toBeUndefined();
    const event = (await audit()).find((e) => e.action === 'book.updateSettings')!;
    expect(event).toMatchObject({ entityId: bookId, before: { requirePeriods: false }, after: { requirePeriods: true } });
    await app.ok(Settings, { input: { id: bookId, requirePeriods: false } });
  });

  it('makes every reversal two-person when the book says so; requests already made keep their rule', async () => {
    const first = (await invoice('2027-02-01', '20.00')).data!.createTransaction;
    const second = (await invoice('2027-02-02', '30.00')).data!.createTransaction;
    const third = (await invoice('2027-02-03', '40.00')).data!.createTransaction;
    // SI needs no approval of its own
    const atOnce = await app.ok(Reverse, { input: { transactionId: first.id, reason: 'duplicate', date: '2027-02-05' } }, editor);
    expect(atOnce.requestReversal.status).toBe('APPROVED');
    await app.ok(Settings, { input: { id: bookId, reversalsRequireApproval: true } });
    const waiting = await app.ok(Reverse, { input: { transactionId: second.id, reason: 'wrong amount', date: '2027-02-05' } }, editor);
    expect(waiting.requestReversal).toMatchObject({ status: 'AWAITING_APPROVAL', reversal: null });
    await app.ok(Settings, { input: { id: bookId, reversalsRequireApproval: false } });
    // made under the rule, so it still waits for the approver
    const approved = await app.ok(Approve, { id: waiting.requestReversal.id }, approver);
    expect(approved.approveReversal.status).toBe('APPROVED');
    expect(approved.approveReversal.reversal).not.toBeNull();
    const again = await app.ok(Reverse, { input: { transactionId: third.id, reason: 'cancelled', date: '2027-02-05' } }, editor);
    expect(again.requestReversal.status).toBe('APPROVED');
    const changes = (await audit()).filter((e) => e.action === 'book.updateSettings').map((e) => e.after);
    expect(changes.slice(-2)).toEqual([
      { requirePeriods: false, reversalsRequireApproval: true },
      { requirePeriods: false, reversalsRequireApproval: false },
    ]);
  });
});
