// Device sign-in (RFC 8628): the CLI asks for a code, a signed-in person approves it in the console, the CLI polls.
import { randomBytes, randomInt } from 'node:crypto';
import type { Actor, Caller } from '../../auth/actor.ts';
import type { FailureThrottle } from '../../auth/failure-throttle.ts';
import type { Db, DeviceAuthorizationRow } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { hashSecret } from '../../lib/crypto/secrets.ts';
import { ApiError, conflict } from '../../lib/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import type { SessionsService, SignedIn } from '../sessions/sessions.service.ts';
import type { UsersService } from '../users/users.service.ts';
import * as store from './device.store.ts';

/** The one public client allowed the device grant: the `latchkey` CLI. It has no secret to keep. */
export const CLI_CLIENT_ID = 'latchkey-cli';
export const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
/** RFC 8628 §6.1: consonants only (no vowels, so no words), no look-alikes; 20^8 ≈ 2.6 × 10^10 codes. */
const USER_CODE_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZ';
const USER_CODE_LENGTH = 8;
/** Wrong codes a signed-in person may enter in a window before being told to wait. */
export const GUESS_LIMIT = 10;
export const GUESS_WINDOW_MS = 15 * 60_000;
/** RFC 8628 §3.5: each `slow_down` adds five seconds to the interval the device must keep. */
const SLOW_DOWN_STEP = 5;

export interface DeviceDeps {
  db: Db;
  audit: AuditLog;
  clock: Clock;
  users: UsersService;
  sessions: SessionsService;
  /**
   * Wrong codes per signed-in user (keyed by the user's id), GUESS_LIMIT in GUESS_WINDOW_MS: the failure
   * throttle the pipeline keeps per address, in this process like it (the route's budget bounds the rest).
   */
  guesses: FailureThrottle;
  /** Seconds a request stays open for approval. */
  lifetimeSeconds?: number;
  /** Seconds a device waits between polls. */
  intervalSeconds?: number;
}

export interface DeviceRequest {
  deviceCode: string;
  userCode: string;
  expiresIn: number;
  interval: number;
}

/** What the console shows the person asked to approve. */
export interface PendingView {
  clientId: string;
  clientName: string;
  requesterAddress: string;
  requesterAgent: string | null;
  createdAt: number;
  expiresAt: number;
}

export type PollOutcome =
  | { ok: true; signedIn: SignedIn }
  | {
      ok: false;
      error: 'authorization_pending' | 'slow_down' | 'expired_token' | 'access_denied' | 'invalid_grant';
      description: string;
    };

/** `ABCD-EFGH` as the person sees it; typed in any case, with or without the dash or spaces. */
export const normalizeUserCode = (typed: string): string => typed.toUpperCase().replace(/[^A-Z]/g, '');
const displayCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

function newUserCode(): string {
  let code = '';
  for (let i = 0; i < USER_CODE_LENGTH; i++) code += USER_CODE_ALPHABET[randomInt(USER_CODE_ALPHABET.length)];
  return code;
}

export class DeviceService {
  private readonly lifetimeSeconds: number;
  private readonly intervalSeconds: number;

  constructor(private readonly deps: DeviceDeps) {
    this.lifetimeSeconds = deps.lifetimeSeconds ?? 600;
    this.intervalSeconds = deps.intervalSeconds ?? 5;
  }

  /** RFC 8628 §3.1–3.2: a new request; the device code (256 random bits) is stored only as its hash. */
  async authorize(requester: { address: string; agent: string | undefined }): Promise<DeviceRequest> {
    const now = this.deps.clock.now();
    const deviceCode = randomBytes(32).toString('base64url');
    const userCode = newUserCode();
    const row: DeviceAuthorizationRow = {
      id: uuidv7(now),
      deviceCodeHash: hashSecret(deviceCode),
      userCodeHash: hashSecret(userCode),
      clientId: CLI_CLIENT_ID,
      status: 'pending',
      userId: null,
      requesterAddress: requester.address.slice(0, 64),
      requesterAgent: requester.agent?.slice(0, 256) ?? null,
      intervalSeconds: this.intervalSeconds,
      lastPolledAt: null,
      decidedAt: null,
      redeemedAt: null,
      expiresAt: now + this.lifetimeSeconds * 1000,
      createdAt: now,
    };
    await store.insertAuthorization(this.deps.db, row);
    return {
      deviceCode,
      userCode: displayCode(userCode),
      expiresIn: this.lifetimeSeconds,
      interval: this.intervalSeconds,
    };
  }

  /** The pending request a code names, for the person to see before deciding; wrong codes are counted. */
  async lookup(caller: Caller, typedCode: string): Promise<PendingView> {
    const row = await this.pending(caller, typedCode);
    return {
      clientId: row.clientId,
      clientName: 'The latchkey command-line tool',
      requesterAddress: row.requesterAddress,
      requesterAgent: row.requesterAgent,
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
    };
  }

  /** Approves (the device then receives a session of the caller's) or denies the request. Audited. */
  async decide(caller: Caller, typedCode: string, approve: boolean): Promise<void> {
    const row = await this.pending(caller, typedCode);
    const now = this.deps.clock.now();
    const status = approve ? 'approved' : 'denied';
    await this.deps.db.transaction().execute(async (tx) => {
      if (!(await store.decide(tx, row.id, status, caller.principal.id, now)))
        throw conflict('This code was approved or denied already.');
      await this.deps.audit.record(tx, caller, {
        action: approve ? 'session.device_approved' : 'session.device_denied',
        target: { type: 'user', id: caller.principal.id },
        changes: {
          device_authorization: row.id,
          client_id: row.clientId,
          requester_address: row.requesterAddress,
        },
      });
    });
  }

  /** RFC 8628 §3.4–3.5: the device's poll, answered with one of the grant's errors or, once, a session. */
  async poll(deviceCode: string, actor: Actor): Promise<PollOutcome> {
    const { db, clock } = this.deps;
    const row = await store.findByDeviceCode(db, hashSecret(deviceCode));
    if (!row || row.redeemedAt !== null)
      return {
        ok: false,
        error: 'invalid_grant',
        description: 'The device code is unknown or was used already.',
      };
    const now = clock.now();
    if (now >= row.expiresAt)
      return { ok: false, error: 'expired_token', description: 'The device code expired; start again.' };
    if (row.status === 'denied')
      return { ok: false, error: 'access_denied', description: 'The sign-in was denied in the console.' };
    if (row.lastPolledAt !== null && now - row.lastPolledAt < row.intervalSeconds * 1000) {
      const interval = row.intervalSeconds + SLOW_DOWN_STEP;
      await store.polled(db, row.id, now, interval);
      return {
        ok: false,
        error: 'slow_down',
        description: `Polled too fast: wait at least ${interval} seconds between requests from now on.`,
      };
    }
    if (row.status === 'pending') {
      await store.polled(db, row.id, now, row.intervalSeconds);
      return {
        ok: false,
        error: 'authorization_pending',
        description: 'Not approved yet: keep polling at the interval.',
      };
    }
    const user = row.userId === null ? undefined : await this.deps.users.findById(row.userId);
    if (!user || user.suspendedAt !== null)
      return { ok: false, error: 'access_denied', description: 'The approving user can no longer sign in.' };
    if (!(await store.redeem(db, row.id, now)))
      return {
        ok: false,
        error: 'invalid_grant',
        description: 'The device code is unknown or was used already.',
      };
    const signedIn = await this.deps.sessions.startFor(actor, user, { device_authorization: row.id });
    return { ok: true, signedIn };
  }

  private async pending(caller: Caller, typedCode: string): Promise<DeviceAuthorizationRow> {
    const attempt = this.deps.guesses.begin(caller.principal.id);
    if ('blocked' in attempt) {
      const retryAfter = attempt.retryAfterSeconds;
      throw new ApiError('rate_limited', `Too many wrong codes: try again in ${retryAfter} seconds.`, {
        'retry-after': String(retryAfter),
      });
    }
    const now = this.deps.clock.now();
    const code = normalizeUserCode(typedCode);
    const row =
      code.length === USER_CODE_LENGTH
        ? await store.findByUserCode(this.deps.db, hashSecret(code)).catch((error: unknown) => {
            attempt.succeeded(); // ends the reservation: a lookup that failed is no wrong code
            throw error;
          })
        : undefined;
    if (!row || now >= row.expiresAt) {
      attempt.failed();
      throw new ApiError(
        'not_found',
        row
          ? 'This code expired: start the sign-in on the device again.'
          : 'No sign-in is waiting for this code: check it against the one the device shows.',
      );
    }
    attempt.succeeded();
    if (row.status !== 'pending') throw conflict('This code was approved or denied already.');
    return row;
  }
}
