// A reported client secret stops working at once (its app keeps its other secrets), audited and evented.
import { leakReported, type RevokeLeaked } from '../events/events.catalog.ts';
import { type LeakDeps, leakRevoker } from '../events/leaks.revoke.ts';

export function clientSecretLeaks(deps: LeakDeps): RevokeLeaked {
  return leakRevoker(deps, {
    find: (db, hashes) =>
      db
        .selectFrom('appSecrets')
        .select(['id', 'hash', 'start', 'appId', 'expiresAt'])
        .where('hash', 'in', hashes)
        .execute(),
    async end(tx, actor, found, byHash) {
      const now = deps.clock.now();
      const live = found.filter((secret) => secret.expiresAt === null || secret.expiresAt > now);
      if (live.length > 0)
        await tx
          .updateTable('appSecrets')
          .set({ expiresAt: now })
          .where(
            'id',
            'in',
            live.map((secret) => secret.id),
          )
          .execute();
      const endedIds = new Set(live.map((secret) => secret.id));
      const reported = found.flatMap((secret) => {
        const report = byHash.get(secret.hash);
        return report ? [{ secret, report }] : [];
      });
      await deps.audit.record(
        tx,
        actor,
        ...reported.map(({ secret, report }) => ({
          action: 'credential.leak_reported' as const,
          target: { type: 'app' as const, id: secret.appId },
          changes: {
            kind: 'client_secret',
            secret: secret.id,
            start: secret.start,
            url: report.url,
            source: report.source,
            revoked: endedIds.has(secret.id),
          },
        })),
      );
      await deps.emit(
        tx,
        ...reported.map(({ secret, report }) =>
          leakReported(
            { kind: 'client_secret', id: secret.id, start: secret.start },
            { type: 'app', id: secret.appId },
            report,
          ),
        ),
      );
      return live.map((secret) => secret.id);
    },
  });
}
