-- AlterTable: columns added in place (redefining "Book" would trip the configVersion triggers that name it)
ALTER TABLE "Book" ADD COLUMN "requirePeriods" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Book" ADD COLUMN "reversalsRequireApproval" BOOLEAN NOT NULL DEFAULT false;
