// Category graphs (model.md "Category"): a category holds accounts and other categories,
// not as a strict tree, but no category may reach one account twice (its balance would
// count it twice) nor reach itself. One currency per category. Pure: the service loads
// the book's graph, asks here whether a change is allowed, then writes it.
import { DomainError } from './errors.ts';

export interface CategoryNode {
  id: string;
  name: string;
  currency: string;
}

export interface AccountNode {
  id: string;
  code: string;
  currency: string;
}

export interface CategoryGraph {
  categories: ReadonlyMap<string, CategoryNode>;
  /** category id → ids of the accounts it holds directly */
  accounts: ReadonlyMap<string, readonly string[]>;
  /** category id → ids of the categories it holds directly */
  children: ReadonlyMap<string, readonly string[]>;
  /** account id → code, for messages */
  accountCodes?: ReadonlyMap<string, string>;
}

export type CategoryAddition =
  | { kind: 'account'; categoryId: string; account: AccountNode }
  | { kind: 'category'; categoryId: string; childId: string };

export interface GraphEdges {
  accounts: [categoryId: string, accountId: string][];
  children: [parentId: string, childId: string][];
}

export function graphOf(
  categories: Iterable<CategoryNode>,
  edges: GraphEdges,
  accountCodes?: ReadonlyMap<string, string>,
): CategoryGraph {
  const accounts = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const [categoryId, accountId] of edges.accounts) accounts.set(categoryId, [...(accounts.get(categoryId) ?? []), accountId]);
  for (const [parentId, childId] of edges.children) children.set(parentId, [...(children.get(parentId) ?? []), childId]);
  return { categories: new Map([...categories].map((c) => [c.id, c])), accounts, children, ...(accountCodes ? { accountCodes } : {}) };
}

/** Whether `to` can be reached from `from` through child links (a category reaches itself). */
export function reaches(graph: CategoryGraph, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const id = stack.pop()!;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(graph.children.get(id) ?? []));
  }
  return false;
}

/** The category ids whose child links lead to `id`, with `id` itself. */
export function ancestorsOf(graph: CategoryGraph, id: string): string[] {
  return [...graph.categories.keys()].filter((c) => reaches(graph, c, id));
}

/**
 * For each account `categoryId` reaches, through how many distinct paths (1 in a valid
 * graph). Assumes no cycle.
 */
export function pathCounts(graph: CategoryGraph, categoryId: string, memo = new Map<string, Map<string, number>>()): Map<string, number> {
  const known = memo.get(categoryId);
  if (known) return known;
  const counts = new Map<string, number>();
  for (const accountId of graph.accounts.get(categoryId) ?? []) counts.set(accountId, (counts.get(accountId) ?? 0) + 1);
  for (const childId of graph.children.get(categoryId) ?? []) {
    for (const [accountId, n] of pathCounts(graph, childId, memo)) counts.set(accountId, (counts.get(accountId) ?? 0) + n);
  }
  memo.set(categoryId, counts);
  return counts;
}

/** The accounts a category's balance sums: every account it reaches, each once. */
export function accountsOf(graph: CategoryGraph, categoryId: string): string[] {
  const seen = new Set<string>();
  const visited = new Set<string>();
  const stack = [categoryId];
  while (stack.length) {
    const id = stack.pop()!;
    if (visited.has(id)) continue;
    visited.add(id);
    for (const accountId of graph.accounts.get(id) ?? []) seen.add(accountId);
    stack.push(...(graph.children.get(id) ?? []));
  }
  return [...seen];
}

function withAddition(graph: CategoryGraph, change: CategoryAddition): CategoryGraph {
  if (change.kind === 'account') {
    const accounts = new Map(graph.accounts);
    accounts.set(change.categoryId, [...(graph.accounts.get(change.categoryId) ?? []), change.account.id]);
    return { ...graph, accounts };
  }
  const children = new Map(graph.children);
  children.set(change.categoryId, [...(graph.children.get(change.categoryId) ?? []), change.childId]);
  return { ...graph, children };
}

/** The routes (direct, or a child's name) through which `categoryId` reaches an account. */
function routesTo(graph: CategoryGraph, categoryId: string, accountId: string): string[] {
  const routes: string[] = [];
  for (const id of graph.accounts.get(categoryId) ?? []) if (id === accountId) routes.push('directly');
  for (const childId of graph.children.get(categoryId) ?? []) {
    const n = pathCounts(graph, childId).get(accountId) ?? 0;
    for (let i = 0; i < n; i++) routes.push(`through "${graph.categories.get(childId)?.name ?? childId}"`);
  }
  return routes;
}

/**
 * Null when the addition keeps the graph valid; otherwise the refusal:
 * CURRENCY_MISMATCH, CATEGORY_CYCLE, or CATEGORY_DOUBLE_COUNT (in the category changed or
 * in any category above it).
 */
export function checkCategoryAddition(graph: CategoryGraph, change: CategoryAddition): DomainError | null {
  const category = graph.categories.get(change.categoryId);
  if (!category) return new DomainError('NOT_FOUND', `No category ${change.categoryId}`, { field: 'categoryId' });
  if (change.kind === 'account') {
    if (change.account.currency !== category.currency) {
      return new DomainError(
        'CURRENCY_MISMATCH',
        `account "${change.account.code}" is in ${change.account.currency}, category "${category.name}" in ${category.currency}: a category holds one currency`,
        { field: 'accountCode', accountCurrency: change.account.currency, categoryCurrency: category.currency },
      );
    }
  } else {
    const child = graph.categories.get(change.childId);
    if (!child) return new DomainError('NOT_FOUND', `No category ${change.childId}`, { field: 'childCategoryId' });
    if (child.currency !== category.currency) {
      return new DomainError(
        'CURRENCY_MISMATCH',
        `category "${child.name}" is in ${child.currency}, category "${category.name}" in ${category.currency}: a category holds one currency`,
        { field: 'childCategoryId', childCurrency: child.currency, categoryCurrency: category.currency },
      );
    }
    if (reaches(graph, change.childId, change.categoryId)) {
      const how = change.childId === change.categoryId ? 'itself' : `"${child.name}", which already contains it`;
      return new DomainError('CATEGORY_CYCLE', `category "${category.name}" cannot contain ${how}`, {
        field: 'childCategoryId',
      });
    }
  }
  const after = withAddition(graph, change);
  const memo = new Map<string, Map<string, number>>();
  // only the changed category and those above it can start reaching an account twice
  for (const ancestorId of ancestorsOf(after, change.categoryId)) {
    for (const [accountId, n] of pathCounts(after, ancestorId, memo)) {
      if (n < 2) continue;
      const ancestor = after.categories.get(ancestorId)!;
      const code =
        change.kind === 'account' && change.account.id === accountId ? change.account.code : (graph.accountCodes?.get(accountId) ?? accountId);
      return new DomainError(
        'CATEGORY_DOUBLE_COUNT',
        `category "${ancestor.name}" would count account "${code}" twice (${routesTo(after, ancestorId, accountId).join(' and ')})`,
        { categoryId: ancestorId, accountCode: code },
      );
    }
  }
  return null;
}
