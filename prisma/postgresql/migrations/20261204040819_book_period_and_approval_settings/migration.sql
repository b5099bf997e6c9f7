-- AlterTable
ALTER TABLE "Book" ADD COLUMN     "requirePeriods" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "reversalsRequireApproval" BOOLEAN NOT NULL DEFAULT false;
