// Who must agree to a reversal (model.md, "Corrections").

/**
 * A reversal needs a second person's approval when its type requires it, or when the book
 * requires it for every type (seed 004: approvals for any reversal in production). Decided
 * when the request is made: a request keeps the rule it was made under.
 */
export function reversalNeedsApproval(type: { requiresApproval: boolean }, book: { reversalsRequireApproval: boolean }): boolean {
  return type.requiresApproval || book.reversalsRequireApproval;
}
