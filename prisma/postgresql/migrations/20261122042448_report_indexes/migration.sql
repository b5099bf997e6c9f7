-- CreateIndex
CREATE INDEX "Allocation_bookId_date_idx" ON "Allocation"("bookId", "date");

-- CreateIndex
CREATE INDEX "Allocation_bookId_released_idx" ON "Allocation"("bookId", "released");

-- CreateIndex
CREATE INDEX "Entry_bookId_status_accountId_date_idx" ON "Entry"("bookId", "status", "accountId", "date");

-- CreateIndex
CREATE INDEX "Transaction_bookId_outstanding_idx" ON "Transaction"("bookId", "outstanding");
