// The reference web page at GET / (and its script at /app.js): a person pastes an API key
// and sees a book's trial balance, a statement and balances moving live (src/web/). Served
// by the same switch as GraphiQL (DAYBOOK_GRAPHIQL; on unless NODE_ENV=production), from
// files of this repository: no CDN, no build step.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'graphql-yoga';

const read = (name: string) => readFileSync(new URL(`./web/${name}`, import.meta.url), 'utf8');

const FILES: Record<string, { type: string; file: string }> = {
  '/': { type: 'text/html; charset=utf-8', file: 'index.html' },
  '/index.html': { type: 'text/html; charset=utf-8', file: 'index.html' },
  '/app.js': { type: 'text/javascript; charset=utf-8', file: 'app.js' },
};

/** The page's own rules: scripts, styles and requests from this origin only. */
const CSP = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function webPage(): Plugin {
  const bodies = new Map<string, string>();
  return {
    onRequest({ request, url, endResponse }) {
      const served = FILES[url.pathname];
      if (!served || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      let body = bodies.get(served.file);
      if (body === undefined) bodies.set(served.file, (body = read(served.file)));
      endResponse(
        new Response(request.method === 'HEAD' ? null : body, {
          headers: { 'content-type': served.type, 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' },
        }),
      );
    },
  };
}
