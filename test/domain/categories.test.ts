// Category graph rules: refusals by example, and property tests that the checker accepts
// exactly the additions after which no category reaches an account twice or itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accountsOf,
  checkCategoryAddition,
  graphOf,
  type CategoryAddition,
  type CategoryGraph,
  type GraphEdges,
} from '../../src/domain/categories.ts';

const gbp = (id: string) => ({ id, name: id, currency: 'GBP' });
const account = (id: string, currency = 'GBP') => ({ id, code: id, currency });

function graph(edges: Partial<GraphEdges>, names = ['A', 'B', 'C', 'D']): CategoryGraph {
  return graphOf(names.map(gbp), { accounts: edges.accounts ?? [], children: edges.children ?? [] });
}

describe('checkCategoryAddition', () => {
  it('lets an account sit in several unrelated categories', () => {
    const g = graph({ accounts: [['A', '4000']] });
    expect(checkCategoryAddition(g, { kind: 'account', categoryId: 'B', account: account('4000') })).toBeNull();
  });

  it('refuses an account a category already holds directly (CATEGORY_DOUBLE_COUNT)', () => {
    const g = graph({ accounts: [['A', '4000']] });
    expect(checkCategoryAddition(g, { kind: 'account', categoryId: 'A', account: account('4000') })?.code).toBe('CATEGORY_DOUBLE_COUNT');
  });

  it('refuses an account a child already holds (CATEGORY_DOUBLE_COUNT)', () => {
    const g = graph({ accounts: [['B', '4000']], children: [['A', 'B']] });
    const error = checkCategoryAddition(g, { kind: 'account', categoryId: 'A', account: account('4000') });
    expect(error?.code).toBe('CATEGORY_DOUBLE_COUNT');
    expect(error?.message).toBe('category "A" would count account "4000" twice (directly and through "B")');
  });

  it('refuses when the double path arises only in a parent (two children holding one account)', () => {
    const g = graph({ accounts: [['B', '4000']], children: [['A', 'B'], ['A', 'C']] });
    const error = checkCategoryAddition(g, { kind: 'account', categoryId: 'C', account: account('4000') });
    expect(error?.code).toBe('CATEGORY_DOUBLE_COUNT');
    expect(error?.details).toMatchObject({ categoryId: 'A' });
  });

  it('refuses a child that shares an account with its new parent (CATEGORY_DOUBLE_COUNT)', () => {
    const g = graph({ accounts: [['A', '4000'], ['B', '4000']] });
    expect(checkCategoryAddition(g, { kind: 'category', categoryId: 'A', childId: 'B' })?.code).toBe('CATEGORY_DOUBLE_COUNT');
  });

  it('refuses a category containing itself, directly or through a child (CATEGORY_CYCLE)', () => {
    const g = graph({ children: [['A', 'B'], ['B', 'C']] });
    expect(checkCategoryAddition(g, { kind: 'category', categoryId: 'A', childId: 'A' })?.code).toBe('CATEGORY_CYCLE');
    expect(checkCategoryAddition(g, { kind: 'category', categoryId: 'C', childId: 'A' })?.code).toBe('CATEGORY_CYCLE');
  });

  it('refuses another currency (CURRENCY_MISMATCH), for accounts and child categories', () => {
    const g = graphOf([gbp('A'), { id: 'E', name: 'Euro', currency: 'EUR' }], { accounts: [], children: [] });
    expect(checkCategoryAddition(g, { kind: 'account', categoryId: 'A', account: account('X', 'EUR') })?.code).toBe('CURRENCY_MISMATCH');
    expect(checkCategoryAddition(g, { kind: 'category', categoryId: 'A', childId: 'E' })?.code).toBe('CURRENCY_MISMATCH');
  });

  it('counts each account once in a category balance, however many categories hold it', () => {
    const g = graph({ accounts: [['B', '1'], ['C', '2'], ['D', '1']], children: [['A', 'B'], ['A', 'C']] });
    expect(accountsOf(g, 'A').sort()).toEqual(['1', '2']);
  });
});

// Brute force: enumerate every path from each category; valid when none loops and none
// reaches an account twice.
function validByEnumeration(g: CategoryGraph): boolean {
  for (const start of g.categories.keys()) {
    const reached: string[] = [];
    let cyclic = false;
    const walk = (id: string, path: string[]) => {
      if (path.includes(id)) {
        cyclic = true;
        return;
      }
      reached.push(...(g.accounts.get(id) ?? []));
      for (const child of g.children.get(id) ?? []) walk(child, [...path, id]);
    };
    walk(start, []);
    if (cyclic || new Set(reached).size !== reached.length) return false;
  }
  return true;
}

const CATEGORIES = ['A', 'B', 'C', 'D', 'E'];
const ACCOUNTS = ['1', '2', '3'];
const addition = fc.oneof(
  fc.record({ kind: fc.constant('account' as const), categoryId: fc.constantFrom(...CATEGORIES), account: fc.constantFrom(...ACCOUNTS).map((id) => account(id)) }),
  fc.record({ kind: fc.constant('category' as const), categoryId: fc.constantFrom(...CATEGORIES), childId: fc.constantFrom(...CATEGORIES) }),
);

function apply(g: CategoryGraph, change: CategoryAddition): CategoryGraph {
  if (change.kind === 'account') {
    return { ...g, accounts: new Map(g.accounts).set(change.categoryId, [...(g.accounts.get(change.categoryId) ?? []), change.account.id]) };
  }
  return { ...g, children: new Map(g.children).set(change.categoryId, [...(g.children.get(change.categoryId) ?? []), change.childId]) };
}

describe('category graph invariants (property)', () => {
  it('accepts an addition exactly when the graph after it has no cycle and no account reached twice', () => {
    fc.assert(
      fc.property(fc.array(addition, { maxLength: 25 }), (changes) => {
        let g = graph({}, CATEGORIES);
        for (const change of changes) {
          const error = checkCategoryAddition(g, change);
          const next = apply(g, change);
          expect(error === null).toBe(validByEnumeration(next));
          if (!error) g = next;
        }
        // whatever was accepted, the graph stays valid
        expect(validByEnumeration(g)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a category reaches each of its accounts once: accountsOf has no duplicates and includes every child\'s accounts', () => {
    fc.assert(
      fc.property(fc.array(addition, { maxLength: 25 }), (changes) => {
        let g = graph({}, CATEGORIES);
        for (const change of changes) if (!checkCategoryAddition(g, change)) g = apply(g, change);
        for (const id of CATEGORIES) {
          const mine = accountsOf(g, id);
          expect(new Set(mine).size).toBe(mine.length);
          for (const child of g.children.get(id) ?? []) for (const a of accountsOf(g, child)) expect(mine).toContain(a);
        }
      }),
      { numRuns: 200 },
    );
  });
});
