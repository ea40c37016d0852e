// The same references served by a whole Latchkey (every route, plugin and service built, as `latchkey serve`
// does): what the limit costs inside Latchkey's process, apart from Latchkey's own authentication.
// First, as `latchkey serve` does (packages/server/bin/latchkey.mjs).
import '../packages/server/src/lib/tick-object-maps.ts';
import { buildApp } from '../packages/server/src/app.ts';
import { loadConfig } from '../packages/server/src/config.ts';
import { migrateToLatest, openDatabase } from '../packages/server/src/db/database.ts';
import { systemClock } from '../packages/server/src/lib/clock.ts';
import { Keyring } from '../packages/server/src/secrets/keyring.ts';
import { chooseMasterKey } from '../packages/server/src/secrets/master-key-source.ts';
import { type Answer, registerReferences } from './reference-routes.ts';

const config = loadConfig(process.env, {});
const { db } = openDatabase(config.databaseUrl);
const { key } = await chooseMasterKey(config, db);
await migrateToLatest(db);
const keyring = await Keyring.open(db, key, systemClock);
const { app } = await buildApp({ config, db, keyring });
// Public routes, so that the pipeline attaches nothing: the reference does its own work.
registerReferences(app, JSON.parse(process.env.REF_ANSWERS ?? '{}') as Record<string, Answer>, {
  config: { auth: { who: 'none' } },
});
await app.listen({ host: '127.0.0.1', port: config.port });
process.once('SIGTERM', () => void app.close().then(() => db.destroy().then(() => process.exit(0))));
