-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Book" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "baseCurrency" TEXT NOT NULL,
    "configVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Book" ("baseCurrency", "createdAt", "id", "name") SELECT "baseCurrency", "createdAt", "id", "name" FROM "Book";
DROP TABLE "Book";
ALTER TABLE "new_Book" RENAME TO "Book";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Every change to a book's configuration bumps Book.configVersion, whoever makes it (this
-- server, another instance, the CLI): cached posting contexts compare it under the lock.
-- A posting's own writes (document numbers) do not count, nor does a new account (a cache
-- misses it and reads it), so a growing customer list does not empty the caches.
CREATE TRIGGER "Account_bump_config_update" AFTER UPDATE ON "Account"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = NEW."bookId";
END;

CREATE TRIGGER "Account_bump_config_delete" AFTER DELETE ON "Account"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = OLD."bookId";
END;

CREATE TRIGGER "Ledger_bump_config_insert" AFTER INSERT ON "Ledger"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = NEW."bookId";
END;

CREATE TRIGGER "Ledger_bump_config_update" AFTER UPDATE ON "Ledger"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = NEW."bookId";
END;

CREATE TRIGGER "Ledger_bump_config_delete" AFTER DELETE ON "Ledger"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = OLD."bookId";
END;

CREATE TRIGGER "TransactionTypeVersion_bump_config_insert" AFTER INSERT ON "TransactionTypeVersion"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = NEW."bookId";
END;

CREATE TRIGGER "TransactionTypeVersion_bump_config_update" AFTER UPDATE ON "TransactionTypeVersion"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = NEW."bookId";
END;

CREATE TRIGGER "TransactionTypeVersion_bump_config_delete" AFTER DELETE ON "TransactionTypeVersion"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = OLD."bookId";
END;

CREATE TRIGGER "TaxCode_bump_config_insert" AFTER INSERT ON "TaxCode"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = NEW."bookId";
END;

CREATE TRIGGER "TaxCode_bump_config_update" AFTER UPDATE ON "TaxCode"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = NEW."bookId";
END;

CREATE TRIGGER "TaxCode_bump_config_delete" AFTER DELETE ON "TaxCode"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = OLD."bookId";
END;

CREATE TRIGGER "Unit_bump_config_insert" AFTER INSERT ON "Unit"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = NEW."bookId";
END;

CREATE TRIGGER "Unit_bump_config_update" AFTER UPDATE ON "Unit"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = NEW."bookId";
END;

CREATE TRIGGER "Unit_bump_config_delete" AFTER DELETE ON "Unit"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = OLD."bookId";
END;

CREATE TRIGGER "Period_bump_config_insert" AFTER INSERT ON "Period"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = NEW."bookId";
END;

CREATE TRIGGER "Period_bump_config_update" AFTER UPDATE ON "Period"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = NEW."bookId";
END;

CREATE TRIGGER "Period_bump_config_delete" AFTER DELETE ON "Period"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = OLD."bookId";
END;

CREATE TRIGGER "Membership_bump_config_insert" AFTER INSERT ON "Membership"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = NEW."bookId";
END;

CREATE TRIGGER "Membership_bump_config_update" AFTER UPDATE ON "Membership"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = NEW."bookId";
END;

CREATE TRIGGER "Membership_bump_config_delete" AFTER DELETE ON "Membership"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = OLD."bookId";
END;

CREATE TRIGGER "TransactionType_bump_config_insert" AFTER INSERT ON "TransactionType"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = NEW."bookId";
END;

CREATE TRIGGER "TransactionType_bump_config_update" AFTER UPDATE OF "ledgerId", "code", "name", "currentVersion", "numberPrefix" ON "TransactionType"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = NEW."bookId";
END;

CREATE TRIGGER "TransactionType_bump_config_delete" AFTER DELETE ON "TransactionType"
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1 WHERE "id" = OLD."bookId";
END;
