-- CreateTable
CREATE TABLE "OutboxEvent" (
    "bookId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("bookId", "sequence")
);

-- CreateTable
CREATE TABLE "OutboxHead" (
    "bookId" TEXT NOT NULL PRIMARY KEY,
    "lastSequence" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "OutboxCursor" (
    "consumer" TEXT NOT NULL,
    "bookId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("consumer", "bookId")
);

-- CreateTable
CREATE TABLE "DispatcherLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Webhook" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" DATETIME
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "webhookId" TEXT NOT NULL,
    "bookId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "event" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "retryUntil" DATETIME NOT NULL,
    "lastAttemptAt" DATETIME,
    "responseStatus" INTEGER,
    "lastError" TEXT,
    "deliveredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
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
CREATE TRIGGER "OutboxEvent_refuse_update" BEFORE UPDATE ON "OutboxEvent"
BEGIN
    SELECT RAISE(ABORT, 'outbox events are append-only: UPDATE of an OutboxEvent is refused');
END;

CREATE TRIGGER "OutboxEvent_refuse_delete" BEFORE DELETE ON "OutboxEvent"
BEGIN
    SELECT RAISE(ABORT, 'outbox events are append-only: DELETE of an OutboxEvent is refused');
END;

-- A book's head only moves forward, so a sequence is never handed out twice.
CREATE TRIGGER "OutboxHead_refuse_rewind" BEFORE UPDATE ON "OutboxHead"
WHEN NEW."lastSequence" < OLD."lastSequence" OR NEW."bookId" IS NOT OLD."bookId"
BEGIN
    SELECT RAISE(ABORT, 'outbox events are append-only: an OutboxHead''s lastSequence only increases');
END;

CREATE TRIGGER "OutboxHead_refuse_delete" BEFORE DELETE ON "OutboxHead"
BEGIN
    SELECT RAISE(ABORT, 'outbox events are append-only: DELETE of an OutboxHead is refused');
END;
