// People and their keys and memberships: who may act, and in which books.
import { DomainError, badInput, notFound } from '../domain/errors.ts';
import { isoCurrencyDigits } from '../domain/currency.ts';
import type { Prisma, Tx } from '../db.ts';
import { runChange } from './runner.ts';
import type { Role } from '../generated/prisma/enums.ts';
import { requireCapability, type Actor, trailOf } from './access.ts';
import { appendAuditEvents, recordAudit, type AuditRecord } from './audit.ts';
import { hashSecret, newApiKeySecret } from './auth.ts';

function requiredText(field: string, value: string, max = 200): string {
  const text = value.trim();
  if (!text) throw badInput(`${field} must not be blank`, { field });
  if (text.length > max) throw badInput(`${field} is longer than ${max} characters`, { field });
  return text;
}

async function isAdminSomewhere(db: Tx, actor: Actor): Promise<boolean> {
  if (actor.isSystemAdmin) return true;
  return (await db.membership.count({ where: { userId: actor.userId, role: 'ADMIN' } })) > 0;
}

async function requirePeopleAdmin(db: Tx, actor: Actor): Promise<void> {
  if (!(await isAdminSomewhere(db, actor))) {
    throw new DomainError('FORBIDDEN', 'Only an ADMIN of a book may manage people and create books');
  }
}

function requireSystemAdmin(actor: Actor, what: string): void {
  if (!actor.isSystemAdmin) throw new DomainError('FORBIDDEN', `Only the system admin may ${what}`);
}

/**
 * A key's events go to the system chain, where the system admin reads them, and to every book
 * its owner belongs to, where that book's auditors read them.
 */
async function auditKeyEvent(tx: Tx, userId: string, event: Omit<AuditRecord, 'bookId'>): Promise<void> {
  const books = await tx.membership.findMany({ where: { userId }, select: { bookId: true }, orderBy: { bookId: 'asc' } });
  await appendAuditEvents(tx, [{ ...event, bookId: null }, ...books.map((m) => ({ ...event, bookId: m.bookId }))]);
}

export const API_KEY_NAME_MAX = 100;
/** the latest expiry a key may be given: ten years */
export const API_KEY_MAX_LIFETIME_MS = 10 * 366 * 24 * 3600 * 1000;

export async function createUser(prisma: Prisma, actor: Actor, input: { name: string; email?: string | null }) {
  requireSystemAdmin(actor, 'create users: a book ADMIN adds existing users with setMembership');
  const name = requiredText('name', input.name);
  const email = input.email?.trim() || null;
  if (email && email.length > 254) throw badInput('email is longer than 254 characters', { field: 'email' });
  if (email && !/^[^\s@]+@[^\s@]+$/.test(email)) throw badInput(`email "${email}" is not an email address`, { field: 'email' });
  return runChange(prisma, async (tx) => {
    if (email && (await tx.user.findUnique({ where: { email } }))) {
      throw badInput(`A user with email ${email} already exists`, { field: 'email' });
    }
    const user = await tx.user.create({ data: { name, email } });
    await recordAudit(tx, {
      bookId: null,
      actorId: actor.userId,
      ...trailOf(actor),
      action: 'user.create',
      entityType: 'User',
      entityId: user.id,
      after: { name, email },
    });
    return user;
  });
}

export interface CreateApiKeyInput {
  userId: string;
  name?: string | null;
  expiresAt?: Date | null;
}

/**
 * A new key for the actor, or (the system admin only) for another user: nobody else can hold a
 * working key of someone else, so no book's ADMIN can act as that book's APPROVER, nor reach a
 * book the user joins later.
 */
export async function createApiKey(prisma: Prisma, actor: Actor, input: CreateApiKeyInput, now = new Date()) {
  const { userId } = input;
  if (userId !== actor.userId) {
    requireSystemAdmin(actor, 'create API keys for another user: create your own with createApiKey(userId: <your id>)');
  }
  const name = input.name == null ? null : requiredText('name', input.name, API_KEY_NAME_MAX);
  const expiresAt = input.expiresAt ?? null;
  if (expiresAt && expiresAt.getTime() <= now.getTime()) {
    throw badInput(`expiresAt ${expiresAt.toISOString()} is not in the future`, { field: 'expiresAt' });
  }
  if (expiresAt && expiresAt.getTime() > now.getTime() + API_KEY_MAX_LIFETIME_MS) {
    throw badInput('expiresAt is more than ten years away', { field: 'expiresAt' });
  }
  return runChange(prisma, async (tx) => {
    if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } }))) {
      throw notFound(`No user ${userId}`, { userId });
    }
    const secret = newApiKeySecret();
    const key = await tx.apiKey.create({
      data: { userId, secretHash: hashSecret(secret), name, expiresAt, createdById: actor.userId },
    });
    await auditKeyEvent(tx, userId, {
      actorId: actor.userId,
      ...trailOf(actor),
      action: 'apiKey.create',
      entityType: 'ApiKey',
      entityId: key.id,
      after: { userId, name, expiresAt: expiresAt?.toISOString() ?? null, createdById: actor.userId },
    });
    return { id: key.id, secret };
  });
}

/** Revokes a key: its owner or the system admin; to anyone else it does not exist. */
export async function revokeApiKey(prisma: Prisma, actor: Actor, keyId: string): Promise<boolean> {
  return runChange(prisma, async (tx) => {
    const key = await tx.apiKey.findUnique({ where: { id: keyId } });
    if (!key || (key.userId !== actor.userId && !actor.isSystemAdmin)) {
      throw notFound(`No API key ${keyId} of yours`, { id: keyId });
    }
    if (key.revokedAt) throw new DomainError('INVALID_STATE', `API key ${keyId} is already revoked`);
    const revokedAt = new Date();
    await tx.apiKey.update({ where: { id: keyId }, data: { revokedAt } });
    await auditKeyEvent(tx, key.userId, {
      actorId: actor.userId,
      ...trailOf(actor),
      action: 'apiKey.revoke',
      entityType: 'ApiKey',
      entityId: keyId,
      before: { revokedAt: null },
      after: { userId: key.userId, revokedAt: revokedAt.toISOString() },
    });
    return true;
  });
}

/** A user's keys, newest first: one's own, or anyone's for the system admin. */
export async function listApiKeys(db: Tx, actor: Actor, userId: string) {
  if (userId !== actor.userId && !actor.isSystemAdmin) {
    throw new DomainError('FORBIDDEN', 'Only the system admin may list the API keys of another user');
  }
  return db.apiKey.findMany({ where: { userId }, orderBy: { id: 'desc' }, take: 1000 });
}

export async function setMembership(
  prisma: Prisma,
  actor: Actor,
  input: { bookId: string; userId: string; role?: Role | null },
) {
  return runChange(prisma, async (tx) => {
    await requireCapability(tx, actor, input.bookId, 'configure');
    if (!(await tx.user.findUnique({ where: { id: input.userId }, select: { id: true } }))) {
      throw notFound(`No user ${input.userId}`, { userId: input.userId });
    }
    const key = { bookId_userId: { bookId: input.bookId, userId: input.userId } };
    const before = await tx.membership.findUnique({ where: key });
    const losesAdmin = before?.role === 'ADMIN' && input.role !== 'ADMIN';
    if (losesAdmin && (await tx.membership.count({ where: { bookId: input.bookId, role: 'ADMIN' } })) === 1) {
      throw badInput('A book must keep at least one ADMIN: make another member ADMIN first', { field: 'role' });
    }
    let membership = null;
    if (input.role) {
      membership = await tx.membership.upsert({
        where: key,
        create: { bookId: input.bookId, userId: input.userId, role: input.role },
        update: { role: input.role },
      });
    } else if (before) {
      await tx.membership.delete({ where: key });
    } else {
      throw notFound(`User ${input.userId} is not a member of book ${input.bookId}`);
    }
    await recordAudit(tx, {
      bookId: input.bookId,
      actorId: actor.userId,
      ...trailOf(actor),
      action: input.role ? 'membership.set' : 'membership.remove',
      entityType: 'Membership',
      entityId: `${input.bookId}:${input.userId}`,
      before: before ? { role: before.role } : undefined,
      after: input.role ? { role: input.role } : undefined,
    });
    // a removed membership is answered as it was
    return membership ?? before!;
  });
}

export type BookSetup = (tx: Tx, actor: Actor, book: { id: string; baseCurrency: string }) => Promise<void>;

/** Creates a book, makes its creator ADMIN, and lets a template fill it in the same transaction. */
export async function createBook(
  prisma: Prisma,
  actor: Actor,
  input: { name: string; baseCurrency: string },
  setup?: BookSetup,
) {
  const name = requiredText('name', input.name);
  const baseCurrency = input.baseCurrency.trim();
  if (isoCurrencyDigits(baseCurrency) === undefined) {
    throw badInput(`baseCurrency "${input.baseCurrency}" is not an ISO 4217 currency code such as GBP`, {
      field: 'baseCurrency',
    });
  }
  return runChange(prisma, async (tx) => {
    await requirePeopleAdmin(tx, actor);
    const book = await tx.book.create({ data: { name, baseCurrency } });
    await tx.membership.create({ data: { bookId: book.id, userId: actor.userId, role: 'ADMIN' } });
    await recordAudit(tx, {
      bookId: book.id,
      actorId: actor.userId,
      ...trailOf(actor),
      action: 'book.create',
      entityType: 'Book',
      entityId: book.id,
      after: { name, baseCurrency },
    });
    if (setup) await setup(tx, actor, book);
    return book;
  });
}
