-- CreateEnum
CREATE TYPE "OpenItemMovementKind" AS ENUM ('ALLOCATION', 'RELEASE', 'REVERSAL');

-- DropIndex
DROP INDEX "Allocation_bookId_date_idx";

-- DropIndex
DROP INDEX "Allocation_live_by_date_idx";

-- DropIndex
DROP INDEX "Transaction_item_idx";

-- CreateTable
CREATE TABLE "OpenItemMovement" (
    "itemId" TEXT NOT NULL,
    "kind" "OpenItemMovementKind" NOT NULL,
    "sourceId" TEXT NOT NULL,
    "bookId" TEXT NOT NULL,
    "ledgerId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "itemDate" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OpenItemMovement_pkey" PRIMARY KEY ("itemId","kind","sourceId")
);

-- CreateIndex
CREATE INDEX "OpenItemMovement_aging_idx" ON "OpenItemMovement"("bookId", "ledgerId", "currency", "date", "itemDate", "dueOn", "accountId", "amount");

-- Hand-written from here: the schema engine ignores data and triggers, so diffs stay clean.

-- Backfill: the movements of the allocations, releases and reversals made before this
-- table existed, as the services write them (src/services/open-items.ts). An item's
-- share of its account's balance is signed by its type's direction against the
-- account's normal side.

-- every allocation lowered the outstanding of both its items, on its own date
INSERT INTO "OpenItemMovement" ("itemId", "kind", "sourceId", "bookId", "ledgerId", "accountId", "currency", "itemDate", "dueOn", "date", "amount", "createdAt")
SELECT t."id", 'ALLOCATION'::"OpenItemMovementKind", a."id", a."bookId", ac."ledgerId", t."accountId", t."currency", t."date", COALESCE(t."dueDate", t."date"), a."date",
       CASE WHEN v."direction" = ac."normalSide" THEN -a."amount" ELSE a."amount" END, a."createdAt"
FROM "Allocation" a
JOIN "Transaction" t ON t."id" IN (a."toId", a."fromId")
JOIN "Account" ac ON ac."id" = t."accountId"
JOIN "TransactionTypeVersion" v ON v."id" = t."typeVersionId";

-- a released allocation gave its amount back to both its items, on the reversal's date (or
-- its own, if later)
INSERT INTO "OpenItemMovement" ("itemId", "kind", "sourceId", "bookId", "ledgerId", "accountId", "currency", "itemDate", "dueOn", "date", "amount", "createdAt")
SELECT t."id", 'RELEASE'::"OpenItemMovementKind", a."id", a."bookId", ac."ledgerId", t."accountId", t."currency", t."date", COALESCE(t."dueDate", t."date"),
       CASE WHEN a."date" > r."date" THEN a."date" ELSE r."date" END,
       CASE WHEN v."direction" = ac."normalSide" THEN a."amount" ELSE -a."amount" END, COALESCE(a."releasedAt", a."createdAt")
FROM "Allocation" a
JOIN "Transaction" r ON r."id" = a."releasedByReversalId"
JOIN "Transaction" t ON t."id" IN (a."toId", a."fromId")
JOIN "Account" ac ON ac."id" = t."accountId"
JOIN "TransactionTypeVersion" v ON v."id" = t."typeVersionId"
WHERE a."released" = true;

-- a reversal closed the item it reversed: once its allocations were released, its gross
INSERT INTO "OpenItemMovement" ("itemId", "kind", "sourceId", "bookId", "ledgerId", "accountId", "currency", "itemDate", "dueOn", "date", "amount", "createdAt")
SELECT t."id", 'REVERSAL'::"OpenItemMovementKind", r."id", t."bookId", ac."ledgerId", t."accountId", t."currency", t."date", COALESCE(t."dueDate", t."date"), r."date",
       CASE WHEN v."direction" = ac."normalSide" THEN -t."gross" ELSE t."gross" END, r."createdAt"
FROM "Transaction" r
JOIN "Transaction" t ON t."id" = r."reversalOfId"
JOIN "Account" ac ON ac."id" = t."accountId"
JOIN "TransactionTypeVersion" v ON v."id" = t."typeVersionId"
WHERE t."outstanding" IS NOT NULL AND t."gross" <> 0;

-- Movements are append-only: a change to an item is answered by a new movement.
CREATE FUNCTION "OpenItemMovement_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'open item movements are append-only: % of an OpenItemMovement is refused', TG_OP
        USING DETAIL = format('OpenItemMovement %s %s %s', OLD."itemId", OLD."kind", OLD."sourceId");
END;
$$;

CREATE TRIGGER "OpenItemMovement_append_only" BEFORE UPDATE OR DELETE ON "OpenItemMovement"
    FOR EACH ROW EXECUTE FUNCTION "OpenItemMovement_append_only"();

CREATE TRIGGER "OpenItemMovement_refuse_truncate" BEFORE TRUNCATE ON "OpenItemMovement"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_truncate"();
