// The site's policy (LabKey's site settings): who may create keys, how long they may live, who needs a second factor.
import type { Caller } from '../../auth/actor.ts';
import type { Db, DbOrTx, Tx } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditLog } from '../audit/audit.service.ts';
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

/** How long a key may go unused before it is revoked (GitHub revokes tokens unused for a year). */
export const UNUSED_AFTER = { never: null, '90d': 90, '180d': 180, '365d': 365 } as const;
export type UnusedAfter = keyof typeof UNUSED_AFTER;

/** Who must have a second factor: nobody, administrators, or every user. */
export const REQUIRE_MFA = ['none', 'admins', 'everyone'] as const;
export type RequireMfa = (typeof REQUIRE_MFA)[number];

export interface SitePolicy {
  allow_user_keys: boolean;
  key_max_lifetime: KeyLifetime;
  allow_session_keys: boolean;
  key_revoke_unused_after: UnusedAfter;
  /** Keys without Latchkey's prefix and checksum (imported from another system) are looked up at all. */
  allow_imported_keys: boolean;
  /** An ISO 8601 time after which imported keys stop working; null: they work until revoked or expired. */
  imported_keys_until: string | null;
  /** Who must enrol a second factor: a covered user without one signs in to a session that may only enrol. */
  require_mfa: RequireMfa;
  /** How long a proved factor lets a session make sensitive changes (step-up), in minutes. */
  step_up_minutes: number;
}

/** What the request path needs of the policy, kept in memory: read on every imported-key request. */
export interface ImportedKeysGate {
  allowed: boolean;
  /** Milliseconds since the epoch; null: no end. */
  until: number | null;
}

/** How long another instance's change to the imported-key settings may take to reach this one. */
const GATE_REFRESH_MS = 2000;

export const DEFAULT_POLICY: SitePolicy = {
  allow_user_keys: true,
  key_max_lifetime: 'never',
  allow_session_keys: true,
  key_revoke_unused_after: 'never',
  allow_imported_keys: false,
  imported_keys_until: null,
  require_mfa: 'none',
  step_up_minutes: 15,
};

/** What the pipeline needs of the sign-in policy on every request, kept in memory. */
export interface FactorPolicy {
  requireMfa: RequireMfa;
  stepUpMs: number;
}

const factorPolicyOf = (policy: SitePolicy): FactorPolicy => ({
  requireMfa: policy.require_mfa,
  stepUpMs: policy.step_up_minutes * 60_000,
});

/** Whether the policy makes this user enrol a second factor. */
export const coveredBy = (requireMfa: RequireMfa, role: 'admin' | 'user'): boolean =>
  requireMfa === 'everyone' || (requireMfa === 'admins' && role === 'admin');

const gateOf = (policy: SitePolicy): ImportedKeysGate => ({
  allowed: policy.allow_imported_keys,
  until: policy.imported_keys_until === null ? null : Date.parse(policy.imported_keys_until),
});

/** The longest a key may live under the policy, in seconds; undefined when keys may never expire. */
export function maxLifetimeSeconds(policy: SitePolicy): number | undefined {
  const days = KEY_LIFETIMES[policy.key_max_lifetime];
  return days === null ? undefined : days * 86400;
}

/** Days of disuse after which keys are revoked; undefined: never. */
export const unusedDays = (policy: SitePolicy): number | undefined =>
  UNUSED_AFTER[policy.key_revoke_unused_after] ?? undefined;

export class SettingsService {
  private gate: ImportedKeysGate = gateOf(DEFAULT_POLICY);
  private factors: FactorPolicy = factorPolicyOf(DEFAULT_POLICY);
  private gateReadAt = 0;
  private gateRefreshing = false;

  constructor(private readonly deps: { db: Db; clock: Clock; audit: AuditLog }) {}

  /** Reads the imported-key settings into memory; at start, before the first request. */
  async load(): Promise<void> {
    this.remember(await this.policy());
  }

  /**
   * The imported-key settings, synchronously (no database read on the request path). A change made on
   * this instance applies at once; one made on another instance within GATE_REFRESH_MS, re-read in the
   * background by the first request that finds the copy older.
   */
  importedKeys(): ImportedKeysGate {
    this.refresh();
    return this.gate;
  }

  /** The second-factor policy, synchronously, kept fresh as `importedKeys` is. */
  factorPolicy(): FactorPolicy {
    this.refresh();
    return this.factors;
  }

  private refresh(): void {
    if (!this.gateRefreshing && performance.now() - this.gateReadAt > GATE_REFRESH_MS) {
      this.gateRefreshing = true;
      this.policy()
        .then(
          (policy) => this.remember(policy),
          () => undefined,
        )
        .finally(() => {
          this.gateRefreshing = false;
        });
    }
  }

  private remember(policy: SitePolicy): void {
    this.gate = gateOf(policy);
    this.factors = factorPolicyOf(policy);
    this.gateReadAt = performance.now();
  }

  async policy(db: DbOrTx = this.deps.db): Promise<SitePolicy> {
    const stored = await store.readSettings(db);
    const policy = { ...DEFAULT_POLICY };
    for (const name of Object.keys(DEFAULT_POLICY) as (keyof SitePolicy)[]) {
      if (stored.has(name)) Object.assign(policy, { [name]: stored.get(name) });
    }
    return policy;
  }

  /** Applies the changed settings and records what changed (from, to) in the same transaction (`within`, when given). */
  async update(caller: Caller, patch: Partial<SitePolicy>, within?: Tx): Promise<SitePolicy> {
    if (!within) return this.deps.db.transaction().execute((tx) => this.update(caller, patch, tx));
    const tx = within;
    const current = await this.policy(tx);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [name, value] of Object.entries(patch) as [keyof SitePolicy, unknown][]) {
      if (value === undefined || value === current[name]) continue;
      await store.writeSetting(tx, name, value, this.deps.clock.now());
      changes[name] = { from: current[name], to: value };
    }
    if (Object.keys(changes).length > 0)
      await this.deps.audit.record(tx, caller, {
        action: 'settings.changed',
        target: { type: 'settings', id: 'site' },
        changes,
      });
    const updated: SitePolicy = {
      ...current,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    };
    this.remember(updated);
    return updated;
  }
}
