// Issuers known only by their URL (a workload's token names one): each discovered once, its JWKS kept by ProviderKeys, both under the outbound policy.
import { LRUCache } from 'lru-cache';
import type { Clock } from '../../lib/clock.ts';
import type { OutboundHttp } from '../../lib/outbound-http.ts';
import { discover } from './oidc.discovery.ts';
import { ProviderKeys } from './oidc.jwks.ts';

export interface IssuerKeysDeps {
  clock: Clock;
  outbound: OutboundHttp;
  /** Least time between two fetches of one issuer's JWKS, and before a failed discovery is tried again. */
  cooldownMs: number;
  timeoutMs: number;
  log: { warn(object: unknown, message: string): void };
  /** Names the issuers in the log lines (`workloadIssuer`, say). */
  logKey: string;
}

export type IssuerEntry = { ok: true; keys: ProviderKeys } | { ok: false; reason: string };

/** Issuers whose keys are kept; the least recently used beyond it is dropped and discovered again on its next token. */
const MAX_ISSUERS = 256;
/** A discovery document is read again after this long, so an issuer that moves its JWKS is followed. */
const DISCOVERY_TTL_MS = 3_600_000;

export class IssuerKeys {
  /** Each issuer's discovery (in flight or done) and keys, coalesced. */
  private readonly issuers: LRUCache<string, Promise<IssuerEntry>>;

  constructor(private readonly deps: IssuerKeysDeps) {
    this.issuers = new LRUCache({ max: MAX_ISSUERS, ttl: DISCOVERY_TTL_MS });
  }

  /** The issuer's keys, discovering it first; a failed discovery is answered as such until the cooldown passes. */
  of(issuer: string): Promise<IssuerEntry> {
    const known = this.issuers.get(issuer);
    if (known) return known;
    const found = this.discover(issuer);
    this.issuers.set(issuer, found);
    void found.then((entry) => {
      if (!entry.ok)
        setTimeout(() => {
          if (this.issuers.get(issuer) === found) this.issuers.delete(issuer);
        }, this.deps.cooldownMs).unref();
    });
    return found;
  }

  private async discover(issuer: string): Promise<IssuerEntry> {
    const { outbound, timeoutMs, cooldownMs, clock, log, logKey } = this.deps;
    const found = await discover(issuer, timeoutMs, outbound);
    if (!found.ok) {
      log.warn({ [logKey]: { issuer, reason: found.reason } }, 'issuer discovery failed');
      return { ok: false, reason: found.reason };
    }
    const { jwksUri } = found.discovered;
    const keys = new ProviderKeys({
      jwksUri,
      clock,
      cooldownMs,
      timeoutMs,
      fetch: outbound.fetch,
      onFetchFailure: (error) =>
        log.warn(
          { [logKey]: { issuer, jwksUri, error: (error as Error)?.message } },
          'issuer keys could not be fetched',
        ),
    });
    return { ok: true, keys };
  }
}
