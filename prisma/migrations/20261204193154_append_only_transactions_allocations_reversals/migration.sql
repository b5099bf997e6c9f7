-- Hand-written: transactions, allocations and reversal requests are append-only beyond their
-- lifecycle (see the models in schema.prisma). The schema engine ignores triggers, so diffs stay clean.

-- What a transaction says never changes and it is never deleted; only its lifecycle moves:
-- status, outstanding, fulfilledById, postedAt and voidedAt.
CREATE TRIGGER "Transaction_refuse_delete" BEFORE DELETE ON "Transaction"
BEGIN
    SELECT RAISE(ABORT, 'transactions are append-only: DELETE of a Transaction is refused; a mistake is corrected by requestReversal');
END;

CREATE TRIGGER "Transaction_refuse_update_of_terms" BEFORE UPDATE ON "Transaction"
WHEN NEW."id" IS NOT OLD."id"
    OR NEW."bookId" IS NOT OLD."bookId"
    OR NEW."typeId" IS NOT OLD."typeId"
    OR NEW."typeVersionId" IS NOT OLD."typeVersionId"
    OR NEW."number" IS NOT OLD."number"
    OR NEW."accountId" IS NOT OLD."accountId"
    OR NEW."counterAccountId" IS NOT OLD."counterAccountId"
    OR NEW."date" IS NOT OLD."date"
    OR NEW."dueDate" IS NOT OLD."dueDate"
    OR NEW."reference" IS NOT OLD."reference"
    OR NEW."description" IS NOT OLD."description"
    OR NEW."currency" IS NOT OLD."currency"
    OR NEW."net" IS NOT OLD."net"
    OR NEW."tax" IS NOT OLD."tax"
    OR NEW."gross" IS NOT OLD."gross"
    OR NEW."sourceId" IS NOT OLD."sourceId"
    OR NEW."reversalOfId" IS NOT OLD."reversalOfId"
    OR NEW."params" IS NOT OLD."params"
    OR NEW."metadata" IS NOT OLD."metadata"
    OR NEW."createdById" IS NOT OLD."createdById"
    OR NEW."createdAt" IS NOT OLD."createdAt"
BEGIN
    SELECT RAISE(ABORT, 'transactions are append-only: only a Transaction''s status, outstanding, fulfilledById, postedAt and voidedAt may change');
END;

-- An allocation is never deleted nor changed; a reversal releases it once (released, releasedAt,
-- releasedByReversalId), and that is all.
CREATE TRIGGER "Allocation_refuse_delete" BEFORE DELETE ON "Allocation"
BEGIN
    SELECT RAISE(ABORT, 'allocations are append-only: DELETE of an Allocation is refused');
END;

CREATE TRIGGER "Allocation_refuse_update" BEFORE UPDATE ON "Allocation"
WHEN NEW."id" IS NOT OLD."id"
    OR NEW."bookId" IS NOT OLD."bookId"
    OR NEW."fromId" IS NOT OLD."fromId"
    OR NEW."toId" IS NOT OLD."toId"
    OR NEW."amount" IS NOT OLD."amount"
    OR NEW."date" IS NOT OLD."date"
    OR NEW."createdById" IS NOT OLD."createdById"
    OR NEW."createdAt" IS NOT OLD."createdAt"
    OR ((NEW."released" IS NOT OLD."released"
            OR NEW."releasedAt" IS NOT OLD."releasedAt"
            OR NEW."releasedByReversalId" IS NOT OLD."releasedByReversalId")
        AND NOT (OLD."released" = 0 AND NEW."released" = 1))
BEGIN
    SELECT RAISE(ABORT, 'allocations are append-only: an Allocation never changes, except once when a reversal releases it');
END;

-- A reversal request is never deleted; what was asked never changes; it is decided once
-- (status, decidedById, decidedAt, decisionReason while AWAITING_APPROVAL) and its reversal is set once.
CREATE TRIGGER "ReversalRequest_refuse_delete" BEFORE DELETE ON "ReversalRequest"
BEGIN
    SELECT RAISE(ABORT, 'reversal requests are append-only: DELETE of a ReversalRequest is refused');
END;

CREATE TRIGGER "ReversalRequest_refuse_update" BEFORE UPDATE ON "ReversalRequest"
WHEN NEW."id" IS NOT OLD."id"
    OR NEW."bookId" IS NOT OLD."bookId"
    OR NEW."transactionId" IS NOT OLD."transactionId"
    OR NEW."reason" IS NOT OLD."reason"
    OR NEW."date" IS NOT OLD."date"
    OR NEW."requestedById" IS NOT OLD."requestedById"
    OR NEW."createdAt" IS NOT OLD."createdAt"
    OR ((NEW."status" IS NOT OLD."status"
            OR NEW."decidedById" IS NOT OLD."decidedById"
            OR NEW."decidedAt" IS NOT OLD."decidedAt"
            OR NEW."decisionReason" IS NOT OLD."decisionReason")
        AND OLD."status" IS NOT 'AWAITING_APPROVAL')
    OR (NEW."reversalId" IS NOT OLD."reversalId" AND OLD."reversalId" IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'reversal requests are append-only: only the decision of an AWAITING_APPROVAL ReversalRequest may be recorded, and its reversalId set once');
END;
