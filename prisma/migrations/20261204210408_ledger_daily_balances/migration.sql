-- CreateTable
CREATE TABLE "LedgerDailyBalance" (
    "bookId" TEXT NOT NULL,
    "ledgerId" TEXT NOT NULL,
    "controlAccountId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "postedDebits" BIGINT NOT NULL DEFAULT 0,
    "postedCredits" BIGINT NOT NULL DEFAULT 0,

    PRIMARY KEY ("ledgerId", "controlAccountId", "currency", "date")
);

-- CreateIndex
CREATE INDEX "LedgerDailyBalance_bookId_date_idx" ON "LedgerDailyBalance"("bookId", "date");

-- CreateIndex
CREATE INDEX "Account_bookId_ledgerId_currency_controlAccountId_idx" ON "Account"("bookId", "ledgerId", "currency", "controlAccountId");

-- Kept by triggers, whoever writes DailyBalance (the group-commit writer, post, void,
-- reversal): each change of a day's sums of an account in a ledger that updates the nominal
-- ledger adds its difference to the row of that ledger, the account's own control account
-- ('' for its ledger's) and currency on that day. An account whose own control account
-- changes takes its days' sums from the old row to the new one.
CREATE TRIGGER "DailyBalance_rolls_up_inserted" AFTER INSERT ON "DailyBalance"
BEGIN
    INSERT INTO "LedgerDailyBalance" ("bookId", "ledgerId", "controlAccountId", "currency", "date", "postedDebits", "postedCredits")
    SELECT a."bookId", a."ledgerId", COALESCE(a."controlAccountId", ''), a."currency", NEW."date", NEW."postedDebits", NEW."postedCredits"
    FROM "Account" a CROSS JOIN "Ledger" l
    WHERE a."id" = NEW."accountId" AND l."id" = a."ledgerId" AND l."updatesNominal" = 1
    ON CONFLICT ("ledgerId", "controlAccountId", "currency", "date") DO UPDATE SET
        "postedDebits" = "LedgerDailyBalance"."postedDebits" + excluded."postedDebits",
        "postedCredits" = "LedgerDailyBalance"."postedCredits" + excluded."postedCredits";
END;

CREATE TRIGGER "DailyBalance_rolls_up_updated" AFTER UPDATE ON "DailyBalance"
BEGIN
    INSERT INTO "LedgerDailyBalance" ("bookId", "ledgerId", "controlAccountId", "currency", "date", "postedDebits", "postedCredits")
    SELECT a."bookId", a."ledgerId", COALESCE(a."controlAccountId", ''), a."currency", NEW."date",
           NEW."postedDebits" - OLD."postedDebits", NEW."postedCredits" - OLD."postedCredits"
    FROM "Account" a CROSS JOIN "Ledger" l
    WHERE a."id" = NEW."accountId" AND l."id" = a."ledgerId" AND l."updatesNominal" = 1
    ON CONFLICT ("ledgerId", "controlAccountId", "currency", "date") DO UPDATE SET
        "postedDebits" = "LedgerDailyBalance"."postedDebits" + excluded."postedDebits",
        "postedCredits" = "LedgerDailyBalance"."postedCredits" + excluded."postedCredits";
END;

CREATE TRIGGER "DailyBalance_rolls_up_deleted" AFTER DELETE ON "DailyBalance"
BEGIN
    INSERT INTO "LedgerDailyBalance" ("bookId", "ledgerId", "controlAccountId", "currency", "date", "postedDebits", "postedCredits")
    SELECT a."bookId", a."ledgerId", COALESCE(a."controlAccountId", ''), a."currency", OLD."date", -OLD."postedDebits", -OLD."postedCredits"
    FROM "Account" a CROSS JOIN "Ledger" l
    WHERE a."id" = OLD."accountId" AND l."id" = a."ledgerId" AND l."updatesNominal" = 1
    ON CONFLICT ("ledgerId", "controlAccountId", "currency", "date") DO UPDATE SET
        "postedDebits" = "LedgerDailyBalance"."postedDebits" + excluded."postedDebits",
        "postedCredits" = "LedgerDailyBalance"."postedCredits" + excluded."postedCredits";
END;

CREATE TRIGGER "Account_control_moves_rollups" AFTER UPDATE OF "controlAccountId" ON "Account"
WHEN OLD."controlAccountId" IS NOT NEW."controlAccountId"
BEGIN
    INSERT INTO "LedgerDailyBalance" ("bookId", "ledgerId", "controlAccountId", "currency", "date", "postedDebits", "postedCredits")
    SELECT NEW."bookId", NEW."ledgerId", COALESCE(NEW."controlAccountId", ''), NEW."currency", d."date", d."postedDebits", d."postedCredits"
    FROM "DailyBalance" d CROSS JOIN "Ledger" l
    WHERE d."accountId" = NEW."id" AND l."id" = NEW."ledgerId" AND l."updatesNominal" = 1
    ON CONFLICT ("ledgerId", "controlAccountId", "currency", "date") DO UPDATE SET
        "postedDebits" = "LedgerDailyBalance"."postedDebits" + excluded."postedDebits",
        "postedCredits" = "LedgerDailyBalance"."postedCredits" + excluded."postedCredits";
    INSERT INTO "LedgerDailyBalance" ("bookId", "ledgerId", "controlAccountId", "currency", "date", "postedDebits", "postedCredits")
    SELECT OLD."bookId", OLD."ledgerId", COALESCE(OLD."controlAccountId", ''), OLD."currency", d."date", -d."postedDebits", -d."postedCredits"
    FROM "DailyBalance" d CROSS JOIN "Ledger" l
    WHERE d."accountId" = OLD."id" AND l."id" = OLD."ledgerId" AND l."updatesNominal" = 1
    ON CONFLICT ("ledgerId", "controlAccountId", "currency", "date") DO UPDATE SET
        "postedDebits" = "LedgerDailyBalance"."postedDebits" + excluded."postedDebits",
        "postedCredits" = "LedgerDailyBalance"."postedCredits" + excluded."postedCredits";
END;

-- the rollups of what is already posted
INSERT INTO "LedgerDailyBalance" ("bookId", "ledgerId", "controlAccountId", "currency", "date", "postedDebits", "postedCredits")
SELECT a."bookId", a."ledgerId", COALESCE(a."controlAccountId", ''), a."currency", d."date", SUM(d."postedDebits"), SUM(d."postedCredits")
FROM "DailyBalance" d
JOIN "Account" a ON a."id" = d."accountId"
JOIN "Ledger" l ON l."id" = a."ledgerId"
WHERE l."updatesNominal" = 1
GROUP BY a."bookId", a."ledgerId", COALESCE(a."controlAccountId", ''), a."currency", d."date";
