// From a presented credential to a principal or a reason: by shape to a feature's resolver, through one cache and one throttle.
import type { Clock } from '../lib/clock.ts';
import { type DecodedJwt, decodeJwt, looksLikeJwt, type OwnJwtVerdict } from '../lib/crypto/jwt.ts';
import { checkSecret, hashSecret, looksImported, secretKindOf, secretStart } from '../lib/crypto/secrets.ts';
import type { AccountThrottle } from './account-throttle.ts';
import type { Actor } from './actor.ts';
import type { CachedResult, CredentialCache } from './cache.ts';
import type { FailureThrottle } from './failure-throttle.ts';
import type { ClientForm, Presented } from './present.ts';
import type { AuthResult, CredentialKind } from './principal.ts';

export interface AuthenticatorDeps {
  cache: CredentialCache;
  clock: Clock;
  throttle: FailureThrottle;
  /** Failed sign-ins per account, from every address together (only where an account is named). */
  accounts: AccountThrottle;
  /** The account a sign-in names: its email as the users feature normalises it. */
  accountOf(email: string): string;
  /** Looks a user API key up by its hash (a database read; only on a cache miss). */
  resolveKey(hash: string, start: string): Promise<CachedResult>;
  /**
   * Looks a key imported from another system up (only on a cache miss): by its SHA-256, or among the
   * few bcrypt-hashed imports its first characters name. Needs the plaintext for the bcrypt check.
   */
  resolveImportedKey(hash: string, secret: string): Promise<CachedResult>;
  /** Whether imported keys are looked up at all, and until when they work; read without I/O. */
  importedKeys(): { allowed: boolean; until: number | null };
  /** Looks a session key up by its hash, with its session (only on a cache miss). */
  resolveSessionKey(hash: string, start: string): Promise<CachedResult>;
  /** Looks an app's client secret up by its hash (only on a cache miss); the result names the app's client id. */
  resolveClientSecret(hash: string, start: string): Promise<CachedResult>;
  /** Checks an email and password (scrypt); never cached. Records a failed sign-in itself. */
  resolvePassword(email: string, password: string, actor: Actor): Promise<AuthResult>;
  /** JWT verifiers, each claiming the tokens it understands (by `iss` and `typ`) before any key is touched. */
  jwtResolvers: JwtResolver[];
  /**
   * Client assertions (RFC 7521 §4.2) at the OAuth endpoints, each resolver claiming the assertions it
   * understands from their unverified claims, in order: the first that accepts decides.
   */
  assertionResolvers: ClientAssertionResolver[];
  /** Records a refused client authentication (the audit log); the secret is not passed. */
  clientRefused(actor: Actor, clientId: string, form: ClientForm | 'client_assertion'): Promise<void>;
  /** Records that a key was used; must not do I/O. */
  keyUsed(keyId: string, at: number): void;
  /** Records that an app was seen (its access token accepted); must not do I/O. */
  appSeen(appId: string, at: number): void;
}

export interface JwtResolver {
  /** What the tokens it owns are: their refusals name it. */
  kind: CredentialKind;
  /** Decides from the unverified header and claims alone whether this resolver owns the token. */
  accepts(decoded: DecodedJwt): boolean;
  /** Verifies and resolves the token (only on a cache miss). */
  resolve(token: string, decoded: DecodedJwt): Promise<CachedResult>;
}

/**
 * One kind of client assertion: an app's own signed JWT (private_key_jwt, `iss` = `sub` = its client id), or
 * a workload's token from a trusted issuer. Never cached: an assertion is accepted once.
 */
export interface ClientAssertionResolver {
  /** Decides from the unverified header and claims alone whether this resolver owns the assertion. */
  accepts(decoded: DecodedJwt): boolean;
  /** Verifies it; `clientId` is the form's client_id when one was sent. */
  resolve(decoded: DecodedJwt, clientId: string | undefined): Promise<AuthResult>;
}

/** Who is asking: the client address the throttle counts, and the actor a failed sign-in is recorded as. */
export interface Attempting {
  ip: string;
  actor(): Actor;
}

/**
 * A cached credential is answered synchronously (no promise, no microtask): the hot path of every
 * authenticated request. Only a cache miss returns a promise. Never throws.
 */
export type Authenticate = (presented: Presented, from: Attempting) => AuthResult | Promise<AuthResult>;

// Shared, so frozen: a refusal costs no allocation.
const MALFORMED: AuthResult = Object.freeze({ ok: false, reason: 'malformed' });
const UNKNOWN: AuthResult = Object.freeze({ ok: false, reason: 'unknown' });
const UNKNOWN_CLIENT: AuthResult = Object.freeze({ ok: false, reason: 'unknown', kind: 'client_secret' });

const EXPIRED_AS: Partial<Record<CredentialKind, 'expired' | 'token_expired' | 'session_ended'>> = {
  user_key: 'expired',
  client_secret: 'expired',
  app_token: 'token_expired',
  oidc: 'token_expired',
};

/**
 * A refusal of one of our own tokens, the same for every kind: a fresh token past its `exp` answers as a
 * cached one that expired does, and a refused check is named only where the token describes it.
 */
export function refusedOwnJwt(
  kind: CredentialKind,
  verdict: Extract<OwnJwtVerdict, { ok: false }>,
): CachedResult {
  switch (verdict.reason) {
    case 'bad_signature':
      return { result: { ok: false, reason: 'bad_signature' } };
    case 'expired':
      return {
        ...(verdict.jti && { credentialId: verdict.jti }),
        result: { ok: false, reason: EXPIRED_AS[kind] ?? 'session_ended' },
      };
    case 'not_yet_valid':
      return { result: { ok: false, reason: 'token_not_yet_valid' } };
    default:
      return { result: UNKNOWN };
  }
}

export function createAuthenticator(deps: AuthenticatorDeps): Authenticate {
  const { cache, clock, throttle } = deps;
  /** Lookups in flight by hash: concurrent misses for one credential share one lookup and one throttle slot. */
  const pending = new Map<string, Promise<AuthResult>>();

  /** A cached result as of now: an entry cached before its credential expired answers "expired". */
  const current = (result: AuthResult): AuthResult => {
    if (result.ok && result.expiresAt !== null && result.expiresAt <= clock.now()) {
      const { kind, start } = result.principal.credential;
      return { ok: false, reason: EXPIRED_AS[kind] ?? 'session_ended', start, kind };
    }
    return result;
  };

  /**
   * A refusal that took no full check (a cached answer, a bad checksum) still counts against the
   * address; from an address already throttled it is the throttle's 429.
   */
  const counted = (result: AuthResult, from: Attempting): AuthResult => {
    if (result.ok) return result;
    const state = throttle.state(from.ip);
    if (state.blocked) return { ok: false, reason: 'throttled', retryAfterSeconds: state.retryAfterSeconds };
    throttle.recordFailure(from.ip);
    return result;
  };

  /** A cached acceptance, unless its address is throttled and it never worked from there. */
  const admitted = (hash: string, result: AuthResult, from: Attempting): AuthResult => {
    if (!result.ok) return result;
    const gate = throttle.admit(from.ip, hash);
    return gate.blocked
      ? { ok: false, reason: 'throttled', retryAfterSeconds: gate.retryAfterSeconds }
      : result;
  };

  /** A miss: one full check, if the throttle allows it, shared by concurrent requests for the same credential. */
  const fill = (hash: string, from: Attempting, miss: () => Promise<CachedResult>): Promise<AuthResult> => {
    const inFlight = pending.get(hash);
    if (inFlight) return inFlight;
    const attempt = throttle.begin(from.ip, hash);
    if ('blocked' in attempt)
      return Promise.resolve({
        ok: false,
        reason: 'throttled',
        retryAfterSeconds: attempt.retryAfterSeconds,
      });
    const lookup = miss().then(
      (resolved) => {
        cache.set(hash, resolved);
        const result = current(resolved.result);
        if (result.ok) attempt.succeeded();
        else attempt.failed();
        return result;
      },
      (error: unknown) => {
        attempt.failed();
        throw error;
      },
    );
    const settled = lookup.finally(() => pending.delete(hash));
    pending.set(hash, settled);
    return settled;
  };

  const used = (result: AuthResult): AuthResult => {
    if (result.ok) {
      const { principal } = result;
      if (principal.credential.kind === 'user_key') deps.keyUsed(principal.credential.id, clock.now());
      else if (principal.type === 'app' && principal.credential.kind === 'app_token')
        deps.appSeen(principal.id, clock.now());
    }
    return result;
  };

  const resolveJwt = async (secret: string): Promise<CachedResult> => {
    const decoded = decodeJwt(secret);
    if (!decoded) return { result: UNKNOWN };
    const resolver = deps.jwtResolvers.find((candidate) => candidate.accepts(decoded));
    if (!resolver) return { result: { ok: false, reason: 'untrusted_issuer' } };
    const resolved = await resolver.resolve(secret, decoded);
    return resolved.result.ok
      ? resolved
      : { ...resolved, result: { kind: resolver.kind, ...resolved.result } };
  };

  /** A key, session key or token, in any of the four forms. */
  const credential = (secret: string, from: Attempting): AuthResult | Promise<AuthResult> => {
    const kind = secretKindOf(secret);
    if (kind === 'user' || kind === 'session') {
      const hash = hashSecret(secret);
      const entry = cache.get(hash);
      // Only a secret that passed the shape and checksum check was ever cached, so a hit needs no
      // second check; the check guards the database lookup on a miss.
      if (entry) return counted(used(admitted(hash, current(entry.result), from)), from);
      if (!checkSecret(secret).ok) return counted(MALFORMED, from);
      const resolve = kind === 'user' ? deps.resolveKey : deps.resolveSessionKey;
      return fill(hash, from, () => resolve(hash, secretStart(secret))).then(used);
    }
    if (kind !== undefined) {
      // A client secret is exchanged at the token endpoint; it never authenticates a request itself.
      return counted(checkSecret(secret).ok ? UNKNOWN_CLIENT : MALFORMED, from);
    }
    if (!looksLikeJwt(secret)) return imported(secret, from);
    // Decoded only on a cache miss: a cached token costs one hash and one lookup.
    const hash = hashSecret(secret);
    const entry = cache.get(hash);
    if (entry) return counted(used(admitted(hash, current(entry.result), from)), from);
    return fill(hash, from, () => resolveJwt(secret)).then(used);
  };

  /** An imported key after the site's end date for them: refused, naming why, once it proved genuine. */
  const importedCurrent = (result: AuthResult, until: number | null): AuthResult => {
    if (!result.ok || until === null || clock.now() < until) return result;
    return {
      ok: false,
      reason: 'imported_ended',
      start: result.principal.credential.start,
      kind: 'user_key',
    };
  };

  /**
   * A value that is neither ours nor a JWT: an imported key, if imported keys are allowed and it has
   * their shape; otherwise refused before any lookup, as any unknown value is.
   */
  const imported = (secret: string, from: Attempting): AuthResult | Promise<AuthResult> => {
    const gate = deps.importedKeys();
    if (!gate.allowed || !looksImported(secret)) return counted(UNKNOWN, from);
    const hash = hashSecret(secret);
    const entry = cache.get(hash);
    if (entry)
      return counted(used(admitted(hash, importedCurrent(current(entry.result), gate.until), from)), from);
    return fill(hash, from, () => deps.resolveImportedKey(hash, secret)).then((result) =>
      used(importedCurrent(result, gate.until)),
    );
  };

  /** An app's client id and secret at the OAuth endpoints; a refusal is recorded in the audit log. */
  const client = async (
    presented: Extract<Presented, { clientId: string }>,
    from: Attempting,
  ): Promise<AuthResult> => {
    const { secret, clientId } = presented;
    let result: AuthResult;
    if (secretKindOf(secret) !== 'appSecret' || !checkSecret(secret).ok) {
      result = counted({ ok: false, reason: 'malformed', kind: 'client_secret' }, from);
    } else {
      const hash = hashSecret(secret);
      const entry = cache.get(hash);
      const found = entry
        ? counted(admitted(hash, current(entry.result), from), from)
        : await fill(hash, from, () => deps.resolveClientSecret(hash, secretStart(secret)));
      if (found.ok && found.principal.clientId !== clientId) {
        // The right secret with another app's client id: a refusal like any other.
        result = counted(UNKNOWN_CLIENT, from);
      } else result = found;
    }
    if (!result.ok && result.reason !== 'throttled')
      await deps.clientRefused(from.actor(), clientId, presented.form);
    return result;
  };

  /**
   * A client assertion: a full check every time (each is accepted once, so none is cached), counted by the
   * throttle like any client authentication; a refusal is recorded in the audit log.
   */
  const assertion = async (
    presented: Extract<Presented, { form: 'client_assertion' }>,
    from: Attempting,
  ): Promise<AuthResult> => {
    const decoded = decodeJwt(presented.secret);
    const resolver = decoded && deps.assertionResolvers.find((candidate) => candidate.accepts(decoded));
    const claimed = typeof decoded?.payload.iss === 'string' ? decoded.payload.iss : undefined;
    const clientId = presented.clientId ?? claimed ?? 'unknown';
    let result: AuthResult;
    if (!decoded || !resolver) {
      result = counted(
        {
          ok: false,
          reason: 'assertion_refused',
          kind: 'client_assertion',
          detail: decoded
            ? 'its issuer (iss) is neither a client id nor a trusted workload issuer'
            : 'it is not a JWT',
        },
        from,
      );
    } else {
      const attempt = throttle.begin(from.ip, hashSecret(presented.secret));
      if ('blocked' in attempt)
        return { ok: false, reason: 'throttled', retryAfterSeconds: attempt.retryAfterSeconds };
      try {
        result = await resolver.resolve(decoded, presented.clientId);
      } catch (error) {
        attempt.failed();
        throw error;
      }
      if (result.ok) attempt.succeeded();
      else attempt.failed();
    }
    if (!result.ok && result.reason !== 'throttled')
      await deps.clientRefused(from.actor(), clientId, 'client_assertion');
    return result;
  };

  /**
   * An email and password at sign-in: a full scrypt check each time, as many at once as both the
   * account's throttle and the address's allow. An address the account signed in from before passes
   * its address's throttle (the account's allowance for it bounds the guesses instead).
   */
  const password = async (
    presented: Extract<Presented, { form: 'password' }>,
    from: Attempting,
  ): Promise<AuthResult> => {
    const forAccount = deps.accounts.begin(deps.accountOf(presented.email), from.ip);
    if ('blocked' in forAccount)
      return {
        ok: false,
        reason: 'throttled',
        retryAfterSeconds: forAccount.retryAfterSeconds,
        throttledAccount: true,
      };
    const forAddress = throttle.begin(from.ip, undefined, forAccount.known);
    if ('blocked' in forAddress) {
      forAccount.released();
      return { ok: false, reason: 'throttled', retryAfterSeconds: forAddress.retryAfterSeconds };
    }
    try {
      const result = await deps.resolvePassword(presented.email, presented.secret, from.actor());
      if (result.ok) {
        // Only a completed sign-in makes the address known: else a stolen password would reset the
        // address's allowance for every round of second-factor guesses.
        if (result.pendingFactor) forAccount.released();
        else forAccount.succeeded();
        forAddress.succeeded();
      } else {
        forAccount.failed();
        forAddress.failed();
      }
      return result;
    } catch (error) {
      forAccount.failed();
      forAddress.failed();
      throw error;
    }
  };

  return (presented, from) => {
    switch (presented.form) {
      case 'password':
        return password(presented, from);
      case 'client_secret_basic':
      case 'client_secret_post':
        return client(presented, from);
      case 'client_assertion':
        return assertion(presented, from);
      default:
        return credential(presented.secret, from);
    }
  };
}
