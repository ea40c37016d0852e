// A reported session key ends its session at once (the key lives and dies with it), audited and evented.
import type { Actor } from '../../auth/actor.ts';
import type { Invalidation } from '../../auth/invalidation-match.ts';
import type { Db } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import {
  type Emit,
  LEAK_BATCH,
  type LeakReport,
  leakReported,
  type RevokeLeaked,
} from '../events/events.catalog.ts';
import { endSession } from './sessions.store.ts';

export function sessionKeyLeaks(deps: {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  emit: Emit;
  invalidate(match: Invalidation): void;
}): RevokeLeaked {
  return async (actor: Actor, reports: LeakReport[]) => {
    const matched = new Set<string>();
    for (let i = 0; i < reports.length; i += LEAK_BATCH) {
      const byHash = new Map(reports.slice(i, i + LEAK_BATCH).map((report) => [report.hash, report]));
      const found = await deps.db
        .selectFrom('sessionKeys')
        .innerJoin('sessions', 'sessions.id', 'sessionKeys.sessionId')
        .select([
          'sessionKeys.id',
          'sessionKeys.hash',
          'sessionKeys.start',
          'sessions.id as sessionId',
          'sessions.userId',
        ])
        .where('sessionKeys.hash', 'in', [...byHash.keys()])
        .execute();
      if (found.length === 0) continue;
      const ended = await deps.db.transaction().execute(async (tx) => {
        const done: string[] = [];
        for (const key of found) {
          const report = byHash.get(key.hash);
          if (!report) continue;
          const endedNow = await endSession(tx, key.sessionId, deps.clock.now());
          if (endedNow) done.push(key.sessionId);
          await deps.audit.record(tx, actor, {
            action: 'credential.leak_reported',
            target: { type: 'user', id: key.userId },
            changes: {
              kind: 'session_key',
              session_key: key.id,
              session: key.sessionId,
              start: key.start,
              url: report.url,
              source: report.source,
              revoked: endedNow,
            },
          });
          await deps.emit(
            tx,
            leakReported(
              { kind: 'session_key', id: key.id, start: key.start },
              { type: 'user', id: key.userId },
              report,
            ),
            ...(endedNow
              ? [
                  {
                    type: 'key.revoked' as const,
                    data: {
                      key: { id: key.id, kind: 'session_key', user: key.userId, start: key.start },
                      reason: 'leaked',
                    },
                  },
                ]
              : []),
          );
        }
        return done;
      });
      for (const key of found) matched.add(key.hash);
      // The session key is cached under its session: ending the session ends both, everywhere.
      for (const id of ended) deps.invalidate({ credentialId: id });
    }
    return matched;
  };
}
