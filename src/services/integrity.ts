// The integrity check: every invariant of model.md verified over the stored rows of a book,
// each by set-based SQL (aggregates, window functions for the per-account chains), never a
// loop per account in JavaScript. The entries are read in as few passes as the invariants
// allow: one aggregate per account (gapless sequences and the materialised balances), one
// window over the posted entries (running balances), one per transaction, one per day. On
// SQLite a book that holds most of the entries is read by a sequential scan and sorted,
// which is several times cheaper than following an index to each row (measured at
// 1,000,000 entries: docs/operations.md). Each statement reads one consistent snapshot
// while postings go on, without holding a transaction (or SQLite's writer mutex) for the
// whole report.
import { isoCurrencyDigits } from '../domain/currency.ts';
import { formatAmount } from '../domain/money.ts';
import type { DatabaseKind, Prisma, Tx } from '../db.ts';
import type { Actor } from './access.ts';
import { requireCapability } from './access.ts';

export interface IntegrityCheck {
  name: string;
  ok: boolean;
  /** one line per violation, naming the rows involved; at most MAX_VIOLATIONS, then a count line */
  violations: string[];
  /** how long its statements took, in milliseconds (the CLI prints it: the costly checks stand out) */
  ms?: number;
}

export interface IntegrityReport {
  bookId: string;
  ok: boolean;
  checkedAt: Date;
  checks: IntegrityCheck[];
}

/** What the check reads through: the database's client, or a transaction's (tests break rows in one and roll it back). */
export interface Reader {
  prisma: Tx;
  kind: DatabaseKind;
}

/** Violations listed per check: a broken book is named, not dumped whole. */
export const MAX_VIOLATIONS = 50;

type Row = Record<string, unknown>;

/** Runs a statement that names the book as $1 (PostgreSQL) or once per `?` (SQLite). */
export type BookQuery = (sql: string) => Promise<Row[]>;

interface Formatting {
  /** minor units as a decimal string in the currency's (or the book's unit's) places */
  amount(value: unknown, currency: unknown): string;
}

/** What a check runs with: the book's statements, amounts formatted, results shared between checks. */
interface RunContext {
  query: BookQuery;
  f: Formatting;
  /** a statement's rows, run once per report however many checks read them */
  once(sql: string): Promise<Row[]>;
}

type CheckDefinition =
  | {
      name: string;
      /** one statement, at most MAX_VIOLATIONS + 1 rows, each a violation */
      sql: string;
      describe(row: Row, f: Formatting): string;
    }
  | {
      name: string;
      /** the violations, by statements of its own (at most MAX_VIOLATIONS + 1) */
      run(context: RunContext): Promise<string[]>;
    };

/**
 * Where a statement reads "Entry" in full: SQLite is told to scan the table (bookQuery puts
 * NOT INDEXED here when the book holds most of the entries); elsewhere a comment.
 */
const SCAN = '/*scan*/';

/** An id read from the database, as an SQL literal. */
const literal = (value: unknown) => `'${String(value).replaceAll("'", "''")}'`;

const LIMIT = `LIMIT ${MAX_VIOLATIONS + 1}`;
const signed = (alias: string, normalSide: string) =>
  `CASE WHEN ${alias}."side" = ${normalSide} THEN ${alias}."amount" ELSE -${alias}."amount" END`;
const text = (expression: string) => `CAST(${expression} AS TEXT)`;

/**
 * One pass over the book's entries, grouped per account, set against each account's
 * AccountBalance row and its last posted entry: the accounts whose sequences are not 1…n
 * ("gap") and those whose materialised row differs ("mismatch"), at most MAX_VIOLATIONS + 1
 * of each. Read by two checks, run once.
 */
const ACCOUNTS_SQL = `
  WITH sums AS (
    SELECT e."accountId",
           SUM(CASE WHEN e."status" = 'POSTED' THEN 1 ELSE 0 END) AS "posted",
           COUNT(CASE WHEN e."status" = 'POSTED' THEN e."sequence" END) AS "numbered",
           MIN(CASE WHEN e."status" = 'POSTED' THEN e."sequence" END) AS "first",
           MAX(CASE WHEN e."status" = 'POSTED' THEN e."sequence" END) AS "last",
           SUM(CASE WHEN e."status" <> 'POSTED' AND (e."sequence" IS NOT NULL OR e."runningBalance" IS NOT NULL) THEN 1 ELSE 0 END) AS "strays",
           SUM(CASE WHEN e."status" = 'POSTED' AND e."side" = 'DEBIT' THEN e."amount" ELSE 0 END) AS "pd",
           SUM(CASE WHEN e."status" = 'POSTED' AND e."side" = 'CREDIT' THEN e."amount" ELSE 0 END) AS "pc",
           SUM(CASE WHEN e."status" = 'PENDING' AND e."side" = 'DEBIT' THEN e."amount" ELSE 0 END) AS "nd",
           SUM(CASE WHEN e."status" = 'PENDING' AND e."side" = 'CREDIT' THEN e."amount" ELSE 0 END) AS "nc"
    FROM "Entry" e ${SCAN} WHERE e."bookId" = $1 GROUP BY e."accountId"
  ), compared AS (
    SELECT a."id", a."code", a."currency", a."normalSide", b."accountId" AS "row",
           b."postedDebits", b."postedCredits", b."pendingDebits", b."pendingCredits", b."lastSequence",
           COALESCE(s."posted", 0) AS "posted", COALESCE(s."numbered", 0) AS "numbered", s."first", s."last" AS "lastNumber",
           COALESCE(s."strays", 0) AS "strays",
           COALESCE(s."pd", 0) AS "pd", COALESCE(s."pc", 0) AS "pc", COALESCE(s."nd", 0) AS "nd", COALESCE(s."nc", 0) AS "nc",
           COALESCE(s."last", 0) AS "last", last."runningBalance" AS "lastRunning"
    FROM "Account" a
    LEFT JOIN "AccountBalance" b ON b."accountId" = a."id"
    LEFT JOIN sums s ON s."accountId" = a."id"
    LEFT JOIN "Entry" last ON last."accountId" = a."id" AND last."sequence" = s."last"
    WHERE a."bookId" = $1
  ), flagged AS (
    SELECT c.*,
           CASE WHEN "strays" > 0 OR "numbered" <> "posted" OR ("posted" > 0 AND ("first" <> 1 OR "lastNumber" <> "posted")) THEN 1 ELSE 0 END AS "gap",
           CASE WHEN "row" IS NULL OR "postedDebits" <> "pd" OR "postedCredits" <> "pc" OR "pendingDebits" <> "nd" OR "pendingCredits" <> "nc"
                  OR "lastSequence" <> "last"
                  OR COALESCE("lastRunning", 0) <> CASE WHEN "normalSide" = 'DEBIT' THEN "postedDebits" - "postedCredits" ELSE "postedCredits" - "postedDebits" END
                THEN 1 ELSE 0 END AS "mismatch"
    FROM compared c
  ), ranked AS (
    SELECT f.*, SUM("gap") OVER (ORDER BY "id" ROWS UNBOUNDED PRECEDING) AS "gapRank",
           SUM("mismatch") OVER (ORDER BY "id" ROWS UNBOUNDED PRECEDING) AS "mismatchRank"
    FROM flagged f WHERE "gap" = 1 OR "mismatch" = 1
  )
  SELECT "id", "code", "currency", "row", "lastSequence", "last", "lastNumber", "first", "posted", "numbered", "gap", "mismatch", "gapRank", "mismatchRank",
         ${text('"postedDebits"')} AS "postedDebits", ${text('"postedCredits"')} AS "postedCredits",
         ${text('"pendingDebits"')} AS "pendingDebits", ${text('"pendingCredits"')} AS "pendingCredits",
         ${text('"pd"')} AS "pd", ${text('"pc"')} AS "pc", ${text('"nd"')} AS "nd", ${text('"nc"')} AS "nc",
         ${text('COALESCE("lastRunning", 0)')} AS "lastRunning",
         ${text(`CASE WHEN "normalSide" = 'DEBIT' THEN "postedDebits" - "postedCredits" ELSE "postedCredits" - "postedDebits" END`)} AS "posted_balance"
  FROM ranked
  WHERE ("gap" = 1 AND "gapRank" <= ${MAX_VIOLATIONS + 1}) OR ("mismatch" = 1 AND "mismatchRank" <= ${MAX_VIOLATIONS + 1})
  ORDER BY "id"`;

// Names used below: "Entry" e, "Account" a, "AccountBalance" b. Amounts leave SQL as text
// (PostgreSQL's SUM of bigint is numeric; SQLite's an integer), bigint in JavaScript.
export const CHECKS: CheckDefinition[] = [
  {
    // invariant 1
    name: 'transactions balance per currency',
    sql: `
      WITH nominal AS (
        SELECT a."id" FROM "Account" a JOIN "Ledger" l ON l."id" = a."ledgerId"
        WHERE a."bookId" = $1 AND l."kind" = 'NOMINAL'
      ), sums AS (
        SELECT e."transactionId", e."currency",
               SUM(CASE WHEN e."side" = 'DEBIT' THEN e."amount" ELSE 0 END) AS "debits",
               SUM(CASE WHEN e."side" = 'CREDIT' THEN e."amount" ELSE 0 END) AS "credits"
        FROM "Entry" e ${SCAN}
        WHERE e."bookId" = $1 AND e."status" <> 'VOIDED' AND e."accountId" IN (SELECT "id" FROM nominal)
        GROUP BY e."transactionId", e."currency"
        HAVING SUM(CASE WHEN e."side" = 'DEBIT' THEN e."amount" ELSE -e."amount" END) <> 0
      )
      SELECT s."transactionId", t."number", s."currency", ${text('s."debits"')} AS "debits", ${text('s."credits"')} AS "credits"
      FROM sums s LEFT JOIN "Transaction" t ON t."id" = s."transactionId"
      ORDER BY s."transactionId" ${LIMIT}`,
    describe: (r, f) =>
      `transaction ${r.number ?? '(missing)'} (${r.transactionId}): nominal debits ${f.amount(r.debits, r.currency)} ≠ credits ${f.amount(r.credits, r.currency)} ${r.currency}`,
  },
  {
    // invariant 2, over the materialised balances (the next checks tie those to the entries)
    name: 'control accounts reconcile with their ledgers',
    sql: `
      WITH mirrored AS (
        SELECT COALESCE(a."controlAccountId", l."controlAccountId") AS "controlId",
               SUM(COALESCE(b."postedDebits", 0) - COALESCE(b."postedCredits", 0)) AS "total", COUNT(*) AS "accounts"
        FROM "Account" a JOIN "Ledger" l ON l."id" = a."ledgerId" LEFT JOIN "AccountBalance" b ON b."accountId" = a."id"
        WHERE a."bookId" = $1 AND l."kind" <> 'NOMINAL' AND COALESCE(a."controlAccountId", l."controlAccountId") IS NOT NULL
        GROUP BY COALESCE(a."controlAccountId", l."controlAccountId")
      )
      SELECT m."controlId", c."code", c."currency", m."accounts", ${text('m."total"')} AS "mirrored",
             ${text('COALESCE(cb."postedDebits", 0) - COALESCE(cb."postedCredits", 0)')} AS "control"
      FROM mirrored m LEFT JOIN "Account" c ON c."id" = m."controlId" LEFT JOIN "AccountBalance" cb ON cb."accountId" = m."controlId"
      WHERE m."total" <> COALESCE(cb."postedDebits", 0) - COALESCE(cb."postedCredits", 0)
      ORDER BY m."controlId" ${LIMIT}`,
    describe: (r, f) =>
      `control account ${r.code ?? '(missing)'} (${r.controlId}): posted balance ${f.amount(r.control, r.currency)} (debit − credit) ≠ ${f.amount(r.mirrored, r.currency)}, the sum of the ${r.accounts} accounts it controls`,
  },
  {
    // invariant 3
    name: 'trial balance sums to zero',
    sql: `
      SELECT a."currency", ${text('SUM(b."postedDebits" - b."postedCredits")')} AS "total", COUNT(*) AS "accounts"
      FROM "Account" a JOIN "Ledger" l ON l."id" = a."ledgerId" JOIN "AccountBalance" b ON b."accountId" = a."id"
      WHERE a."bookId" = $1 AND l."kind" = 'NOMINAL'
      GROUP BY a."currency"
      HAVING SUM(b."postedDebits" - b."postedCredits") <> 0
      ORDER BY a."currency" ${LIMIT}`,
    describe: (r, f) =>
      `trial balance in ${r.currency}: the ${r.accounts} nominal accounts sum to ${f.amount(r.total, r.currency)} (debit − credit), not 0; the transactions that do not balance are listed above`,
  },
  {
    // invariant 4: posted entries numbered 1, 2, 3… per account; no other entry numbered.
    // From the per-account aggregate: with the unique index on (accountId, sequence), posted
    // entries all numbered, the first 1 and the last their count are exactly 1…n. The
    // accounts that fail are then read entry by entry to name the entries.
    name: 'entry sequences are gapless per account',
    async run({ query, once }) {
      const accounts = (await once(ACCOUNTS_SQL)).filter((r) => Number(r.gap) === 1 && Number(r.gapRank) <= MAX_VIOLATIONS + 1);
      if (!accounts.length) return [];
      const ids = accounts.map((r) => literal(r.id)).join(', ');
      const rows = await query(`
        SELECT x."id", x."accountId", a."code", x."status", x."sequence", x."previous" FROM (
          SELECT e."id", e."accountId", e."status", e."sequence",
                 LAG(e."sequence") OVER (PARTITION BY e."accountId" ORDER BY e."sequence") AS "previous"
          FROM "Entry" e WHERE e."bookId" = $1 AND e."status" = 'POSTED' AND e."accountId" IN (${ids})
        ) x JOIN "Account" a ON a."id" = x."accountId"
        WHERE x."sequence" IS NULL OR x."sequence" <> COALESCE(x."previous", 0) + 1
        UNION ALL
        SELECT e."id", e."accountId", a."code", e."status", e."sequence", NULL
        FROM "Entry" e JOIN "Account" a ON a."id" = e."accountId"
        WHERE e."bookId" = $1 AND e."accountId" IN (${ids}) AND e."status" <> 'POSTED' AND (e."sequence" IS NOT NULL OR e."runningBalance" IS NOT NULL)
        ${LIMIT}`);
      const named = new Set(rows.map((r) => String(r.accountId)));
      return [
        ...rows.map((r) =>
          r.status !== 'POSTED'
            ? `entry ${r.id} of account ${r.code}: ${r.status} but numbered (sequence ${r.sequence ?? 'null'}); only posted entries carry a sequence and running balance`
            : r.sequence === null
              ? `entry ${r.id} of account ${r.code}: posted without a sequence`
              : `entry ${r.id} of account ${r.code}: sequence ${r.sequence} follows ${r.previous ?? 'nothing'}, expected ${Number(r.previous ?? 0) + 1}`,
        ),
        // the aggregate's word when no single entry shows it (the unique index is gone)
        ...accounts
          .filter((r) => !named.has(String(r.id)))
          .map((r) => `account ${r.code} (${r.id}): ${r.posted} posted entries numbered from ${r.first ?? 'null'} to ${r.lastNumber ?? 'null'}, ${r.numbered} of them numbered; expected 1 to ${r.posted}`),
      ];
    },
  },
  {
    // invariant 4: each running balance = the previous one ± its amount, from zero; one
    // window over the posted entries (SQLite: a scan and a sort, not an index walk per row)
    name: 'running balances chain per account',
    sql: `
      SELECT x."id", x."accountId", a."code", a."currency", x."sequence", ${text('x."runningBalance"')} AS "runningBalance",
             ${text('COALESCE(x."previous", 0) + x."movement"')} AS "expected" FROM (
        SELECT w.* FROM (
          SELECT e."id", e."accountId", e."sequence", e."runningBalance", ${signed('e', 'n."normalSide"')} AS "movement",
                 LAG(e."runningBalance") OVER (PARTITION BY e."accountId" ORDER BY e."sequence") AS "previous"
          FROM "Entry" e ${SCAN} JOIN "Account" n ON n."id" = e."accountId"
          WHERE e."bookId" = $1 AND e."status" = 'POSTED'
        ) w
        WHERE w."runningBalance" IS NULL OR w."runningBalance" <> COALESCE(w."previous", 0) + w."movement"
        ${LIMIT}
      ) x JOIN "Account" a ON a."id" = x."accountId"`,
    describe: (r, f) =>
      `entry ${r.id} of account ${r.code} (sequence ${r.sequence}): running balance ${r.runningBalance === null ? 'null' : f.amount(r.runningBalance, r.currency)}, expected ${f.amount(r.expected, r.currency)} (the previous entry's ± its amount)`,
  },
  {
    // invariant 4's end, and the materialised row's sums: AccountBalance = Σ the account's entries
    name: 'materialised balances equal the sums of entries',
    async run({ once, f }) {
      const rows = (await once(ACCOUNTS_SQL)).filter((r) => Number(r.mismatch) === 1 && Number(r.mismatchRank) <= MAX_VIOLATIONS + 1);
      return rows.map((r) => {
        const where = `account ${r.code} (${r.id})`;
        if (r.row === null) return `${where}: has no AccountBalance row`;
        const differences: string[] = [];
        const pairs: [string, unknown, unknown][] = [
          ['postedDebits', r.postedDebits, r.pd],
          ['postedCredits', r.postedCredits, r.pc],
          ['pendingDebits', r.pendingDebits, r.nd],
          ['pendingCredits', r.pendingCredits, r.nc],
        ];
        for (const [column, stored, summed] of pairs) {
          if (String(stored) !== String(summed)) differences.push(`${column} ${f.amount(stored, r.currency)} ≠ Σ entries ${f.amount(summed, r.currency)}`);
        }
        if (Number(r.lastSequence) !== Number(r.last)) differences.push(`lastSequence ${r.lastSequence} ≠ last posted entry's sequence ${r.last}`);
        if (String(r.lastRunning) !== String(r.posted_balance)) {
          differences.push(`last running balance ${f.amount(r.lastRunning, r.currency)} ≠ posted balance ${f.amount(r.posted_balance, r.currency)}`);
        }
        return `${where}: AccountBalance ${differences.join('; ')}`;
      });
    },
  },
  {
    // invariant 5: as-of balances and period figures are sums of the daily rollups
    name: 'daily rollups equal the sums of entries',
    sql: `
      WITH sides AS (
        SELECT e."accountId", e."date",
               CASE WHEN e."side" = 'DEBIT' THEN e."amount" ELSE 0 END AS "ed", CASE WHEN e."side" = 'CREDIT' THEN e."amount" ELSE 0 END AS "ec",
               0 AS "rd", 0 AS "rc"
        FROM "Entry" e ${SCAN} WHERE e."bookId" = $1 AND e."status" = 'POSTED'
        UNION ALL
        SELECT d."accountId", d."date", 0, 0, d."postedDebits", d."postedCredits" FROM "DailyBalance" d WHERE d."bookId" = $1
      ), days AS (
        SELECT "accountId", "date", SUM("ed") AS "ed", SUM("ec") AS "ec", SUM("rd") AS "rd", SUM("rc") AS "rc"
        FROM sides GROUP BY "accountId", "date"
        HAVING SUM("ed") <> SUM("rd") OR SUM("ec") <> SUM("rc")
      )
      SELECT d."accountId", a."code", a."currency", d."date", ${text('d."ed"')} AS "ed", ${text('d."ec"')} AS "ec", ${text('d."rd"')} AS "rd", ${text('d."rc"')} AS "rc"
      FROM days d LEFT JOIN "Account" a ON a."id" = d."accountId"
      ORDER BY d."accountId", d."date" ${LIMIT}`,
    describe: (r, f) =>
      `DailyBalance of account ${r.code ?? '(missing)'} (${r.accountId}) on ${r.date}: debits ${f.amount(r.rd, r.currency)}, credits ${f.amount(r.rc, r.currency)}; its posted entries sum to debits ${f.amount(r.ed, r.currency)}, credits ${f.amount(r.ec, r.currency)}`,
  },
  {
    // the reconciliation's figures: each ledger's daily rollup (per control account and
    // currency) is the sum of its accounts' daily rollups
    name: 'ledger rollups equal the sums of their accounts',
    sql: `
      WITH sides AS (
        SELECT a."ledgerId", COALESCE(a."controlAccountId", '') AS "controlAccountId", a."currency", d."date",
               d."postedDebits" AS "ad", d."postedCredits" AS "ac", 0 AS "ld", 0 AS "lc"
        FROM "DailyBalance" d JOIN "Account" a ON a."id" = d."accountId" JOIN "Ledger" l ON l."id" = a."ledgerId"
        WHERE d."bookId" = $1 AND l."updatesNominal" = true
        UNION ALL
        SELECT x."ledgerId", x."controlAccountId", x."currency", x."date", 0, 0, x."postedDebits", x."postedCredits"
        FROM "LedgerDailyBalance" x WHERE x."bookId" = $1
      ), days AS (
        SELECT "ledgerId", "controlAccountId", "currency", "date", SUM("ad") AS "ad", SUM("ac") AS "ac", SUM("ld") AS "ld", SUM("lc") AS "lc"
        FROM sides GROUP BY "ledgerId", "controlAccountId", "currency", "date"
        HAVING SUM("ad") <> SUM("ld") OR SUM("ac") <> SUM("lc")
      )
      SELECT d."ledgerId", l."code", c."code" AS "control", d."currency", d."date",
             ${text('d."ad"')} AS "ad", ${text('d."ac"')} AS "ac", ${text('d."ld"')} AS "ld", ${text('d."lc"')} AS "lc"
      FROM days d LEFT JOIN "Ledger" l ON l."id" = d."ledgerId" LEFT JOIN "Account" c ON c."id" = d."controlAccountId"
      ORDER BY d."ledgerId", d."controlAccountId", d."currency", d."date" ${LIMIT}`,
    describe: (r, f) =>
      `LedgerDailyBalance of ledger ${r.code ?? '(missing)'}${r.control ? ` (accounts with control ${r.control})` : ''} in ${r.currency} on ${r.date}: debits ${f.amount(r.ld, r.currency)}, credits ${f.amount(r.lc, r.currency)}; its accounts' daily rollups sum to debits ${f.amount(r.ad, r.currency)}, credits ${f.amount(r.ac, r.currency)}`,
  },
  {
    // the tax summary's figures: each day's totals are the sums of the posted lines with a tax code
    name: 'tax totals equal the sums of posted lines',
    sql: `
      WITH sides AS (
        SELECT t."date", l."taxCodeId", t."typeVersionId", t."currency", CASE WHEN t."reversalOfId" IS NULL THEN 0 ELSE 1 END AS "reversal",
               l."net" AS "ln", l."tax" AS "lt", 0 AS "dn", 0 AS "dt"
        FROM "Transaction" t JOIN "TransactionLine" l ON l."transactionId" = t."id"
        WHERE t."bookId" = $1 AND t."status" = 'POSTED' AND l."taxCodeId" IS NOT NULL
        UNION ALL
        SELECT d."date", d."taxCodeId", d."typeVersionId", d."currency", d."reversal", 0, 0, d."net", d."tax"
        FROM "TaxDailyTotal" d WHERE d."bookId" = $1
      ), days AS (
        SELECT "date", "taxCodeId", "typeVersionId", "currency", "reversal", SUM("ln") AS "ln", SUM("lt") AS "lt", SUM("dn") AS "dn", SUM("dt") AS "dt"
        FROM sides GROUP BY "date", "taxCodeId", "typeVersionId", "currency", "reversal"
        HAVING SUM("ln") <> SUM("dn") OR SUM("lt") <> SUM("dt")
      )
      SELECT d."date", c."code", ty."code" AS "type", d."currency", d."reversal",
             ${text('d."ln"')} AS "ln", ${text('d."lt"')} AS "lt", ${text('d."dn"')} AS "dn", ${text('d."dt"')} AS "dt"
      FROM days d LEFT JOIN "TaxCode" c ON c."id" = d."taxCodeId"
      LEFT JOIN "TransactionTypeVersion" v ON v."id" = d."typeVersionId" LEFT JOIN "TransactionType" ty ON ty."id" = v."typeId"
      ORDER BY d."date", d."taxCodeId", d."typeVersionId", d."currency", d."reversal" ${LIMIT}`,
    describe: (r, f) =>
      `TaxDailyTotal of tax code ${r.code ?? '(missing)'} on ${r.date} (${r.type ?? 'unknown type'}${Number(r.reversal) === 1 ? ', reversals' : ''}, ${r.currency}): net ${f.amount(r.dn, r.currency)}, tax ${f.amount(r.dt, r.currency)}; its posted lines sum to net ${f.amount(r.ln, r.currency)}, tax ${f.amount(r.lt, r.currency)}`,
  },
  {
    // the aged report's totals: the items open now, summed per ledger, currency, account side, item and due date
    name: 'open item totals equal the open items',
    sql: `
      WITH sides AS (
        SELECT ty."ledgerId", t."currency", CAST(a."normalSide" AS TEXT) AS "normalSide", t."date" AS "itemDate", COALESCE(t."dueDate", t."date") AS "dueOn",
               CASE WHEN v."direction" = 'DEBIT' THEN t."outstanding" ELSE -t."outstanding" END AS "items", 0 AS "kept"
        FROM "Transaction" t
        JOIN "TransactionTypeVersion" v ON v."id" = t."typeVersionId" JOIN "TransactionType" ty ON ty."id" = v."typeId" JOIN "Account" a ON a."id" = t."accountId"
        WHERE t."bookId" = $1 AND t."status" = 'POSTED' AND t."outstanding" > 0
        UNION ALL
        SELECT o."ledgerId", o."currency", o."normalSide", o."itemDate", o."dueOn", 0, o."amount" FROM "OpenItemTotal" o WHERE o."bookId" = $1
      ), days AS (
        SELECT "ledgerId", "currency", "normalSide", "itemDate", "dueOn", SUM("items") AS "items", SUM("kept") AS "kept"
        FROM sides GROUP BY "ledgerId", "currency", "normalSide", "itemDate", "dueOn"
        HAVING SUM("items") <> SUM("kept")
      )
      SELECT l."code", d."currency", d."normalSide", d."itemDate", d."dueOn", ${text('d."items"')} AS "items", ${text('d."kept"')} AS "kept"
      FROM days d LEFT JOIN "Ledger" l ON l."id" = d."ledgerId"
      ORDER BY d."ledgerId", d."currency", d."normalSide", d."itemDate", d."dueOn" ${LIMIT}`,
    describe: (r, f) =>
      `OpenItemTotal of ledger ${r.code ?? '(missing)'} in ${r.currency} (${r.normalSide} accounts), items of ${r.itemDate} due ${r.dueOn}: ${f.amount(r.kept, r.currency)}; the items open now sum to ${f.amount(r.items, r.currency)} (debit-positive)`,
  },
  {
    // the aged report's totals as of a past date: the open item movements summed per ledger, currency, day, item and due date
    name: 'open item movement totals equal the movements',
    sql: `
      WITH sides AS (
        SELECT m."ledgerId", m."currency", m."date", m."itemDate", m."dueOn", m."amount" AS "moved", 0 AS "kept"
        FROM "OpenItemMovement" m WHERE m."bookId" = $1
        UNION ALL
        SELECT o."ledgerId", o."currency", o."date", o."itemDate", o."dueOn", 0, o."amount" FROM "OpenItemMovementTotal" o WHERE o."bookId" = $1
      ), days AS (
        SELECT "ledgerId", "currency", "date", "itemDate", "dueOn", SUM("moved") AS "moved", SUM("kept") AS "kept"
        FROM sides GROUP BY "ledgerId", "currency", "date", "itemDate", "dueOn"
        HAVING SUM("moved") <> SUM("kept")
      )
      SELECT l."code", d."currency", d."date", d."itemDate", d."dueOn", ${text('d."moved"')} AS "moved", ${text('d."kept"')} AS "kept"
      FROM days d LEFT JOIN "Ledger" l ON l."id" = d."ledgerId"
      ORDER BY d."ledgerId", d."currency", d."date", d."itemDate", d."dueOn" ${LIMIT}`,
    describe: (r, f) =>
      `OpenItemMovementTotal of ledger ${r.code ?? '(missing)'} in ${r.currency} on ${r.date}, items of ${r.itemDate} due ${r.dueOn}: ${f.amount(r.kept, r.currency)}; the movements sum to ${f.amount(r.moved, r.currency)}`,
  },
  {
    // invariant 6, the settlement's side: never more allocated than its gross
    name: 'allocations within bounds',
    sql: `
      WITH live AS (
        SELECT al."fromId", al."toId", al."amount" FROM "Allocation" al WHERE al."bookId" = $1 AND al."released" = false
      ), totals AS (
        SELECT "fromId" AS "itemId", 'from' AS "role", SUM("amount") AS "total", COUNT(*) AS "allocations" FROM live GROUP BY "fromId"
        UNION ALL
        SELECT "toId", 'to', SUM("amount"), COUNT(*) FROM live GROUP BY "toId"
      )
      SELECT 'total' AS "problem", x."itemId" AS "id", t."number", t."currency", x."role", x."allocations",
             ${text('x."total"')} AS "amount", ${text('t."gross"')} AS "gross", NULL AS "fromId", NULL AS "toId"
      FROM totals x LEFT JOIN "Transaction" t ON t."id" = x."itemId"
      WHERE t."id" IS NULL OR t."bookId" <> $1 OR x."total" > t."gross"
      UNION ALL
      SELECT 'allocation', al."id", NULL, f."currency", NULL, NULL, ${text('al."amount"')}, NULL, al."fromId", al."toId"
      FROM "Allocation" al
      LEFT JOIN "Transaction" f ON f."id" = al."fromId" LEFT JOIN "Transaction" t ON t."id" = al."toId"
      WHERE al."bookId" = $1 AND (al."amount" <= 0 OR f."id" IS NULL OR t."id" IS NULL OR f."bookId" <> $1 OR t."bookId" <> $1
        OR f."accountId" <> t."accountId" OR f."currency" <> t."currency")
      ${LIMIT}`,
    describe: (r, f) =>
      r.problem === 'total'
        ? r.number === null
          ? `allocations ${r.role} ${r.id}: no such transaction in this book`
          : `transaction ${r.number} (${r.id}): ${r.allocations} live allocations ${r.role === 'from' ? 'from' : 'to'} it total ${f.amount(r.amount, r.currency)}, more than its gross ${f.amount(r.gross, r.currency)}`
        : `allocation ${r.id} (from ${r.fromId} to ${r.toId}, ${f.amount(r.amount, r.currency)}): must be positive, between two transactions of this book on the same account and currency`,
  },
  {
    // invariant 6, the item's side: outstanding = gross − Σ live allocations, 0 ≤ outstanding ≤ gross
    name: 'outstanding amounts within bounds',
    sql: `
      WITH parts AS (
        SELECT "id" AS "itemId", 1 AS "isItem", 0 AS "amount", NULL AS "reversedBy" FROM "Transaction" WHERE "bookId" = $1 AND "outstanding" IS NOT NULL
        UNION ALL
        SELECT "fromId", 0, "amount", NULL FROM "Allocation" WHERE "bookId" = $1 AND "released" = false
        UNION ALL
        SELECT "toId", 0, "amount", NULL FROM "Allocation" WHERE "bookId" = $1 AND "released" = false
        UNION ALL
        SELECT "reversalOfId", 0, 0, "number" FROM "Transaction" WHERE "bookId" = $1 AND "reversalOfId" IS NOT NULL
      ), allocated AS (
        SELECT "itemId", SUM("amount") AS "total", MAX("isItem") AS "isItem", MAX("reversedBy") AS "reversedBy" FROM parts GROUP BY "itemId"
      ), items AS (
        -- one pass and a group, then each item found by its key: joins the other way round
        -- make SQLite scan per item (its statistics rate an index of mostly NULLs as useless)
        SELECT x."itemId" AS "id", t."number", t."currency", t."status", t."gross", t."outstanding", x."total" AS "allocated",
               CASE WHEN t."status" = 'VOIDED' OR x."reversedBy" IS NOT NULL THEN 0 ELSE t."gross" - x."total" END AS "expected",
               x."reversedBy"
        FROM allocated x
        LEFT JOIN "Transaction" t ON t."id" = x."itemId"
        WHERE x."isItem" = 1
      )
      SELECT "id", "number", "currency", "status", "reversedBy", ${text('"gross"')} AS "gross", ${text('"outstanding"')} AS "outstanding",
             ${text('"allocated"')} AS "allocated", ${text('"expected"')} AS "expected"
      FROM items
      WHERE "outstanding" < 0 OR "outstanding" > "gross" OR "outstanding" <> "expected"
         OR ("allocated" <> 0 AND ("status" <> 'POSTED' OR "reversedBy" IS NOT NULL))
      ORDER BY "id" ${LIMIT}`,
    describe: (r, f) => {
      const state = r.reversedBy ? `reversed by ${r.reversedBy}` : String(r.status);
      return `transaction ${r.number} (${r.id}, ${state}): outstanding ${f.amount(r.outstanding, r.currency)}, expected ${f.amount(r.expected, r.currency)} (gross ${f.amount(r.gross, r.currency)}, live allocations ${f.amount(r.allocated, r.currency)}); it must lie between 0 and the gross`;
    },
  },
  {
    // the OpenItemMovement model: for every posted item, outstanding = gross + Σ its movements
    name: 'open item movements consistent',
    sql: `
      WITH moved AS (
        SELECT m."itemId", SUM(m."amount") AS "total", COUNT(*) AS "movements",
               SUM(CASE WHEN m."accountId" <> t."accountId" OR m."currency" <> t."currency" OR t."id" IS NULL THEN 1 ELSE 0 END) AS "misplaced"
        FROM "OpenItemMovement" m LEFT JOIN "Transaction" t ON t."id" = m."itemId"
        WHERE m."bookId" = $1 GROUP BY m."itemId"
      ), items AS (
        SELECT t."id", t."number", t."currency", t."status", t."gross", t."outstanding",
               COALESCE(x."movements", 0) AS "movements", COALESCE(x."misplaced", 0) AS "misplaced",
               t."gross" + CASE WHEN v."direction" = a."normalSide" THEN COALESCE(x."total", 0) ELSE -COALESCE(x."total", 0) END AS "expected"
        FROM "Transaction" t
        JOIN "Account" a ON a."id" = t."accountId"
        JOIN "TransactionTypeVersion" v ON v."id" = t."typeVersionId"
        LEFT JOIN moved x ON x."itemId" = t."id"
        WHERE t."bookId" = $1 AND t."outstanding" IS NOT NULL AND t."status" = 'POSTED'
      )
      SELECT 'item' AS "problem", "id", "number", "currency", "movements", "misplaced",
             ${text('"gross"')} AS "gross", ${text('"outstanding"')} AS "outstanding", ${text('"expected"')} AS "expected"
      FROM items WHERE "outstanding" <> "expected" OR "misplaced" > 0
      UNION ALL
      SELECT 'orphan', x."itemId", t."number", NULL, x."movements", NULL, NULL, NULL, NULL
      FROM moved x LEFT JOIN "Transaction" t ON t."id" = x."itemId"
      WHERE t."id" IS NULL OR t."outstanding" IS NULL OR t."bookId" <> $1
      UNION ALL
      SELECT 'allocation', c."sourceId", NULL, NULL, SUM(c."found"), SUM(c."expected"), NULL, NULL, NULL
      FROM (
        SELECT al."id" AS "sourceId", CASE WHEN al."released" = true THEN 4 ELSE 2 END AS "expected", 0 AS "found"
        FROM "Allocation" al WHERE al."bookId" = $1
        UNION ALL
        SELECT m."sourceId", 0, 1 FROM "OpenItemMovement" m WHERE m."bookId" = $1 AND m."kind" IN ('ALLOCATION', 'RELEASE')
      ) c
      GROUP BY c."sourceId" HAVING SUM(c."found") <> SUM(c."expected")
      ${LIMIT}`,
    describe: (r, f) =>
      r.problem === 'item'
        ? Number(r.misplaced) > 0
          ? `transaction ${r.number} (${r.id}): ${r.misplaced} of its ${r.movements} open item movements name another account or currency`
          : `transaction ${r.number} (${r.id}): outstanding ${f.amount(r.outstanding, r.currency)} ≠ gross ${f.amount(r.gross, r.currency)} + its ${r.movements} movements = ${f.amount(r.expected, r.currency)}`
        : r.problem === 'orphan'
          ? `open item movements of ${r.number ?? 'a missing transaction'} (${r.id}): ${r.movements} movements on something that is not an open item of this book`
          : Number(r.misplaced) === 0
            ? `open item movements ${r.id}: ${r.movements} ALLOCATION or RELEASE movements name a source that is no allocation of this book`
            : `allocation ${r.id}: ${r.movements} open item movements, expected ${r.misplaced} (ALLOCATION on both its items, and RELEASE on both once released)`,
  },
  {
    // invariant 8
    name: 'account limits respected',
    sql: `
      SELECT a."id", a."code", a."currency", a."limit", ${text(`
        CASE WHEN a."normalSide" = 'DEBIT' THEN b."postedDebits" - b."postedCredits" - b."pendingCredits"
             ELSE b."postedCredits" - b."postedDebits" - b."pendingDebits" END`)} AS "available"
      FROM "Account" a JOIN "AccountBalance" b ON b."accountId" = a."id"
      WHERE a."bookId" = $1 AND a."limit" <> 'NONE' AND (
        (a."limit" = 'NO_DEBIT_BALANCE' AND (CASE WHEN a."normalSide" = 'DEBIT' THEN b."postedDebits" - b."postedCredits" - b."pendingCredits"
                                                  ELSE b."postedDebits" - b."postedCredits" + b."pendingDebits" END) > 0)
        OR (a."limit" = 'NO_CREDIT_BALANCE' AND (CASE WHEN a."normalSide" = 'CREDIT' THEN b."postedCredits" - b."postedDebits" - b."pendingDebits"
                                                      ELSE b."postedCredits" - b."postedDebits" + b."pendingCredits" END) > 0))
      ORDER BY a."id" ${LIMIT}`,
    describe: (r, f) => `account ${r.code} (${r.id}): available balance ${f.amount(r.available, r.currency)} is forbidden by its limit ${r.limit}`,
  },
];

// invariant 7 is the database's own: the append-only triggers must be in place.
const APPEND_ONLY_TRIGGERS: Record<DatabaseKind, string[]> = {
  sqlite: [
    'Entry_refuse_delete',
    'Entry_refuse_update_of_terms',
    'Entry_refuse_status_change',
    'Entry_refuse_posting_change',
    'AuditEvent_refuse_delete',
    'AuditEvent_refuse_update',
    'OpenItemMovement_refuse_update',
    'OpenItemMovement_refuse_delete',
    'Transaction_refuse_delete',
    'Transaction_refuse_update_of_terms',
    'Allocation_refuse_delete',
    'Allocation_refuse_update',
    'ReversalRequest_refuse_delete',
    'ReversalRequest_refuse_update',
  ],
  postgres: [
    'Entry_append_only',
    'Entry_refuse_truncate',
    'AuditEvent_append_only',
    'AuditEvent_refuse_truncate',
    'OpenItemMovement_append_only',
    'OpenItemMovement_refuse_truncate',
    'Transaction_append_only',
    'Transaction_refuse_truncate',
    'Allocation_append_only',
    'Allocation_refuse_truncate',
    'ReversalRequest_append_only',
    'ReversalRequest_refuse_truncate',
  ],
};

async function appendOnlyCheck(db: Reader): Promise<IntegrityCheck> {
  const rows =
    db.kind === 'postgres'
      ? await db.prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT "tgname" AS "name" FROM pg_trigger WHERE NOT "tgisinternal" AND "tgenabled" <> 'D'`)
      : await db.prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT "name" FROM sqlite_master WHERE "type" = 'trigger'`);
  const present = new Set(rows.map((r) => r.name));
  const missing = APPEND_ONLY_TRIGGERS[db.kind].filter((name) => !present.has(name));
  return {
    name: 'append-only triggers in place',
    ok: missing.length === 0,
    violations: missing.map((name) => `trigger ${name} is missing or disabled: entries, audit events, open item movements, transactions, allocations and reversal requests are no longer protected by the database (re-create it from prisma/migrations)`),
  };
}

/**
 * Further checks run after the built-in ones, one IntegrityCheck each. The audit hash chain
 * (invariant 9) plugs in here: `verifyAuditChain(db, bookId)` answers { ok, events,
 * firstBrokenEventId }, which becomes the check "audit hash chain intact".
 */
export type ExtraCheck = (db: Reader, bookId: string) => Promise<IntegrityCheck>;
export const extraChecks: ExtraCheck[] = [];

/**
 * SQLite: read "Entry" by a sequential scan when the book holds a quarter of the table or
 * more (entries are never deleted, so the largest rowid counts them; the book's posted
 * entries are the sum of its accounts' last sequences). Following an index costs a random
 * read per row: at 1,000,000 entries of one book that is several times the scan and sort.
 * A small book among large ones keeps the index, which finds its rows without the rest.
 */
async function scanEntries(prisma: Tx, bookId: string): Promise<boolean> {
  const [table] = await prisma.$queryRawUnsafe<{ total: unknown }[]>('SELECT MAX(rowid) AS "total" FROM "Entry"');
  const [book] = await prisma.$queryRawUnsafe<{ posted: unknown }[]>(
    'SELECT COALESCE(SUM("lastSequence"), 0) AS "posted" FROM "AccountBalance" WHERE "bookId" = ?',
    bookId,
  );
  return Number(book?.posted ?? 0) * 4 >= Number(table?.total ?? 0);
}

function bookQuery(prisma: Tx, kind: DatabaseKind, bookId: string, scan: boolean): BookQuery {
  return async (sql) => {
    if (kind === 'postgres') return prisma.$queryRawUnsafe<Row[]>(sql, bookId);
    const count = sql.split('$1').length - 1;
    const hinted = sql.replaceAll(SCAN, scan ? 'NOT INDEXED' : '');
    return prisma.$queryRawUnsafe<Row[]>(hinted.replaceAll('$1', '?'), ...Array<string>(count).fill(bookId));
  };
}

async function formatting(prisma: Tx, bookId: string): Promise<Formatting> {
  const units = new Map((await prisma.unit.findMany({ where: { bookId }, select: { code: true, decimals: true } })).map((u) => [u.code, u.decimals]));
  return {
    amount(value, currency) {
      if (value === null || value === undefined) return 'null';
      const code = String(currency ?? '');
      const digits = isoCurrencyDigits(code) ?? units.get(code) ?? 0;
      return formatAmount(BigInt(String(value)), digits);
    },
  };
}

function toCheck(name: string, violations: string[]): IntegrityCheck {
  if (violations.length > MAX_VIOLATIONS) {
    violations = [...violations.slice(0, MAX_VIOLATIONS), `… and more: the first ${MAX_VIOLATIONS} are listed`];
  }
  return { name, ok: violations.length === 0, violations };
}

/** Every invariant over the book's stored rows; no caller check (the CLI runs it as the operator). */
export async function checkBookIntegrity(db: Reader, bookId: string): Promise<IntegrityReport> {
  const checkedAt = new Date();
  const scan = db.kind === 'sqlite' && (await scanEntries(db.prisma, bookId));
  const query = bookQuery(db.prisma, db.kind, bookId, scan);
  const f = await formatting(db.prisma, bookId);
  const shared = new Map<string, Promise<Row[]>>();
  const once = (sql: string) => {
    let rows = shared.get(sql);
    if (!rows) shared.set(sql, (rows = query(sql)));
    return rows;
  };
  const checks: IntegrityCheck[] = [];
  // one at a time: each a full pass over the book's rows, on a pool shared with live requests
  for (const check of CHECKS) {
    const started = performance.now();
    const violations = 'run' in check ? await check.run({ query, f, once }) : (await query(check.sql)).map((row) => check.describe(row, f));
    checks.push({ ...toCheck(check.name, violations), ms: Math.round(performance.now() - started) });
  }
  checks.push(await appendOnlyCheck(db));
  for (const extra of extraChecks) checks.push(await extra(db, bookId));
  return { bookId, ok: checks.every((c) => c.ok), checkedAt, checks };
}

/** Book.integrityReport: AUDITOR or ADMIN of the book. */
export async function integrityReport(db: Reader, actor: Actor, bookId: string): Promise<IntegrityReport> {
  await requireCapability(db.prisma, actor, bookId, 'audit');
  return checkBookIntegrity(db, bookId);
}

/** The books `daybook check` covers: the one named, or every book. */
export async function booksToCheck(prisma: Prisma, bookId?: string): Promise<{ id: string; name: string }[]> {
  if (bookId) {
    const book = await prisma.book.findUnique({ where: { id: bookId }, select: { id: true, name: true } });
    if (!book) throw new Error(`--book ${bookId}: there is no such book in this database`);
    return [book];
  }
  return prisma.book.findMany({ select: { id: true, name: true }, orderBy: { id: 'asc' } });
}

/** The text `daybook check` prints for one book's report. */
export function formatReport(book: { id: string; name: string }, report: IntegrityReport): string {
  const failed = report.checks.filter((c) => !c.ok);
  const lines = [
    `book "${book.name}" (${book.id}): ${report.checks.length} checks, ${failed.length ? `${failed.length} FAILED` : 'all ok'}`,
  ];
  for (const check of report.checks) {
    const took = check.ms === undefined ? '' : ` (${(check.ms / 1000).toFixed(1)} s)`;
    lines.push(`  ${check.ok ? 'ok    ' : 'FAILED'}  ${check.name}${took}`);
    for (const violation of check.violations) lines.push(`          - ${violation}`);
  }
  return lines.join('\n');
}

/**
 * `daybook check [--book ID]`: the report of the book, or of every book, written out; true
 * when every check of every book passed.
 */
export async function runIntegrityCheck(db: Reader & { prisma: Prisma }, bookId: string | undefined, write: (text: string) => void): Promise<boolean> {
  const books = await booksToCheck(db.prisma, bookId);
  let ok = true;
  const started = Date.now();
  for (const book of books) {
    const report = await checkBookIntegrity(db, book.id);
    ok &&= report.ok;
    write(`${formatReport(book, report)}\n`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  write(
    books.length === 0
      ? 'no books in this database: nothing to check\n'
      : `${ok ? 'integrity check passed' : 'integrity check FAILED'}: ${books.length} book${books.length === 1 ? '' : 's'} in ${seconds} s\n`,
  );
  return ok;
}
