-- AlterTable
ALTER TABLE "Account" ADD COLUMN "closedAt" DATETIME;

-- AlterTable
ALTER TABLE "Ledger" ADD COLUMN "archivedAt" DATETIME;

-- AlterTable
ALTER TABLE "TaxCode" ADD COLUMN "archivedAt" DATETIME;
