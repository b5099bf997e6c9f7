// Foreign currency configuration: a book's exchange rates by date, and a ledger's control
// account per currency (model.md, "Foreign currency"). Both run through the command runner
// (transaction, idempotency, audit) and make cached posting contexts read the book again.
import { isIsoCurrency } from '../domain/currency.ts';
import { isCalendarDate } from '../domain/configuration.ts';
import { badInput, notFound } from '../domain/errors.ts';
import { parseRate } from '../domain/exchange.ts';
import type { Database, Tx } from '../db.ts';
import { requireCapability, type Actor, trailOf } from './access.ts';
import { recordAudit } from './audit.ts';
import { postingContexts } from './posting-context.ts';
import { runCommand } from './runner.ts';

export interface SetExchangeRateInput {
  bookId: string;
  currency: string;
  date: string;
  rate: string;
  idempotencyKey?: string | null;
}

function checkForeignCurrency(code: string, baseCurrency: string, field = 'currency'): string {
  const currency = code.trim().toUpperCase();
  if (!isIsoCurrency(currency)) throw badInput(`${field} "${code}" is not an ISO 4217 currency code such as "EUR"`, { field });
  if (currency === baseCurrency) {
    throw badInput(`${field} ${currency} is the book's base currency: its rate is always 1, so it takes no exchange rate`, { field });
  }
  return currency;
}

async function bookOf(tx: Tx, bookId: string) {
  const book = await tx.book.findUnique({ where: { id: bookId }, select: { id: true, baseCurrency: true } });
  if (!book) throw notFound(`No book ${bookId}`, { field: 'bookId' });
  return book;
}

/**
 * ADMIN: the rate of `currency` from `date` on (the rate of a day is the latest on or before
 * it): how many units of the base currency one unit buys. Setting a date's rate again
 * replaces it for postings from then on; entries already posted keep their base amounts.
 */
export function setExchangeRate(db: Database, actor: Actor, input: SetExchangeRateInput) {
  return runCommand(db, {
    bookId: input.bookId,
    scope: 'setExchangeRate',
    idempotencyKey: input.idempotencyKey,
    request: { bookId: input.bookId, currency: input.currency, date: input.date, rate: input.rate },
    authorize: (tx) => requireCapability(tx, actor, input.bookId, 'configure'),
    work: async (tx) => {
      const book = await bookOf(tx, input.bookId);
      const currency = checkForeignCurrency(input.currency, book.baseCurrency);
      if (!isCalendarDate(input.date)) throw badInput(`date "${input.date}" is not a calendar date (YYYY-MM-DD)`, { field: 'date' });
      const rate = parseRate(input.rate);
      const key = { bookId: book.id, currency, date: input.date };
      const before = await tx.exchangeRate.findUnique({ where: { bookId_currency_date: key } });
      const after = before
        ? await tx.exchangeRate.update({ where: { bookId_currency_date: key }, data: { rate: rate.text } })
        : await tx.exchangeRate.create({ data: { ...key, rate: rate.text } });
      await recordAudit(tx, {
        bookId: book.id, actorId: actor.userId, ...trailOf(actor), action: 'exchangeRate.set', entityType: 'ExchangeRate',
        entityId: `${currency}:${input.date}`, before: before ?? undefined, after,
      });
      return after;
    },
    resultOf: (rate) => `${rate.currency}:${rate.date}`,
    replay: async (kept) => {
      const [currency, date] = kept.split(':') as [string, string];
      return db.prisma.exchangeRate.findUniqueOrThrow({ where: { bookId_currency_date: { bookId: input.bookId, currency, date } } });
    },
    committed: () => postingContexts(db).invalidate(input.bookId),
  });
}

export interface SetLedgerControlAccountInput {
  ledgerId: string;
  currency: string;
  accountCode: string;
  idempotencyKey?: string | null;
}

/**
 * ADMIN: the control account of a ledger for one currency other than its own control
 * account's. Accounts of that currency created in the ledger are mirrored by it (their
 * control account is set to it), and so are those already there that have no entries.
 * Once set it is not replaced: the accounts it mirrors would no longer reconcile.
 */
export async function setLedgerControlAccount(db: Database, actor: Actor, input: SetLedgerControlAccountInput) {
  const found = await db.prisma.ledger.findUnique({ where: { id: input.ledgerId }, select: { bookId: true } });
  const unknown = notFound(`No ledger ${input.ledgerId}`, { field: 'ledgerId' });
  if (!found) throw unknown;
  const bookId = found.bookId;
  return runCommand(db, {
    bookId,
    scope: 'setLedgerControlAccount',
    idempotencyKey: input.idempotencyKey,
    request: { ledgerId: input.ledgerId, currency: input.currency, accountCode: input.accountCode },
    authorize: (tx) => requireCapability(tx, actor, bookId, 'configure', unknown),
    work: async (tx) => {
      const ledger = await tx.ledger.findUniqueOrThrow({ where: { id: input.ledgerId } });
      if (!ledger.updatesNominal || !ledger.controlAccountId) {
        throw badInput(
          `ledger ${ledger.code} has no ledger-wide control account: each of its accounts names its own (controlAccountCode at createAccount), in its own currency`,
          { field: 'ledgerId' },
        );
      }
      const main = await tx.account.findUniqueOrThrow({ where: { id: ledger.controlAccountId } });
      const currency = input.currency.trim().toUpperCase();
      if (!isIsoCurrency(currency)) throw badInput(`currency "${input.currency}" is not an ISO 4217 currency code such as "EUR"`, { field: 'currency' });
      if (currency === main.currency) {
        throw badInput(`ledger ${ledger.code}'s own control account ${main.code} is in ${currency} already: a per-currency control is for the other currencies`, {
          field: 'currency',
        });
      }
      const account = await tx.account.findUnique({ where: { bookId_code: { bookId, code: input.accountCode } }, include: { ledger: { select: { kind: true } } } });
      if (!account) throw notFound(`accountCode "${input.accountCode}" is not an account of this book`, { field: 'accountCode' });
      if (account.ledger.kind !== 'NOMINAL') {
        throw badInput(`accountCode "${account.code}" is not a nominal account: a control account is in the nominal ledger`, { field: 'accountCode' });
      }
      if (account.currency !== currency) {
        throw badInput(`accountCode "${account.code}" is in ${account.currency}, not ${currency}: create a nominal account in ${currency} to be the control`, {
          field: 'accountCode',
        });
      }
      const existing = await tx.ledgerControl.findUnique({ where: { ledgerId_currency: { ledgerId: ledger.id, currency } } });
      if (existing) {
        if (existing.accountId === account.id) return ledger;
        const current = await tx.account.findUniqueOrThrow({ where: { id: existing.accountId }, select: { code: true } });
        throw badInput(`ledger ${ledger.code} already keeps ${current.code} as its ${currency} control account; it is not replaced, or the accounts it mirrors would no longer reconcile`, {
          field: 'accountCode',
        });
      }
      if (!account.isControl) {
        if ((await tx.entry.count({ where: { accountId: account.id } })) > 0) {
          throw badInput(`accountCode "${account.code}" already has entries of its own: a control account may only be moved by its ledger; choose an unused nominal account`, {
            field: 'accountCode',
          });
        }
        const linesPostHere =
          (await tx.taxCode.count({ where: { accountId: account.id } })) +
          (await tx.ledger.count({ where: { defaultAnalysisAccountId: account.id } })) +
          (await tx.transactionTypeVersion.count({ where: { defaultAnalysisAccountId: account.id } }));
        if (linesPostHere > 0) {
          throw badInput(`accountCode "${account.code}" is a tax code's or a default analysis account, which lines post to directly: choose another nominal account`, {
            field: 'accountCode',
          });
        }
        await tx.account.update({ where: { id: account.id }, data: { isControl: true } });
      }
      const control = await tx.ledgerControl.create({ data: { ledgerId: ledger.id, currency, bookId, accountId: account.id } });
      // accounts of the currency already in the ledger, with no control of their own and nothing posted: mirrored from now on
      const waiting = await tx.account.findMany({ where: { bookId, ledgerId: ledger.id, currency, controlAccountId: null }, select: { id: true, code: true } });
      const adopted: string[] = [];
      for (const a of waiting) {
        if ((await tx.entry.count({ where: { accountId: a.id } })) > 0) continue;
        await tx.account.update({ where: { id: a.id }, data: { controlAccountId: account.id } });
        adopted.push(a.code);
      }
      await recordAudit(tx, {
        bookId, actorId: actor.userId, ...trailOf(actor), action: 'ledger.setControlAccount', entityType: 'Ledger', entityId: ledger.id,
        after: { ...control, accountCode: account.code, accountsAdopted: adopted },
      });
      return ledger;
    },
    resultOf: (ledger) => ledger.id,
    replay: (id) => db.prisma.ledger.findUniqueOrThrow({ where: { id } }),
    committed: () => postingContexts(db).invalidate(bookId),
  });
}

/** The control account a new account of `currency` in the ledger takes: the ledger's for that currency, if it keeps one. */
export async function ledgerControlFor(tx: Tx, ledgerId: string, currency: string): Promise<string | null> {
  const row = await tx.ledgerControl.findUnique({ where: { ledgerId_currency: { ledgerId, currency } }, select: { accountId: true } });
  return row?.accountId ?? null;
}
