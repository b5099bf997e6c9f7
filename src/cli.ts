// The `daybook` command (commander): serve, migrate, init, user, key, import, export, check, backup.
// Exit codes: 0 ok, 1 refused (the input, the book or the environment said no), 2 usage.
// Commands act on the database of DATABASE_URL (or --database) through the services, as the
// system admin or the user of --key; with --url and a key they ask a running server instead.
import { Command, CommanderError, Option } from 'commander';
import { ConfigError, loadConfig } from './config.ts';
import { DomainError } from './domain/errors.ts';
import { createLogger } from './logger.ts';
import {
  EXIT,
  RefusedError,
  UsageError,
  dateOption,
  remoteOf,
  report,
  requireOption,
  withDirect,
  writeOutput,
  type GlobalOptions,
} from './cli/common.ts';

// The server, the services and the migrator are imported by the commands that need them: a
// mistake in the environment or the arguments is reported at once, without loading the schema.

const program = new Command('daybook')
  .description('Daybook: double-entry bookkeeping as a GraphQL service, and its command line')
  .addOption(new Option('--json', 'print results as JSON (for scripts)'))
  .addOption(new Option('--database <url>', 'the database: file:./data/daybook.db or postgres://… (default: DATABASE_URL)'))
  .addOption(new Option('--url <url>', 'ask a running server instead, e.g. http://localhost:4000/graphql (needs --key)'))
  .addOption(new Option('--key <key>', 'the API key to act with (default: DAYBOOK_API_KEY; without one, direct commands act as the system admin)'))
  .showHelpAfterError('(add --help for usage)')
  .exitOverride()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) })
  .addHelpText(
    'after',
    `
Exit codes: 0 ok, 1 refused (bad input, a refusal by the book, an unreachable database), 2 usage.
Every command has --help. The CLI reference: docs/cli.md.`,
  );

const globals = (): GlobalOptions => program.opts<GlobalOptions>();

// ------------------------------------------------------------------ serve, migrate

program
  .command('serve', { isDefault: true })
  .description('start the GraphQL server (PORT, HOST, DATABASE_URL…; see docs/operations.md)')
  .action(async () => {
    const config = loadConfig();
    if (globals().database) config.database = (await import('./config.ts')).parseDatabaseUrl(globals().database!);
    const log = createLogger(config.logLevel);
    const { startServer } = await import('./server.ts');
    const running = await startServer(config, log);
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      // once: a second Ctrl-C or SIGTERM ends the process at once
      process.once(signal, () => {
        log.info({ signal }, 'signal received');
        running.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            log.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      });
    }
    await new Promise(() => {}); // serves until a signal
  });

program
  .command('migrate')
  .description('apply the database migrations of this version (serve does it too)')
  .action(async () => {
    const config = loadConfig();
    if (globals().database) config.database = (await import('./config.ts')).parseDatabaseUrl(globals().database!);
    const log = createLogger(config.logLevel);
    const { applyMigrations } = await import('./db/migrate.ts');
    const { describeDatabase } = await import('./config.ts');
    let applied: string[];
    try {
      applied = await applyMigrations(config.database, (message) => log.info(message));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new ConfigError(`DATABASE_URL ${describeDatabase(config.database)}: ${reason}`);
    }
    log.info({ applied }, applied.length ? `applied ${applied.length} migrations` : 'database is up to date');
  });

// ------------------------------------------------------------------------------ init

program
  .command('init')
  .description('create a book (you become its ADMIN) and print its id')
  .requiredOption('--name <name>', 'the book\'s name')
  .option('--currency <code>', 'its base currency (ISO 4217)', 'GBP')
  .addOption(new Option('--template <template>', 'EMPTY, or STANDARD: ledgers, a chart of accounts, tax codes and transaction types').choices(['EMPTY', 'STANDARD']).default('STANDARD'))
  .action(async (options: { name: string; currency: string; template: 'EMPTY' | 'STANDARD' }) => {
    const g = globals();
    let book: { id: string; name: string; baseCurrency: string };
    if (g.url) {
      const data = await remoteOf(g).request<{ createBook: typeof book }>(
        `mutation ($input: CreateBookInput!) { createBook(input: $input) { id name baseCurrency } }`,
        { input: { name: options.name, baseCurrency: options.currency, template: options.template } },
      );
      book = data.createBook;
    } else {
      book = await withDirect(g, 'init', async ({ db, actor }) => {
        const { createBook } = await import('./services/people.ts');
        const { bookTemplates } = await import('./services/templates.ts');
        const created = await createBook(db.prisma, actor, { name: options.name, baseCurrency: options.currency }, bookTemplates[options.template]);
        return { id: created.id, name: created.name, baseCurrency: created.baseCurrency };
      });
    }
    report(g, { ...book, template: options.template }, () => book.id);
  });

// ------------------------------------------------------------------------------ user

const user = program.command('user').description('people who may use Daybook');
user
  .command('create')
  .description('create a user (and, with --key-for-user, an API key for them) and print the id')
  .requiredOption('--name <name>', 'their name')
  .option('--email <email>', 'their email')
  .option('--book <bookId>', 'make them a member of this book')
  .addOption(new Option('--role <role>', 'their role in --book').choices(['VIEWER', 'AUDITOR', 'EDITOR', 'APPROVER', 'ADMIN']).default('EDITOR'))
  .option('--with-key', 'also create an API key for them (its secret is shown once)')
  .action(async (options: { name: string; email?: string; book?: string; role: string; withKey?: boolean }) => {
    const g = globals();
    let result: { id: string; name: string; email: string | null; key?: { id: string; secret: string } };
    if (g.url) {
      const remote = remoteOf(g);
      const data = await remote.request<{ createUser: { id: string; name: string; email: string | null } }>(
        `mutation ($input: CreateUserInput!) { createUser(input: $input) { id name email } }`,
        { input: { name: options.name, ...(options.email ? { email: options.email } : {}) } },
      );
      result = data.createUser;
      if (options.book) {
        await remote.request(`mutation ($input: SetMembershipInput!) { setMembership(input: $input) { role } }`, {
          input: { bookId: options.book, userId: result.id, role: options.role },
        });
      }
      if (options.withKey) {
        const key = await remote.request<{ createApiKey: { id: string; secret: string } }>(
          `mutation ($userId: ID!) { createApiKey(userId: $userId) { id secret } }`,
          { userId: result.id },
        );
        result.key = key.createApiKey;
      }
    } else {
      result = await withDirect(g, 'user create', async ({ db, actor }) => {
        const people = await import('./services/people.ts');
        const created = await people.createUser(db.prisma, actor, { name: options.name, email: options.email ?? null });
        if (options.book) await people.setMembership(db.prisma, actor, { bookId: options.book, userId: created.id, role: options.role as never });
        const key = options.withKey ? await people.createApiKey(db.prisma, actor, { userId: created.id }) : undefined;
        return { id: created.id, name: created.name, email: created.email, ...(key ? { key } : {}) };
      });
    }
    report(g, result, () => (result.key ? `${result.id}\nAPI key ${result.key.id} (shown once):\n${result.key.secret}` : result.id));
  });

// ------------------------------------------------------------------------------- key

const key = program.command('key').description('API keys: a secret shown once; only its hash is stored');
key
  .command('create')
  .description('create an API key for a user (default: yourself) and print its secret once')
  .option('--user <userId>', 'whose key (default: the acting user)')
  .action(async (options: { user?: string }) => {
    const g = globals();
    let result: { id: string; userId: string; secret: string };
    if (g.url) {
      const remote = remoteOf(g);
      const userId = options.user ?? (await remote.request<{ me: { id: string } }>(`{ me { id } }`)).me.id;
      const data = await remote.request<{ createApiKey: { id: string; secret: string } }>(
        `mutation ($userId: ID!) { createApiKey(userId: $userId) { id secret } }`,
        { userId },
      );
      result = { ...data.createApiKey, userId };
    } else {
      result = await withDirect(g, 'key create', async ({ db, actor }) => {
        const { createApiKey } = await import('./services/people.ts');
        const userId = options.user ?? actor.userId;
        return { userId, ...(await createApiKey(db.prisma, actor, { userId })) };
      });
    }
    report(g, result, () => result.secret);
  });

key
  .command('list')
  .description('list API keys (ids, users, created, last used, revoked; never secrets)')
  .option('--user <userId>', 'only this user\'s keys (default: all keys, for the system admin; else your own)')
  .action(async (options: { user?: string }) => {
    const g = globals();
    const keys = await withDirect(g, 'key list', async ({ db, actor }) => {
      const userId = actor.isSystemAdmin ? options.user : actor.userId;
      if (!actor.isSystemAdmin && options.user && options.user !== actor.userId) {
        throw new DomainError('FORBIDDEN', 'Only the system admin may list other users\' keys');
      }
      const rows = await db.prisma.apiKey.findMany({
        where: userId ? { userId } : {},
        orderBy: { createdAt: 'asc' },
        take: 10_000,
        select: { id: true, createdAt: true, lastUsedAt: true, revokedAt: true, user: { select: { id: true, name: true } } },
      });
      return rows.map((k) => ({
        id: k.id,
        userId: k.user.id,
        user: k.user.name,
        createdAt: k.createdAt.toISOString(),
        lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
        revokedAt: k.revokedAt?.toISOString() ?? null,
      }));
    });
    report(g, keys, () =>
      keys.length ? keys.map((k) => `${k.id}  ${k.user}  created ${k.createdAt}${k.revokedAt ? `  revoked ${k.revokedAt}` : ''}`).join('\n') : 'no keys',
    );
  });

key
  .command('revoke')
  .description('revoke an API key: requests with it are refused from now on')
  .argument('<keyId>', 'the key\'s id (key list shows them)')
  .action(async (keyId: string) => {
    const g = globals();
    if (g.url) {
      await remoteOf(g).request(`mutation ($id: ID!) { revokeApiKey(id: $id) }`, { id: keyId });
    } else {
      await withDirect(g, 'key revoke', async ({ db, actor }) => {
        const { revokeApiKey } = await import('./services/people.ts');
        await revokeApiKey(db.prisma, actor, keyId);
      });
    }
    report(g, { id: keyId, revoked: true }, () => `revoked ${keyId}`);
  });

// ---------------------------------------------------------------------------- import

const importCommand = program
  .command('import')
  .description('import CSV files: accounts, opening balances, transactions (columns: docs/cli.md, samples: docs/examples/)');

const importOptions = (command: Command) =>
  command
    .requiredOption('--book <bookId>', 'the book to import into')
    .option('--dry-run', 'check every row (line, column, reason) and write nothing')
    .option('--no-progress', 'no progress bar (it shows on a terminal for long files)');

async function runImport(kind: 'accounts' | 'opening-balances' | 'transactions', file: string, options: Record<string, unknown>) {
  const g = globals();
  const imports = await import('./cli/import.ts');
  const merged = { ...g, ...options, book: options.book as string, progress: options.progress === false ? false : undefined };
  const run =
    kind === 'accounts'
      ? imports.importAccounts
      : kind === 'transactions'
        ? imports.importTransactions
        : (f: string, o: typeof merged) => imports.importOpeningBalances(f, { ...o, date: dateOption('--date', requireOption('--date', options.date as string | undefined)) });
  try {
    const result = await run(file, merged);
    report(g, result, () => {
      const what = kind === 'accounts' ? 'accounts' : kind === 'transactions' ? 'transactions' : 'opening balance journals';
      if (result.dryRun) return `${file}: ${result.rows} rows, no problems (dry run: nothing written)`;
      const partial = result.problems.length ? `\n${result.problems.length} rows refused:\n${imports.describeProblems(result.problems)}` : '';
      return `${file}: ${result.created} ${what} imported, ${result.skipped} already there${partial}`;
    });
  } catch (error) {
    if (error instanceof imports.ImportRefused) {
      if (g.json) process.stdout.write(JSON.stringify(error.result, null, 2) + '\n');
      else process.stderr.write(imports.describeProblems(error.result.problems) + '\n');
    }
    throw error;
  }
}

importOptions(importCommand.command('accounts'))
  .description('a chart of accounts, customers, suppliers: ledger,code,name,type[,currency,normal_side,limit,control_account]')
  .argument('<file>', 'the CSV file')
  .option('--partial', 'keep the good rows when some are refused (default: all or nothing)')
  .action((file: string, options: Record<string, unknown>) => runImport('accounts', file, options));

importOptions(importCommand.command('opening-balances'))
  .description('balances brought forward as one balanced journal: account,debit,credit[,description]')
  .argument('<file>', 'the CSV file')
  .requiredOption('--date <date>', 'the date the balances stand at (YYYY-MM-DD), e.g. the last day of the previous year')
  .action((file: string, options: Record<string, unknown>) => runImport('opening-balances', file, options));

importOptions(importCommand.command('transactions'))
  .description('invoices, receipts, journals…: one row per line, grouped by the document column; all or nothing, idempotent on a rerun')
  .argument('<file>', 'the CSV file')
  .option('--partial', 'keep the good documents when some are refused (default: all or nothing)')
  .action((file: string, options: Record<string, unknown>) => runImport('transactions', file, options));

// ---------------------------------------------------------------------------- export

const exportCommand = program
  .command('export')
  .description('files for an accountant: trial balance, statements, aged balances, tax summary, journal (CSV), audit file (JSON lines)');

const withOut = (command: Command) =>
  command.requiredOption('--book <bookId>', 'the book').option('-o, --out <file>', 'write to this file (default: stdout)');

async function exportTo(what: string, out: string | undefined, make: (direct: import('./cli/common.ts').Direct) => Promise<string>) {
  const text = await withDirect(globals(), `export ${what}`, make);
  writeOutput(out, text);
  if (out && out !== '-') process.stderr.write(`wrote ${out}\n`);
}

withOut(exportCommand.command('trial-balance'))
  .description('the trial balance: code,name,debit,credit and the totals')
  .option('--as-of <date>', 'at the end of this day (default: now)')
  .option('--currency <code>', 'the accounts of this currency (default: the book\'s)')
  .action(async (o: { book: string; out?: string; asOf?: string; currency?: string }) => {
    const asOf = dateOption('--as-of', o.asOf);
    const { trialBalanceCsv } = await import('./cli/export.ts');
    await exportTo('trial-balance', o.out, (d) => trialBalanceCsv(d, o.book, asOf, o.currency));
  });

withOut(exportCommand.command('statement'))
  .description('an account\'s statement: opening balance, entries with a running balance, closing balance')
  .requiredOption('--account <code>', 'the account code')
  .requiredOption('--from <date>', 'first day (YYYY-MM-DD)')
  .requiredOption('--to <date>', 'last day (YYYY-MM-DD)')
  .action(async (o: { book: string; out?: string; account: string; from: string; to: string }) => {
    const from = dateOption('--from', o.from)!;
    const to = dateOption('--to', o.to)!;
    const g = globals();
    if (g.url) {
      // the server's statement.csv: the same file
      const path = `/books/${encodeURIComponent(o.book)}/accounts/${encodeURIComponent(o.account)}/statement.csv?from=${from}&to=${to}`;
      writeOutput(o.out, await remoteOf(g).get(path));
      return;
    }
    const { statementCsvOf } = await import('./cli/export.ts');
    await exportTo('statement', o.out, (d) => statementCsvOf(d, o.book, o.account, from, to));
  });

withOut(exportCommand.command('aged'))
  .description('aged balances of a ledger (SL receivables, PL payables) by days past due')
  .option('--ledger <code>', 'the ledger', 'SL')
  .requiredOption('--as-of <date>', 'at the end of this day (YYYY-MM-DD)')
  .option('--currency <code>', 'the items of this currency (default: the book\'s)')
  .action(async (o: { book: string; out?: string; ledger: string; asOf: string; currency?: string }) => {
    const asOf = dateOption('--as-of', o.asOf)!;
    const { agedCsv } = await import('./cli/export.ts');
    await exportTo('aged', o.out, (d) => agedCsv(d, o.book, o.ledger, asOf, o.currency));
  });

withOut(exportCommand.command('tax-summary'))
  .description('net and tax per tax code for the period (the VAT return\'s figures)')
  .requiredOption('--from <date>', 'first day (YYYY-MM-DD)')
  .requiredOption('--to <date>', 'last day (YYYY-MM-DD)')
  .action(async (o: { book: string; out?: string; from: string; to: string }) => {
    const from = dateOption('--from', o.from)!;
    const to = dateOption('--to', o.to)!;
    const { taxSummaryCsv } = await import('./cli/export.ts');
    await exportTo('tax-summary', o.out, (d) => taxSummaryCsv(d, o.book, from, to));
  });

withOut(exportCommand.command('journal'))
  .description('the entries of a period: one row per entry (date, transaction, account, debit, credit)')
  .requiredOption('--from <date>', 'first day (YYYY-MM-DD)')
  .requiredOption('--to <date>', 'last day (YYYY-MM-DD)')
  .action(async (o: { book: string; out?: string; from: string; to: string }) => {
    const from = dateOption('--from', o.from)!;
    const to = dateOption('--to', o.to)!;
    const { journalCsv } = await import('./cli/export.ts');
    await exportTo('journal', o.out, (d) => journalCsv(d, o.book, from, to));
  });

withOut(exportCommand.command('audit'))
  .description('the audit file: every transaction of the range with its entries, one JSON object per line')
  .requiredOption('--from <date>', 'first day (YYYY-MM-DD)')
  .requiredOption('--to <date>', 'last day (YYYY-MM-DD)')
  .action(async (o: { book: string; out?: string; from: string; to: string }) => {
    const from = dateOption('--from', o.from)!;
    const to = dateOption('--to', o.to)!;
    const { auditJsonLines } = await import('./cli/export.ts');
    const chunks: string[] = [];
    const count = await withDirect(globals(), 'export audit', (d) => auditJsonLines(d, o.book, from, to, (line) => chunks.push(line)));
    writeOutput(o.out, chunks.join(''));
    if (o.out && o.out !== '-') process.stderr.write(`wrote ${count} transactions to ${o.out}\n`);
  });

// ------------------------------------------------------------------------ check, backup

program
  .command('check')
  .description('verify every invariant over the stored rows (docs/operations.md); exit 1 on any violation')
  .option('--book <id>', 'one book (default: every book)')
  .action(async (o: { book?: string }) => {
    const config = loadConfig();
    if (globals().database) config.database = (await import('./config.ts')).parseDatabaseUrl(globals().database!);
    const { openDatabase } = await import('./db.ts');
    const { runIntegrityCheck } = await import('./services/integrity.ts');
    const db = await openDatabase(config.database);
    try {
      // exit 1 on any violation: a cron job or a CI step fails on a broken book
      if (!(await runIntegrityCheck(db, o.book, (text) => process.stdout.write(text)))) process.exitCode = EXIT.refused;
    } finally {
      await db.close();
    }
  });

program
  .command('backup')
  .description('a consistent online copy of the SQLite database, taken while it serves')
  .argument('<file>', 'the file to write (never overwritten), e.g. ./backups/daybook-2026-12-04.db')
  .action(async (file: string) => {
    const config = loadConfig();
    if (globals().database) config.database = (await import('./config.ts')).parseDatabaseUrl(globals().database!);
    const { describeDatabase } = await import('./config.ts');
    const { backupSqlite } = await import('./services/backup.ts');
    const copy = await backupSqlite(config.database, file);
    process.stdout.write(`backed up ${describeDatabase(config.database)} to ${copy.file} (${copy.pages} pages, ${copy.bytes} bytes)\n`);
  });

// ------------------------------------------------------------------------------ run

// Every command has --help; help output goes to stdout and exits 0.
for (const command of [program, ...allCommands(program)]) {
  command.exitOverride().configureOutput({ writeErr: (text) => process.stderr.write(text) }).showHelpAfterError('(add --help for usage)');
}

function allCommands(command: Command): Command[] {
  return command.commands.flatMap((c) => [c, ...allCommands(c)]);
}

/** One line on stderr and the exit code: 2 usage, 1 refused; LOG_LEVEL=debug adds the stack of an unexpected error. */
function fail(error: unknown): never {
  if (error instanceof CommanderError) {
    // help and --version are "errors" to exitOverride: exit 0 with what commander printed
    process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage);
  }
  const message = error instanceof Error ? error.message : String(error);
  const json = program.opts<GlobalOptions>().json;
  const code =
    error instanceof DomainError ? error.code : error instanceof RefusedError ? error.code : error instanceof UsageError ? 'USAGE' : undefined;
  if (json && code && !(error instanceof RefusedError && error.details)) {
    process.stdout.write(JSON.stringify({ error: { code, message } }, null, 2) + '\n');
  }
  // the import's refusals keep their lines (one problem per line); other messages are one line
  const text = error instanceof RefusedError && message.includes('\nline ') ? message : message.replace(/\s*\n\s*/g, ' ');
  process.stderr.write(`daybook: ${text}${code && code !== 'USAGE' && !(error instanceof RefusedError) ? ` (${code})` : ''}\n`);
  if (!(error instanceof ConfigError) && !code && process.env.LOG_LEVEL === 'debug' && error instanceof Error) {
    process.stderr.write(`${error.stack}\n`);
  }
  process.exit(error instanceof UsageError ? EXIT.usage : EXIT.refused);
}

program.parseAsync(process.argv).then(
  () => {
    // serve keeps running; every other command is done
  },
  fail,
);
