-- AlterTable
ALTER TABLE "Entry" ADD COLUMN "baseAmount" BIGINT;

-- Hand-written: entries already in the base currency are their own base amount (entries in
-- another currency could not post before exchange rates existed).
UPDATE "Entry" SET "baseAmount" = "amount"
 WHERE "currency" = (SELECT b."baseCurrency" FROM "Book" b WHERE b."id" = "Entry"."bookId");

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "bookId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "rate" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("bookId", "currency", "date")
);

-- CreateTable
CREATE TABLE "LedgerControl" (
    "ledgerId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "bookId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("ledgerId", "currency")
);

-- CreateIndex
CREATE INDEX "LedgerControl_bookId_idx" ON "LedgerControl"("bookId");

-- Hand-written: an entry's base amount is part of what it says, so it never changes either
-- (the append-only rule of 20261122040807_append_only, extended to the new column).
CREATE TRIGGER "Entry_refuse_update_of_base_amount" BEFORE UPDATE ON "Entry"
WHEN NEW."baseAmount" IS NOT OLD."baseAmount"
BEGIN
    SELECT RAISE(ABORT, 'entries are append-only: UPDATE of an Entry''s baseAmount is refused');
END;

-- Exchange rates and per-currency control accounts are configuration a posting plans from:
-- every change bumps Book.configVersion (see 20261204030258_config_version).
CREATE TRIGGER "ExchangeRate_bump_config_insert" AFTER INSERT ON "ExchangeRate"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = NEW."bookId";
END;

CREATE TRIGGER "ExchangeRate_bump_config_update" AFTER UPDATE ON "ExchangeRate"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = NEW."bookId";
END;

CREATE TRIGGER "ExchangeRate_bump_config_delete" AFTER DELETE ON "ExchangeRate"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = OLD."bookId";
END;

CREATE TRIGGER "LedgerControl_bump_config_insert" AFTER INSERT ON "LedgerControl"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = NEW."bookId";
END;

CREATE TRIGGER "LedgerControl_bump_config_update" AFTER UPDATE ON "LedgerControl"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = NEW."bookId";
END;

CREATE TRIGGER "LedgerControl_bump_config_delete" AFTER DELETE ON "LedgerControl"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = OLD."bookId";
END;
