// Table types as Kysely sees them (camelCase; the columns are snake_case). Times are epoch milliseconds, UTC.
import type { Generated, Insertable, Kysely, Selectable, Transaction } from 'kysely';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  slug: string;
  passwordHash: string | null;
  role: 'admin' | 'user';
  suspendedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface SessionsTable {
  id: string;
  userId: string;
  createdAt: number;
  expiresAt: number;
  endedAt: number | null;
}

export interface ApiKeysTable {
  id: string;
  userId: string;
  name: string;
  hash: string;
  start: string;
  createdAt: number;
  expiresAt: number | null;
  revokedAt: number | null;
  lastUsedAt: number | null;
}

export interface SigningKeysTable {
  id: string;
  privateKeyPem: string;
  createdAt: number;
  retiredAt: number | null;
}

export interface SettingsTable {
  name: string;
  /** JSON. */
  value: string;
  updatedAt: number;
}

export interface SettingChangesTable {
  id: string;
  name: string;
  oldValue: string;
  newValue: string;
  actorId: string;
  /** How the actor authenticated: `session:<id>` or `user_key:<start>`. */
  actorCredential: string;
  changedAt: number;
}

export interface SessionKeysTable {
  id: string;
  sessionId: string;
  hash: string;
  start: string;
  createdAt: number;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  apiKeys: ApiKeysTable;
  signingKeys: SigningKeysTable;
  settings: SettingsTable;
  settingChanges: SettingChangesTable;
  sessionKeys: SessionKeysTable;
}

export type Db = Kysely<Database>;
/** A database handle or an open transaction: stores take either. */
export type DbOrTx = Kysely<Database> | Transaction<Database>;

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type ApiKeyRow = Selectable<ApiKeysTable>;
export type SettingChangeRow = Selectable<SettingChangesTable>;
export type SessionKeyRow = Selectable<SessionKeysTable>;
export type SigningKeyRow = Selectable<SigningKeysTable>;
export type { Generated };
