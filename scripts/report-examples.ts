// Prints real requests and responses for docs/reports.md: a fresh SQLite book (the one the
// report tests use), each report asked through the API in-process. Run: npx tsx scripts/report-examples.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { createLogger } from '../src/logger.ts';
import { bootstrapAdmin } from '../src/services/auth.ts';
import { createDaybook } from '../src/yoga.ts';

const TOKEN = 'dbk_docs_admin_token_0123456789abcdef';
const dir = mkdtempSync(join(tmpdir(), 'daybook-docs-'));
const target = { kind: 'sqlite' as const, file: join(dir, 'docs.db') };
await applyMigrations(target);
const db = await openDatabase(target);
await bootstrapAdmin(db.prisma, { adminToken: TOKEN, dataDir: dir });
const yoga = createDaybook(db, createLogger('silent'));

/** JSON with small objects and arrays on one line, as a person would write it. */
function compact(value: unknown, indent = ''): string {
  const flat = JSON.stringify(value);
  if (flat.length + indent.length <= 100 || value === null || typeof value !== 'object') return flat;
  const inner = indent + '  ';
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + compact(v, inner)).join(',\n')}\n${indent}]`;
  return `{\n${Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compact(v, inner)}`).join(',\n')}\n${indent}}`;
}

async function gql(query: string, variables: Record<string, unknown> = {}, show = true) {
  const response = await yoga.fetch('http://localhost:4000/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as { data?: any; errors?: any[] };
  if (show) {
    console.log('```graphql\n' + query.trim() + '\n```');
    if (Object.keys(variables).length) console.log('variables: `' + JSON.stringify(variables) + '`\n');
    console.log('```json\n' + compact(result) + '\n```\n');
  }
  if (result.errors && !show) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const bookId = (await gql('mutation { createBook(input: { name: "Agency", baseCurrency: "GBP", template: STANDARD }) { id } }', {}, false)).createBook.id;
for (const [code, name, ledgerCode, type] of [['ACME', 'Acme Ltd', 'SL', 'CUSTOMER'], ['GLOBEX', 'Globex plc', 'SL', 'CUSTOMER'], ['INITECH', 'Initech', 'PL', 'SUPPLIER']]) {
  await gql('mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }', { i: { bookId, ledgerCode, code, name, type } }, false);
}
const post = async (input: Record<string, unknown>) =>
  (await gql('mutation($i: CreateTransactionInput!) { createTransaction(input: $i) { id number } }', { i: { bookId, ...input } }, false)).createTransaction;
await post({ typeCode: 'NJ', date: '2026-01-05', description: 'Rent paid by the owner', lines: [{ accountCode: '7100', side: 'DEBIT', net: '500.00' }, { accountCode: '3000', side: 'CREDIT', net: '500.00' }] });
const t2 = await post({ typeCode: 'SI', accountCode: 'ACME', date: '2026-01-10', dueDate: '2026-02-09', description: 'Consulting, January', lines: [{ net: '100.00', taxCode: 'S' }] });
await post({ typeCode: 'PI', accountCode: 'INITECH', date: '2026-01-15', lines: [{ net: '300.00', taxCode: 'PS' }] });
await post({ typeCode: 'SI', accountCode: 'GLOBEX', date: '2026-01-20', lines: [{ net: '200.00', taxCode: 'S' }, { net: '50.00', taxCode: 'Z' }] });
const t5 = await post({ typeCode: 'SR', accountCode: 'ACME', counterAccountCode: 'BANK1', date: '2026-02-01', amount: '50.00', description: 'Part payment' });
await post({ typeCode: 'SC', accountCode: 'ACME', date: '2026-02-15', lines: [{ net: '10.00', taxCode: 'S' }] });
await post({ typeCode: 'SI', accountCode: 'GLOBEX', date: '2026-01-05', lines: [{ net: '10.00', taxCode: 'E' }] });
// the receipt's 50.00 against the invoice
await gql('mutation($i: AllocateInput!) { allocate(input: $i) { id } }', { i: { bookId, fromId: t5.id, allocations: [{ transactionId: t2.id, amount: '50.00' }] } }, false);

console.log(`<!-- book ${bookId} -->\n`);
console.log('## trialBalance\n');
await gql(`query TrialBalance($bookId: ID!) {
  book(id: $bookId) {
    trialBalance(asOf: "2026-01-31") { asOf currency totalDebits totalCredits lines { account { code name } debit credit } }
  }
}`, { bookId });
console.log('## statement\n');
await gql(`query Statement($bookId: ID!) {
  book(id: $bookId) {
    account(code: "ACME") {
      statement(from: "2026-02-01", to: "2026-02-28") {
        from to currency opening debits credits closing
        lines { date number description debit credit runningBalance }
      }
      controlEquation(from: "2026-02-01", to: "2026-02-28") { opening movements settlements closing difference }
    }
  }
}`, { bookId });
console.log('## statement.csv\n');
const csv = await yoga.fetch(`http://localhost:4000/books/${bookId}/accounts/ACME/statement.csv?from=2026-01-01&to=2026-02-28`, { headers: { authorization: `Bearer ${TOKEN}` } });
console.log('```\n' + [...csv.headers].filter(([k]) => k.startsWith('content-')).map(([k, v]) => `${k}: ${v}`).join('\n') + '\n\n' + (await csv.text()) + '```\n');
console.log('## agedBalances\n');
await gql(`query Aged($bookId: ID!) {
  book(id: $bookId) {
    agedBalances(ledgerCode: "SL", asOf: "2026-03-01") { asOf currency buckets rows { account { code } amounts total } totals total }
    before: agedBalances(ledgerCode: "SL", asOf: "2026-01-31") { rows { account { code } amounts total } total }
  }
}`, { bookId });
console.log('## reconciliation\n');
await gql(`query Reconciliation($bookId: ID!) {
  book(id: $bookId) { reconciliation { ledger { code } controlAccount { code } ledgerTotal controlBalance difference currency } }
}`, { bookId });
console.log('## taxSummary\n');
await gql(`query Tax($bookId: ID!) {
  book(id: $bookId) { taxSummary(from: "2026-01-01", to: "2026-03-31") { taxCode { code area rate } net tax currency } }
}`, { bookId });
console.log('## categories\n');
const sales = (await gql('mutation($i: CreateCategoryInput!) { createCategory(input: $i) { id } }', { i: { bookId, name: 'Sales', currency: 'GBP', normalSide: 'CREDIT' } }, false)).createCategory.id;
const income = (await gql('mutation($i: CreateCategoryInput!) { createCategory(input: $i) { id } }', { i: { bookId, name: 'Income', currency: 'GBP', normalSide: 'CREDIT' } }, false)).createCategory.id;
await gql('mutation($i: CategoryMemberInput!) { addToCategory(input: $i) { id } }', { i: { categoryId: sales, accountCode: '4000' } }, false);
await gql('mutation($i: CategoryMemberInput!) { addToCategory(input: $i) { id } }', { i: { categoryId: income, accountCode: '4900' } }, false);
await gql(`mutation AddChild($input: CategoryMemberInput!) {
  addToCategory(input: $input) { name accounts { code } categories { name } }
}`, { input: { categoryId: income, childCategoryId: sales } });
await gql(`mutation AddTwice($input: CategoryMemberInput!) {
  addToCategory(input: $input) { name }
}`, { input: { categoryId: income, accountCode: '4000' } });
await gql(`mutation Cycle($input: CategoryMemberInput!) {
  addToCategory(input: $input) { name }
}`, { input: { categoryId: sales, childCategoryId: income } });
await gql(`query Categories($bookId: ID!) {
  book(id: $bookId) {
    categories { name normalSide allAccounts { code } balance { posted } january: balance(asOf: "2026-01-31") { posted } }
  }
}`, { bookId });
console.log('## transactions\n');
await gql(`query Transactions($bookId: ID!, $after: String) {
  book(id: $bookId) {
    transactions(filter: { ledgerCode: "SL" }, first: 2, after: $after) {
      edges { cursor node { number date gross } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`, { bookId });
await db.close();
rmSync(dir, { recursive: true, force: true });
