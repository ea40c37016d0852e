// Failed secret checks per account (a normalised email, whether or not a user has it), from every address
// together: past the limit each further attempt waits a back-off that doubles per failure, up to a cap.
// Addresses the account signed in from before keep a small allowance of their own, so an attacker
// elsewhere cannot lock the owner out from there.
import type { LRUCache } from 'lru-cache';
import { boundedCache } from '../lib/bounded-cache.js';
import type { Clock } from '../lib/clock.ts';
import type { ThrottleState } from './failure-throttle.ts';

export interface AccountThrottleOptions {
  /** Failures an account may take before each further attempt waits (0: no per-account throttle). */
  limit: number;
  /** The longest wait between two attempts on one account, however many failures. */
  maxBackoffMs: number;
  /** An account's failures are forgotten this long after the last one. */
  windowMs: number;
}

/** The first wait, once an account has reached its limit; each further failure doubles it. */
export const FIRST_BACKOFF_MS = 1000;
/** How long an address the account signed in from stays known for it. */
export const KNOWN_ADDRESS_MS = 30 * 86_400_000;
/** Failures (and checks in flight) a known address may have for the account and still skip the wait. */
export const KNOWN_ADDRESS_ALLOWANCE = 5;

interface Counter {
  failures: number;
  /** Checks begun and not yet ended: each may still fail. */
  inFlight: number;
  lastFailure: number;
}

interface KnownAddress extends Counter {
  /** Known until then (a sign-in from it moves this on). */
  until: number;
}

/** A check reserved for an account; exactly one of its methods is called when it ends. */
export interface AccountAttempt {
  /**
   * The account signed in from this address before and the address is within its allowance: it
   * skipped the account's wait and may skip its address's throttle too.
   */
  readonly known: boolean;
  failed(): void;
  succeeded(): void;
  /** Ended without a check (another throttle refused it): counts for nothing. */
  released(): void;
}

const UNTRACKED: AccountAttempt = Object.freeze({
  known: false,
  failed: () => {},
  succeeded: () => {},
  released: () => {},
});

/** The wait after `failures` failures: none below the limit, then 1 s, 2 s, 4 s… up to the cap. */
export function backoffMs(failures: number, limit: number, maxBackoffMs: number): number {
  if (failures < limit) return 0;
  // 2^31 s is far past any cap: no overflow to Infinity for a long-running attack.
  return Math.min(maxBackoffMs, FIRST_BACKOFF_MS * 2 ** Math.min(failures - limit, 31));
}

export class AccountThrottle {
  private readonly accounts: LRUCache<string, Counter>;
  /** `account\naddress` of sign-ins that worked, with that address's own failures for the account since. */
  private readonly known: LRUCache<string, KnownAddress>;

  constructor(
    private readonly options: AccountThrottleOptions,
    private readonly clock: Clock,
  ) {
    // Bounded: a flood of made-up emails evicts old counters instead of growing memory.
    this.accounts = boundedCache(100_000);
    this.known = boundedCache(100_000);
  }

  /**
   * Reserves one check of a secret (a password; a second factor the same way) for the account from
   * the address, or answers how long to wait. Refused without a check: the caller does no work.
   */
  begin(account: string, address: string): AccountAttempt | ThrottleState {
    if (this.options.limit === 0) return UNTRACKED;
    const pair = this.knownAddress(account, address);
    const counter = this.current(account);
    if (!pair) {
      const waitMs = this.waitMs(counter);
      if (waitMs > 0) return { blocked: true, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
    const reserved = counter ?? { failures: 0, inFlight: 0, lastFailure: 0 };
    reserved.inFlight++;
    this.accounts.set(account, reserved);
    if (pair) pair.inFlight++;
    return this.attempt(account, address, reserved, pair);
  }

  private attempt(
    account: string,
    address: string,
    reserved: Counter,
    pair: KnownAddress | undefined,
  ): AccountAttempt {
    let ended = false;
    const end = (): boolean => {
      if (ended) return false;
      ended = true;
      reserved.inFlight--;
      if (pair) pair.inFlight--;
      if (reserved.inFlight === 0 && reserved.failures === 0 && this.accounts.peek(account) === reserved)
        this.accounts.delete(account);
      return true;
    };
    return {
      known: pair !== undefined,
      failed: () => {
        if (!end()) return;
        const now = this.clock.now();
        // The counter the check began with, if it is still the account's; otherwise a fresh one.
        const counter = this.current(account) ?? { failures: 0, inFlight: 0, lastFailure: 0 };
        counter.failures++;
        counter.lastFailure = now;
        this.accounts.set(account, counter);
        if (pair) {
          this.forgetOld(pair, now);
          pair.failures++;
          pair.lastFailure = now;
        }
      },
      succeeded: () => {
        if (!end()) return;
        // The account's own count is not reset: the owner signing in somewhere gives an attacker
        // elsewhere no fresh guesses. This address is known (again) with a clean allowance.
        const until = this.clock.now() + KNOWN_ADDRESS_MS;
        const key = `${account}\n${address}`;
        const known = this.known.get(key);
        if (known) {
          known.until = until;
          known.failures = 0;
        } else this.known.set(key, { until, failures: 0, inFlight: 0, lastFailure: 0 });
      },
      released: () => {
        end();
      },
    };
  }

  /** The address the account signed in from, while it is within its allowance. */
  private knownAddress(account: string, address: string): KnownAddress | undefined {
    const key = `${account}\n${address}`;
    const pair = this.known.get(key);
    if (!pair) return undefined;
    const now = this.clock.now();
    if (pair.until <= now) {
      if (pair.inFlight === 0) this.known.delete(key);
      return undefined;
    }
    this.forgetOld(pair, now);
    return pair.failures + pair.inFlight < KNOWN_ADDRESS_ALLOWANCE ? pair : undefined;
  }

  /** How long an attempt must wait: checks in flight count as failures until they end. */
  private waitMs(counter: Counter | undefined): number {
    if (!counter) return 0;
    const { limit, maxBackoffMs } = this.options;
    const total = counter.failures + counter.inFlight;
    if (total < limit) return 0;
    // Past the limit, one check at a time: the rest wait at least what its failure would make them.
    if (counter.inFlight > 0) return Math.max(FIRST_BACKOFF_MS, backoffMs(total, limit, maxBackoffMs));
    return Math.max(
      0,
      counter.lastFailure + backoffMs(counter.failures, limit, maxBackoffMs) - this.clock.now(),
    );
  }

  /** The account's counter, its failures forgotten a window after the last one. */
  private current(account: string): Counter | undefined {
    const counter = this.accounts.get(account);
    if (!counter) return undefined;
    if (this.forgetOld(counter, this.clock.now()) && counter.inFlight === 0) {
      this.accounts.delete(account);
      return undefined;
    }
    return counter;
  }

  /** Clears failures a window old; answers whether the counter now holds none. */
  private forgetOld(counter: Counter, now: number): boolean {
    if (counter.failures > 0 && now - counter.lastFailure >= this.options.windowMs) counter.failures = 0;
    return counter.failures === 0;
  }
}
