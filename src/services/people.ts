// People and their keys and memberships: who may act, and in which books.
import { DomainError, badInput, notFound } from '../domain/errors.ts';
import { isoCurrencyDigits } from '../domain/currency.ts';
import { inTransaction, type Prisma, type Tx } from '../db.ts';
import type { Role } from '../generated/prisma/enums.ts';
import { requireCapability, type Actor } from './access.ts';
import { recordAudit } from './audit.ts';
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

/**
 * May the actor manage this user's keys? Yes for themselves and the system admin; a book
 * ADMIN only when they administer every book the user belongs to (no reach across tenants).
 */
async function requireKeyManager(db: Tx, actor: Actor, userId: string): Promise<void> {
  if (actor.userId === userId || actor.isSystemAdmin) return;
  const target = await db.user.findUnique({
    where: { id: userId },
    select: { isSystemAdmin: true, memberships: { select: { bookId: true } } },
  });
  if (!target) throw notFound(`No user ${userId}`, { userId });
  const administered = new Set(
    (await db.membership.findMany({ where: { userId: actor.userId, role: 'ADMIN' }, select: { bookId: true } })).map(
      (m) => m.bookId,
    ),
  );
  const allowed =
    !target.isSystemAdmin &&
    administered.size > 0 &&
    target.memberships.every((m) => administered.has(m.bookId));
  if (!allowed) {
    throw new DomainError('FORBIDDEN', 'You may manage API keys only of users in books you administer');
  }
}

export async function createUser(prisma: Prisma, actor: Actor, input: { name: string; email?: string | null }) {
  const name = requiredText('name', input.name);
  const email = input.email?.trim() || null;
  if (email && !/^[^\s@]+@[^\s@]+$/.test(email)) throw badInput(`email "${email}" is not an email address`, { field: 'email' });
  return inTransaction(prisma, async (tx) => {
    await requirePeopleAdmin(tx, actor);
    if (email && (await tx.user.findUnique({ where: { email } }))) {
      throw badInput(`A user with email ${email} already exists`, { field: 'email' });
    }
    const user = await tx.user.create({ data: { name, email } });
    await recordAudit(tx, {
      bookId: null,
      actorId: actor.userId,
      action: 'user.create',
      entityType: 'User',
      entityId: user.id,
      after: { name, email },
    });
    return user;
  });
}

export async function createApiKey(prisma: Prisma, actor: Actor, userId: string) {
  return inTransaction(prisma, async (tx) => {
    await requireKeyManager(tx, actor, userId);
    if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } }))) {
      throw notFound(`No user ${userId}`, { userId });
    }
    const secret = newApiKeySecret();
    const key = await tx.apiKey.create({ data: { userId, secretHash: hashSecret(secret) } });
    await recordAudit(tx, {
      bookId: null,
      actorId: actor.userId,
      action: 'apiKey.create',
      entityType: 'ApiKey',
      entityId: key.id,
      after: { userId },
    });
    return { id: key.id, secret };
  });
}

export async function revokeApiKey(prisma: Prisma, actor: Actor, keyId: string): Promise<boolean> {
  return inTransaction(prisma, async (tx) => {
    const key = await tx.apiKey.findUnique({ where: { id: keyId } });
    if (!key) throw notFound(`No API key ${keyId}`, { id: keyId });
    await requireKeyManager(tx, actor, key.userId);
    if (key.revokedAt) throw new DomainError('INVALID_STATE', `API key ${keyId} is already revoked`);
    await tx.apiKey.update({ where: { id: keyId }, data: { revokedAt: new Date() } });
    await recordAudit(tx, {
      bookId: null,
      actorId: actor.userId,
      action: 'apiKey.revoke',
      entityType: 'ApiKey',
      entityId: keyId,
      before: { revokedAt: null },
      after: { revokedAt: new Date().toISOString() },
    });
    return true;
  });
}

export async function setMembership(
  prisma: Prisma,
  actor: Actor,
  input: { bookId: string; userId: string; role?: Role | null },
) {
  return inTransaction(prisma, async (tx) => {
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
  return inTransaction(prisma, async (tx) => {
    await requirePeopleAdmin(tx, actor);
    const book = await tx.book.create({ data: { name, baseCurrency } });
    await tx.membership.create({ data: { bookId: book.id, userId: actor.userId, role: 'ADMIN' } });
    await recordAudit(tx, {
      bookId: book.id,
      actorId: actor.userId,
      action: 'book.create',
      entityType: 'Book',
      entityId: book.id,
      after: { name, baseCurrency },
    });
    if (setup) await setup(tx, actor, book);
    return book;
  });
}
