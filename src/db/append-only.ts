// Recognises a refusal by the append-only triggers (prisma/*/migrations/*_append_only).
// Through Prisma the trigger's text is only in the driver error: better-sqlite3's adapter
// reports RAISE(ABORT) as a foreign-key violation (P2003) and drops the message.

const REFUSAL = /\bare append-only: /;

interface DriverErrorCarrier {
  meta?: { driverAdapterError?: { cause?: { originalMessage?: unknown } } };
  message?: unknown;
}

/** The trigger's message when `error` is an append-only refusal (Prisma or raw driver, either database), else null. */
export function appendOnlyRefusal(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const carrier = error as DriverErrorCarrier;
  for (const text of [carrier.meta?.driverAdapterError?.cause?.originalMessage, carrier.message]) {
    if (typeof text === 'string' && REFUSAL.test(text)) return text.slice(text.search(/\S+ are append-only: /)).split('\n')[0]!;
  }
  return null;
}
