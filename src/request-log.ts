// One JSON log line per HTTP request (method, path, status, duration, request id), and the
// request id on the response and in every log line a resolver writes for that request.
import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from './logger.ts';

interface RequestInfo {
  reqId: string;
  started: number;
}

// a caller's own id (from a proxy or a client) is kept when it looks like an id
const CALLER_ID = /^[\w.:-]{1,128}$/;

export interface RequestLog {
  plugin: Plugin;
  /** the request's logger, carrying its id (for one it did not see, its x-request-id's; else none) */
  loggerFor(request: Request): Logger;
  /** the request's id (for one it did not see, its x-request-id when it looks like an id; else none) */
  idFor(request: Request): string | null;
  /** a plugin replaced `from` by `to` (the body limit, having read the body): same request id */
  carry(from: Request, to: Request): void;
}

export function requestLog(log: Logger): RequestLog {
  const seen = new WeakMap<Request, RequestInfo>();
  const idFor = (request: Request): string | null => {
    const info = seen.get(request);
    if (info) return info.reqId;
    // an operation that came another way (a WebSocket message) names its own id
    const given = request.headers.get('x-request-id');
    return given && CALLER_ID.test(given) ? given : null;
  };
  return {
    carry(from, to) {
      const info = seen.get(from);
      if (info) seen.set(to, info);
    },
    idFor,
    loggerFor(request) {
      const reqId = idFor(request);
      return reqId ? log.child({ reqId }) : log;
    },
    plugin: {
      onRequest({ request }) {
        const given = request.headers.get('x-request-id');
        seen.set(request, {
          reqId: given && CALLER_ID.test(given) ? given : randomUUID(),
          started: performance.now(),
        });
      },
      onResponse({ request, response }) {
        const info = seen.get(request);
        if (!info) return;
        response.headers.set('x-request-id', info.reqId);
        log.info(
          {
            reqId: info.reqId,
            method: request.method,
            path: new URL(request.url, 'http://localhost').pathname,
            status: response.status,
            durationMs: Math.round((performance.now() - info.started) * 10) / 10,
          },
          'request',
        );
      },
    },
  };
}
