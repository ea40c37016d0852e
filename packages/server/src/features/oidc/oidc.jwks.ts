// One issuer's published signing keys as KeyObjects: fetched under the outbound policy, cached, coalesced, fetched again for an unknown kid after a cooldown, and kept through an outage.
import type { Clock } from '../../lib/clock.ts';
import { candidatesFor, isJwks, type VerifyingKey, verifyingKeysOf } from '../../lib/crypto/jws.ts';
import type { OutboundFetch } from '../../lib/outbound-http.ts';

export interface ProviderKeysOptions {
  /** The `jwks_uri` from the provider's discovery document (or an app's registration); never a URL from a token (`jku`, `x5u`). */
  jwksUri: string;
  clock: Clock;
  /** Least time between two fetches, after a success or a failure. */
  cooldownMs: number;
  timeoutMs: number;
  /** How long a fetched set is used before it is fetched again; 10 minutes when unset. */
  maxAgeMs?: number;
  /** The policy-checked client (lib/outbound-http.ts), so a jwks_uri that now resolves inward is refused. */
  fetch?: OutboundFetch;
  /** Told (without any token) when the provider could not be reached. */
  onFetchFailure?(error: unknown): void;
}

/** The provider's keys could not be fetched and the token's key is not among those already known. */
export class ProviderUnavailable extends Error {
  constructor(cause: unknown) {
    super('the identity provider’s JWKS could not be fetched', { cause });
  }
}

const DEFAULT_MAX_AGE_MS = 600_000;
const MAX_JWKS_BYTES = 512 * 1024;

export class ProviderKeys {
  /** The last set fetched, each key made once; undefined until the first fetch succeeds. */
  private keys: VerifyingKey[] | undefined;
  /** When the set was fetched, in real time (performance.now()): the set's age and the cooldown after a fetch. */
  private fetchedAt = Number.NEGATIVE_INFINITY;
  /** When a fetch last failed, by the injected clock: within the cooldown, the provider is not asked again. */
  private failedAt = Number.NEGATIVE_INFINITY;
  private lastFailure: unknown;
  private pending: Promise<void> | undefined;

  constructor(private readonly options: ProviderKeysOptions) {}

  /**
   * The keys that may verify a token with this header (none: the key is not published). A stale set is
   * fetched again first, as is a set without the header's key once the cooldown has passed; while the
   * provider is down the last fetched set answers, and a key it does not hold fails closed.
   */
  async keysFor(header: Record<string, unknown>): Promise<VerifyingKey[]> {
    const { clock, cooldownMs, maxAgeMs = DEFAULT_MAX_AGE_MS } = this.options;
    const mayFetch = clock.now() >= this.failedAt + cooldownMs;
    if (mayFetch && (this.keys === undefined || performance.now() >= this.fetchedAt + maxAgeMs))
      await this.reload();
    let found = this.keys === undefined ? [] : candidatesFor(this.keys, header);
    if (found.length === 0 && mayFetch && performance.now() >= this.fetchedAt + cooldownMs) {
      await this.reload();
      found = this.keys === undefined ? [] : candidatesFor(this.keys, header);
    }
    if (found.length === 0 && this.failedAt + cooldownMs > clock.now())
      throw new ProviderUnavailable(this.lastFailure);
    return found;
  }

  /** Fetches the set once for every caller waiting on it; a failure keeps the last set and starts the cooldown. */
  private reload(): Promise<void> {
    this.pending ??= this.fetchSet().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async fetchSet(): Promise<void> {
    const { jwksUri, timeoutMs, clock, fetch: outboundFetch = fetch } = this.options;
    try {
      const response = await outboundFetch(jwksUri, {
        headers: { accept: 'application/json, application/jwk-set+json' },
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (response.status !== 200) {
        await response.body?.cancel();
        throw new Error(`the JWKS at ${jwksUri} answered HTTP ${response.status}, expected 200`);
      }
      const text = await response.text();
      if (text.length > MAX_JWKS_BYTES) throw new Error(`the JWKS at ${jwksUri} is too large`);
      const document: unknown = JSON.parse(text);
      if (!isJwks(document)) throw new Error(`the document at ${jwksUri} is not a JWKS`);
      this.keys = verifyingKeysOf(document);
      this.fetchedAt = performance.now();
      this.failedAt = Number.NEGATIVE_INFINITY;
    } catch (error) {
      this.failedAt = clock.now();
      this.lastFailure = error;
      this.options.onFetchFailure?.(error);
    }
  }
}
