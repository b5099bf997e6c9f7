// The posting interpreter end to end: model.md's worked examples, every refusal with its
// contract code and nothing written, idempotency, versions and document numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, databaseKinds, errorCode, type TestApp } from '../support/app.ts';
import { AccountBalance, Post, standardBook } from '../support/books.ts';

describe.each(databaseKinds())('posting on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app);
  });
  afterAll(() => app?.close());

  const balance = async (code: string, asOf?: string) =>
    (await app.ok(AccountBalance, { bookId, code, asOf })).book!.account!;

  /** Row counts that a refused request must leave unchanged. */
  const footprint = async () => ({
    transactions: await app.db.prisma.transaction.count(),
    entries: await app.db.prisma.entry.count(),
    lines: await app.db.prisma.transactionLine.count(),
    audit: await app.db.prisma.auditEvent.count(),
    idempotency: await app.db.prisma.idempotencyRecord.count(),
  });

  it('posts the worked sales invoice: ACME and debtors control debited 120.00, sales 100.00 and VAT 20.00 credited', async () => {
    const before = await balance('1100');
    const { createTransaction: invoice } = await app.ok(Post, {
      input: { bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-01-15', lines: [{ net: '100.00', taxCode: 'S' }] },
    });
    expect(invoice).toMatchObject({ status: 'POSTED', net: '100.00', tax: '20.00', gross: '120.00', outstanding: '120.00' });
    expect(invoice.number).toMatch(/^SI-\d{6}$/);
    expect(invoice.entries.map((e) => [e.account.code, e.side, e.amount])).toEqual([
      ['ACME', 'DEBIT', '120.00'],
      ['1100', 'DEBIT', '120.00'],
      ['4000', 'CREDIT', '100.00'],
      ['2200', 'CREDIT', '20.00'],
    ]);
    expect(invoice.lines).toEqual([
      { lineNo: 1, net: '100.00', tax: '20.00', quantity: null, taxCode: { code: 'S' }, account: { code: '4000' } },
    ]);
    const acme = await balance('ACME');
    expect(acme.balance).toMatchObject({ posted: '120.00', pending: '120.00', available: '120.00', postedDebits: '120.00', postedCredits: '0.00', currency: 'GBP' });
    expect(acme.version).toBe(1);
    expect((await balance('1100')).version).toBe(before.version + 1);
    expect((await balance('4000')).balance.posted).toBe('100.00');
  });

  it('posts the worked customer receipt: ACME credited, BANK1 and its nominal 1200 debited, debtors control credited', async () => {
    const { createTransaction: receipt } = await app.ok(Post, {
      input: { bookId, typeCode: 'SR', accountCode: 'ACME', counterAccountCode: 'BANK1', date: '2026-01-20', amount: '120.00' },
    });
    expect(receipt.entries.map((e) => [e.account.code, e.side, e.amount])).toEqual([
      ['ACME', 'CREDIT', '120.00'],
      ['BANK1', 'DEBIT', '120.00'],
      ['1100', 'CREDIT', '120.00'],
      ['1200', 'DEBIT', '120.00'],
    ]);
    expect((await balance('ACME')).balance.posted).toBe('0.00');
    expect((await balance('BANK1')).balance.posted).toBe('120.00');
    expect((await balance('1200')).balance.posted).toBe('120.00');
  });

  it('numbers each running entry per account in order, with a running balance that chains', async () => {
    const entries = await app.db.prisma.entry.findMany({
      where: { bookId, status: 'POSTED' },
      orderBy: [{ accountId: 'asc' }, { sequence: 'asc' }],
    });
    const byAccount = new Map<string, typeof entries>();
    for (const e of entries) byAccount.set(e.accountId, [...(byAccount.get(e.accountId) ?? []), e]);
    for (const [, list] of byAccount) {
      expect(list.map((e) => e.sequence)).toEqual(list.map((_, i) => i + 1));
    }
    const acme = await app.db.prisma.account.findFirstOrThrow({ where: { bookId, code: 'ACME' } });
    const acmeEntries = byAccount.get(acme.id)!;
    expect(acmeEntries.map((e) => e.runningBalance)).toEqual([12000n, 0n]);
  });

  it('answers a balance as of a date from before a posting', async () => {
    expect((await balance('ACME', '2026-01-16')).balance.posted).toBe('120.00');
    expect((await balance('ACME', '2026-01-14')).balance.posted).toBe('0.00');
    expect((await balance('ACME', '2026-01-31')).balance.posted).toBe('0.00');
  });

  const refusals: [string, () => Record<string, unknown>, string, RegExp][] = [
    ['an amount with more decimals than the currency', () => ({ typeCode: 'SI', accountCode: 'ACME', lines: [{ net: '10.005', taxCode: 'S' }] }), 'BAD_USER_INPUT', /decimal places/],
    ['a negative amount', () => ({ typeCode: 'SR', accountCode: 'ACME', counterAccountCode: 'BANK1', amount: '-5.00' }), 'BAD_USER_INPUT', /greater than zero/],
    ['an unknown type', () => ({ typeCode: 'NOPE', accountCode: 'ACME', amount: '1.00' }), 'NOT_FOUND', /NOPE/],
    ['an unknown account', () => ({ typeCode: 'SI', accountCode: 'WHO', lines: [{ net: '1.00', taxCode: 'S' }] }), 'NOT_FOUND', /WHO/],
    ['an unbalanced journal', () => ({ typeCode: 'NJ', lines: [{ accountCode: '6000', side: 'DEBIT', net: '10.00' }, { accountCode: '3000', side: 'CREDIT', net: '9.00' }] }), 'UNBALANCED', /10\.00.*9\.00|9\.00.*10\.00/],
    ['a journal line on a control account', () => ({ typeCode: 'NJ', lines: [{ accountCode: '1100', side: 'DEBIT', net: '10.00' }, { accountCode: '4000', side: 'CREDIT', net: '10.00' }] }), 'BAD_USER_INPUT', /control account/],
    ['another currency than the account', () => ({ typeCode: 'SI', accountCode: 'ACME', currency: 'EUR', lines: [{ net: '10.00', taxCode: 'S' }] }), 'CURRENCY_MISMATCH', /EUR/],
    ['a receipt without its counter account', () => ({ typeCode: 'SR', accountCode: 'ACME', amount: '10.00' }), 'BAD_USER_INPUT', /counter account/],
    ['lines given to a type that takes an amount', () => ({ typeCode: 'SR', accountCode: 'ACME', counterAccountCode: 'BANK1', lines: [{ net: '1.00' }] }), 'BAD_USER_INPUT', /amount/],
    ['an amount given to a type that takes lines', () => ({ typeCode: 'SI', accountCode: 'ACME', amount: '1.00' }), 'BAD_USER_INPUT', /lines/],
    ['a purchase tax code on a sales invoice', () => ({ typeCode: 'SI', accountCode: 'ACME', lines: [{ net: '1.00', taxCode: 'PS' }] }), 'BAD_USER_INPUT', /PURCHASES/],
    ['a client payment beyond the client balance', () => ({ typeCode: 'CP', accountCode: 'CLIENT1', counterAccountCode: 'CLIENTBANK', amount: '1.00' }), 'LIMIT_EXCEEDED', /CLIENT1/],
  ];

  it.each(refusals)('refuses %s with its code, writing nothing', async (_what, input, code, message) => {
    const before = await footprint();
    const result = await app.request(Post, { input: { bookId, date: '2026-02-01', ...input() } as never });
    expect(errorCode(result), JSON.stringify(result.errors)).toBe(code);
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(await footprint()).toEqual(before);
  });

  it('gives the available amount in extensions when a limit would be broken', async () => {
    await app.ok(Post, { input: { bookId, typeCode: 'CR', accountCode: 'CLIENT1', counterAccountCode: 'CLIENTBANK', date: '2026-02-01', amount: '50.00' } });
    const result = await app.request(Post, {
      input: { bookId, typeCode: 'CP', accountCode: 'CLIENT1', counterAccountCode: 'CLIENTBANK', date: '2026-02-02', amount: '50.01' },
    });
    expect(errorCode(result)).toBe('LIMIT_EXCEEDED');
    expect(result.errors?.[0]?.extensions).toMatchObject({ available: '50.00', accountCode: 'CLIENT1' });
    const paid = await app.ok(Post, {
      input: { bookId, typeCode: 'CP', accountCode: 'CLIENT1', counterAccountCode: 'CLIENTBANK', date: '2026-02-02', amount: '50.00' },
    });
    expect(paid.createTransaction.status).toBe('POSTED');
    expect((await balance('CLIENT1')).balance.available).toBe('0.00');
  });

  it('keeps document numbers gapless across a refused posting', async () => {
    const post = (net: string) =>
      app.request(Post, { input: { bookId, typeCode: 'PI', accountCode: 'INITECH', date: '2026-02-03', lines: [{ net, taxCode: 'PS' }] } });
    const first = (await post('10.00')).data!.createTransaction.number;
    expect(errorCode(await post('1.001'))).toBe('BAD_USER_INPUT');
    const second = (await post('11.00')).data!.createTransaction.number;
    expect(Number(second.slice(3))).toBe(Number(first.slice(3)) + 1);
  });

  it('refuses a date in a closed period (PERIOD_CLOSED) and writes nothing', async () => {
    const period = await app.db.prisma.period.create({
      data: { bookId, name: 'Dec 2025', start: '2025-12-01', end: '2025-12-31', status: 'CLOSED' },
    });
    const before = await footprint();
    const result = await app.request(Post, {
      input: { bookId, typeCode: 'SI', accountCode: 'ACME', date: '2025-12-15', lines: [{ net: '5.00', taxCode: 'S' }] },
    });
    expect(errorCode(result)).toBe('PERIOD_CLOSED');
    expect(result.errors?.[0]?.message).toContain('Dec 2025');
    expect(await footprint()).toEqual(before);
    await app.db.prisma.period.delete({ where: { id: period.id } });
  });

  it('returns the first transaction for a repeated idempotency key and refuses the key with other input', async () => {
    const input = { bookId, typeCode: 'SI', accountCode: 'GLOBEX', date: '2026-03-01', idempotencyKey: 'inv-42', lines: [{ net: '42.00', taxCode: 'S' }] };
    const first = (await app.ok(Post, { input })).createTransaction;
    const entries = await app.db.prisma.entry.count();
    const again = (await app.ok(Post, { input })).createTransaction;
    expect(again.id).toBe(first.id);
    expect(await app.db.prisma.entry.count()).toBe(entries);
    const other = await app.request(Post, { input: { ...input, lines: [{ net: '43.00', taxCode: 'S' }] } });
    expect(errorCode(other)).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('makes one transaction of concurrent requests with one idempotency key', async () => {
    const input = { bookId, typeCode: 'SI', accountCode: 'GLOBEX', date: '2026-03-02', idempotencyKey: 'race-1', lines: [{ net: '7.00', taxCode: 'S' }] };
    const results = await Promise.all(Array.from({ length: 8 }, () => app.ok(Post, { input })));
    expect(new Set(results.map((r) => r.createTransaction.id)).size).toBe(1);
    expect(await app.db.prisma.transaction.count({ where: { bookId, reference: null, date: '2026-03-02' } })).toBe(1);
  });

  it('refuses a stale expected version (VERSION_CONFLICT) and accepts the current one', async () => {
    const { version } = await balance('GLOBEX');
    const input = (v: number) => ({
      bookId, typeCode: 'SI', accountCode: 'GLOBEX', date: '2026-03-03',
      lines: [{ net: '1.00', taxCode: 'S' }], expectedVersions: [{ accountCode: 'GLOBEX', version: v }],
    });
    const stale = await app.request(Post, { input: input(version - 1) });
    expect(errorCode(stale)).toBe('VERSION_CONFLICT');
    expect((await app.ok(Post, { input: input(version) })).createTransaction.status).toBe('POSTED');
    expect((await balance('GLOBEX')).version).toBe(version + 1);
  });
});
