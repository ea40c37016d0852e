// The loop every kind of reported credential shares: look the reports up in batches, end what matched in one
// transaction a batch (audited and evented there), then drop the ended credentials from every instance's cache.
import type { Actor } from '../../auth/actor.ts';
import type { Invalidation } from '../../auth/invalidation-match.ts';
import type { Db, Tx } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import type { Emit, LeakReport, RevokeLeaked } from './events.catalog.ts';

/** Reports looked up a statement: thousands of tokens stay a handful of queries. */
const LEAK_BATCH = 500;

export interface LeakedKind<Found extends { hash: string }> {
  /** The credentials of this kind whose hash is among `hashes`. */
  find(db: Db, hashes: string[]): Promise<Found[]>;
  /**
   * Ends the live ones among `found` (each reported in `byHash`), audits and events them, all in `tx`; answers
   * the credential ids to invalidate.
   */
  end(tx: Tx, actor: Actor, found: Found[], byHash: Map<string, LeakReport>): Promise<string[]>;
}

/** What a kind's revoker works with: the loop needs the database and the invalidation, `end` the rest. */
export interface LeakDeps {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  emit: Emit;
  invalidate(match: Invalidation): void;
}

/** A revoker for one kind: answers the hashes that matched a credential, ended now or before. */
export function leakRevoker<Found extends { hash: string }>(
  deps: Pick<LeakDeps, 'db' | 'invalidate'>,
  kind: LeakedKind<Found>,
): RevokeLeaked {
  return async (actor, reports) => {
    const matched = new Set<string>();
    for (let i = 0; i < reports.length; i += LEAK_BATCH) {
      const byHash = new Map(reports.slice(i, i + LEAK_BATCH).map((report) => [report.hash, report]));
      const found = await kind.find(deps.db, [...byHash.keys()]);
      if (found.length === 0) continue;
      const ended = await deps.db.transaction().execute((tx) => kind.end(tx, actor, found, byHash));
      for (const credential of found) matched.add(credential.hash);
      for (const id of ended) deps.invalidate({ credentialId: id });
    }
    return matched;
  };
}
