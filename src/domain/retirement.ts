// Retiring configuration (docs/configuration.md, "Renaming, archiving and closing"): an
// archived ledger or tax code, or a closed account, keeps its history and stays readable,
// but takes nothing new (the posting interpreter refuses it, src/domain/posting.ts).
import { DomainError } from './errors.ts';
import { formatAmount } from './money.ts';

export interface ClosingAccount {
  code: string;
  closed: boolean;
  /** some ledger or account names it as their control account */
  isControl: boolean;
  digits: number;
  postedDebits: bigint;
  postedCredits: bigint;
  pendingDebits: bigint;
  pendingCredits: bigint;
}

/** An account closes only at a zero balance with nothing pending, and never while it mirrors a ledger. */
export function checkAccountCanClose(account: ClosingAccount): void {
  const state = (message: string, details: Record<string, unknown> = {}) =>
    new DomainError('INVALID_STATE', message, { field: 'id', accountCode: account.code, ...details });
  if (account.closed) throw state(`account "${account.code}" is already closed`, { status: 'CLOSED' });
  if (account.isControl) {
    throw state(`account "${account.code}" is a control account, which mirrors its ledger's accounts: archive the ledger (updateLedger archived: true) instead`);
  }
  if (account.pendingDebits !== 0n || account.pendingCredits !== 0n) {
    throw state(`account "${account.code}" has pending entries: post or void its pending transactions before closing it`);
  }
  const balance = account.postedDebits - account.postedCredits;
  if (balance !== 0n) {
    const shown = formatAmount(balance < 0n ? -balance : balance, account.digits);
    throw state(
      `account "${account.code}" has a ${balance < 0n ? 'credit' : 'debit'} balance of ${shown}: bring it to zero (a journal, a transfer or an allocation) before closing it`,
      { balance: shown, side: balance < 0n ? 'CREDIT' : 'DEBIT' },
    );
  }
}

/** Reopening undoes a close, nothing else. */
export function checkAccountCanReopen(account: { code: string; closed: boolean }): void {
  if (!account.closed) {
    throw new DomainError('INVALID_STATE', `account "${account.code}" is not closed`, { field: 'id', accountCode: account.code, status: 'OPEN' });
  }
}
