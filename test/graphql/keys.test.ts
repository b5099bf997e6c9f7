// People and keys: who may create users and keys, keys that expire and are listed, key events
// in each book they concern, the two-person rule on credentials, and the cache of keys.
import { setTimeout as sleep } from 'node:timers/promises';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { ADMIN_TOKEN, createTestApp, databaseKinds, errorCode, type TestApp } from '../support/app.ts';
import { AddMember, Post, member, standardBook } from '../support/books.ts';
import type { Prisma } from '../../src/db.ts';
import { createLogger } from '../../src/logger.ts';
import { KeyCache } from '../../src/services/key-cache.ts';
import { createDaybook } from '../../src/yoga.ts';

const NewUser = graphql(`
  mutation KeysNewUser($input: CreateUserInput!) { createUser(input: $input) { id name } }
`);
const NewKey = graphql(`
  mutation KeysNewKey($userId: ID!, $name: String, $expiresAt: DateTime) {
    createApiKey(userId: $userId, name: $name, expiresAt: $expiresAt) { id secret }
  }
`);
const Revoke = graphql(`
  mutation KeysRevoke($id: ID!) { revokeApiKey(id: $id) }
`);
const MyKeys = graphql(`
  query KeysMine { me { id name apiKeys { id name createdAt lastUsedAt expiresAt revokedAt } } }
`);
const KeysOf = graphql(`
  query KeysOf($id: ID!) { node(id: $id) { ... on User { apiKeys { id name } } } }
`);
const BookAudit = graphql(`
  query KeysBookAudit($bookId: ID!) {
    book(id: $bookId) { auditEvents(first: 200) { edges { node { action entityId keyId actor { name } } } } }
  }
`);
const SystemAudit = graphql(`
  query KeysSystemAudit { systemAuditEvents(first: 200) { edges { node { action entityId keyId } } } }
`);
const RequestReversal = graphql(`
  mutation KeysRequestReversal($input: RequestReversalInput!) { requestReversal(input: $input) { id status } }
`);
const Approve = graphql(`
  mutation KeysApprove($id: ID!) { approveReversal(id: $id) { id status decidedBy { name } } }
`);
const Me = graphql(`
  query KeysMe { me { name } }
`);

describe.each(databaseKinds())('people and keys on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  /** ADMIN of the book, not the system admin */
  let bookAdmin: { id: string; token: string };
  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app);
    const { createUser } = await app.ok(NewUser, { input: { name: 'Bea Admin' } });
    const { createApiKey } = await app.ok(NewKey, { userId: createUser.id });
    await app.ok(AddMember, { input: { bookId, userId: createUser.id, role: 'ADMIN' } });
    bookAdmin = { id: createUser.id, token: createApiKey.secret };
  });
  afterAll(() => app?.close());

  async function user(name: string) {
    return (await app.ok(NewUser, { input: { name } })).createUser;
  }

  it('lets only the system admin create users: a book ADMIN is FORBIDDEN (no sock puppets), nothing written', async () => {
    const before = await app.db.prisma.user.count();
    const refused = await app.request(NewUser, { input: { name: 'Puppet' } }, bookAdmin.token);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/system admin.*setMembership/);
    expect(await app.db.prisma.user.count()).toBe(before);
  });

  it("refuses a book ADMIN a key for the book's APPROVER or for a user of no book yet (FORBIDDEN), nothing written", async () => {
    const approver = await user('Ava Approver');
    await app.ok(AddMember, { input: { bookId, userId: approver.id, role: 'APPROVER' } });
    const loner = await user('Lou Later');
    const keysBefore = await app.db.prisma.apiKey.count();
    for (const target of [approver.id, loner.id]) {
      const refused = await app.request(NewKey, { userId: target }, bookAdmin.token);
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.errors?.[0]?.message).toMatch(/system admin/);
    }
    expect(await app.db.prisma.apiKey.count()).toBe(keysBefore);
  });

  it('lets anyone create their own named, expiring key; lists it without its secret; the issuer is recorded', async () => {
    const expiresAt = new Date(Date.now() + 3600_000).toISOString();
    const { createApiKey } = await app.ok(NewKey, { userId: bookAdmin.id, name: 'laptop', expiresAt }, bookAdmin.token);
    const { me } = await app.ok(MyKeys, {}, createApiKey.secret);
    const listed = me.apiKeys.find((k) => k.id === createApiKey.id);
    expect(listed).toMatchObject({ name: 'laptop', expiresAt, revokedAt: null, lastUsedAt: null });
    expect(JSON.stringify(me)).not.toContain(createApiKey.secret);
    const stored = await app.db.prisma.apiKey.findUniqueOrThrow({ where: { id: createApiKey.id } });
    expect(stored.createdById).toBe(bookAdmin.id);
  });

  it('refuses an expiry in the past or beyond ten years, and a name over 100 characters (BAD_USER_INPUT)', async () => {
    const past = await app.request(NewKey, { userId: bookAdmin.id, expiresAt: '2020-01-01T00:00:00Z' }, bookAdmin.token);
    expect(errorCode(past)).toBe('BAD_USER_INPUT');
    expect(past.errors?.[0]?.message).toMatch(/not in the future/);
    const far = await app.request(NewKey, { userId: bookAdmin.id, expiresAt: '2099-01-01T00:00:00Z' }, bookAdmin.token);
    expect(errorCode(far)).toBe('BAD_USER_INPUT');
    const long = await app.request(NewKey, { userId: bookAdmin.id, name: 'x'.repeat(101) }, bookAdmin.token);
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
  });

  it('refuses an expired key (UNAUTHENTICATED), also while the key is cached', async () => {
    const { createApiKey } = await app.ok(NewKey, {
      userId: bookAdmin.id,
      expiresAt: new Date(Date.now() + 1500).toISOString(),
    }, bookAdmin.token);
    expect((await app.ok(Me, {}, createApiKey.secret)).me.name).toBe('Bea Admin');
    await sleep(1600);
    const refused = await app.request(Me, {}, createApiKey.secret);
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors?.[0]?.message).toMatch(/expired/);
  });

  it("shows another user's keys to the system admin only; others' keys cannot be revoked (NOT_FOUND)", async () => {
    const victim = await user('Vic Tim');
    const { createApiKey } = await app.ok(NewKey, { userId: victim.id });
    await app.ok(AddMember, { input: { bookId, userId: victim.id, role: 'VIEWER' } });
    expect((await app.ok(KeysOf, { id: victim.id })).node).toEqual({ apiKeys: [{ id: createApiKey.id, name: null }] });
    expect(errorCode(await app.request(KeysOf, { id: victim.id }, bookAdmin.token))).toBe('FORBIDDEN');
    expect(errorCode(await app.request(Revoke, { id: createApiKey.id }, bookAdmin.token))).toBe('NOT_FOUND');
    expect((await app.ok(Me, {}, createApiKey.secret)).me.name).toBe('Vic Tim');
    // its owner may
    expect((await app.ok(Revoke, { id: createApiKey.id }, createApiKey.secret)).revokeApiKey).toBe(true);
    expect(errorCode(await app.request(Me, {}, createApiKey.secret))).toBe('UNAUTHENTICATED');
  });

  it('audits key events in every book of the owner (each auditor sees them) and in the system log', async () => {
    const other = await standardBook(app, 'Second');
    const auditorA = await member(app, bookId, 'Aud A', 'AUDITOR');
    const auditorB = await member(app, other, 'Aud B', 'AUDITOR');
    const both = await user('Bo Both');
    await app.ok(AddMember, { input: { bookId, userId: both.id, role: 'EDITOR' } });
    await app.ok(AddMember, { input: { bookId: other, userId: both.id, role: 'VIEWER' } });
    const { createApiKey } = await app.ok(NewKey, { userId: both.id });
    await app.ok(Revoke, { id: createApiKey.id });
    for (const [book, token] of [[bookId, auditorA], [other, auditorB]] as const) {
      const { book: seen } = await app.ok(BookAudit, { bookId: book }, token);
      const actions = seen!.auditEvents.edges.filter((e) => e.node.entityId === createApiKey.id).map((e) => e.node.action);
      expect(actions).toEqual(['apiKey.create', 'apiKey.revoke']);
    }
    const { systemAuditEvents } = await app.ok(SystemAudit, {});
    const system = systemAuditEvents.edges.filter((e) => e.node.entityId === createApiKey.id);
    expect(system.map((e) => e.node.action)).toEqual(['apiKey.create', 'apiKey.revoke']);
    // the admin's key id is recorded with the event
    const adminKey = await app.db.prisma.apiKey.findFirstOrThrow({ where: { user: { isSystemAdmin: true } } });
    expect(system[0]!.node.keyId).toBe(adminKey.id);
    expect(systemAuditEvents.edges.some((e) => e.node.action === 'user.create' && e.node.entityId === both.id)).toBe(true);
    expect(errorCode(await app.request(SystemAudit, {}, bookAdmin.token))).toBe('FORBIDDEN');
  });

  it("two-person rule: a key the requester issued cannot approve the requester's reversal (SELF_APPROVAL); the approver's own key can", async () => {
    // the system admin is the requester here, and issues Ava's first key
    const ava = await user('Ava Second');
    const issued = (await app.ok(NewKey, { userId: ava.id })).createApiKey.secret;
    await app.ok(AddMember, { input: { bookId, userId: ava.id, role: 'APPROVER' } });
    const receipt = await app.ok(Post, { input: { bookId, typeCode: 'SR', accountCode: 'ACME', counterAccountCode: 'BANK1', date: '2026-07-01', amount: '30.00' } });
    const { requestReversal } = await app.ok(RequestReversal, { input: { transactionId: receipt.createTransaction.id, reason: 'bounced' } });
    expect(requestReversal.status).toBe('AWAITING_APPROVAL');
    const refused = await app.request(Approve, { id: requestReversal.id }, issued);
    expect(errorCode(refused)).toBe('SELF_APPROVAL');
    expect(refused.errors?.[0]?.message).toMatch(/issued by the requester/);
    expect((await app.db.prisma.reversalRequest.findUniqueOrThrow({ where: { id: requestReversal.id } })).status).toBe('AWAITING_APPROVAL');
    // Ava makes her own key and decides with it
    const own = (await app.ok(NewKey, { userId: ava.id, name: 'mine' }, issued)).createApiKey.secret;
    const { approveReversal } = await app.ok(Approve, { id: requestReversal.id }, own);
    expect(approveReversal).toMatchObject({ status: 'APPROVED', decidedBy: { name: 'Ava Second' } });
  });
});

describe.each(databaseKinds())('the cache of authenticated keys on %s', (kind) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp(kind);
  });
  afterAll(() => app?.close());

  /** A second Daybook on the same database whose Prisma calls are counted. */
  function countedDaybook(options: ConstructorParameters<typeof KeyCache>[2]) {
    const operations: string[] = [];
    const prisma = app.db.prisma.$extends({
      query: {
        async $allOperations({ model, operation, args, query }) {
          operations.push(`${model ?? ''}.${operation}`);
          return query(args);
        },
      },
    }) as unknown as Prisma;
    const log = createLogger('silent');
    const keys = new KeyCache(prisma, log, options);
    const yoga = createDaybook({ ...app.db, prisma }, log, { keyCache: keys });
    const me = async (token: string) => {
      const response = await yoga.fetch('http://daybook.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: print(Me) }),
      });
      return (await response.json()) as { data?: { me: { name: string } }; errors?: { extensions: { code: string } }[] };
    };
    return { operations, keys, yoga, me };
  }

  it('reads a key once for many requests, and writes lastUsedAt once, after the requests', async () => {
    const counted = countedDaybook({ ttlMs: 60_000, flushEveryMs: 3_600_000 });
    try {
      for (let i = 0; i < 20; i++) expect((await counted.me(ADMIN_TOKEN)).data?.me.name).toBe('admin');
      expect(counted.operations.filter((o) => o.startsWith('ApiKey.'))).toEqual(['ApiKey.findUnique']);
      await counted.keys.flush();
      expect(counted.operations.filter((o) => o === 'ApiKey.updateMany')).toHaveLength(1);
      const stored = await app.db.prisma.apiKey.findFirstOrThrow({ where: { user: { isSystemAdmin: true } } });
      expect(stored.lastUsedAt).not.toBeNull();
      expect(Date.now() - stored.lastUsedAt!.getTime()).toBeLessThan(61_000);
      // within the minute: no second write
      for (let i = 0; i < 5; i++) await counted.me(ADMIN_TOKEN);
      await counted.keys.flush();
      expect(counted.operations.filter((o) => o === 'ApiKey.updateMany')).toHaveLength(1);
    } finally {
      await counted.yoga.dispose();
    }
  });

  it('honours a revocation at once on the instance that revoked, within the TTL on another', async () => {
    const user = (await app.ok(NewUser, { input: { name: 'Cached' } })).createUser;
    const { createApiKey } = await app.ok(NewKey, { userId: user.id });
    const other = countedDaybook({ ttlMs: 500 });
    try {
      expect((await other.me(createApiKey.secret)).data?.me.name).toBe('Cached');
      expect((await app.ok(Me, {}, createApiKey.secret)).me.name).toBe('Cached');
      await app.ok(Revoke, { id: createApiKey.id });
      // this instance: at once
      expect(errorCode(await app.request(Me, {}, createApiKey.secret))).toBe('UNAUTHENTICATED');
      // the other: once its entry is older than its TTL
      const revokedAt = Date.now();
      let answer = await other.me(createApiKey.secret);
      while (!answer.errors && Date.now() - revokedAt < 3000) {
        await sleep(50);
        answer = await other.me(createApiKey.secret);
      }
      expect(answer.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(Date.now() - revokedAt).toBeLessThan(1500);
    } finally {
      await other.yoga.dispose();
    }
  });

  it('keeps at most maxEntries keys and does not keep unknown ones', async () => {
    const small = countedDaybook({ maxEntries: 2, ttlMs: 60_000 });
    try {
      const tokens = [];
      for (const name of ['K1', 'K2', 'K3']) {
        const u = (await app.ok(NewUser, { input: { name } })).createUser;
        tokens.push((await app.ok(NewKey, { userId: u.id })).createApiKey.secret);
      }
      for (const token of tokens) await small.me(token);
      for (let i = 0; i < 3; i++) expect(errorCode(await small.me('dbk_unknown_' + i) as never)).toBe('UNAUTHENTICATED');
      small.operations.length = 0;
      await small.me(tokens[2]!);
      await small.me(tokens[1]!);
      expect(small.operations.filter((o) => o === 'ApiKey.findUnique')).toHaveLength(0);
      await small.me(tokens[0]!); // pushed out by the third
      expect(small.operations.filter((o) => o === 'ApiKey.findUnique')).toHaveLength(1);
    } finally {
      await small.yoga.dispose();
    }
  });
});
