// Recovery from a lost factor: new recovery codes for the signed-in user, and an administrator's reset of
// someone's factors (which ends their sessions).
import type { Caller } from '../../auth/actor.ts';
import type { Db } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { forbidden, invalid } from '../../lib/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import { type Emit, factorEvent } from '../events/events.catalog.ts';
import type { PasskeysService } from '../passkeys/passkeys.service.ts';
import type { UsersService } from '../users/users.service.ts';
import { type MfaService, newRecoveryCode, RECOVERY_CODE_COUNT, recoveryHash } from './mfa.service.ts';
import * as store from './mfa.store.ts';

export interface MfaRecoveryDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  emit: Emit;
  users: UsersService;
  mfa: MfaService;
  passkeys: PasskeysService;
  /** Ends every session of the user (sessions feature), dropping their cached credentials. */
  endSessions(userId: string): Promise<void>;
}

export class MfaRecovery {
  constructor(private readonly deps: MfaRecoveryDeps) {}

  /**
   * Ten new recovery codes for the caller, replacing every earlier one (used or not); shown once. The
   * route is a step-up one: the session proved the factor recently.
   */
  async regenerate(caller: Caller): Promise<string[]> {
    const userId = caller.principal.id;
    if (!(await this.deps.mfa.hasFactor(userId)))
      throw invalid('No second factor is enrolled: recovery codes come with one.');
    const now = this.deps.clock.now();
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await this.deps.db.transaction().execute(async (tx) => {
      await store.replaceRecoveryCodes(
        tx,
        userId,
        codes.map((plain) => ({ id: uuidv7(now), hash: recoveryHash(plain) })),
        now,
      );
      await this.deps.audit.record(tx, caller, {
        action: 'user.recovery_codes_regenerated',
        target: { type: 'user', id: userId },
        changes: { recovery_codes: RECOVERY_CODE_COUNT },
      });
    });
    return codes;
  }

  /**
   * An administrator removes every second factor of a user who lost theirs (the authenticator app, the
   * recovery codes and every passkey, which would otherwise still sign in alone), and ends the user's
   * sessions: they sign in with their password and, if the site's policy covers them, enrol again.
   */
  async reset(caller: Caller, ref: string): Promise<void> {
    const user = await this.deps.users.visibleTo(caller.principal, ref);
    if (user.id === caller.principal.id)
      throw forbidden(
        'You cannot reset your own factors: remove one with DELETE /v0/auth/mfa/totp, or ask another administrator.',
      );
    const hadTotp = await this.deps.mfa.hasTotp(user.id);
    await this.deps.db.transaction().execute(async (tx) => {
      await store.deleteFactor(tx, user.id);
      const passkeys = await this.deps.passkeys.removeAllOf(tx, user.id);
      await this.deps.audit.record(tx, caller, {
        action: 'user.mfa_reset',
        target: { type: 'user', id: user.id },
        changes: { totp: hadTotp, passkeys },
      });
      await this.deps.emit(tx, factorEvent('user.mfa_reset', user, 'all'));
    });
    await this.deps.endSessions(user.id);
  }
}
