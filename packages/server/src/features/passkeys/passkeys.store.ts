// Queries for passkeys and the WebAuthn challenges handed out for them.
import type { DbOrTx, PasskeyPurpose, PasskeyRow } from '../../db/schema.ts';

export const listForUser = (db: DbOrTx, userId: string): Promise<PasskeyRow[]> =>
  db.selectFrom('passkeys').selectAll().where('userId', '=', userId).orderBy('createdAt').execute();

export async function countForUser(db: DbOrTx, userId: string): Promise<number> {
  const row = await db
    .selectFrom('passkeys')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('userId', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export const findByCredentialId = (db: DbOrTx, credentialId: string): Promise<PasskeyRow | undefined> =>
  db.selectFrom('passkeys').selectAll().where('credentialId', '=', credentialId).executeTakeFirst();

export const findById = (db: DbOrTx, id: string): Promise<PasskeyRow | undefined> =>
  db.selectFrom('passkeys').selectAll().where('id', '=', id).executeTakeFirst();

export async function insert(db: DbOrTx, row: Omit<PasskeyRow, 'lastUsedAt'>): Promise<void> {
  await db
    .insertInto('passkeys')
    .values({ ...row, lastUsedAt: null })
    .execute();
}

export async function remove(db: DbOrTx, id: string): Promise<boolean> {
  const result = await db.deleteFrom('passkeys').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function removeAllForUser(db: DbOrTx, userId: string): Promise<number> {
  const result = await db.deleteFrom('passkeys').where('userId', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Moves the signature counter from `from` to `to`: the check and the write are one statement, so two
 * requests with one assertion cannot both pass.
 */
export async function advanceCounter(
  db: DbOrTx,
  id: string,
  from: number,
  to: number,
  at: number,
): Promise<boolean> {
  const result = await db
    .updateTable('passkeys')
    .set({ counter: to, lastUsedAt: at })
    .where('id', '=', id)
    .where('counter', '=', from)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function insertChallenge(
  db: DbOrTx,
  row: {
    id: string;
    hash: string;
    purpose: PasskeyPurpose;
    userId: string | null;
    expiresAt: number;
    createdAt: number;
  },
): Promise<void> {
  await db
    .insertInto('passkeyChallenges')
    .values({ ...row, usedAt: null })
    .execute();
}

/**
 * Uses up the open challenge with this hash, for this purpose (and user, when it has one); false when
 * there is none: unknown, used, expired, or handed out for something else. One statement, so a challenge
 * answers one request only.
 */
export async function useChallenge(
  db: DbOrTx,
  hash: string,
  purpose: PasskeyPurpose,
  userId: string | null,
  now: number,
): Promise<boolean> {
  let query = db
    .updateTable('passkeyChallenges')
    .set({ usedAt: now })
    .where('hash', '=', hash)
    .where('purpose', '=', purpose)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now);
  query = userId === null ? query.where('userId', 'is', null) : query.where('userId', '=', userId);
  const result = await query.executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Challenges are minutes long: those expired before `before` are of no use to anyone. */
export async function pruneChallenges(db: DbOrTx, before: number): Promise<void> {
  await db.deleteFrom('passkeyChallenges').where('expiresAt', '<', before).execute();
}
