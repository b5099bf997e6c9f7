-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN "createdById" TEXT;
ALTER TABLE "ApiKey" ADD COLUMN "expiresAt" DATETIME;
ALTER TABLE "ApiKey" ADD COLUMN "name" TEXT;

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "chainSeq" INTEGER;
ALTER TABLE "AuditEvent" ADD COLUMN "hash" TEXT;
ALTER TABLE "AuditEvent" ADD COLUMN "keyId" TEXT;
ALTER TABLE "AuditEvent" ADD COLUMN "prevHash" TEXT;

-- CreateTable
CREATE TABLE "AuditChainHead" (
    "chain" TEXT NOT NULL PRIMARY KEY,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "AuditEvent_bookId_chainSeq_idx" ON "AuditEvent"("bookId", "chainSeq");

-- Hand-written: who issued each existing key, from its apiKey.create audit event (null for
-- the first admin's bootstrap key), so the two-person rule can see a key minted for another.
UPDATE "ApiKey" SET "createdById" = (
    SELECT "actorId" FROM "AuditEvent" WHERE "action" = 'apiKey.create' AND "entityId" = "ApiKey"."id"
    ORDER BY "id" LIMIT 1
);

-- A chain's head only moves forward and is never removed.
CREATE TRIGGER "AuditChainHead_refuse_delete" BEFORE DELETE ON "AuditChainHead"
BEGIN
    SELECT RAISE(ABORT, 'audit chains are append-only: DELETE of an AuditChainHead is refused');
END;

CREATE TRIGGER "AuditChainHead_refuse_rewind" BEFORE UPDATE ON "AuditChainHead"
WHEN NEW."chain" IS NOT OLD."chain" OR NEW."seq" < OLD."seq"
BEGIN
    SELECT RAISE(ABORT, 'audit chains are append-only: an AuditChainHead only moves forward');
END;

-- The head follows the chain: a chained event moves its chain's head, in the insert itself.
CREATE TRIGGER "AuditEvent_moves_chain_head" AFTER INSERT ON "AuditEvent"
WHEN NEW."chainSeq" IS NOT NULL
BEGIN
    UPDATE "AuditChainHead" SET "seq" = NEW."chainSeq", "hash" = NEW."hash"
    WHERE "chain" = coalesce(NEW."bookId", 'system') AND "seq" < NEW."chainSeq";
END;
