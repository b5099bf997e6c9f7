// The `daybook` command: serve (default) and migrate.
import { ConfigError, describeDatabase, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';

// The server and the migrator are imported only once the configuration is known to be good:
// a mistake in the environment is reported at once, without loading the GraphQL schema.

async function main(command: string): Promise<void> {
  const config = loadConfig();
  if (command !== 'serve' && command !== 'migrate') {
    throw new ConfigError(`unknown command "${command}": use "daybook serve" or "daybook migrate"`);
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
  }
}

// Start-up failures are one line on stderr and exit code 1: the operator reads the cause,
// not a stack trace. LOG_LEVEL=debug adds the stack for the unexpected ones.
main(process.argv[2] ?? 'serve').catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`daybook: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  if (!(error instanceof ConfigError) && process.env.LOG_LEVEL === 'debug' && error instanceof Error) {
    process.stderr.write(`${error.stack}\n`);
  }
  process.exit(1);
});
