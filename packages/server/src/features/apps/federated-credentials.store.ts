// Queries for an app's federated credentials (the workload identities it trusts).
import type { DbOrTx, FederatedCredentialRow } from '../../db/schema.ts';

export async function insertFederatedCredential(db: DbOrTx, row: FederatedCredentialRow): Promise<void> {
  await db.insertInto('federatedCredentials').values(row).execute();
}

export const listFederatedCredentials = (db: DbOrTx, appId: string): Promise<FederatedCredentialRow[]> =>
  db
    .selectFrom('federatedCredentials')
    .selectAll()
    .where('appId', '=', appId)
    .orderBy('name')
    .orderBy('id')
    .execute();

/** The app's credentials for one issuer: what a workload token from that issuer is checked against. */
export const federatedCredentialsFor = (
  db: DbOrTx,
  appId: string,
  issuer: string,
): Promise<FederatedCredentialRow[]> =>
  db
    .selectFrom('federatedCredentials')
    .selectAll()
    .where('appId', '=', appId)
    .where('issuer', '=', issuer)
    .orderBy('name')
    .execute();

/** By UUID or name, within the app. */
export const findFederatedCredential = (
  db: DbOrTx,
  appId: string,
  ref: string,
): Promise<FederatedCredentialRow | undefined> =>
  db
    .selectFrom('federatedCredentials')
    .selectAll()
    .where('appId', '=', appId)
    .where((eb) => eb.or([eb('id', '=', ref), eb('name', '=', ref)]))
    .executeTakeFirst();

export async function updateFederatedCredential(
  db: DbOrTx,
  id: string,
  patch: Partial<Omit<FederatedCredentialRow, 'id' | 'appId'>>,
): Promise<void> {
  await db.updateTable('federatedCredentials').set(patch).where('id', '=', id).execute();
}

export async function deleteFederatedCredential(db: DbOrTx, id: string): Promise<boolean> {
  const result = await db.deleteFrom('federatedCredentials').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
