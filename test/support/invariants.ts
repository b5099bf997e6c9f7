// model.md's invariants, checked against the rows of one book: what the property and
// concurrency tests assert after every step. Raw rows, not the API, so a wrong resolver
// cannot hide a wrong write.
import { expect } from 'vitest';
import { computeBalance } from '../../src/domain/balances.ts';
import type { Database } from '../../src/db.ts';

type Prisma = Database['prisma'];

const net = (debits: bigint, credits: bigint) => debits - credits;

async function bookRows(prisma: Prisma, bookId: string) {
  const [accounts, balances, entries, daily, ledgerDaily] = await Promise.all([
    prisma.account.findMany({ where: { bookId }, include: { ledger: { select: { kind: true, controlAccountId: true, updatesNominal: true } } } }),
    prisma.accountBalance.findMany({ where: { account: { bookId } } }),
    prisma.entry.findMany({ where: { bookId }, orderBy: [{ accountId: 'asc' }, { sequence: 'asc' }, { id: 'asc' }] }),
    prisma.dailyBalance.findMany({ where: { bookId } }),
    prisma.ledgerDailyBalance.findMany({ where: { bookId } }),
  ]);
  return { accounts, balances: new Map(balances.map((b) => [b.accountId, b])), entries, daily, ledgerDaily };
}

/**
 * Invariants 1, 2, 3, 4 and 8 for the book, plus: the materialised sums equal the sums of
 * the entries, and the daily rollups add up to them. `postingOrder` (transaction ids in
 * the order they were committed) also checks that sequences follow posting order.
 */
export async function checkInvariants(prisma: Prisma, bookId: string, postingOrder?: readonly string[]): Promise<void> {
  const { accounts, balances, entries, daily, ledgerDaily } = await bookRows(prisma, bookId);
  const byId = new Map(accounts.map((a) => [a.id, a]));

  // the ledgers' daily rollups (what the reconciliation reads) are their accounts' rollups
  // summed per ledger, own control account and currency, in the ledgers that update the nominal ledger
  const summed = new Map<string, [bigint, bigint]>();
  for (const d of daily) {
    const account = byId.get(d.accountId)!;
    if (!account.ledger.updatesNominal) continue;
    const key = `${account.ledgerId}|${account.controlAccountId ?? ''}|${account.currency}|${d.date}`;
    const [debits, credits] = summed.get(key) ?? [0n, 0n];
    summed.set(key, [debits + d.postedDebits, credits + d.postedCredits]);
  }
  const kept = new Map(ledgerDaily.filter((r) => r.postedDebits !== 0n || r.postedCredits !== 0n).map((r) => [`${r.ledgerId}|${r.controlAccountId}|${r.currency}|${r.date}`, [r.postedDebits, r.postedCredits]]));
  for (const [key, sums] of summed) if (sums[0] === 0n && sums[1] === 0n) summed.delete(key);
  expect(kept, 'LedgerDailyBalance = Σ DailyBalance per ledger, control account, currency and day').toEqual(summed);

  // the tax summary's day totals are the posted lines with a tax code, summed per day, code, type version, currency and reversal
  const [taxed, taxTotals] = await Promise.all([
    prisma.transactionLine.findMany({ where: { bookId, taxCodeId: { not: null }, transaction: { status: 'POSTED' } }, include: { transaction: true } }),
    prisma.taxDailyTotal.findMany({ where: { bookId } }),
  ]);
  const lineSums = new Map<string, [bigint, bigint]>();
  for (const l of taxed) {
    const t = l.transaction;
    const key = `${t.date}|${l.taxCodeId}|${t.typeVersionId}|${t.currency}|${t.reversalOfId === null ? 0 : 1}`;
    const [n, x] = lineSums.get(key) ?? [0n, 0n];
    lineSums.set(key, [n + l.net, x + l.tax]);
  }
  for (const [key, sums] of lineSums) if (sums[0] === 0n && sums[1] === 0n) lineSums.delete(key);
  const dayTotals = new Map(taxTotals.filter((d) => d.net !== 0n || d.tax !== 0n).map((d) => [`${d.date}|${d.taxCodeId}|${d.typeVersionId}|${d.currency}|${d.reversal}`, [d.net, d.tax]]));
  expect(dayTotals, 'TaxDailyTotal = Σ posted lines per day, tax code, type version, currency and reversal').toEqual(lineSums);

  // the aged report's totals: the items open now, and the open item movements, summed as the triggers keep them
  const [openItems, openTotals, movements, movementTotals] = await Promise.all([
    prisma.transaction.findMany({ where: { bookId, status: 'POSTED', outstanding: { gt: 0n }, accountId: { not: null } } }),
    prisma.openItemTotal.findMany({ where: { bookId } }),
    prisma.openItemMovement.findMany({ where: { bookId } }),
    prisma.openItemMovementTotal.findMany({ where: { bookId } }),
  ]);
  const versions = new Map((await prisma.transactionTypeVersion.findMany({ where: { bookId }, include: { type: { select: { ledgerId: true } } } })).map((v) => [v.id, v]));
  const summedItems = new Map<string, bigint>();
  for (const t of openItems) {
    const version = versions.get(t.typeVersionId)!;
    const key = `${version.type.ledgerId}|${t.currency}|${byId.get(t.accountId!)!.normalSide}|${t.date}|${t.dueDate ?? t.date}`;
    summedItems.set(key, (summedItems.get(key) ?? 0n) + (version.direction === 'DEBIT' ? t.outstanding! : -t.outstanding!));
  }
  const nonZero = (m: Map<string, bigint>) => new Map([...m].filter(([, v]) => v !== 0n));
  expect(nonZero(new Map(openTotals.map((o) => [`${o.ledgerId}|${o.currency}|${o.normalSide}|${o.itemDate}|${o.dueOn}`, o.amount]))), 'OpenItemTotal = Σ items open now').toEqual(nonZero(summedItems));
  const summedMoves = new Map<string, bigint>();
  for (const m of movements) {
    const key = `${m.ledgerId}|${m.currency}|${m.date}|${m.itemDate}|${m.dueOn}`;
    summedMoves.set(key, (summedMoves.get(key) ?? 0n) + m.amount);
  }
  expect(nonZero(new Map(movementTotals.map((o) => [`${o.ledgerId}|${o.currency}|${o.date}|${o.itemDate}|${o.dueOn}`, o.amount]))), 'OpenItemMovementTotal = Σ movements').toEqual(nonZero(summedMoves));

  // 1. per transaction and currency, the nominal entries balance
  const nominal = new Map<string, bigint>();
  for (const e of entries) {
    if (byId.get(e.accountId)!.ledger.kind !== 'NOMINAL' || e.status === 'VOIDED') continue;
    const key = `${e.transactionId}/${e.currency}`;
    nominal.set(key, (nominal.get(key) ?? 0n) + (e.side === 'DEBIT' ? e.amount : -e.amount));
  }
  for (const [key, difference] of nominal) expect(difference, `invariant 1: transaction/currency ${key}`).toBe(0n);

  // the materialised sums are the entries' sums; the daily rollups add up to the posted ones
  const fromEntries = new Map(accounts.map((a) => [a.id, { postedDebits: 0n, postedCredits: 0n, pendingDebits: 0n, pendingCredits: 0n }]));
  for (const e of entries) {
    const sums = fromEntries.get(e.accountId)!;
    if (e.status === 'POSTED') sums[e.side === 'DEBIT' ? 'postedDebits' : 'postedCredits'] += e.amount;
    if (e.status === 'PENDING') sums[e.side === 'DEBIT' ? 'pendingDebits' : 'pendingCredits'] += e.amount;
  }
  const rolledUp = new Map<string, [bigint, bigint]>();
  for (const d of daily) {
    const [debits, credits] = rolledUp.get(d.accountId) ?? [0n, 0n];
    rolledUp.set(d.accountId, [debits + d.postedDebits, credits + d.postedCredits]);
  }
  for (const account of accounts) {
    const row = balances.get(account.id)!;
    const sums = fromEntries.get(account.id)!;
    expect(
      { postedDebits: row.postedDebits, postedCredits: row.postedCredits, pendingDebits: row.pendingDebits, pendingCredits: row.pendingCredits },
      `AccountBalance of ${account.code} = Σ its entries`,
    ).toEqual(sums);
    expect(rolledUp.get(account.id) ?? [0n, 0n], `daily rollups of ${account.code}`).toEqual([sums.postedDebits, sums.postedCredits]);
  }

  // 2. every control account's balance = Σ the balances of the accounts it mirrors
  const mirrored = new Map<string, { rows: bigint; entries: bigint }>();
  for (const account of accounts) {
    const controlId = account.controlAccountId ?? account.ledger.controlAccountId;
    if (controlId === null || account.ledger.kind === 'NOMINAL') continue;
    const row = balances.get(account.id)!;
    const sums = fromEntries.get(account.id)!;
    const total = mirrored.get(controlId) ?? { rows: 0n, entries: 0n };
    total.rows += net(row.postedDebits, row.postedCredits);
    total.entries += net(sums.postedDebits, sums.postedCredits);
    mirrored.set(controlId, total);
  }
  for (const [controlId, total] of mirrored) {
    const control = balances.get(controlId)!;
    const controlSums = fromEntries.get(controlId)!;
    const code = byId.get(controlId)!.code;
    expect(total.rows, `invariant 2 (AccountBalance rows): control ${code}`).toBe(net(control.postedDebits, control.postedCredits));
    expect(total.entries, `invariant 2 (entries): control ${code}`).toBe(net(controlSums.postedDebits, controlSums.postedCredits));
  }

  // 3. the nominal trial balance sums to zero (per currency)
  const trial = new Map<string, bigint>();
  for (const account of accounts.filter((a) => a.ledger.kind === 'NOMINAL')) {
    const row = balances.get(account.id)!;
    trial.set(account.currency, (trial.get(account.currency) ?? 0n) + net(row.postedDebits, row.postedCredits));
  }
  for (const [currency, total] of trial) expect(total, `invariant 3: trial balance in ${currency}`).toBe(0n);

  // 4. gapless sequences in posting order; running balances chain to the posted balance
  const order = postingOrder ? new Map(postingOrder.map((id, i) => [id, i])) : null;
  for (const account of accounts) {
    const posted = entries.filter((e) => e.accountId === account.id && e.status === 'POSTED');
    expect(posted.map((e) => e.sequence), `invariant 4: sequences of ${account.code}`).toEqual(posted.map((_, i) => i + 1));
    let running = 0n;
    for (const e of posted) {
      running += e.side === account.normalSide ? e.amount : -e.amount;
      expect(e.runningBalance, `invariant 4: running balance of ${account.code} at ${e.sequence}`).toBe(running);
    }
    const row = balances.get(account.id)!;
    expect(running, `invariant 4: last running balance of ${account.code}`).toBe(computeBalance(account.normalSide, row).posted);
    expect(row.lastSequence, `lastSequence of ${account.code}`).toBe(posted.length);
    if (order) {
      const positions = posted.map((e) => order.get(e.transactionId) ?? -1);
      expect(positions, `invariant 4: ${account.code} sequenced in posting order`).toEqual([...positions].sort((a, b) => a - b));
    }
  }

  // 8. no account with a limit shows a forbidden available balance
  for (const account of accounts.filter((a) => a.limit !== 'NONE')) {
    const { available } = computeBalance(account.normalSide, balances.get(account.id)!);
    const forbiddenSide = account.limit === 'NO_DEBIT_BALANCE' ? 'DEBIT' : 'CREDIT';
    // signed by normal side: a balance on the forbidden side is negative when the normal side is the other one
    const showsForbidden = forbiddenSide === account.normalSide ? available > 0n : available < 0n;
    expect(showsForbidden, `invariant 8: ${account.code} (${account.limit}) available ${available}`).toBe(false);
  }
}

/** Everything a refused request must leave as it was: row counts, balances, rollups, numbers. */
export async function footprint(prisma: Prisma, bookId: string) {
  const [transactions, entries, lines, audit, idempotency, balances, daily, types, allocations] = await Promise.all([
    prisma.transaction.count({ where: { bookId } }),
    prisma.entry.count({ where: { bookId } }),
    prisma.transactionLine.count({ where: { bookId } }),
    prisma.auditEvent.count(),
    prisma.idempotencyRecord.count(),
    prisma.accountBalance.findMany({ where: { account: { bookId } }, orderBy: { accountId: 'asc' } }),
    prisma.dailyBalance.findMany({ where: { bookId }, orderBy: [{ accountId: 'asc' }, { date: 'asc' }] }),
    prisma.transactionType.findMany({ where: { bookId }, select: { code: true, nextNumber: true }, orderBy: { code: 'asc' } }),
    prisma.allocation.count({ where: { bookId } }),
  ]);
  return { transactions, entries, lines, audit, idempotency, balances, daily, types, allocations };
}

/** Invariant 7: the database itself refuses to rewrite or delete an entry or an audit event. */
export async function expectAppendOnly(db: Database, bookId: string): Promise<void> {
  const entry = await db.prisma.entry.findFirstOrThrow({ where: { bookId } });
  const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { bookId } });
  // ids are uuids the database made, so inlining them is safe; no placeholders keeps one SQL for both databases
  const refused = [
    `UPDATE "Entry" SET "amount" = "amount" + 1 WHERE "id" = '${entry.id}'`,
    `UPDATE "Entry" SET "date" = '1999-01-01' WHERE "id" = '${entry.id}'`,
    `UPDATE "Entry" SET "baseAmount" = COALESCE("baseAmount", 0) + 1 WHERE "id" = '${entry.id}'`,
    `DELETE FROM "Entry" WHERE "id" = '${entry.id}'`,
    `UPDATE "AuditEvent" SET "action" = 'rewritten' WHERE "id" = '${event.id}'`,
    `DELETE FROM "AuditEvent" WHERE "id" = '${event.id}'`,
  ];
  for (const sql of refused) {
    await expect(db.prisma.$executeRawUnsafe(sql), sql).rejects.toThrow(/append-only/);
  }
  const after = await db.prisma.entry.findUniqueOrThrow({ where: { id: entry.id } });
  expect(after).toEqual(entry);
  expect(await db.prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
}

/**
 * Invariants 1-3 in the base currency (model.md, "Foreign currency"): every money entry
 * carries a base amount (its amount when in the base currency; stock quantities none); per
 * transaction the nominal entries' base amounts balance across all currencies; every control
 * account's posted base amount is the sum of the accounts it mirrors; the nominal trial
 * balance in the base currency sums to zero.
 */
export async function checkBaseInvariants(prisma: Prisma, bookId: string): Promise<void> {
  const book = await prisma.book.findUniqueOrThrow({ where: { id: bookId }, select: { baseCurrency: true } });
  const { accounts, entries } = await bookRows(prisma, bookId);
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const isStock = (a: (typeof accounts)[number]) => a.type === 'STOCK_ITEM' || a.ledger.kind === 'STOCK';
  const perTransaction = new Map<string, bigint>();
  const postedBase = new Map<string, bigint>();
  for (const e of entries) {
    const account = byId.get(e.accountId)!;
    if (isStock(account)) {
      expect(e.baseAmount, `a stock quantity has no base amount (${account.code})`).toBeNull();
      continue;
    }
    expect(e.baseAmount, `entry ${e.id} of ${account.code} has a base amount`).not.toBeNull();
    if (e.currency === book.baseCurrency) expect(e.baseAmount, `entry ${e.id} in the base currency is its own base amount`).toBe(e.amount);
    const signed = e.side === 'DEBIT' ? e.baseAmount! : -e.baseAmount!;
    if (account.ledger.kind === 'NOMINAL' && e.status !== 'VOIDED') perTransaction.set(e.transactionId, (perTransaction.get(e.transactionId) ?? 0n) + signed);
    if (e.status === 'POSTED') postedBase.set(e.accountId, (postedBase.get(e.accountId) ?? 0n) + signed);
  }
  for (const [transactionId, difference] of perTransaction) expect(difference, `invariant 1 in base currency: transaction ${transactionId}`).toBe(0n);
  const mirrored = new Map<string, bigint>();
  for (const account of accounts) {
    const controlId = account.controlAccountId ?? account.ledger.controlAccountId;
    if (controlId === null || account.ledger.kind === 'NOMINAL' || isStock(account)) continue;
    mirrored.set(controlId, (mirrored.get(controlId) ?? 0n) + (postedBase.get(account.id) ?? 0n));
  }
  for (const [controlId, total] of mirrored) {
    expect(total, `invariant 2 in base currency: control ${byId.get(controlId)!.code}`).toBe(postedBase.get(controlId) ?? 0n);
  }
  let trial = 0n;
  for (const account of accounts.filter((a) => a.ledger.kind === 'NOMINAL')) trial += postedBase.get(account.id) ?? 0n;
  expect(trial, 'invariant 3 in base currency: the nominal trial balance').toBe(0n);
}
