-- DropIndex
DROP INDEX "Allocation_bookId_released_idx";

-- DropIndex
DROP INDEX "Transaction_bookId_outstanding_idx";

-- CreateIndex
CREATE INDEX "Allocation_live_by_date_idx" ON "Allocation"("bookId", "released", "date", "toId", "fromId", "amount");

-- CreateIndex
CREATE INDEX "Transaction_open_items_idx" ON "Transaction"("bookId", "outstanding", "accountId", "typeVersionId", "status", "date", "dueDate", "currency");

-- CreateIndex
CREATE INDEX "Transaction_item_idx" ON "Transaction"("id", "bookId", "accountId", "typeVersionId", "status", "date", "dueDate", "currency");
