// JWT bearer tokens from an identity provider (src/services/jwt.ts): verified with jose against
// a shared secret (HS256) or a JWKS served here on 127.0.0.1 (no network), issuer, audience and
// expiry checked, the claim naming a Daybook user by email or id. A bad, expired or foreign
// token is UNAUTHENTICATED; API keys keep working beside them.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sse } from '../support/sse.ts';
import { ADMIN_TOKEN, createTestApp, databaseKinds, type TestApp } from '../support/app.ts';
import { AddMember, AddUser, standardBook } from '../support/books.ts';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import { createDaybook, type Daybook } from '../../src/yoga.ts';

const SECRET = 'a-shared-secret-of-at-least-thirty-two-characters';
const ISSUER = 'https://id.example.test/';
const AUDIENCE = 'daybook';

interface Answer {
  status: number;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function call(yoga: Daybook, query: string, token: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await yoga.fetch('http://daybook.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}
const codeOf = (a: Answer) => a.body.errors?.[0]?.extensions?.code;

const hs256 = (claims: Record<string, unknown>, options: { secret?: string; exp?: number | null; iss?: string; aud?: string } = {}) => {
  let jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setIssuer(options.iss ?? ISSUER).setAudience(options.aud ?? AUDIENCE);
  if (options.exp !== null) jwt = jwt.setExpirationTime(options.exp ?? '10m');
  return jwt.sign(new TextEncoder().encode(options.secret ?? SECRET));
};

describe('JWT configuration', () => {
  it('is off by default; the user claim defaults to sub', () => {
    expect(loadConfig({}).jwt).toBeNull();
    expect(loadConfig({ DAYBOOK_JWT_SECRET: SECRET }).jwt).toEqual({ secret: SECRET, userClaim: 'sub' });
    expect(loadConfig({ DAYBOOK_JWT_SECRET: SECRET, DAYBOOK_JWT_USER_CLAIM: 'email', DAYBOOK_JWT_ISSUER: ISSUER }).jwt).toEqual({ secret: SECRET, issuer: ISSUER, userClaim: 'email' });
  });

  it('refuses a short secret, both a secret and a JWKS, a JWKS without issuer and audience, an issuer alone', () => {
    expect(() => loadConfig({ DAYBOOK_JWT_SECRET: 'short' })).toThrow(/DAYBOOK_JWT_SECRET must be at least 32/);
    expect(() => loadConfig({ DAYBOOK_JWT_SECRET: SECRET, DAYBOOK_JWT_JWKS_URL: 'https://id.example.test/jwks' })).toThrow(ConfigError);
    expect(() => loadConfig({ DAYBOOK_JWT_JWKS_URL: 'https://id.example.test/jwks' })).toThrow(/needs DAYBOOK_JWT_ISSUER and DAYBOOK_JWT_AUDIENCE/);
    expect(() => loadConfig({ DAYBOOK_JWT_JWKS_URL: 'not a url', DAYBOOK_JWT_ISSUER: ISSUER, DAYBOOK_JWT_AUDIENCE: AUDIENCE })).toThrow(/must be an http\(s\) URL/);
    expect(() => loadConfig({ DAYBOOK_JWT_ISSUER: ISSUER })).toThrow(/need DAYBOOK_JWT_SECRET or DAYBOOK_JWT_JWKS_URL/);
    expect(loadConfig({ DAYBOOK_JWT_JWKS_URL: 'https://id.example.test/jwks', DAYBOOK_JWT_ISSUER: ISSUER, DAYBOOK_JWT_AUDIENCE: AUDIENCE }).jwt).toEqual({
      jwksUrl: 'https://id.example.test/jwks', issuer: ISSUER, audience: AUDIENCE, userClaim: 'sub',
    });
  });
});

describe.each(databaseKinds())('JWT bearer tokens on %s', (kind) => {
  let app: TestApp;
  let bookId: string;
  let jo: { id: string; email: string };
  /** a server of the same database that takes HS256 tokens */
  let withSecret: Daybook;
  /** and one that takes the JWKS below */
  let withJwks: Daybook;
  let jwks: Server;
  let signing: { privateKey: CryptoKey; jwk: JWK };
  const log = createLogger('silent');

  beforeAll(async () => {
    app = await createTestApp(kind);
    bookId = await standardBook(app);
    const { createUser } = await app.ok(AddUser, { input: { name: 'Jo Token', email: 'jo@example.test' } });
    jo = { id: createUser.id, email: 'jo@example.test' };
    await app.ok(AddMember, { input: { bookId, userId: jo.id, role: 'VIEWER' } });
    withSecret = createDaybook(app.db, log, { eventsConfig: app.eventsConfig, jwt: { secret: SECRET, issuer: ISSUER, audience: AUDIENCE, userClaim: 'sub' }, subscriptionRecheckMs: 200 });

    const { privateKey, publicKey } = await generateKeyPair('RS256');
    signing = { privateKey, jwk: { ...(await exportJWK(publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' } };
    jwks = createServer((req, res) => {
      if (req.url !== '/jwks.json') return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [signing.jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
    withJwks = createDaybook(app.db, log, { eventsConfig: app.eventsConfig, jwt: { jwksUrl, issuer: ISSUER, audience: AUDIENCE, userClaim: 'email' } });
  });
  afterAll(async () => {
    await withSecret?.dispose();
    await withJwks?.dispose();
    await new Promise((resolve) => jwks?.close(resolve));
    await app?.close();
  });

  const rs256 = (claims: Record<string, unknown>, key: CryptoKey = signing.privateKey, kid = 'key-1') =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid }).setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('10m').sign(key);

  it('HS256: sub naming the user by email or by id is that user, with their memberships', async () => {
    for (const sub of [jo.email, jo.id]) {
      const answer = await call(withSecret, 'query($b: ID!) { me { id name } book(id: $b) { name } }', await hs256({ sub }), { b: bookId });
      expect(answer.body).toEqual({ data: { me: { id: jo.id, name: 'Jo Token' }, book: { name: 'Agency' } } });
    }
    // a VIEWER by token is a VIEWER: the role is Daybook's membership, not the token's
    const refused = await call(withSecret, 'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }', await hs256({ sub: jo.email, role: 'ADMIN' }), {
      i: { bookId, ledgerCode: 'SL', code: 'JWT1', name: 'x', type: 'CUSTOMER' },
    });
    expect(codeOf(refused)).toBe('FORBIDDEN');
  });

  it('HS256: an expired token, a wrong secret, issuer or audience, no exp, alg none, an unknown user are UNAUTHENTICATED', async () => {
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: jo.email, iss: ISSUER, aud: AUDIENCE, exp: 9999999999 })).toString('base64url')}.`;
    const cases: [string, string, RegExp][] = [
      ['expired', await hs256({ sub: jo.email }, { exp: Math.floor(Date.now() / 1000) - 60 }), /expired/],
      ['wrong secret', await hs256({ sub: jo.email }, { secret: 'another-secret-of-at-least-thirty-two-chars' }), /signature does not verify/],
      ['wrong issuer', await hs256({ sub: jo.email }, { iss: 'https://evil.example.test/' }), /"iss" claim/],
      ['wrong audience', await hs256({ sub: jo.email }, { aud: 'another-app' }), /"aud" claim/],
      ['no exp', await hs256({ sub: jo.email }, { exp: null }), /"exp" claim/],
      ['alg none', none, /algorithm|not a valid JWT/],
      ['unknown email', await hs256({ sub: 'nobody@example.test' }), /names no Daybook user/],
      ['no sub', await hs256({ name: 'Jo' }), /no "sub" claim/],
      ['mangled', `${(await hs256({ sub: jo.email })).slice(0, -4)}AAAA`, /signature does not verify/],
    ];
    for (const [what, token, message] of cases) {
      const answer = await call(withSecret, '{ me { id } }', token);
      expect(codeOf(answer), what).toBe('UNAUTHENTICATED');
      expect(answer.body.errors![0]!.message, what).toMatch(message);
      expect(answer.body.data ?? null, what).toBeNull();
    }
  });

  it('API keys keep working beside tokens; a server without JWT settings refuses tokens, saying so', async () => {
    expect((await call(withSecret, '{ me { name } }', ADMIN_TOKEN)).body.data?.me).toBeTruthy();
    const refused = await call(app.yoga, '{ me { id } }', await hs256({ sub: jo.email }));
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    expect(refused.body.errors![0]!.message).toMatch(/DAYBOOK_JWT_SECRET or DAYBOOK_JWT_JWKS_URL/);
  });

  it('a token holder may mint their own API key (issued by themselves), and the audit log names them', async () => {
    const token = await hs256({ sub: jo.email });
    const minted = await call(withSecret, 'mutation($u: ID!) { createApiKey(userId: $u, name: "cli") { id secret } }', token, { u: jo.id });
    expect(minted.body.errors).toBeUndefined();
    const stored = await app.db.prisma.apiKey.findUniqueOrThrow({ where: { id: minted.body.data!.createApiKey.id } });
    expect(stored.createdById).toBe(jo.id);
    expect((await call(app.yoga, '{ me { id } }', minted.body.data!.createApiKey.secret)).body.data?.me.id).toBe(jo.id);
  });

  it('a subscription opened with a token ends when the token expires (UNAUTHENTICATED)', async () => {
    const token = await hs256({ sub: jo.email }, { exp: Math.floor(Date.now() / 1000) + 2 });
    const stream = await sse({ yoga: withSecret }, 'subscription($b: ID!) { transactionChanged(bookId: $b) { id } }', { b: bookId }, token);
    try {
      await Promise.race([stream.ended, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      const last = stream.events.at(-1);
      expect(last?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(last)).toMatch(/token it was opened with expired/);
    } finally {
      await stream.close();
    }
  });

  it('the statement CSV takes a token too', async () => {
    const response = await withSecret.fetch(`http://daybook.test/books/${bookId}/accounts/ACME/statement.csv?from=2026-01-01&to=2026-12-31`, {
      headers: { authorization: `Bearer ${await hs256({ sub: jo.email })}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
  });

  it('JWKS: an RS256 token of the provider\'s key is the user its email claim names', async () => {
    const answer = await call(withJwks, '{ me { id } }', await rs256({ email: jo.email, sub: 'provider-id-123' }));
    expect(answer.body).toEqual({ data: { me: { id: jo.id } } });
  });

  it('JWKS: another key under the same kid, an unknown kid, an HS256 token, a missing claim are UNAUTHENTICATED', async () => {
    const impostor = await generateKeyPair('RS256');
    const cases: [string, string, RegExp][] = [
      ['other key, same kid', await rs256({ email: jo.email }, impostor.privateKey), /signature does not verify/],
      ['unknown kid', await rs256({ email: jo.email }, impostor.privateKey, 'key-2'), /No key of the identity provider/],
      ['HS256 against a JWKS', await hs256({ email: jo.email }), /algorithm/],
      ['no email claim', await rs256({ sub: jo.email }), /no "email" claim/],
    ];
    for (const [what, token, message] of cases) {
      const answer = await call(withJwks, '{ me { id } }', token);
      expect(codeOf(answer), what).toBe('UNAUTHENTICATED');
      expect(answer.body.errors![0]!.message, what).toMatch(message);
    }
  });
});
