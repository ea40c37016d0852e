// A key's allowed addresses (`scopes.allowed_ips`): checked when given, stored normalised, compiled for the pipeline.
import type { Caller } from '../../auth/actor.ts';
import { isKeyShaped, type Principal } from '../../auth/principal.ts';
import type { ApiKeyRow } from '../../db/schema.ts';
import { AddressList, checkAllowedAddresses, warningsOf } from '../../lib/allowed-addresses.ts';
import { forbidden, invalid } from '../../lib/errors.ts';
import type { KeysDeps } from './keys.deps.ts';
import type { StoredScopes } from './keys.permissions.ts';
import * as store from './keys.store.ts';

/** The entries, normalised, or a 400 naming every malformed one. */
export function checkedAddresses(entries: string[], field: string): string[] {
  const checked = checkAllowedAddresses(entries, field);
  if (!checked.ok) throw invalid(checked.problems.join(' '));
  return checked.entries;
}

/** The key's stored allowed addresses; null: anywhere. */
export function allowedIpsOf(scopes: string | null): string[] | null {
  if (scopes === null) return null;
  return (JSON.parse(scopes) as StoredScopes).allowed_ips ?? null;
}

/** The pipeline's compiled list for a key (and, for a transferred key, its app's beside it). */
export function addressListsOf(...lists: (string[] | null)[]): AddressList[] | undefined {
  const compiled = lists
    .filter((list): list is string[] => list !== null)
    .map((list) => new AddressList(list));
  return compiled.length > 0 ? compiled : undefined;
}

/** What an answer says about a key's list: `0.0.0.0/0` or `::/0` restricts nothing. */
export const keyAddressWarnings = (scopes: string | null): string[] =>
  warningsOf(allowedIpsOf(scopes), 'scopes.allowed_ips');

/** The scopes JSON with the list replaced (null: anywhere); null when nothing else restricts the key either. */
function withAddresses(scopes: string | null, entries: string[] | null): string | null {
  const stored: StoredScopes =
    scopes === null ? { read_only: false, projects: null, permissions: null } : JSON.parse(scopes);
  const { allowed_ips: _dropped, ...rest } = stored;
  const next: StoredScopes = entries === null ? rest : { ...rest, allowed_ips: entries };
  const restricts =
    next.read_only || next.projects !== null || (next.permissions ?? null) !== null || entries !== null;
  return restricts ? JSON.stringify({ ...next, permissions: next.permissions ?? null }) : null;
}

export class KeyAddresses {
  constructor(
    private readonly deps: KeysDeps,
    private readonly get: (principal: Principal, userRef: string, keyId: string) => Promise<ApiKeyRow>,
  ) {}

  /**
   * Replaces the key's allowed addresses (null: anywhere). A key may not change its own: a stolen key
   * could otherwise lift the limit that holds it.
   */
  async set(caller: Caller, userRef: string, keyId: string, entries: string[] | null): Promise<ApiKeyRow> {
    const key = await this.get(caller.principal, userRef, keyId);
    const credential = caller.principal.credential;
    if (isKeyShaped(credential.kind) && credential.id === key.id)
      throw forbidden(
        'A key cannot change its own allowed addresses; sign in with a session to change them.',
      );
    const after = entries === null ? null : checkedAddresses(entries, 'body.scopes.allowed_ips');
    const before = allowedIpsOf(key.scopes);
    const scopes = withAddresses(key.scopes, after);
    await this.deps.db.transaction().execute(async (tx) => {
      await store.setScopes(tx, key.id, scopes);
      await this.deps.audit.record(tx, caller, {
        action: 'key.addresses_changed',
        target: { type: 'key', id: key.id },
        changes: { user: key.userId, allowed_ips: { from: before, to: after } },
      });
    });
    this.deps.invalidate({ credentialId: key.id });
    return { ...key, scopes };
  }
}
