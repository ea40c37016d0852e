// Queries for sign-in sessions.
import type { DbOrTx, SessionKeyRow, SessionRow } from '../../db/schema.ts';

export async function insertSession(db: DbOrTx, row: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

export const findSession = (db: DbOrTx, id: string): Promise<SessionRow | undefined> =>
  db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();

/** The session proved its second factor at `at` (sign-in, enrolment or step-up). */
export async function recordFactor(db: DbOrTx, id: string, at: number): Promise<void> {
  await db.updateTable('sessions').set({ factorAt: at }).where('id', '=', id).execute();
}

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

export async function insertSessionKey(db: DbOrTx, row: SessionKeyRow): Promise<void> {
  await db.insertInto('sessionKeys').values(row).execute();
}

/** The authentication lookup for a session key: the key, its session and the session's user. */
export function findSessionKeyByHash(db: DbOrTx, hash: string) {
  return db
    .selectFrom('sessionKeys')
    .innerJoin('sessions', 'sessions.id', 'sessionKeys.sessionId')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select([
      'sessionKeys.id',
      'sessionKeys.start',
      'sessions.id as sessionId',
      'sessions.expiresAt',
      'sessions.endedAt',
      'users.id as userId',
      'users.role',
      'users.suspendedAt',
      'users.slug',
      'users.name',
      'users.email',
      'users.rateLimitPerSecond',
      'users.rateLimitBurst',
    ])
    .where('sessionKeys.hash', '=', hash)
    .executeTakeFirst();
}
