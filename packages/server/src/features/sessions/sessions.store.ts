// Queries for sign-in sessions.
import type { DbOrTx, SessionRow } from '../../db/schema.ts';

export async function insertSession(db: DbOrTx, row: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export const findSession = (db: DbOrTx, id: string): Promise<SessionRow | undefined> =>
  db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();

/** Ends one session; false when it had already ended. */
export async function endSession(db: DbOrTx, id: string, at: number): Promise<boolean> {
  const result = await db
    .updateTable('sessions')
    .set({ endedAt: at })
    .where('id', '=', id)
    .where('endedAt', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function endUserSessions(
  db: DbOrTx,
  userId: string,
  at: number,
  exceptId?: string,
): Promise<string[]> {
  let query = db
    .updateTable('sessions')
    .set({ endedAt: at })
    .where('userId', '=', userId)
    .where('endedAt', 'is', null);
  if (exceptId) query = query.where('id', '!=', exceptId);
  const rows = await query.returning('id').execute();
  return rows.map((row) => row.id);
}
