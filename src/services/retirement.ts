// Renaming and archiving ledgers and tax codes, closing and reopening accounts (ADMIN, each
// audited). Each runs through runChange (src/services/runner.ts); the rules are src/domain/retirement.ts,
// and the posting interpreter refuses what is retired. Every change to these rows bumps the
// book's configVersion (database triggers), so no posting plans with a stale context.
import { isoCurrencyDigits } from '../domain/currency.ts';
import { badInput, notFound, type DomainError } from '../domain/errors.ts';
import { requiredReason } from '../domain/periods.ts';
import { checkAccountCanClose, checkAccountCanReopen } from '../domain/retirement.ts';
import type { Database, Tx } from '../db.ts';
import type { Account, Ledger, TaxCode } from '../generated/prisma/client.ts';
import { requireCapability, type Actor } from './access.ts';
import { recordAudit } from './audit.ts';
import { requiredName } from './configuration.ts';
import { postingContexts } from './posting-context.ts';
import { runChange } from './runner.ts';

async function bookOfRow(find: Promise<{ bookId: string } | null>, unknown: Error): Promise<string> {
  const row = await find;
  if (!row) throw unknown;
  return row.bookId;
}

/** A configuration change of one book: ADMIN, one transaction (runChange), the posting context refreshed after. */
function configChange<T>(db: Database, actor: Actor, bookId: string, unknown: DomainError, work: (tx: Tx) => Promise<T>): Promise<T> {
  return runChange(
    db.prisma,
    async (tx) => {
      await requireCapability(tx, actor, bookId, 'configure', unknown);
      return work(tx);
    },
    { committed: () => postingContexts(db).invalidate(bookId) },
  );
}

const action = (entity: string, archived: boolean | null | undefined, before: { archivedAt: Date | null }) => {
  if (archived === true && !before.archivedAt) return `${entity}.archive`;
  if (archived === false && before.archivedAt) return `${entity}.unarchive`;
  return `${entity}.update`;
};

export interface UpdateLedgerInput {
  id: string;
  name?: string | null;
  archived?: boolean | null;
}

/** updateLedger: rename, archive (no new accounts, types or postings) or unarchive. */
export async function updateLedger(db: Database, actor: Actor, input: UpdateLedgerInput): Promise<Ledger> {
  const unknown = notFound(`No ledger ${input.id}`, { field: 'id' });
  const bookId = await bookOfRow(db.prisma.ledger.findUnique({ where: { id: input.id }, select: { bookId: true } }), unknown);
  if (input.name == null && input.archived == null) throw badInput('give name or archived (or both) to change', { field: 'input' });
  const name = input.name == null ? undefined : requiredName(input.name);
  return configChange(db, actor, bookId, unknown, async (tx) => {
    const before = await tx.ledger.findUniqueOrThrow({ where: { id: input.id } });
    const archivedAt = input.archived == null ? before.archivedAt : input.archived ? (before.archivedAt ?? new Date()) : null;
    const after = await tx.ledger.update({ where: { id: before.id }, data: { ...(name === undefined ? {} : { name }), archivedAt } });
    await recordAudit(tx, { bookId, actorId: actor.userId, action: action('ledger', input.archived, before), entityType: 'Ledger', entityId: before.id, before, after });
    return after;
  });
}

export interface UpdateTaxCodeInput {
  id: string;
  name?: string | null;
  archived?: boolean | null;
}

/** updateTaxCode: rename, archive (no new lines may use it) or unarchive; the rate never changes. */
export async function updateTaxCode(db: Database, actor: Actor, input: UpdateTaxCodeInput): Promise<TaxCode> {
  const unknown = notFound(`No tax code ${input.id}`, { field: 'id' });
  const bookId = await bookOfRow(db.prisma.taxCode.findUnique({ where: { id: input.id }, select: { bookId: true } }), unknown);
  if (input.name == null && input.archived == null) throw badInput('give name or archived (or both) to change', { field: 'input' });
  const name = input.name == null ? undefined : requiredName(input.name);
  return configChange(db, actor, bookId, unknown, async (tx) => {
    const before = await tx.taxCode.findUniqueOrThrow({ where: { id: input.id } });
    const archivedAt = input.archived == null ? before.archivedAt : input.archived ? (before.archivedAt ?? new Date()) : null;
    const after = await tx.taxCode.update({ where: { id: before.id }, data: { ...(name === undefined ? {} : { name }), archivedAt } });
    await recordAudit(tx, { bookId, actorId: actor.userId, action: action('taxCode', input.archived, before), entityType: 'TaxCode', entityId: before.id, before, after });
    return after;
  });
}

/**
 * closeAccount: no new postings. The account is marked closed first and its balance read
 * after: the mark bumps the book's configVersion row, which every posting holds (shared)
 * while it writes, so a posting in flight commits before the balance is read, and one
 * that comes after plans again and finds the account closed.
 */
export async function closeAccount(db: Database, actor: Actor, id: string, reason?: string | null): Promise<Account> {
  const unknown = notFound(`No account ${id}`, { field: 'id' });
  const bookId = await bookOfRow(db.prisma.account.findUnique({ where: { id }, select: { bookId: true } }), unknown);
  const why = reason == null ? null : requiredReason(reason, 'the account is closed');
  return configChange(db, actor, bookId, unknown, async (tx) => {
    const before = await tx.account.findUniqueOrThrow({ where: { id } });
    if (before.closedAt) checkAccountCanClose({ ...zero, code: before.code, closed: true, isControl: before.isControl, digits: 0 });
    const after = await tx.account.update({ where: { id }, data: { closedAt: new Date() } });
    const sums = (await tx.accountBalance.findUnique({ where: { accountId: id } })) ?? zero;
    const units = await tx.unit.findMany({ where: { bookId } });
    const digits = isoCurrencyDigits(before.currency) ?? units.find((u) => u.code === before.currency)?.decimals ?? 0;
    checkAccountCanClose({
      code: before.code, closed: false, isControl: before.isControl, digits,
      postedDebits: sums.postedDebits, postedCredits: sums.postedCredits, pendingDebits: sums.pendingDebits, pendingCredits: sums.pendingCredits,
    });
    await recordAudit(tx, { bookId, actorId: actor.userId, action: 'account.close', entityType: 'Account', entityId: id, before, after, reason: why });
    return after;
  });
}

const zero = { postedDebits: 0n, postedCredits: 0n, pendingDebits: 0n, pendingCredits: 0n };

/** reopenAccount: a closed account takes postings again. */
export async function reopenAccount(db: Database, actor: Actor, id: string, reason: string): Promise<Account> {
  const unknown = notFound(`No account ${id}`, { field: 'id' });
  const bookId = await bookOfRow(db.prisma.account.findUnique({ where: { id }, select: { bookId: true } }), unknown);
  const why = requiredReason(reason, 'the account is reopened');
  return configChange(db, actor, bookId, unknown, async (tx) => {
    const before = await tx.account.findUniqueOrThrow({ where: { id } });
    checkAccountCanReopen({ code: before.code, closed: before.closedAt !== null });
    const after = await tx.account.update({ where: { id }, data: { closedAt: null } });
    await recordAudit(tx, { bookId, actorId: actor.userId, action: 'account.reopen', entityType: 'Account', entityId: id, before, after, reason: why });
    return after;
  });
}
