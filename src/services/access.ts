// Who may do what in which book. Tenancy is enforced here, in the service layer, for
// every use-case; the GraphQL permission rules are a second, coarser fence.
import { DomainError } from '../domain/errors.ts';
import type { Role } from '../generated/prisma/enums.ts';
import type { Tx } from '../db.ts';

export interface Actor {
  userId: string;
  name: string;
  isSystemAdmin: boolean;
  /** the API key of the request (absent for work the system does itself) */
  keyId?: string | null;
  /** who issued that key: the actor, the system admin, or null (the first admin's own) */
  keyIssuedBy?: string | null;
  /** the id of the request (its x-request-id): recorded on the audit events it makes */
  requestId?: string | null;
  /** the API key the request came with: a subscription or webhook it opened stops when it is revoked */
  apiKeyId?: string;
  /** when the credential stops being valid (a JWT's exp, in ms); a subscription ends then */
  credentialExpiresAt?: number | null;
}

/** What an audit event records of the actor's request: its API key and the request's id. */
export function trailOf(actor: Actor): { keyId: string | null; requestId: string | null } {
  return { keyId: actor.keyId ?? null, requestId: actor.requestId ?? null };
}

export type Capability = 'read' | 'audit' | 'post' | 'approve' | 'configure';

/** The contract's roles: AUDITOR = VIEWER + audit; APPROVER = EDITOR + approve; ADMIN = all. */
const CAPABILITIES: Readonly<Record<Role, readonly Capability[]>> = {
  VIEWER: ['read'],
  AUDITOR: ['read', 'audit'],
  EDITOR: ['read', 'post'],
  APPROVER: ['read', 'post', 'approve'],
  ADMIN: ['read', 'audit', 'post', 'approve', 'configure'],
};

export function roleAllows(role: Role | undefined, capability: Capability): boolean {
  return role !== undefined && CAPABILITIES[role].includes(capability);
}

const WHAT: Record<Capability, string> = {
  read: 'read this book',
  audit: 'read the audit log (AUDITOR or ADMIN)',
  post: 'record transactions (EDITOR, APPROVER or ADMIN)',
  approve: 'approve reversals (APPROVER or ADMIN)',
  configure: 'configure this book (ADMIN)',
};

/**
 * What a book id answers when the caller is not a member of it: the same NOT_FOUND as an id
 * that names no book, so a caller cannot learn which book ids exist (no existence oracle).
 */
export function unknownBook(bookId: string): DomainError {
  return new DomainError('NOT_FOUND', `No book ${bookId}: check the bookId (the books query lists yours)`, { bookId, field: 'bookId' });
}

export async function roleIn(db: Tx, actor: Actor, bookId: string): Promise<Role | undefined> {
  const membership = await db.membership.findUnique({
    where: { bookId_userId: { bookId, userId: actor.userId } },
    select: { role: true },
  });
  return membership?.role;
}

/**
 * Refuses unless the actor's role in the book grants the capability: a member whose role falls
 * short is FORBIDDEN; a caller who is not a member gets the NOT_FOUND an unknown book id gets.
 *
 * `unknown`: for a row found by its own id (a transaction, an account, a period…), the
 * NOT_FOUND a missing row gets. To a caller who is not a member of the row's book the row
 * is then as unknown as one that does not exist, so ids cannot be probed across books; a
 * member whose role falls short is still FORBIDDEN.
 */
export async function requireCapability(
  db: Tx,
  actor: Actor,
  bookId: string,
  capability: Capability,
  unknown?: DomainError,
): Promise<Role> {
  const role = await roleIn(db, actor, bookId);
  if (role === undefined) {
    // a book the caller is not in answers exactly like one that does not exist (the system admin too)
    throw unknown ?? unknownBook(bookId);
  }
  checkRole(role, bookId, capability);
  return role;
}

/** Refuses (FORBIDDEN) a member whose role does not grant the capability. */
export function checkRole(role: Role, bookId: string, capability: Capability): void {
  if (!roleAllows(role, capability)) {
    throw new DomainError('FORBIDDEN', `Your role ${role} may not ${WHAT[capability]}`, {
      bookId,
      role,
    });
  }
}

/**
 * The two-person rule on credentials: a reversal is decided by a second person, so a key the
 * requester issued (the system admin minting a key for the book's APPROVER) cannot decide the
 * requester's reversal. The people themselves (approver ≠ requester) are checked by the decision.
 */
export async function requireIndependentApprover(db: Tx, actor: Actor, reversalRequestId: string): Promise<void> {
  if (!actor.keyIssuedBy || actor.keyIssuedBy === actor.userId) return;
  const request = await db.reversalRequest.findUnique({
    where: { id: reversalRequestId },
    select: { requestedById: true, bookId: true },
  });
  if (!request || request.requestedById !== actor.keyIssuedBy) return;
  // to a non-member the request stays unknown: the decision answers NOT_FOUND
  if ((await roleIn(db, actor, request.bookId)) === undefined) return;
  throw new DomainError(
    'SELF_APPROVAL',
    'Your API key was issued by the requester of this reversal: decide it with a key you created yourself',
  );
}
