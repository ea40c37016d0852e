// Retries for idempotent and token requests: Retry-After when the server gives one, else full-jitter backoff.
import { LatchkeyError, retryAfterSeconds } from './errors.ts';

export interface RetryOptions {
  /** Attempts in all, the first included (default 4; 1 turns retries off). */
  attempts?: number;
  /** The first backoff ceiling in ms, doubled each attempt (default 250). */
  baseDelayMs?: number;
  /** The largest backoff ceiling in ms (default 8000). */
  maxDelayMs?: number;
  /** No retry starts once this much time (ms) has passed since the first attempt, waits included (default 30000). */
  totalTimeMs?: number;
  /** For tests: how to wait, the random source of the jitter, and the time (also what an HTTP-date Retry-After is read against). */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

/** The statuses worth a retry: the rate limiter, and a gateway or server that could not answer now. */
export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** Methods that may be repeated without doing twice what was asked (RFC 9110 §9.2.2). */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  totalTimeMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function retryPolicy(options: RetryOptions = {}): RetryPolicy {
  const policy = {
    attempts: options.attempts ?? 4,
    baseDelayMs: options.baseDelayMs ?? 250,
    maxDelayMs: options.maxDelayMs ?? 8000,
    totalTimeMs: options.totalTimeMs ?? 30_000,
    sleep: options.sleep ?? wait,
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
  };
  if (!Number.isInteger(policy.attempts) || policy.attempts < 1)
    throw new RangeError('retry.attempts must be an integer of at least 1');
  for (const key of ['baseDelayMs', 'maxDelayMs', 'totalTimeMs'] as const)
    if (!(policy[key] >= 0)) throw new RangeError(`retry.${key} must be a number of at least 0`);
  return policy;
}

/** Full jitter (a uniform wait below the exponential ceiling): retries spread out instead of arriving together. */
export const backoffMs = (policy: RetryPolicy, retry: number): number =>
  Math.floor(policy.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry));

/**
 * Sends with `send` until an answer is not worth retrying, the attempts are used up, or the next wait
 * would pass the total time. Only `retryable` requests are repeated; the last answer is returned as it is.
 */
export async function withRetries(
  send: () => Promise<Response>,
  retryable: boolean,
  policy: RetryPolicy,
): Promise<Response> {
  const started = policy.now();
  for (let attempt = 1; ; attempt++) {
    const last = !retryable || attempt >= policy.attempts;
    let delay: number;
    try {
      const response = await send();
      if (last || !RETRY_STATUSES.has(response.status)) return response;
      const asked = retryAfterSeconds(response.headers.get('retry-after'), policy.now());
      delay = asked === undefined ? backoffMs(policy, attempt - 1) : asked * 1000;
      if (policy.now() - started + delay > policy.totalTimeMs) return response;
      await response.body?.cancel();
    } catch (error) {
      if (error instanceof LatchkeyError || isAbort(error)) throw error;
      if (last) throw networkError(error);
      delay = backoffMs(policy, attempt - 1);
      if (policy.now() - started + delay > policy.totalTimeMs) throw networkError(error);
    }
    await policy.sleep(delay);
  }
}

const isAbort = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');

/** An attempt that got no answer within the client's `timeoutMs` (retried like a failed connection). */
export class AttemptTimeout extends Error {
  override readonly name = 'AttemptTimeout';
  constructor(readonly ms: number) {
    super(`No answer from the server within ${ms} ms`);
  }
}

function networkError(error: unknown): LatchkeyError {
  if (error instanceof AttemptTimeout) return new LatchkeyError(0, 'timeout', error.message, undefined);
  const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause : error) : undefined;
  const why = cause ? `: ${cause.message}` : '';
  return new LatchkeyError(0, 'network_error', `No answer from the server${why}`, undefined);
}
