// The schema of Latchkey's first release, made by running only the migrations it shipped with.
import { Migrator } from 'kysely';
import { migrations } from '../db/migrations/index.ts';
import type { Db } from '../db/schema.ts';

/** The migrations of the first release: all written on 2026-11-23, before the events and schedules ones. */
export const FIRST_RELEASE = [
  '2026-11-23T1000-initial',
  '2026-11-23T1100-site-policy-and-session-keys',
  '2026-11-23T1200-apps',
  '2026-11-23T1300-identity-providers',
  '2026-11-23T1400-access',
  '2026-11-23T1500-rate-limits',
  '2026-11-23T1600-audit',
];

export async function migrateToFirstRelease(db: Db, schema?: string): Promise<void> {
  const shipped = Object.fromEntries(
    FIRST_RELEASE.map((name) => {
      const migration = migrations[name];
      if (!migration) throw new Error(`no migration ${name}`);
      return [name, migration];
    }),
  );
  const { error } = await new Migrator({
    db,
    provider: { getMigrations: async () => shipped },
    ...(schema ? { migrationTableSchema: schema } : {}),
  }).migrateToLatest();
  if (error) throw error;
}
