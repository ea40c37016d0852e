// The usage history of a key or an app: who may read it, the window and its buckets, and pruning past retention.
import type { Principal } from '../../auth/principal.ts';
import type { Db } from '../../db/schema.ts';
import { type Clock, toIso } from '../../lib/clock.ts';
import { invalid } from '../../lib/errors.ts';
import { offsetOf, type PageRequest } from '../../lib/pagination.ts';
import type { AppsService } from '../apps/apps.service.ts';
import type { Job } from '../events/events.schedule.ts';
import type { KeysService } from '../keys/keys.service.ts';
import { restrictionsOf } from '../keys/keys.service.ts';
import type { PermissionsService } from '../permissions/permissions.service.ts';
import { HOUR_MS } from './usage.recorder.ts';
import * as store from './usage.store.ts';

const DAY_MS = 24 * HOUR_MS;
/** A report's default window: the last 30 days. */
const DEFAULT_WINDOW_MS = 30 * DAY_MS;
/** The longest window one report covers (hourly buckets over it stay a few thousand). */
const MAX_WINDOW_MS = 400 * DAY_MS;
/** Addresses a report lists, the busiest first. */
export const TOP_ADDRESSES = 20;
/** Outcomes counted apart from the refusals. */
const OWN_TOTALS = ['accepted', 'rate_limited', 'usage_exhausted'] as const;

export type Granularity = 'hour' | 'day';

export interface UsageQuery {
  from?: string;
  to?: string;
  granularity?: Granularity;
}

export interface UsageBucket {
  start: string;
  accepted: number;
  refused: Record<string, number>;
  rate_limited: number;
  usage_exhausted: number;
}

export interface UsageReport {
  from: string;
  to: string;
  granularity: Granularity;
  permissions: {
    granted: string[];
    used: { permission: string; allowed: number; refused: number; last_used_at: string | null }[];
    unused: string[];
  };
  addresses: { address: string; requests: number }[];
  totals: { accepted: number; refused: number; rate_limited: number; usage_exhausted: number };
  /** Refusals by reason over the window. */
  refusals: Record<string, number>;
  buckets: UsageBucket[];
}

export interface UsageDeps {
  db: Db;
  clock: Clock;
  keys: KeysService;
  apps: AppsService;
  permissions: PermissionsService;
  /** Days the history is kept. */
  retentionDays: number;
}

function instant(field: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const at = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(at))
    throw invalid(`querystring.${field}: "${value}" is not an ISO 8601 date or time.`);
  return at;
}

const emptyBucket = (start: number): UsageBucket => ({
  start: toIso(start),
  accepted: 0,
  refused: {},
  rate_limited: 0,
  usage_exhausted: 0,
});

export class UsageService {
  constructor(private readonly deps: UsageDeps) {}

  /** A user key's history: for whoever may view the key (its owner, an administrator; a key only itself). */
  async ofKey(principal: Principal, userRef: string, keyId: string, query: UsageQuery, page: PageRequest) {
    const key = await this.deps.keys.get(principal, userRef, keyId);
    const patterns = restrictionsOf(key.scopes)?.permissions ?? null;
    const granted = await this.deps.permissions.usable({ type: 'user', id: key.userId }, patterns);
    return this.report(key.id, granted, query, page);
  }

  /** An app's history (its tokens and its secret): for its managers. */
  async ofApp(principal: Principal, appRef: string, query: UsageQuery, page: PageRequest) {
    const app = await this.deps.apps.managed(principal, appRef);
    const granted = await this.deps.permissions.usable({ type: 'app', id: app.id }, null);
    return this.report(app.id, granted, query, page);
  }

  private async report(
    credentialId: string,
    granted: string[],
    query: UsageQuery,
    page: PageRequest,
  ): Promise<{ report: UsageReport; total: number }> {
    const now = this.deps.clock.now();
    // By default up to the end of the current hour: the hour in progress is counted.
    const to = instant('to', query.to, now - (now % HOUR_MS) + HOUR_MS);
    const from = instant('from', query.from, to - DEFAULT_WINDOW_MS);
    if (from >= to) throw invalid('querystring.from: must be before querystring.to.');
    if (to - from > MAX_WINDOW_MS)
      throw invalid(`querystring.from: the window is at most ${MAX_WINDOW_MS / DAY_MS} days.`);
    const granularity = query.granularity ?? 'day';
    const bucketMs = granularity === 'day' ? DAY_MS : HOUR_MS;
    // Hours are the stored unit: an hour is in the window when it starts in it.
    const window = { from: from - (from % HOUR_MS), to };
    const { db } = this.deps;

    const first = from - (from % bucketMs);
    const total = Math.ceil((to - first) / bucketMs);
    const offset = offsetOf(page);
    const count = Math.max(0, Math.min(page.perPage, total - offset));
    const starts = Array.from({ length: count }, (_, index) =>
      page.direction === 'desc'
        ? first + (total - 1 - offset - index) * bucketMs
        : first + (offset + index) * bucketMs,
    );
    const buckets = new Map(starts.map((start) => [start, emptyBucket(start)]));

    const [outcomes, addresses, permissions, perBucket] = await Promise.all([
      store.sums(db, credentialId, 'outcome', window),
      store.sums(db, credentialId, 'address', window, TOP_ADDRESSES),
      store.sums(db, credentialId, 'permission', window),
      starts.length === 0
        ? Promise.resolve([])
        : store.outcomesByBucket(
            db,
            credentialId,
            {
              from: Math.max(window.from, Math.min(...starts)),
              to: Math.min(window.to, Math.max(...starts) + bucketMs),
            },
            bucketMs,
          ),
    ]);

    for (const row of perBucket) {
      const bucket = buckets.get(row.start);
      if (!bucket) continue;
      if (row.outcome === 'accepted' || row.outcome === 'rate_limited' || row.outcome === 'usage_exhausted')
        bucket[row.outcome] += row.count;
      else bucket.refused[row.outcome] = (bucket.refused[row.outcome] ?? 0) + row.count;
    }

    const totals = { accepted: 0, refused: 0, rate_limited: 0, usage_exhausted: 0 };
    const refusals: Record<string, number> = {};
    for (const row of outcomes) {
      if ((OWN_TOTALS as readonly string[]).includes(row.item))
        totals[row.item as (typeof OWN_TOTALS)[number]] += row.count;
      else {
        totals.refused += row.count;
        refusals[row.item] = row.count;
      }
    }
    // Every permission checked, with its refusals; one only ever refused is listed but not counted as used.
    const checked = permissions.map((row) => ({
      permission: row.item,
      allowed: row.count,
      refused: row.refused,
      last_used_at: row.lastAt === null ? null : toIso(row.lastAt),
    }));
    const usedNames = new Set(checked.filter((use) => use.allowed > 0).map((use) => use.permission));
    return {
      report: {
        from: toIso(from),
        to: toIso(to),
        granularity,
        permissions: {
          granted,
          used: checked.sort((a, b) => a.permission.localeCompare(b.permission)),
          unused: granted.filter((name) => !usedNames.has(name)),
        },
        addresses: addresses.map((row) => ({ address: row.item, requests: row.count })),
        totals,
        refusals,
        buckets: [...buckets.values()],
      },
      total,
    };
  }

  /** Deletes the hours past retention; the schedule runs it hourly on one instance. */
  async prune(now: number): Promise<{ usage_rows_pruned: number }> {
    const before = now - this.deps.retentionDays * DAY_MS;
    return { usage_rows_pruned: await store.pruneUsage(this.deps.db, before) };
  }

  /** Each key's requests in the last `days` days (for sorting the administrators' key list). */
  requestsSince(since: number) {
    return store.requestsSince(this.deps.db, since);
  }
}

/** The schedule's job: prune the usage history hourly. */
export const usageJobs = (usage: UsageService): Job[] => [
  { name: 'usage_prune', everyMs: HOUR_MS, run: (now) => usage.prune(now) },
];
