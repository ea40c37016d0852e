// Counts each credential's decisions, addresses and permission checks per hour in memory; written in batches.
import type { Principal } from '../../auth/principal.ts';
import type { UsageRecorder } from '../../auth/usage.ts';
import { Batch, type BatchLogger } from '../../lib/batch-writer.ts';
import type { Clock } from '../../lib/clock.ts';
import type { UsageCredentialKind, UsageRow } from './usage.store.ts';

export const HOUR_MS = 3600_000;

/**
 * Distinct addresses kept per credential and hour between two writes; the rest are counted together as
 * `OTHER_ADDRESSES`, so a flood from spoofed or rotating addresses cannot grow memory or the table.
 */
export const MAX_ADDRESSES = 200;
export const OTHER_ADDRESSES = 'other';

interface PermissionUse {
  allowed: number;
  refused: number;
  lastAt: number;
}

class HourUsage {
  readonly outcomes = new Map<string, number>();
  readonly addresses = new Map<string, number>();
  readonly permissions = new Map<string, PermissionUse>();

  address(address: string, count: number): void {
    const known = this.addresses.get(address);
    if (known !== undefined) this.addresses.set(address, known + count);
    else if (this.addresses.size < MAX_ADDRESSES) this.addresses.set(address, count);
    else this.addresses.set(OTHER_ADDRESSES, (this.addresses.get(OTHER_ADDRESSES) ?? 0) + count);
  }

  permission(name: string, allowed: number, refused: number, at: number): void {
    const use = this.permissions.get(name);
    if (use === undefined) this.permissions.set(name, { allowed, refused, lastAt: at });
    else {
      use.allowed += allowed;
      use.refused += refused;
      if (use.lastAt < at) use.lastAt = at;
    }
  }

  mergeFrom(other: HourUsage): void {
    for (const [outcome, count] of other.outcomes)
      this.outcomes.set(outcome, (this.outcomes.get(outcome) ?? 0) + count);
    for (const [address, count] of other.addresses) this.address(address, count);
    for (const [name, use] of other.permissions) this.permission(name, use.allowed, use.refused, use.lastAt);
  }
}

/** One credential's pending counts, by the hour they fall in. */
export class CredentialUsage {
  readonly hours = new Map<number, HourUsage>();
  constructor(
    readonly kind: UsageCredentialKind,
    readonly id: string,
  ) {}

  hour(at: number): HourUsage {
    const start = at - (at % HOUR_MS);
    let usage = this.hours.get(start);
    if (usage === undefined) {
      usage = new HourUsage();
      this.hours.set(start, usage);
    }
    return usage;
  }

  rows(): UsageRow[] {
    const rows: UsageRow[] = [];
    const base = { credentialKind: this.kind, credentialId: this.id };
    for (const [hour, usage] of this.hours) {
      for (const [item, count] of usage.outcomes)
        rows.push({ ...base, hour, dimension: 'outcome', item, count, refused: 0, lastAt: null });
      for (const [item, count] of usage.addresses)
        rows.push({ ...base, hour, dimension: 'address', item, count, refused: 0, lastAt: null });
      for (const [item, use] of usage.permissions)
        rows.push({
          ...base,
          hour,
          dimension: 'permission',
          item,
          count: use.allowed,
          refused: use.refused,
          lastAt: use.lastAt,
        });
    }
    return rows;
  }
}

function merge(pending: CredentialUsage | undefined, value: CredentialUsage): CredentialUsage {
  if (pending === undefined) return value;
  for (const [start, usage] of value.hours) pending.hour(start).mergeFrom(usage);
  return pending;
}

/**
 * The credential the history is kept for: a user key, a session key, or an app (its tokens and its
 * secret count as the app). Sessions, id tokens and sign-ins have none.
 */
function credentialOf(principal: Principal): { kind: UsageCredentialKind; id: string } | undefined {
  const { kind, id } = principal.credential;
  if (kind === 'user_key' || kind === 'session_key') return { kind, id };
  if (kind === 'app_token' || kind === 'client_secret' || kind === 'client_assertion')
    return { kind: 'app', id: principal.id };
  return undefined;
}

/** The pipeline's recorder: in memory only, written by `flush` every few seconds and at shutdown. */
export class UsageCounter implements UsageRecorder {
  readonly batch: Batch<CredentialUsage>;

  constructor(
    private readonly clock: Clock,
    write: (rows: UsageRow[]) => Promise<void>,
    intervalMs: number,
    logger: BatchLogger,
  ) {
    this.batch = new Batch(
      (pending) => write([...pending.values()].flatMap((usage) => usage.rows())),
      intervalMs,
      logger,
      merge,
    );
  }

  private usageOf(principal: Principal): CredentialUsage | undefined {
    const credential = credentialOf(principal);
    if (credential === undefined) return undefined;
    const pending = this.batch.peek(credential.id);
    if (pending !== undefined) return pending;
    const usage = new CredentialUsage(credential.kind, credential.id);
    this.batch.add(credential.id, usage);
    return usage;
  }

  decided(principal: Principal, outcome: string, address: string): void {
    const usage = this.usageOf(principal);
    if (usage === undefined) return;
    const hour = usage.hour(this.clock.now());
    hour.outcomes.set(outcome, (hour.outcomes.get(outcome) ?? 0) + 1);
    hour.address(address, 1);
  }

  checked(principal: Principal, asked: readonly string[], missing: readonly string[]): void {
    const usage = this.usageOf(principal);
    if (usage === undefined) return;
    const now = this.clock.now();
    const hour = usage.hour(now);
    for (const name of asked) {
      const refused = missing.includes(name);
      hour.permission(name, refused ? 0 : 1, refused ? 1 : 0, now);
    }
  }

  start(): void {
    this.batch.start();
  }

  flush(): Promise<void> {
    return this.batch.flush();
  }

  stop(): Promise<void> {
    return this.batch.stop();
  }
}
