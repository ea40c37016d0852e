// Failed authentications per client address: past the limit the address is throttled for the window.
// Checks in flight count as failures until they end, so a concurrent burst gets no more full checks
// (scrypt, lookups) than the limit; credentials that worked from an address keep working there.
import type { LRUCache } from 'lru-cache';
import { boundedCache } from '../lib/bounded-cache.js';
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
  /** Full checks begun and not yet ended: each may still fail. */
  inFlight: number;
  /**
   * Hashes remembered at this address since the window started. Remembering lasts at least a window,
   * so once a window is enough: a cached credential's every request then costs one set lookup, not a
   * fresh `address\nhash` key and an LRU write.
   */
  remembered?: Set<string>;
}

/** Past this many credentials remembered in one window at one address, each use is remembered again. */
const MAX_REMEMBERED_PER_WINDOW = 1024;

/** A full check reserved for an address; exactly one of its methods is called when it ends. */
export interface Attempt {
  failed(): void;
  succeeded(): void;
}

export class FailureThrottle {
  private readonly windows: LRUCache<string, Window>;
  /** `address\nhash` of credentials that authenticated from an address, until the given time. */
  private readonly known: LRUCache<string, number>;
  /** How long a credential that worked stays known at its address: never less than a window. */
  private readonly rememberMs: number;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: Clock,
    rememberMs = windowMs,
  ) {
    this.rememberMs = Math.max(rememberMs, windowMs);
    // Bounded: a flood of spoofed addresses evicts old windows instead of growing memory.
    this.windows = boundedCache(100_000);
    this.known = boundedCache(100_000);
  }

  state(address: string): ThrottleState {
    if (this.limit === 0) return OPEN;
    const window = this.current(address);
    if (!window || window.failures + window.inFlight < this.limit) return OPEN;
    return {
      blocked: true,
      retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - this.clock.now()) / 1000)),
    };
  }

  /**
   * Reserves one full check for the address, or answers why not. `hash`: a credential that already
   * worked from this address is checked whatever the throttle says (and reserves nothing). `known`:
   * the same, vouched for by the caller (a password from an address its account signed in from,
   * which the account throttle bounds instead).
   */
  begin(address: string, hash?: string, known = false): Attempt | ThrottleState {
    if (this.limit === 0 || known) return this.attempt(address, hash, undefined);
    if (hash !== undefined && this.knows(address, hash)) return this.attempt(address, hash, undefined);
    const blocked = this.state(address);
    if (blocked.blocked) return blocked;
    const window = this.current(address) ?? { start: this.clock.now(), failures: 0, inFlight: 0 };
    window.inFlight++;
    this.windows.set(address, window);
    return this.attempt(address, hash, window);
  }

  /**
   * A cached credential's request: passes unless the address is throttled and the credential has not
   * worked from it. From an address with recent failures the credential is remembered, so it keeps
   * working there if the address is throttled later in the window.
   */
  admit(address: string, hash: string): ThrottleState {
    if (this.limit === 0) return OPEN;
    const window = this.current(address);
    if (!window) return OPEN;
    if (window.failures + window.inFlight < this.limit) {
      if (window.remembered?.has(hash)) return OPEN;
      this.remember(address, hash);
      window.remembered ??= new Set();
      if (window.remembered.size < MAX_REMEMBERED_PER_WINDOW) window.remembered.add(hash);
      return OPEN;
    }
    return this.knows(address, hash) ? OPEN : this.state(address);
  }

  /** A refusal that needed no full check (a cached answer, an unreadable header) still counts. */
  recordFailure(address: string): void {
    if (this.limit === 0) return;
    const window = this.current(address) ?? { start: this.clock.now(), failures: 0, inFlight: 0 };
    window.failures++;
    this.windows.set(address, window);
  }

  private attempt(address: string, hash: string | undefined, window: Window | undefined): Attempt {
    let ended = false;
    const end = () => {
      if (ended) return false;
      ended = true;
      if (window) window.inFlight--;
      return true;
    };
    return {
      failed: () => {
        if (!end() || this.limit === 0) return;
        // The window the check began in, if it is still current; otherwise a new one.
        if (window && this.windows.get(address) === window) window.failures++;
        else this.recordFailure(address);
      },
      succeeded: () => {
        if (end() && hash !== undefined) this.remember(address, hash);
      },
    };
  }

  /** The credential worked from this address: it stays usable there while the address is throttled. */
  remember(address: string, hash: string): void {
    if (this.limit === 0) return;
    this.known.set(`${address}\n${hash}`, this.clock.now() + this.rememberMs);
  }

  knows(address: string, hash: string): boolean {
    const until = this.known.get(`${address}\n${hash}`);
    return until !== undefined && until > this.clock.now();
  }

  private current(address: string): Window | undefined {
    const window = this.windows.get(address);
    if (!window) return undefined;
    const now = this.clock.now();
    if (now - window.start >= this.windowMs && window.inFlight === 0) {
      this.windows.delete(address);
      return undefined;
    }
    if (now - window.start >= this.windowMs) {
      // The window ended while checks were still running: they carry into a fresh one.
      window.start = now;
      window.failures = 0;
      window.remembered = undefined;
    }
    return window;
  }
}
