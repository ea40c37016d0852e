// Public entry of @latchkey/server for embedding and tests.
export { type AppDeps, buildApp } from './app.ts';
export { type Config, loadConfig } from './config.ts';
export { migrateToLatest, openDatabase } from './db/database.ts';
