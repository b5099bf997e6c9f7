// Bearer tokens from the deployment's own identity provider: a JWT verified with `jose`
// against a shared secret (HS256/384/512) or the provider's JWKS, its issuer, audience and
// expiry checked, and one claim (DAYBOOK_JWT_USER_CLAIM, `sub` by default) naming the
// Daybook user: a value with an @ is the user's email, any other the user's id. The user must
// exist (the system admin creates it); the token only says who is calling, roles stay
// Daybook's memberships.
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey, type JWTVerifyOptions } from 'jose';
import { DomainError } from '../domain/errors.ts';
import type { Prisma } from '../db.ts';
import type { Actor } from './access.ts';

export interface JwtConfig {
  /** DAYBOOK_JWT_SECRET: HS256/HS384/HS512 with this shared secret */
  secret?: string;
  /** DAYBOOK_JWT_JWKS_URL: the provider's public keys (RS*, PS*, ES*, EdDSA) */
  jwksUrl?: string;
  /** DAYBOOK_JWT_ISSUER: the `iss` every token must carry */
  issuer?: string;
  /** DAYBOOK_JWT_AUDIENCE: the `aud` every token must carry */
  audience?: string;
  /** DAYBOOK_JWT_USER_CLAIM: the claim naming the user (an email, or a Daybook user id); `sub` */
  userClaim: string;
}

const SYMMETRIC = ['HS256', 'HS384', 'HS512'];
const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];

/** Three base64url parts joined by dots: a JWT, not an API key (dbk_…, no dots). */
export function looksLikeJwt(token: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token);
}

const refuse = (message: string) => new DomainError('UNAUTHENTICATED', message);

export class JwtAuthenticator {
  private readonly key: Uint8Array | JWTVerifyGetKey;
  private readonly options: JWTVerifyOptions;

  constructor(
    private readonly prisma: Prisma,
    private readonly config: JwtConfig,
  ) {
    if (config.secret) {
      this.key = new TextEncoder().encode(config.secret);
      this.options = { algorithms: SYMMETRIC };
    } else if (config.jwksUrl) {
      // jose caches the key set and fetches it again (at most every 30 s) for an unknown `kid`
      this.key = createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 5_000 });
      this.options = { algorithms: ASYMMETRIC };
    } else {
      throw new Error('JwtAuthenticator needs a secret or a JWKS URL');
    }
    this.options = {
      ...this.options,
      ...(config.issuer && { issuer: config.issuer }),
      ...(config.audience && { audience: config.audience }),
      requiredClaims: ['exp'],
      clockTolerance: 5,
    };
  }

  /** The Daybook user a token names; UNAUTHENTICATED when it is bad, expired or names no one. */
  async authenticate(token: string): Promise<Actor> {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.key as JWTVerifyGetKey, this.options));
    } catch (error) {
      throw refuse(reason(error));
    }
    const claim = this.config.userClaim;
    const value = payload[claim];
    if (typeof value !== 'string' || value.trim() === '') {
      throw refuse(`The token has no "${claim}" claim naming a user (DAYBOOK_JWT_USER_CLAIM): it needs the user's email or Daybook id there`);
    }
    const user = await this.prisma.user.findUnique({
      where: value.includes('@') ? { email: value.trim() } : { id: value.trim() },
      select: { id: true, name: true, isSystemAdmin: true },
    });
    if (!user) {
      throw refuse(
        `The token's "${claim}" claim (${value.slice(0, 100)}) names no Daybook user: the system admin creates one with createUser${value.includes('@') ? ' and that email' : ''}`,
      );
    }
    return {
      userId: user.id,
      name: user.name,
      isSystemAdmin: user.isSystemAdmin,
      keyId: null,
      keyIssuedBy: null,
      credentialExpiresAt: typeof payload.exp === 'number' ? payload.exp * 1000 : null,
    };
  }
}

/** What a person can act on, from jose's error: never the token itself. */
function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'This token has expired: get a new one from your identity provider';
  if (error instanceof errors.JWTClaimValidationFailed) {
    return `This token's "${error.claim}" claim is not accepted (${error.reason === 'check_failed' ? 'not the expected value' : error.reason.replace(/_/g, ' ')}): it must come from the identity provider this server trusts`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'This token\'s signature does not verify: it was not issued by the identity provider this server trusts';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'This token is signed with an algorithm this server does not accept';
  if (error instanceof errors.JWKSNoMatchingKey) return 'No key of the identity provider matches this token (its kid)';
  if (!(error instanceof errors.JOSEError) || error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return 'The identity provider\'s keys could not be read: try again, or tell the operator (DAYBOOK_JWT_JWKS_URL)';
  return 'This bearer token is not a valid JWT';
}
