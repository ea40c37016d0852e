// The usage history's queries: upserts that add (several instances write the same rows), sums over a window, pruning.
import { sql } from 'kysely';
import type { CredentialUsageTable, Db } from '../../db/schema.ts';

export type UsageCredentialKind = CredentialUsageTable['credentialKind'];
export type UsageRow = CredentialUsageTable;

/** Rows per statement: 8 parameters each stays far below both stores' limits. */
const CHUNK = 500;

/** One transaction: each row is added to what the store holds (counts summed, the latest last use kept). */
export async function addUsage(db: Db, rows: readonly UsageRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.transaction().execute(async (tx) => {
    for (let at = 0; at < rows.length; at += CHUNK) {
      await tx
        .insertInto('credentialUsage')
        .values(rows.slice(at, at + CHUNK))
        .onConflict((oc) =>
          oc.columns(['credentialId', 'hour', 'dimension', 'item']).doUpdateSet((eb) => ({
            count: sql<number>`${eb.ref('credentialUsage.count')} + ${eb.ref('excluded.count')}`,
            refused: sql<number>`${eb.ref('credentialUsage.refused')} + ${eb.ref('excluded.refused')}`,
            lastAt: sql<
              number | null
            >`case when ${eb.ref('credentialUsage.lastAt')} is null or ${eb.ref('excluded.lastAt')} > ${eb.ref('credentialUsage.lastAt')} then ${eb.ref('excluded.lastAt')} else ${eb.ref('credentialUsage.lastAt')} end`,
          })),
        )
        .execute();
    }
  });
}

/** The window a report covers: hours from `from` (inclusive) to `to` (exclusive), in milliseconds. */
export interface Window {
  from: number;
  to: number;
}

const within = (db: Db, credentialId: string, dimension: UsageRow['dimension'], window: Window) =>
  db
    .selectFrom('credentialUsage')
    .where('credentialId', '=', credentialId)
    .where('dimension', '=', dimension)
    .where('hour', '>=', window.from)
    .where('hour', '<', window.to);

/** Each item's sums over the window (an outcome, an address or a permission). */
export async function sums(
  db: Db,
  credentialId: string,
  dimension: UsageRow['dimension'],
  window: Window,
  limit?: number,
): Promise<{ item: string; count: number; refused: number; lastAt: number | null }[]> {
  let query = within(db, credentialId, dimension, window)
    .select((eb) => [
      'item',
      eb.fn.sum<number | string>('count').as('count'),
      eb.fn.sum<number | string>('refused').as('refused'),
      eb.fn.max('lastAt').as('lastAt'),
    ])
    .groupBy('item')
    .orderBy('count', 'desc')
    .orderBy('item');
  if (limit !== undefined) query = query.limit(limit);
  const rows = await query.execute();
  return rows.map((row) => ({
    item: row.item,
    count: Number(row.count),
    refused: Number(row.refused),
    lastAt: row.lastAt === null ? null : Number(row.lastAt),
  }));
}

/** Outcome counts per bucket (`bucketMs` long, from the epoch: UTC hours or days) in the window. */
export async function outcomesByBucket(
  db: Db,
  credentialId: string,
  window: Window,
  bucketMs: number,
): Promise<{ start: number; outcome: string; count: number }[]> {
  const start = sql<number | string>`hour - (hour % ${sql.lit(bucketMs)})`;
  const rows = await within(db, credentialId, 'outcome', window)
    .select((eb) => [start.as('start'), 'item', eb.fn.sum<number | string>('count').as('count')])
    .groupBy([start, 'item'])
    .execute();
  return rows.map((row) => ({ start: Number(row.start), outcome: row.item, count: Number(row.count) }));
}

/** Each credential's requests (every outcome) since `since`: what the administrators' key list sorts by. */
export const requestsSince = (db: Db, since: number) =>
  db
    .selectFrom('credentialUsage')
    .select((eb) => ['credentialId', eb.fn.sum<number | string>('count').as('requests')])
    .where('dimension', '=', 'outcome')
    .where('hour', '>=', since)
    .groupBy('credentialId');

/** Deletes the hours before `before`; the number of rows deleted. */
export async function pruneUsage(db: Db, before: number): Promise<number> {
  const result = await db.deleteFrom('credentialUsage').where('hour', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
