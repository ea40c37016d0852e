// One pipeline from a presented secret to a principal or a reason; routes by shape, never throws.
import type { Clock } from '../lib/clock.ts';
import { type DecodedJwt, decodeJwt, looksLikeJwt } from '../lib/crypto/jwt.ts';
import { checkSecret, hashSecret, secretKindOf, secretStart } from '../lib/crypto/secrets.ts';
import type { CachedResult, CredentialCache } from './cache.ts';
import type { Presented } from './present.ts';
import type { AuthResult } from './principal.ts';

export interface AuthenticatorDeps {
  cache: CredentialCache;
  clock: Clock;
  /** Looks a user API key up by its hash (a database read; only on a cache miss). */
  resolveKey(hash: string, start: string): Promise<CachedResult>;
  /** Looks a session key up by its hash, with its session (only on a cache miss). */
  resolveSessionKey(hash: string, start: string): Promise<CachedResult>;
  /** JWT verifiers, each claiming the tokens it understands (by `iss` and `typ`) before any key is touched. */
  jwtResolvers: JwtResolver[];
  /** Records that a key was used; must not do I/O. */
  keyUsed(keyId: string, at: number): void;
  /** Records that an app was seen (its access token accepted); must not do I/O. */
  appSeen?(appId: string, at: number): void;
}

export interface JwtResolver {
  /** Decides from the unverified header and claims alone whether this resolver owns the token. */
  accepts(decoded: DecodedJwt): boolean;
  /** Verifies and resolves the token (only on a cache miss). */
  resolve(token: string, decoded: DecodedJwt): Promise<CachedResult>;
}

export interface AuthenticateOptions {
  /** Answer only from the cache (a throttled address gets no database lookups). */
  cacheOnly?: boolean;
}

export type Authenticate = (presented: Presented, options?: AuthenticateOptions) => Promise<AuthResult>;

export function createAuthenticator(deps: AuthenticatorDeps): Authenticate {
  const { cache, clock } = deps;

  const cached = async (
    hash: string,
    miss: () => Promise<CachedResult>,
    cacheOnly: boolean,
  ): Promise<AuthResult> => {
    let entry = cache.get(hash);
    if (!entry && cacheOnly) return { ok: false, reason: 'throttled' };
    if (!entry) {
      entry = await miss();
      cache.set(hash, entry);
    }
    const { result } = entry;
    if (result.ok && result.expiresAt !== null && result.expiresAt <= clock.now()) {
      const { kind, start } = result.principal.credential;
      const reason =
        kind === 'user_key'
          ? 'expired'
          : kind === 'app_token' || kind === 'oidc'
            ? 'token_expired'
            : 'session_ended';
      return { ok: false, reason, start };
    }
    return result;
  };

  return async (presented, options = {}) => {
    const cacheOnly = options.cacheOnly === true;
    const secret = presented.secret;
    if (secretKindOf(secret) !== undefined) {
      const check = checkSecret(secret);
      if (!check.ok) return { ok: false, reason: 'malformed' };
      // A client secret is exchanged at the token endpoint; it never authenticates a request itself.
      if (check.kind === 'appSecret') return { ok: false, reason: 'unknown' };
      const hash = hashSecret(secret);
      const start = secretStart(secret);
      const resolve = check.kind === 'user' ? deps.resolveKey : deps.resolveSessionKey;
      const result = await cached(hash, () => resolve(hash, start), cacheOnly);
      if (result.ok && check.kind === 'user') deps.keyUsed(result.principal.credential.id, clock.now());
      return result;
    }
    if (!looksLikeJwt(secret)) return { ok: false, reason: 'unknown' };
    // Decoded only on a cache miss: a cached token costs one hash and one lookup.
    const result = await cached(
      hashSecret(secret),
      async () => {
        const decoded = decodeJwt(secret);
        if (!decoded) return { result: { ok: false, reason: 'unknown' } };
        const resolver = deps.jwtResolvers.find((candidate) => candidate.accepts(decoded));
        return resolver
          ? resolver.resolve(secret, decoded)
          : { result: { ok: false, reason: 'untrusted_issuer' } };
      },
      cacheOnly,
    );
    if (result.ok && result.principal.type === 'app') deps.appSeen?.(result.principal.id, clock.now());
    return result;
  };
}
