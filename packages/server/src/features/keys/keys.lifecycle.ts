// What happens to keys besides their owners' requests: expiry notices, revocation when unused or reported leaked.
import { SYSTEM } from '../../auth/actor.ts';
import type { Invalidation } from '../../auth/invalidation-match.ts';
import type { Db, KeyNotice } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import {
  type Emit,
  keyData,
  keyRevoked,
  type LatchkeyEvent,
  leakReported,
  type RevokeLeaked,
} from '../events/events.catalog.ts';
import type { Job } from '../events/events.schedule.ts';
import { type LeakedKind, leakRevoker } from '../events/leaks.revoke.ts';
import { type SettingsService, unusedDays } from '../settings/settings.service.ts';
import * as store from './keys.lifecycle.store.ts';
import { revokedEntry } from './keys.revoked.ts';
import { revokeKeys } from './keys.store.ts';

const DAY = 86_400_000;
/** Keys found per query; a run takes batches until none is left. */
const BATCH = 500;
/** Keys that expired longer ago than this (before the schedule first ran) get no late key.expired. */
const EXPIRED_LOOKBACK = 7 * DAY;

export interface KeyLifecycleDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  settings: SettingsService;
  emit: Emit;
  invalidate(match: Invalidation): void;
}

export class KeyLifecycle {
  /**
   * Revokes reported keys at once, on every instance (the invalidation), each audited with the
   * report's url and source and evented (credential.leak_reported, key.revoked with reason leaked);
   * a reported key still in its grace after a reroll takes the key that replaced it along.
   */
  readonly revokeLeaked: RevokeLeaked;

  constructor(private readonly deps: KeyLifecycleDeps) {
    this.revokeLeaked = leakRevoker(deps, leakedKeys(deps));
  }

  /** key.expiring (7 days, then 1 day before) and key.expired, each sent once per key. */
  async sendExpiryNotices(now: number): Promise<Record<string, number>> {
    return {
      expiring_1d: await this.notify('expiring_1d', now, now + DAY, (key) => expiring(key, 1)),
      expiring_7d: await this.notify('expiring_7d', now + DAY, now + 7 * DAY, (key) => expiring(key, 7)),
      expired: await this.notify('expired', now - EXPIRED_LOOKBACK, now, (key) => ({
        type: 'key.expired',
        data: { key: keyData(key) },
      })),
    };
  }

  /** Revokes the keys unused for the site's key_revoke_unused_after; audited and evented as `unused`. */
  async revokeUnused(now: number): Promise<Record<string, number>> {
    const days = unusedDays(await this.deps.settings.policy());
    if (days === undefined) return { revoked: 0 };
    let revoked = 0;
    for (;;) {
      const found = await store.unusedKeys(this.deps.db, now - days * DAY, now, BATCH);
      if (found.length === 0) return { revoked };
      const ids = await this.deps.db.transaction().execute(async (tx) => {
        const done = await revokeKeys(tx, now, { ids: found.map((key) => key.id) });
        const byId = new Map(found.map((key) => [key.id, key]));
        await this.deps.audit.record(
          tx,
          SYSTEM,
          ...done.map((key) =>
            revokedEntry(key, 'unused', {
              last_used: byId.get(key.id)?.lastUsedAt ?? null,
              unused_days: days,
            }),
          ),
        );
        await this.deps.emit(tx, ...done.map((key) => keyRevoked(key, 'unused')));
        return done.map((key) => key.id);
      });
      for (const id of ids) this.deps.invalidate({ credentialId: id });
      revoked += ids.length;
      if (found.length < BATCH) return { revoked };
    }
  }

  private async notify(
    notice: KeyNotice,
    from: number,
    to: number,
    event: (key: Awaited<ReturnType<typeof store.keysExpiringWithout>>[number]) => LatchkeyEvent,
  ): Promise<number> {
    let sent = 0;
    for (;;) {
      const found = await store.keysExpiringWithout(this.deps.db, notice, from, to, BATCH);
      if (found.length === 0) return sent;
      await this.deps.db.transaction().execute(async (tx) => {
        const fresh = await store.recordNotices(
          tx,
          notice,
          found.map((key) => key.id),
          Math.max(from, 0),
        );
        // A key inside the last day is told once, "1 day": it never needs the 7-day notice afterwards.
        if (notice === 'expiring_1d') await store.recordNotices(tx, 'expiring_7d', [...fresh], from);
        await this.deps.emit(tx, ...found.filter((key) => fresh.has(key.id)).map(event));
        sent += fresh.size;
      });
      if (found.length < BATCH) return sent;
    }
  }
}

const expiring = (key: Parameters<typeof keyData>[0], days: 1 | 7): LatchkeyEvent => ({
  type: 'key.expiring',
  data: { key: keyData(key), days },
});

/** The schedule's jobs for keys: notices every ten minutes, unused keys every hour. */
export const keyJobs = (lifecycle: KeyLifecycle): Job[] => [
  { name: 'key_expiry_notices', everyMs: 10 * 60_000, run: (now) => lifecycle.sendExpiryNotices(now) },
  { name: 'key_revoke_unused', everyMs: 3600_000, run: (now) => lifecycle.revokeUnused(now) },
];

function leakedKeys(
  deps: KeyLifecycleDeps,
): LeakedKind<Awaited<ReturnType<typeof store.keysByHashes>>[number]> {
  return {
    find: store.keysByHashes,
    async end(tx, actor, found, byHash) {
      const revoked = await revokeKeys(tx, deps.clock.now(), {
        ids: found.map((key) => key.id),
        successors: true,
      });
      const newly = new Set(revoked.map((key) => key.id));
      // The keys that replaced a reported key during its grace: whoever rerolled it may have held the leak.
      const successors = revoked.filter((key) => key.rerolledFrom !== undefined);
      const entries = found.flatMap((key) => {
        const report = byHash.get(key.hash);
        const where = { url: report?.url ?? null, source: report?.source ?? null };
        const reported = {
          action: 'credential.leak_reported' as const,
          target: { type: 'key' as const, id: key.id },
          changes: {
            kind: 'user_key',
            user: key.userId,
            start: key.start,
            ...where,
            revoked: newly.has(key.id),
          },
        };
        if (!newly.has(key.id)) return [reported];
        return [reported, revokedEntry(key, 'leaked', where)];
      });
      const successorEntries = successors.map((key) => revokedEntry(key, 'leaked'));
      await deps.audit.record(tx, actor, ...entries, ...successorEntries);
      await deps.emit(
        tx,
        ...found.flatMap((key) => {
          const report = byHash.get(key.hash);
          const leak = report
            ? [
                leakReported(
                  { kind: 'user_key', id: key.id, start: key.start },
                  { type: 'user', id: key.userId },
                  report,
                ),
              ]
            : [];
          return newly.has(key.id) ? [...leak, keyRevoked(key, 'leaked')] : leak;
        }),
        ...successors.map((key) => keyRevoked(key, 'leaked')),
      );
      return [...newly];
    },
  };
}
