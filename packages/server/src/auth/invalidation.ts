// The one invalidation path: what ended a credential (or changed what a principal may do), fanned out on every instance.
import type { CredentialCache } from './cache.ts';
import type { InvalidationBus } from './invalidation-bus.ts';
import type { Invalidation } from './invalidation-match.ts';

/** Told of each invalidation published here and each one received (with its lag): the metrics. */
export interface InvalidationObserver {
  published(): void;
  received(lagMs: number | undefined): void;
}

/** A feature's own cache of what the pipeline decides with (the access reads, the identity providers). */
export interface InvalidationListener {
  /**
   * One invalidation, from this instance or another. A listener that re-reads what the pipeline trusts
   * (identity providers) returns the promise of that read: refusals cached before it are dropped once it settles.
   */
  invalidated(match: Invalidation): undefined | Promise<void>;
  /** Invalidations may have been missed (the bus reconnected): forget everything. */
  reset(): void;
}

/**
 * Publishes through the bus, and applies what arrives (from here or another instance) to the
 * credential cache and to every listener.
 */
export class Invalidations {
  private readonly listeners: InvalidationListener[] = [];
  private bus: InvalidationBus | undefined;
  private observer: InvalidationObserver | undefined;

  constructor(
    private readonly cache: CredentialCache,
    private readonly log: { error(obj: object, msg: string): void },
  ) {}

  /** Attaches the bus that carries invalidations between instances (buildApp, once). */
  connect(bus: InvalidationBus): void {
    this.bus = bus;
  }

  listen(listener: InvalidationListener): void {
    this.listeners.push(listener);
  }

  observe(observer: InvalidationObserver): void {
    this.observer = observer;
  }

  /** Ends what matches here at once and tells every other instance. */
  publish(match: Invalidation): void {
    // Stamped whether or not this instance counts: another one may (a rare event, not the hot path).
    const stamped = { ...match, publishedAt: Date.now() };
    this.observer?.published();
    if (this.bus) this.bus.publish(stamped);
    else this.apply(stamped);
  }

  /** What the bus delivers (this instance's own publications included). */
  readonly apply = (match: Invalidation): void => {
    this.observer?.received(match.publishedAt === undefined ? undefined : Date.now() - match.publishedAt);
    this.cache.invalidate(match);
    for (const listener of this.listeners) {
      listener.invalidated(match)?.then(
        () => this.cache.dropRefusals(),
        (err: unknown) => this.log.error({ err }, 'could not re-read after an invalidation'),
      );
    }
  };

  close(): Promise<void> {
    return this.bus?.close() ?? Promise.resolve();
  }

  readonly reset = (): void => {
    this.cache.clear();
    for (const listener of this.listeners) listener.reset();
  };
}
