// Every change writes an audit event in the same database transaction as the change.
import type { Tx } from '../db.ts';

export interface AuditRecord {
  bookId: string | null;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** JSON cannot hold bigint: amounts are written as their decimal minor-unit strings. */
export function toAuditJson(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
  );
}

export async function recordAudit(db: Tx, event: AuditRecord): Promise<void> {
  await db.auditEvent.create({
    data: {
      bookId: event.bookId,
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: toAuditJson(event.before) as never,
      after: toAuditJson(event.after) as never,
      reason: event.reason ?? null,
    },
  });
}
