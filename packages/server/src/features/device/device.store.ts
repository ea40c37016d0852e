// Queries for device sign-ins: created by a device, decided in the console, redeemed once by the device.
import type { DbOrTx, DeviceAuthorizationRow } from '../../db/schema.ts';

export async function insertAuthorization(db: DbOrTx, row: DeviceAuthorizationRow): Promise<void> {
  // Expired requests are of no use to anyone: each new one sweeps them.
  await db.deleteFrom('deviceAuthorizations').where('expiresAt', '<', row.createdAt).execute();
  await db.insertInto('deviceAuthorizations').values(row).execute();
}

export const findByUserCode = (db: DbOrTx, hash: string): Promise<DeviceAuthorizationRow | undefined> =>
  db.selectFrom('deviceAuthorizations').selectAll().where('userCodeHash', '=', hash).executeTakeFirst();

export const findByDeviceCode = (db: DbOrTx, hash: string): Promise<DeviceAuthorizationRow | undefined> =>
  db.selectFrom('deviceAuthorizations').selectAll().where('deviceCodeHash', '=', hash).executeTakeFirst();

/** Approves or denies a pending request; false when it was decided before (two tabs, two people). */
export async function decide(
  db: DbOrTx,
  id: string,
  status: 'approved' | 'denied',
  userId: string,
  at: number,
): Promise<boolean> {
  const result = await db
    .updateTable('deviceAuthorizations')
    .set({ status, userId, decidedAt: at })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Records a poll; `interval` is the (possibly slowed) interval the device must keep from now on. */
export async function polled(db: DbOrTx, id: string, at: number, interval: number): Promise<void> {
  await db
    .updateTable('deviceAuthorizations')
    .set({ lastPolledAt: at, intervalSeconds: interval })
    .where('id', '=', id)
    .execute();
}

/** The one exchange of an approved request: false when another poll got there first. */
export async function redeem(db: DbOrTx, id: string, at: number): Promise<boolean> {
  const result = await db
    .updateTable('deviceAuthorizations')
    .set({ redeemedAt: at, lastPolledAt: at })
    .where('id', '=', id)
    .where('status', '=', 'approved')
    .where('redeemedAt', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
