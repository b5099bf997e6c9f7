// The permission matrix (src/graphql/permission-matrix.ts), called: every row as every caller,
// through yoga.fetch, on one shared book per database. A cell `allowed` must answer data and
// no error; any other cell must answer exactly that extensions.code. A root field of the
// schema without a row, or a row without a probe here, fails.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { sse } from '../support/sse.ts';
import { CALLERS, PERMISSION_MATRIX, type Caller, type Outcome, type PermissionRow } from '../../src/graphql/permission-matrix.ts';
import { servedSchema } from '../../src/graphql/schema.ts';

interface GqlResult {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const ANONYMOUS_USER = '01a00000-0000-7000-8000-0000000000aa';

interface Fixture {
  app: TestApp;
  bookId: string;
  otherBookId: string;
  tokens: Record<Caller, string | null>;
  userIds: Record<Caller, string>;
  adminToken: string;
  requesterToken: string;
  categoryId: string;
  accountId: string;
  webhookId: string;
  /** a counter for unique codes and dates */
  next: () => number;
  send: (query: string, variables?: Record<string, unknown>, token?: string | null) => Promise<GqlResult>;
  /** like send, as the book's ADMIN, failing on any error */
  setup: (query: string, variables?: Record<string, unknown>, token?: string) => Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

interface Call {
  query: string;
  variables?: Record<string, unknown>;
}
type Probe = (f: Fixture, caller: Caller) => Promise<Call> | Call;

const key = (r: PermissionRow) => (r.variant ? `${r.operation} (${r.variant})` : r.operation);

// ---------------------------------------------------------------- set-up helpers (as ADMIN)

const invoice = (f: Fixture, extra: Record<string, unknown> = {}) =>
  f.setup(`mutation($input: CreateTransactionInput!) { createTransaction(input: $input) { id } }`, {
    input: { bookId: f.bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-04-01', lines: [{ net: '1.00', taxCode: 'Z' }], ...extra },
  }).then((d) => d.createTransaction.id as string);
const receipt = (f: Fixture) =>
  f.setup(`mutation($input: CreateTransactionInput!) { createTransaction(input: $input) { id } }`, {
    input: { bookId: f.bookId, typeCode: 'SR', accountCode: 'ACME', counterAccountCode: 'BANK1', date: '2026-04-02', amount: '1.00' },
  }).then((d) => d.createTransaction.id as string);
const reversalRequest = async (f: Fixture) => {
  const transactionId = await invoice(f);
  const d = await f.setup(`mutation($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }`, { input: { transactionId, reason: 'matrix' } }, f.requesterToken);
  expect(d.requestReversal.status).toBe('AWAITING_APPROVAL');
  return d.requestReversal.id as string;
};
/** an open period of its own month, from 2031 on, so none overlaps another */
const period = async (f: Fixture) => {
  const n = f.next();
  const year = 2031 + Math.floor(n / 12);
  const month = String((n % 12) + 1).padStart(2, '0');
  const end = new Date(Date.UTC(year, (n % 12) + 1, 0)).toISOString().slice(0, 10);
  const d = await f.setup(`mutation($input: CreatePeriodInput!) { createPeriod(input: $input) { id } }`, {
    input: { bookId: f.bookId, name: `P${n}`, start: `${year}-${month}-01`, end },
  });
  return d.createPeriod.id as string;
};
const ownKey = async (f: Fixture, caller: Caller) => {
  if (!f.tokens[caller]) return randomUUID();
  const d = await f.setup(`mutation($u: ID!) { createApiKey(userId: $u, name: "spare") { id } }`, { u: f.userIds[caller] }, f.tokens[caller]!);
  return d.createApiKey.id as string;
};
const customer = async (f: Fixture) => {
  const code = `K${f.next()}`;
  await f.setup('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
    input: { bookId: f.bookId, ledgerCode: 'SL', code, name: 'Customer', type: 'CUSTOMER' },
  });
  return code;
};
const spareUser = async (f: Fixture) =>
  (await f.setup(`mutation { createUser(input: { name: "Spare" }) { id } }`, {}, ADMIN_TOKEN)).createUser.id as string;

const TYPE = { ledgerCode: 'SL', code: 'MX', name: 'Matrix receipt', direction: 'CREDIT', interLedgerCode: 'CB' };

// ---------------------------------------------------------------- one probe per row

const PROBES: Record<string, Probe> = {
  'Query.me': () => ({ query: '{ me { id } }' }),
  'Query.books': () => ({ query: '{ books { id } }' }),
  'Query.book': (f) => ({ query: 'query($id: ID!) { book(id: $id) { id } }', variables: { id: f.bookId } }),
  'Query.node (a Book)': (f) => ({ query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: f.bookId } }),
  'Query.systemAuditEvents': () => ({ query: '{ systemAuditEvents(first: 1) { edges { node { id } } } }' }),
  'Query.verifySystemAuditChain': () => ({ query: '{ verifySystemAuditChain { ok } }' }),
  'Book.auditEvents': (f) => ({ query: 'query($id: ID!) { book(id: $id) { auditEvents(first: 1) { edges { node { id } } } } }', variables: { id: f.bookId } }),
  'Book.verifyAuditChain': (f) => ({ query: 'query($id: ID!) { book(id: $id) { verifyAuditChain { ok } } }', variables: { id: f.bookId } }),
  'Book.integrityReport': (f) => ({ query: 'query($id: ID!) { book(id: $id) { integrityReport { ok } } }', variables: { id: f.bookId } }),
  'Book.webhooks': (f) => ({ query: 'query($id: ID!) { book(id: $id) { webhooks { id } } }', variables: { id: f.bookId } }),

  'Mutation.createBook': () => ({ query: 'mutation { createBook(input: { name: "Own", baseCurrency: "GBP" }) { id } }' }),
  'Mutation.createUser': () => ({ query: 'mutation { createUser(input: { name: "New person" }) { id } }' }),
  'Mutation.createApiKey (for oneself)': (f, caller) => ({
    query: 'mutation($u: ID!) { createApiKey(userId: $u) { id } }',
    variables: { u: f.userIds[caller] },
  }),
  'Mutation.createApiKey (for another user)': async (f) => ({
    query: 'mutation($u: ID!) { createApiKey(userId: $u) { id } }',
    variables: { u: await spareUser(f) },
  }),
  'Mutation.revokeApiKey (own key)': async (f, caller) => ({ query: 'mutation($id: ID!) { revokeApiKey(id: $id) }', variables: { id: await ownKey(f, caller) } }),
  "Mutation.revokeApiKey (another user's key)": async (f) => {
    const { createApiKey } = await f.setup('mutation($u: ID!) { createApiKey(userId: $u) { id } }', { u: await spareUser(f) }, ADMIN_TOKEN);
    return { query: 'mutation($id: ID!) { revokeApiKey(id: $id) }', variables: { id: createApiKey.id } };
  },
  'Mutation.setMembership': async (f) => ({
    query: 'mutation($input: SetMembershipInput!) { setMembership(input: $input) { role } }',
    variables: { input: { bookId: f.bookId, userId: await spareUser(f), role: 'VIEWER' } },
  }),
  'Mutation.updateBookSettings': (f) => ({
    query: 'mutation($input: UpdateBookSettingsInput!) { updateBookSettings(input: $input) { id } }',
    variables: { input: { id: f.bookId, reversalsRequireApproval: true } },
  }),
  'Mutation.createLedger': (f) => ({
    query: 'mutation($input: CreateLedgerInput!) { createLedger(input: $input) { id } }',
    variables: { input: { bookId: f.bookId, code: `L${f.next()}`, name: 'Another', kind: 'NOMINAL' } },
  }),
  'Mutation.createAccount': (f) => ({
    query: 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }',
    variables: { input: { bookId: f.bookId, ledgerCode: 'SL', code: `C${f.next()}`, name: 'Customer', type: 'CUSTOMER' } },
  }),
  'Mutation.updateAccount': (f) => ({
    query: 'mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }',
    variables: { input: { id: f.accountId, name: `Acme ${f.next()}` } },
  }),
  'Mutation.createTransactionType': (f) => ({
    query: 'mutation($input: CreateTransactionTypeInput!) { createTransactionType(input: $input) { id } }',
    variables: { input: { ...TYPE, bookId: f.bookId, code: `T${f.next()}` } },
  }),
  'Mutation.updateTransactionType': (f) => ({
    query: 'mutation($input: CreateTransactionTypeInput!) { updateTransactionType(input: $input) { id } }',
    variables: { input: { ...TYPE, bookId: f.bookId, name: `Matrix receipt ${f.next()}` } },
  }),
  'Mutation.createTaxCode': (f) => ({
    query: 'mutation($input: CreateTaxCodeInput!) { createTaxCode(input: $input) { id } }',
    variables: { input: { bookId: f.bookId, code: `X${f.next()}`, name: 'Special', rate: '10', area: 'SALES', accountCode: '2200' } },
  }),
  'Mutation.createUnit': (f) => ({
    query: 'mutation($input: CreateUnitInput!) { createUnit(input: $input) { code } }',
    variables: { input: { bookId: f.bookId, code: `U${f.next()}`, name: 'Unit', decimals: 0 } },
  }),
  'Mutation.createCategory': (f) => ({
    query: 'mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id } }',
    variables: { input: { bookId: f.bookId, name: `Category ${f.next()}`, currency: 'GBP', normalSide: 'DEBIT' } },
  }),
  'Mutation.addToCategory': async (f) => ({
    query: 'mutation($input: CategoryMemberInput!) { addToCategory(input: $input) { id } }',
    variables: { input: { categoryId: f.categoryId, accountCode: await customer(f) } },
  }),
  'Mutation.removeFromCategory': async (f) => {
    const accountCode = await customer(f);
    await f.setup('mutation($input: CategoryMemberInput!) { addToCategory(input: $input) { id } }', { input: { categoryId: f.categoryId, accountCode } });
    return {
      query: 'mutation($input: CategoryMemberInput!) { removeFromCategory(input: $input) { id } }',
      variables: { input: { categoryId: f.categoryId, accountCode } },
    };
  },
  'Mutation.setExchangeRate': (f) => {
    const n = f.next();
    return {
      query: 'mutation($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { rate } }',
      variables: { input: { bookId: f.bookId, currency: 'EUR', date: `2030-01-${String(n % 28 + 1).padStart(2, '0')}`, rate: '0.85' } },
    };
  },
  'Mutation.setLedgerControlAccount': async (f) => {
    // a fresh currency each call: a ledger has one control account per currency
    const currency = ['USD', 'CHF', 'JPY', 'SEK', 'NOK', 'DKK', 'CAD', 'AUD'][f.next() % 8]!;
    const code = `N${f.next()}`;
    await f.setup('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
      input: { bookId: f.bookId, ledgerCode: 'NL', code, name: `Debtors (${currency})`, type: 'ASSET', currency },
    });
    const { book } = await f.setup('query($id: ID!) { book(id: $id) { ledger(code: "SL") { id } } }', { id: f.bookId });
    return {
      query: 'mutation($input: SetLedgerControlAccountInput!) { setLedgerControlAccount(input: $input) { id } }',
      variables: { input: { ledgerId: book.ledger.id, currency, accountCode: code } },
    };
  },
  'Mutation.createPeriod': (f) => {
    const n = f.next();
    return {
      query: 'mutation($input: CreatePeriodInput!) { createPeriod(input: $input) { id } }',
      variables: { input: { bookId: f.bookId, name: `Day ${n}`, start: `2040-01-${String(n % 28 + 1).padStart(2, '0')}`, end: `2040-01-${String(n % 28 + 1).padStart(2, '0')}` } },
    };
  },
  'Mutation.closePeriod': async (f) => ({ query: 'mutation($id: ID!) { closePeriod(id: $id) { id } }', variables: { id: await period(f) } }),
  'Mutation.reopenPeriod': async (f) => {
    const id = await period(f);
    await f.setup('mutation($id: ID!) { closePeriod(id: $id) { id } }', { id });
    return { query: 'mutation($id: ID!) { reopenPeriod(id: $id, reason: "matrix") { id } }', variables: { id } };
  },
  'Mutation.closeYear': (f) => ({
    query: 'mutation($input: CloseYearInput!) { closeYear(input: $input) { id } }',
    variables: { input: { bookId: f.bookId, yearEnd: '2025-12-31', retainedEarningsAccountCode: '3200' } },
  }),
  'Mutation.createWebhook': (f) => ({
    query: 'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }',
    variables: { input: { bookId: f.bookId, url: hookUrl, events: ['transaction.reversed'] } },
  }),
  'Mutation.deleteWebhook': async (f) => {
    const d = await f.setup('mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }', {
      input: { bookId: f.bookId, url: hookUrl, events: ['transaction.reversed'] },
    });
    return { query: 'mutation($id: ID!) { deleteWebhook(id: $id) }', variables: { id: d.createWebhook.webhook.id } };
  },
  'Mutation.redeliverWebhookDelivery': async (f) => {
    const now = new Date();
    const delivery = await f.app.db.prisma.webhookDelivery.create({
      data: { webhookId: f.webhookId, bookId: f.bookId, eventId: randomUUID(), sequence: f.next(), event: 'transaction.reversed', status: 'FAILED', nextAttemptAt: now, retryUntil: now },
    });
    return { query: 'mutation($id: ID!) { redeliverWebhookDelivery(id: $id) { id } }', variables: { id: delivery.id } };
  },
  'Mutation.createTransaction': (f) => ({
    query: 'mutation($input: CreateTransactionInput!) { createTransaction(input: $input) { id } }',
    variables: { input: { bookId: f.bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-04-01', lines: [{ net: '1.00', taxCode: 'Z' }] } },
  }),
  'Mutation.createTransactions': (f) => ({
    query: 'mutation($input: CreateTransactionsInput!) { createTransactions(input: $input) { created } }',
    variables: { input: { atomic: true, transactions: [{ bookId: f.bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-04-01', lines: [{ net: '1.00', taxCode: 'Z' }] }] } },
  }),
  'Mutation.postTransaction': async (f) => ({ query: 'mutation($id: ID!) { postTransaction(id: $id) { id } }', variables: { id: await invoice(f, { pending: true }) } }),
  'Mutation.voidTransaction': async (f) => ({ query: 'mutation($id: ID!) { voidTransaction(id: $id) { id } }', variables: { id: await invoice(f, { pending: true }) } }),
  'Mutation.allocate': async (f) => {
    const [to, from] = [await invoice(f), await receipt(f)];
    return {
      query: 'mutation($input: AllocateInput!) { allocate(input: $input) { id } }',
      variables: { input: { bookId: f.bookId, fromId: from, allocations: [{ transactionId: to, amount: '1.00' }] } },
    };
  },
  'Mutation.requestReversal': async (f) => ({
    query: 'mutation($input: RequestReversalInput!) { requestReversal(input: $input) { id } }',
    variables: { input: { transactionId: await invoice(f), reason: 'matrix' } },
  }),
  'Mutation.approveReversal': async (f) => ({ query: 'mutation($id: ID!) { approveReversal(id: $id) { id } }', variables: { id: await reversalRequest(f) } }),
  'Mutation.rejectReversal': async (f) => ({ query: 'mutation($id: ID!) { rejectReversal(id: $id, reason: "no") { id } }', variables: { id: await reversalRequest(f) } }),
};

const SUBSCRIPTIONS: Record<string, (f: Fixture) => Call> = {
  'Subscription.balanceChanged': (f) => ({
    query: 'subscription($b: ID!) { balanceChanged(bookId: $b, accountCodes: ["BANK1"]) { account { code } } }',
    variables: { b: f.bookId },
  }),
  'Subscription.transactionChanged': (f) => ({ query: 'subscription($b: ID!) { transactionChanged(bookId: $b) { id } }', variables: { b: f.bookId } }),
  'Subscription.balanceAlert': (f) => ({
    query: 'subscription($b: ID!) { balanceAlert(bookId: $b, accountCode: "BANK1", below: "-0.50", above: "0.50") { account { code } } }',
    variables: { b: f.bookId },
  }),
};

/** probes whose call names the caller: each caller gets its own */
const PER_CALLER = new Set(['Mutation.createApiKey (for oneself)', 'Mutation.revokeApiKey (own key)']);

let hookUrl = '';

function outcomeOf(result: GqlResult): Outcome | string {
  if (result.errors?.length) return String(result.errors[0]!.extensions?.code ?? 'no code');
  const values = Object.values(result.data ?? {});
  // a root field that answers null (or a book whose field is null) is neither allowed nor a refusal
  const present = (v: unknown): boolean => v !== null && v !== undefined && (typeof v !== 'object' || Object.values(v as object).every(present));
  return values.length > 0 && values.every(present) ? 'allowed' : 'null';
}

describe('the permission matrix', () => {
  it('has a row for every root field of the schema, and a probe for every row', () => {
    const schema = servedSchema();
    const rooted = new Set(PERMISSION_MATRIX.map((r) => r.operation));
    const missing: string[] = [];
    for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      for (const field of Object.keys((type as GraphQLObjectType).getFields())) {
        if (!rooted.has(`${type!.name}.${field}`)) missing.push(`${type!.name}.${field}`);
      }
    }
    expect(missing, 'operations of the schema without a row in src/graphql/permission-matrix.ts').toEqual([]);
    const unprobed = PERMISSION_MATRIX.map(key).filter((k) => !(k in PROBES) && !(k in SUBSCRIPTIONS));
    expect(unprobed, 'rows without a probe in this test').toEqual([]);
    expect(new Set(PERMISSION_MATRIX.map(key)).size).toBe(PERMISSION_MATRIX.length);
  });
});

describe.each(databaseKinds())('the permission matrix, called on %s', (kind) => {
  const f = {} as Fixture;
  let receiver: Server;
  beforeAll(async () => {
    receiver = createServer((_req, res) => res.writeHead(204).end());
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const app = await createTestApp(kind);
    let counter = 0;
    f.app = app;
    f.next = () => ++counter;
    f.send = async (query, variables, token) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const response = await app.yoga.fetch('http://daybook.test/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      expect(response.status, `${query}: HTTP status`).toBeLessThan(500);
      return (await response.json()) as GqlResult;
    };
    f.setup = async (query, variables, token = f.adminToken) => {
      const result = await f.send(query, variables, token);
      if (result.errors?.length) throw new Error(`set-up failed: ${query}: ${JSON.stringify(result.errors)}`);
      return result.data!;
    };
    // people, their keys issued by the system admin (ADMIN_TOKEN, in no book here)
    const person = async (name: string) => {
      const { createUser } = await f.setup('mutation($n: String!) { createUser(input: { name: $n }) { id } }', { n: name }, ADMIN_TOKEN);
      const { createApiKey } = await f.setup('mutation($u: ID!) { createApiKey(userId: $u) { secret } }', { u: createUser.id }, ADMIN_TOKEN);
      return { id: createUser.id as string, token: createApiKey.secret as string };
    };
    const roles = ['VIEWER', 'AUDITOR', 'EDITOR', 'APPROVER', 'ADMIN', 'OTHER_BOOK'] as const;
    const people = Object.fromEntries(await Promise.all(roles.map(async (r) => [r, await person(r)] as const))) as Record<(typeof roles)[number], { id: string; token: string }>;
    const requester = await person('Requester');
    const { me: systemAdmin } = await f.setup('{ me { id } }', {}, ADMIN_TOKEN);
    f.tokens = { ...Object.fromEntries(roles.map((r) => [r, people[r].token])), SYSTEM_ADMIN: ADMIN_TOKEN, ANONYMOUS: null } as Record<Caller, string | null>;
    f.userIds = { ...Object.fromEntries(roles.map((r) => [r, people[r].id])), SYSTEM_ADMIN: systemAdmin.id, ANONYMOUS: ANONYMOUS_USER } as Record<Caller, string>;
    f.adminToken = people.ADMIN.token;
    f.requesterToken = requester.token;
    // the book: made by the system admin, who hands it to its ADMIN and leaves it
    const membership = 'mutation($input: SetMembershipInput!) { setMembership(input: $input) { role } }';
    f.bookId = (await f.setup('mutation { createBook(input: { name: "Matrix", baseCurrency: "GBP", template: STANDARD }) { id } }', {}, ADMIN_TOKEN)).createBook.id;
    await f.setup(membership, { input: { bookId: f.bookId, userId: people.ADMIN.id, role: 'ADMIN' } }, ADMIN_TOKEN);
    await f.send(membership, { input: { bookId: f.bookId, userId: systemAdmin.id, role: null } }, people.ADMIN.token).then((r) => expect(r.errors).toBeUndefined());
    f.otherBookId = (await f.setup('mutation { createBook(input: { name: "Elsewhere", baseCurrency: "GBP" }) { id } }', {}, ADMIN_TOKEN)).createBook.id;
    await f.setup(membership, { input: { bookId: f.otherBookId, userId: people.OTHER_BOOK.id, role: 'VIEWER' } }, ADMIN_TOKEN);
    const members: [string, string][] = [
      [people.VIEWER.id, 'VIEWER'], [people.AUDITOR.id, 'AUDITOR'], [people.EDITOR.id, 'EDITOR'], [people.APPROVER.id, 'APPROVER'], [requester.id, 'EDITOR'],
    ];
    for (const [userId, role] of members) await f.setup(membership, { input: { bookId: f.bookId, userId, role } });
    await f.setup('mutation($input: UpdateBookSettingsInput!) { updateBookSettings(input: $input) { id } }', { input: { id: f.bookId, reversalsRequireApproval: true } });
    const { createAccount } = await f.setup('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }', {
      input: { bookId: f.bookId, ledgerCode: 'SL', code: 'ACME', name: 'Acme Ltd', type: 'CUSTOMER' },
    });
    f.accountId = createAccount.id;
    f.categoryId = (await f.setup('mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id } }', {
      input: { bookId: f.bookId, name: 'Matrix', currency: 'GBP', normalSide: 'DEBIT' },
    })).createCategory.id;
    await f.setup('mutation($input: CreateTransactionTypeInput!) { createTransactionType(input: $input) { id } }', { input: { ...TYPE, bookId: f.bookId } });
    // closeYear closes the year on the end of its last period, and carries its profit
    await invoice(f, { date: '2025-06-01' });
    await f.setup('mutation($input: CreatePeriodInput!) { createPeriod(input: $input) { id } }', { input: { bookId: f.bookId, name: '2025', start: '2025-01-01', end: '2025-12-31' } });
    f.webhookId = (await f.setup('mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }', {
      input: { bookId: f.bookId, url: hookUrl, events: ['transaction.reversed'] },
    })).createWebhook.webhook.id;
  });
  afterAll(async () => {
    await f.app?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it('subscriptions: every caller gets its cell', async () => {
    const rows = PERMISSION_MATRIX.filter((r) => r.operation.startsWith('Subscription.'));
    const streams = rows.flatMap((r) =>
      CALLERS.map((caller) => ({ row: r, caller, call: SUBSCRIPTIONS[key(r)]!(f) })),
    );
    const opened = await Promise.all(
      streams.map(async (s) => ({ ...s, stream: await sse(f.app, s.call.query, s.call.variables, f.tokens[s.caller]) })),
    );
    try {
      // move BANK1 across both alert thresholds and back until every stream has its first event
      // (a refused one: its error; an allowed one: a change), at most 40 moves
      for (let move = 0; move < 40 && opened.some((s) => s.stream.events.length === 0); move++) {
        const [from, to] = move % 2 === 0 ? ['BANK1', 'CASH1'] : ['CASH1', 'BANK1'];
        await f.setup('mutation($input: CreateTransactionInput!) { createTransaction(input: $input) { id } }', {
          input: { bookId: f.bookId, typeCode: 'BL', accountCode: from, counterAccountCode: to, date: '2026-03-01', amount: '1.00' },
        });
        await Promise.all(opened.map((s) => s.stream.waitFor(1, 250)));
      }
      const actual = opened.map((s) => {
        const first = s.stream.events[0];
        const got = !first ? 'no event' : first.errors?.length ? String(first.errors[0]!.extensions?.code) : 'allowed';
        return `${key(s.row)} as ${s.caller}: ${got}`;
      });
      expect(actual).toEqual(opened.map((s) => `${key(s.row)} as ${s.caller}: ${s.row.outcomes[s.caller]}`));
    } finally {
      await Promise.all(opened.map((s) => s.stream.close()));
    }
  });

  it('queries and mutations: every caller gets its cell', async () => {
    const wrong: string[] = [];
    for (const r of PERMISSION_MATRIX) {
      if (r.operation.startsWith('Subscription.')) continue;
      // the callers of one row at once. Each caller the row allows gets rows prepared for it
      // (it uses them up); the callers it refuses share one preparation, unless the call
      // names the caller itself (its own user, its own key)
      const probe = PROBES[key(r)]!;
      const refused = CALLERS.filter((c) => r.outcomes[c] !== 'allowed');
      const shared = refused.length && !PER_CALLER.has(key(r)) ? probe(f, refused[0]!) : null;
      await Promise.all(
        CALLERS.map(async (caller) => {
          const call = await (shared && r.outcomes[caller] !== 'allowed' ? shared : probe(f, caller));
          const result = await f.send(call.query, call.variables, f.tokens[caller]);
          const got = outcomeOf(result);
          if (got !== r.outcomes[caller]) {
            wrong.push(`${key(r)} as ${caller}: ${got}, the matrix says ${r.outcomes[caller]} (${result.errors?.[0]?.message ?? JSON.stringify(result.data)})`);
          }
        }),
      );
    }
    expect(wrong, 'cells the server does not answer as the matrix says').toEqual([]);
  });
});
