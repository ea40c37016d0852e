// The permission catalogue and roles (tenant administrators define them), and the decision: does this
// principal, through this credential, hold these permissions here?
import type { Actor, Caller } from '../../auth/actor.ts';
import type { KeyRestrictions, Principal } from '../../auth/principal.ts';
import type { PermissionRow, ProjectRow } from '../../db/schema.ts';
import { ApiError, conflict, invalid, notFound } from '../../lib/errors.ts';
import { type ApplyOptions, applyPermissionsFile } from './permissions.apply.ts';
import { changePermissions } from './permissions.cache.ts';
import type { PermissionsDeps } from './permissions.deps.ts';
import type { PermissionsFile } from './permissions.file.ts';
import {
  badPattern,
  decidePermissions,
  type ExpandedRole,
  expandRole,
  Holdings,
  isPermissionName,
  matches,
  type PermissionLimit,
  type PermissionVerdict,
  ROLE_NAME_PATTERN,
} from './permissions.model.ts';
import * as store from './permissions.store.ts';

/** Whom a permission decision is about, and the credential's own limit on it. */
export interface PermissionSubject {
  type: 'user' | 'app';
  id: string;
  restrictions?: KeyRestrictions;
  keyId?: string;
  /** An app token: the permissions its scope granted, and its id. */
  token?: { id: string; permissions: readonly string[] };
}

export interface PermissionOutcome extends PermissionVerdict {
  /** The asked permissions that are not in the catalogue (so no one holds them). */
  unknown: string[];
  /** A key limited to other projects than the one asked about. */
  outsideKeyProjects: boolean;
  /** Who limited it: a key's `scopes.permissions` or an app token's `scope` (undefined: nothing did). */
  limit: PermissionLimit | undefined;
}

/** A decision, and the project it was made at (undefined: tenant-wide). */
export interface Checked {
  outcome: PermissionOutcome;
  project: ProjectRow | undefined;
}

export class PermissionsService {
  constructor(private readonly deps: PermissionsDeps) {}

  // ---- the catalogue

  list(): Promise<PermissionRow[]> {
    return store.listPermissions(this.deps.db);
  }

  /** Creates the permission or changes its description; true when it was created. */
  async put(
    caller: Caller,
    name: string,
    description: string,
  ): Promise<{ row: PermissionRow; created: boolean }> {
    if (!isPermissionName(name))
      throw invalid(
        `params.name: "${name}" is not a permission name (resource:action: lowercase letters, digits, - and _, one colon).`,
      );
    const now = this.deps.clock.now();
    return changePermissions(this.deps, async (tx) => {
      const before = await store.findPermission(tx, name);
      const row: PermissionRow = { name, description, createdAt: before?.createdAt ?? now, updatedAt: now };
      if (before?.description === description) return { row: before, created: false };
      await store.putPermission(tx, row);
      await this.deps.audit.record(tx, caller, {
        action: 'permission.set',
        target: { type: 'permission', id: name },
        changes: before ? { description: { from: before.description, to: description } } : { description },
      });
      return { row, created: before === undefined };
    });
  }

  /**
   * A permission still named by a role or a key is a 409 naming them; with `force` it is removed from
   * each (every removal audited) and then deleted.
   */
  async delete(caller: Caller, name: string, force: boolean): Promise<void> {
    await changePermissions(this.deps, async (tx) => {
      if (!(await store.findPermission(tx, name))) throw notFound(`Permission "${name}"`);
      const roles = await store.rolesNaming(tx, name);
      const keys = await this.deps.keys.naming(tx, name);
      if (!force && roles.length + keys.length > 0) {
        const where = [
          ...(roles.length ? [`roles ${roles.map((r) => `"${r}"`).join(', ')}`] : []),
          ...(keys.length ? [`API keys ${keys.map((k) => k.id).join(', ')}`] : []),
        ].join(' and ');
        throw conflict(
          `Permission "${name}" is still granted by ${where}; remove it there first, or delete with ?force=true.`,
        );
      }
      for (const role of roles) {
        await store.removePattern(tx, role, name);
        await this.deps.audit.record(tx, caller, {
          action: 'role.set',
          target: { type: 'role', id: role },
          changes: { permissions: { removed: [name] } },
        });
      }
      const changedKeys = await this.deps.keys.drop(tx, caller, name);
      await store.deletePermission(tx, name);
      await this.deps.audit.record(tx, caller, {
        action: 'permission.deleted',
        target: { type: 'permission', id: name },
        changes: { roles, keys: changedKeys },
      });
      return changedKeys;
    }).then((changedKeys) => {
      for (const id of changedKeys) this.deps.invalidate({ credentialId: id });
    });
  }

  /** A permissions file's catalogue and roles, in one transaction (see permissions.apply.ts). */
  apply(actor: Actor, file: PermissionsFile, options: ApplyOptions) {
    return applyPermissionsFile(this.deps, actor, file, options);
  }

  /** The catalogue's names, through the cache. */
  catalogue(): Promise<ReadonlySet<string>> {
    return this.deps.cache.names(() => store.permissionNames(this.deps.db), this.deps.clock.now());
  }

  // ---- roles

  listRoles() {
    return store.listRoles(this.deps.db);
  }

  async role(name: string) {
    const role = await store.findRole(this.deps.db, name);
    if (!role) throw notFound(`Role "${name}"`);
    return role;
  }

  async putRole(caller: Caller, name: string, input: { description: string; permissions: string[] }) {
    if (!new RegExp(ROLE_NAME_PATTERN).test(name))
      throw invalid(`params.role: "${name}" is not a role name (lowercase letters, digits, - and _).`);
    const patterns = [...new Set(input.permissions)].sort();
    const bad = badPattern('body.permissions', input.permissions, await this.catalogue(), true);
    if (bad) throw invalid(bad);
    const now = this.deps.clock.now();
    return changePermissions(this.deps, async (tx) => {
      const before = await store.findRole(tx, name);
      const role = {
        name,
        description: input.description,
        createdAt: before?.createdAt ?? now,
        updatedAt: now,
        permissions: patterns,
      };
      await store.putRole(tx, role);
      await this.deps.audit.record(tx, caller, {
        action: 'role.set',
        target: { type: 'role', id: name },
        changes: before
          ? {
              description: { from: before.description, to: input.description },
              permissions: { from: before.permissions, to: patterns },
            }
          : { description: input.description, permissions: patterns },
      });
      return { role, created: before === undefined };
    });
  }

  /** Its assignments go with it, counted in the audit record. */
  async deleteRole(caller: Caller, name: string): Promise<void> {
    await changePermissions(this.deps, async (tx) => {
      const role = await store.findRole(tx, name);
      if (!role) throw notFound(`Role "${name}"`);
      const assignments = (await store.listAssignments(tx, { role: name })).length;
      await store.deleteRole(tx, name);
      await this.deps.audit.record(tx, caller, {
        action: 'role.deleted',
        target: { type: 'role', id: name },
        changes: { permissions: role.permissions, assignments },
      });
    });
  }

  // ---- the decision

  /**
   * What the principal holds at the project (or, without one, tenant-wide): the union of the roles
   * assigned to it, its teams and its orgs at tenant scope, the project's org and the project.
   */
  holdings(principal: { type: 'user' | 'app'; id: string }, project?: ProjectRow): Promise<Holdings> {
    return this.deps.cache.holdingsOf(principal, project?.id, this.deps.clock.now(), async () => {
      const scopes: store.Scope[] = [{ type: 'tenant', id: '' }];
      if (project) {
        scopes.push({ type: 'project', id: project.id });
        if (project.orgId !== null) scopes.push({ type: 'org', id: project.orgId });
      }
      return this.holdingsAt(principal, scopes);
    });
  }

  /** One indexed query for the assignments; their roles come expanded from the cache. */
  private async holdingsAt(
    principal: { type: 'user' | 'app'; id: string },
    scopes: store.Scope[] | 'any',
  ): Promise<Holdings> {
    const assignments = await store.assignmentsReaching(this.deps.db, principal, scopes);
    const roles = await this.deps.cache.expandedRoles(
      assignments.map((assignment) => assignment.role),
      this.deps.clock.now(),
      async (missing) => {
        const [patterns, catalogue] = await Promise.all([
          store.rolePatterns(this.deps.db, missing),
          this.catalogue(),
        ]);
        const expanded = new Map<string, ExpandedRole>();
        for (const [role, written] of patterns)
          expanded.set(role, { patterns: written, names: expandRole(written, catalogue) });
        return expanded;
      },
    );
    return Holdings.from(assignments, roles);
  }

  /** Every asked permission must be held by the principal here and allowed by its credential. */
  async decide(
    subject: PermissionSubject,
    asked: readonly string[],
    project?: ProjectRow,
  ): Promise<PermissionOutcome> {
    const [holdings, catalogue] = await Promise.all([this.holdings(subject, project), this.catalogue()]);
    const projects = subject.restrictions?.projects ?? null;
    // A key limited to some projects holds nothing tenant-wide, nor anywhere outside them.
    const outsideKeyProjects = projects !== null && (project === undefined || !projects.includes(project.id));
    const limit = limitOf(subject);
    const verdict = decidePermissions(
      outsideKeyProjects ? Holdings.NONE : holdings,
      limit ?? { patterns: null },
      asked,
    );
    return { ...verdict, unknown: asked.filter((name) => !catalogue.has(name)), outsideKeyProjects, limit };
  }

  /** The caller as a permission decision sees it: the principal, and its key's restrictions. */
  static subjectOf(principal: Principal): PermissionSubject {
    return {
      type: principal.type,
      id: principal.id,
      restrictions: principal.restrictions,
      keyId: principal.restrictions ? principal.credential.id : undefined,
      token:
        principal.credential.kind === 'app_token'
          ? { id: principal.credential.id, permissions: principal.tokenPermissions ?? [] }
          : undefined,
    };
  }

  /** A project by slug or UUID, whoever may see it; 404 when there is none. */
  async projectNamed(ref: string): Promise<ProjectRow> {
    const project = await this.deps.findProject(ref);
    if (!project) throw notFound('Project');
    return project;
  }

  /**
   * The decision at a project named by slug or UUID (404 when there is none), or tenant-wide, counted in
   * the credential's usage. Kept per credential until the next change: asked again, it is answered
   * without a promise.
   */
  check(principal: Principal, asked: readonly string[], projectRef?: string): Checked | Promise<Checked> {
    const checked = this.deps.cache.decision(principal, projectRef, asked, this.deps.clock.now(), () =>
      this.checkAnew(principal, asked, projectRef),
    );
    if (checked instanceof Promise) return checked.then((fresh) => this.counted(principal, asked, fresh));
    return this.counted(principal, asked, checked);
  }

  private async checkAnew(principal: Principal, asked: readonly string[], projectRef?: string) {
    const project = projectRef === undefined ? undefined : await this.projectNamed(projectRef);
    const outcome = await this.decide(PermissionsService.subjectOf(principal), asked, project);
    return { outcome, project };
  }

  private counted(principal: Principal, asked: readonly string[], checked: Checked): Checked {
    this.deps.usage?.checked(principal, asked, checked.outcome.missing);
    return checked;
  }

  /** For the pipeline, on a route that declares permissions: the 403 naming what is missing, or undefined. */
  async permitted(
    principal: Principal,
    asked: string[],
    projectRef: string | undefined,
  ): Promise<Error | undefined> {
    const { outcome, project } = await this.check(principal, asked, projectRef);
    return outcome.allowed
      ? undefined
      : permissionDenied(outcome, project ? `on project "${project.slug}"` : 'tenant-wide');
  }

  /**
   * A key's `scopes.permissions` as its owner asks for it: well formed, in the catalogue, and each
   * named permission held by the owner somewhere (a wildcard matching at least one). A 400 names each
   * one that is not. The key's effective permissions are still its owner's at each place, intersected.
   */
  async checkKeyPermissions(owner: { type: 'user'; id: string }, patterns: string[], field: string) {
    const catalogue = await this.catalogue();
    const bad = badPattern(field, patterns, catalogue, true);
    if (bad) throw invalid(bad);
    const held = await this.heldAnywhere(owner);
    const lacking = patterns.filter((p) => !p.includes('*') && !held.has(p));
    if (lacking.length > 0)
      throw invalid(
        `${field}: the owner does not hold ${lacking.map((p) => `"${p}"`).join(', ')}; a key never exceeds its owner.`,
      );
  }

  /** Every permission in the catalogue the principal holds at some scope: what its keys may carry. */
  async heldSomewhere(principal: { type: 'user' | 'app'; id: string }): Promise<PermissionRow[]> {
    const held = await this.heldAnywhere(principal);
    return (await this.list()).filter((row) => held.has(row.name));
  }

  /**
   * The permissions a credential may use: what its holder holds at any scope, limited to the key's
   * patterns when it has them (null: no limit). Sorted.
   */
  async usable(holder: { type: 'user' | 'app'; id: string }, patterns: readonly string[] | null) {
    const held = [...(await this.heldAnywhere(holder))];
    return (patterns === null ? held : held.filter((name) => patterns.some((p) => matches(p, name)))).sort();
  }

  /** Permissions and wildcards as written for a ceiling: each in the catalogue (a wildcard matching one), else a 400. */
  async checkPatterns(patterns: string[], field: string): Promise<void> {
    const bad = badPattern(field, patterns, await this.catalogue(), true);
    if (bad) throw invalid(bad);
  }

  /** Every permission the principal holds at any scope. */
  async heldAnywhere(principal: { type: 'user' | 'app'; id: string }): Promise<Set<string>> {
    return (await this.holdingsAt(principal, 'any')).names();
  }
}

/** The credential's limit on the subject's permissions: its key's, or its app token's scope. */
function limitOf(subject: PermissionSubject): PermissionLimit | undefined {
  if (subject.token) return { patterns: subject.token.permissions, keyId: subject.token.id, kind: 'token' };
  const patterns = subject.restrictions?.permissions;
  return patterns ? { patterns, keyId: subject.keyId, kind: 'key' } : undefined;
}

/** Narrowing only: the new patterns no old one covers (before null: the key had no limit, so none). */
export const widens = (before: readonly string[] | null, after: readonly string[]): string[] =>
  before === null ? [] : after.filter((pattern) => !before.some((old) => matches(old, pattern)));

/** The 403 of a permission decision, naming what is missing and why. */
export function permissionDenied(
  outcome: PermissionOutcome,
  where: string,
  headers: Record<string, string> = {},
): ApiError {
  const names = outcome.missing.map((name) => `"${name}"`).join(', ');
  const why: string[] = [];
  if (outcome.outsideKeyProjects) why.push('this API key is limited to other projects (scopes.projects)');
  if (outcome.cappedByKey.length > 0)
    why.push(
      `${outcome.limit?.kind === 'token' ? "this access token's scope" : "this API key's scopes.permissions"} leaves out ${outcome.cappedByKey.map((n) => `"${n}"`).join(', ')}`,
    );
  if (outcome.unknown.length > 0)
    why.push(`not in the permission catalogue: ${outcome.unknown.map((n) => `"${n}"`).join(', ')}`);
  return new ApiError(
    'permission_denied',
    `This needs the permission${outcome.missing.length === 1 ? '' : 's'} ${names} ${where}${why.length ? `; ${why.join('; ')}` : ''}.`,
    headers,
  );
}
export { isPermissionName, matches } from './permissions.model.ts';
