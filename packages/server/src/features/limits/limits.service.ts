// Usage limits on keys and apps: set (audited), shown, and spent once per accepted request, exactly across instances.
import type { Caller } from '../../auth/actor.ts';
import type { InvalidationListener } from '../../auth/invalidation.ts';
import type { Invalidation } from '../../auth/invalidation-match.ts';
import type { ChargedAndSpent, ChargeWithSpend, Spent, UsageLimiter } from '../../auth/limits.ts';
import type { Principal } from '../../auth/principal.ts';
import type { Budget } from '../../auth/ratelimit/budget.ts';
import { decisionOf } from '../../auth/ratelimit/token-bucket.ts';
import type { Db } from '../../db/schema.ts';
import { Batch, type BatchLogger } from '../../lib/batch-writer.ts';
import type { Clock } from '../../lib/clock.ts';
import { ApiError, forbidden } from '../../lib/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import type { Emit, LatchkeyEvent } from '../events/events.catalog.ts';
import type { Counted, RedisCounter } from './limits.redis.ts';
import { Reservations, retryAfter } from './limits.reserve.ts';
import {
  intervalOf,
  type LimitsInput,
  type LimitsView,
  limitsView,
  nextRefill,
  type RefillInterval,
  remainingAt,
  widening,
} from './limits.rules.ts';
import * as store from './limits.store.ts';

export interface LimitsDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  emit: Emit;
  invalidate(match: Invalidation): void;
  log: BatchLogger;
  /** How long an instance trusts what it read of a limit's settings (invalidations drop it sooner). */
  cacheTtlMs: number;
  /** How often the counts Redis keeps are written back to the database. */
  flushIntervalMs: number;
  /** The counter when Redis is configured; without it the database counts. */
  redis?: RedisCounter;
  /** The rate limit's buckets are in the same Redis (same prefix): a limited request's token and use go in one call. */
  bucketsInRedis?: boolean;
  /**
   * The database is this instance's alone (SQLite): without Redis, uses are reserved from it in blocks and
   * spent in memory rather than written one per request.
   */
  soleWriter?: boolean;
}

/** What a limited credential is: a user API key, or an app (its tokens spend from the app). */
export type LimitTarget = { kind: 'key'; id: string } | { kind: 'app'; id: string };

/** A limit's settings, as an instance keeps them; null: the credential has no limit. */
interface Settings {
  version: string;
  refillAmount: number | null;
  interval: RefillInterval | null;
}

interface Known {
  settings: Settings | null;
  until: number;
}

/** What Redis counted, to be written back to the database. */
interface CountedBack {
  remaining: number;
  nextRefillAt: number | null;
  version: string;
}

/** The limit a principal spends from: its API key's, or its app's (tokens); nothing else is limited. */
export function limitIdOf(principal: Principal): string | undefined {
  const kind = principal.credential.kind;
  if (kind === 'user_key') return principal.credential.id;
  if (kind === 'app_token') return principal.id;
  return undefined;
}

/** Keeps the further-on of two counts: a later period, or fewer uses left in the same one. */
function further(pending: CountedBack | undefined, value: CountedBack): CountedBack {
  if (pending === undefined || pending.version !== value.version) return value;
  const a = pending.nextRefillAt ?? 0;
  const b = value.nextRefillAt ?? 0;
  if (b > a || (b === a && value.remaining < pending.remaining)) return value;
  return pending;
}

/** Most distinct limits an instance remembers the settings of. */
const MAX_KNOWN = 100_000;

export class LimitsService implements UsageLimiter, InvalidationListener {
  private readonly known = new Map<string, Known>();
  private readonly writeBack: Batch<CountedBack>;
  private readonly reservations: Reservations | undefined;

  constructor(private readonly deps: LimitsDeps) {
    this.reservations = deps.redis === undefined && deps.soleWriter ? new Reservations(deps.db) : undefined;
    this.writeBack = new Batch(
      async (pending) => {
        for (const [id, counted] of pending) await store.writeBack(deps.db, id, counted);
      },
      deps.flushIntervalMs,
      deps.log,
      further,
    );
  }

  start(): void {
    if (this.deps.redis) this.writeBack.start();
  }

  async stop(): Promise<void> {
    await this.reservations?.returnAll(this.deps.clock.now());
    await this.writeBack.stop();
    await this.deps.redis?.close();
  }

  invalidated(match: Invalidation): undefined {
    if (match.credentialId !== undefined) this.known.delete(match.credentialId);
    if (match.principalId !== undefined) this.known.delete(match.principalId);
    return undefined;
  }

  reset(): void {
    this.known.clear();
  }

  spend(principal: Principal): Spent | Promise<Spent | undefined> | undefined {
    const id = limitIdOf(principal);
    if (id === undefined) return undefined;
    const known = this.known.get(id);
    if (known !== undefined && known.until > performance.now()) {
      return known.settings === null ? undefined : this.counted(principal, id, known.settings);
    }
    return this.load(id).then((settings) =>
      settings === null ? undefined : this.counted(principal, id, settings),
    );
  }

  /** Spends from the uses this instance holds when it can (no I/O, no promise), else asks the counter. */
  private counted(principal: Principal, id: string, settings: Settings): Spent | Promise<Spent | undefined> {
    const reservations = this.reservations;
    if (reservations === undefined) return this.count(principal, id, settings);
    const held = reservations.take(id, settings.version, this.deps.clock.now());
    if (held !== undefined) return this.told(principal, id, held);
    return reservations.fill(id, this.deps.clock.now()).then(() => {
      const reserved = reservations.take(id, settings.version, this.deps.clock.now());
      // Nothing reserved (the limit changed meanwhile): this request is counted in the row itself.
      return reserved === undefined
        ? this.count(principal, id, settings)
        : this.told(principal, id, reserved);
    });
  }

  /** A spend's answer, with `key.usage_exhausted` when it took the last use. */
  private told(principal: Principal, id: string, spent: Spent): Spent {
    if (spent.ok && spent.remaining === 0) this.exhausted(principal, id);
    return spent;
  }

  private async load(id: string): Promise<Settings | null> {
    const row = await store.findLimit(this.deps.db, id);
    const settings = row === undefined ? null : settingsOf(row);
    if (this.known.size >= MAX_KNOWN) this.known.clear();
    this.known.set(id, { settings, until: performance.now() + this.deps.cacheTtlMs });
    return settings;
  }

  private async count(principal: Principal, id: string, settings: Settings): Promise<Spent | undefined> {
    const now = this.deps.clock.now();
    const next = settings.interval === null ? null : nextRefill(settings.interval, now);
    const redis = this.deps.redis;
    if (redis === undefined) {
      const spent = await store.spendOne(this.deps.db, id, now, next);
      if (spent !== undefined) {
        if (spent.remaining === 0) this.exhausted(principal, id);
        return { ok: true, remaining: spent.remaining };
      }
      const row = await store.findLimit(this.deps.db, id);
      if (row === undefined) return undefined;
      return { ok: false, retryAfterSeconds: retryAfter(row.nextRefillAt, now) };
    }
    let counted: Counted;
    try {
      counted = await redis.spend(id, settings.version, now, next, settings.refillAmount);
    } catch (err) {
      throw this.redisAway(err);
    }
    return this.countedInRedis(redis, principal, id, settings.version, now, counted);
  }

  /**
   * With the rate limit's buckets in the same Redis: the token and the use in one call at the end of the
   * pipeline (auth/limits.ts). Undefined when the principal has no limit, or its settings are not known yet
   * (then the pipeline charges first and spends after, which loads them).
   */
  chargeWithSpend(principal: Principal, budget: Budget): ChargeWithSpend | undefined {
    const redis = this.deps.redis;
    if (redis === undefined || !this.deps.bucketsInRedis) return undefined;
    const id = limitIdOf(principal);
    if (id === undefined) return undefined;
    const known = this.known.get(id);
    if (known === undefined || known.until <= performance.now() || known.settings === null) return undefined;
    const settings = known.settings;
    return (accepted) => this.takeAndSpend(redis, principal, budget, id, settings, accepted);
  }

  private async takeAndSpend(
    redis: RedisCounter,
    principal: Principal,
    budget: Budget,
    id: string,
    settings: Settings,
    accepted: boolean,
  ): Promise<ChargedAndSpent> {
    const now = this.deps.clock.now();
    const next = settings.interval === null ? null : nextRefill(settings.interval, now);
    let answer: Awaited<ReturnType<RedisCounter['takeAndSpend']>>;
    try {
      const bucket = { type: principal.type, id: principal.id, budget };
      answer = await redis.takeAndSpend(
        bucket,
        accepted,
        id,
        settings.version,
        now,
        next,
        settings.refillAmount,
      );
    } catch (err) {
      // A refused request spends nothing, so it needs no count: the rate limit fails open, as it does alone.
      if (!accepted) return { decision: undefined, spent: undefined };
      throw this.redisAway(err);
    }
    const decision = decisionOf(answer.tokens, budget, answer.allowed);
    if (answer.spent === undefined) return { decision, spent: undefined };
    const spent = await this.countedInRedis(redis, principal, id, settings.version, now, answer.spent);
    return { decision, spent };
  }

  /** What Redis counted; a counter that needs its start (a new limit, or one Redis lost) starts from the row. */
  private async countedInRedis(
    redis: RedisCounter,
    principal: Principal,
    id: string,
    version: string,
    now: number,
    first: Counted,
  ): Promise<Spent | undefined> {
    let counted = first;
    if (counted.left === -2) {
      try {
        const row = await store.findLimit(this.deps.db, id);
        if (row === undefined) return undefined;
        const fresh = settingsOf(row);
        version = fresh.version;
        counted = await redis.spend(
          id,
          version,
          now,
          fresh.interval === null ? null : nextRefill(fresh.interval, now),
          fresh.refillAmount,
          { remaining: row.remaining, nextRefillAt: row.nextRefillAt },
        );
      } catch (err) {
        throw this.redisAway(err);
      }
    }
    if (counted.left < 0) return { ok: false, retryAfterSeconds: retryAfter(counted.nextRefillAt, now) };
    this.writeBack.add(id, { remaining: counted.left, nextRefillAt: counted.nextRefillAt, version });
    if (counted.left === 0) this.exhausted(principal, id);
    return { ok: true, remaining: counted.left };
  }

  /** Exact or nothing: a limited credential is not let through on a guess while Redis is away. */
  private redisAway(err: unknown): ApiError {
    this.deps.log.error({ err: { message: (err as Error).message } }, 'usage limits: Redis did not answer');
    return new ApiError('unavailable', 'Usage limits cannot be counted right now; try again shortly.', {
      'retry-after': '1',
    });
  }

  /**
   * The last use was just spent: `key.usage_exhausted`, once per exhaustion (one spend in every instance
   * takes the count to zero), queued off the request's path.
   */
  private exhausted(principal: Principal, id: string): void {
    const event = exhaustedEvent(principal, id);
    this.deps.db
      .transaction()
      .execute((tx) => this.deps.emit(tx, event))
      .catch((err: unknown) => this.deps.log.error({ err }, 'could not queue key.usage_exhausted'));
  }

  /** Flushes what Redis counted to the database (tests, shutdown). */
  flush(): Promise<void> {
    return this.writeBack.flush();
  }

  /** The limit as it stands now (Redis's count when it keeps one). */
  async view(target: LimitTarget): Promise<LimitsView> {
    return (await this.views([target.id])).get(target.id) ?? null;
  }

  /** Several credentials' limits at once (a page of keys or apps). */
  async views(ids: readonly string[]): Promise<Map<string, LimitsView>> {
    const rows = await store.findLimits(this.deps.db, ids);
    const now = this.deps.clock.now();
    const views = new Map<string, LimitsView>();
    for (const row of rows) {
      let counted: { remaining: number; nextRefillAt: number | null } = row;
      if (this.deps.redis) {
        const peeked = await this.deps.redis.peek(row.credentialId, row.version).catch(() => undefined);
        if (peeked) counted = peeked;
      }
      if (this.reservations)
        counted = { ...row, remaining: row.remaining + this.reservations.heldFor(row, now) };
      const current = { ...row, ...counted };
      views.set(row.credentialId, limitsView(current, remainingAt(current, now), now));
    }
    return views;
  }

  /**
   * A reroll: the new key takes the old key's limit with the uses it has left, and the old key (in its grace
   * window) keeps none, so the two together never get more than the one limit.
   */
  async carry(fromId: string, toId: string): Promise<LimitsView> {
    const now = this.deps.clock.now();
    const moved = await this.deps.db.transaction().execute(async (tx) => {
      const row = await store.findLimitForUpdate(tx, fromId);
      if (row === undefined) return undefined;
      const drained = this.deps.redis ? await this.deps.redis.drain(fromId, row.version) : undefined;
      const held = this.reservations?.release(row, now) ?? 0;
      const due = row.nextRefillAt !== null && row.nextRefillAt <= now;
      const left = due ? remainingAt(row, now) : (drained ?? row.remaining + held);
      const version = uuidv7(now);
      const next: store.LimitRow = { ...row, credentialId: toId, remaining: left, version, updatedAt: now };
      await store.putLimit(tx, next);
      await store.putLimit(tx, {
        ...row,
        remaining: 0,
        refillAmount: null,
        refillInterval: null,
        nextRefillAt: null,
        version,
        updatedAt: now,
      });
      return next;
    });
    if (moved === undefined) return null;
    this.deps.invalidate({ credentialId: fromId });
    return limitsView(moved, moved.remaining, now);
  }

  /**
   * Sets (or with null removes) a credential's limit, audited. `narrowOnly`: the caller may only narrow
   * it (a 403 names the widening); creating a credential with a limit narrows nothing and passes false.
   */
  async set(
    caller: Caller,
    target: LimitTarget,
    input: LimitsInput | null,
    options: { narrowOnly: boolean; created?: boolean },
  ): Promise<LimitsView> {
    const before = options.created ? null : await this.view(target);
    if (options.narrowOnly) {
      const why = widening(before, input);
      if (why !== undefined)
        throw forbidden(
          `limits: ${why} widens the ${target.kind === 'key' ? 'key' : 'app'}’s usage limit; only an administrator’s session may raise or remove a limit.`,
        );
    }
    if (before === null && input === null) return null;
    const now = this.deps.clock.now();
    const refill = input?.refill ?? null;
    const row: store.LimitRow | undefined =
      input === null
        ? undefined
        : {
            credentialId: target.id,
            credentialKind: target.kind,
            remaining: input.remaining,
            refillAmount: refill?.amount ?? null,
            refillInterval: refill === null ? null : String(refill.interval),
            nextRefillAt: refill === null ? null : nextRefill(refill.interval, now),
            version: uuidv7(now),
            updatedAt: now,
          };
    await this.deps.db.transaction().execute(async (tx) => {
      if (row === undefined) await store.deleteLimit(tx, target.id);
      else await store.putLimit(tx, row);
      await this.deps.audit.record(tx, caller, {
        action: target.kind === 'key' ? 'key.limits_changed' : 'app.limits_changed',
        target: { type: target.kind, id: target.id },
        changes: {
          limits: { from: before, to: row === undefined ? null : limitsView(row, row.remaining, now) },
        },
      });
    });
    this.deps.invalidate(target.kind === 'key' ? { credentialId: target.id } : { principalId: target.id });
    return row === undefined ? null : limitsView(row, row.remaining, now);
  }
}

const settingsOf = (row: store.LimitRow): Settings => ({
  version: row.version,
  refillAmount: row.refillAmount,
  interval: intervalOf(row.refillInterval),
});

function exhaustedEvent(principal: Principal, id: string): LatchkeyEvent {
  const credential =
    principal.type === 'app'
      ? { app: { id, client_id: principal.clientId, slug: principal.slug, name: principal.name } }
      : {
          key: { id, user: principal.id, start: principal.credential.start },
          user: { id: principal.id, slug: principal.slug },
        };
  return {
    type: 'key.usage_exhausted',
    data: { credential: principal.type === 'app' ? 'app' : 'key', ...credential },
  };
}

/**
 * Who may change a limit once set: a signed-in session only (a key or token cannot change any, not even
 * its own); an administrator's may raise or remove it, anyone else's may only narrow it. Answers `narrowOnly`.
 */
export function narrowOnlyFor(principal: Principal): boolean {
  if (principal.credential.kind !== 'session')
    throw forbidden(
      'body.limits: only a signed-in session may change a usage limit; a key or token cannot change one, not even its own.',
    );
  return !principal.isAdmin;
}
