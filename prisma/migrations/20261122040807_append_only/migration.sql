-- Hand-written: entries and audit events are append-only (see the Entry and AuditEvent
-- models in schema.prisma). The schema engine ignores triggers, so diffs stay clean.

-- An entry is never deleted; a mistake is corrected by a reversing transaction.
CREATE TRIGGER "Entry_refuse_delete" BEFORE DELETE ON "Entry"
BEGIN
    SELECT RAISE(ABORT, 'entries are append-only: DELETE of an Entry is refused');
END;

-- What an entry says (account, side, amount, currency, date, transaction, book) never changes.
CREATE TRIGGER "Entry_refuse_update_of_terms" BEFORE UPDATE ON "Entry"
WHEN NEW."id" IS NOT OLD."id"
    OR NEW."bookId" IS NOT OLD."bookId"
    OR NEW."transactionId" IS NOT OLD."transactionId"
    OR NEW."accountId" IS NOT OLD."accountId"
    OR NEW."side" IS NOT OLD."side"
    OR NEW."amount" IS NOT OLD."amount"
    OR NEW."currency" IS NOT OLD."currency"
    OR NEW."date" IS NOT OLD."date"
    OR NEW."createdAt" IS NOT OLD."createdAt"
BEGIN
    SELECT RAISE(ABORT, 'entries are append-only: UPDATE of an Entry''s id, bookId, transactionId, accountId, side, amount, currency, date or createdAt is refused');
END;

-- A status moves once: PENDING to POSTED or PENDING to VOIDED.
CREATE TRIGGER "Entry_refuse_status_change" BEFORE UPDATE OF "status" ON "Entry"
WHEN NEW."status" IS NOT OLD."status"
    AND NOT (OLD."status" = 'PENDING' AND NEW."status" IN ('POSTED', 'VOIDED'))
BEGIN
    SELECT RAISE(ABORT, 'entries are append-only: an Entry''s status may only change from PENDING to POSTED or VOIDED');
END;

-- sequence, runningBalance and postedAt are set only by that move, so a posted entry's never change.
CREATE TRIGGER "Entry_refuse_posting_change" BEFORE UPDATE ON "Entry"
WHEN NEW."status" IS OLD."status"
    AND (NEW."sequence" IS NOT OLD."sequence"
        OR NEW."runningBalance" IS NOT OLD."runningBalance"
        OR NEW."postedAt" IS NOT OLD."postedAt")
BEGIN
    SELECT RAISE(ABORT, 'entries are append-only: an Entry''s sequence, runningBalance and postedAt may only be set when its status changes from PENDING to POSTED or VOIDED');
END;

-- The audit trail is never rewritten.
CREATE TRIGGER "AuditEvent_refuse_delete" BEFORE DELETE ON "AuditEvent"
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only: DELETE of an AuditEvent is refused');
END;

CREATE TRIGGER "AuditEvent_refuse_update" BEFORE UPDATE ON "AuditEvent"
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only: UPDATE of an AuditEvent is refused');
END;
