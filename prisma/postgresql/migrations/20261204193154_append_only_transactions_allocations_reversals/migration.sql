-- Hand-written: transactions, allocations and reversal requests are append-only beyond their
-- lifecycle (see the models in schema.prisma). The schema engine ignores functions and triggers, so diffs stay clean.

-- What a transaction says never changes and it is never deleted; only its lifecycle moves:
-- status, outstanding, fulfilledById, postedAt and voidedAt.
CREATE FUNCTION "Transaction_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'transactions are append-only: DELETE of a Transaction is refused; a mistake is corrected by requestReversal'
            USING DETAIL = format('Transaction %s', OLD."id");
    END IF;
    IF NEW."id" IS DISTINCT FROM OLD."id"
        OR NEW."bookId" IS DISTINCT FROM OLD."bookId"
        OR NEW."typeId" IS DISTINCT FROM OLD."typeId"
        OR NEW."typeVersionId" IS DISTINCT FROM OLD."typeVersionId"
        OR NEW."number" IS DISTINCT FROM OLD."number"
        OR NEW."accountId" IS DISTINCT FROM OLD."accountId"
        OR NEW."counterAccountId" IS DISTINCT FROM OLD."counterAccountId"
        OR NEW."date" IS DISTINCT FROM OLD."date"
        OR NEW."dueDate" IS DISTINCT FROM OLD."dueDate"
        OR NEW."reference" IS DISTINCT FROM OLD."reference"
        OR NEW."description" IS DISTINCT FROM OLD."description"
        OR NEW."currency" IS DISTINCT FROM OLD."currency"
        OR NEW."net" IS DISTINCT FROM OLD."net"
        OR NEW."tax" IS DISTINCT FROM OLD."tax"
        OR NEW."gross" IS DISTINCT FROM OLD."gross"
        OR NEW."sourceId" IS DISTINCT FROM OLD."sourceId"
        OR NEW."reversalOfId" IS DISTINCT FROM OLD."reversalOfId"
        OR NEW."params" IS DISTINCT FROM OLD."params"
        OR NEW."metadata" IS DISTINCT FROM OLD."metadata"
        OR NEW."createdById" IS DISTINCT FROM OLD."createdById"
        OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt" THEN
        RAISE EXCEPTION 'transactions are append-only: only a Transaction''s status, outstanding, fulfilledById, postedAt and voidedAt may change'
            USING DETAIL = format('Transaction %s', OLD."id");
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "Transaction_append_only" BEFORE UPDATE OR DELETE ON "Transaction"
    FOR EACH ROW EXECUTE FUNCTION "Transaction_append_only"();

CREATE TRIGGER "Transaction_refuse_truncate" BEFORE TRUNCATE ON "Transaction"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_truncate"();

-- An allocation is never deleted nor changed; a reversal releases it once (released, releasedAt,
-- releasedByReversalId), and that is all.
CREATE FUNCTION "Allocation_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'allocations are append-only: DELETE of an Allocation is refused'
            USING DETAIL = format('Allocation %s', OLD."id");
    END IF;
    IF NEW."id" IS DISTINCT FROM OLD."id"
        OR NEW."bookId" IS DISTINCT FROM OLD."bookId"
        OR NEW."fromId" IS DISTINCT FROM OLD."fromId"
        OR NEW."toId" IS DISTINCT FROM OLD."toId"
        OR NEW."amount" IS DISTINCT FROM OLD."amount"
        OR NEW."date" IS DISTINCT FROM OLD."date"
        OR NEW."createdById" IS DISTINCT FROM OLD."createdById"
        OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt"
        OR ((NEW."released" IS DISTINCT FROM OLD."released"
                OR NEW."releasedAt" IS DISTINCT FROM OLD."releasedAt"
                OR NEW."releasedByReversalId" IS DISTINCT FROM OLD."releasedByReversalId")
            AND NOT (OLD."released" = false AND NEW."released" = true)) THEN
        RAISE EXCEPTION 'allocations are append-only: an Allocation never changes, except once when a reversal releases it'
            USING DETAIL = format('Allocation %s', OLD."id");
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "Allocation_append_only" BEFORE UPDATE OR DELETE ON "Allocation"
    FOR EACH ROW EXECUTE FUNCTION "Allocation_append_only"();

CREATE TRIGGER "Allocation_refuse_truncate" BEFORE TRUNCATE ON "Allocation"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_truncate"();

-- A reversal request is never deleted; what was asked never changes; it is decided once
-- (status, decidedById, decidedAt, decisionReason while AWAITING_APPROVAL) and its reversal is set once.
CREATE FUNCTION "ReversalRequest_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'reversal requests are append-only: DELETE of a ReversalRequest is refused'
            USING DETAIL = format('ReversalRequest %s', OLD."id");
    END IF;
    IF NEW."id" IS DISTINCT FROM OLD."id"
        OR NEW."bookId" IS DISTINCT FROM OLD."bookId"
        OR NEW."transactionId" IS DISTINCT FROM OLD."transactionId"
        OR NEW."reason" IS DISTINCT FROM OLD."reason"
        OR NEW."date" IS DISTINCT FROM OLD."date"
        OR NEW."requestedById" IS DISTINCT FROM OLD."requestedById"
        OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt"
        OR ((NEW."status" IS DISTINCT FROM OLD."status"
                OR NEW."decidedById" IS DISTINCT FROM OLD."decidedById"
                OR NEW."decidedAt" IS DISTINCT FROM OLD."decidedAt"
                OR NEW."decisionReason" IS DISTINCT FROM OLD."decisionReason")
            AND OLD."status" IS DISTINCT FROM 'AWAITING_APPROVAL')
        OR (NEW."reversalId" IS DISTINCT FROM OLD."reversalId" AND OLD."reversalId" IS NOT NULL) THEN
        RAISE EXCEPTION 'reversal requests are append-only: only the decision of an AWAITING_APPROVAL ReversalRequest may be recorded, and its reversalId set once'
            USING DETAIL = format('ReversalRequest %s', OLD."id");
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "ReversalRequest_append_only" BEFORE UPDATE OR DELETE ON "ReversalRequest"
    FOR EACH ROW EXECUTE FUNCTION "ReversalRequest_append_only"();

CREATE TRIGGER "ReversalRequest_refuse_truncate" BEFORE TRUNCATE ON "ReversalRequest"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_truncate"();
