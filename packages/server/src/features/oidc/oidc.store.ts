// Queries for identity providers and the (issuer, subject) -> user bindings.
import { type Page, selectPage } from '../../db/page.ts';
import type { DbOrTx, IdentityBindingRow, IdentityProviderRow } from '../../db/schema.ts';
import { isUuid } from '../../lib/ids.ts';
import type { PageRequest } from '../../lib/pagination.ts';

export async function insertProvider(db: DbOrTx, row: IdentityProviderRow): Promise<void> {
  await db.insertInto('identityProviders').values(row).execute();
}

export function findProvider(db: DbOrTx, id: string): Promise<IdentityProviderRow | undefined> {
  if (!isUuid(id)) return Promise.resolve(undefined);
  return db.selectFrom('identityProviders').selectAll().where('id', '=', id.toLowerCase()).executeTakeFirst();
}

export const findProviderByIssuer = (db: DbOrTx, issuer: string): Promise<IdentityProviderRow | undefined> =>
  db.selectFrom('identityProviders').selectAll().where('issuer', '=', issuer).executeTakeFirst();

export const listEnabledProviders = (db: DbOrTx): Promise<IdentityProviderRow[]> =>
  db.selectFrom('identityProviders').selectAll().where('disabledAt', 'is', null).execute();

export interface ProviderListFilter {
  sort: 'issuer' | 'creation';
  enabled?: boolean;
}

export async function listProviders(
  db: DbOrTx,
  page: PageRequest,
  filter: ProviderListFilter,
): Promise<Page<IdentityProviderRow>> {
  let base = db.selectFrom('identityProviders');
  if (filter.enabled !== undefined) base = base.where('disabledAt', filter.enabled ? 'is' : 'is not', null);
  const column = filter.sort === 'creation' ? 'createdAt' : 'issuer';
  return selectPage(page, base.selectAll().orderBy(column, page.direction).orderBy('id', 'asc'), base);
}

export async function updateProvider(
  db: DbOrTx,
  id: string,
  patch: Partial<Omit<IdentityProviderRow, 'id' | 'issuer'>>,
): Promise<void> {
  await db.updateTable('identityProviders').set(patch).where('id', '=', id).execute();
}

export async function deleteProvider(db: DbOrTx, id: string): Promise<void> {
  await db.deleteFrom('identityProviders').where('id', '=', id).execute();
}

export const findBindingForUser = (
  db: DbOrTx,
  issuer: string,
  userId: string,
): Promise<IdentityBindingRow | undefined> =>
  db
    .selectFrom('identityBindings')
    .selectAll()
    .where('issuer', '=', issuer)
    .where('userId', '=', userId)
    .executeTakeFirst();

export const findBindingForSubject = (
  db: DbOrTx,
  issuer: string,
  subject: string,
): Promise<IdentityBindingRow | undefined> =>
  db
    .selectFrom('identityBindings')
    .selectAll()
    .where('issuer', '=', issuer)
    .where('subject', '=', subject)
    .executeTakeFirst();

/** Binds once: a concurrent first sign-in for the same user or subject leaves the earlier binding in place. */
/** False when the user or the subject was already bound (another request got there first). */
export async function insertBinding(db: DbOrTx, row: IdentityBindingRow): Promise<boolean> {
  const result = await db
    .insertInto('identityBindings')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
