-- CreateTable
CREATE TABLE "OpenItemTotal" (
    "bookId" TEXT NOT NULL,
    "ledgerId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "normalSide" TEXT NOT NULL,
    "itemDate" TEXT NOT NULL,
    "dueOn" TEXT NOT NULL,
    "amount" BIGINT NOT NULL DEFAULT 0,

    PRIMARY KEY ("ledgerId", "currency", "normalSide", "itemDate", "dueOn")
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

    PRIMARY KEY ("ledgerId", "currency", "date", "itemDate", "dueOn")
);

-- CreateIndex
CREATE INDEX "OpenItemMovement_account_aging_idx" ON "OpenItemMovement"("bookId", "accountId", "date", "itemDate", "ledgerId", "currency", "dueOn", "amount");

-- CreateIndex
CREATE INDEX "Transaction_account_open_items_idx" ON "Transaction"("bookId", "accountId", "outstanding", "status", "date", "currency", "typeVersionId", "dueDate");

-- Kept by triggers: an item counts with its outstanding while it is posted and something of
-- it is outstanding, debit-positive by its type's direction, in its type's ledger, under its
-- account's normal side. (A transaction's account, type, date, due date and currency never
-- change: the append-only triggers refuse it.)
CREATE TRIGGER "Transaction_opens_item" AFTER INSERT ON "Transaction"
WHEN NEW."status" = 'POSTED' AND NEW."outstanding" > 0 AND NEW."accountId" IS NOT NULL
BEGIN
    INSERT INTO "OpenItemTotal" ("bookId", "ledgerId", "currency", "normalSide", "itemDate", "dueOn", "amount")
    SELECT NEW."bookId", ty."ledgerId", NEW."currency", a."normalSide", NEW."date", COALESCE(NEW."dueDate", NEW."date"),
           CASE WHEN v."direction" = 'DEBIT' THEN NEW."outstanding" ELSE -NEW."outstanding" END
    FROM "TransactionTypeVersion" v CROSS JOIN "TransactionType" ty CROSS JOIN "Account" a
    WHERE v."id" = NEW."typeVersionId" AND ty."id" = v."typeId" AND a."id" = NEW."accountId"
    ON CONFLICT ("ledgerId", "currency", "normalSide", "itemDate", "dueOn") DO UPDATE SET
        "amount" = "OpenItemTotal"."amount" + excluded."amount";
END;

CREATE TRIGGER "Transaction_moves_open_item" AFTER UPDATE OF "outstanding", "status" ON "Transaction"
WHEN NEW."accountId" IS NOT NULL
 AND (CASE WHEN OLD."status" = 'POSTED' AND OLD."outstanding" > 0 THEN OLD."outstanding" ELSE 0 END)
  <> (CASE WHEN NEW."status" = 'POSTED' AND NEW."outstanding" > 0 THEN NEW."outstanding" ELSE 0 END)
BEGIN
    INSERT INTO "OpenItemTotal" ("bookId", "ledgerId", "currency", "normalSide", "itemDate", "dueOn", "amount")
    SELECT NEW."bookId", ty."ledgerId", NEW."currency", a."normalSide", NEW."date", COALESCE(NEW."dueDate", NEW."date"),
           (CASE WHEN v."direction" = 'DEBIT' THEN 1 ELSE -1 END)
             * ((CASE WHEN NEW."status" = 'POSTED' AND NEW."outstanding" > 0 THEN NEW."outstanding" ELSE 0 END)
              - (CASE WHEN OLD."status" = 'POSTED' AND OLD."outstanding" > 0 THEN OLD."outstanding" ELSE 0 END))
    FROM "TransactionTypeVersion" v CROSS JOIN "TransactionType" ty CROSS JOIN "Account" a
    WHERE v."id" = NEW."typeVersionId" AND ty."id" = v."typeId" AND a."id" = NEW."accountId"
    ON CONFLICT ("ledgerId", "currency", "normalSide", "itemDate", "dueOn") DO UPDATE SET
        "amount" = "OpenItemTotal"."amount" + excluded."amount";
END;

-- the items open now
INSERT INTO "OpenItemTotal" ("bookId", "ledgerId", "currency", "normalSide", "itemDate", "dueOn", "amount")
SELECT t."bookId", ty."ledgerId", t."currency", a."normalSide", t."date", COALESCE(t."dueDate", t."date"),
       SUM(CASE WHEN v."direction" = 'DEBIT' THEN t."outstanding" ELSE -t."outstanding" END)
FROM "Transaction" t
JOIN "TransactionTypeVersion" v ON v."id" = t."typeVersionId"
JOIN "TransactionType" ty ON ty."id" = v."typeId"
JOIN "Account" a ON a."id" = t."accountId"
WHERE t."status" = 'POSTED' AND t."outstanding" > 0
GROUP BY t."bookId", ty."ledgerId", t."currency", a."normalSide", t."date", COALESCE(t."dueDate", t."date");

-- The movements summed per day, item date and due date: a movement is never changed or
-- deleted (append-only), so an insert adds it and nothing takes it away.
CREATE TRIGGER "OpenItemMovement_adds_total" AFTER INSERT ON "OpenItemMovement"
BEGIN
    INSERT INTO "OpenItemMovementTotal" ("bookId", "ledgerId", "currency", "date", "itemDate", "dueOn", "amount")
    VALUES (NEW."bookId", NEW."ledgerId", NEW."currency", NEW."date", NEW."itemDate", NEW."dueOn", NEW."amount")
    ON CONFLICT ("ledgerId", "currency", "date", "itemDate", "dueOn") DO UPDATE SET
        "amount" = "OpenItemMovementTotal"."amount" + excluded."amount";
END;

INSERT INTO "OpenItemMovementTotal" ("bookId", "ledgerId", "currency", "date", "itemDate", "dueOn", "amount")
SELECT m."bookId", m."ledgerId", m."currency", m."date", m."itemDate", m."dueOn", SUM(m."amount")
FROM "OpenItemMovement" m
GROUP BY m."bookId", m."ledgerId", m."currency", m."date", m."itemDate", m."dueOn";
