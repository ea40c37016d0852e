// Passkeys (WebAuthn): registering one, listing and removing them, and checking an assertion, for a
// password-less sign-in or as the second factor after a password.
import { randomBytes } from 'node:crypto';
import type {
  AuthenticationResponseJSON,
  AuthenticatorTransportFuture,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
  VerifiedRegistrationResponse,
} from '@simplewebauthn/server';
import type { AccountThrottle } from '../../auth/account-throttle.ts';
import { type Actor, actingAs, type Caller } from '../../auth/actor.ts';
import type { FailureThrottle } from '../../auth/failure-throttle.ts';
import { userPrincipal } from '../../auth/principal.ts';
import { throttled } from '../../auth/refusals.ts';
import type { Db, PasskeyPurpose, PasskeyRow, UserRow } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { hashSecret } from '../../lib/crypto/secrets.ts';
import { ApiError, conflict, invalid, notFound } from '../../lib/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import { normalizeEmail, type UsersService } from '../users/users.service.ts';
import * as store from './passkeys.store.ts';

/**
 * @simplewebauthn/server and the certificate libraries under it, loaded at the first passkey operation: they are
 * the largest part of the server's start-up otherwise, and many deployments never use passkeys.
 */
const webauthn = () => import('@simplewebauthn/server');

/** How long a challenge handed out waits for the authenticator's answer. */
export const PASSKEY_CHALLENGE_TTL_MS = 5 * 60_000;
/** The relying party's name browsers show when a passkey is made. */
export const RP_NAME = 'Latchkey';
export const MAX_PASSKEYS_PER_USER = 20;

export type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
};

export interface PasskeysDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  users: UsersService;
  /** LATCHKEY_PUBLIC_URL: its host is the relying party id, its origin the only one accepted. */
  publicUrl: string;
  /** The sign-in throttles: a passkey assertion is a credential like a password. */
  accounts: AccountThrottle;
  addresses: FailureThrottle;
}

const transportsOf = (row: PasskeyRow): AuthenticatorTransportFuture[] =>
  row.transports === '' ? [] : (row.transports.split(',') as AuthenticatorTransportFuture[]);

export class PasskeysService {
  private readonly rpId: string;
  private readonly origin: string;

  constructor(private readonly deps: PasskeysDeps) {
    const url = new URL(deps.publicUrl);
    this.rpId = url.hostname;
    this.origin = url.origin;
  }

  list(userId: string): Promise<PasskeyRow[]> {
    return store.listForUser(this.deps.db, userId);
  }

  async has(userId: string): Promise<boolean> {
    return (await store.countForUser(this.deps.db, userId)) > 0;
  }

  /** What navigator.credentials.create() takes to make a passkey for the signed-in caller. */
  async registrationOptions(caller: Caller): Promise<PublicKeyCredentialCreationOptionsJSON> {
    const user = await this.userOf(caller.principal.id);
    const existing = await store.listForUser(this.deps.db, user.id);
    if (existing.length >= MAX_PASSKEYS_PER_USER)
      throw conflict(`At most ${MAX_PASSKEYS_PER_USER} passkeys per user: remove one first.`);
    const { generateRegistrationOptions } = await webauthn();
    return generateRegistrationOptions({
      rpName: RP_NAME,
      rpID: this.rpId,
      userName: user.email,
      userDisplayName: user.name,
      // The user handle a discoverable passkey hands back at a password-less sign-in.
      userID: new TextEncoder().encode(user.id),
      challenge: await this.newChallenge('register', user.id),
      timeout: PASSKEY_CHALLENGE_TTL_MS,
      attestationType: 'none',
      // The same authenticator twice would be one factor counted as two.
      excludeCredentials: existing.map((row) => ({ id: row.credentialId, transports: transportsOf(row) })),
      // Resident (discoverable), so it can start a sign-in with no email typed.
      authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
    });
  }

  /** Verifies the authenticator's answer to the caller's registration challenge and keeps its public key. */
  async register(caller: Caller, name: string, response: RegistrationResponseJSON): Promise<PasskeyRow> {
    const user = await this.userOf(caller.principal.id);
    const now = this.deps.clock.now();
    const { verifyRegistrationResponse } = await webauthn();
    let verified: VerifiedRegistrationResponse;
    try {
      verified = await verifyRegistrationResponse({
        response,
        expectedChallenge: (challenge) => this.useChallenge(challenge, 'register', user.id),
        expectedOrigin: this.origin,
        expectedRPID: this.rpId,
        requireUserVerification: false,
      });
    } catch (error) {
      throw invalid(`credential: not a valid answer to a registration challenge (${reasonOf(error)}).`);
    }
    if (!verified.verified) throw invalid('credential: the registration could not be verified.');
    const { credential } = verified.registrationInfo;
    if (await store.findByCredentialId(this.deps.db, credential.id))
      throw conflict('This passkey is already registered.');
    const row: PasskeyRow = {
      id: uuidv7(now),
      userId: user.id,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey).toString('base64url'),
      counter: credential.counter,
      transports: (credential.transports ?? response.response.transports ?? []).join(','),
      name: name.trim() || 'Passkey',
      lastUsedAt: null,
      createdAt: now,
    };
    await this.deps.db.transaction().execute(async (tx) => {
      await store.insert(tx, row);
      await this.deps.audit.record(tx, caller, {
        action: 'user.mfa_enrolled',
        target: { type: 'user', id: user.id },
        changes: { method: 'passkey', passkey: row.id, name: row.name },
      });
    });
    return row;
  }

  async remove(caller: Caller, id: string): Promise<void> {
    const userId = caller.principal.id;
    const row = await store.findById(this.deps.db, id);
    // Another user's passkey is as unknown as one that does not exist.
    if (!row || row.userId !== userId) throw notFound('Passkey');
    await this.deps.db.transaction().execute(async (tx) => {
      if (!(await store.remove(tx, id))) throw notFound('Passkey');
      await this.deps.audit.record(tx, caller, {
        action: 'user.mfa_removed',
        target: { type: 'user', id: userId },
        changes: { method: 'passkey', passkey: id, name: row.name },
      });
    });
  }

  /**
   * What navigator.credentials.get() takes: for a password-less sign-in any passkey of this site (the
   * authenticator offers its discoverable ones); as a second factor, only the user's own.
   */
  async authenticationOptions(
    purpose: 'sign_in' | 'second_factor',
    userId: string | null,
  ): Promise<PublicKeyCredentialRequestOptionsJSON> {
    const allow =
      userId === null
        ? []
        : (await store.listForUser(this.deps.db, userId)).map((row) => ({
            id: row.credentialId,
            transports: transportsOf(row),
          }));
    const { generateAuthenticationOptions } = await webauthn();
    return generateAuthenticationOptions({
      rpID: this.rpId,
      allowCredentials: allow,
      challenge: await this.newChallenge(purpose, userId),
      timeout: PASSKEY_CHALLENGE_TTL_MS,
      // Alone, a passkey must prove its user too (PIN or biometrics); after a password, presence will do.
      userVerification: purpose === 'sign_in' ? 'required' : 'preferred',
    });
  }

  /**
   * A password-less sign-in: the user whose passkey signed a sign-in challenge. Failures count against
   * the address's throttle, and against the account's once the passkey names one.
   */
  async signIn(response: AuthenticationResponseJSON, actor: Actor): Promise<UserRow> {
    const address = actor.origin.ip ?? '';
    const row = await store.findByCredentialId(this.deps.db, response.id);
    const user = row ? await this.deps.users.findById(row.userId) : undefined;
    const forAccount = user ? this.deps.accounts.begin(normalizeEmail(user.email), address) : undefined;
    if (forAccount && 'blocked' in forAccount)
      throw throttled(forAccount.retryAfterSeconds, undefined, 'account');
    const forAddress = this.deps.addresses.begin(address, undefined, forAccount?.known ?? false);
    if ('blocked' in forAddress) {
      forAccount?.released();
      throw throttled(forAddress.retryAfterSeconds);
    }
    const ok =
      row !== undefined && user !== undefined && user.suspendedAt === null
        ? await this.verifyAssertion(response, 'sign_in', null, row, user, actor)
        : false;
    if (ok && user) {
      forAccount?.succeeded();
      forAddress.succeeded();
      return user;
    }
    forAccount?.failed();
    forAddress.failed();
    await this.deps.audit.recordAlone(actor, {
      action: 'session.sign_in_failed',
      target: { type: 'user', id: user?.id ?? response.id.slice(0, 254) },
      changes: { method: 'passkey', reason: user ? 'passkey_refused' : 'unknown_passkey' },
    });
    throw new ApiError('passkey_invalid', 'The passkey could not be verified for this site; sign in again.');
  }

  /** As the second factor for `userId`: whether the assertion is from one of their passkeys (used up). */
  async verifySecondFactor(
    userId: string,
    response: AuthenticationResponseJSON,
    actor: Actor,
  ): Promise<boolean> {
    const row = await store.findByCredentialId(this.deps.db, response.id);
    const user = await this.deps.users.findById(userId);
    if (!row || !user || row.userId !== userId) return false;
    return this.verifyAssertion(response, 'second_factor', userId, row, user, actor);
  }

  /**
   * Checks the signature over a challenge of this purpose (used up either way), the origin and relying
   * party, and that the signature counter moved forward; audits the use.
   */
  private async verifyAssertion(
    response: AuthenticationResponseJSON,
    purpose: 'sign_in' | 'second_factor',
    userId: string | null,
    row: PasskeyRow,
    user: UserRow,
    actor: Actor,
  ): Promise<boolean> {
    // A discoverable passkey names its user: it must be the one the passkey was registered to.
    const handle = response.response.userHandle;
    if (handle !== undefined && Buffer.from(handle, 'base64url').toString('utf8') !== row.userId)
      return false;
    const { verifyAuthenticationResponse } = await webauthn();
    let newCounter: number;
    try {
      const verified = await verifyAuthenticationResponse({
        response,
        expectedChallenge: (challenge) => this.useChallenge(challenge, purpose, userId),
        expectedOrigin: this.origin,
        expectedRPID: this.rpId,
        credential: {
          id: row.credentialId,
          publicKey: Buffer.from(row.publicKey, 'base64url'),
          counter: row.counter,
          transports: transportsOf(row),
        },
        requireUserVerification: purpose === 'sign_in',
      });
      if (!verified.verified) return false;
      newCounter = verified.authenticationInfo.newCounter;
    } catch {
      // A wrong origin, relying party, challenge, signature or a counter that went back: all one refusal.
      return false;
    }
    const now = this.deps.clock.now();
    if (!(await store.advanceCounter(this.deps.db, row.id, row.counter, newCounter, now))) return false;
    await this.deps.audit.recordAlone(
      actingAs(actor, userPrincipal(user, { kind: 'password', id: user.id })),
      {
        action: 'user.passkey_used',
        target: { type: 'user', id: user.id },
        changes: { passkey: row.id, name: row.name, purpose },
      },
    );
    return true;
  }

  /** Random bytes; the options and the client data carry them base64url-encoded, as they are hashed. */
  private async newChallenge(
    purpose: PasskeyPurpose,
    userId: string | null,
  ): Promise<Uint8Array<ArrayBuffer>> {
    const now = this.deps.clock.now();
    const bytes = new Uint8Array(randomBytes(32));
    const challenge = Buffer.from(bytes).toString('base64url');
    await store.pruneChallenges(this.deps.db, now);
    await store.insertChallenge(this.deps.db, {
      id: uuidv7(now),
      hash: hashSecret(challenge),
      purpose,
      userId,
      expiresAt: now + PASSKEY_CHALLENGE_TTL_MS,
      createdAt: now,
    });
    return bytes;
  }

  private useChallenge(challenge: string, purpose: PasskeyPurpose, userId: string | null): Promise<boolean> {
    return store.useChallenge(this.deps.db, hashSecret(challenge), purpose, userId, this.deps.clock.now());
  }

  private async userOf(id: string): Promise<UserRow> {
    const user = await this.deps.users.findById(id);
    if (!user) throw new ApiError('session_ended', 'This session has ended. Sign in again.');
    return user;
  }
}

const reasonOf = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).replace(/[^\x20-\x7e]/g, '').slice(0, 200);
