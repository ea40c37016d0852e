// Applying a permissions file: the difference from the catalogue and roles as they are, written in one transaction.
import type { Actor } from '../../auth/actor.ts';
import type { PermissionRow, Tx } from '../../db/schema.ts';
import { conflict, invalid } from '../../lib/errors.ts';
import type { AuditEntry } from '../audit/audit.actions.ts';
import type { PermissionsDeps } from './permissions.deps.ts';
import type { PermissionsFile } from './permissions.file.ts';
import { expand } from './permissions.model.ts';
import * as store from './permissions.store.ts';

export interface ApplyOptions {
  /** Work out the difference and check it, and change nothing. */
  dryRun: boolean;
  /** Also remove the permissions and roles the file does not list. */
  prune: boolean;
  /** With prune: remove them even where still granted (from keys; a role with its assignments). */
  force: boolean;
}

export interface Difference {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
}

export interface ApplyResult {
  dryRun: boolean;
  permissions: Difference;
  roles: Difference;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * Brings the catalogue and roles to what the file says, in one transaction: a problem anywhere (named by
 * the file's line) changes nothing. Without `prune` nothing the file leaves out is touched. Pruning a
 * permission a key still names, or a role still assigned, is a 409 naming them unless `force`.
 */
export async function applyPermissionsFile(
  deps: PermissionsDeps,
  actor: Actor,
  file: PermissionsFile,
  options: ApplyOptions,
): Promise<ApplyResult> {
  const now = deps.clock.now();
  const work = async (tx: Tx) => {
    const existing = new Map((await store.listPermissions(tx)).map((row) => [row.name, row]));
    const roles = new Map((await store.listRoles(tx)).map((role) => [role.name, role]));
    const listed = new Set(file.permissions.map((p) => p.name));
    const catalogue = new Set(options.prune ? listed : [...existing.keys(), ...listed]);

    const added: PermissionRow[] = [];
    const changed: { row: PermissionRow; from: string }[] = [];
    for (const permission of file.permissions) {
      const before = existing.get(permission.name);
      const row = {
        name: permission.name,
        description: permission.description,
        createdAt: before?.createdAt ?? now,
        updatedAt: now,
      };
      if (!before) added.push(row);
      else if (before.description !== permission.description) changed.push({ row, from: before.description });
    }
    const removed = options.prune ? [...existing.keys()].filter((name) => !listed.has(name)).sort() : [];

    const rolesAdded: string[] = [];
    const rolesChanged: string[] = [];
    const rolesToPut: store.RoleWithPatterns[] = [];
    const entries: AuditEntry[] = [];
    for (const role of file.roles) {
      for (const { pattern, line } of role.permissions) {
        if (pattern.includes('*') ? expand([pattern], catalogue).length === 0 : !catalogue.has(pattern))
          throw invalid(
            `line ${line}: role "${role.name}": "${pattern}" ${pattern.includes('*') ? 'matches no permission' : 'is not a permission'} ${options.prune ? 'the file lists' : 'in the catalogue or the file'}.`,
          );
      }
      const patterns = [...new Set(role.permissions.map((p) => p.pattern))].sort();
      const before = roles.get(role.name);
      if (before && before.description === role.description && sameList(before.permissions, patterns))
        continue;
      (before ? rolesChanged : rolesAdded).push(role.name);
      rolesToPut.push({
        name: role.name,
        description: role.description,
        createdAt: before?.createdAt ?? now,
        updatedAt: now,
        permissions: patterns,
      });
      entries.push({
        action: 'role.set',
        target: { type: 'role', id: role.name },
        changes: before
          ? {
              description: { from: before.description, to: role.description },
              permissions: { from: before.permissions, to: patterns },
            }
          : { description: role.description, permissions: patterns },
      });
    }
    const inFile = new Set(file.roles.map((role) => role.name));
    const rolesRemoved = options.prune ? [...roles.keys()].filter((name) => !inFile.has(name)).sort() : [];

    // What pruning would take from someone: the keys naming a removed permission, the assigned roles.
    const keysNaming = new Map<string, string[]>();
    for (const name of removed) {
      const keys = await deps.keys.naming(tx, name);
      if (keys.length > 0)
        keysNaming.set(
          name,
          keys.map((key) => key.id),
        );
    }
    const counts = rolesRemoved.length > 0 ? await store.assignmentCounts(tx) : new Map<string, number>();
    const assigned = rolesRemoved.filter((name) => (counts.get(name) ?? 0) > 0);
    if (!options.force && keysNaming.size + assigned.length > 0) {
      const where = [
        ...[...keysNaming].map(
          ([name, keys]) => `permission "${name}" is named by API keys ${keys.join(', ')}`,
        ),
        ...assigned.map((name) => `role "${name}" has ${counts.get(name)} assignment(s)`),
      ];
      throw conflict(
        `Pruning would take away what is still granted: ${where.join('; ')}. Apply with force to remove them anyway.`,
      );
    }

    const result: ApplyResult = {
      dryRun: options.dryRun,
      permissions: {
        added: added.map((row) => row.name),
        changed: changed.map((c) => c.row.name),
        removed,
        unchanged: file.permissions.length - added.length - changed.length,
      },
      roles: {
        added: rolesAdded,
        changed: rolesChanged,
        removed: rolesRemoved,
        unchanged: file.roles.length - rolesAdded.length - rolesChanged.length,
      },
    };
    if (options.dryRun) return { result, changedKeys: [] as string[] };

    await store.insertPermissions(tx, added);
    for (const { row } of changed) await store.putPermission(tx, row);
    for (const role of rolesToPut) await store.putRole(tx, role);
    for (const name of rolesRemoved) {
      await store.deleteRole(tx, name);
      entries.push({
        action: 'role.deleted',
        target: { type: 'role', id: name },
        changes: { permissions: roles.get(name)?.permissions ?? [], assignments: counts.get(name) ?? 0 },
      });
    }
    const changedKeys: string[] = [];
    for (const name of keysNaming.keys()) changedKeys.push(...(await deps.keys.drop(tx, actor, name)));
    // The roles the file keeps name no removed permission (checked above), and pruned roles are gone.
    await store.deletePermissions(tx, removed);
    entries.unshift(
      ...added.map((row) => ({
        action: 'permission.set' as const,
        target: { type: 'permission' as const, id: row.name },
        changes: { description: row.description, source: 'file' },
      })),
      ...changed.map(({ row, from }) => ({
        action: 'permission.set' as const,
        target: { type: 'permission' as const, id: row.name },
        changes: { description: { from, to: row.description }, source: 'file' },
      })),
    );
    entries.push(
      ...removed.map((name) => ({
        action: 'permission.deleted' as const,
        target: { type: 'permission' as const, id: name },
        changes: { keys: keysNaming.get(name) ?? [], source: 'file' },
      })),
    );
    await deps.audit.record(tx, actor, ...entries);
    return { result, changedKeys };
  };
  const { result, changedKeys } = await deps.db.transaction().execute(work);
  const total = (d: Difference) => d.added.length + d.changed.length + d.removed.length;
  if (!options.dryRun && total(result.permissions) + total(result.roles) > 0) {
    deps.invalidate({ permissions: true });
    for (const id of changedKeys) deps.invalidate({ credentialId: id });
  }
  return result;
}
