// API keys: a random secret shown once; only its SHA-256 is stored. The first admin's
// key comes from DAYBOOK_ADMIN_TOKEN, or is generated and printed once on an empty database.
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DomainError } from '../domain/errors.ts';
import { inTransaction, type Database, type Prisma, type Tx } from '../db.ts';
import type { Actor } from './access.ts';
import { recordAudit } from './audit.ts';

const KEY_PREFIX = 'dbk_';

export function newApiKeySecret(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** The secret of an `Authorization: Bearer <key>` header; UNAUTHENTICATED otherwise. */
export function bearerSecret(authorization: string | null): string {
  if (!authorization) {
    throw new DomainError('UNAUTHENTICATED', 'Send an API key as "Authorization: Bearer <key>"');
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) {
    throw new DomainError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <key>"');
  }
  return match[1]!;
}

/** What authentication needs of a stored key (null: no such key). */
export interface KeyRecord {
  id: string;
  createdById: string | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  user: { id: string; name: string; isSystemAdmin: boolean };
}

export const KEY_SELECT = {
  id: true,
  createdById: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
  user: { select: { id: true, name: true, isSystemAdmin: true } },
} as const;

export async function findKey(prisma: Tx | Prisma, secretHash: string): Promise<KeyRecord | null> {
  return prisma.apiKey.findUnique({ where: { secretHash }, select: KEY_SELECT });
}

/** The actor a stored key stands for, now; UNAUTHENTICATED when it is unknown, revoked or expired. */
export function actorOfKey(key: KeyRecord | null, now: number = Date.now()): Actor {
  if (!key) throw new DomainError('UNAUTHENTICATED', 'This API key is not known');
  if (key.revokedAt) throw new DomainError('UNAUTHENTICATED', 'This API key has been revoked');
  if (key.expiresAt && key.expiresAt.getTime() <= now) {
    throw new DomainError('UNAUTHENTICATED', `This API key expired at ${key.expiresAt.toISOString()}: ask for a new one`);
  }
  return {
    userId: key.user.id,
    name: key.user.name,
    isSystemAdmin: key.user.isSystemAdmin,
    keyId: key.id,
    keyIssuedBy: key.createdById,
    apiKeyId: key.id,
  };
}

/** The actor behind an `Authorization: Bearer <key>` header, read from the database. */
export async function authenticate(prisma: Prisma, authorization: string | null): Promise<Actor> {
  return actorOfKey(await findKey(prisma, hashSecret(bearerSecret(authorization))));
}

export interface BootstrapResult {
  /** set when a key was generated (not given by DAYBOOK_ADMIN_TOKEN): show it once */
  generatedToken?: string;
  tokenFile?: string;
  userId: string;
}

/**
 * On an empty database, creates the first admin with DAYBOOK_ADMIN_TOKEN as its key, or a
 * generated one written to <dataDir>/admin-token (mode 0600). Does nothing otherwise.
 */
export async function bootstrapAdmin(
  db: Pick<Database, 'prisma' | 'kind'>,
  options: { adminToken: string | undefined; dataDir: string },
): Promise<BootstrapResult | undefined> {
  if ((await db.prisma.user.count()) > 0) return undefined;
  const secret = options.adminToken ?? newApiKeySecret();
  const tokenFile = options.adminToken ? undefined : join(options.dataDir, 'admin-token');
  const user = await inTransaction(db.prisma, async (tx) => {
    // servers starting at once on an empty database: one makes the admin, under a lock,
    // and the others find it there when they look again
    if (db.kind === 'postgres') await tx.$queryRawUnsafe(`SELECT 1 AS "locked" FROM pg_advisory_xact_lock(${BOOTSTRAP_LOCK})`);
    else await tx.$executeRawUnsafe(`UPDATE "User" SET "name" = "name" WHERE 0`); // takes SQLite's write lock
    if ((await tx.user.count()) > 0) return undefined;
    const admin = await tx.user.create({ data: { name: 'admin', isSystemAdmin: true } });
    const key = await tx.apiKey.create({ data: { userId: admin.id, secretHash: hashSecret(secret) } });
    await recordAudit(tx, {
      bookId: null,
      actorId: null,
      action: 'user.bootstrap',
      entityType: 'User',
      entityId: admin.id,
      after: { name: admin.name, isSystemAdmin: true, apiKeyId: key.id },
    });
    // written before the commit: if the file cannot be written, no admin exists whose key is lost
    if (tokenFile) writeSecretFile(tokenFile, secret);
    return admin;
  });
  if (!user) return undefined;
  return tokenFile ? { userId: user.id, generatedToken: secret, tokenFile } : { userId: user.id };
}

/** The PostgreSQL advisory lock key that serialises the first admin's creation. */
const BOOTSTRAP_LOCK = 0x6461_7962; // "dayb"

/** Writes `secret` readable by the owner only, also when the file was already there. */
function writeSecretFile(file: string, secret: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  // `mode` applies only when the file is created; an old file keeps its mode otherwise
  chmodSync(file, 0o600);
}
