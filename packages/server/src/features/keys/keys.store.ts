// Queries for user API keys.

import { sql } from 'kysely';
import { type Page, selectPage } from '../../db/page.ts';
import type { ApiKeyRow, DbOrTx } from '../../db/schema.ts';
import { containsText } from '../../db/sql.ts';
import { isUuid } from '../../lib/ids.ts';
import type { PageRequest } from '../../lib/pagination.ts';

export async function insertKey(db: DbOrTx, row: ApiKeyRow): Promise<void> {
  await db.insertInto('apiKeys').values(row).execute();
}

/** The authentication lookup: one unique-index read joined to the owner's state. */
export function findKeyByHash(db: DbOrTx, hash: string) {
  return keyByHash(db, hash).executeTakeFirst();
}

/** The lookup's query, unexecuted: the million-key bench asks the database to explain it. */
export function keyByHash(db: DbOrTx, hash: string) {
  return db
    .selectFrom('apiKeys')
    .innerJoin('users', 'users.id', 'apiKeys.userId')
    .select([
      'apiKeys.id',
      'apiKeys.userId',
      'apiKeys.start',
      'apiKeys.expiresAt',
      'apiKeys.revokedAt',
      'apiKeys.scopes',
      'users.role',
      'users.suspendedAt',
      'users.slug',
      'users.name',
      'users.email',
      'users.rateLimitPerSecond',
      'users.rateLimitBurst',
    ])
    .where('apiKeys.hash', '=', hash);
}

export function findUserKey(db: DbOrTx, userId: string, keyId: string): Promise<ApiKeyRow | undefined> {
  if (!isUuid(keyId)) return Promise.resolve(undefined);
  return db
    .selectFrom('apiKeys')
    .selectAll()
    .where('userId', '=', userId)
    .where('id', '=', keyId.toLowerCase())
    .executeTakeFirst();
}

export interface KeyListFilter {
  name?: string;
  revoked: boolean;
  search?: string;
  /** Set when the caller is a key: it sees only itself. */
  onlyId?: string;
}

export async function listUserKeys(
  db: DbOrTx,
  userId: string,
  page: PageRequest,
  filter: KeyListFilter,
): Promise<Page<ApiKeyRow>> {
  let base = db
    .selectFrom('apiKeys')
    .where('userId', '=', userId)
    .where('revokedAt', filter.revoked ? 'is not' : 'is', null);
  if (filter.onlyId) base = base.where('id', '=', filter.onlyId);
  if (filter.name !== undefined) base = base.where('name', '=', filter.name);
  if (filter.search) {
    const text = filter.search;
    base = base.where((eb) => eb.or([containsText('name', text), eb('id', '=', text.toLowerCase())]));
  }
  return selectPage(
    page,
    base.selectAll().orderBy('name', page.direction).orderBy('createdAt', 'asc').orderBy('id', 'asc'),
    base,
  );
}

export async function setScopes(db: DbOrTx, id: string, scopes: string | null): Promise<void> {
  await db.updateTable('apiKeys').set({ scopes }).where('id', '=', id).execute();
}

/** Live keys whose stored restrictions contain this text (the caller parses and filters them). */
export const keysWithScopesLike = (db: DbOrTx, pattern: string) =>
  db
    .selectFrom('apiKeys')
    .select(['id', 'userId', 'scopes'])
    .where('scopes', 'like', pattern)
    .where('revokedAt', 'is', null)
    .orderBy('id')
    .execute();

export async function renameKey(db: DbOrTx, id: string, name: string): Promise<void> {
  await db.updateTable('apiKeys').set({ name }).where('id', '=', id).execute();
}

/**
 * Records a reroll on the old key, once: it now ends at `endsAt` (its grace), or is revoked at `at`.
 * False when it was revoked or rerolled meanwhile.
 */
export async function markRerolled(
  db: DbOrTx,
  id: string,
  to: string,
  end: { revokedAt: number } | { expiresAt: number },
): Promise<boolean> {
  const result = await db
    .updateTable('apiKeys')
    .set({ ...end, rerolledTo: to })
    .where('id', '=', id)
    .where('revokedAt', 'is', null)
    .where('rerolledTo', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export interface AdminKeyFilter {
  userId?: string;
  expired?: boolean;
  revoked?: boolean;
  search?: string;
  now: number;
}

export type AdminKeySort = 'name' | 'creation' | 'last_used' | 'expiration' | 'requests_7d';

const SORT_COLUMNS = {
  name: 'apiKeys.name',
  creation: 'apiKeys.createdAt',
  last_used: 'apiKeys.lastUsedAt',
  expiration: 'apiKeys.expiresAt',
  requests_7d: 'requests7d',
} as const;

/** The window of the administrators' "requests in the last 7 days" column. */
const RECENT_MS = 7 * 86_400_000;

/** Keys with their owners; never the hash. */
export async function listAllKeys(db: DbOrTx, page: PageRequest, filter: AdminKeyFilter, sort: AdminKeySort) {
  // Each key's requests (every outcome) in the usage history's last 7 days; a key with none has 0.
  const recent = db
    .selectFrom('credentialUsage')
    .select((eb) => ['credentialId', eb.fn.sum<number | string>('count').as('requests')])
    .where('credentialKind', '=', 'user_key')
    .where('dimension', '=', 'outcome')
    .where('hour', '>=', filter.now - RECENT_MS)
    .groupBy('credentialId')
    .as('recent');
  let base = db
    .selectFrom('apiKeys')
    .innerJoin('users', 'users.id', 'apiKeys.userId')
    .leftJoin(recent, 'recent.credentialId', 'apiKeys.id');
  if (filter.userId) base = base.where('apiKeys.userId', '=', filter.userId);
  if (filter.revoked !== undefined)
    base = base.where('apiKeys.revokedAt', filter.revoked ? 'is not' : 'is', null);
  if (filter.expired === true) base = base.where('apiKeys.expiresAt', '<=', filter.now);
  if (filter.expired === false) {
    base = base.where((eb) =>
      eb.or([eb('apiKeys.expiresAt', 'is', null), eb('apiKeys.expiresAt', '>', filter.now)]),
    );
  }
  if (filter.search) {
    const text = filter.search;
    base = base.where((eb) =>
      eb.or([
        containsText('apiKeys.name', text),
        containsText('users.email', text),
        eb('apiKeys.id', '=', text.toLowerCase()),
      ]),
    );
  }
  const { rows, total } = await selectPage(
    page,
    base
      .select([
        'apiKeys.id',
        'apiKeys.userId',
        'apiKeys.name',
        'apiKeys.start',
        'apiKeys.createdAt',
        'apiKeys.expiresAt',
        'apiKeys.revokedAt',
        'apiKeys.lastUsedAt',
        'apiKeys.scopes',
        'apiKeys.importedAt',
        'users.email as userEmail',
        'users.name as userName',
        'users.slug as userSlug',
        sql<number | string>`coalesce(${sql.ref('recent.requests')}, 0)`.as('requests7d'),
      ])
      .orderBy(SORT_COLUMNS[sort], page.direction)
      .orderBy('apiKeys.createdAt', 'asc')
      .orderBy('apiKeys.id', 'asc'),
    base,
  );
  return { rows: rows.map((row) => ({ ...row, requests7d: Number(row.requests7d) })), total };
}

/** A key a revocation ended; `rerolledFrom` when it ended because the key it replaced was revoked in its grace. */
export type RevokedKey = Pick<ApiKeyRow, 'id' | 'userId' | 'name' | 'start'> & { rerolledFrom?: string };

/**
 * Revokes what is not revoked yet among the selection; returns the keys it revoked. With `successors`
 * (the secret was revoked or reported, not retired for disuse), a key revoked while still working after
 * a reroll (in its grace) takes the key that replaced it along, and so on down the line.
 */
export async function revokeKeys(
  db: DbOrTx,
  at: number,
  selection: { ids?: string[]; userId?: string; successors?: boolean },
): Promise<RevokedKey[]> {
  const revoked: RevokedKey[] = [];
  let ids = selection.ids?.map((id) => id.toLowerCase());
  let userId = selection.userId;
  let from = new Map<string, string>();
  for (;;) {
    if (ids?.length === 0) return revoked;
    let query = db.updateTable('apiKeys').set({ revokedAt: at }).where('revokedAt', 'is', null);
    if (ids) query = query.where('id', 'in', ids);
    if (userId) query = query.where('userId', '=', userId);
    const rows = await query
      .returning(['id', 'userId', 'name', 'start', 'expiresAt', 'rerolledTo'])
      .execute();
    for (const { id, userId: owner, name, start } of rows) {
      const rerolledFrom = from.get(id);
      revoked.push({ id, userId: owner, name, start, ...(rerolledFrom ? { rerolledFrom } : {}) });
    }
    if (!selection.successors) return revoked;
    const inGrace = rows.filter(
      (row) => row.rerolledTo !== null && (row.expiresAt === null || row.expiresAt > at),
    );
    from = new Map(inGrace.map((row) => [row.rerolledTo as string, row.id]));
    ids = [...from.keys()];
    userId = undefined;
  }
}
