// Kysely queries for usage limits: the one exact counter when there is no Redis, and the limits as set.
import { PostgresAdapter, sql } from 'kysely';
import type { Db, DbOrTx, Tx, UsageLimitsTable } from '../../db/schema.ts';

export type LimitRow = UsageLimitsTable;

const isPostgres = (db: DbOrTx): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

export async function findLimit(db: DbOrTx, credentialId: string): Promise<LimitRow | undefined> {
  return db.selectFrom('usageLimits').selectAll().where('credentialId', '=', credentialId).executeTakeFirst();
}

/** The row, locked until the transaction ends (PostgreSQL; SQLite's one writer needs no lock). */
export async function findLimitForUpdate(tx: Tx, credentialId: string): Promise<LimitRow | undefined> {
  const query = tx.selectFrom('usageLimits').selectAll().where('credentialId', '=', credentialId);
  return (isPostgres(tx) ? query.forUpdate() : query).executeTakeFirst();
}

export async function findLimits(db: Db, credentialIds: readonly string[]): Promise<LimitRow[]> {
  if (credentialIds.length === 0) return [];
  return db.selectFrom('usageLimits').selectAll().where('credentialId', 'in', credentialIds).execute();
}

export async function putLimit(db: DbOrTx, row: LimitRow): Promise<void> {
  await db
    .insertInto('usageLimits')
    .values(row)
    .onConflict((oc) =>
      oc.column('credentialId').doUpdateSet({
        remaining: row.remaining,
        refillAmount: row.refillAmount,
        refillInterval: row.refillInterval,
        nextRefillAt: row.nextRefillAt,
        version: row.version,
        updatedAt: row.updatedAt,
      }),
    )
    .execute();
}

export async function deleteLimit(db: DbOrTx, credentialId: string): Promise<void> {
  await db.deleteFrom('usageLimits').where('credentialId', '=', credentialId).execute();
}

/**
 * Spends one use in one statement: a refill that is due sets the count back to the refill amount first.
 * The WHERE clause is re-checked under the row's lock, so concurrent spends on every instance never take
 * the count below zero. Undefined: nothing left (or no limit any more).
 */
export async function spendOne(
  db: Db,
  credentialId: string,
  now: number,
  nextRefillAt: number | null,
): Promise<{ remaining: number; nextRefillAt: number | null } | undefined> {
  const due = sql<boolean>`(next_refill_at is not null and next_refill_at <= ${now})`;
  return db
    .updateTable('usageLimits')
    .set({
      remaining: sql<number>`case when ${due} then refill_amount - 1 else remaining - 1 end`,
      nextRefillAt: sql<number | null>`case when ${due} then ${nextRefillAt} else next_refill_at end`,
    })
    .where('credentialId', '=', credentialId)
    .where(sql<boolean>`(remaining > 0 or ${due})`)
    .returning(['remaining', 'nextRefillAt'])
    .executeTakeFirst();
}

/**
 * Writes what Redis counted back to the row, only forward: a later refill, or fewer uses left in the same
 * period. Several instances write in any order and the row keeps the lowest count of the latest period.
 */
export async function writeBack(
  db: Db,
  credentialId: string,
  counted: { remaining: number; nextRefillAt: number | null; version: string },
): Promise<void> {
  const next = counted.nextRefillAt ?? 0;
  await db
    .updateTable('usageLimits')
    .set({ remaining: counted.remaining, nextRefillAt: counted.nextRefillAt })
    .where('credentialId', '=', credentialId)
    .where('version', '=', counted.version)
    .where(
      sql<boolean>`(coalesce(next_refill_at, 0) < ${next} or (coalesce(next_refill_at, 0) = ${next} and remaining > ${counted.remaining}))`,
    )
    .execute();
}

/**
 * Takes a block of uses from the row, if it is still as `row` was read (the one instance writing a SQLite
 * database reserves here and spends in memory). False: the row changed meanwhile and nothing was taken.
 */
export async function reserveUses(
  db: Db,
  row: LimitRow,
  next: { remaining: number; nextRefillAt: number | null },
): Promise<boolean> {
  const result = await db
    .updateTable('usageLimits')
    .set({ remaining: next.remaining, nextRefillAt: next.nextRefillAt })
    .where('credentialId', '=', row.credentialId)
    .where('version', '=', row.version)
    .where('remaining', '=', row.remaining)
    .where((eb) =>
      row.nextRefillAt === null ? eb('nextRefillAt', 'is', null) : eb('nextRefillAt', '=', row.nextRefillAt),
    )
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Gives reserved uses that were not spent back to the row, if the limit and its period are the same. */
export async function returnUses(
  db: Db,
  credentialId: string,
  version: string,
  nextRefillAt: number | null,
  uses: number,
): Promise<void> {
  await db
    .updateTable('usageLimits')
    .set({ remaining: sql<number>`remaining + ${uses}` })
    .where('credentialId', '=', credentialId)
    .where('version', '=', version)
    .where((eb) =>
      nextRefillAt === null ? eb('nextRefillAt', 'is', null) : eb('nextRefillAt', '=', nextRefillAt),
    )
    .execute();
}
