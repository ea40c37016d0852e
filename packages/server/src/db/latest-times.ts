// When each row was last used or seen, written in batches: the request path only remembers the latest time.
import type { Db } from './schema.ts';

/** The tables that keep such a time, and its column: an API key's last use, an app's last sign of life. */
export type LatestTimeColumn =
  | { table: 'apiKeys'; column: 'lastUsedAt' }
  | { table: 'apps'; column: 'lastSeenAt' };

/** One transaction for a batch of times by row id; never moves a time backwards. */
export async function writeLatestTimes(
  db: Db,
  { table, column }: LatestTimeColumn,
  latest: Map<string, number>,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    for (const [id, at] of latest) {
      await tx
        .updateTable(table)
        .set({ [column]: at })
        .where('id', '=', id)
        .where((eb) => eb.or([eb(column, 'is', null), eb(column, '<', at)]))
        .execute();
    }
  });
}
