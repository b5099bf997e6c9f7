-- Hand-written: entries and audit events are append-only (see the Entry and AuditEvent
-- models in schema.prisma). The schema engine ignores functions and triggers, so diffs stay clean.

-- What an entry says never changes, it is never deleted, and its status moves once:
-- PENDING to POSTED or PENDING to VOIDED, the only moment sequence, runningBalance and
-- postedAt may be set (so a posted entry's never change again).
CREATE FUNCTION "Entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'entries are append-only: DELETE of an Entry is refused'
            USING DETAIL = format('Entry %s', OLD."id");
    END IF;
    IF NEW."id" IS DISTINCT FROM OLD."id"
        OR NEW."bookId" IS DISTINCT FROM OLD."bookId"
        OR NEW."transactionId" IS DISTINCT FROM OLD."transactionId"
        OR NEW."accountId" IS DISTINCT FROM OLD."accountId"
        OR NEW."side" IS DISTINCT FROM OLD."side"
        OR NEW."amount" IS DISTINCT FROM OLD."amount"
        OR NEW."currency" IS DISTINCT FROM OLD."currency"
        OR NEW."date" IS DISTINCT FROM OLD."date"
        OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt" THEN
        RAISE EXCEPTION 'entries are append-only: UPDATE of an Entry''s id, bookId, transactionId, accountId, side, amount, currency, date or createdAt is refused'
            USING DETAIL = format('Entry %s', OLD."id");
    END IF;
    IF NEW."status" IS DISTINCT FROM OLD."status" THEN
        IF NOT (OLD."status" = 'PENDING' AND NEW."status" IN ('POSTED', 'VOIDED')) THEN
            RAISE EXCEPTION 'entries are append-only: an Entry''s status may only change from PENDING to POSTED or VOIDED'
                USING DETAIL = format('Entry %s: %s to %s', OLD."id", OLD."status", NEW."status");
        END IF;
    ELSIF NEW."sequence" IS DISTINCT FROM OLD."sequence"
        OR NEW."runningBalance" IS DISTINCT FROM OLD."runningBalance"
        OR NEW."postedAt" IS DISTINCT FROM OLD."postedAt" THEN
        RAISE EXCEPTION 'entries are append-only: an Entry''s sequence, runningBalance and postedAt may only be set when its status changes from PENDING to POSTED or VOIDED'
            USING DETAIL = format('Entry %s', OLD."id");
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "Entry_append_only" BEFORE UPDATE OR DELETE ON "Entry"
    FOR EACH ROW EXECUTE FUNCTION "Entry_append_only"();

-- The audit trail is never rewritten.
CREATE FUNCTION "AuditEvent_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit events are append-only: % of an AuditEvent is refused', TG_OP
        USING DETAIL = format('AuditEvent %s', OLD."id");
END;
$$;

CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION "AuditEvent_append_only"();

-- TRUNCATE skips row triggers: refuse it as a statement.
CREATE FUNCTION "refuse_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are append-only: TRUNCATE of "%" is refused', TG_TABLE_NAME, TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER "Entry_refuse_truncate" BEFORE TRUNCATE ON "Entry"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_truncate"();

CREATE TRIGGER "AuditEvent_refuse_truncate" BEFORE TRUNCATE ON "AuditEvent"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_truncate"();
