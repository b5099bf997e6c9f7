// The command runner: every write use-case but the group-committed postings runs through
// here. It owns the database transaction, idempotency (one canonical request hash; a replay
// answers with the first result; a concurrent twin waits on the key and then replays; a key
// reused for another request is IDEMPOTENCY_KEY_REUSED), the retry of a transaction that
// could not start (nothing ran), and what is announced after commit. `runCommand` is for
// commands that take an idempotency key (allocate, requestReversal, post, void…);
// `runChange` for the rest (configuration, people, periods, webhooks, categories).
// Postings take the same idempotency rules through the writer (src/services/writer.ts).
import { DomainError } from '../domain/errors.ts';
import { inTransaction, type Database, type Prisma, type Tx } from '../db.ts';
import { requestHash } from './posting.ts';
import { isStartTimeout } from './writer.ts';

export interface Command<T> {
  /** the book the command writes to: idempotency keys are per book and scope */
  bookId: string;
  /** the use-case, e.g. "allocate": a key used for one use-case is free for another */
  scope: string;
  idempotencyKey?: string | null;
  /** what the canonical hash is taken of (the key itself is left out) */
  request: object;
  /** the caller's right to run it, checked first (before a replay reveals anything) */
  authorize: (tx: Tx) => Promise<unknown>;
  /** the work, inside the database transaction */
  work: (tx: Tx) => Promise<T>;
  /** what the idempotency record keeps of the result (ids) */
  resultOf: (result: T) => string;
  /** the first result again, from what the record kept */
  replay: (kept: string) => Promise<T>;
  /** after commit only, never for a replay */
  committed?: (result: T) => void;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

const keyReused = (key: string) =>
  new DomainError('IDEMPOTENCY_KEY_REUSED', `idempotencyKey "${key}" was already used for a different request; use a new key for a new request`, {
    field: 'idempotencyKey',
  });

export async function runCommand<T>(db: Database, command: Command<T>): Promise<T> {
  const key = command.idempotencyKey?.trim() || null;
  const hash = requestHash(command.request);
  const where = { bookId_scope_key: { bookId: command.bookId, scope: command.scope, key: key ?? '' } };
  const attempt = () =>
    inTransaction(db.prisma, async (tx): Promise<{ replayed: string } | { result: T }> => {
      await command.authorize(tx);
      if (key) {
        const record = await tx.idempotencyRecord.findUnique({ where });
        if (record) {
          if (record.requestHash !== hash) throw keyReused(key);
          return { replayed: record.resultId };
        }
        // claimed before the work: a concurrent twin waits on this key, then replays
        await tx.idempotencyRecord.create({ data: { bookId: command.bookId, scope: command.scope, key, requestHash: hash, resultId: '' } });
      }
      const result = await command.work(tx);
      if (key) await tx.idempotencyRecord.update({ where, data: { resultId: command.resultOf(result) } });
      return { result };
    });
  let outcome: { replayed: string } | { result: T };
  for (let tries = 0; ; tries++) {
    try {
      outcome = await attempt();
      break;
    } catch (error) {
      // the twin committed its claim first, or the transaction never started: nothing ran
      if (tries < 3 && ((key && isUniqueViolation(error)) || isStartTimeout(error))) continue;
      throw error;
    }
  }
  if ('replayed' in outcome) return command.replay(outcome.replayed);
  command.committed?.(outcome.result);
  return outcome.result;
}

/**
 * A change without an idempotency key, in one database transaction: retried when the
 * transaction could not start (nothing ran), `committed` called after commit only.
 */
export async function runChange<T>(prisma: Prisma, work: (tx: Tx) => Promise<T>, after: { committed?: (result: T) => void } = {}): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      const result = await inTransaction(prisma, work);
      after.committed?.(result);
      return result;
    } catch (error) {
      if (tries < 3 && isStartTimeout(error)) continue;
      throw error;
    }
  }
}
