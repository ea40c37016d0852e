// Organisations and teams: who sees them, who manages them, and their members (users and apps).
import type { Caller } from '../../auth/actor.ts';
import type { Invalidation } from '../../auth/invalidation-match.ts';
import type { Principal } from '../../auth/principal.ts';
import type { Db, MemberRole, MemberType, OrgRow, TeamRow, Tx } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { slugify, uuidv7 } from '../../lib/ids.ts';
import type { PageRequest } from '../../lib/pagination.ts';
import type { AppsService } from '../apps/apps.service.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import type { UsersService } from '../users/users.service.ts';
import { changeAccess } from './access.cache.ts';
import * as store from './access.store.ts';
import { countOrgProjects, deleteGrantsTo } from './projects.store.ts';

/** How the audit log names a member: its type and UUID (slugs change). */
const audited = (member: { id: string; type: MemberType }) => ({ type: member.type, id: member.id });

export interface AccessDeps {
  db: Db;
  /** Publishes `{ access: true }` after each change (see changeAccess). */
  invalidate(match: Invalidation): void;
  /** Removes the role assignments to or at what is deleted (features/permissions). */
  dropRoleAssignments(tx: Tx, ids: string[]): Promise<number>;
  /** Records each change in the transaction that makes it. */
  audit: AuditLog;
  clock: Clock;
  users: UsersService;
  apps: AppsService;
}

export interface MemberInput {
  user?: string;
  app?: string;
  role: MemberRole;
}

export interface ResolvedMember {
  id: string;
  type: MemberType;
  slug: string;
  name: string;
}

export class AccessService {
  constructor(private readonly deps: AccessDeps) {}

  // ---- orgs

  async createOrg(caller: Caller, input: { name: string; slug?: string }): Promise<OrgRow> {
    const principal = caller.principal;
    if (!principal.isAdmin) throw forbidden('Creating an organisation requires a tenant administrator.');
    const { db, clock } = this.deps;
    if (input.slug !== undefined && (await store.orgSlugTaken(db, input.slug)))
      throw conflict(`The org slug "${input.slug}" is taken.`);
    const now = clock.now();
    const row: OrgRow = {
      id: uuidv7(now),
      slug: input.slug ?? (await freeSlug(input.name, 'org', (s) => store.orgSlugTaken(db, s))),
      name: input.name.trim(),
      createdAt: now,
      updatedAt: now,
    };
    await changeAccess(this.deps, async (tx) => {
      await store.insertOrg(tx, row);
      await this.deps.audit.record(tx, caller, {
        action: 'org.created',
        target: { type: 'org', id: row.id },
        changes: { slug: row.slug, name: row.name },
      });
    });
    return row;
  }

  listOrgs(principal: Principal, page: PageRequest, search?: string) {
    return store.listOrgs(this.deps.db, page, {
      memberId: principal.isAdmin ? undefined : principal.id,
      search,
    });
  }

  /** Tenant administrators and members see an org; anyone else is told it does not exist. */
  async visibleOrg(
    principal: Principal,
    ref: string,
  ): Promise<{ org: OrgRow; role: MemberRole | undefined }> {
    const org = await store.findOrgByRef(this.deps.db, ref);
    if (!org) throw notFound('Org');
    const role = await store.roleIn(this.deps.db, { table: 'orgMembers', orgId: org.id }, principal.id);
    if (!principal.isAdmin && role === undefined) throw notFound('Org');
    return { org, role };
  }

  /** Org admins and tenant administrators manage an org; other members get 403 naming the role. */
  async manageableOrg(principal: Principal, ref: string, what = 'change this org'): Promise<OrgRow> {
    const { org, role } = await this.visibleOrg(principal, ref);
    if (!principal.isAdmin && role !== 'admin')
      throw forbidden(`To ${what} you need the admin role in org "${org.slug}" (or a tenant administrator).`);
    return org;
  }

  async renameOrg(caller: Caller, ref: string, name: string): Promise<OrgRow> {
    const org = await this.manageableOrg(caller.principal, ref, 'rename this org');
    const at = this.deps.clock.now();
    const to = name.trim();
    await changeAccess(this.deps, async (tx) => {
      await store.renameOrg(tx, org.id, to, at);
      await this.deps.audit.record(tx, caller, {
        action: 'org.updated',
        target: { type: 'org', id: org.id },
        changes: { name: { from: org.name, to } },
      });
    });
    return { ...org, name: to, updatedAt: at };
  }

  /**
   * Its teams, memberships and the grants to it and its teams go with it: one `org.deleted` event
   * names the teams and counts the rest.
   */
  async deleteOrg(caller: Caller, ref: string): Promise<OrgRow> {
    const org = await this.manageableOrg(caller.principal, ref, 'delete this org');
    await changeAccess(this.deps, async (tx) => {
      if ((await countOrgProjects(tx, org.id)) > 0)
        throw conflict(`Org "${org.slug}" still owns projects; delete them first.`);
      const teams = (await store.teamIdsOfOrg(tx, org.id)).sort();
      const members = await store.countMembers(tx, { table: 'orgMembers', orgId: org.id });
      const grants = await deleteGrantsTo(tx, [org.id, ...teams]);
      const roleAssignments = await this.deps.dropRoleAssignments(tx, [org.id, ...teams]);
      await store.deleteOrg(tx, org.id);
      await this.deps.audit.record(tx, caller, {
        action: 'org.deleted',
        target: { type: 'org', id: org.id },
        changes: {
          slug: org.slug,
          name: org.name,
          teams,
          members,
          grants,
          ...(roleAssignments > 0 ? { role_assignments: roleAssignments } : {}),
        },
      });
    });
    return org;
  }

  async listOrgMembers(principal: Principal, ref: string, page: PageRequest) {
    const { org } = await this.visibleOrg(principal, ref);
    return store.listMembers(this.deps.db, { table: 'orgMembers', orgId: org.id }, page);
  }

  async addOrgMember(caller: Caller, ref: string, input: MemberInput) {
    const org = await this.manageableOrg(caller.principal, ref, 'add members');
    const member = await this.resolveMember(input);
    const created = await this.putMember(caller, { type: 'org', id: org.id }, member, input.role, {
      table: 'orgMembers',
      orgId: org.id,
    });
    return { member: { ...member, role: input.role }, created };
  }

  /**
   * Leaving an org also ends the member's place in the org's teams (team members belong to the org):
   * one `org.member_removed` event names the teams it left.
   */
  async removeOrgMember(caller: Caller, ref: string, memberRef: string): Promise<void> {
    const org = await this.manageableOrg(caller.principal, ref, 'remove members');
    const group = { table: 'orgMembers', orgId: org.id } as const;
    const member = await this.memberOf(group, memberRef, `org "${org.slug}"`);
    await changeAccess(this.deps, async (tx) => {
      const teams = await store.deleteTeamMemberships(tx, org.id, member.memberId);
      await store.deleteMember(tx, group, member.memberId);
      await this.deps.audit.record(tx, caller, {
        action: 'org.member_removed',
        target: { type: 'org', id: org.id },
        changes: {
          member: audited({ type: member.memberType, id: member.memberId }),
          role: member.role,
          teams,
        },
      });
    });
  }

  // ---- teams

  async createTeam(caller: Caller, orgRef: string, input: { name: string; slug?: string }) {
    const org = await this.manageableOrg(caller.principal, orgRef, 'create teams');
    const { db, clock } = this.deps;
    if (input.slug !== undefined && (await store.teamSlugTaken(db, input.slug)))
      throw conflict(`The team slug "${input.slug}" is taken.`);
    const now = clock.now();
    const row: TeamRow = {
      id: uuidv7(now),
      orgId: org.id,
      slug: input.slug ?? (await freeSlug(input.name, 'team', (s) => store.teamSlugTaken(db, s))),
      name: input.name.trim(),
      createdAt: now,
      updatedAt: now,
    };
    await changeAccess(this.deps, async (tx) => {
      await store.insertTeam(tx, row);
      await this.deps.audit.record(tx, caller, {
        action: 'team.created',
        target: { type: 'team', id: row.id },
        changes: { org: org.id, slug: row.slug, name: row.name },
      });
    });
    return { team: row, org };
  }

  async listTeams(principal: Principal, orgRef: string, page: PageRequest) {
    const { org } = await this.visibleOrg(principal, orgRef);
    return { org, ...(await store.listTeams(this.deps.db, org.id, page)) };
  }

  /** A team is visible to the members of its org (and tenant administrators). */
  async visibleTeam(principal: Principal, ref: string): Promise<{ team: TeamRow; org: OrgRow }> {
    const team = await store.findTeamByRef(this.deps.db, ref);
    if (!team) throw notFound('Team');
    const org = await store.findOrgById(this.deps.db, team.orgId);
    if (!org) throw notFound('Team');
    if (!principal.isAdmin) {
      const role = await store.roleIn(this.deps.db, { table: 'orgMembers', orgId: org.id }, principal.id);
      if (role === undefined) throw notFound('Team');
    }
    return { team, org };
  }

  /** Team admins, admins of the team's org, and tenant administrators manage a team. */
  async manageableTeam(principal: Principal, ref: string, what: string) {
    const found = await this.visibleTeam(principal, ref);
    if (principal.isAdmin) return found;
    const { db } = this.deps;
    const [orgRole, teamRole] = await Promise.all([
      store.roleIn(db, { table: 'orgMembers', orgId: found.org.id }, principal.id),
      store.roleIn(db, { table: 'teamMembers', teamId: found.team.id }, principal.id),
    ]);
    if (orgRole !== 'admin' && teamRole !== 'admin') {
      throw forbidden(
        `To ${what} you need the admin role in team "${found.team.slug}" or in org "${found.org.slug}".`,
      );
    }
    return found;
  }

  async renameTeam(caller: Caller, ref: string, name: string) {
    const { team, org } = await this.manageableTeam(caller.principal, ref, 'rename this team');
    const at = this.deps.clock.now();
    const to = name.trim();
    await changeAccess(this.deps, async (tx) => {
      await store.renameTeam(tx, team.id, to, at);
      await this.deps.audit.record(tx, caller, {
        action: 'team.updated',
        target: { type: 'team', id: team.id },
        changes: { name: { from: team.name, to } },
      });
    });
    return { team: { ...team, name: to, updatedAt: at }, org };
  }

  /** Its memberships and the grants to it go with it: one `team.deleted` event counts them. */
  async deleteTeam(caller: Caller, ref: string) {
    const found = await this.manageableTeam(caller.principal, ref, 'delete this team');
    const { team, org } = found;
    await changeAccess(this.deps, async (tx) => {
      const members = await store.countMembers(tx, { table: 'teamMembers', teamId: team.id });
      const grants = await deleteGrantsTo(tx, [team.id]);
      const roleAssignments = await this.deps.dropRoleAssignments(tx, [team.id]);
      await store.deleteTeam(tx, team.id);
      await this.deps.audit.record(tx, caller, {
        action: 'team.deleted',
        target: { type: 'team', id: team.id },
        changes: {
          org: org.id,
          slug: team.slug,
          name: team.name,
          members,
          grants,
          ...(roleAssignments > 0 ? { role_assignments: roleAssignments } : {}),
        },
      });
    });
    return found;
  }

  async listTeamMembers(principal: Principal, ref: string, page: PageRequest) {
    const { team } = await this.visibleTeam(principal, ref);
    return store.listMembers(this.deps.db, { table: 'teamMembers', teamId: team.id }, page);
  }

  async addTeamMember(caller: Caller, ref: string, input: MemberInput) {
    const { team, org } = await this.manageableTeam(caller.principal, ref, 'add members');
    const member = await this.resolveMember(input);
    const inOrg = await store.roleIn(this.deps.db, { table: 'orgMembers', orgId: org.id }, member.id);
    if (inOrg === undefined) {
      throw invalid(
        `body.${member.type}: ${member.type} "${member.slug}" is not a member of org "${org.slug}"; add them to the org first.`,
      );
    }
    const created = await this.putMember(caller, { type: 'team', id: team.id }, member, input.role, {
      table: 'teamMembers',
      teamId: team.id,
    });
    return { member: { ...member, role: input.role }, created };
  }

  async removeTeamMember(caller: Caller, ref: string, memberRef: string): Promise<void> {
    const { team } = await this.manageableTeam(caller.principal, ref, 'remove members');
    const group = { table: 'teamMembers', teamId: team.id } as const;
    const member = await this.memberOf(group, memberRef, `team "${team.slug}"`);
    await changeAccess(this.deps, async (tx) => {
      await store.deleteMember(tx, group, member.memberId);
      await this.deps.audit.record(tx, caller, {
        action: 'team.member_removed',
        target: { type: 'team', id: team.id },
        changes: { member: audited({ type: member.memberType, id: member.memberId }), role: member.role },
      });
    });
  }

  /**
   * Adds the member or changes its role, recording `*.member_added` or `*.member_updated`; giving a
   * member the role it has changes nothing and records nothing. True when the member was added.
   */
  private async putMember(
    caller: Caller,
    target: { type: 'org' | 'team'; id: string },
    member: ResolvedMember,
    role: MemberRole,
    group: store.Group,
  ): Promise<boolean> {
    return changeAccess(this.deps, async (tx) => {
      const before = await store.putMember(tx, group, {
        memberId: member.id,
        memberType: member.type,
        role,
        createdAt: this.deps.clock.now(),
      });
      if (before === role) return false;
      await this.deps.audit.record(
        tx,
        caller,
        before === undefined
          ? { action: `${target.type}.member_added`, target, changes: { member: audited(member), role } }
          : {
              action: `${target.type}.member_updated`,
              target,
              changes: { member: audited(member), role: { from: before, to: role } },
            },
      );
      return before === undefined;
    });
  }

  /** The org or team if the principal may see (and so name) it, for granting it a project. */
  async seenBy(
    principal: Principal,
    kind: 'org' | 'team',
    ref: string,
  ): Promise<{ id: string; slug: string; name: string } | undefined> {
    const { db } = this.deps;
    let found: { id: string; slug: string; name: string } | undefined;
    let orgId: string | undefined;
    if (kind === 'org') {
      found = await store.findOrgByRef(db, ref);
      orgId = found?.id;
    } else {
      const team = await store.findTeamByRef(db, ref);
      found = team;
      orgId = team?.orgId;
    }
    if (!found || orgId === undefined) return undefined;
    if (principal.isAdmin) return found;
    const role = await store.roleIn(db, { table: 'orgMembers', orgId }, principal.id);
    return role === undefined ? undefined : found;
  }

  private async memberOf(group: store.Group, ref: string, where: string) {
    const found = await store.findMembers(this.deps.db, group, ref);
    if (found.length > 1)
      throw invalid(`params.id: "${ref}" names a user and an app in ${where}; use the UUID.`);
    const member = found[0];
    if (!member) throw notFound(`Member "${ref}" of ${where}`);
    return member;
  }

  /** `{user}` or `{app}`, exactly one, naming an existing principal. */
  async resolveMember(input: { user?: string; app?: string }): Promise<ResolvedMember> {
    if ((input.user === undefined) === (input.app === undefined))
      throw invalid('body: give exactly one of user or app (a slug or UUID).');
    if (input.user !== undefined) {
      const user = await this.deps.users.findByRef(input.user);
      if (!user) throw invalid(`body.user: there is no user "${input.user}".`);
      return { id: user.id, type: 'user', slug: user.slug, name: user.name };
    }
    const ref = input.app ?? '';
    const app = await this.deps.apps.findByRef(ref);
    if (!app) throw invalid(`body.app: there is no app "${ref}".`);
    return { id: app.id, type: 'app', slug: app.slug, name: app.name };
  }
}

/** The first of `base`, `base-2`, … that is free. */
export async function freeSlug(name: string, fallback: string, taken: (slug: string) => Promise<boolean>) {
  const base = slugify(name) || fallback;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
}
