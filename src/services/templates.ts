// What createBook fills a new book with, by template. The STANDARD template is data
// (src/domain/templates/standard.ts) applied through the same use-cases a user calls,
// inside createBook's transaction, so it obeys every configuration rule.
import { STANDARD_TEMPLATE, type StandardTemplate } from '../domain/templates/standard.ts';
import type { Tx } from '../db.ts';
import type { Actor } from './access.ts';
import {
  createAccountIn,
  createLedgerIn,
  createTaxCodeIn,
  createTransactionTypeIn,
  createUnitIn,
} from './configuration.ts';
import type { BookSetup } from './people.ts';

export async function applyTemplate(
  tx: Tx,
  actor: Actor,
  book: { id: string },
  template: StandardTemplate,
): Promise<void> {
  const bookId = book.id;
  const nominal = template.ledgers.filter((l) => l.kind === 'NOMINAL');
  const others = template.ledgers.filter((l) => l.kind !== 'NOMINAL');
  const nominalCodes = new Set(nominal.map((l) => l.code));
  const ledgerInput = (l: StandardTemplate['ledgers'][number]) => ({
    bookId,
    code: l.code,
    name: l.name,
    kind: l.kind,
    updatesNominal: l.updatesNominal,
    controlAccountCode: l.controlAccount,
    defaultAnalysisAccountCode: l.defaultAnalysisAccount,
    taxArea: l.taxArea,
  });
  const accountInput = (a: StandardTemplate['accounts'][number]) => ({
    bookId,
    ledgerCode: a.ledger,
    code: a.code,
    name: a.name,
    type: a.type,
    currency: a.currency,
    normalSide: a.normalSide,
    limit: a.limit,
    controlAccountCode: a.controlAccount,
  });
  // the nominal ledger and its chart come first: other ledgers name control accounts in it
  for (const ledger of nominal) await createLedgerIn(tx, actor, ledgerInput(ledger));
  for (const unit of template.units) await createUnitIn(tx, actor, { bookId, ...unit });
  for (const account of template.accounts.filter((a) => nominalCodes.has(a.ledger))) {
    await createAccountIn(tx, actor, accountInput(account));
  }
  for (const ledger of others) await createLedgerIn(tx, actor, ledgerInput(ledger));
  for (const account of template.accounts.filter((a) => !nominalCodes.has(a.ledger))) {
    await createAccountIn(tx, actor, accountInput(account));
  }
  for (const { account, ...taxCode } of template.taxCodes) {
    await createTaxCodeIn(tx, actor, { bookId, ...taxCode, accountCode: account });
  }
  for (const { ledger, controlAccount, defaultAnalysisAccount, ...type } of template.transactionTypes) {
    await createTransactionTypeIn(tx, actor, {
      bookId,
      ledgerCode: ledger,
      controlAccountCode: controlAccount,
      defaultAnalysisAccountCode: defaultAnalysisAccount,
      ...type,
    });
  }
}

export const bookTemplates: Record<'EMPTY' | 'STANDARD', BookSetup | undefined> = {
  EMPTY: undefined,
  STANDARD: (tx, actor, book) => applyTemplate(tx, actor, book, STANDARD_TEMPLATE),
};
