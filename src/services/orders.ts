// Orders and fulfilment (src/domain/orders.ts): what an order still holds, the lines an
// invoice takes from it, the check that a reading does not fulfil more than is left, and
// the stock that open orders reserve.
import { isoCurrencyDigits } from '../domain/currency.ts';
import { DomainError } from '../domain/errors.ts';
import { formatAmount } from '../domain/money.ts';
import { checkReading, fulfilment, remainingByItem, remainingLines, type Fulfilment, type OrderLine, type ReadingLine } from '../domain/orders.ts';
import type { PostingPlan, RawLineInput } from '../domain/posting.ts';
import type { Prisma, Tx } from '../db.ts';

type Reader = Tx | Prisma;

/** The transactions that read the order and still count: not voided, not reversed. */
async function liveReadings(db: Reader, orderId: string, except?: string): Promise<ReadingLine[][]> {
  const readers = await db.transaction.findMany({
    where: { sourceId: orderId, status: { not: 'VOIDED' }, ...(except === undefined ? {} : { id: { not: except } }) },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  if (readers.length === 0) return [];
  const ids = readers.map((r) => r.id);
  const reversed = new Set(
    (await db.transaction.findMany({ where: { reversalOfId: { in: ids } }, select: { reversalOfId: true } })).map((r) => r.reversalOfId),
  );
  const live = ids.filter((id) => !reversed.has(id));
  const lines = await db.transactionLine.findMany({ where: { transactionId: { in: live } }, select: { transactionId: true, accountId: true, quantity: true } });
  return live.map((id) => lines.filter((l) => l.transactionId === id));
}

async function orderLines(db: Reader, orderId: string): Promise<OrderLine[]> {
  return db.transactionLine.findMany({
    where: { transactionId: orderId },
    orderBy: { lineNo: 'asc' },
    select: { lineNo: true, accountId: true, description: true, quantity: true, net: true, taxCodeId: true },
  });
}

/** How far an order is fulfilled, line by line. */
export async function orderFulfilment(db: Reader, orderId: string): Promise<Fulfilment> {
  return fulfilment(await orderLines(db, orderId), await liveReadings(db, orderId));
}

/** Digits of each account's currency or unit, and its code, for messages and decimal strings. */
async function accountFacts(db: Reader, bookId: string, ids: string[]) {
  const accounts = await db.account.findMany({ where: { bookId, id: { in: ids } }, select: { id: true, code: true, currency: true } });
  const units = new Map((await db.unit.findMany({ where: { bookId } })).map((u) => [u.code, u.decimals]));
  return new Map(accounts.map((a) => [a.id, { code: a.code, digits: isoCurrencyDigits(a.currency) ?? units.get(a.currency) ?? 0 }]));
}

/**
 * The lines an invoice takes from the order it names when it gives neither lines nor amount:
 * what is left of the order, as input lines. Undefined when the source is not in the book
 * (checkSource then refuses it precisely).
 */
export async function linesFromSource(tx: Reader, bookId: string, sourceId: string): Promise<RawLineInput[] | undefined> {
  const source = await tx.transaction.findUnique({ where: { id: sourceId }, select: { bookId: true, currency: true, number: true } });
  if (!source || source.bookId !== bookId) return undefined;
  const lines = await orderLines(tx, sourceId);
  if (lines.length === 0) return undefined;
  const state = fulfilment(lines, await liveReadings(tx, sourceId));
  if (state.status === 'FULFILLED') {
    throw new DomainError('INVALID_STATE', `sourceId ${source.number} has already been fulfilled`, { field: 'sourceId' });
  }
  const left = remainingLines(lines, state);
  const facts = await accountFacts(tx, bookId, lines.map((l) => l.accountId).filter((id): id is string => id !== null));
  const taxCodes = new Map((await tx.taxCode.findMany({ where: { bookId } })).map((t) => [t.id, t.code]));
  const digits = isoCurrencyDigits(source.currency) ?? 2;
  return left.map((line) => ({
    ...(line.accountId !== null && { accountCode: facts.get(line.accountId)!.code }),
    ...(line.description !== null && { description: line.description }),
    ...(line.quantity !== null && { quantity: formatAmount(line.quantity, facts.get(line.accountId!)!.digits) }),
    ...(line.taxCodeId !== null && { taxCode: taxCodes.get(line.taxCodeId)! }),
    net: formatAmount(line.net, digits),
  }));
}

/** checkSource's fulfilment check: refuses more than is left; says whether this reading completes the order. */
export async function checkOrderReading(
  tx: Reader,
  source: { id: string; bookId: string; number: string },
  plan: Pick<PostingPlan, 'lines'>,
  readerId?: string,
): Promise<{ completes: boolean }> {
  const lines = await orderLines(tx, source.id);
  const reading = plan.lines.map((l) => ({ accountId: l.accountId, quantity: l.quantity }));
  const facts = await accountFacts(tx, source.bookId, [...lines, ...reading].map((l) => l.accountId).filter((id): id is string => id !== null));
  return checkReading(
    source.number,
    lines,
    await liveReadings(tx, source.id, readerId),
    reading,
    (id) => facts.get(id)?.code ?? id,
    (id, quantity) => formatAmount(quantity, facts.get(id)?.digits ?? 0),
  );
}

/**
 * The reading checked again where it is written, under a lock on the order's row: two
 * invoices planned at once against the same remaining quantities are written one after the
 * other, and the second sees the first (committed, or written before it in the same batch)
 * and is refused if together they would fulfil more than the order holds. On SQLite the
 * writing transaction already holds the database's one write lock.
 */
export async function recheckOrderReading(
  tx: Tx,
  kind: 'sqlite' | 'postgres',
  source: { id: string },
  readerId: string,
  plan: Pick<PostingPlan, 'lines'>,
): Promise<{ completes: boolean }> {
  if (kind === 'postgres') await tx.$queryRawUnsafe('SELECT "id" FROM "Transaction" WHERE "id" = $1 FOR UPDATE', source.id);
  const order = await tx.transaction.findUniqueOrThrow({ where: { id: source.id }, select: { id: true, bookId: true, number: true } });
  return checkOrderReading(tx, order, plan, readerId);
}

/**
 * Stock reserved by open orders, per stock item: the remaining quantities of every order
 * (a RECORDED transaction of a non-posting type that uses stock) not yet fulfilled.
 */
export async function reservedStock(db: Reader, bookId: string): Promise<Map<string, bigint>> {
  const versions = await db.transactionTypeVersion.findMany({ where: { bookId, posting: false, usesStock: true }, select: { id: true } });
  const reserved = new Map<string, bigint>();
  if (versions.length === 0) return reserved;
  const orders = await db.transaction.findMany({
    where: { bookId, status: 'RECORDED', typeVersionId: { in: versions.map((v) => v.id) } },
    select: { id: true },
  });
  for (const order of orders) {
    for (const [itemId, quantity] of remainingByItem(await orderFulfilment(db, order.id))) {
      reserved.set(itemId, (reserved.get(itemId) ?? 0n) + quantity);
    }
  }
  return reserved;
}
