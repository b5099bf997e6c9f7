-- CreateTable
CREATE TABLE "TaxDailyTotal" (
    "bookId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "taxCodeId" TEXT NOT NULL,
    "typeVersionId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "reversal" INTEGER NOT NULL,
    "net" BIGINT NOT NULL DEFAULT 0,
    "tax" BIGINT NOT NULL DEFAULT 0,

    PRIMARY KEY ("bookId", "date", "taxCodeId", "typeVersionId", "currency", "reversal")
);

-- Kept by triggers: a line with a tax code of a posted transaction adds its net and tax to
-- its day's row; a transaction that becomes posted adds its lines, one that stops being
-- posted takes them away. (A transaction's date, type and currency never change: the
-- append-only triggers refuse it.)
CREATE TRIGGER "TransactionLine_adds_tax_total" AFTER INSERT ON "TransactionLine"
WHEN NEW."taxCodeId" IS NOT NULL
BEGIN
    INSERT INTO "TaxDailyTotal" ("bookId", "date", "taxCodeId", "typeVersionId", "currency", "reversal", "net", "tax")
    SELECT t."bookId", t."date", NEW."taxCodeId", t."typeVersionId", t."currency", CASE WHEN t."reversalOfId" IS NULL THEN 0 ELSE 1 END, NEW."net", NEW."tax"
    FROM "Transaction" t
    WHERE t."id" = NEW."transactionId" AND t."status" = 'POSTED'
    ON CONFLICT ("bookId", "date", "taxCodeId", "typeVersionId", "currency", "reversal") DO UPDATE SET
        "net" = "TaxDailyTotal"."net" + excluded."net",
        "tax" = "TaxDailyTotal"."tax" + excluded."tax";
END;

CREATE TRIGGER "Transaction_moves_tax_totals" AFTER UPDATE OF "status" ON "Transaction"
WHEN (OLD."status" = 'POSTED') <> (NEW."status" = 'POSTED')
BEGIN
    INSERT INTO "TaxDailyTotal" ("bookId", "date", "taxCodeId", "typeVersionId", "currency", "reversal", "net", "tax")
    SELECT NEW."bookId", NEW."date", l."taxCodeId", NEW."typeVersionId", NEW."currency", CASE WHEN NEW."reversalOfId" IS NULL THEN 0 ELSE 1 END,
           SUM(CASE WHEN NEW."status" = 'POSTED' THEN l."net" ELSE -l."net" END), SUM(CASE WHEN NEW."status" = 'POSTED' THEN l."tax" ELSE -l."tax" END)
    FROM "TransactionLine" l
    WHERE l."transactionId" = NEW."id" AND l."taxCodeId" IS NOT NULL
    GROUP BY l."taxCodeId"
    ON CONFLICT ("bookId", "date", "taxCodeId", "typeVersionId", "currency", "reversal") DO UPDATE SET
        "net" = "TaxDailyTotal"."net" + excluded."net",
        "tax" = "TaxDailyTotal"."tax" + excluded."tax";
END;

-- the totals of what is already posted
INSERT INTO "TaxDailyTotal" ("bookId", "date", "taxCodeId", "typeVersionId", "currency", "reversal", "net", "tax")
SELECT t."bookId", t."date", l."taxCodeId", t."typeVersionId", t."currency", CASE WHEN t."reversalOfId" IS NULL THEN 0 ELSE 1 END, SUM(l."net"), SUM(l."tax")
FROM "Transaction" t JOIN "TransactionLine" l ON l."transactionId" = t."id"
WHERE t."status" = 'POSTED' AND l."taxCodeId" IS NOT NULL
GROUP BY t."bookId", t."date", l."taxCodeId", t."typeVersionId", t."currency", CASE WHEN t."reversalOfId" IS NULL THEN 0 ELSE 1 END;
