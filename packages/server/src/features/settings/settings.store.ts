// Queries for site settings and their change history.
import type { DbOrTx, SettingChangeRow } from '../../db/schema.ts';

export async function readSettings(db: DbOrTx): Promise<Map<string, unknown>> {
  const rows = await db.selectFrom('settings').select(['name', 'value']).execute();
  return new Map(rows.map((row) => [row.name, JSON.parse(row.value) as unknown]));
}

export async function writeSetting(db: DbOrTx, name: string, value: unknown, at: number): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('settings')
    .values({ name, value: json, updatedAt: at })
    .onConflict((oc) => oc.column('name').doUpdateSet({ value: json, updatedAt: at }))
    .execute();
}

export async function insertSettingChange(db: DbOrTx, row: SettingChangeRow): Promise<void> {
  await db.insertInto('settingChanges').values(row).execute();
}

export const listSettingChanges = (db: DbOrTx): Promise<SettingChangeRow[]> =>
  db.selectFrom('settingChanges').selectAll().orderBy('changedAt', 'desc').orderBy('id', 'desc').execute();
