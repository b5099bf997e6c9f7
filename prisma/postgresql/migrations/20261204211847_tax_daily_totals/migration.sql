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

    CONSTRAINT "TaxDailyTotal_pkey" PRIMARY KEY ("bookId","date","taxCodeId","typeVersionId","currency","reversal")
);

-- Kept by triggers, one insert per statement from the transition tables (rows added in key
-- order, so two writers take their row locks in one order): a line with a tax code of a
-- posted transaction adds its net and tax to its day's row; a transaction that becomes
-- posted adds its lines, one that stops being posted takes them away. (A transaction's date,
-- type and currency never change: the append-only triggers refuse it.)
CREATE FUNCTION "tax_daily_total_add_lines"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "TaxDailyTotal" ("bookId", "date", "taxCodeId", "typeVersionId", "currency", "reversal", "net", "tax")
    SELECT t."bookId", t."date", l."taxCodeId", t."typeVersionId", t."currency", CASE WHEN t."reversalOfId" IS NULL THEN 0 ELSE 1 END, SUM(l."net"), SUM(l."tax")
    FROM "new_lines" l JOIN "Transaction" t ON t."id" = l."transactionId"
    WHERE t."status" = 'POSTED' AND l."taxCodeId" IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("bookId", "date", "taxCodeId", "typeVersionId", "currency", "reversal") DO UPDATE SET
        "net" = "TaxDailyTotal"."net" + EXCLUDED."net",
        "tax" = "TaxDailyTotal"."tax" + EXCLUDED."tax";
    RETURN NULL;
END $$;

CREATE FUNCTION "tax_daily_total_move"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "TaxDailyTotal" ("bookId", "date", "taxCodeId", "typeVersionId", "currency", "reversal", "net", "tax")
    SELECT n."bookId", n."date", l."taxCodeId", n."typeVersionId", n."currency", CASE WHEN n."reversalOfId" IS NULL THEN 0 ELSE 1 END,
           SUM(CASE WHEN n."status" = 'POSTED' THEN l."net" ELSE -l."net" END), SUM(CASE WHEN n."status" = 'POSTED' THEN l."tax" ELSE -l."tax" END)
    FROM "new_rows" n
    JOIN "old_rows" o ON o."id" = n."id"
    JOIN "TransactionLine" l ON l."transactionId" = n."id"
    WHERE (o."status" = 'POSTED') <> (n."status" = 'POSTED') AND l."taxCodeId" IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("bookId", "date", "taxCodeId", "typeVersionId", "currency", "reversal") DO UPDATE SET
        "net" = "TaxDailyTotal"."net" + EXCLUDED."net",
        "tax" = "TaxDailyTotal"."tax" + EXCLUDED."tax";
    RETURN NULL;
END $$;

CREATE TRIGGER "TransactionLine_adds_tax_total" AFTER INSERT ON "TransactionLine"
    REFERENCING NEW TABLE AS "new_lines" FOR EACH STATEMENT EXECUTE FUNCTION "tax_daily_total_add_lines"();
CREATE TRIGGER "Transaction_moves_tax_totals" AFTER UPDATE ON "Transaction"
    REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "tax_daily_total_move"();

-- the totals of what is already posted
INSERT INTO "TaxDailyTotal" ("bookId", "date", "taxCodeId", "typeVersionId", "currency", "reversal", "net", "tax")
SELECT t."bookId", t."date", l."taxCodeId", t."typeVersionId", t."currency", CASE WHEN t."reversalOfId" IS NULL THEN 0 ELSE 1 END, SUM(l."net"), SUM(l."tax")
FROM "Transaction" t JOIN "TransactionLine" l ON l."transactionId" = t."id"
WHERE t."status" = 'POSTED' AND l."taxCodeId" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6;
