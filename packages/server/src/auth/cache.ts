// In-process cache of resolved credentials, keyed by the secret's SHA-256, with targeted invalidation.
import { LRUCache } from 'lru-cache';
import type { Invalidation } from './invalidation.ts';
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

export class CredentialCache {
  private readonly lru: LRUCache<string, CachedResult>;
  /** Lookups answered from the cache and not, for the metrics. */
  hits = 0;
  misses = 0;

  constructor(
    private readonly ttlMs: number,
    max = 50_000,
  ) {
    this.lru = new LRUCache({ max, ttl: Math.max(ttlMs, 1), ttlAutopurge: false });
  }

  get(hash: string): CachedResult | undefined {
    const entry = this.ttlMs === 0 ? undefined : this.lru.get(hash);
    if (entry) this.hits++;
    else this.misses++;
    return entry;
  }

  set(hash: string, entry: CachedResult): void {
    if (this.ttlMs === 0) return;
    this.lru.set(hash, entry, entry.result.ok ? undefined : { ttl: Math.min(NEGATIVE_TTL_MS, this.ttlMs) });
  }

  invalidate(match: Invalidation): void {
    if (match.principalId === undefined && match.credentialId === undefined) return;
    for (const [hash, entry] of this.lru.entries()) {
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
    for (const [hash, entry] of this.lru.entries()) {
      if (!entry.result.ok) this.lru.delete(hash);
    }
  }

  clear(): void {
    this.lru.clear();
  }
}
