// The site's key policy (LabKey's site settings): who may create keys, and how long they may live.
import type { Principal } from '../../auth/principal.ts';
import type { Db } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { uuidv7 } from '../../lib/ids.ts';
import * as store from './settings.store.ts';

export const KEY_LIFETIMES = {
  never: null,
  '7d': 7,
  '30d': 30,
  '90d': 90,
  '180d': 180,
  '365d': 365,
} as const;
export type KeyLifetime = keyof typeof KEY_LIFETIMES;

export interface SitePolicy {
  allow_user_keys: boolean;
  key_max_lifetime: KeyLifetime;
  allow_session_keys: boolean;
}

export const DEFAULT_POLICY: SitePolicy = {
  allow_user_keys: true,
  key_max_lifetime: 'never',
  allow_session_keys: true,
};

/** The longest a key may live under the policy, in seconds; undefined when keys may never expire. */
export function maxLifetimeSeconds(policy: SitePolicy): number | undefined {
  const days = KEY_LIFETIMES[policy.key_max_lifetime];
  return days === null ? undefined : days * 86400;
}

export const credentialLabel = (principal: Principal): string =>
  `${principal.credential.kind}:${principal.credential.start ?? principal.credential.id}`;

export class SettingsService {
  constructor(private readonly deps: { db: Db; clock: Clock }) {}

  async policy(): Promise<SitePolicy> {
    const stored = await store.readSettings(this.deps.db);
    const policy = { ...DEFAULT_POLICY };
    for (const name of Object.keys(DEFAULT_POLICY) as (keyof SitePolicy)[]) {
      if (stored.has(name)) Object.assign(policy, { [name]: stored.get(name) });
    }
    return policy;
  }

  /** Applies the changed settings and records each change (who, what, when) in the same transaction. */
  async update(principal: Principal, patch: Partial<SitePolicy>): Promise<SitePolicy> {
    const at = this.deps.clock.now();
    return this.deps.db.transaction().execute(async (tx) => {
      const current = await this.policy();
      for (const [name, value] of Object.entries(patch) as [keyof SitePolicy, unknown][]) {
        if (value === undefined || value === current[name]) continue;
        await store.writeSetting(tx, name, value, at);
        await store.insertSettingChange(tx, {
          id: uuidv7(at),
          name,
          oldValue: JSON.stringify(current[name]),
          newValue: JSON.stringify(value),
          actorId: principal.id,
          actorCredential: credentialLabel(principal),
          changedAt: at,
        });
      }
      return { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
    });
  }

  changes() {
    return store.listSettingChanges(this.deps.db);
  }
}
