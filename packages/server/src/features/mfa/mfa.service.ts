// Second factors: TOTP enrolment, confirmation and removal, recovery codes, and the sign-in challenge a
// right password turns into when its user has a factor.
import { randomBytes } from 'node:crypto';
import type { AccountThrottle } from '../../auth/account-throttle.ts';
import { type Actor, actingAs, type Caller } from '../../auth/actor.ts';
import type { FailureThrottle } from '../../auth/failure-throttle.ts';
import { userPrincipal } from '../../auth/principal.ts';
import { throttled } from '../../auth/refusals.ts';
import type { Db, UserRow } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { hashSecret } from '../../lib/crypto/secrets.ts';
import { base32Encode, generateTotpSeed, matchTotp, otpauthUri } from '../../lib/crypto/totp.ts';
import { ApiError, conflict, invalid } from '../../lib/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { Keyring } from '../../secrets/keyring.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import { type Emit, factorEvent } from '../events/events.catalog.ts';
import type {
  AuthenticationResponseJSON,
  PasskeysService,
  PublicKeyCredentialRequestOptionsJSON,
} from '../passkeys/passkeys.service.ts';
import { normalizeEmail, type UsersService } from '../users/users.service.ts';
import * as store from './mfa.store.ts';

/** The issuer authenticator apps show beside the account. */
export const TOTP_ISSUER = 'Latchkey';
export const RECOVERY_CODE_COUNT = 10;
/** How long a right password waits for its second factor. */
export const CHALLENGE_TTL_MS = 5 * 60_000;
/** Wrong answers one challenge takes before it ends (each also counts against the account's throttle). */
export const CHALLENGE_MAX_FAILURES = 5;
export const MFA_METHODS = ['totp', 'recovery_code', 'passkey'] as const;
export type MfaMethod = (typeof MFA_METHODS)[number];

export interface MfaDeps {
  db: Db;
  clock: Clock;
  keyring: Keyring;
  audit: AuditLog;
  users: UsersService;
  /** Queues webhook events in the transaction of the change (features/events). */
  emit: Emit;
  /** The sign-in throttles: a second factor's failures share the password's counts. */
  accounts: AccountThrottle;
  addresses: FailureThrottle;
  /** A user's passkeys are a second factor too. */
  passkeys: PasskeysService;
}

/** What proves the second factor: a current code from the app, one of the recovery codes, or a passkey. */
export type FactorAnswer =
  | { code: string }
  | { recovery_code: string }
  | { passkey: AuthenticationResponseJSON };

/** A right password's challenge, the methods that can answer it and, with a passkey, what the browser signs. */
export interface PendingFactor {
  challenge: string;
  expiresAt: number;
  methods: MfaMethod[];
  passkeyOptions?: PublicKeyCredentialRequestOptionsJSON;
}

export interface Enrolment {
  uri: string;
  /** The URI as a QR code: an SVG data URL. */
  qrCode: string;
  seed: string;
}

const methodOf = (answer: FactorAnswer): MfaMethod =>
  'passkey' in answer ? 'passkey' : 'recovery_code' in answer ? 'recovery_code' : 'totp';

/** 80 bits each, shown as four groups of four base32 characters. */
export function newRecoveryCode(): string {
  return base32Encode(randomBytes(10))
    .toLowerCase()
    .replace(/(.{4})(?=.)/g, '$1-');
}

/** The form a recovery code is hashed in: case, dashes and spaces as typed do not matter. */
export const recoveryHash = (code: string): string => hashSecret(code.toLowerCase().replace(/[\s-]/g, ''));

export class MfaService {
  constructor(private readonly deps: MfaDeps) {}

  /** Whether the user's sign-in needs a second factor: a confirmed TOTP factor or a passkey. */
  async hasFactor(userId: string): Promise<boolean> {
    return (await this.hasTotp(userId)) || (await this.deps.passkeys.has(userId));
  }

  private async hasTotp(userId: string): Promise<boolean> {
    const factor = await store.findFactor(this.deps.db, userId);
    return factor?.confirmedAt !== null && factor !== undefined;
  }

  async status(
    userId: string,
  ): Promise<{ enrolled: boolean; confirmedAt: number | null; recoveryCodesLeft: number }> {
    const factor = await store.findFactor(this.deps.db, userId);
    const confirmedAt = factor?.confirmedAt ?? null;
    return {
      enrolled: confirmedAt !== null,
      confirmedAt,
      recoveryCodesLeft:
        confirmedAt === null ? 0 : await store.countUnusedRecoveryCodes(this.deps.db, userId),
    };
  }

  /** A new seed for the caller, kept unconfirmed until a first code proves the app holds it. */
  async startEnrolment(caller: Caller): Promise<Enrolment> {
    const user = await this.userOf(caller.principal.id);
    if (await this.hasTotp(user.id))
      throw conflict(
        'A TOTP factor is already enrolled; remove it (DELETE /v0/auth/mfa/totp) to enrol another.',
      );
    const seed = generateTotpSeed();
    const id = uuidv7(this.deps.clock.now());
    await store.replaceUnconfirmed(this.deps.db, {
      id,
      userId: user.id,
      seed: this.deps.keyring.seal('totp_factors.seed', id, seed),
      createdAt: this.deps.clock.now(),
    });
    const uri = otpauthUri(TOTP_ISSUER, user.email, seed);
    const { default: QRCode } = await import('qrcode');
    const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, seed };
  }

  /** Confirms the enrolment with a first code; answers the recovery codes, shown this once. */
  async confirmEnrolment(caller: Caller, code: string): Promise<string[]> {
    const user = await this.userOf(caller.principal.id);
    const userId = user.id;
    const factor = await store.findFactor(this.deps.db, userId);
    if (!factor) throw invalid('No enrolment was started: POST /v0/auth/mfa/totp first.');
    if (factor.confirmedAt !== null) throw conflict('The TOTP factor is already confirmed.');
    const seed = this.deps.keyring.open('totp_factors.seed', factor.id, factor.seed);
    const now = this.deps.clock.now();
    const step = matchTotp(seed, code, now);
    if (step === undefined)
      throw invalid(
        'code: not the current 6-digit code of the authenticator app (check the device’s clock).',
      );
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await this.deps.db.transaction().execute(async (tx) => {
      if (!(await store.useStep(tx, factor.id, step, now)))
        throw conflict('The TOTP factor is already confirmed.');
      await store.replaceRecoveryCodes(
        tx,
        userId,
        codes.map((plain) => ({ id: uuidv7(now), hash: recoveryHash(plain) })),
        now,
      );
      await this.deps.audit.record(tx, caller, {
        action: 'user.mfa_enrolled',
        target: { type: 'user', id: userId },
        changes: { method: 'totp', recovery_codes: RECOVERY_CODE_COUNT },
      });
      await this.deps.emit(tx, factorEvent('user.mfa_enrolled', user, 'totp'));
    });
    return codes;
  }

  /** Removes the caller's factor and recovery codes; needs a current code or a recovery code. */
  async remove(caller: Caller, answer: FactorAnswer): Promise<void> {
    const user = await this.userOf(caller.principal.id);
    if (!(await this.hasTotp(user.id))) throw invalid('No TOTP factor is enrolled.');
    const used = await this.throttled(user, caller, answer);
    // The caller is signed in: a wrong code refuses this action (403), it does not end the session (401).
    if (!used)
      throw new ApiError(
        'forbidden',
        'The code or recovery code is not valid: removing the factor needs a current one.',
      );
    await this.deps.db.transaction().execute(async (tx) => {
      await store.deleteFactor(tx, user.id);
      await this.deps.audit.record(tx, caller, {
        action: 'user.mfa_removed',
        target: { type: 'user', id: user.id },
        changes: { method: 'totp', with: used },
      });
      await this.deps.emit(tx, factorEvent('user.mfa_removed', user, 'totp'));
    });
  }

  /**
   * The signed-in caller proves their factor again (step-up): a current code or an unused recovery code,
   * under the sign-in throttles. A wrong answer is 403: it refuses the action, it does not end the session.
   */
  async prove(caller: Caller, answer: FactorAnswer): Promise<void> {
    const user = await this.userOf(caller.principal.id);
    if (!(await this.hasFactor(user.id)))
      throw invalid('No second factor is enrolled: there is nothing to step up with.');
    const used = await this.throttled(user, caller, answer);
    if (!used) throw new ApiError('forbidden', 'The code or recovery code is not valid.');
    if (used === 'recovery_code') await this.recoveryCodeUsed(caller, user);
  }

  /** Audits a used recovery code with how many are left: a user running low should make new ones. */
  private async recoveryCodeUsed(actor: Actor, user: UserRow): Promise<void> {
    const left = await store.countUnusedRecoveryCodes(this.deps.db, user.id);
    await this.deps.audit.recordAlone(actor, {
      action: 'user.recovery_code_used',
      target: { type: 'user', id: user.id },
      changes: { recovery_codes_left: left },
    });
  }

  /** Hands out a challenge for a user whose password was right: the secret is answered once, stored hashed. */
  async challenge(userId: string): Promise<PendingFactor> {
    const now = this.deps.clock.now();
    const challenge = randomBytes(32).toString('base64url');
    const expiresAt = now + CHALLENGE_TTL_MS;
    await store.pruneChallenges(this.deps.db, now - CHALLENGE_TTL_MS);
    await store.insertChallenge(this.deps.db, {
      id: uuidv7(now),
      userId,
      hash: hashSecret(challenge),
      expiresAt,
      createdAt: now,
    });
    const methods: MfaMethod[] = (await this.hasTotp(userId)) ? ['totp', 'recovery_code'] : [];
    if (!(await this.deps.passkeys.has(userId))) return { challenge, expiresAt, methods };
    const passkeyOptions = await this.deps.passkeys.authenticationOptions('second_factor', userId);
    return { challenge, expiresAt, methods: [...methods, 'passkey'], passkeyOptions };
  }

  /**
   * The second step of a sign-in: the challenge's user, once the answer proves the factor. Wrong
   * answers count against the account's and the address's throttles; the challenge ends on success, or
   * after CHALLENGE_MAX_FAILURES wrong answers.
   */
  async complete(challenge: string, answer: FactorAnswer, actor: Actor): Promise<UserRow> {
    const { db, clock } = this.deps;
    const found = await store.findChallenge(db, hashSecret(challenge));
    if (!found || found.usedAt !== null)
      throw new ApiError(
        'mfa_challenge_invalid',
        'This sign-in challenge is not valid or was used; sign in again.',
      );
    if (found.expiresAt <= clock.now())
      throw new ApiError('mfa_challenge_expired', 'This sign-in challenge has expired; sign in again.');
    const user = await this.deps.users.findById(found.userId);
    if (!user || user.suspendedAt !== null)
      throw new ApiError('mfa_challenge_invalid', 'This sign-in challenge is not valid; sign in again.');
    const used = await this.throttled(user, actor, answer, async () => {
      if ((await store.failChallenge(db, found.id)) >= CHALLENGE_MAX_FAILURES)
        await store.endChallenge(db, found.id, clock.now());
    });
    if (!used) throw new ApiError('mfa_code_invalid', 'The code or recovery code is not valid.');
    if (!(await store.endChallenge(db, found.id, clock.now())))
      throw new ApiError('mfa_challenge_invalid', 'This sign-in challenge was used; sign in again.');
    if (used === 'recovery_code')
      await this.recoveryCodeUsed(
        actingAs(actor, userPrincipal(user, { kind: 'password', id: user.id })),
        user,
      );
    return user;
  }

  /**
   * Checks the answer under the account's and the address's sign-in throttles (429 when either
   * waits); a failure is counted, audited and handed to `onFailure`.
   */
  private async throttled(
    user: UserRow,
    actor: Actor,
    answer: FactorAnswer,
    onFailure?: () => Promise<void>,
  ): Promise<MfaMethod | undefined> {
    const address = actor.origin.ip ?? '';
    const forAccount = this.deps.accounts.begin(normalizeEmail(user.email), address);
    if ('blocked' in forAccount) throw throttled(forAccount.retryAfterSeconds, undefined, 'account');
    const forAddress = this.deps.addresses.begin(address, undefined, forAccount.known);
    if ('blocked' in forAddress) {
      forAccount.released();
      throw throttled(forAddress.retryAfterSeconds);
    }
    let used: MfaMethod | undefined;
    try {
      used = await this.check(user.id, answer, actor);
    } catch (error) {
      forAccount.failed();
      forAddress.failed();
      throw error;
    }
    if (used) {
      forAccount.succeeded();
      forAddress.succeeded();
      return used;
    }
    forAccount.failed();
    forAddress.failed();
    await this.deps.audit.recordAlone(actor, {
      action: 'session.mfa_failed',
      target: { type: 'user', id: user.id },
      changes: { method: methodOf(answer) },
    });
    await onFailure?.();
    return undefined;
  }

  /** Which factor the answer proved (using it up), or undefined. */
  private async check(userId: string, answer: FactorAnswer, actor: Actor): Promise<MfaMethod | undefined> {
    const now = this.deps.clock.now();
    if ('passkey' in answer)
      return (await this.deps.passkeys.verifySecondFactor(userId, answer.passkey, actor))
        ? 'passkey'
        : undefined;
    if ('recovery_code' in answer)
      return (await store.useRecoveryCode(this.deps.db, userId, recoveryHash(answer.recovery_code), now))
        ? 'recovery_code'
        : undefined;
    const factor = await store.findFactor(this.deps.db, userId);
    if (!factor || factor.confirmedAt === null) return undefined;
    const seed = this.deps.keyring.open('totp_factors.seed', factor.id, factor.seed);
    const step = matchTotp(seed, answer.code, now);
    // A code of a step already used (this code, or an earlier one) is a replay.
    return step !== undefined && (await store.useStep(this.deps.db, factor.id, step)) ? 'totp' : undefined;
  }

  private async userOf(id: string): Promise<UserRow> {
    const user = await this.deps.users.findById(id);
    if (!user) throw new ApiError('session_ended', 'This session has ended. Sign in again.');
    return user;
  }
}
