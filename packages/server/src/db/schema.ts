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

export interface IdentityProvidersTable {
  id: string;
  issuer: string;
  audience: string;
  emailClaim: string;
  /** A JSON array of JWS algorithm names. */
  algorithms: string;
  jwksUri: string;
  disabledAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface IdentityBindingsTable {
  issuer: string;
  subject: string;
  userId: string;
  createdAt: number;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  apiKeys: ApiKeysTable;
  signingKeys: SigningKeysTable;
  identityProviders: IdentityProvidersTable;
  identityBindings: IdentityBindingsTable;
}

export type Db = Kysely<Database>;
/** A database handle or an open transaction: stores take either. */
export type DbOrTx = Kysely<Database> | Transaction<Database>;

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type ApiKeyRow = Selectable<ApiKeysTable>;
export type SigningKeyRow = Selectable<SigningKeysTable>;
export type IdentityProviderRow = Selectable<IdentityProvidersTable>;
export type IdentityBindingRow = Selectable<IdentityBindingsTable>;
export type { Generated };
