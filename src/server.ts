// Starts Daybook: config → migrations → first admin → HTTP. Shuts down gracefully.
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import type { Config } from './config.ts';
import { describeDatabase } from './config.ts';
import { openDatabase, type Database } from './db.ts';
import { applyMigrations } from './db/migrate.ts';
import type { Logger } from './logger.ts';
import { bootstrapAdmin } from './services/auth.ts';
import { createDaybook } from './yoga.ts';
import { writerOf } from './services/writer.ts';
import { serveWebSockets } from './websockets.ts';
import { createLedgerEvents } from './services/events.ts';
import { startDispatcher, type Dispatcher } from './services/dispatcher.ts';

export interface Running {
  server: Server;
  db: Database;
  url: string;
  dispatcher: Dispatcher;
  /** stops taking requests, finishes the ones in flight, closes the database; idempotent */
  stop(): Promise<void>;
}

/** A start-up failure caused by the database DATABASE_URL names: shown as one line. */
export class DatabaseUnavailableError extends Error {}

async function reachDatabase<T>(config: Config, step: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new DatabaseUnavailableError(
      `DATABASE_URL ${describeDatabase(config.database)}: ${step} failed: ${reason}`,
      { cause: error },
    );
  }
}

export async function prepareDatabase(config: Config, log: Logger): Promise<Database> {
  const applied = await reachDatabase(config, 'migrating', () => applyMigrations(config.database));
  if (applied.length) log.info({ migrations: applied }, 'applied migrations');
  const db = await reachDatabase(config, 'connecting', () => openDatabase(config.database));
  try {
    const admin = await bootstrapAdmin(db, config);
    if (admin?.generatedToken) {
      // shown once: the operator copies it; it is also in the token file (mode 0600)
      process.stdout.write(
        `\nFirst admin API key (shown once, also written to ${admin.tokenFile}):\n${admin.generatedToken}\n\n`,
      );
      log.info({ userId: admin.userId, tokenFile: resolve(admin.tokenFile!) }, 'first admin created');
    } else if (admin) {
      log.info({ userId: admin.userId }, 'first admin created with DAYBOOK_ADMIN_TOKEN');
    }
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

export async function startServer(config: Config, log: Logger): Promise<Running> {
  const db = await prepareDatabase(config, log);
  writerOf(db, config.writer);
  const events = createLedgerEvents(config.events.redisUrl, log);
  const dispatcher = await startDispatcher(db, events, config.events, log);
  const yoga = createDaybook(db, log, { events, eventsConfig: config.events, limits: config.limits, graphiql: config.graphiql, jwt: config.jwt, rateLimits: config.rateLimits });

  let stopping = false;
  let inFlight = 0;
  const server = createServer((req, res) => {
    inFlight++;
    // a request that arrives while stopping is still answered, on a connection that then closes
    if (stopping) res.setHeader('connection', 'close');
    res.once('close', () => {
      inFlight--;
      // its keep-alive connection is idle now: let server.close() finish
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
    void yoga(req, res);
  });

  try {
    await new Promise<void>((resolvePromise, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolvePromise();
      });
    });
  } catch (error) {
    await dispatcher.stop();
    await events.close();
    await db.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot listen on ${config.host}:${config.port} (PORT, HOST): ${reason}`, { cause: error });
  }
  // attached once listening: a busy port is then one clean line, not the WebSocket server's error too
  const websockets = serveWebSockets(server, yoga, db, log, config.limits);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}/graphql`;
  log.info(
    { url, port, database: config.database.kind, target: describeDatabase(config.database), events: config.events.redisUrl ? 'redis' : 'in-process' },
    'daybook is serving',
  );

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      log.info({ inFlight }, 'shutting down: finishing requests in flight');
      await websockets.dispose();
      const closed = new Promise<void>((resolvePromise) => server.close(() => resolvePromise()));
      server.closeIdleConnections();
      // a client that never finishes (a stuck upload, a stream) must not hold the process
      const grace = setTimeout(() => {
        log.warn({ inFlight, graceMs: config.shutdownGraceMs }, 'shutdown grace period over: closing connections');
        server.closeAllConnections();
      }, config.shutdownGraceMs);
      grace.unref();
      await closed;
      clearTimeout(grace);
      await yoga.dispose();
      await dispatcher.stop();
      await events.close();
      await db.close();
      log.info('stopped: requests finished, database closed');
    })());
  return { server, db, url, dispatcher, stop };
}
