// One pipeline from a presented secret to a principal or a reason; routes by shape, never throws.
import type { Clock } from '../lib/clock.ts';
import { type DecodedJwt, decodeJwt } from '../lib/crypto/jwt.ts';
import { checkSecret, hashSecret, secretKindOf, secretStart } from '../lib/crypto/secrets.ts';
import type { CachedResult, CredentialCache } from './cache.ts';
import type { Presented } from './present.ts';
import type { AuthResult } from './principal.ts';

export interface AuthenticatorDeps {
  cache: CredentialCache;
  clock: Clock;
  /** Looks a user API key up by its hash (a database read; only on a cache miss). */
  resolveKey(hash: string, start: string): Promise<CachedResult>;
  /** JWT verifiers, each claiming the tokens it understands (by `iss` and `typ`) before any key is touched. */
  jwtResolvers: JwtResolver[];
  /** Records that a key was used; must not do I/O. */
  keyUsed(keyId: string, at: number): void;
}

export interface JwtResolver {
  /** Decides from the unverified header and claims alone whether this resolver owns the token. */
  accepts(decoded: DecodedJwt): boolean;
  /** Verifies and resolves the token (only on a cache miss). */
  resolve(token: string, decoded: DecodedJwt): Promise<CachedResult>;
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
      const reason = kind === 'session' ? 'session_ended' : kind === 'oidc' ? 'token_expired' : 'expired';
      return { ok: false, reason, start };
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
    const decoded = decodeJwt(secret);
    if (!decoded) return { ok: false, reason: 'unknown' };
    return cached(hashSecret(secret), async () => {
      const resolver = deps.jwtResolvers.find((candidate) => candidate.accepts(decoded));
      return resolver
        ? resolver.resolve(secret, decoded)
        : { result: { ok: false, reason: 'untrusted_issuer' } };
    });
  };
}
