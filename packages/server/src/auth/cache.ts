// In-process cache of resolved credentials, keyed by the secret's SHA-256, with targeted invalidation.
import type { LRUCache } from 'lru-cache';
import { boundedCache } from '../lib/bounded-cache.js';
import type { Invalidation } from './invalidation-match.ts';
import type { AuthResult } from './principal.ts';

export interface CachedResult {
  result: AuthResult;
  /** The user or app the credential belongs to, for invalidation on suspension or archival. */
  principalId?: string;
  /** The key, session, secret or token id, for invalidation on revoke, logout or regeneration. */
  credentialId?: string;
}

/** Refusals are kept only briefly, so a flood of one bad secret costs one lookup a second. */
const NEGATIVE_TTL_MS = 1000;

/**
 * An entry and the monotonic time it lapses. The expiry is checked here rather than by lru-cache's
 * own TTL, which reads the time through a timer it re-arms: one comparison per hit instead.
 */
interface Entry {
  cached: CachedResult;
  until: number;
}

export class CredentialCache {
  private readonly lru: LRUCache<string, Entry>;
  /** Lookups answered from the cache and not, for the metrics. */
  hits = 0;
  misses = 0;

  constructor(
    private readonly ttlMs: number,
    max = 50_000,
  ) {
    this.lru = boundedCache(max);
  }

  get(hash: string): CachedResult | undefined {
    const entry = this.ttlMs === 0 ? undefined : this.lru.get(hash);
    if (entry && entry.until > performance.now()) {
      this.hits++;
      return entry.cached;
    }
    if (entry) this.lru.delete(hash);
    this.misses++;
    return undefined;
  }

  set(hash: string, cached: CachedResult): void {
    if (this.ttlMs === 0) return;
    const ttl = cached.result.ok ? this.ttlMs : Math.min(NEGATIVE_TTL_MS, this.ttlMs);
    this.lru.set(hash, { cached, until: performance.now() + ttl });
  }

  invalidate(match: Invalidation): void {
    if (match.principalId === undefined && match.credentialId === undefined) return;
    for (const [hash, { cached: entry }] of this.lru.entries()) {
      if (
        (match.principalId !== undefined && entry.principalId === match.principalId) ||
        (match.credentialId !== undefined && entry.credentialId === match.credentialId)
      ) {
        this.lru.delete(hash);
      }
    }
  }

  /** Drops every cached refusal: what was untrusted a moment ago (a new identity provider) may be trusted now. */
  dropRefusals(): void {
    for (const [hash, { cached }] of this.lru.entries()) {
      if (!cached.result.ok) this.lru.delete(hash);
    }
  }

  clear(): void {
    this.lru.clear();
  }
}
