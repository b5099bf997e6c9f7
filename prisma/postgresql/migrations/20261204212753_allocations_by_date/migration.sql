-- CreateIndex
CREATE INDEX "Allocation_bookId_date_toId_amount_releasedByReversalId_idx" ON "Allocation"("bookId", "date", "toId", "amount", "releasedByReversalId");
