// Collects per-request usage times in memory and writes them in one batch every few seconds and at shutdown.
export type FlushFn = (latest: Map<string, number>) => Promise<void>;

export interface BatchLogger {
  error(obj: object, msg: string): void;
}

export class BatchWriter {
  private pending = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly write: FlushFn,
    private readonly intervalMs: number,
    private readonly logger: BatchLogger,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.flush(), this.intervalMs);
    this.timer.unref();
  }

  /** Remembers the latest time for `id`; no I/O. */
  touch(id: string, at: number): void {
    const previous = this.pending.get(id);
    if (previous === undefined || previous < at) this.pending.set(id, at);
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
        for (const [id, at] of batch) this.touch(id, at);
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
