// The `daybook` command: serve (default) and migrate.
import { ConfigError, loadConfig } from './config.ts';
import { applyMigrations } from './db/migrate.ts';
import { createLogger } from './logger.ts';
import { startServer } from './server.ts';

async function main(command: string): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  switch (command) {
    case 'serve': {
      const running = await startServer(config, log);
      for (const signal of ['SIGTERM', 'SIGINT'] as const) {
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
      const applied = await applyMigrations(config.database);
      log.info({ applied }, applied.length ? 'migrations applied' : 'database is up to date');
      return;
    }
    default:
      throw new ConfigError(`unknown command "${command}": use "daybook serve" or "daybook migrate"`);
  }
}

main(process.argv[2] ?? 'serve').catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`daybook: ${error.message}\n`);
  } else {
    process.stderr.write(`daybook: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
