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

/**
 * A cached credential is answered synchronously (no promise, no microtask): the hot path of every
 * authenticated request. Only a cache miss returns a promise.
 */
export type Authenticate = (
  presented: Presented,
  options?: AuthenticateOptions,
) => AuthResult | Promise<AuthResult>;

// Shared, so frozen: a refusal costs no allocation.
const THROTTLED: AuthResult = Object.freeze({ ok: false, reason: 'throttled' });
const MALFORMED: AuthResult = Object.freeze({ ok: false, reason: 'malformed' });
const UNKNOWN: AuthResult = Object.freeze({ ok: false, reason: 'unknown' });

export function createAuthenticator(deps: AuthenticatorDeps): Authenticate {
  const { cache, clock } = deps;

  /** A cached result as of now: an entry cached before its credential expired answers "expired". */
  const current = (result: AuthResult): AuthResult => {
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

  /** Resolves a miss and caches it. */
  const fill = async (hash: string, miss: () => Promise<CachedResult>): Promise<AuthResult> => {
    const resolved = await miss();
    cache.set(hash, resolved);
    return current(resolved.result);
  };

  const keyUsed = (result: AuthResult): AuthResult => {
    if (result.ok) deps.keyUsed(result.principal.credential.id, clock.now());
    return result;
  };
  const appSeen = (result: AuthResult): AuthResult => {
    if (result.ok && result.principal.type === 'app') deps.appSeen?.(result.principal.id, clock.now());
    return result;
  };

  const resolveJwt = async (secret: string): Promise<CachedResult> => {
    const decoded = decodeJwt(secret);
    if (!decoded) return { result: UNKNOWN };
    const resolver = deps.jwtResolvers.find((candidate) => candidate.accepts(decoded));
    return resolver
      ? resolver.resolve(secret, decoded)
      : { result: { ok: false, reason: 'untrusted_issuer' } };
  };

  return (presented, options) => {
    const cacheOnly = options?.cacheOnly === true;
    const secret = presented.secret;
    const kind = secretKindOf(secret);
    if (kind === 'user' || kind === 'session') {
      const hash = hashSecret(secret);
      const entry = cache.get(hash);
      // Only a secret that passed the shape and checksum check was ever cached, so a hit needs no
      // second check; the check guards the database lookup on a miss.
      if (entry) return kind === 'user' ? keyUsed(current(entry.result)) : current(entry.result);
      if (!checkSecret(secret).ok) return MALFORMED;
      if (cacheOnly) return THROTTLED;
      const resolve = kind === 'user' ? deps.resolveKey : deps.resolveSessionKey;
      const resolved = fill(hash, () => resolve(hash, secretStart(secret)));
      return kind === 'user' ? resolved.then(keyUsed) : resolved;
    }
    if (kind !== undefined) {
      // A client secret is exchanged at the token endpoint; it never authenticates a request itself.
      return checkSecret(secret).ok ? UNKNOWN : MALFORMED;
    }
    if (!looksLikeJwt(secret)) return UNKNOWN;
    // Decoded only on a cache miss: a cached token costs one hash and one lookup.
    const hash = hashSecret(secret);
    const entry = cache.get(hash);
    if (entry) return appSeen(current(entry.result));
    if (cacheOnly) return THROTTLED;
    return fill(hash, () => resolveJwt(secret)).then(appSeen);
  };
}
