// A reported session key ends its session at once (the key lives and dies with it), audited and evented.
import { leakReported, type RevokeLeaked } from '../events/events.catalog.ts';
import { type LeakDeps, leakRevoker } from '../events/leaks.revoke.ts';
import { endSession } from './sessions.store.ts';

export function sessionKeyLeaks(deps: LeakDeps): RevokeLeaked {
  return leakRevoker(deps, {
    find: (db, hashes) =>
      db
        .selectFrom('sessionKeys')
        .innerJoin('sessions', 'sessions.id', 'sessionKeys.sessionId')
        .select([
          'sessionKeys.id',
          'sessionKeys.hash',
          'sessionKeys.start',
          'sessions.id as sessionId',
          'sessions.userId',
        ])
        .where('sessionKeys.hash', 'in', hashes)
        .execute(),
    // The session key is cached under its session: ending the session ends both, everywhere.
    async end(tx, actor, found, byHash) {
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
    },
  });
}
