// A rate-limit budget (a token bucket's refill rate and capacity) and the override stored on users and apps.
export interface Budget {
  /** Tokens added each second. */
  perSecond: number;
  /** The bucket's capacity: the most requests that may come at once. */
  burst: number;
}

/** The columns users and apps carry; both null means the configured default. */
export interface RateLimitColumns {
  rateLimitPerSecond: number | null;
  rateLimitBurst: number | null;
}

/** The administrator's override of a user or app, if any (travels on the cached principal). */
export function overrideOf(row: RateLimitColumns): Budget | undefined {
  return row.rateLimitPerSecond !== null && row.rateLimitBurst !== null
    ? { perSecond: row.rateLimitPerSecond, burst: row.rateLimitBurst }
    : undefined;
}

/** An override as a PATCH body gives it (and the audit log records it); null: the configured default. */
export function overrideJson(row: RateLimitColumns): RateLimitInput | null {
  const budget = overrideOf(row);
  return budget ? { per_second: budget.perSecond, burst: budget.burst } : null;
}

/** A PATCH body's `rate_limit` (validated by its schema). */
export interface RateLimitInput {
  per_second: number;
  burst: number;
}

/** The columns to store for a PATCH's `rate_limit` (null restores the default). */
export function columnsOf(value: RateLimitInput | null): RateLimitColumns {
  return value === null
    ? { rateLimitPerSecond: null, rateLimitBurst: null }
    : { rateLimitPerSecond: value.per_second, rateLimitBurst: value.burst };
}

/** Whether a PATCH's `rate_limit` would change the stored columns. */
export function changesColumns(row: RateLimitColumns, value: RateLimitInput | null): boolean {
  const next = columnsOf(value);
  return next.rateLimitPerSecond !== row.rateLimitPerSecond || next.rateLimitBurst !== row.rateLimitBurst;
}
