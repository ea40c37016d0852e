// The app a workload token is exchanged for and its federated credentials, cached per client id until an invalidation names the app.
import { LRUCache } from 'lru-cache';
import type { InvalidationListener } from '../../auth/invalidation.ts';
import type { Invalidation } from '../../auth/invalidation-match.ts';
import type { Db, FederatedCredentialRow } from '../../db/schema.ts';
import { ceilingOf, scopesOf } from '../apps/apps.service.ts';
import { type ExchangeApp, findExchangeApp } from '../apps/apps.store.ts';
import { claimsOf } from '../apps/federated-credentials.service.ts';
import { listFederatedCredentials } from '../apps/federated-credentials.store.ts';

/** One federated credential with its claim patterns parsed once, sorted by name (the order they are checked in). */
export interface TrustedCredential {
  row: FederatedCredentialRow;
  patterns: [string, string][];
}

/** An active app as the exchange needs it: no configuration, no webhook secret (nothing is decrypted). */
export interface WorkloadClient {
  app: ExchangeApp;
  scopes: string[];
  ceiling: string[] | null;
  /** Every federated credential of the app (at most 20), by name: the issuer is picked in memory. */
  credentials: TrustedCredential[];
}

interface Entry {
  client: WorkloadClient;
  until: number;
}

/**
 * What the token exchange reads on every request, kept in memory. Every change to an app (archival,
 * activation, scopes, ceiling, rate limit) and every added, updated or removed federated credential
 * publishes an invalidation naming the app (auth/invalidation.ts), on every instance; the entry goes at
 * once. A read that was in flight while an invalidation arrived is not kept. Unknown and archived client
 * ids are not cached: they are read each time, as a refusal.
 */
export class WorkloadClients implements InvalidationListener {
  private readonly lru: LRUCache<string, Entry>;
  /** Bumped by every invalidation: a read begun before one is used once and not stored. */
  private generation = 0;
  hits = 0;
  misses = 0;

  constructor(
    private readonly db: Db,
    private readonly ttlMs: number,
    max = 10_000,
  ) {
    this.lru = new LRUCache({ max });
  }

  /** The active app whose client id this is, with its federated credentials; undefined: none (or archived). */
  async find(clientId: string): Promise<WorkloadClient | undefined> {
    const entry = this.ttlMs === 0 ? undefined : this.lru.get(clientId);
    if (entry && entry.until > performance.now()) {
      this.hits++;
      return entry.client;
    }
    if (entry) this.lru.delete(clientId);
    this.misses++;
    const generation = this.generation;
    const app = await findExchangeApp(this.db, clientId);
    if (!app || app.archivedAt !== null) return undefined;
    const rows = await listFederatedCredentials(this.db, app.id);
    const client: WorkloadClient = {
      app,
      scopes: scopesOf(app),
      ceiling: ceilingOf(app),
      credentials: rows.map((row) => ({
        row,
        patterns: Object.entries(claimsOf(row)).sort(([a], [b]) => (a < b ? -1 : 1)),
      })),
    };
    if (this.ttlMs > 0 && generation === this.generation)
      this.lru.set(clientId, { client, until: performance.now() + this.ttlMs });
    return client;
  }

  invalidated(match: Invalidation): undefined {
    if (match.principalId === undefined) return undefined;
    this.generation++;
    for (const [clientId, entry] of this.lru.entries())
      if (entry.client.app.id === match.principalId) this.lru.delete(clientId);
    return undefined;
  }

  reset(): void {
    this.generation++;
    this.lru.clear();
  }
}

/** The app's credentials for one issuer: what a token from it is checked against. */
export const credentialsFor = (client: WorkloadClient, issuer: string): TrustedCredential[] =>
  client.credentials.filter((credential) => credential.row.issuer === issuer);
