-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "createdById" TEXT,
ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "name" TEXT;

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "chainSeq" INTEGER,
ADD COLUMN     "hash" TEXT,
ADD COLUMN     "keyId" TEXT,
ADD COLUMN     "prevHash" TEXT;

-- CreateTable
CREATE TABLE "AuditChainHead" (
    "chain" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditChainHead_pkey" PRIMARY KEY ("chain")
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
CREATE FUNCTION "AuditChainHead_forward_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR NEW."chain" IS DISTINCT FROM OLD."chain" OR NEW."seq" < OLD."seq" THEN
        RAISE EXCEPTION 'audit chains are append-only: % of an AuditChainHead is refused', TG_OP
            USING DETAIL = format('AuditChainHead %s', OLD."chain");
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "AuditChainHead_forward_only" BEFORE UPDATE OR DELETE ON "AuditChainHead"
    FOR EACH ROW EXECUTE FUNCTION "AuditChainHead_forward_only"();

CREATE TRIGGER "AuditChainHead_refuse_truncate" BEFORE TRUNCATE ON "AuditChainHead"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_truncate"();

-- The head follows the chain: a chained event moves its chain's head, in the insert itself.
CREATE FUNCTION "AuditEvent_moves_chain_head"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "AuditChainHead" SET "seq" = NEW."chainSeq", "hash" = NEW."hash"
    WHERE "chain" = coalesce(NEW."bookId", 'system') AND "seq" < NEW."chainSeq";
    RETURN NULL;
END;
$$;

CREATE TRIGGER "AuditEvent_moves_chain_head" AFTER INSERT ON "AuditEvent"
    FOR EACH ROW WHEN (NEW."chainSeq" IS NOT NULL) EXECUTE FUNCTION "AuditEvent_moves_chain_head"();
