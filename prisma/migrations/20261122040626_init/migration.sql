-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    "lastUsedAt" DATETIME,
    CONSTRAINT "ApiKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Book" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "baseCurrency" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Membership" (
    "bookId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("bookId", "userId"),
    CONSTRAINT "Membership_bookId_fkey" FOREIGN KEY ("bookId") REFERENCES "Book" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bookId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "decimals" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "Ledger" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bookId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "updatesNominal" BOOLEAN NOT NULL,
    "controlAccountId" TEXT,
    "defaultAnalysisAccountId" TEXT,
    "taxArea" TEXT NOT NULL DEFAULT 'NONE',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Ledger_bookId_fkey" FOREIGN KEY ("bookId") REFERENCES "Book" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bookId" TEXT NOT NULL,
    "ledgerId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "normalSide" TEXT NOT NULL,
    "limit" TEXT NOT NULL DEFAULT 'NONE',
    "controlAccountId" TEXT,
    "isControl" BOOLEAN NOT NULL DEFAULT false,
    "metadata" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Account_bookId_fkey" FOREIGN KEY ("bookId") REFERENCES "Book" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Account_ledgerId_fkey" FOREIGN KEY ("ledgerId") REFERENCES "Ledger" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AccountBalance" (
    "accountId" TEXT NOT NULL PRIMARY KEY,
    "bookId" TEXT NOT NULL,
    "postedDebits" BIGINT NOT NULL DEFAULT 0,
    "postedCredits" BIGINT NOT NULL DEFAULT 0,
    "pendingDebits" BIGINT NOT NULL DEFAULT 0,
    "pendingCredits" BIGINT NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "lastSequence" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "AccountBalance_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DailyBalance" (
    "bookId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "postedDebits" BIGINT NOT NULL DEFAULT 0,
    "postedCredits" BIGINT NOT NULL DEFAULT 0,

    PRIMARY KEY ("accountId", "date")
);

-- CreateTable
CREATE TABLE "TransactionType" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bookId" TEXT NOT NULL,
    "ledgerId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "numberPrefix" TEXT NOT NULL,
    "nextNumber" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "TransactionTypeVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bookId" TEXT NOT NULL,
    "typeId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "posting" BOOLEAN NOT NULL,
    "updatesNominal" BOOLEAN NOT NULL,
    "taxable" BOOLEAN NOT NULL,
    "interLedgerId" TEXT,
    "interAccount" BOOLEAN NOT NULL,
    "usesStock" BOOLEAN NOT NULL,
    "stockSide" TEXT,
    "allocates" BOOLEAN NOT NULL,
    "readsFromIds" JSONB NOT NULL,
    "requiresApproval" BOOLEAN NOT NULL,
    "template" TEXT NOT NULL,
    "controlAccountId" TEXT,
    "defaultAnalysisAccountId" TEXT,
    "entryTemplates" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TransactionTypeVersion_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "TransactionType" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TaxCode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bookId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rate" TEXT NOT NULL,
    "area" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Period" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bookId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "start" TEXT NOT NULL,
    "end" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "closedAt" DATETIME,
    "closedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Transaction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bookId" TEXT NOT NULL,
    "typeId" TEXT NOT NULL,
    "typeVersionId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "accountId" TEXT,
    "counterAccountId" TEXT,
    "date" TEXT NOT NULL,
    "dueDate" TEXT,
    "reference" TEXT,
    "description" TEXT,
    "currency" TEXT NOT NULL,
    "net" BIGINT NOT NULL,
    "tax" BIGINT NOT NULL,
    "gross" BIGINT NOT NULL,
    "outstanding" BIGINT,
    "sourceId" TEXT,
    "fulfilledById" TEXT,
    "reversalOfId" TEXT,
    "params" JSONB,
    "metadata" JSONB,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "postedAt" DATETIME,
    "voidedAt" DATETIME
);

-- CreateTable
CREATE TABLE "TransactionLine" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bookId" TEXT NOT NULL,
    "transactionId" TEXT NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "accountId" TEXT,
    "description" TEXT,
    "quantity" BIGINT,
    "net" BIGINT NOT NULL,
    "taxCodeId" TEXT,
    "tax" BIGINT NOT NULL DEFAULT 0,
    "side" TEXT,
    CONSTRAINT "TransactionLine_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "Transaction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Entry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bookId" TEXT NOT NULL,
    "transactionId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "side" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "sequence" INTEGER,
    "runningBalance" BIGINT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "postedAt" DATETIME,
    CONSTRAINT "Entry_transactionId_fkey" FOREIGN KEY ("transactionId") REFERENCES "Transaction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Allocation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bookId" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "date" TEXT NOT NULL,
    "released" BOOLEAN NOT NULL DEFAULT false,
    "releasedAt" DATETIME,
    "releasedByReversalId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Category" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bookId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "normalSide" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "CategoryAccount" (
    "bookId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,

    PRIMARY KEY ("categoryId", "accountId")
);

-- CreateTable
CREATE TABLE "CategoryChild" (
    "bookId" TEXT NOT NULL,
    "parentId" TEXT NOT NULL,
    "childId" TEXT NOT NULL,

    PRIMARY KEY ("parentId", "childId")
);

-- CreateTable
CREATE TABLE "ReversalRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bookId" TEXT NOT NULL,
    "transactionId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "decisionReason" TEXT,
    "reversalId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "bookId" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT
);

-- CreateTable
CREATE TABLE "IdempotencyRecord" (
    "bookId" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "resultId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("bookId", "scope", "key")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_secretHash_key" ON "ApiKey"("secretHash");

-- CreateIndex
CREATE INDEX "ApiKey_userId_idx" ON "ApiKey"("userId");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_bookId_code_key" ON "Unit"("bookId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Ledger_bookId_code_key" ON "Ledger"("bookId", "code");

-- CreateIndex
CREATE INDEX "Account_bookId_ledgerId_code_idx" ON "Account"("bookId", "ledgerId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Account_bookId_code_key" ON "Account"("bookId", "code");

-- CreateIndex
CREATE INDEX "AccountBalance_bookId_idx" ON "AccountBalance"("bookId");

-- CreateIndex
CREATE INDEX "DailyBalance_bookId_date_idx" ON "DailyBalance"("bookId", "date");

-- CreateIndex
CREATE INDEX "TransactionType_bookId_ledgerId_idx" ON "TransactionType"("bookId", "ledgerId");

-- CreateIndex
CREATE UNIQUE INDEX "TransactionType_bookId_code_key" ON "TransactionType"("bookId", "code");

-- CreateIndex
CREATE INDEX "TransactionTypeVersion_bookId_idx" ON "TransactionTypeVersion"("bookId");

-- CreateIndex
CREATE UNIQUE INDEX "TransactionTypeVersion_typeId_version_key" ON "TransactionTypeVersion"("typeId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "TaxCode_bookId_code_key" ON "TaxCode"("bookId", "code");

-- CreateIndex
CREATE INDEX "Period_bookId_start_idx" ON "Period"("bookId", "start");

-- CreateIndex
CREATE UNIQUE INDEX "Transaction_reversalOfId_key" ON "Transaction"("reversalOfId");

-- CreateIndex
CREATE INDEX "Transaction_bookId_date_idx" ON "Transaction"("bookId", "date");

-- CreateIndex
CREATE INDEX "Transaction_bookId_accountId_date_idx" ON "Transaction"("bookId", "accountId", "date");

-- CreateIndex
CREATE INDEX "Transaction_bookId_status_date_idx" ON "Transaction"("bookId", "status", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Transaction_bookId_typeId_number_key" ON "Transaction"("bookId", "typeId", "number");

-- CreateIndex
CREATE INDEX "TransactionLine_bookId_taxCodeId_idx" ON "TransactionLine"("bookId", "taxCodeId");

-- CreateIndex
CREATE UNIQUE INDEX "TransactionLine_transactionId_lineNo_key" ON "TransactionLine"("transactionId", "lineNo");

-- CreateIndex
CREATE INDEX "Entry_bookId_accountId_date_idx" ON "Entry"("bookId", "accountId", "date");

-- CreateIndex
CREATE INDEX "Entry_transactionId_idx" ON "Entry"("transactionId");

-- CreateIndex
CREATE UNIQUE INDEX "Entry_accountId_sequence_key" ON "Entry"("accountId", "sequence");

-- CreateIndex
CREATE INDEX "Allocation_bookId_fromId_idx" ON "Allocation"("bookId", "fromId");

-- CreateIndex
CREATE INDEX "Allocation_bookId_toId_idx" ON "Allocation"("bookId", "toId");

-- CreateIndex
CREATE UNIQUE INDEX "Category_bookId_name_key" ON "Category"("bookId", "name");

-- CreateIndex
CREATE INDEX "CategoryAccount_bookId_accountId_idx" ON "CategoryAccount"("bookId", "accountId");

-- CreateIndex
CREATE INDEX "CategoryChild_bookId_childId_idx" ON "CategoryChild"("bookId", "childId");

-- CreateIndex
CREATE INDEX "ReversalRequest_bookId_status_idx" ON "ReversalRequest"("bookId", "status");

-- CreateIndex
CREATE INDEX "ReversalRequest_bookId_transactionId_idx" ON "ReversalRequest"("bookId", "transactionId");

-- CreateIndex
CREATE INDEX "AuditEvent_bookId_id_idx" ON "AuditEvent"("bookId", "id");
