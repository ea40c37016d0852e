// Role assignments at a scope: the tenant (tenant administrators), an org (its admins) or a project (its admins).
import type { Caller } from '../../auth/actor.ts';
import type { Principal } from '../../auth/principal.ts';
import type { RoleAssignmentRow, RoleGranteeType, RoleScopeType, Tx } from '../../db/schema.ts';
import { invalid, notFound } from '../../lib/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { AccessService } from '../access/access.service.ts';
import type { ProjectsService } from '../access/projects.service.ts';
import { type Emit, roleAssignment } from '../events/events.catalog.ts';
import { changePermissions } from './permissions.cache.ts';
import type { PermissionsDeps } from './permissions.deps.ts';
import * as store from './permissions.store.ts';

export interface AssignmentsDeps extends Omit<PermissionsDeps, 'keys' | 'findProject'> {
  access: AccessService;
  projects: ProjectsService;
  /** Queues `role.assigned` / `role.unassigned` in the transaction of the change (features/events). */
  emit: Emit;
}

export interface AssignmentInput {
  role: string;
  user?: string;
  app?: string;
  team?: string;
  org?: string;
}

export interface AssignmentView extends RoleAssignmentRow {
  granteeSlug: string;
  scopeSlug: string;
}

/** For the features whose things go away: removes the role assignments to or at them, in their transaction. */
export type DropRoleAssignments = (tx: Tx, ids: string[]) => Promise<number>;
export const dropRoleAssignments: DropRoleAssignments = (tx, ids) => store.deleteAssignmentsNaming(tx, ids);

const GRANTEES: RoleGranteeType[] = ['user', 'app', 'team', 'org'];

export class RoleAssignments {
  constructor(private readonly deps: AssignmentsDeps) {}

  /**
   * The scope named by `ref`, checked for the principal: anyone who sees the org or project may list its
   * assignments; only its admins (and tenant administrators) change them. The tenant scope's routes are
   * for administrators alone (their declaration).
   */
  private async scopeOf(principal: Principal, type: RoleScopeType, ref: string, manage: boolean) {
    if (type === 'tenant') return { scope: { type, id: '' }, slug: '' };
    if (type === 'org') {
      const org = manage
        ? await this.deps.access.manageableOrg(principal, ref, 'manage role assignments')
        : (await this.deps.access.visibleOrg(principal, ref)).org;
      return { scope: { type, id: org.id }, slug: org.slug };
    }
    const { project } = manage
      ? await this.deps.projects.requirePolicy(principal, ref, 'admin')
      : await this.deps.projects.visible(principal, ref);
    return { scope: { type, id: project.id }, slug: project.slug };
  }

  async list(principal: Principal, type: RoleScopeType, ref: string, role?: string) {
    const { scope, slug } = await this.scopeOf(principal, type, ref, false);
    const rows = await store.listAssignments(this.deps.db, { scope, role });
    return { rows, scopeSlug: slug };
  }

  /** Assigning a role the grantee already has there changes nothing; true when it was assigned. */
  async assign(caller: Caller, type: RoleScopeType, ref: string, input: AssignmentInput) {
    const { scope, slug } = await this.scopeOf(caller.principal, type, ref, true);
    if (!(await store.findRole(this.deps.db, input.role)))
      throw invalid(`body.role: there is no role "${input.role}".`);
    const grantee = await this.grantee(caller.principal, input);
    const key = {
      role: input.role,
      scopeType: scope.type,
      scopeId: scope.id,
      granteeType: grantee.type,
      granteeId: grantee.id,
    };
    const result = await changePermissions(this.deps, async (tx) => {
      const existing = await store.findAssignment(tx, key);
      if (existing) return { row: existing, created: false };
      const row: RoleAssignmentRow = {
        id: uuidv7(this.deps.clock.now()),
        ...key,
        createdAt: this.deps.clock.now(),
      };
      await store.insertAssignment(tx, row);
      await this.deps.emit(tx, roleAssignment('role.assigned', row));
      await this.deps.audit.record(tx, caller, {
        action: 'role.assigned',
        target: { type: 'role', id: input.role },
        changes: {
          assignment: row.id,
          scope: { type: scope.type, id: scope.id },
          grantee: { type: grantee.type, id: grantee.id },
        },
      });
      return { row, created: true };
    });
    return { ...result, granteeSlug: grantee.slug, scopeSlug: slug };
  }

  async unassign(caller: Caller, type: RoleScopeType, ref: string, id: string, role?: string): Promise<void> {
    const { scope } = await this.scopeOf(caller.principal, type, ref, true);
    await changePermissions(this.deps, async (tx) => {
      const row = await store.findAssignmentById(tx, id.toLowerCase());
      if (
        !row ||
        row.scopeType !== scope.type ||
        row.scopeId !== scope.id ||
        (role !== undefined && row.role !== role)
      )
        throw notFound('Role assignment');
      await store.deleteAssignment(tx, row.id);
      await this.deps.emit(tx, roleAssignment('role.unassigned', row));
      await this.deps.audit.record(tx, caller, {
        action: 'role.unassigned',
        target: { type: 'role', id: row.role },
        changes: {
          assignment: row.id,
          scope: { type: row.scopeType, id: row.scopeId },
          grantee: { type: row.granteeType, id: row.granteeId },
        },
      });
    });
  }

  /** Exactly one of user, app, team or org; a team or org only if the caller can see it. */
  private async grantee(principal: Principal, input: AssignmentInput) {
    const given = GRANTEES.filter((type) => input[type] !== undefined);
    if (given.length !== 1)
      throw invalid('body: give exactly one of user, app, team or org (a slug or UUID).');
    const type = given[0] as RoleGranteeType;
    const ref = input[type] ?? '';
    if (type === 'user' || type === 'app') {
      const member = await this.deps.access.resolveMember({ [type]: ref });
      return { type, id: member.id, slug: member.slug };
    }
    const found = await this.deps.access.seenBy(principal, type, ref);
    if (!found) throw invalid(`body.${type}: there is no ${type} "${ref}" that you can see.`);
    return { type, id: found.id, slug: found.slug };
  }
}
