// Starts Daybook: config → migrations → first admin → HTTP. Shuts down gracefully.
import { createServer, type Server } from 'node:http';
import type { Config } from './config.ts';
import { redact } from './config.ts';
import { openDatabase, type Database } from './db.ts';
import { applyMigrations } from './db/migrate.ts';
import type { Logger } from './logger.ts';
import { bootstrapAdmin } from './services/auth.ts';
import { createDaybook } from './yoga.ts';
import { serveWebSockets } from './websockets.ts';

export interface Running {
  server: Server;
  db: Database;
  url: string;
  stop(): Promise<void>;
}

export async function prepareDatabase(config: Config, log: Logger): Promise<Database> {
  const applied = await applyMigrations(config.database);
  if (applied.length) log.info({ migrations: applied }, 'applied migrations');
  const db = await openDatabase(config.database);
  const admin = await bootstrapAdmin(db.prisma, config);
  if (admin?.generatedToken) {
    // shown once: the operator copies it; it is also in the token file (mode 0600)
    process.stdout.write(
      `\nFirst admin API key (shown once, also written to ${admin.tokenFile}):\n${admin.generatedToken}\n\n`,
    );
  } else if (admin) {
    log.info({ userId: admin.userId }, 'first admin created with DAYBOOK_ADMIN_TOKEN');
  }
  return db;
}

export async function startServer(config: Config, log: Logger): Promise<Running> {
  const db = await prepareDatabase(config, log);
  const yoga = createDaybook(db, log);
  const server = createServer(yoga);
  const websockets = serveWebSockets(server, yoga);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}/graphql`;
  const target = config.database.kind === 'sqlite' ? config.database.file : redact(config.database.url);
  log.info({ url, database: config.database.kind, target }, 'daybook is serving');

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      log.info('shutting down: finishing requests');
      await websockets.dispose();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await db.close();
      log.info('stopped');
    })());
  return { server, db, url, stop };
}
