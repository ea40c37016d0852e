// Queries for site settings.
import type { DbOrTx } from '../../db/schema.ts';

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
