// Counts failed authentications per client address; past the limit the address is throttled for the window.
import { LRUCache } from 'lru-cache';
import type { Clock } from '../lib/clock.ts';

export interface ThrottleState {
  blocked: boolean;
  /** Seconds until the address may try again, when blocked. */
  retryAfterSeconds: number;
}

// Shared by every address that is not blocked: the common answer allocates nothing.
const OPEN: ThrottleState = Object.freeze({ blocked: false, retryAfterSeconds: 0 });

interface Window {
  start: number;
  failures: number;
}

export class FailureThrottle {
  private readonly windows: LRUCache<string, Window>;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: Clock,
  ) {
    // Bounded: a flood of spoofed addresses evicts old windows instead of growing memory.
    this.windows = new LRUCache({ max: 100_000 });
  }

  state(address: string): ThrottleState {
    if (this.limit === 0) return OPEN;
    const window = this.current(address);
    if (!window || window.failures < this.limit) return OPEN;
    return {
      blocked: true,
      retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - this.clock.now()) / 1000)),
    };
  }

  recordFailure(address: string): void {
    if (this.limit === 0) return;
    const window = this.current(address) ?? { start: this.clock.now(), failures: 0 };
    window.failures++;
    this.windows.set(address, window);
  }

  private current(address: string): Window | undefined {
    const window = this.windows.get(address);
    if (window && this.clock.now() - window.start >= this.windowMs) {
      this.windows.delete(address);
      return undefined;
    }
    return window;
  }
}
