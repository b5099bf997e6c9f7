// docs/security.md against the code: its permission table is the matrix the permission test
// calls, its limits table names the variables and defaults config.ts has, and its curl for
// verifyAuditChain answers as shown, on SQLite and PostgreSQL.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { standardBook } from '../support/books.ts';
import { DEFAULT_LIMITS, loadConfig, type RequestLimits } from '../../src/config.ts';
import { permissionMatrixMarkdown } from '../../src/graphql/permission-matrix.ts';

const doc = readFileSync('docs/security.md', 'utf8');
const between = (name: string) => {
  const match = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(doc);
  if (!match) throw new Error(`docs/security.md has no ${name} markers`);
  return match[1]!;
};

const LIMIT_OF: Record<string, keyof RequestLimits> = {
  DAYBOOK_MAX_BODY_BYTES: 'maxBodyBytes',
  DAYBOOK_MAX_TOKENS: 'maxTokens',
  DAYBOOK_MAX_DEPTH: 'maxDepth',
  DAYBOOK_MAX_ALIASES: 'maxAliases',
  DAYBOOK_MAX_COST: 'maxCost',
  DAYBOOK_MAX_DIRECTIVES: 'maxDirectives',
  DAYBOOK_WS_MAX_PAYLOAD_BYTES: 'wsMaxPayloadBytes',
};

describe('docs/security.md', () => {
  it('holds the permission matrix as src/graphql/permission-matrix.ts prints it (regenerate: permissionMatrixMarkdown())', () => {
    expect(between('permission-matrix')).toBe(permissionMatrixMarkdown());
  });

  it('names each limit\'s variable with its default, and the variable sets it', () => {
    const rows = between('limits').split('\n').slice(2).map((line) => line.split('|').map((cell) => cell.trim()));
    const documented = rows.map(([, variable, fallback]) => [variable!.replaceAll('`', ''), Number(fallback)] as const);
    expect(documented.map(([variable]) => variable).sort()).toEqual(Object.keys(LIMIT_OF).sort());
    for (const [variable, fallback] of documented) {
      const key = LIMIT_OF[variable]!;
      expect(DEFAULT_LIMITS[key], variable).toBe(fallback);
      expect(loadConfig({ [variable]: '7' }).limits[key], variable).toBe(7);
    }
  });

  it('names the JWT variables config.ts reads', () => {
    const config = readFileSync('src/config.ts', 'utf8');
    const named = [...new Set(doc.match(/DAYBOOK_JWT_[A-Z_]+/g))];
    expect(named.sort()).toEqual(['DAYBOOK_JWT_AUDIENCE', 'DAYBOOK_JWT_ISSUER', 'DAYBOOK_JWT_JWKS_URL', 'DAYBOOK_JWT_SECRET', 'DAYBOOK_JWT_USER_CLAIM']);
    for (const variable of named) expect(config, variable).toContain(`${variable}:`);
  });
});

describe.each(databaseKinds())('docs/security.md\'s verifyAuditChain curl on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app);
  });
  afterAll(() => app?.close());

  it('answers as the guide shows', async () => {
    const section = doc.slice(doc.indexOf('## The audit log and how to verify it'));
    const body = /-d '([^']+)'/.exec(section)![1]!.replace('<bookId>', bookId);
    const shown = JSON.parse(/```json\n(.+)\n```/.exec(section)![1]!) as { data: { book: { verifyAuditChain: Record<string, unknown> } } };
    const response = await app.yoga.fetch('http://localhost:4000/graphql', {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body,
    });
    const answer = (await response.json()) as typeof shown;
    expect(answer).toEqual({ data: { book: { verifyAuditChain: { ...shown.data.book.verifyAuditChain, events: expect.any(Number) } } } });
    expect(answer.data.book.verifyAuditChain.events).toBeGreaterThan(0);
  });
});
