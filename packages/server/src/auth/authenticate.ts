// One pipeline from a presented secret to a principal or a reason; routes by shape, never throws.
import type { Clock } from '../lib/clock.ts';
import { looksLikeJwt } from '../lib/crypto/jwt.ts';
import { checkSecret, hashSecret, secretKindOf, secretStart } from '../lib/crypto/secrets.ts';
import type { CachedResult, CredentialCache } from './cache.ts';
import type { Presented } from './present.ts';
import type { AuthResult } from './principal.ts';

export interface AuthenticatorDeps {
  cache: CredentialCache;
  clock: Clock;
  /** Looks a user API key up by its hash (a database read; only on a cache miss). */
  resolveKey(hash: string, start: string): Promise<CachedResult>;
  /** Verifies one of our session JWTs and looks its session up (only on a cache miss). */
  resolveSessionToken(token: string): Promise<CachedResult>;
  /** Records that a key was used; must not do I/O. */
  keyUsed(keyId: string, at: number): void;
}

export type Authenticate = (presented: Presented) => Promise<AuthResult>;

export function createAuthenticator(deps: AuthenticatorDeps): Authenticate {
  const { cache, clock } = deps;

  const cached = async (hash: string, miss: () => Promise<CachedResult>): Promise<AuthResult> => {
    let entry = cache.get(hash);
    if (!entry) {
      entry = await miss();
      cache.set(hash, entry);
    }
    const { result } = entry;
    if (result.ok && result.expiresAt !== null && result.expiresAt <= clock.now()) {
      const { kind, start } = result.principal.credential;
      return { ok: false, reason: kind === 'session' ? 'session_ended' : 'expired', start };
    }
    return result;
  };

  return async (presented) => {
    const secret = presented.secret;
    if (secretKindOf(secret) !== undefined) {
      const check = checkSecret(secret);
      if (!check.ok || check.kind !== 'user') return { ok: false, reason: 'malformed' };
      const hash = hashSecret(secret);
      const result = await cached(hash, () => deps.resolveKey(hash, secretStart(secret)));
      if (result.ok) deps.keyUsed(result.principal.credential.id, clock.now());
      return result;
    }
    if (looksLikeJwt(secret)) return cached(hashSecret(secret), () => deps.resolveSessionToken(secret));
    return { ok: false, reason: 'unknown' };
  };
}
