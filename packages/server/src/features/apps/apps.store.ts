// Queries for apps and their client secrets.
import { type Page, selectPage } from '../../db/page.ts';
import type { AppRow, AppSecretRow, DbOrTx } from '../../db/schema.ts';
import { containsText } from '../../db/sql.ts';
import { isUuid } from '../../lib/ids.ts';
import type { PageRequest } from '../../lib/pagination.ts';

export async function insertApp(db: DbOrTx, row: AppRow): Promise<void> {
  await db.insertInto('apps').values(row).execute();
}

/** By UUID, client id (`app_…`) or slug, as every `{app}` path parameter allows. */
export function findAppByRef(db: DbOrTx, ref: string): Promise<AppRow | undefined> {
  const query = db.selectFrom('apps').selectAll();
  if (isUuid(ref)) return query.where('id', '=', ref.toLowerCase()).executeTakeFirst();
  if (ref.startsWith('app_')) return query.where('clientId', '=', ref).executeTakeFirst();
  return query.where('slug', '=', ref).executeTakeFirst();
}

/** What the token exchange reads of an app, by its client id: nothing encrypted. */
export type ExchangeApp = Pick<
  AppRow,
  | 'id'
  | 'slug'
  | 'name'
  | 'clientId'
  | 'scopes'
  | 'permissions'
  | 'activatedAt'
  | 'archivedAt'
  | 'rateLimitPerSecond'
  | 'rateLimitBurst'
>;

export const findExchangeApp = (db: DbOrTx, clientId: string): Promise<ExchangeApp | undefined> =>
  db
    .selectFrom('apps')
    .select([
      'id',
      'slug',
      'name',
      'clientId',
      'scopes',
      'permissions',
      'activatedAt',
      'archivedAt',
      'rateLimitPerSecond',
      'rateLimitBurst',
    ])
    .where('clientId', '=', clientId)
    .executeTakeFirst();

export const findAppById = (db: DbOrTx, id: string): Promise<AppRow | undefined> =>
  db.selectFrom('apps').selectAll().where('id', '=', id).executeTakeFirst();

export const appSlugTaken = async (db: DbOrTx, slug: string): Promise<boolean> =>
  (await db.selectFrom('apps').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;

export async function updateApp(db: DbOrTx, id: string, patch: Partial<Omit<AppRow, 'id'>>): Promise<void> {
  await db.updateTable('apps').set(patch).where('id', '=', id).execute();
}

/** Archives once: false when the app was already archived. */
export async function archiveApp(db: DbOrTx, id: string, at: number): Promise<boolean> {
  const result = await db
    .updateTable('apps')
    .set({ archivedAt: at, updatedAt: at })
    .where('id', '=', id)
    .where('archivedAt', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface AppListFilter {
  archived: boolean;
  search?: string;
  sort: 'name' | 'creation' | 'last_seen';
  /** Set when the caller is an app: it sees only itself. */
  onlyId?: string;
}

export async function listApps(db: DbOrTx, page: PageRequest, filter: AppListFilter): Promise<Page<AppRow>> {
  let base = db.selectFrom('apps').where('archivedAt', filter.archived ? 'is not' : 'is', null);
  if (filter.onlyId) base = base.where('id', '=', filter.onlyId);
  if (filter.search) {
    const text = filter.search;
    base = base.where((eb) =>
      eb.or([
        containsText('name', text),
        containsText('slug', text),
        eb('id', '=', text.toLowerCase()),
        eb('clientId', '=', text),
      ]),
    );
  }
  const column =
    filter.sort === 'creation' ? 'createdAt' : filter.sort === 'last_seen' ? 'lastSeenAt' : 'name';
  return selectPage(
    page,
    base.selectAll().orderBy(column, page.direction).orderBy('createdAt', 'asc').orderBy('id', 'asc'),
    base,
  );
}

export async function insertSecret(db: DbOrTx, row: AppSecretRow): Promise<void> {
  await db.insertInto('appSecrets').values(row).execute();
}

/** Ends every secret of the app at `until` (now, or the end of a grace period); never extends one. */
export async function endSecrets(db: DbOrTx, appId: string, until: number): Promise<void> {
  await db
    .updateTable('appSecrets')
    .set({ expiresAt: until })
    .where('appId', '=', appId)
    .where((eb) => eb.or([eb('expiresAt', 'is', null), eb('expiresAt', '>', until)]))
    .execute();
}

/** Forgets secrets that ended before `before`: they can never authenticate again. */
export async function purgeEndedSecrets(db: DbOrTx, appId: string, before: number): Promise<void> {
  await db.deleteFrom('appSecrets').where('appId', '=', appId).where('expiresAt', '<=', before).execute();
}

export const currentSecret = (db: DbOrTx, appId: string): Promise<AppSecretRow | undefined> =>
  db
    .selectFrom('appSecrets')
    .selectAll()
    .where('appId', '=', appId)
    .where('expiresAt', 'is', null)
    .orderBy('createdAt', 'desc')
    .executeTakeFirst();

/** The client-authentication lookup: one unique-index read joined to the app. */
export function findSecretByHash(db: DbOrTx, hash: string) {
  return db
    .selectFrom('appSecrets')
    .innerJoin('apps', 'apps.id', 'appSecrets.appId')
    .select([
      'appSecrets.id as secretId',
      'appSecrets.expiresAt as secretExpiresAt',
      'appSecrets.start as secretStart',
      'apps.id',
      'apps.clientId',
      'apps.slug',
      'apps.name',
      'apps.scopes',
      'apps.permissions',
      'apps.allowedIps',
      'apps.activatedAt',
      'apps.archivedAt',
      'apps.rateLimitPerSecond',
      'apps.rateLimitBurst',
    ])
    .where('appSecrets.hash', '=', hash)
    .executeTakeFirst();
}
