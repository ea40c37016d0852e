// Queries for resource servers (RFC 8707) and the apps limited to some of them.
import { type Page, selectPage } from '../../db/page.ts';
import type { DbOrTx, ResourceRow } from '../../db/schema.ts';
import type { PageRequest } from '../../lib/pagination.ts';

export async function listResources(db: DbOrTx, page: PageRequest): Promise<Page<ResourceRow>> {
  const base = db.selectFrom('resources');
  return selectPage(page, base.selectAll().orderBy('identifier', page.direction), base);
}

export const findResource = (db: DbOrTx, id: string): Promise<ResourceRow | undefined> =>
  db.selectFrom('resources').selectAll().where('id', '=', id).executeTakeFirst();

export const findByIdentifiers = (db: DbOrTx, identifiers: string[]): Promise<ResourceRow[]> =>
  identifiers.length === 0
    ? Promise.resolve([])
    : db.selectFrom('resources').selectAll().where('identifier', 'in', identifiers).execute();

export async function insertResource(db: DbOrTx, row: ResourceRow): Promise<void> {
  await db.insertInto('resources').values(row).execute();
}

export async function updateResource(db: DbOrTx, id: string, patch: Partial<ResourceRow>): Promise<void> {
  await db.updateTable('resources').set(patch).where('id', '=', id).execute();
}

export async function deleteResource(db: DbOrTx, id: string): Promise<boolean> {
  await db.deleteFrom('appResources').where('resourceId', '=', id).execute();
  const result = await db.deleteFrom('resources').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The app's limit: null when it may ask for every registered resource, else the resources it may. */
export async function appLimit(db: DbOrTx, appId: string): Promise<ResourceRow[] | null> {
  const limited = await db
    .selectFrom('appResourceLimits')
    .select('appId')
    .where('appId', '=', appId)
    .executeTakeFirst();
  if (!limited) return null;
  return db
    .selectFrom('appResources')
    .innerJoin('resources', 'resources.id', 'appResources.resourceId')
    .selectAll('resources')
    .where('appResources.appId', '=', appId)
    .orderBy('resources.identifier')
    .execute();
}

export async function setAppLimit(db: DbOrTx, appId: string, resourceIds: string[] | null, now: number) {
  await db.deleteFrom('appResources').where('appId', '=', appId).execute();
  await db.deleteFrom('appResourceLimits').where('appId', '=', appId).execute();
  if (resourceIds === null) return;
  await db.insertInto('appResourceLimits').values({ appId, updatedAt: now }).execute();
  if (resourceIds.length > 0)
    await db
      .insertInto('appResources')
      .values(resourceIds.map((resourceId) => ({ appId, resourceId })))
      .execute();
}
