// Structured JSON log lines (pino): one logger, children carry the request id.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level = 'info'): Logger {
  return pino({ level, base: { service: 'daybook' } });
}
