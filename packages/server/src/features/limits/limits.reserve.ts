// Counting on a database one instance writes alone (SQLite): uses are reserved from the row in blocks and spent
// in memory, so a request spends without a write. The row never holds more than is really left: a crash loses the
// reserved uses not spent yet (the credential gets fewer, never more), and a stop gives them back.
import type { Spent } from '../../auth/limits.ts';
import type { Db } from '../../db/schema.ts';
import { intervalOf, nextRefill, remainingAt } from './limits.rules.ts';
import * as store from './limits.store.ts';

/**
 * The largest block reserved at once: at most this many uses are lost to a crash, per credential. Blocks
 * hold a second or two of their credential's traffic, so a busy key reserves (a read and a write of its row)
 * about once a second; bench/README.md measures what more frequent reservations cost.
 */
export const MAX_BLOCK = 16_384;
/** A block spent within this of its reservation was too small: the next one doubles. */
const BUSY_MS = 1000;
/** One spent within this was about right: the next is the same size; one that lasted longer, half. */
const STEADY_MS = 2000;
/** A credential used this rarely starts again at 1. */
const IDLE_MS = 10_000;

/**
 * The size of the next block, from the last one (of the same limit) and how long it lasted: blocks settle at
 * one to two seconds of the credential's traffic, up to MAX_BLOCK, and at 1 for a credential used rarely.
 */
export function nextBlock(last: { block: number; lastedMs: number } | undefined): number {
  if (last === undefined || last.lastedMs >= IDLE_MS) return 1;
  if (last.lastedMs < BUSY_MS) return Math.min(MAX_BLOCK, last.block * 2);
  return last.lastedMs < STEADY_MS ? last.block : Math.max(1, Math.floor(last.block / 2));
}

interface Held {
  version: string;
  /** The period the uses belong to: at its refill the unspent ones lapse (null: the limit never refills). */
  nextRefillAt: number | null;
  /** Reserved from the row and not spent yet. */
  held: number;
  /** What the row has left beyond them. */
  rest: number;
  block: number;
  reservedAt: number;
}

const ended = (held: Held, now: number): boolean => held.nextRefillAt !== null && held.nextRefillAt <= now;

/** Seconds until the next refill (at least 1), or undefined when the limit never refills. */
export const retryAfter = (nextRefillAt: number | null, now: number): number | undefined =>
  nextRefillAt === null ? undefined : Math.max(1, Math.ceil((nextRefillAt - now) / 1000));

export class Reservations {
  private readonly byId = new Map<string, Held>();
  private readonly filling = new Map<string, Promise<void>>();

  constructor(private readonly db: Db) {}

  /**
   * Spends one held use of this version of the limit: the answer, or undefined when the block is spent (or
   * belongs to another version or an ended period) and `fill` must reserve the next.
   */
  take(id: string, version: string, now: number): Spent | undefined {
    const held = this.byId.get(id);
    if (held === undefined || held.version !== version || ended(held, now)) return undefined;
    if (held.held > 0) {
      held.held--;
      return { ok: true, remaining: held.held + held.rest };
    }
    return held.rest === 0 ? { ok: false, retryAfterSeconds: retryAfter(held.nextRefillAt, now) } : undefined;
  }

  /** Reserves the next block from the row (one at a time per credential; concurrent callers share it). */
  fill(id: string, now: number): Promise<void> {
    let filling = this.filling.get(id);
    if (filling === undefined) {
      filling = this.reserve(id, now).finally(() => this.filling.delete(id));
      this.filling.set(id, filling);
    }
    return filling;
  }

  private async reserve(id: string, now: number): Promise<void> {
    const row = await store.findLimit(this.db, id);
    if (row === undefined) {
      this.byId.delete(id);
      return;
    }
    const before = this.byId.get(id);
    const block = nextBlock(
      before?.version === row.version
        ? { block: before.block, lastedMs: performance.now() - before.reservedAt }
        : undefined,
    );
    const due = row.nextRefillAt !== null && row.refillAmount !== null && row.nextRefillAt <= now;
    const available = remainingAt(row, now);
    const interval = intervalOf(row.refillInterval);
    const nextRefillAt = due && interval !== null ? nextRefill(interval, now) : row.nextRefillAt;
    const taken = Math.min(block, available);
    // Written only if the row is still as read (nothing else writes it, but a stop or a reroll may race).
    const written = await store.reserveUses(this.db, row, { remaining: available - taken, nextRefillAt });
    if (!written) return;
    this.byId.set(id, {
      version: row.version,
      nextRefillAt,
      held: taken,
      rest: available - taken,
      block,
      reservedAt: performance.now(),
    });
  }

  /** The uses held for this row's limit in its current period (a view adds them to the row's count). */
  heldFor(row: store.LimitRow, now: number): number {
    const held = this.byId.get(row.credentialId);
    if (held === undefined || held.version !== row.version || held.nextRefillAt !== row.nextRefillAt)
      return 0;
    return ended(held, now) ? 0 : held.held;
  }

  /** Forgets the held uses of this row's limit, answering how many (a reroll moves them to the new key). */
  release(row: store.LimitRow, now: number): number {
    const held = this.heldFor(row, now);
    this.byId.delete(row.credentialId);
    return held;
  }

  /** Gives every unspent use of a current period back to its row (at shutdown). */
  async returnAll(now: number): Promise<void> {
    await Promise.allSettled(this.filling.values());
    for (const [id, held] of this.byId) {
      if (held.held > 0 && !ended(held, now))
        await store.returnUses(this.db, id, held.version, held.nextRefillAt, held.held);
    }
    this.byId.clear();
  }
}
