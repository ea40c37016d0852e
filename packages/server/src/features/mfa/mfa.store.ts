// Queries for second factors: TOTP factors, recovery codes and sign-in challenges.
import type { DbOrTx, MfaChallengeRow, TotpFactorRow } from '../../db/schema.ts';

export const findFactor = (db: DbOrTx, userId: string): Promise<TotpFactorRow | undefined> =>
  db.selectFrom('totpFactors').selectAll().where('userId', '=', userId).executeTakeFirst();

/** A new seed replaces any unconfirmed one (enrolment started again); a confirmed factor is never replaced here. */
export async function replaceUnconfirmed(
  db: DbOrTx,
  row: { id: string; userId: string; seed: string; createdAt: number },
): Promise<void> {
  await db
    .deleteFrom('totpFactors')
    .where('userId', '=', row.userId)
    .where('confirmedAt', 'is', null)
    .execute();
  await db
    .insertInto('totpFactors')
    .values({ ...row, confirmedAt: null, lastStep: null })
    .execute();
}

/**
 * Moves the factor's last used step forward to `step`, only if it is past the last one: the check and
 * the write are one statement, so two requests with one code cannot both pass.
 */
export async function useStep(
  db: DbOrTx,
  factorId: string,
  step: number,
  confirmedAt?: number,
): Promise<boolean> {
  const result = await db
    .updateTable('totpFactors')
    .set(confirmedAt === undefined ? { lastStep: step } : { lastStep: step, confirmedAt })
    .where('id', '=', factorId)
    .where((eb) => eb.or([eb('lastStep', 'is', null), eb('lastStep', '<', step)]))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteFactor(db: DbOrTx, userId: string): Promise<void> {
  await db.deleteFrom('totpFactors').where('userId', '=', userId).execute();
  await db.deleteFrom('recoveryCodes').where('userId', '=', userId).execute();
}

export async function replaceRecoveryCodes(
  db: DbOrTx,
  userId: string,
  codes: { id: string; hash: string }[],
  createdAt: number,
): Promise<void> {
  await db.deleteFrom('recoveryCodes').where('userId', '=', userId).execute();
  await db
    .insertInto('recoveryCodes')
    .values(codes.map((code) => ({ ...code, userId, createdAt, usedAt: null })))
    .execute();
}

/** Marks the user's unused code with this hash used; false when there is none (unknown, or used before). */
export async function useRecoveryCode(
  db: DbOrTx,
  userId: string,
  hash: string,
  at: number,
): Promise<boolean> {
  const result = await db
    .updateTable('recoveryCodes')
    .set({ usedAt: at })
    .where('userId', '=', userId)
    .where('hash', '=', hash)
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function countUnusedRecoveryCodes(db: DbOrTx, userId: string): Promise<number> {
  const row = await db
    .selectFrom('recoveryCodes')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('userId', '=', userId)
    .where('usedAt', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertChallenge(
  db: DbOrTx,
  row: { id: string; userId: string; hash: string; expiresAt: number; createdAt: number },
): Promise<void> {
  await db
    .insertInto('mfaChallenges')
    .values({ ...row, usedAt: null })
    .execute();
}

export const findChallenge = (db: DbOrTx, hash: string): Promise<MfaChallengeRow | undefined> =>
  db.selectFrom('mfaChallenges').selectAll().where('hash', '=', hash).executeTakeFirst();

/** Ends the challenge if it is still open; false when another request ended it first. */
export async function endChallenge(db: DbOrTx, id: string, at: number): Promise<boolean> {
  const result = await db
    .updateTable('mfaChallenges')
    .set({ usedAt: at })
    .where('id', '=', id)
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Counts a wrong answer; the number of wrong answers so far. */
export async function failChallenge(db: DbOrTx, id: string): Promise<number> {
  await db
    .updateTable('mfaChallenges')
    .set((eb) => ({ failures: eb('failures', '+', 1) }))
    .where('id', '=', id)
    .execute();
  const row = await db.selectFrom('mfaChallenges').select('failures').where('id', '=', id).executeTakeFirst();
  return row?.failures ?? 0;
}

/** Challenges are minutes long: those ended or expired before `before` are of no use to anyone. */
export async function pruneChallenges(db: DbOrTx, before: number): Promise<void> {
  await db.deleteFrom('mfaChallenges').where('expiresAt', '<', before).execute();
}
