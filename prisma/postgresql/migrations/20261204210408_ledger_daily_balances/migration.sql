-- CreateTable
CREATE TABLE "LedgerDailyBalance" (
    "bookId" TEXT NOT NULL,
    "ledgerId" TEXT NOT NULL,
    "controlAccountId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "postedDebits" BIGINT NOT NULL DEFAULT 0,
    "postedCredits" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "LedgerDailyBalance_pkey" PRIMARY KEY ("ledgerId","controlAccountId","currency","date")
);

-- CreateIndex
CREATE INDEX "LedgerDailyBalance_bookId_date_idx" ON "LedgerDailyBalance"("bookId", "date");

-- CreateIndex
CREATE INDEX "Account_bookId_ledgerId_currency_controlAccountId_idx" ON "Account"("bookId", "ledgerId", "currency", "controlAccountId");

-- Kept by triggers, whoever writes DailyBalance (the group-commit writer, post, void,
-- reversal): each statement's changes to the days of accounts in ledgers that update the
-- nominal ledger are summed per ledger, the account's own control account ('' for its
-- ledger's), currency and day, and added to those rows in key order (so that two writers
-- take their row locks in one order). Statement-level, from the transition tables: one
-- insert per statement, not one per row. An account whose own control account changes
-- takes its days' sums from the old row to the new one.
CREATE FUNCTION "ledger_daily_balance_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "LedgerDailyBalance" ("bookId", "ledgerId", "controlAccountId", "currency", "date", "postedDebits", "postedCredits")
    SELECT a."bookId", a."ledgerId", COALESCE(a."controlAccountId", ''), a."currency", c."date", SUM(c."debits"), SUM(c."credits")
    FROM (
        SELECT n."accountId", n."date", n."postedDebits" AS "debits", n."postedCredits" AS "credits" FROM "new_rows" n
    ) c
    JOIN "Account" a ON a."id" = c."accountId"
    JOIN "Ledger" l ON l."id" = a."ledgerId" AND l."updatesNominal"
    GROUP BY a."bookId", a."ledgerId", COALESCE(a."controlAccountId", ''), a."currency", c."date"
    ORDER BY 2, 3, 4, 5
    ON CONFLICT ("ledgerId", "controlAccountId", "currency", "date") DO UPDATE SET
        "postedDebits" = "LedgerDailyBalance"."postedDebits" + EXCLUDED."postedDebits",
        "postedCredits" = "LedgerDailyBalance"."postedCredits" + EXCLUDED."postedCredits";
    RETURN NULL;
END $$;

CREATE FUNCTION "ledger_daily_balance_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "LedgerDailyBalance" ("bookId", "ledgerId", "controlAccountId", "currency", "date", "postedDebits", "postedCredits")
    SELECT a."bookId", a."ledgerId", COALESCE(a."controlAccountId", ''), a."currency", c."date", SUM(c."debits"), SUM(c."credits")
    FROM (
        SELECT n."accountId", n."date", n."postedDebits" - o."postedDebits" AS "debits", n."postedCredits" - o."postedCredits" AS "credits"
        FROM "new_rows" n JOIN "old_rows" o ON o."accountId" = n."accountId" AND o."date" = n."date"
    ) c
    JOIN "Account" a ON a."id" = c."accountId"
    JOIN "Ledger" l ON l."id" = a."ledgerId" AND l."updatesNominal"
    GROUP BY a."bookId", a."ledgerId", COALESCE(a."controlAccountId", ''), a."currency", c."date"
    ORDER BY 2, 3, 4, 5
    ON CONFLICT ("ledgerId", "controlAccountId", "currency", "date") DO UPDATE SET
        "postedDebits" = "LedgerDailyBalance"."postedDebits" + EXCLUDED."postedDebits",
        "postedCredits" = "LedgerDailyBalance"."postedCredits" + EXCLUDED."postedCredits";
    RETURN NULL;
END $$;

CREATE FUNCTION "ledger_daily_balance_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "LedgerDailyBalance" ("bookId", "ledgerId", "controlAccountId", "currency", "date", "postedDebits", "postedCredits")
    SELECT a."bookId", a."ledgerId", COALESCE(a."controlAccountId", ''), a."currency", o."date", -SUM(o."postedDebits"), -SUM(o."postedCredits")
    FROM "old_rows" o
    JOIN "Account" a ON a."id" = o."accountId"
    JOIN "Ledger" l ON l."id" = a."ledgerId" AND l."updatesNominal"
    GROUP BY a."bookId", a."ledgerId", COALESCE(a."controlAccountId", ''), a."currency", o."date"
    ORDER BY 2, 3, 4, 5
    ON CONFLICT ("ledgerId", "controlAccountId", "currency", "date") DO UPDATE SET
        "postedDebits" = "LedgerDailyBalance"."postedDebits" + EXCLUDED."postedDebits",
        "postedCredits" = "LedgerDailyBalance"."postedCredits" + EXCLUDED."postedCredits";
    RETURN NULL;
END $$;

CREATE TRIGGER "DailyBalance_rolls_up_inserted" AFTER INSERT ON "DailyBalance"
    REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "ledger_daily_balance_add"();
CREATE TRIGGER "DailyBalance_rolls_up_updated" AFTER UPDATE ON "DailyBalance"
    REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "ledger_daily_balance_change"();
CREATE TRIGGER "DailyBalance_rolls_up_deleted" AFTER DELETE ON "DailyBalance"
    REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "ledger_daily_balance_remove"();

CREATE FUNCTION "account_control_moves_rollups"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD."controlAccountId" IS NOT DISTINCT FROM NEW."controlAccountId" THEN RETURN NULL; END IF;
    IF NOT EXISTS (SELECT 1 FROM "Ledger" l WHERE l."id" = NEW."ledgerId" AND l."updatesNominal") THEN RETURN NULL; END IF;
    INSERT INTO "LedgerDailyBalance" ("bookId", "ledgerId", "controlAccountId", "currency", "date", "postedDebits", "postedCredits")
    SELECT k."bookId", k."ledgerId", k."controlAccountId", k."currency", d."date", k."sign" * d."postedDebits", k."sign" * d."postedCredits"
    FROM "DailyBalance" d
    CROSS JOIN (VALUES (NEW."bookId", NEW."ledgerId", COALESCE(NEW."controlAccountId", ''), NEW."currency", 1),
                       (OLD."bookId", OLD."ledgerId", COALESCE(OLD."controlAccountId", ''), OLD."currency", -1))
        AS k("bookId", "ledgerId", "controlAccountId", "currency", "sign")
    WHERE d."accountId" = NEW."id"
    ORDER BY 2, 3, 4, 5
    ON CONFLICT ("ledgerId", "controlAccountId", "currency", "date") DO UPDATE SET
        "postedDebits" = "LedgerDailyBalance"."postedDebits" + EXCLUDED."postedDebits",
        "postedCredits" = "LedgerDailyBalance"."postedCredits" + EXCLUDED."postedCredits";
    RETURN NULL;
END $$;

CREATE TRIGGER "Account_control_moves_rollups" AFTER UPDATE OF "controlAccountId" ON "Account"
    FOR EACH ROW EXECUTE FUNCTION "account_control_moves_rollups"();

-- the rollups of what is already posted
INSERT INTO "LedgerDailyBalance" ("bookId", "ledgerId", "controlAccountId", "currency", "date", "postedDebits", "postedCredits")
SELECT a."bookId", a."ledgerId", COALESCE(a."controlAccountId", ''), a."currency", d."date", SUM(d."postedDebits"), SUM(d."postedCredits")
FROM "DailyBalance" d
JOIN "Account" a ON a."id" = d."accountId"
JOIN "Ledger" l ON l."id" = a."ledgerId"
WHERE l."updatesNominal"
GROUP BY a."bookId", a."ledgerId", COALESCE(a."controlAccountId", ''), a."currency", d."date";
