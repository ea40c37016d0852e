// Builds the app on a throw-away in-memory database just to read its OpenAPI document.
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { migrateToLatest, openDatabase } from './db/database.ts';
import { systemClock } from './lib/clock.ts';
import { MasterKey } from './lib/crypto/master-key.ts';
import { Keyring } from './secrets/keyring.ts';

export async function openApiDocument(): Promise<unknown> {
  const config = { ...loadConfig({}), databaseUrl: 'sqlite::memory:', logLevel: 'silent' as const };
  const { db } = openDatabase(config.databaseUrl);
  await migrateToLatest(db);
  const keyring = await Keyring.open(db, MasterKey.generate(), systemClock);
  const { app } = await buildApp({ config, db, keyring });
  await app.ready();
  const document = app.swagger();
  await app.close();
  await db.destroy();
  return document;
}
