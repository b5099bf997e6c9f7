-- AlterTable
ALTER TABLE "Entry" ADD COLUMN     "baseAmount" BIGINT;

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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("bookId","currency","date")
);

-- CreateTable
CREATE TABLE "LedgerControl" (
    "ledgerId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "bookId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerControl_pkey" PRIMARY KEY ("ledgerId","currency")
);

-- CreateIndex
CREATE INDEX "LedgerControl_bookId_idx" ON "LedgerControl"("bookId");

-- Hand-written: an entry's base amount is part of what it says, so it never changes either
-- (the append-only rule of 20261122040807_append_only, extended to the new column).
CREATE FUNCTION "Entry_base_amount_fixed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW."baseAmount" IS DISTINCT FROM OLD."baseAmount" THEN
        RAISE EXCEPTION 'entries are append-only: UPDATE of an Entry''s baseAmount is refused'
            USING DETAIL = format('Entry %s', OLD."id");
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "Entry_refuse_update_of_base_amount" BEFORE UPDATE ON "Entry"
    FOR EACH ROW EXECUTE FUNCTION "Entry_base_amount_fixed"();

-- Exchange rates and per-currency control accounts are configuration a posting plans from:
-- every change bumps Book.configVersion (see 20261204030258_config_version).
CREATE TRIGGER "ExchangeRate_bump_config" AFTER INSERT OR UPDATE OR DELETE ON "ExchangeRate"
    FOR EACH ROW EXECUTE FUNCTION "bump_config_version"();

CREATE TRIGGER "LedgerControl_bump_config" AFTER INSERT OR UPDATE OR DELETE ON "LedgerControl"
    FOR EACH ROW EXECUTE FUNCTION "bump_config_version"();
