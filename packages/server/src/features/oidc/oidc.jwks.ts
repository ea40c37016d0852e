// One identity provider's signing keys: jose's remote JWKS (cached, coalesced, cooldown, timeout) plus a fail-closed fallback.
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  customFetch,
  errors,
  type JWSHeaderParameters,
  type RemoteJWKSet,
} from 'jose';
import type { Clock } from '../../lib/clock.ts';
import type { OutboundFetch } from '../../lib/outbound-http.ts';

export interface ProviderKeysOptions {
  /** The `jwks_uri` from the provider's discovery document; never a URL from a token (`jku`, `x5u`). */
  jwksUri: string;
  clock: Clock;
  /** Least time between two fetches, after a success (jose's cooldown) or a failure (ours). */
  cooldownMs: number;
  timeoutMs: number;
  /** How long a fetched set is used before it is fetched again; jose's default (10 minutes) when unset. */
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

type GetKey = ReturnType<typeof createLocalJWKSet>;

/** Errors that say "no such key here" rather than "could not ask": they never trigger the fallback. */
const isSelectionError = (error: unknown): boolean =>
  error instanceof errors.JWKSNoMatchingKey ||
  error instanceof errors.JWKSMultipleMatchingKeys ||
  error instanceof errors.JOSEAlgNotAllowed ||
  error instanceof errors.JOSENotSupported ||
  error instanceof errors.JWSInvalid;

export class ProviderKeys {
  private readonly remote: RemoteJWKSet;
  private failedAt: number | undefined;
  /** Built from the last fetched set when the provider first fails; dropped once it answers again. */
  private fallback: GetKey | undefined;

  constructor(private readonly options: ProviderKeysOptions) {
    this.remote = createRemoteJWKSet(new URL(options.jwksUri), {
      cooldownDuration: options.cooldownMs,
      timeoutDuration: options.timeoutMs,
      ...(options.maxAgeMs === undefined ? {} : { cacheMaxAge: options.maxAgeMs }),
      ...(options.fetch ? { [customFetch]: options.fetch } : {}),
    });
  }

  /** The key resolver handed to `jwtVerify`. */
  readonly getKey = async (header: JWSHeaderParameters, token: Parameters<GetKey>[1]) => {
    const { clock, cooldownMs } = this.options;
    // While the provider is known to be down, do not ask it again on every request: answer from what we have.
    if (this.failedAt !== undefined && clock.now() < this.failedAt + cooldownMs) {
      return this.fromLastKnown(header, token, undefined);
    }
    try {
      const key = await this.remote(header, token);
      this.failedAt = undefined;
      this.fallback = undefined;
      return key;
    } catch (error) {
      if (isSelectionError(error)) throw error;
      this.failedAt = clock.now();
      this.options.onFetchFailure?.(error);
      return this.fromLastKnown(header, token, error);
    }
  };

  /** Keys fetched before the provider went down keep working; a key we never saw fails closed. */
  private async fromLastKnown(header: JWSHeaderParameters, token: Parameters<GetKey>[1], cause: unknown) {
    if (!this.fallback) {
      const jwks = this.remote.jwks();
      if (!jwks) throw new ProviderUnavailable(cause);
      this.fallback = createLocalJWKSet(jwks);
    }
    try {
      return await this.fallback(header, token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey) throw new ProviderUnavailable(cause ?? error);
      throw error;
    }
  }
}
