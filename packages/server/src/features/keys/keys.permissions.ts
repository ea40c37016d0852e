// A key's permissions: its stored restrictions read back, narrowing them, and dropping a deleted permission.
import type { Actor, Caller } from '../../auth/actor.ts';
import type { KeyRestrictions, Principal } from '../../auth/principal.ts';
import type { ApiKeyRow, DbOrTx, Tx } from '../../db/schema.ts';
import { invalid } from '../../lib/errors.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import { widens } from '../permissions/permissions.service.ts';
import type { KeysDeps } from './keys.deps.ts';
import * as store from './keys.store.ts';

/** `api_keys.scopes` as stored. */
export interface StoredScopes {
  read_only: boolean;
  projects: string[] | null;
  permissions?: string[] | null;
  /** The addresses and CIDRs the key may be used from (normalised); absent or null: anywhere. */
  allowed_ips?: string[] | null;
}

/**
 * The stored JSON of `api_keys.scopes`, read back; undefined for a key with its owner's full access (one
 * limited only to some addresses is no less privileged where it is used).
 */
export function restrictionsOf(scopes: string | null): KeyRestrictions | undefined {
  if (scopes === null) return undefined;
  const parsed = JSON.parse(scopes) as StoredScopes;
  if (!parsed.read_only && parsed.projects === null && (parsed.permissions ?? null) === null)
    return undefined;
  return { readOnly: parsed.read_only, projects: parsed.projects, permissions: parsed.permissions ?? null };
}

export class KeyPermissions {
  constructor(
    private readonly deps: KeysDeps,
    /** The key as its owner (or an administrator) sees it: 404 otherwise (KeysService.get). */
    private readonly get: (principal: Principal, userRef: string, keyId: string) => Promise<ApiKeyRow>,
  ) {}

  /**
   * Narrows a key's permissions: each new one must be covered by one it has (a key without a
   * permission limit may take any its owner holds). Widening is a 400 naming what would be added.
   */
  async narrow(caller: Caller, userRef: string, keyId: string, permissions: string[]): Promise<ApiKeyRow> {
    const key = await this.get(caller.principal, userRef, keyId);
    const before = restrictionsOf(key.scopes)?.permissions ?? null;
    const after = [...new Set(permissions)].sort();
    const added = widens(before, after);
    if (added.length > 0)
      throw invalid(
        `body.scopes.permissions: ${added.map((p) => `"${p}"`).join(', ')} would widen the key; a key's permissions can only be narrowed.`,
      );
    if (before === null)
      await this.deps.checkKeyPermissions({ type: 'user', id: key.userId }, after, 'body.scopes.permissions');
    const stored =
      key.scopes === null ? { read_only: false, projects: null } : (JSON.parse(key.scopes) as StoredScopes);
    const scopes = JSON.stringify({ ...stored, permissions: after });
    await this.deps.db.transaction().execute(async (tx) => {
      await store.setScopes(tx, key.id, scopes);
      await this.deps.audit.record(tx, caller, {
        action: 'key.narrowed',
        target: { type: 'key', id: key.id },
        changes: { user: key.userId, permissions: { from: before, to: after } },
      });
    });
    this.deps.invalidate({ credentialId: key.id });
    return { ...key, scopes };
  }
}

/** The live keys whose restriction names this permission itself. */
export async function keysNaming(
  db: DbOrTx,
  permission: string,
): Promise<{ id: string; userId: string; scopes: string | null }[]> {
  const rows = await store.keysWithScopesLike(db, `%"${permission}"%`);
  return rows.filter((row) => restrictionsOf(row.scopes)?.permissions?.includes(permission) === true);
}

/** Removes a deleted permission from every key naming it, each audited; the keys changed. */
export async function dropPermission(
  audit: AuditLog,
  tx: Tx,
  caller: Actor,
  permission: string,
): Promise<string[]> {
  const keys = await keysNaming(tx, permission);
  for (const key of keys) {
    const stored = JSON.parse(key.scopes ?? '{}') as StoredScopes;
    const before = stored.permissions ?? [];
    const after = before.filter((p) => p !== permission);
    await store.setScopes(tx, key.id, JSON.stringify({ ...stored, permissions: after }));
    await audit.record(tx, caller, {
      action: 'key.narrowed',
      target: { type: 'key', id: key.id },
      changes: { user: key.userId, permissions: { from: before, to: after }, reason: 'permission.deleted' },
    });
  }
  return keys.map((key) => key.id);
}
