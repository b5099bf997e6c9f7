// The `daybook` command: serve (default), migrate, check [--book ID], backup <file>.
import { ConfigError, describeDatabase, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';

// The server and the migrator are imported only once the configuration is known to be good:
// a mistake in the environment is reported at once, without loading the GraphQL schema.

const COMMANDS = ['serve', 'migrate', 'check', 'backup'];

/** `--book ID` or `--book=ID` among a command's arguments. */
function option(args: string[], name: string): string | undefined {
  for (const [i, arg] of args.entries()) {
    if (arg === `--${name}`) {
      const value = args[i + 1];
      if (!value || value.startsWith('--')) throw new ConfigError(`--${name} needs a value`);
      return value;
    }
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

async function main(command: string, args: string[]): Promise<void> {
  const config = loadConfig();
  if (!COMMANDS.includes(command)) {
    throw new ConfigError(`unknown command "${command}": use daybook serve, migrate, check [--book ID] or backup <file>`);
  }
  const log = createLogger(config.logLevel);
  switch (command) {
    case 'serve': {
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
      return;
    }
    case 'migrate': {
      const { applyMigrations } = await import('./db/migrate.ts');
      let applied: string[];
      try {
        applied = await applyMigrations(config.database, (message) => log.info(message));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`DATABASE_URL ${describeDatabase(config.database)}: ${reason}`, { cause: error });
      }
      log.info({ applied }, applied.length ? `applied ${applied.length} migrations` : 'database is up to date');
      return;
    }
    case 'check': {
      // exit 1 on any violation: a cron job or a CI step fails on a broken book
      const bookId = option(args, 'book');
      const { openDatabase } = await import('./db.ts');
      const { runIntegrityCheck } = await import('./services/integrity.ts');
      const db = await openDatabase(config.database);
      try {
        if (!(await runIntegrityCheck(db, bookId, (text) => process.stdout.write(text)))) process.exitCode = 1;
      } finally {
        await db.close();
      }
      return;
    }
    case 'backup': {
      const file = args.find((arg) => !arg.startsWith('--'));
      if (!file) throw new ConfigError('daybook backup needs the file to write: daybook backup ./backups/daybook-2026-12-04.db');
      const { backupSqlite } = await import('./services/backup.ts');
      const copy = await backupSqlite(config.database, file);
      process.stdout.write(`backed up ${describeDatabase(config.database)} to ${copy.file} (${copy.pages} pages, ${copy.bytes} bytes)\n`);
      return;
    }
  }
}

// Start-up failures are one line on stderr and exit code 1: the operator reads the cause,
// not a stack trace. LOG_LEVEL=debug adds the stack for the unexpected ones.
main(process.argv[2] ?? 'serve', process.argv.slice(3)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`daybook: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  if (!(error instanceof ConfigError) && process.env.LOG_LEVEL === 'debug' && error instanceof Error) {
    process.stderr.write(`${error.stack}\n`);
  }
  process.exit(1);
});
