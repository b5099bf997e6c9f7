-- CreateTable
CREATE TABLE "OutboxEvent" (
    "bookId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxEvent_pkey" PRIMARY KEY ("bookId","sequence")
);

-- CreateTable
CREATE TABLE "OutboxHead" (
    "bookId" TEXT NOT NULL,
    "lastSequence" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OutboxHead_pkey" PRIMARY KEY ("bookId")
);

-- CreateTable
CREATE TABLE "OutboxCursor" (
    "consumer" TEXT NOT NULL,
    "bookId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutboxCursor_pkey" PRIMARY KEY ("consumer","bookId")
);

-- CreateTable
CREATE TABLE "DispatcherLease" (
    "name" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DispatcherLease_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "Webhook" (
    "id" TEXT NOT NULL,
    "bookId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "events" JSONB NOT NULL,
    "description" TEXT,
    "secret" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "disabledReason" TEXT,
    "createdById" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "afterSequence" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Webhook_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL,
    "webhookId" TEXT NOT NULL,
    "bookId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "event" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "retryUntil" TIMESTAMP(3) NOT NULL,
    "lastAttemptAt" TIMESTAMP(3),
    "responseStatus" INTEGER,
    "lastError" TEXT,
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OutboxEvent_id_key" ON "OutboxEvent"("id");

-- CreateIndex
CREATE INDEX "Webhook_bookId_idx" ON "Webhook"("bookId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_webhookId_status_sequence_idx" ON "WebhookDelivery"("webhookId", "status", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_webhookId_eventId_key" ON "WebhookDelivery"("webhookId", "eventId");

-- Hand-written: the outbox is append-only. An event, once committed, is what subscribers
-- and webhooks were or will be told; it is never rewritten or removed.
CREATE FUNCTION "OutboxEvent_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'outbox events are append-only: % of an OutboxEvent is refused', TG_OP
        USING DETAIL = format('OutboxEvent %s %s', OLD."bookId", OLD."sequence");
END;
$$;

CREATE TRIGGER "OutboxEvent_append_only" BEFORE UPDATE OR DELETE ON "OutboxEvent"
    FOR EACH ROW EXECUTE FUNCTION "OutboxEvent_append_only"();

CREATE TRIGGER "OutboxEvent_refuse_truncate" BEFORE TRUNCATE ON "OutboxEvent"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_truncate"();

-- A book's head only moves forward, so a sequence is never handed out twice.
CREATE FUNCTION "OutboxHead_forward_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR NEW."lastSequence" < OLD."lastSequence" OR NEW."bookId" IS DISTINCT FROM OLD."bookId" THEN
        RAISE EXCEPTION 'outbox events are append-only: an OutboxHead''s lastSequence only increases'
            USING DETAIL = format('OutboxHead %s', OLD."bookId");
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "OutboxHead_forward_only" BEFORE UPDATE OR DELETE ON "OutboxHead"
    FOR EACH ROW EXECUTE FUNCTION "OutboxHead_forward_only"();

CREATE TRIGGER "OutboxHead_refuse_truncate" BEFORE TRUNCATE ON "OutboxHead"
    FOR EACH STATEMENT EXECUTE FUNCTION "refuse_truncate"();
