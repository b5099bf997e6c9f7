// Book.auditEvents' optional filters: entityType, entityId, actorId, from and to (UTC days,
// both included); they combine, page as before, and a from after to is BAD_USER_INPUT.
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createTestApp, databaseKinds, errorCode, type TestApp } from '../support/app.ts';
import { member, standardBook, WhoAmI } from '../support/books.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const doc = (source: string) => parse(source) as TypedDocumentNode<any, Record<string, unknown>>;
const Events = doc(`query($bookId: ID!, $first: Int, $after: String, $entityType: String, $entityId: String, $actorId: ID, $from: Date, $to: Date) {
  book(id: $bookId) {
    auditEvents(first: $first, after: $after, entityType: $entityType, entityId: $entityId, actorId: $actorId, from: $from, to: $to) {
      edges { node { id at action entityType entityId actor { id } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`);
const AddAccount = doc('mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }');
const UpdateAccount = doc('mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }');

interface Node { id: string; at: string; action: string; entityType: string; entityId: string; actor: { id: string } | null }

describe.each(databaseKinds())('auditEvents filters on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  let accountId: string;
  let adminId: string;
  let adaId: string;
  const all = async (variables: Record<string, unknown> = {}) => {
    const nodes: Node[] = [];
    let after: string | null = null;
    do {
      const data = await app.ok(Events, { bookId, first: 100, after, ...variables });
      const page = data.book.auditEvents as { edges: { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      nodes.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return nodes;
  };

  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app, 'Audit filters');
    adminId = (await app.ok(WhoAmI, {})).me!.id;
    const admin = await member(app, bookId, 'Ada Admin', 'ADMIN');
    adaId = (await app.ok(WhoAmI, {}, admin)).me!.id;
    accountId = (await app.ok(AddAccount, { input: { bookId, ledgerCode: 'SL', code: 'FILT', name: 'Filtered', type: 'CUSTOMER' } }, admin)).createAccount.id;
    await app.ok(UpdateAccount, { input: { id: accountId, name: 'Filtered Ltd' } }, admin);
  });
  afterAll(() => app?.close());

  it('filters by entityType and entityId', async () => {
    const everything = await all();
    const accounts = await all({ entityType: 'Account' });
    expect(accounts.length).toBeGreaterThan(2);
    expect(accounts.every((e) => e.entityType === 'Account')).toBe(true);
    expect(accounts).toEqual(everything.filter((e) => e.entityType === 'Account'));
    const one = await all({ entityId: accountId });
    expect(one.map((e) => [e.entityType, e.entityId])).toEqual([['Account', accountId], ['Account', accountId]]);
    expect(await all({ entityType: 'Transaction', entityId: accountId })).toEqual([]);
  });

  it('filters by actorId', async () => {
    const everything = await all();
    const byEditor = await all({ actorId: adaId });
    expect(byEditor.map((e) => e.entityId)).toEqual([accountId, accountId]);
    expect(await all({ actorId: adminId })).toEqual(everything.filter((e) => e.actor?.id === adminId));
    expect(await all({ actorId: adaId, entityType: 'Membership' })).toEqual([]);
  });

  it('filters by from and to, UTC days both included', async () => {
    const everything = await all();
    const today = everything.at(-1)!.at.slice(0, 10);
    expect(await all({ from: today, to: today })).toEqual(everything.filter((e) => e.at.slice(0, 10) === today));
    expect(await all({ from: today })).toEqual(everything.filter((e) => e.at.slice(0, 10) >= today));
    expect(await all({ to: '2000-01-01' })).toEqual([]);
    expect(await all({ from: '2999-01-01' })).toEqual([]);
    expect(await all({ from: '2000-01-01', to: '2999-12-31', entityId: accountId })).toHaveLength(2);
  });

  it('pages through a filtered log', async () => {
    const accounts = await all({ entityType: 'Account' });
    const first = await app.ok(Events, { bookId, first: 1, entityType: 'Account' });
    const second = await app.ok(Events, { bookId, first: 1, entityType: 'Account', after: first.book.auditEvents.pageInfo.endCursor });
    expect([first, second].map((d) => d.book.auditEvents.edges[0].node.id)).toEqual(accounts.slice(0, 2).map((e) => e.id));
  });

  it('refuses from after to (BAD_USER_INPUT), and a date that is not one', async () => {
    const refused = await app.request(Events, { bookId, from: '2026-02-01', to: '2026-01-31' });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toBe('from 2026-02-01 is after to 2026-01-31: give from on or before to');
    expect(errorCode(await app.request(Events, { bookId, from: '2026-02-30' }))).toBe('BAD_USER_INPUT');
  });
});
