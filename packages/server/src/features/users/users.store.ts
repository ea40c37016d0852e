// Queries for users.
import { type Page, selectPage } from '../../db/page.ts';
import type { DbOrTx, NewUser, Tx, UserRow } from '../../db/schema.ts';
import { containsText, toCount } from '../../db/sql.ts';
import { isUuid } from '../../lib/ids.ts';
import type { PageRequest } from '../../lib/pagination.ts';

/** By UUID or slug, as every `{user}` path parameter allows. */
export function findUserByRef(db: DbOrTx, ref: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where(isUuid(ref) ? 'id' : 'slug', '=', isUuid(ref) ? ref.toLowerCase() : ref)
    .executeTakeFirst();
}

export const findUserById = (db: DbOrTx, id: string): Promise<UserRow | undefined> =>
  db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

export const findUserByEmail = (db: DbOrTx, email: string): Promise<UserRow | undefined> =>
  db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();

/** Users whose column is one of the values (at most a few thousand: one query each). */
export const findUsersIn = (
  db: DbOrTx,
  column: 'id' | 'slug' | 'email',
  values: string[],
): Promise<UserRow[]> =>
  values.length === 0
    ? Promise.resolve([])
    : db.selectFrom('users').selectAll().where(column, 'in', values).execute();

export const slugTaken = async (db: DbOrTx, slug: string): Promise<boolean> =>
  (await db.selectFrom('users').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;

export async function insertUser(db: DbOrTx, row: NewUser): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function updateUser(db: DbOrTx, id: string, patch: Partial<Omit<UserRow, 'id'>>): Promise<void> {
  await db.updateTable('users').set(patch).where('id', '=', id).execute();
}

/**
 * The ids of the active (not suspended) administrators, with their rows locked until the transaction ends:
 * an UPDATE that changes nothing takes the same row locks as SELECT … FOR UPDATE on PostgreSQL, and
 * SQLite has one writer. Two administrators suspending each other at once then queue, and the second sees
 * the first's change.
 */
export async function lockActiveAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx
    .updateTable('users')
    .set((eb) => ({ role: eb.ref('role') }))
    .where('role', '=', 'admin')
    .where('suspendedAt', 'is', null)
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

export async function deleteUser(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('users').where('id', '=', id).execute();
}

export async function countUsers(db: DbOrTx): Promise<number> {
  const query = db.selectFrom('users').select((eb) => eb.fn.countAll<number | string>().as('count'));
  return toCount(await query.executeTakeFirstOrThrow());
}

export interface UserListFilter {
  search?: string;
  sort: 'name' | 'email' | 'creation';
}

export async function listUsers(
  db: DbOrTx,
  page: PageRequest,
  filter: UserListFilter,
): Promise<Page<UserRow>> {
  let base = db.selectFrom('users');
  if (filter.search) {
    const text = filter.search;
    base = base.where((eb) =>
      eb.or([
        containsText('name', text),
        containsText('email', text),
        containsText('slug', text),
        eb('id', '=', text),
      ]),
    );
  }
  const column = filter.sort === 'creation' ? 'createdAt' : filter.sort;
  return selectPage(
    page,
    base.selectAll().orderBy(column, page.direction).orderBy('createdAt', 'asc').orderBy('id', 'asc'),
    base,
  );
}
