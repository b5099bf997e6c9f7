// The STANDARD book template: a small business's ledgers, chart of accounts, tax codes,
// units and transaction types, as data. createBook({ template: STANDARD }) creates these
// rows in array order (each array only refers to rows created before it); docs/templates.md
// lists them. checkStandardTemplate() proves the data passes the configuration rules.

import {
  checkAccountControl,
  checkAccountTypeFitsLedger,
  checkCodeIsNew,
  checkLedgerNominalLink,
  checkPostingNominalAccount,
  checkTaxCode,
  checkTransactionTypeFlags,
  checkUnit,
  defaultNormalSide,
  normaliseCode,
  resolveBalanceLimit,
  type AccountFacts,
  type AccountType,
  type BalanceLimit,
  type LedgerKind,
  type PostingTemplate,
  type ResolvedTransactionTypeFlags,
  type Side,
  type TaxArea,
} from '../configuration.ts';

export interface TemplateLedger {
  code: string;
  name: string;
  kind: LedgerKind;
  updatesNominal: boolean;
  taxArea: TaxArea;
  /** code of the nominal account mirroring the whole ledger, when ledger-wide */
  controlAccount: string | null;
  defaultAnalysisAccount: string | null;
}

export interface TemplateAccount {
  code: string;
  name: string;
  /** code of the ledger it belongs to */
  ledger: string;
  type: AccountType;
  normalSide: Side;
  limit: BalanceLimit;
  /** its own control account, overriding the ledger's (each bank its nominal bank account) */
  controlAccount: string | null;
  /** null: the book's base currency */
  currency: string | null;
}

export interface TemplateUnit {
  code: string;
  name: string;
  decimals: number;
}

export interface TemplateTaxCode {
  code: string;
  name: string;
  /** percentage as a canonical decimal string: "20" is 20% */
  rate: string;
  area: Exclude<TaxArea, 'NONE'>;
  /** code of the nominal account the tax posts to */
  account: string;
}

export interface TemplateTransactionType extends ResolvedTransactionTypeFlags {
  code: string;
  name: string;
  ledger: string;
  controlAccount: string | null;
  defaultAnalysisAccount: string | null;
}

export interface StandardTemplate {
  /** the NOMINAL ledger comes first: the others' control accounts live in it */
  ledgers: readonly TemplateLedger[];
  /** nominal accounts first, then the subsidiary accounts every type needs to post */
  accounts: readonly TemplateAccount[];
  units: readonly TemplateUnit[];
  taxCodes: readonly TemplateTaxCode[];
  /** a type comes after the types it reads from */
  transactionTypes: readonly TemplateTransactionType[];
}

// ---------------------------------------------------------------------------- accounts

const nominalAccount = (code: string, name: string, type: AccountType): TemplateAccount => ({
  code,
  name,
  ledger: 'NL',
  type,
  normalSide: defaultNormalSide(type),
  limit: 'NONE',
  controlAccount: null,
  currency: null,
});

const subsidiaryAccount = (
  ledger: string,
  code: string,
  name: string,
  type: AccountType,
  controlAccount: string | null,
  limit: BalanceLimit = 'NONE',
): TemplateAccount => ({
  code,
  name,
  ledger,
  type,
  normalSide: defaultNormalSide(type),
  limit,
  controlAccount,
  currency: null,
});

const NOMINAL_ACCOUNTS: TemplateAccount[] = [
  nominalAccount('0030', 'Office equipment', 'ASSET'),
  nominalAccount('1001', 'Stock', 'ASSET'),
  nominalAccount('1100', 'Debtors control', 'ASSET'),
  nominalAccount('1200', 'Bank current account', 'ASSET'),
  nominalAccount('1210', 'Bank deposit account', 'ASSET'),
  nominalAccount('1230', 'Petty cash', 'ASSET'),
  nominalAccount('1250', 'Client money bank', 'ASSET'),
  nominalAccount('2100', 'Creditors control', 'LIABILITY'),
  nominalAccount('2200', 'VAT output (sales)', 'LIABILITY'),
  nominalAccount('2201', 'VAT input (purchases)', 'LIABILITY'),
  nominalAccount('2300', 'Client money held', 'LIABILITY'),
  nominalAccount('3000', 'Capital', 'EQUITY'),
  nominalAccount('3200', 'Retained earnings', 'EQUITY'),
  nominalAccount('4000', 'Sales', 'INCOME'),
  nominalAccount('4900', 'Other income', 'INCOME'),
  nominalAccount('5000', 'Purchases (cost of sales)', 'EXPENSE'),
  nominalAccount('5200', 'Stock value adjustments', 'EXPENSE'),
  nominalAccount('6000', 'Wages and salaries', 'EXPENSE'),
  nominalAccount('7100', 'Rent and rates', 'EXPENSE'),
  nominalAccount('7200', 'Light and heat', 'EXPENSE'),
  nominalAccount('7500', 'Office costs', 'EXPENSE'),
  nominalAccount('8000', 'Bank charges', 'EXPENSE'),
  nominalAccount('8100', 'Bad debts written off', 'EXPENSE'),
];

// customers, suppliers, clients and stock items are the user's own; banks let every type post
const SUBSIDIARY_ACCOUNTS: TemplateAccount[] = [
  subsidiaryAccount('CB', 'BANK1', 'Bank current account', 'BANK', '1200'),
  subsidiaryAccount('CB', 'BANK2', 'Bank deposit account', 'BANK', '1210'),
  subsidiaryAccount('CB', 'CASH1', 'Petty cash', 'CASH', '1230'),
  // the client bank may never be overdrawn: a debit-side account refusing a credit balance
  subsidiaryAccount('CL', 'CLIENTBANK', 'Client money bank account', 'BANK', null, 'NO_CREDIT_BALANCE'),
];

// ---------------------------------------------------------------------------- ledgers

const LEDGERS: TemplateLedger[] = [
  { code: 'NL', name: 'Nominal ledger', kind: 'NOMINAL', updatesNominal: false, taxArea: 'NONE', controlAccount: null, defaultAnalysisAccount: null },
  { code: 'SL', name: 'Sales ledger', kind: 'SALES', updatesNominal: true, taxArea: 'SALES', controlAccount: '1100', defaultAnalysisAccount: '4000' },
  { code: 'PL', name: 'Purchases ledger', kind: 'PURCHASES', updatesNominal: true, taxArea: 'PURCHASES', controlAccount: '2100', defaultAnalysisAccount: '5000' },
  // each bank or cash account names its own nominal account; sales tax codes for cash sales
  { code: 'CB', name: 'Cashbook', kind: 'CASHBOOK', updatesNominal: true, taxArea: 'SALES', controlAccount: null, defaultAnalysisAccount: null },
  // client money is kept apart from the business's; 1250/2300 are reconciled to it by journal
  { code: 'CL', name: 'Client ledger', kind: 'CLIENT', updatesNominal: false, taxArea: 'NONE', controlAccount: null, defaultAnalysisAccount: null },
  // quantities only; stock values reach the nominal ledger by journal (1001 / 5200)
  { code: 'ST', name: 'Stock book', kind: 'STOCK', updatesNominal: false, taxArea: 'NONE', controlAccount: null, defaultAnalysisAccount: null },
];

// ---------------------------------------------------------------------------- units and tax codes

const UNITS: TemplateUnit[] = [
  { code: 'EA', name: 'Each', decimals: 0 },
  { code: 'KG', name: 'Kilogram', decimals: 3 },
];

// sales codes post to VAT output, their purchase twins (prefixed P) to VAT input
const TAX_CODES: TemplateTaxCode[] = [
  { code: 'S', name: 'Standard rate (sales)', rate: '20', area: 'SALES', account: '2200' },
  { code: 'R', name: 'Reduced rate (sales)', rate: '5', area: 'SALES', account: '2200' },
  { code: 'Z', name: 'Zero rate (sales)', rate: '0', area: 'SALES', account: '2200' },
  { code: 'E', name: 'Exempt (sales)', rate: '0', area: 'SALES', account: '2200' },
  { code: 'PS', name: 'Standard rate (purchases)', rate: '20', area: 'PURCHASES', account: '2201' },
  { code: 'PR', name: 'Reduced rate (purchases)', rate: '5', area: 'PURCHASES', account: '2201' },
  { code: 'PZ', name: 'Zero rate (purchases)', rate: '0', area: 'PURCHASES', account: '2201' },
  { code: 'PE', name: 'Exempt (purchases)', rate: '0', area: 'PURCHASES', account: '2201' },
];

// ---------------------------------------------------------------------------- transaction types

const FLAGS_OFF = {
  posting: true,
  taxable: false,
  interLedgerCode: null,
  interAccount: false,
  usesStock: false,
  stockSide: null,
  allocates: false,
  readsFromCodes: [] as string[],
  requiresApproval: false,
  template: 'STANDARD' as PostingTemplate,
  controlAccount: null,
  defaultAnalysisAccount: null,
} as const;

type TypeFlags = Omit<TemplateTransactionType, 'code' | 'name' | 'ledger' | 'direction' | 'updatesNominal'>;

/** A type with every flag written out: the ones not given are off (see FLAGS_OFF). */
const transactionType = (
  ledger: TemplateLedger,
  code: string,
  name: string,
  direction: Side,
  flags: Partial<TypeFlags> = {},
): TemplateTransactionType => {
  const posting = flags.posting ?? true;
  return {
    ...FLAGS_OFF,
    readsFromCodes: [],
    ...flags,
    code,
    name,
    ledger: ledger.code,
    direction,
    // a posting type follows its ledger, so control accounts keep reconciling
    updatesNominal: posting && ledger.updatesNominal,
  };
};

const [NL, SL, PL, CB, CL, ST] = LEDGERS as [TemplateLedger, TemplateLedger, TemplateLedger, TemplateLedger, TemplateLedger, TemplateLedger];

const TRANSACTION_TYPES: TemplateTransactionType[] = [
  // sales: the customer is debited by invoices, credited by credit notes and receipts
  transactionType(SL, 'SO', 'Sales order', 'DEBIT', { posting: false, taxable: true }),
  transactionType(SL, 'SI', 'Sales invoice', 'DEBIT', { taxable: true, readsFromCodes: ['SO'] }),
  transactionType(SL, 'SC', 'Sales credit note', 'CREDIT', { taxable: true, allocates: true }),
  transactionType(SL, 'SR', 'Customer receipt', 'CREDIT', { interLedgerCode: 'CB', allocates: true, requiresApproval: true }),
  // purchases: the supplier is credited by invoices, debited by credit notes and payments
  transactionType(PL, 'PO', 'Purchase order', 'CREDIT', { posting: false, taxable: true }),
  transactionType(PL, 'PI', 'Purchase invoice', 'CREDIT', { taxable: true, readsFromCodes: ['PO'] }),
  transactionType(PL, 'PC', 'Purchase credit note', 'DEBIT', { taxable: true, allocates: true }),
  transactionType(PL, 'PP', 'Supplier payment', 'DEBIT', { interLedgerCode: 'CB', allocates: true, requiresApproval: true }),
  // cashbook: the account is the bank paid into (lodgement) or paying out (transfer)
  transactionType(CB, 'BL', 'Bank lodgement', 'DEBIT', { interAccount: true }),
  transactionType(CB, 'BT', 'Bank transfer', 'CREDIT', { interAccount: true }),
  // a sale paid at once: the bank (or till) is debited, sales and VAT credited; no debtor
  transactionType(CB, 'CS', 'Cash sale', 'DEBIT', { taxable: true, defaultAnalysisAccount: '4000' }),
  // nominal: lines name accounts and sides and must balance
  transactionType(NL, 'NJ', 'Nominal journal', 'DEBIT', { template: 'JOURNAL' }),
  // client money: the client account against the client bank, or against another client
  transactionType(CL, 'CR', 'Client receipt', 'CREDIT', { interAccount: true, requiresApproval: true }),
  transactionType(CL, 'CP', 'Client payment', 'DEBIT', { interAccount: true, requiresApproval: true }),
  transactionType(CL, 'CT', 'Client transfer', 'DEBIT', { interAccount: true, requiresApproval: true }),
  // stock book: lines name stock items and quantities; no money moves
  transactionType(ST, 'STR', 'Stock receipt', 'DEBIT', { usesStock: true, stockSide: 'DEBIT' }),
  transactionType(ST, 'STD', 'Stock dispatch', 'CREDIT', { usesStock: true, stockSide: 'CREDIT' }),
  transactionType(ST, 'STA', 'Stock adjustment in', 'DEBIT', { usesStock: true, stockSide: 'DEBIT' }),
  transactionType(ST, 'STW', 'Stock adjustment out (write-off)', 'CREDIT', { usesStock: true, stockSide: 'CREDIT' }),
];

export const STANDARD_TEMPLATE: StandardTemplate = {
  ledgers: LEDGERS,
  accounts: [...NOMINAL_ACCOUNTS, ...SUBSIDIARY_ACCOUNTS],
  units: UNITS,
  taxCodes: TAX_CODES,
  transactionTypes: TRANSACTION_TYPES,
};

/** The nominal accounts that serve as a control account: the service marks them isControl. */
export function controlAccountCodes(template: StandardTemplate = STANDARD_TEMPLATE): Set<string> {
  const codes = new Set<string>();
  for (const row of [...template.ledgers, ...template.accounts, ...template.transactionTypes]) {
    if (row.controlAccount !== null) codes.add(row.controlAccount);
  }
  return codes;
}

// ---------------------------------------------------------------------------- self-check

/**
 * Every problem with the template: codes that are invalid, repeated or dangling, references to
 * rows created later, and rows the configuration rules refuse. [] when the template is sound.
 */
export function checkStandardTemplate(template: StandardTemplate = STANDARD_TEMPLATE): string[] {
  const problems: string[] = [];
  const attempt = (where: string, check: () => void) => {
    try {
      check();
    } catch (error) {
      problems.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const controls = controlAccountCodes(template);
  const ledgers = new Map<string, TemplateLedger>();
  const accounts = new Map<string, TemplateAccount>();
  const accountRef = (code: string): AccountFacts => {
    const account = accounts.get(code);
    const ledger = account && ledgers.get(account.ledger);
    if (!account || !ledger) throw new Error(`account "${code}" is not defined before it is used`);
    return { code, ledgerKind: ledger.kind, isControl: controls.has(code) };
  };

  checkCodes(template, attempt);

  // ledgers come in creation order, but their control and analysis accounts are the nominal
  // ledger's, created right after it; so ledgers are checked once the nominal accounts exist
  for (const ledger of template.ledgers) ledgers.set(ledger.code, ledger);
  for (const account of template.accounts) {
    attempt(`account ${account.code}`, () => {
      const ledger = ledgers.get(account.ledger);
      if (!ledger) throw new Error(`ledger "${account.ledger}" is not defined`);
      checkAccountTypeFitsLedger(account.type, ledger.kind);
      if (account.limit !== resolveBalanceLimit(account.type, account.limit)) throw new Error('limit does not resolve to itself');
      const control = account.controlAccount === null ? undefined : accountRef(account.controlAccount);
      checkAccountControl({
        ledger: { ...ledger, controlAccountCode: ledger.controlAccount ?? undefined },
        controlAccount: control,
      });
    });
    accounts.set(account.code, account);
  }

  for (const ledger of template.ledgers) {
    attempt(`ledger ${ledger.code}`, () => {
      const control = ledger.controlAccount === null ? undefined : accountRef(ledger.controlAccount);
      const resolved = checkLedgerNominalLink({ kind: ledger.kind, updatesNominal: ledger.updatesNominal, controlAccount: control });
      if (resolved !== ledger.updatesNominal) throw new Error('updatesNominal does not resolve to itself');
      if (ledger.defaultAnalysisAccount !== null) {
        checkPostingNominalAccount(accountRef(ledger.defaultAnalysisAccount), 'defaultAnalysisAccountCode');
      }
    });
  }

  for (const unit of template.units) attempt(`unit ${unit.code}`, () => checkUnit(unit));

  for (const taxCode of template.taxCodes) {
    attempt(`tax code ${taxCode.code}`, () => {
      const { rate } = checkTaxCode({ rate: taxCode.rate, area: taxCode.area, account: accountRef(taxCode.account) });
      if (rate !== taxCode.rate) throw new Error(`rate "${taxCode.rate}" is not canonical ("${rate}")`);
    });
  }

  const typesSoFar: TemplateTransactionType[] = [];
  for (const type of template.transactionTypes) {
    attempt(`transaction type ${type.code}`, () => checkTemplateType(type, template, typesSoFar, ledgers, accountRef));
    typesSoFar.push(type);
  }
  return problems;
}

function checkCodes(template: StandardTemplate, attempt: (where: string, check: () => void) => void): void {
  const groups: [string, readonly { code: string }[]][] = [
    ['ledger', template.ledgers],
    ['account', template.accounts],
    ['unit', template.units],
    ['tax code', template.taxCodes],
    ['transaction type', template.transactionTypes],
  ];
  for (const [what, rows] of groups) {
    const seen: string[] = [];
    for (const { code } of rows) {
      attempt(`${what} ${code}`, () => {
        if (normaliseCode('code', code) !== code) throw new Error(`code "${code}" is not trimmed`);
        checkCodeIsNew('code', code, seen);
      });
      seen.push(code);
    }
  }
}

function checkTemplateType(
  type: TemplateTransactionType,
  template: StandardTemplate,
  typesSoFar: readonly TemplateTransactionType[],
  ledgers: ReadonlyMap<string, TemplateLedger>,
  accountRef: (code: string) => AccountFacts,
): void {
  const ledger = ledgers.get(type.ledger);
  if (!ledger) throw new Error(`ledger "${type.ledger}" is not defined`);
  const { controlAccount, defaultAnalysisAccount } = type;
  const flags: ResolvedTransactionTypeFlags = {
    direction: type.direction,
    posting: type.posting,
    updatesNominal: type.updatesNominal,
    taxable: type.taxable,
    interLedgerCode: type.interLedgerCode,
    interAccount: type.interAccount,
    usesStock: type.usesStock,
    stockSide: type.stockSide,
    allocates: type.allocates,
    readsFromCodes: type.readsFromCodes,
    requiresApproval: type.requiresApproval,
    template: type.template,
  };
  const resolved = checkTransactionTypeFlags(
    { ...flags, code: type.code, interLedgerCode: flags.interLedgerCode ?? undefined, stockSide: flags.stockSide ?? undefined },
    {
      ledger,
      bookHasStockLedger: template.ledgers.some((l) => l.kind === 'STOCK'),
      interLedger: flags.interLedgerCode === null ? undefined : ledgers.get(flags.interLedgerCode),
      readsFrom: typesSoFar.filter((t) => flags.readsFromCodes.includes(t.code)),
      taxCodesInArea: template.taxCodes.filter((t) => t.area === ledger.taxArea).length,
      controlAccount: controlAccount === null ? undefined : accountRef(controlAccount),
      defaultAnalysisAccount: defaultAnalysisAccount === null ? undefined : accountRef(defaultAnalysisAccount),
    },
  );
  // every flag is written out, so the rules must resolve each one to what the template says
  for (const flag of Object.keys(flags) as (keyof ResolvedTransactionTypeFlags)[]) {
    if (JSON.stringify(resolved[flag]) !== JSON.stringify(flags[flag])) {
      throw new Error(`${flag} is ${JSON.stringify(flags[flag])} but resolves to ${JSON.stringify(resolved[flag])}`);
    }
  }
  if (type.name.trim() === '') throw new Error('name is empty');
}
