// Ledger events, published after commit only (a rolled-back posting announces nothing).
// In one process an in-memory pub/sub; several instances would swap in a Redis event target.
import { createPubSub } from 'graphql-yoga';

export interface TransactionCommitted {
  transactionId: string;
}

export type LedgerPubSub = ReturnType<typeof createLedgerPubSub>;

export function createLedgerPubSub() {
  return createPubSub<{ transactionCommitted: [bookId: string, event: TransactionCommitted] }>();
}

/** The listener services call once their transaction has committed. */
export function committedListener(pubsub: LedgerPubSub) {
  return (transactionId: string, bookId: string) => pubsub.publish('transactionCommitted', bookId, { transactionId });
}
