-- AlterTable
ALTER TABLE "Book" ADD COLUMN     "configVersion" INTEGER NOT NULL DEFAULT 0;

-- Every change to a book's configuration bumps Book.configVersion, whoever makes it (this
-- server, another instance, the CLI): cached posting contexts compare it under the lock.
-- A posting's own writes (document numbers) do not count, nor does a new account (a cache
-- misses it and reads it), so a growing customer list does not empty the caches.
CREATE FUNCTION "bump_config_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "Book" SET "configVersion" = "configVersion" + 1
     WHERE "id" = (CASE WHEN TG_OP = 'DELETE' THEN OLD."bookId" ELSE NEW."bookId" END);
    RETURN NULL;
END;
$$;

CREATE TRIGGER "Account_bump_config" AFTER UPDATE OR DELETE ON "Account"
    FOR EACH ROW EXECUTE FUNCTION "bump_config_version"();

CREATE TRIGGER "Ledger_bump_config" AFTER INSERT OR UPDATE OR DELETE ON "Ledger"
    FOR EACH ROW EXECUTE FUNCTION "bump_config_version"();

CREATE TRIGGER "TransactionTypeVersion_bump_config" AFTER INSERT OR UPDATE OR DELETE ON "TransactionTypeVersion"
    FOR EACH ROW EXECUTE FUNCTION "bump_config_version"();

CREATE TRIGGER "TaxCode_bump_config" AFTER INSERT OR UPDATE OR DELETE ON "TaxCode"
    FOR EACH ROW EXECUTE FUNCTION "bump_config_version"();

CREATE TRIGGER "Unit_bump_config" AFTER INSERT OR UPDATE OR DELETE ON "Unit"
    FOR EACH ROW EXECUTE FUNCTION "bump_config_version"();

CREATE TRIGGER "Period_bump_config" AFTER INSERT OR UPDATE OR DELETE ON "Period"
    FOR EACH ROW EXECUTE FUNCTION "bump_config_version"();

CREATE TRIGGER "Membership_bump_config" AFTER INSERT OR UPDATE OR DELETE ON "Membership"
    FOR EACH ROW EXECUTE FUNCTION "bump_config_version"();

CREATE TRIGGER "TransactionType_bump_config" AFTER INSERT OR UPDATE OF "ledgerId", "code", "name", "currentVersion", "numberPrefix" OR DELETE ON "TransactionType"
    FOR EACH ROW EXECUTE FUNCTION "bump_config_version"();
