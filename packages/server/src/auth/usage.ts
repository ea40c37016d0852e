// What the pipeline tells the usage history: each decision on a credential, and each permission it was checked for.
import type { Principal } from './principal.ts';

/**
 * The outcome of one decision: `accepted`, a refusal's error code (`forbidden`, `permission_denied`,
 * `not_found` for a project outside a key's, ...), `rate_limited`, or `usage_exhausted`.
 */
export type UsageOutcome = string;

/** Contributed by the usage feature; every method only counts in memory (no I/O on the request path). */
export interface UsageRecorder {
  decided(principal: Principal, outcome: UsageOutcome, address: string): void;
  /** Each asked permission, allowed unless it is in `missing`. */
  checked(principal: Principal, asked: readonly string[], missing: readonly string[]): void;
}
