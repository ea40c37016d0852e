// Sign-in: password check, session rows and their ES256 session JWTs, logout, and session verification.

import { type Actor, actingAs, type Caller, type Origin } from '../../auth/actor.ts';
import { type JwtResolver, refusedOwnJwt } from '../../auth/authenticate.ts';
import type { CachedResult } from '../../auth/cache.ts';
import type { Invalidation } from '../../auth/invalidation-match.ts';
import { type AuthResult, userPrincipal } from '../../auth/principal.ts';
import type { Db, UserRow } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { type DecodedJwt, decodeJwt, type OwnJwtKind, signJwt, verifyOwnJwt } from '../../lib/crypto/jwt.ts';
import { dummyPasswordHash, verifyPassword } from '../../lib/crypto/passwords.ts';
import { generateSecret } from '../../lib/crypto/secrets.ts';
import { ApiError, forbidden } from '../../lib/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import type { FactorAnswer, MfaService, PendingFactor } from '../mfa/mfa.service.ts';
import type { AuthenticationResponseJSON, PasskeysService } from '../passkeys/passkeys.service.ts';
import { coveredBy, type SettingsService } from '../settings/settings.service.ts';
import type { SigningKeys } from '../signing-keys/signing-keys.service.ts';
import { normalizeEmail, type PasswordCost, type UsersService } from '../users/users.service.ts';
import * as store from './sessions.store.ts';

export const SESSION_JWT_TYPE = 'session+jwt';

export interface SessionsDeps {
  db: Db;
  /** Records each change in the transaction that makes it. */
  audit: AuditLog;
  clock: Clock;
  users: UsersService;
  /** Second factors: a user with one signs in in two steps. */
  mfa: MfaService;
  /** A passkey alone signs a user in (password-less). */
  passkeys: PasskeysService;
  settings: SettingsService;
  signingKeys: SigningKeys;
  issuer: string;
  ttlSeconds: number;
  passwordCost: PasswordCost;
  invalidate(match: Invalidation): void;
}

export interface SignedIn {
  token: string;
  user: UserRow;
  createdAt: number;
  expiresAt: number;
}

/** A right password whose user has a second factor: no session yet, a challenge to answer with it. */
export interface MfaPending extends PendingFactor {
  mfaRequired: true;
}

/** Ends every live session of a user (but the one excepted), each invalidated at once. */
export async function endUserSessions(
  deps: Pick<SessionsDeps, 'db' | 'clock' | 'invalidate'>,
  userId: string,
  exceptSessionId?: string,
): Promise<void> {
  const ended = await store.endUserSessions(deps.db, userId, deps.clock.now(), exceptSessionId);
  for (const id of ended) deps.invalidate({ credentialId: id });
}

export class SessionsService {
  /** What a session JWT must be: issued by us, to us. */
  private readonly sessionJwt: OwnJwtKind;

  constructor(private readonly deps: SessionsDeps) {
    this.sessionJwt = { typ: [SESSION_JWT_TYPE], iss: deps.issuer, aud: deps.issuer };
  }

  /**
   * The authentication pipeline's resolver for a sign-in. Wrong email and wrong password cost the same
   * scrypt work and give the same answer; the audit log (which only administrators read) records which
   * it was. `actor`: the anonymous caller.
   */
  async resolvePassword(email: string, password: string, actor: Actor): Promise<AuthResult> {
    const user = await this.deps.users.findByEmail(email.trim());
    const hash = user?.passwordHash ?? (await dummyPasswordHash(this.deps.passwordCost));
    const matches = await verifyPassword(password, hash);
    const failed = async (reason: 'wrong_password' | 'unknown_email' | 'suspended'): Promise<AuthResult> => {
      await this.deps.audit.recordAlone(actor, {
        action: 'session.sign_in_failed',
        // An unknown email has no user to point at: the attempted address stands in for its id.
        target: { type: 'user', id: user?.id ?? normalizeEmail(email).slice(0, 254) },
        changes: { email: email.trim().slice(0, 254), reason },
      });
      return { ok: false, reason: reason === 'suspended' ? 'suspended' : 'unknown', kind: 'password' };
    };
    if (!user?.passwordHash || !matches) return failed(user ? 'wrong_password' : 'unknown_email');
    if (user.suspendedAt !== null) return failed('suspended');
    const principal = userPrincipal(user, { kind: 'password', id: user.id });
    if (await this.deps.mfa.hasFactor(user.id))
      return { ok: true, principal, expiresAt: null, pendingFactor: true };
    return { ok: true, principal, expiresAt: null };
  }

  /**
   * Starts a session for a user whose password the pipeline accepted, or, when the user has a second
   * factor, answers the challenge that `completeSignIn` takes with it.
   */
  async signIn(caller: Caller): Promise<SignedIn | MfaPending> {
    const user = await this.deps.users.findById(caller.principal.id);
    if (!user || user.suspendedAt !== null)
      throw new ApiError('invalid_credentials', 'The email or password is incorrect.');
    if (await this.deps.mfa.hasFactor(user.id))
      return { mfaRequired: true, ...(await this.deps.mfa.challenge(user.id)) };
    return this.start(caller, user, { enrolmentRequired: this.enrolmentRequired(user) });
  }

  /** A password-less sign-in: a passkey's assertion over a sign-in challenge starts the session. */
  async signInWithPasskey(response: AuthenticationResponseJSON, actor: Actor): Promise<SignedIn> {
    const user = await this.deps.passkeys.signIn(response, actor);
    // The passkey was verified with user verification: it is the factor.
    return this.start(actor, user, { factorProved: true });
  }

  /** The second step of a sign-in: the challenge and a code or recovery code start the session. */
  async completeSignIn(challenge: string, answer: FactorAnswer, actor: Actor): Promise<SignedIn> {
    const user = await this.deps.mfa.complete(challenge, answer, actor);
    return this.start(actor, user, { factorProved: true });
  }

  /**
   * Step-up: the caller's session proves its second factor again (a current code or a recovery code),
   * and sensitive routes are open to it for the site's `step_up_minutes`. Answers until when.
   */
  async stepUp(caller: Caller, answer: FactorAnswer): Promise<number> {
    const sessionId = caller.principal.credential.id;
    await this.deps.mfa.prove(caller, answer);
    const now = this.deps.clock.now();
    await this.deps.db.transaction().execute(async (tx) => {
      await store.recordFactor(tx, sessionId, now);
      await this.deps.audit.record(tx, caller, {
        action: 'session.stepped_up',
        target: { type: 'user', id: caller.principal.id },
        changes: { session: sessionId, with: 'code' in answer ? 'totp' : 'recovery_code' },
      });
    });
    this.deps.invalidate({ credentialId: sessionId });
    return now + this.deps.settings.factorPolicy().stepUpMs;
  }

  /**
   * The user's factors changed: their sessions are re-read (enrolment required, step-up), and the session
   * that just proved a new factor (`provedBy`, at enrolment) counts as stepped up.
   */
  async factorsChanged(userId: string, provedBy?: string): Promise<void> {
    if (provedBy) await store.recordFactor(this.deps.db, provedBy, this.deps.clock.now());
    this.deps.invalidate({ principalId: userId });
  }

  /**
   * A session for a user signed in some other way (a device approved in the console, an identity
   * provider); `via` says how, in the audit record. The site's factor policy applies as at sign-in.
   */
  async startFor(
    actor: Actor,
    user: UserRow,
    via: Record<string, string>,
    options: { factorProved?: boolean } = {},
  ): Promise<SignedIn> {
    // A factor proved elsewhere (an identity provider that checked one) meets the policy for this session.
    const factorProved = options.factorProved === true;
    const enrolmentRequired =
      !factorProved && !(await this.deps.mfa.hasFactor(user.id)) && this.enrolmentRequired(user);
    return this.start(actor, user, { enrolmentRequired, factorProved, via });
  }

  /** The policy is read at sign-in: a session begun before it changed keeps what it had. */
  private enrolmentRequired(user: UserRow): boolean {
    return coveredBy(this.deps.settings.factorPolicy().requireMfa, user.role);
  }

  private async start(
    actor: Actor,
    user: UserRow,
    how: { factorProved?: boolean; enrolmentRequired?: boolean; via?: Record<string, string> },
  ): Promise<SignedIn> {
    const { clock, ttlSeconds, issuer } = this.deps;
    const createdAt = clock.now();
    const expiresAt = createdAt + ttlSeconds * 1000;
    const id = uuidv7(createdAt);
    await this.deps.db.transaction().execute(async (tx) => {
      await store.insertSession(tx, {
        id,
        userId: user.id,
        createdAt,
        expiresAt,
        endedAt: null,
        factorAt: how.factorProved ? createdAt : null,
        enrolmentRequiredAt: how.enrolmentRequired ? createdAt : null,
      });
      await this.deps.audit.record(tx, actingAs(actor, userPrincipal(user, { kind: 'session', id })), {
        action: 'session.signed_in',
        target: { type: 'user', id: user.id },
        changes: { session: id, expiration: expiresAt, ...how.via },
      });
    });
    const token = await signJwt(this.deps.signingKeys.current(), SESSION_JWT_TYPE, {
      iss: issuer,
      sub: user.id,
      aud: issuer,
      iat: Math.floor(createdAt / 1000),
      exp: Math.floor(expiresAt / 1000),
      jti: id,
    });
    return { token, user, createdAt, expiresAt };
  }

  /** A LabKey session key: works in every form while the session lives, and dies with it. */
  async createSessionKey(
    caller: Caller,
  ): Promise<{ id: string; plaintext: string; start: string; createdAt: number; expiresAt: number }> {
    // Only a signed-in session reaches here: the route is declared `session` and `createsCredential`.
    const principal = caller.principal;
    if (!(await this.deps.settings.policy()).allow_session_keys) {
      throw forbidden(
        'Session keys are turned off on this site (setting allow_session_keys). Ask an administrator.',
      );
    }
    const session = await store.findSession(this.deps.db, principal.credential.id);
    if (!session) throw new ApiError('session_ended', 'This session has ended. Sign in again.');
    const createdAt = this.deps.clock.now();
    const secret = generateSecret('session');
    const id = uuidv7(createdAt);
    await this.deps.db.transaction().execute(async (tx) => {
      await store.insertSessionKey(tx, {
        id,
        sessionId: session.id,
        hash: secret.hash,
        start: secret.start,
        createdAt,
      });
      await this.deps.audit.record(tx, caller, {
        action: 'session.key_created',
        target: { type: 'user', id: principal.id },
        changes: { session: session.id, session_key: id, start: secret.start },
      });
    });
    return { id, plaintext: secret.plaintext, start: secret.start, createdAt, expiresAt: session.expiresAt };
  }

  /** The lookup behind a session key, run only on a cache miss; cached under the session so logout ends both. */
  async resolveSessionKey(hash: string, start: string): Promise<CachedResult> {
    const key = await store.findSessionKeyByHash(this.deps.db, hash);
    if (!key) return { result: { ok: false, reason: 'unknown', start } };
    const base = { principalId: key.userId, credentialId: key.sessionId };
    if (key.endedAt !== null) return { ...base, result: { ok: false, reason: 'session_ended', start } };
    if (key.suspendedAt !== null) return { ...base, result: { ok: false, reason: 'suspended', start } };
    const principal = userPrincipal(
      { ...key, id: key.userId },
      { kind: 'session_key', id: key.id, start: key.start },
    );
    return { ...base, result: { ok: true, principal, expiresAt: key.expiresAt } };
  }

  async logout(caller: Caller): Promise<void> {
    const principal = caller.principal;
    if (principal.credential.kind !== 'session') {
      throw new ApiError(
        'forbidden',
        'Only a session can sign out; revoke an API key with DELETE /v0/users/{user}/keys/{key}.',
      );
    }
    const sessionId = principal.credential.id;
    await this.deps.db.transaction().execute(async (tx) => {
      await store.endSession(tx, sessionId, this.deps.clock.now());
      await this.deps.audit.record(tx, caller, {
        action: 'session.signed_out',
        target: { type: 'user', id: principal.id },
        changes: { session: sessionId },
      });
    });
    this.deps.invalidate({ credentialId: principal.credential.id });
  }

  endUserSessions(userId: string, exceptSessionId?: string): Promise<void> {
    return endUserSessions(this.deps, userId, exceptSessionId);
  }

  /**
   * Ends the session a replaced token held (the console signing in again in the same browser), once its
   * signature and session check out; anything else is ignored.
   */
  async endReplaced(token: string, origin: Origin): Promise<void> {
    const decoded = decodeJwt(token);
    if (!decoded || !this.jwtResolver.accepts(decoded)) return;
    const { result } = await this.resolveToken(decoded);
    if (result.ok) await this.logout({ principal: result.principal, origin });
  }

  /** Claims our own session JWTs for the authentication pipeline. */
  readonly jwtResolver: JwtResolver = {
    kind: 'session',
    accepts: (decoded) =>
      decoded.payload.iss === this.deps.issuer && this.sessionJwt.typ.includes(String(decoded.header.typ)),
    resolve: (_token, decoded) => this.resolveToken(decoded),
  };

  /** The token's verdict, then its session row and user; the answer is cached by the caller. */
  private async resolveToken(decoded: DecodedJwt): Promise<CachedResult> {
    const verdict = await verifyOwnJwt(decoded, this.sessionJwt, {
      keyFor: (kid) => this.deps.signingKeys.findKey(kid),
      clock: this.deps.clock,
    });
    if (!verdict.ok) return refusedOwnJwt('session', verdict);
    const payload = verdict.claims;
    const session = await store.findSession(this.deps.db, payload.jti);
    if (!session || session.userId !== payload.sub) return { result: { ok: false, reason: 'unknown' } };
    const base = { principalId: session.userId, credentialId: session.id };
    if (session.endedAt !== null) return { ...base, result: { ok: false, reason: 'session_ended' } };
    const user = await this.deps.users.findById(session.userId);
    if (!user) return { ...base, result: { ok: false, reason: 'user_not_found' } };
    if (user.suspendedAt !== null) return { ...base, result: { ok: false, reason: 'suspended' } };
    const principal = userPrincipal(user, { kind: 'session', id: session.id });
    const enrolled = await this.deps.mfa.hasFactor(user.id);
    principal.factor = {
      enrolled,
      provedAt: session.factorAt,
      enrolmentRequired: session.enrolmentRequiredAt !== null && !enrolled,
    };
    return {
      ...base,
      result: { ok: true, principal, expiresAt: Math.min(session.expiresAt, payload.exp * 1000) },
    };
  }
}
