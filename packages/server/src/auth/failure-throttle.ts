// Per-address limiter for failed authentication: after `limit` failures in `windowMs`, the address waits.
import type { Clock } from '../lib/clock.ts';

export interface FailureThrottleOptions {
  /** Failures allowed inside one window before the address is blocked. */
  limit: number;
  windowMs: number;
  /** Addresses tracked at most; the oldest are forgotten first (memory stays bounded under a flood). */
  maxAddresses?: number;
}

export type ThrottleVerdict = { blocked: false } | { blocked: true; retryAfterSeconds: number };

interface Window {
  startedAt: number;
  failures: number;
}

export class FailureThrottle {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly clock: Clock,
    private readonly options: FailureThrottleOptions = { limit: 10, windowMs: 60_000 },
  ) {}

  isBlocked(address: string): ThrottleVerdict {
    const window = this.current(address);
    if (!window || window.failures < this.options.limit) return { blocked: false };
    const retryAfterMs = window.startedAt + this.options.windowMs - this.clock.now();
    return { blocked: true, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
  }

  recordFailure(address: string): void {
    const window = this.current(address);
    if (window) {
      window.failures += 1;
      return;
    }
    if (this.windows.size >= (this.options.maxAddresses ?? 100_000)) {
      const oldest = this.windows.keys().next();
      if (!oldest.done) this.windows.delete(oldest.value);
    }
    this.windows.set(address, { startedAt: this.clock.now(), failures: 1 });
  }

  /** A success does not erase failures: a guesser who finds one secret should not get a fresh budget. */
  reset(address?: string): void {
    if (address === undefined) this.windows.clear();
    else this.windows.delete(address);
  }

  private current(address: string): Window | undefined {
    const window = this.windows.get(address);
    if (window && window.startedAt + this.options.windowMs <= this.clock.now()) {
      this.windows.delete(address);
      return undefined;
    }
    return window;
  }
}
