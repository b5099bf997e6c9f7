// The contract's enums, one place.
import { builder } from './builder.ts';

export const RoleEnum = builder.enumType('Role', {
  values: ['VIEWER', 'AUDITOR', 'EDITOR', 'APPROVER', 'ADMIN'] as const,
});
export const LedgerKindEnum = builder.enumType('LedgerKind', {
  values: ['NOMINAL', 'SALES', 'PURCHASES', 'CASHBOOK', 'CLIENT', 'STOCK', 'CUSTOM'] as const,
});
export const AccountTypeEnum = builder.enumType('AccountType', {
  values: ['ASSET', 'LIABILITY', 'EQUITY', 'INCOME', 'EXPENSE', 'CUSTOMER', 'SUPPLIER', 'BANK', 'CASH', 'CLIENT', 'STOCK_ITEM', 'OTHER'] as const,
});
export const SideEnum = builder.enumType('Side', { values: ['DEBIT', 'CREDIT'] as const });
export const TaxAreaEnum = builder.enumType('TaxArea', { values: ['NONE', 'SALES', 'PURCHASES'] as const });
export const PostingTemplateEnum = builder.enumType('PostingTemplate', {
  values: ['STANDARD', 'JOURNAL', 'CUSTOM'] as const,
});
export const TransactionStatusEnum = builder.enumType('TransactionStatus', {
  values: ['RECORDED', 'PENDING', 'POSTED', 'VOIDED'] as const,
});
export const BalanceLimitEnum = builder.enumType('BalanceLimit', {
  values: ['NONE', 'NO_DEBIT_BALANCE', 'NO_CREDIT_BALANCE'] as const,
});
export const PeriodStatusEnum = builder.enumType('PeriodStatus', { values: ['OPEN', 'CLOSED'] as const });
export const ReversalStatusEnum = builder.enumType('ReversalStatus', {
  values: ['AWAITING_APPROVAL', 'APPROVED', 'REJECTED'] as const,
});
export const BookTemplateEnum = builder.enumType('BookTemplate', { values: ['EMPTY', 'STANDARD'] as const });
