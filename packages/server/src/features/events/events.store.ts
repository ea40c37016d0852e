// Queries for webhook endpoints, the delivery outbox and the attempt log.
import { selectPage } from '../../db/page.ts';
import type { DbOrTx, WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow } from '../../db/schema.ts';
import { toCount } from '../../db/sql.ts';
import { isUuid } from '../../lib/ids.ts';
import type { PageRequest } from '../../lib/pagination.ts';

export async function insertEndpoint(db: DbOrTx, row: WebhookEndpointRow): Promise<void> {
  await db.insertInto('webhookEndpoints').values(row).execute();
}

export function findEndpoint(db: DbOrTx, id: string): Promise<WebhookEndpointRow | undefined> {
  if (!isUuid(id)) return Promise.resolve(undefined);
  return db.selectFrom('webhookEndpoints').selectAll().where('id', '=', id.toLowerCase()).executeTakeFirst();
}

export async function listEndpoints(db: DbOrTx, page: PageRequest) {
  const base = db.selectFrom('webhookEndpoints');
  return selectPage(page, base.selectAll().orderBy('createdAt', page.direction).orderBy('id'), base);
}

export async function updateEndpoint(db: DbOrTx, id: string, changes: Partial<WebhookEndpointRow>) {
  await db.updateTable('webhookEndpoints').set(changes).where('id', '=', id).execute();
}

export async function deleteEndpoint(db: DbOrTx, id: string): Promise<boolean> {
  const result = await db.deleteFrom('webhookEndpoints').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The enabled endpoints, with the events each subscribes to (read in the emitting transaction). */
export function activeEndpoints(db: DbOrTx) {
  return db.selectFrom('webhookEndpoints').select(['id', 'events']).where('disabledAt', 'is', null).execute();
}

/** Rows a statement: well below either database's limit on bound parameters. */
const INSERT_CHUNK = 500;

export async function insertDeliveries(db: DbOrTx, rows: WebhookDeliveryRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    await db
      .insertInto('webhookDeliveries')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .execute();
}

/**
 * Claims up to `limit` due deliveries for `owner` until `leaseUntil`. The update re-checks that each
 * row is still unleased (or its lease lapsed), so two instances racing for a row never both get it.
 */
export async function claimDue(
  db: DbOrTx,
  owner: string,
  now: number,
  leaseUntil: number,
  limit: number,
): Promise<WebhookDeliveryRow[]> {
  const due = await db
    .selectFrom('webhookDeliveries')
    .select('id')
    .where('status', '=', 'pending')
    .where('nextAttemptAt', '<=', now)
    .where((eb) => eb.or([eb('leaseUntil', 'is', null), eb('leaseUntil', '<', now)]))
    .orderBy('nextAttemptAt')
    .limit(limit)
    .execute();
  if (due.length === 0) return [];
  return db
    .updateTable('webhookDeliveries')
    .set({ leaseOwner: owner, leaseUntil })
    .where(
      'id',
      'in',
      due.map((row) => row.id),
    )
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('leaseUntil', 'is', null), eb('leaseUntil', '<', now)]))
    .returningAll()
    .execute();
}

/** Records one attempt and the delivery's next state, only while `owner` still holds the lease. */
export async function settleAttempt(
  db: DbOrTx,
  owner: string,
  attempt: WebhookAttemptRow,
  next: Pick<WebhookDeliveryRow, 'status' | 'nextAttemptAt' | 'lastStatus' | 'lastError' | 'deliveredAt'> & {
    wipePayload: boolean;
  },
): Promise<void> {
  const { wipePayload, ...state } = next;
  await db.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable('webhookDeliveries')
      .set((eb) => ({
        ...state,
        attempts: eb('attempts', '+', 1),
        leaseOwner: null,
        leaseUntil: null,
        ...(wipePayload ? { payload: null } : {}),
      }))
      .where('id', '=', attempt.deliveryId)
      .where('leaseOwner', '=', owner)
      .executeTakeFirst();
    if (updated.numUpdatedRows > 0n) await tx.insertInto('webhookAttempts').values(attempt).execute();
  });
}

export function findDelivery(db: DbOrTx, id: string): Promise<WebhookDeliveryRow | undefined> {
  if (!isUuid(id)) return Promise.resolve(undefined);
  return db.selectFrom('webhookDeliveries').selectAll().where('id', '=', id.toLowerCase()).executeTakeFirst();
}

export async function listDeliveries(db: DbOrTx, endpointId: string, page: PageRequest, status?: string) {
  let base = db.selectFrom('webhookDeliveries').where('endpointId', '=', endpointId);
  if (status) base = base.where('status', '=', status as WebhookDeliveryRow['status']);
  return selectPage(
    page,
    base.selectAll().orderBy('createdAt', page.direction).orderBy('id', page.direction),
    base,
  );
}

export function attemptsOf(db: DbOrTx, deliveryIds: string[]): Promise<WebhookAttemptRow[]> {
  if (deliveryIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('webhookAttempts')
    .selectAll()
    .where('deliveryId', 'in', deliveryIds)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** Puts a finished delivery back in the queue, due now (a redelivery keeps its id: receivers dedupe by it). */
export async function requeue(db: DbOrTx, id: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable('webhookDeliveries')
    .set({ status: 'pending', nextAttemptAt: now, leaseOwner: null, leaseUntil: null })
    .where('id', '=', id)
    .where('status', '!=', 'pending')
    .where('payload', 'is not', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The deliveries not yet finished: what the worker still owes (tests and shutdown read it). */
export async function countPending(db: DbOrTx): Promise<number> {
  return (await pendingDeliveries(db)).pending;
}

/** The delivery queue now: deliveries still to be made, and when the oldest of them was raised (null when none). */
export async function pendingDeliveries(db: DbOrTx): Promise<{ pending: number; oldestAt: number | null }> {
  const row = await db
    .selectFrom('webhookDeliveries')
    .select((eb) => [eb.fn.countAll<number | string>().as('count'), eb.fn.min('createdAt').as('oldest')])
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return { pending: toCount(row), oldestAt: row.oldest === null ? null : Number(row.oldest) };
}
