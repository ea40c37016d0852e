// Collects per-request usage in memory and writes it in one batch every few seconds and at shutdown.

export interface BatchLogger {
  error(obj: object, msg: string): void;
}

/**
 * Values pending by id, written together. `merge` folds a value into what is pending for its id: the
 * latest of two times, or the sum of two sets of counters. A failed write is merged back for the next round.
 */
export class Batch<V> {
  protected pending = new Map<string, V>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly write: (batch: Map<string, V>) => Promise<void>,
    private readonly intervalMs: number,
    private readonly logger: BatchLogger,
    private readonly merge: (pending: V | undefined, value: V) => V,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.flush(), this.intervalMs);
    this.timer.unref();
  }

  /** Folds `value` into what is pending for `id`; no I/O. */
  add(id: string, value: V): void {
    this.pending.set(id, this.merge(this.pending.get(id), value));
  }

  /** What is pending for `id`, to be updated in place (no allocation on the request path); undefined: nothing yet. */
  peek(id: string): V | undefined {
    return this.pending.get(id);
  }

  /** Writes what is pending; concurrent calls are serialised. Failed writes are kept for the next round. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      if (this.pending.size === 0) return;
      const batch = this.pending;
      this.pending = new Map();
      try {
        await this.write(batch);
      } catch (err) {
        this.logger.error({ err, count: batch.size }, 'batched usage write failed; will retry');
        for (const [id, value] of batch) this.add(id, value);
      }
    });
    return this.flushing;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }
}

export type FlushFn = (latest: Map<string, number>) => Promise<void>;

const later = (pending: number | undefined, at: number): number =>
  pending === undefined || pending < at ? at : pending;

/** The latest time each id was used (keys' last_used, apps' last_seen). */
export class BatchWriter extends Batch<number> {
  constructor(write: FlushFn, intervalMs: number, logger: BatchLogger) {
    super(write, intervalMs, logger, later);
  }

  /** Remembers the latest time for `id`; no I/O. */
  touch(id: string, at: number): void {
    const previous = this.pending.get(id);
    if (previous === undefined || previous < at) this.pending.set(id, at);
  }
}
