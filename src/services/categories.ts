// Categories: createCategory, addToCategory, removeFromCategory (ADMIN), each audited with
// before and after. The graph rules are src/domain/categories.ts; here the book's graph
// is loaded, checked and written in one database transaction, with the book locked so
// two concurrent additions cannot together build a double count.
import { checkCategoryAddition, graphOf, type CategoryGraph } from '../domain/categories.ts';
import { isIsoCurrency } from '../domain/currency.ts';
import { badInput, notFound } from '../domain/errors.ts';
import type { Side } from '../domain/types.ts';
import type { Database, Prisma, Tx } from '../db.ts';
import { runChange } from './runner.ts';
import { requireCapability, type Actor, trailOf } from './access.ts';
import { recordAudit } from './audit.ts';

/** The whole category graph of a book (categories are few; accounts are referenced by id). */
export async function loadCategoryGraph(db: Tx | Prisma, bookId: string): Promise<CategoryGraph> {
  const [categories, accounts, children] = await Promise.all([
    db.category.findMany({ where: { bookId }, select: { id: true, name: true, currency: true } }),
    db.categoryAccount.findMany({ where: { bookId }, select: { categoryId: true, accountId: true } }),
    db.categoryChild.findMany({ where: { bookId }, select: { parentId: true, childId: true } }),
  ]);
  return graphOf(categories, {
    accounts: accounts.map((a) => [a.categoryId, a.accountId]),
    children: children.map((c) => [c.parentId, c.childId]),
  });
}

export interface CreateCategoryInput {
  bookId: string;
  name: string;
  currency: string;
  normalSide: Side;
}

export async function createCategory(db: Database, actor: Actor, input: CreateCategoryInput) {
  return runChange(db.prisma, async (tx) => {
    await requireCapability(tx, actor, input.bookId, 'configure');
    const name = input.name.trim();
    if (!name) throw badInput('name must not be empty', { field: 'name' });
    const unit = await tx.unit.findUnique({ where: { bookId_code: { bookId: input.bookId, code: input.currency } } });
    if (!isIsoCurrency(input.currency) && !unit) {
      throw badInput(`currency "${input.currency}" is neither an ISO 4217 currency nor a unit of this book`, { field: 'currency' });
    }
    if (await tx.category.findUnique({ where: { bookId_name: { bookId: input.bookId, name } } })) {
      throw badInput(`name "${name}" is already used by another category in this book: choose another name`, { field: 'name' });
    }
    const category = await tx.category.create({
      data: { bookId: input.bookId, name, currency: input.currency, normalSide: input.normalSide },
    });
    await recordAudit(tx, {
      bookId: input.bookId,
      actorId: actor.userId, ...trailOf(actor),
      action: 'category.create',
      entityType: 'Category',
      entityId: category.id,
      after: category,
    });
    return category;
  });
}

export interface CategoryMemberInput {
  categoryId: string;
  accountCode?: string | null;
  childCategoryId?: string | null;
}

/** The category's direct members, as audit before/after. */
async function membersOf(tx: Tx, categoryId: string) {
  const [accounts, children] = await Promise.all([
    tx.categoryAccount.findMany({ where: { categoryId }, select: { accountId: true }, orderBy: { accountId: 'asc' } }),
    tx.categoryChild.findMany({ where: { parentId: categoryId }, select: { childId: true }, orderBy: { childId: 'asc' } }),
  ]);
  return { accountIds: accounts.map((a) => a.accountId), childCategoryIds: children.map((c) => c.childId) };
}

async function changeMembers(
  db: Database,
  actor: Actor,
  input: CategoryMemberInput,
  action: 'category.add' | 'category.remove',
  work: (tx: Tx, category: { id: string; bookId: string }, member: { accountId?: string; childId?: string }) => Promise<void>,
) {
  if ((input.accountCode == null) === (input.childCategoryId == null)) {
    throw badInput('give either accountCode or childCategoryId, not both or neither', { field: 'accountCode' });
  }
  return runChange(db.prisma, async (tx) => {
    const category = await tx.category.findUnique({ where: { id: input.categoryId } });
    const unknown = notFound(`No category ${input.categoryId}`, { field: 'categoryId' });
    if (!category) throw unknown;
    await requireCapability(tx, actor, category.bookId, 'configure', unknown);
    if (db.kind === 'postgres') {
      await tx.$queryRaw`SELECT "id" FROM "Book" WHERE "id" = ${category.bookId} FOR UPDATE`;
    }
    let member: { accountId?: string; childId?: string };
    if (input.accountCode != null) {
      const account = await tx.account.findUnique({ where: { bookId_code: { bookId: category.bookId, code: input.accountCode } } });
      if (!account) throw notFound(`accountCode "${input.accountCode}" is not an account of this book`, { field: 'accountCode' });
      member = { accountId: account.id };
    } else {
      const child = await tx.category.findUnique({ where: { id: input.childCategoryId! } });
      if (!child || child.bookId !== category.bookId) {
        throw notFound(`childCategoryId ${input.childCategoryId} is not a category of this book`, { field: 'childCategoryId' });
      }
      member = { childId: child.id };
    }
    const before = await membersOf(tx, category.id);
    await work(tx, category, member);
    await recordAudit(tx, {
      bookId: category.bookId,
      actorId: actor.userId, ...trailOf(actor),
      action,
      entityType: 'Category',
      entityId: category.id,
      before,
      after: await membersOf(tx, category.id),
    });
    return category;
  });
}

/** Adds an account or a child category; CATEGORY_DOUBLE_COUNT, CATEGORY_CYCLE, CURRENCY_MISMATCH. */
export function addToCategory(db: Database, actor: Actor, input: CategoryMemberInput) {
  return changeMembers(db, actor, input, 'category.add', async (tx, category, member) => {
    const graph = await loadCategoryGraph(tx, category.bookId);
    const memberIds = [...new Set([...graph.accounts.values()].flat())];
    const accountCodes = new Map(
      (await tx.account.findMany({ where: { id: { in: memberIds } }, select: { id: true, code: true } })).map((a) => [a.id, a.code]),
    );
    if (member.accountId) {
      const account = await tx.account.findUniqueOrThrow({ where: { id: member.accountId } });
      const error = checkCategoryAddition(
        { ...graph, accountCodes },
        { kind: 'account', categoryId: category.id, account: { id: account.id, code: account.code, currency: account.currency } },
      );
      if (error) throw error;
      await tx.categoryAccount.create({ data: { bookId: category.bookId, categoryId: category.id, accountId: account.id } });
    } else {
      const error = checkCategoryAddition({ ...graph, accountCodes }, { kind: 'category', categoryId: category.id, childId: member.childId! });
      if (error) throw error;
      await tx.categoryChild.create({ data: { bookId: category.bookId, parentId: category.id, childId: member.childId! } });
    }
  });
}

/** Removes an account or a child category (NOT_FOUND when it is not a direct member). */
export function removeFromCategory(db: Database, actor: Actor, input: CategoryMemberInput) {
  return changeMembers(db, actor, input, 'category.remove', async (tx, category, member) => {
    const { count } = member.accountId
      ? await tx.categoryAccount.deleteMany({ where: { categoryId: category.id, accountId: member.accountId } })
      : await tx.categoryChild.deleteMany({ where: { parentId: category.id, childId: member.childId! } });
    if (count === 0) {
      throw notFound(`${input.accountCode != null ? `account "${input.accountCode}"` : `category ${input.childCategoryId}`} is not directly in this category`, {
        field: input.accountCode != null ? 'accountCode' : 'childCategoryId',
      });
    }
  });
}
