// Categories end to end: the graph refusals with their contract codes (nothing written),
// balances with each account counted once, now and as of a date, ADMIN only, audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.ts';
import { createTestApp, databaseKinds, errorCode, type TestApp } from '../support/app.ts';
import { Post, standardBook } from '../support/books.ts';

const CreateCategory = graphql(`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) { id name currency normalSide }
  }
`);

const AddToCategory = graphql(`
  mutation AddToCategory($input: CategoryMemberInput!) {
    addToCategory(input: $input) { id accounts { code } categories { name } }
  }
`);

const RemoveFromCategory = graphql(`
  mutation RemoveFromCategory($input: CategoryMemberInput!) {
    removeFromCategory(input: $input) { id accounts { code } categories { name } }
  }
`);

const Categories = graphql(`
  query Categories($bookId: ID!, $asOf: Date) {
    book(id: $bookId) {
      categories {
        name normalSide allAccounts { code }
        balance(asOf: $asOf) { posted pending available postedDebits postedCredits currency }
      }
    }
  }
`);

const CategoryViewerUser = graphql(`
  mutation CategoryViewerUser($input: CreateUserInput!) { createUser(input: $input) { id } }
`);
const CategoryViewerKey = graphql(`
  mutation CategoryViewerKey($userId: ID!) { createApiKey(userId: $userId) { secret } }
`);
const CategoryViewerRole = graphql(`
  mutation CategoryViewerRole($input: SetMembershipInput!) { setMembership(input: $input) { role } }
`);

describe.each(databaseKinds())('categories on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  const cat: Record<string, string> = {};

  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app, 'Categories');
    // sales 4000: 100.00 (Jan) + 40.00 (Mar); other income 4900: 5.00; rent 7100: 30.00; wages 6000: 20.00
    const journal = (date: string, debit: string, credit: string, net: string) =>
      app.ok(Post, { input: { bookId, typeCode: 'NJ', date, lines: [{ accountCode: debit, side: 'DEBIT', net }, { accountCode: credit, side: 'CREDIT', net }] } });
    await app.ok(Post, { input: { bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-01-10', lines: [{ net: '100.00', taxCode: 'Z' }] } });
    await app.ok(Post, { input: { bookId, typeCode: 'SI', accountCode: 'ACME', date: '2026-03-10', lines: [{ net: '40.00', taxCode: 'Z' }] } });
    await journal('2026-01-15', '7100', '3000', '30.00');
    await journal('2026-01-20', '6000', '3000', '20.00');
    await journal('2026-03-20', '0030', '4900', '5.00');
    for (const [name, normalSide, currency] of [
      ['Sales', 'CREDIT', 'GBP'],
      ['Income', 'CREDIT', 'GBP'],
      ['Overheads', 'DEBIT', 'GBP'],
      ['Profit', 'CREDIT', 'GBP'],
      ['Other', 'CREDIT', 'GBP'],
      ['Euro', 'CREDIT', 'EUR'],
    ] as const) {
      cat[name] = (await app.ok(CreateCategory, { input: { bookId, name, currency, normalSide } })).createCategory.id;
    }
  });
  afterAll(() => app?.close());

  const add = (category: string, member: { accountCode?: string; child?: string }) =>
    app.request(AddToCategory, {
      input: { categoryId: cat[category]!, accountCode: member.accountCode, childCategoryId: member.child ? cat[member.child] : undefined },
    });
  const links = async () => ({
    accounts: await app.db.prisma.categoryAccount.count({ where: { bookId } }),
    children: await app.db.prisma.categoryChild.count({ where: { bookId } }),
    audit: await app.db.prisma.auditEvent.count({ where: { bookId } }),
  });

  it('builds a graph: accounts in several categories, categories in categories', async () => {
    for (const [category, member] of [
      ['Sales', { accountCode: '4000' }],
      ['Income', { child: 'Sales' }],
      ['Income', { accountCode: '4900' }],
      ['Overheads', { accountCode: '7100' }],
      ['Overheads', { accountCode: '6000' }],
      ['Profit', { child: 'Income' }],
      ['Profit', { child: 'Overheads' }],
      ['Other', { accountCode: '4000' }], // 4000 also sits in Sales: allowed, they are unrelated
    ] as const) {
      const result = await add(category, member);
      expect(result.errors).toBeUndefined();
    }
  });

  it('refuses what would count an account twice (CATEGORY_DOUBLE_COUNT), also when the double path is only in a parent', async () => {
    const before = await links();
    const direct = await add('Income', { accountCode: '4000' }); // already through Sales
    expect(errorCode(direct)).toBe('CATEGORY_DOUBLE_COUNT');
    expect(direct.errors![0]!.message).toBe('category "Income" would count account "4000" twice (directly and through "Sales")');
    expect(errorCode(await add('Overheads', { accountCode: '4000' }))).toBe('CATEGORY_DOUBLE_COUNT'); // Profit reaches it through Income
    expect(errorCode(await add('Profit', { child: 'Other' }))).toBe('CATEGORY_DOUBLE_COUNT'); // Other holds 4000 too
    expect(errorCode(await add('Sales', { accountCode: '4000' }))).toBe('CATEGORY_DOUBLE_COUNT');
    expect(await links()).toEqual(before);
  });

  it('refuses a category containing itself (CATEGORY_CYCLE) and another currency (CURRENCY_MISMATCH)', async () => {
    const before = await links();
    expect(errorCode(await add('Sales', { child: 'Sales' }))).toBe('CATEGORY_CYCLE');
    expect(errorCode(await add('Sales', { child: 'Profit' }))).toBe('CATEGORY_CYCLE');
    expect(errorCode(await add('Euro', { accountCode: '4000' }))).toBe('CURRENCY_MISMATCH');
    expect(errorCode(await add('Profit', { child: 'Euro' }))).toBe('CURRENCY_MISMATCH');
    expect(errorCode(await add('Sales', { accountCode: 'NOPE' }))).toBe('NOT_FOUND');
    expect(errorCode(await app.request(AddToCategory, { input: { categoryId: cat.Sales!, accountCode: '4000', childCategoryId: cat.Other! } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.request(CreateCategory, { input: { bookId, name: 'Sales', currency: 'GBP', normalSide: 'CREDIT' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.request(CreateCategory, { input: { bookId, name: 'Bad', currency: 'XYZ', normalSide: 'CREDIT' } }))).toBe('BAD_USER_INPUT');
    expect(await links()).toEqual(before);
  });

  it('balances each category on its normal side, each account once, now and as of a date', async () => {
    const byName = async (asOf?: string) =>
      Object.fromEntries((await app.ok(Categories, { bookId, asOf })).book!.categories.map((c) => [c.name, c]));
    const now = await byName();
    expect(now.Sales!.balance).toEqual({ posted: '140.00', pending: '140.00', available: '140.00', postedDebits: '0.00', postedCredits: '140.00', currency: 'GBP' });
    expect(now.Income!.balance.posted).toBe('145.00');
    expect(now.Overheads!.balance.posted).toBe('50.00');
    // Profit: credits 145.00 − debits 50.00
    expect(now.Profit!.balance).toMatchObject({ posted: '95.00', postedDebits: '50.00', postedCredits: '145.00' });
    expect(now.Profit!.allAccounts.map((a) => a.code)).toEqual(['4000', '4900', '6000', '7100']);
    expect(now.Euro!.balance).toMatchObject({ posted: '0.00', currency: 'EUR' });
    const january = await byName('2026-01-31');
    expect(january.Profit!.balance.posted).toBe('50.00');
    expect(january.Income!.balance.posted).toBe('100.00');
  });

  it('removes members, audits every change with before and after', async () => {
    const { removeFromCategory } = await app.ok(RemoveFromCategory, { input: { categoryId: cat.Income!, childCategoryId: cat.Sales! } });
    expect(removeFromCategory).toEqual({ id: cat.Income, accounts: [{ code: '4900' }], categories: [] });
    // now 4000 can go straight into Income
    expect((await add('Income', { accountCode: '4000' })).errors).toBeUndefined();
    expect(errorCode(await app.request(RemoveFromCategory, { input: { categoryId: cat.Income!, accountCode: '7100' } }))).toBe('NOT_FOUND');

    const events = await app.db.prisma.auditEvent.findMany({ where: { bookId, entityType: 'Category', entityId: cat.Income! }, orderBy: { id: 'asc' } });
    const fourThousand = (await app.db.prisma.account.findFirstOrThrow({ where: { bookId, code: '4000' } })).id;
    const fourNine = (await app.db.prisma.account.findFirstOrThrow({ where: { bookId, code: '4900' } })).id;
    expect(events.map((e) => e.action)).toEqual(['category.create', 'category.add', 'category.add', 'category.remove', 'category.add']);
    expect(events.at(-2)).toMatchObject({
      before: { accountIds: [fourNine], childCategoryIds: [cat.Sales] },
      after: { accountIds: [fourNine], childCategoryIds: [] },
    });
    expect((events.at(-1)!.after as { accountIds: string[] }).accountIds.sort()).toEqual([fourThousand, fourNine].sort());
  });

  it('lets only ADMIN change categories (FORBIDDEN); a VIEWER reads them', async () => {
    const { createUser } = await app.ok(CategoryViewerUser, { input: { name: 'Viewer' } });
    const { secret } = (await app.ok(CategoryViewerKey, { userId: createUser.id })).createApiKey;
    await app.ok(CategoryViewerRole, { input: { bookId, userId: createUser.id, role: 'VIEWER' } });
    expect(errorCode(await app.request(AddToCategory, { input: { categoryId: cat.Sales!, accountCode: '4900' } }, secret))).toBe('FORBIDDEN');
    expect(errorCode(await app.request(CreateCategory, { input: { bookId, name: 'Mine', currency: 'GBP', normalSide: 'DEBIT' } }, secret))).toBe('FORBIDDEN');
    expect(errorCode(await app.request(RemoveFromCategory, { input: { categoryId: cat.Sales!, accountCode: '4000' } }, secret))).toBe('FORBIDDEN');
    const read = await app.ok(Categories, { bookId }, secret);
    expect(read.book!.categories.length).toBe(6);
  });
});
