// Which master key a process uses (LATCHKEY_MASTER_KEY, LATCHKEY_MASTER_KEY_FILE, or the embedded default's
// data/master.key), checked against the database's data keys before anything is written.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DataKeyRow, Db } from '../db/schema.ts';
import { type ConfiguredMasterKey, MasterKey } from '../lib/crypto/master-key.ts';
import { StartupError } from '../lib/startup-error.ts';
import { existingDataKeys } from './keyring.store.ts';
import { MasterKeyMismatch, unwrapDataKeys } from './keyring.ts';

export const MASTER_KEY_SETTINGS = 'LATCHKEY_MASTER_KEY or LATCHKEY_MASTER_KEY_FILE';
const HOW = '32 random bytes as base64, e.g. from `openssl rand -base64 32`';

export interface ChosenMasterKey {
  key: MasterKey;
  /** What to name when it is wrong: a setting, or the key file beside the database. */
  source: string;
  /** The embedded default's key file, when the key came from it (rotation rewrites it). */
  file?: string;
  /** Set when this start created the key file: it must be announced once. */
  created?: boolean;
}

/** The key file of the embedded default: beside the SQLite database; undefined on PostgreSQL or in memory. */
export function defaultKeyFile(databaseUrl: string): string | undefined {
  if (!databaseUrl.startsWith('sqlite:')) return undefined;
  const path = databaseUrl.slice('sqlite:'.length);
  return path === ':memory:' ? undefined : join(dirname(path), 'master.key');
}

/**
 * The master key to use, proven to open every data key the database holds. With neither setting: on
 * SQLite the key file beside the database (created on a database without encrypted secrets); on
 * PostgreSQL a refusal, since a company deployment keeps the key off the database machine's disk.
 */
export async function chooseMasterKey(
  config: { masterKey: ConfiguredMasterKey | undefined; databaseUrl: string },
  db: Db,
  options: { create: boolean } = { create: true },
): Promise<ChosenMasterKey> {
  const rows = await existingDataKeys(db);
  if (config.masterKey) {
    const chosen = { key: config.masterKey.key, source: config.masterKey.setting };
    return check(chosen, rows);
  }
  const file = defaultKeyFile(config.databaseUrl);
  if (config.databaseUrl.startsWith('postgres'))
    throw new StartupError(
      `PostgreSQL needs a master key kept off the database's disk: set ${MASTER_KEY_SETTINGS} (${HOW})`,
    );
  if (file === undefined)
    return { key: MasterKey.generate(), source: 'a key made for this in-memory database' };
  if (existsSync(file)) {
    const parsed = MasterKey.parse(readFileSync(file, 'utf8'));
    if (!(parsed instanceof MasterKey))
      throw new StartupError(`the master key file ${file} ${parsed.problem}; set ${MASTER_KEY_SETTINGS}`);
    return check({ key: parsed, source: `the master key file ${file}`, file }, rows);
  }
  if (rows.length > 0)
    throw new StartupError(
      `this database's secrets are encrypted under master key ${describe(rows)}, and no master key was given: set ${MASTER_KEY_SETTINGS} to it, or put its file back at ${file}`,
    );
  const key = MasterKey.generate();
  if (!options.create) return { key, source: 'none yet', file };
  writeFileSync(file, `${key.toBase64()}\n`, { mode: 0o600, flag: 'wx' });
  return { key, source: `the master key file ${file}`, file, created: true };
}

function check(chosen: ChosenMasterKey, rows: DataKeyRow[]): ChosenMasterKey {
  try {
    unwrapDataKeys(chosen.key, rows);
  } catch (err) {
    if (!(err instanceof MasterKeyMismatch)) throw err;
    throw new StartupError(
      `${chosen.source} (master key ${chosen.key.id}) is not the key this database's secrets are encrypted under (${describe(rows)}); set ${MASTER_KEY_SETTINGS} to that key`,
    );
  }
  return chosen;
}

const describe = (rows: DataKeyRow[]): string => [...new Set(rows.map((row) => row.masterKeyId))].join(', ');
