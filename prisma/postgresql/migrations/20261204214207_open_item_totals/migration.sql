-- CreateTable
CREATE TABLE "OpenItemTotal" (
    "bookId" TEXT NOT NULL,
    "ledgerId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "normalSide" TEXT NOT NULL,
    "itemDate" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "amount" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "OpenItemTotal_pkey" PRIMARY KEY ("ledgerId","currency","normalSide","itemDate","dueOn")
);

-- CreateTable
CREATE TABLE "OpenItemMovementTotal" (
    "bookId" TEXT NOT NULL,
    "ledgerId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "itemDate" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "amount" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "OpenItemMovementTotal_pkey" PRIMARY KEY ("ledgerId","currency","date","itemDate","dueOn")
);

-- CreateIndex
CREATE INDEX "OpenItemMovement_account_aging_idx" ON "OpenItemMovement"("bookId", "accountId", "date", "itemDate", "ledgerId", "currency", "dueOn", "amount");

-- CreateIndex
CREATE INDEX "Transaction_account_open_items_idx" ON "Transaction"("bookId", "accountId", "outstanding", "status", "date", "currency", "typeVersionId", "dueDate");

-- Kept by triggers, one insert per statement from the transition tables (rows added in key
-- order): an item counts with its outstanding while it is posted and something of it is
-- outstanding, debit-positive by its type's direction, in its type's ledger, under its
-- account's normal side. (A transaction's account, type, date, due date and currency never
-- change: the append-only triggers refuse it.)
CREATE FUNCTION "open_item_total_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "OpenItemTotal" ("bookId", "ledgerId", "currency", "normalSide", "itemDate", "dueOn", "amount")
    SELECT n."bookId", ty."ledgerId", n."currency", a."normalSide"::text, n."date", COALESCE(n."dueDate", n."date"),
           SUM(CASE WHEN v."direction" = 'DEBIT' THEN n."outstanding" ELSE -n."outstanding" END)
    FROM "new_rows" n
    JOIN "TransactionTypeVersion" v ON v."id" = n."typeVersionId"
    JOIN "TransactionType" ty ON ty."id" = v."typeId"
    JOIN "Account" a ON a."id" = n."accountId"
    WHERE n."status" = 'POSTED' AND n."outstanding" > 0
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 2, 3, 4, 5, 6
    ON CONFLICT ("ledgerId", "currency", "normalSide", "itemDate", "dueOn") DO UPDATE SET
        "amount" = "OpenItemTotal"."amount" + EXCLUDED."amount";
    RETURN NULL;
END $$;

CREATE FUNCTION "open_item_total_move"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "OpenItemTotal" ("bookId", "ledgerId", "currency", "normalSide", "itemDate", "dueOn", "amount")
    SELECT c."bookId", ty."ledgerId", c."currency", a."normalSide"::text, c."date", c."dueOn",
           SUM(CASE WHEN v."direction" = 'DEBIT' THEN c."change" ELSE -c."change" END)
    FROM (
        SELECT n."bookId", n."accountId", n."typeVersionId", n."currency", n."date", COALESCE(n."dueDate", n."date") AS "dueOn",
               (CASE WHEN n."status" = 'POSTED' AND n."outstanding" > 0 THEN n."outstanding" ELSE 0 END)
             - (CASE WHEN o."status" = 'POSTED' AND o."outstanding" > 0 THEN o."outstanding" ELSE 0 END) AS "change"
        FROM "new_rows" n JOIN "old_rows" o ON o."id" = n."id"
        WHERE n."accountId" IS NOT NULL
    ) c
    JOIN "TransactionTypeVersion" v ON v."id" = c."typeVersionId"
    JOIN "TransactionType" ty ON ty."id" = v."typeId"
    JOIN "Account" a ON a."id" = c."accountId"
    WHERE c."change" <> 0
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 2, 3, 4, 5, 6
    ON CONFLICT ("ledgerId", "currency", "normalSide", "itemDate", "dueOn") DO UPDATE SET
        "amount" = "OpenItemTotal"."amount" + EXCLUDED."amount";
    RETURN NULL;
END $$;

CREATE TRIGGER "Transaction_opens_item" AFTER INSERT ON "Transaction"
    REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "open_item_total_add"();
CREATE TRIGGER "Transaction_moves_open_item" AFTER UPDATE ON "Transaction"
    REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "open_item_total_move"();

-- the items open now
INSERT INTO "OpenItemTotal" ("bookId", "ledgerId", "currency", "normalSide", "itemDate", "dueOn", "amount")
SELECT t."bookId", ty."ledgerId", t."currency", a."normalSide"::text, t."date", COALESCE(t."dueDate", t."date"),
       SUM(CASE WHEN v."direction" = 'DEBIT' THEN t."outstanding" ELSE -t."outstanding" END)
FROM "Transaction" t
JOIN "TransactionTypeVersion" v ON v."id" = t."typeVersionId"
JOIN "TransactionType" ty ON ty."id" = v."typeId"
JOIN "Account" a ON a."id" = t."accountId"
WHERE t."status" = 'POSTED' AND t."outstanding" > 0
GROUP BY 1, 2, 3, 4, 5, 6;

-- The movements summed per day, item date and due date: a movement is never changed or
-- deleted (append-only), so an insert adds it and nothing takes it away.
CREATE FUNCTION "open_item_movement_total_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "OpenItemMovementTotal" ("bookId", "ledgerId", "currency", "date", "itemDate", "dueOn", "amount")
    SELECT n."bookId", n."ledgerId", n."currency", n."date", n."itemDate", n."dueOn", SUM(n."amount")
    FROM "new_rows" n
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 2, 3, 4, 5, 6
    ON CONFLICT ("ledgerId", "currency", "date", "itemDate", "dueOn") DO UPDATE SET
        "amount" = "OpenItemMovementTotal"."amount" + EXCLUDED."amount";
    RETURN NULL;
END $$;

CREATE TRIGGER "OpenItemMovement_adds_total" AFTER INSERT ON "OpenItemMovement"
    REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "open_item_movement_total_add"();

INSERT INTO "OpenItemMovementTotal" ("bookId", "ledgerId", "currency", "date", "itemDate", "dueOn", "amount")
SELECT m."bookId", m."ledgerId", m."currency", m."date", m."itemDate", m."dueOn", SUM(m."amount")
FROM "OpenItemMovement" m
GROUP BY 1, 2, 3, 4, 5, 6;
