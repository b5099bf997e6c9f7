// Who gets what: one row per root field of the schema (query, mutation, subscription) and per
// guarded Book field, one column per kind of caller. test/graphql/permission-matrix.test.ts
// calls every row as every caller and asserts the cell; a root field without a row fails it,
// and docs/security.md's table is printed from here (permissionMatrixMarkdown).
//
// The callers: a member of the book in each role; the system admin, who is in no book of
// its own here (being system admin grants people and keys, not books); a member of another
// book only; no credential at all. A cell is `allowed` or the refusal's extensions.code.

export const CALLERS = ['VIEWER', 'AUDITOR', 'EDITOR', 'APPROVER', 'ADMIN', 'SYSTEM_ADMIN', 'OTHER_BOOK', 'ANONYMOUS'] as const;
export type Caller = (typeof CALLERS)[number];

export type Outcome = 'allowed' | 'null' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED';

export interface PermissionRow {
  /** `Query.book`, `Mutation.createAccount`, `Subscription.balanceChanged`, `Book.auditEvents` */
  operation: string;
  /** which case of the operation, when it has more than one (whose key, …) */
  variant?: string;
  outcomes: Readonly<Record<Caller, Outcome>>;
}

const CELL: Record<string, Outcome> = { A: 'allowed', '-': 'null', F: 'FORBIDDEN', N: 'NOT_FOUND', U: 'UNAUTHENTICATED' };

/** `cells`: eight letters in CALLERS order, A allowed, - null (as for an unknown id), F FORBIDDEN, N NOT_FOUND, U UNAUTHENTICATED. */
function row(operation: string, cells: string, variant?: string): PermissionRow {
  const letters = cells.split(/\s+/);
  if (letters.length !== CALLERS.length || letters.some((l) => !(l in CELL))) throw new Error(`bad permission row ${operation}: ${cells}`);
  const outcomes = Object.fromEntries(CALLERS.map((caller, i) => [caller, CELL[letters[i]!]!])) as Record<Caller, Outcome>;
  return variant ? { operation, variant, outcomes } : { operation, outcomes };
}

// No existence oracle: a book the caller is not in answers exactly as an unknown id does. A
// bookId argument answers NOT_FOUND ("No book …"), `book(id)` and `node(id)` answer null, and a
// row named by its own id (a period, a transaction…) answers NOT_FOUND, as a row that does not
// exist would. Only a member whose role falls short is FORBIDDEN.
//
//                                               VIEWER AUDITOR EDITOR APPROVER ADMIN SYSADMIN OTHER ANON
export const PERMISSION_MATRIX: readonly PermissionRow[] = [
  row('Query.me',                                'A A A A A A A U'),
  row('Query.books',                             'A A A A A A A U'),
  row('Query.book',                              'A A A A A - - U'),
  row('Query.node',                              'A A A A A - - U', 'a Book'),
  row('Query.systemAuditEvents',                 'F F F F F A F U'),
  row('Query.verifySystemAuditChain',            'F F F F F A F U'),
  row('Book.auditEvents',                        'F A F F A - - U'),
  row('Book.verifyAuditChain',                   'F A F F A - - U'),
  row('Book.integrityReport',                    'F A F F A - - U'),
  row('Book.webhooks',                           'F F F F A - - U'),

  row('Mutation.createBook',                     'F F F F A A F U'),
  row('Mutation.createUser',                     'F F F F F A F U'),
  row('Mutation.createApiKey',                   'A A A A A A A U', 'for oneself'),
  row('Mutation.createApiKey',                   'F F F F F A F U', 'for another user'),
  row('Mutation.revokeApiKey',                   'A A A A A A A U', 'own key'),
  row('Mutation.revokeApiKey',                   'N N N N N A N U', "another user's key"),
  row('Mutation.setMembership',                  'F F F F A N N U'),
  row('Mutation.updateBookSettings',             'F F F F A N N U'),
  row('Mutation.createLedger',                   'F F F F A N N U'),
  row('Mutation.createAccount',                  'F F F F A N N U'),
  row('Mutation.updateAccount',                  'F F F F A N N U'),
  row('Mutation.closeAccount',                   'F F F F A N N U'),
  row('Mutation.reopenAccount',                  'F F F F A N N U'),
  row('Mutation.updateLedger',                   'F F F F A N N U'),
  row('Mutation.updateTaxCode',                  'F F F F A N N U'),
  row('Mutation.createTransactionType',          'F F F F A N N U'),
  row('Mutation.updateTransactionType',          'F F F F A N N U'),
  row('Mutation.createTaxCode',                  'F F F F A N N U'),
  row('Mutation.createUnit',                     'F F F F A N N U'),
  row('Mutation.createCategory',                 'F F F F A N N U'),
  row('Mutation.addToCategory',                  'F F F F A N N U'),
  row('Mutation.removeFromCategory',             'F F F F A N N U'),
  row('Mutation.setExchangeRate',                'F F F F A N N U'),
  row('Mutation.setLedgerControlAccount',        'F F F F A N N U'),
  row('Mutation.createPeriod',                   'F F F F A N N U'),
  row('Mutation.createPeriods',                  'F F F F A N N U'),
  row('Mutation.closePeriod',                    'F F F F A N N U'),
  row('Mutation.reopenPeriod',                   'F F F F A N N U'),
  row('Mutation.closeYear',                      'F F F F A N N U'),
  row('Mutation.createWebhook',                  'F F F F A N N U'),
  row('Mutation.deleteWebhook',                  'F F F F A N N U'),
  row('Mutation.redeliverWebhookDelivery',       'F F F F A N N U'),
  row('Mutation.createTransaction',              'F F A A A N N U'),
  row('Mutation.createTransactions',             'F F A A A N N U'),
  row('Mutation.postTransaction',                'F F A A A N N U'),
  row('Mutation.voidTransaction',                'F F A A A N N U'),
  row('Mutation.allocate',                       'F F A A A N N U'),
  row('Mutation.requestReversal',                'F F A A A N N U'),
  row('Mutation.approveReversal',                'F F F A A N N U'),
  row('Mutation.rejectReversal',                 'F F F A A N N U'),

  row('Subscription.balanceChanged',             'A A A A A N N U'),
  row('Subscription.transactionChanged',         'A A A A A N N U'),
  row('Subscription.balanceAlert',               'A A A A A N N U'),
];

const HEADINGS: Record<Caller, string> = {
  VIEWER: 'VIEWER',
  AUDITOR: 'AUDITOR',
  EDITOR: 'EDITOR',
  APPROVER: 'APPROVER',
  ADMIN: 'ADMIN',
  SYSTEM_ADMIN: 'system admin',
  OTHER_BOOK: 'other book',
  ANONYMOUS: 'anonymous',
};
const SHORT: Record<Outcome, string> = { allowed: 'yes', null: 'null', FORBIDDEN: 'FORBIDDEN', NOT_FOUND: 'NOT_FOUND', UNAUTHENTICATED: 'UNAUTHENTICATED' };

/** The matrix as a Markdown table (docs/security.md holds it verbatim; a test compares). */
export function permissionMatrixMarkdown(): string {
  const header = `| operation | ${CALLERS.map((c) => HEADINGS[c]).join(' | ')} |`;
  const rule = `|---|${CALLERS.map(() => '---').join('|')}|`;
  const lines = PERMISSION_MATRIX.map((r) => {
    const name = `\`${r.operation}\`${r.variant ? ` (${r.variant})` : ''}`;
    return `| ${name} | ${CALLERS.map((c) => SHORT[r.outcomes[c]]).join(' | ')} |`;
  });
  return [header, rule, ...lines].join('\n');
}
