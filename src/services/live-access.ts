// Authorization that lives on: a subscription or a webhook keeps the access it was opened
// with only while its key and its member still have it. This is the one check both ask,
// at every event and at least every LIVE_ACCESS_CHECK_MS in between (key expiry and
// revocation rules belong here too).
import { DomainError } from '../domain/errors.ts';
import type { Prisma } from '../db.ts';
import { roleAllows, type Capability } from './access.ts';

/** How often an idle subscription re-checks its access: losing it stops it within 5 s. */
export const LIVE_ACCESS_CHECK_MS = 2000;

export interface Grant {
  userId: string;
  /** the key it was opened with; null for one opened without a key record */
  apiKeyId: string | null | undefined;
  bookId: string;
  capability: Capability;
  /** when the credential it was opened with expires (a JWT's exp, in ms) */
  credentialExpiresAt?: number | null;
}

/** Null while the grant still holds; otherwise the refusal that says why it no longer does. */
export async function lostAccess(prisma: Prisma, grant: Grant): Promise<DomainError | null> {
  const [key, membership] = await Promise.all([
    grant.apiKeyId ? prisma.apiKey.findUnique({ where: { id: grant.apiKeyId }, select: { revokedAt: true, expiresAt: true, userId: true } }) : null,
    prisma.membership.findUnique({
      where: { bookId_userId: { bookId: grant.bookId, userId: grant.userId } },
      select: { role: true },
    }),
  ]);
  if (grant.apiKeyId) {
    if (!key || key.userId !== grant.userId) return new DomainError('UNAUTHENTICATED', 'Stopped: the API key it was opened with no longer exists');
    if (key.revokedAt) return new DomainError('UNAUTHENTICATED', 'Stopped: the API key it was opened with has been revoked');
    if (key.expiresAt && key.expiresAt.getTime() <= Date.now()) {
      return new DomainError('UNAUTHENTICATED', `Stopped: the API key it was opened with expired at ${key.expiresAt.toISOString()}`);
    }
  }
  if (grant.credentialExpiresAt && grant.credentialExpiresAt <= Date.now()) {
    return new DomainError('UNAUTHENTICATED', `Stopped: the token it was opened with expired at ${new Date(grant.credentialExpiresAt).toISOString()}`);
  }
  if (!membership) return new DomainError('FORBIDDEN', `Stopped: the user is no longer a member of book ${grant.bookId}`, { bookId: grant.bookId });
  if (!roleAllows(membership.role, grant.capability)) {
    return new DomainError('FORBIDDEN', `Stopped: the user's role ${membership.role} in book ${grant.bookId} no longer allows it`, { bookId: grant.bookId });
  }
  return null;
}
