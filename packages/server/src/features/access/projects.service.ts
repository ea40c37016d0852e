// Projects and their collaborators, and the access decision: may this principal do this to that project?
import type { Caller } from '../../auth/actor.ts';
import type { Invalidation } from '../../auth/invalidation-match.ts';
import type { Principal } from '../../auth/principal.ts';
import type { Db, GranteeType, Policy, ProjectGrantRow, ProjectRow, Tx } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { PageRequest } from '../../lib/pagination.ts';
import type { AppsService } from '../apps/apps.service.ts';
import type { AuditLog } from '../audit/audit.service.ts';
import type { UsersService } from '../users/users.service.ts';
import { type AccessCache, changeAccess } from './access.cache.ts';
import { type Decision, decide, rank, refusal, type Subject } from './access.check.ts';
import { type AccessService, freeSlug } from './access.service.ts';
import * as store from './projects.store.ts';

export interface ProjectsDeps {
  db: Db;
  /** Publishes `{ access: true }` after each change (see changeAccess). */
  invalidate(match: Invalidation): void;
  /** The access check's cached reads. */
  cache: AccessCache;
  /** Records each change in the transaction that makes it. */
  audit: AuditLog;
  clock: Clock;
  access: AccessService;
  users: UsersService;
  apps: AppsService;
  /** Removes the role assignments at a deleted project (features/permissions). */
  dropRoleAssignments(tx: Tx, ids: string[]): Promise<number>;
}

export interface CollaboratorInput {
  org?: string;
  team?: string;
  user?: string;
  app?: string;
  policy: Policy;
}

/** Names another principal for an administrator's check. */
export interface PrincipalRef {
  type: 'user' | 'app';
  id: string;
}

export const subjectOf = (principal: Principal): Subject => ({
  type: principal.type,
  id: principal.id,
  slug: principal.slug,
  isAdmin: principal.isAdmin,
  restrictions: principal.restrictions,
  keyId: principal.restrictions ? principal.credential.id : undefined,
});

type CheckInput = { project: string; action: Policy; principal?: PrincipalRef };
export interface CheckOutcome {
  allowed: boolean;
  decision: Decision;
}
const outcome = (decision: Decision, action: Policy): CheckOutcome => ({
  allowed: rank(decision.policy) >= rank(action),
  decision,
});

const GRANTEE_TYPES: GranteeType[] = ['org', 'team', 'user', 'app'];

/** A project by slug or UUID, whoever may see it, through the access cache. */
export const findProject = (db: Db, cache: AccessCache, ref: string): Promise<ProjectRow | undefined> =>
  cache.project(ref, () => store.findProjectByRef(db, ref));

export class ProjectsService {
  constructor(private readonly deps: ProjectsDeps) {}

  /** With `org`: an org admin's (or tenant administrator's) project; without: a personal project of the caller. */
  async create(caller: Caller, input: { name: string; slug?: string; org?: string }): Promise<ProjectRow> {
    const principal = caller.principal;
    const { db, clock } = this.deps;
    const org =
      input.org === undefined
        ? undefined
        : await this.deps.access.manageableOrg(principal, input.org, 'create projects in this org');
    if (!org && principal.type !== 'user')
      throw forbidden('An app cannot own a personal project; give body.org to create the project in an org.');
    if (input.slug !== undefined && (await store.projectSlugTaken(db, input.slug)))
      throw conflict(`The project slug "${input.slug}" is taken.`);
    const now = clock.now();
    const row: ProjectRow = {
      id: uuidv7(now),
      slug: input.slug ?? (await freeSlug(input.name, 'project', (s) => store.projectSlugTaken(db, s))),
      name: input.name.trim(),
      orgId: org?.id ?? null,
      ownerId: org ? null : principal.id,
      createdAt: now,
      updatedAt: now,
    };
    // Apps reach projects only through explicit grants, and being an org admin is not one: an app that
    // creates a project is made its admin collaborator, so it can see and manage what it made.
    const creatorGrant: ProjectGrantRow | undefined =
      principal.type === 'app'
        ? {
            id: uuidv7(now),
            projectId: row.id,
            granteeType: 'app',
            granteeId: principal.id,
            policy: 'admin',
            createdAt: now,
          }
        : undefined;
    await changeAccess(this.deps, async (tx) => {
      await store.insertProject(tx, row);
      const target = { type: 'project' as const, id: row.id };
      await this.deps.audit.record(tx, caller, {
        action: 'project.created',
        target,
        changes: { slug: row.slug, name: row.name, org: row.orgId, owner: row.ownerId },
      });
      if (creatorGrant) {
        await store.insertGrant(tx, creatorGrant);
        await this.deps.audit.record(tx, caller, {
          action: 'project.grant_added',
          target,
          changes: {
            grant: creatorGrant.id,
            grantee: { type: 'app', id: principal.id },
            policy: 'admin',
            creator: true,
          },
        });
      }
    });
    return row;
  }

  /** Exactly the projects the caller reaches, each with its effective policy (a key's restrictions applied). */
  async list(principal: Principal, page: PageRequest) {
    const restrictions = principal.restrictions;
    const { rows, total } = await store.listVisibleProjects(this.deps.db, principal, page, {
      all: principal.isAdmin,
      onlyIds: restrictions?.projects ?? null,
    });
    const cap = restrictions?.readOnly ? rank('read') : 3;
    const owners = await store.ownerSlugs(this.deps.db, rows);
    return {
      total,
      rows: rows.map((row) => ({
        project: row,
        policy: (['read', 'write', 'admin'] as const)[Math.min(row.rank, cap) - 1] ?? 'read',
        ownerSlug: owners.get(row.orgId ?? row.ownerId ?? '') ?? '',
      })),
    };
  }

  async decisionFor(subject: Subject, project: ProjectRow): Promise<Decision> {
    const paths = await this.deps.cache.grantPaths(project.id, subject, () =>
      store.grantPaths(this.deps.db, project, subject),
    );
    return decide(subject, project.id, paths);
  }

  /** A project by slug or UUID through the access cache, whether or not anyone may see it; undefined when there is none. */
  project(ref: string): Promise<ProjectRow | undefined> {
    return findProject(this.deps.db, this.deps.cache, ref);
  }

  /** For the pipeline, when a project-limited key calls a route about one project: its UUID (cached), if it exists. */
  projectIdOf(ref: string): string | undefined | Promise<string | undefined> {
    const cached = this.deps.cache.peekProject(ref);
    if (cached) return cached.id;
    return this.deps.cache
      .project(ref, () => store.findProjectByRef(this.deps.db, ref))
      .then((found) => found?.id);
  }

  /** The project if the caller can see it (any policy); otherwise it does not exist for them. */
  async visible(principal: Principal, ref: string) {
    const project = await this.deps.cache.project(ref, () => store.findProjectByRef(this.deps.db, ref));
    if (!project) throw notFound('Project');
    const decision = await this.decisionFor(subjectOf(principal), project);
    if (decision.policy === null) throw notFound('Project');
    return { project, decision };
  }

  /** The project as shown: with its owner's slug (not needed by the access check itself). */
  async view(principal: Principal, ref: string) {
    const found = await this.visible(principal, ref);
    const owners = await store.ownerSlugs(this.deps.db, [found.project]);
    return { ...found, ownerSlug: owners.get(found.project.orgId ?? found.project.ownerId ?? '') ?? '' };
  }

  /** Visible, and at least `needed`: otherwise 403 naming the policy needed. */
  async requirePolicy(principal: Principal, ref: string, needed: Policy) {
    const found = await this.visible(principal, ref);
    if (rank(found.decision.policy) < rank(needed))
      throw forbidden(refusal(needed, found.decision, `project "${found.project.slug}"`));
    return found;
  }

  async rename(caller: Caller, ref: string, name: string) {
    const { project } = await this.requirePolicy(caller.principal, ref, 'admin');
    const at = this.deps.clock.now();
    const to = name.trim();
    await changeAccess(this.deps, async (tx) => {
      await store.renameProject(tx, project.id, to, at);
      await this.deps.audit.record(tx, caller, {
        action: 'project.updated',
        target: { type: 'project', id: project.id },
        changes: { name: { from: project.name, to } },
      });
    });
    return this.view(caller.principal, project.id);
  }

  /** Its collaborators' grants go with it: one `project.deleted` event counts them. */
  async remove(caller: Caller, ref: string): Promise<ProjectRow> {
    const { project } = await this.requirePolicy(caller.principal, ref, 'admin');
    await changeAccess(this.deps, async (tx) => {
      const grants = await store.countGrants(tx, project.id);
      const roleAssignments = await this.deps.dropRoleAssignments(tx, [project.id]);
      await store.deleteProject(tx, project.id);
      await this.deps.audit.record(tx, caller, {
        action: 'project.deleted',
        target: { type: 'project', id: project.id },
        changes: {
          slug: project.slug,
          name: project.name,
          org: project.orgId,
          owner: project.ownerId,
          grants,
          ...(roleAssignments > 0 ? { role_assignments: roleAssignments } : {}),
        },
      });
    });
    return project;
  }

  async listCollaborators(principal: Principal, ref: string, page: PageRequest) {
    const { project } = await this.requirePolicy(principal, ref, 'read');
    return store.listCollaborators(this.deps.db, project.id, page);
  }

  /**
   * Adds a collaborator, or changes its policy; `created` tells which. Giving a collaborator the policy
   * it has changes nothing and records nothing.
   */
  async addCollaborator(caller: Caller, ref: string, input: CollaboratorInput) {
    const principal = caller.principal;
    const { project } = await this.requirePolicy(principal, ref, 'admin');
    const given = GRANTEE_TYPES.filter((type) => input[type] !== undefined);
    const type = given[0];
    if (given.length !== 1 || type === undefined)
      throw invalid('body: give exactly one of org, team, user or app (a slug or UUID).');
    const grantee = await this.resolveGrantee(principal, type, input[type] ?? '');
    const { clock } = this.deps;
    const target = { type: 'project', id: project.id } as const;
    const audited = { type, id: grantee.id };
    return changeAccess(this.deps, async (tx) => {
      const existing = await store.findGrant(tx, project.id, grantee.id);
      if (existing) {
        if (existing.policy !== input.policy) {
          await store.setGrantPolicy(tx, existing.id, input.policy);
          await this.deps.audit.record(tx, caller, {
            action: 'project.grant_updated',
            target,
            changes: {
              grant: existing.id,
              grantee: audited,
              policy: { from: existing.policy, to: input.policy },
            },
          });
        }
        return { grant: { ...existing, policy: input.policy, ...grantee }, created: false };
      }
      const row: ProjectGrantRow = {
        id: uuidv7(clock.now()),
        projectId: project.id,
        granteeType: type,
        granteeId: grantee.id,
        policy: input.policy,
        createdAt: clock.now(),
      };
      await store.insertGrant(tx, row);
      await this.deps.audit.record(tx, caller, {
        action: 'project.grant_added',
        target,
        changes: { grant: row.id, grantee: audited, policy: row.policy },
      });
      return { grant: { ...row, slug: grantee.slug, name: grantee.name }, created: true };
    });
  }

  async removeCollaborator(caller: Caller, ref: string, collaboratorRef: string): Promise<void> {
    const { project } = await this.requirePolicy(caller.principal, ref, 'admin');
    const found = await store.findCollaborators(this.deps.db, project.id, collaboratorRef);
    if (found.length > 1)
      throw invalid(
        `params.id: "${collaboratorRef}" names several collaborators of this project; use the UUID.`,
      );
    const grant = found[0];
    if (!grant) throw notFound(`Collaborator "${collaboratorRef}" of project "${project.slug}"`);
    await changeAccess(this.deps, async (tx) => {
      await store.deleteGrant(tx, grant.id);
      await this.deps.audit.record(tx, caller, {
        action: 'project.grant_removed',
        target: { type: 'project', id: project.id },
        changes: {
          grant: grant.id,
          grantee: { type: grant.granteeType, id: grant.granteeId },
          policy: grant.policy,
        },
      });
    });
  }

  /**
   * The access check: the caller's own access, or (administrators) another principal's. A project the
   * caller cannot see is a 404, as everywhere; one it can see answers allowed true or false. The caller's
   * own check is answered in this turn, without a promise, when the access cache holds what it needs (a
   * resource server asks on every request, and each await costs microseconds there); otherwise it reads.
   */
  check(principal: Principal, input: CheckInput): CheckOutcome | Promise<CheckOutcome> {
    return this.checkCached(principal, input) ?? this.checkReading(principal, input);
  }

  private async checkReading(principal: Principal, input: CheckInput): Promise<CheckOutcome> {
    const found = await this.visible(principal, input.project);
    if (input.principal === undefined) return outcome(found.decision, input.action);
    if (!principal.isAdmin)
      throw forbidden('Only tenant administrators may ask about another principal (body.principal).');
    const subject = await this.subjectFor(input.principal);
    return outcome(await this.decisionFor(subject, found.project), input.action);
  }

  /** The caller's own check from the access cache alone, by the same rules as `visible`; undefined on a miss. */
  private checkCached(principal: Principal, input: CheckInput): CheckOutcome | undefined {
    if (input.principal !== undefined) return undefined;
    const project = this.deps.cache.peekProject(input.project);
    if (!project) return undefined;
    const subject = subjectOf(principal);
    const paths = this.deps.cache.peekGrantPaths(project.id, subject);
    if (!paths) return undefined;
    const decision = decide(subject, project.id, paths);
    if (decision.policy === null) throw notFound('Project');
    return outcome(decision, input.action);
  }

  private async subjectFor(ref: PrincipalRef): Promise<Subject> {
    if (ref.type === 'user') {
      const user = await this.deps.users.findByRef(ref.id);
      if (!user) throw invalid(`body.principal.id: there is no user "${ref.id}".`);
      return { type: 'user', id: user.id, slug: user.slug, isAdmin: user.role === 'admin' };
    }
    const app = await this.deps.apps.findByRef(ref.id);
    if (!app) throw invalid(`body.principal.id: there is no app "${ref.id}".`);
    return { type: 'app', id: app.id, slug: app.slug, isAdmin: false };
  }

  private async resolveGrantee(principal: Principal, type: GranteeType, ref: string) {
    if (type === 'user' || type === 'app') return this.deps.access.resolveMember({ [type]: ref });
    // Granting an org or team names it: the caller must be able to see it.
    const found = await this.deps.access.seenBy(principal, type, ref);
    if (!found) throw invalid(`body.${type}: there is no ${type} "${ref}" that you can see.`);
    return { id: found.id, type, slug: found.slug, name: found.name };
  }

  /** For key creation: the owner's visible projects among `refs`, as UUIDs; the first one not visible otherwise. */
  async resolveForKey(
    owner: { id: string; slug: string; isAdmin: boolean },
    refs: string[],
  ): Promise<{ ok: true; ids: string[] } | { ok: false; index: number; ref: string }> {
    const ids: string[] = [];
    for (const [index, ref] of refs.entries()) {
      const project = await store.findProjectByRef(this.deps.db, ref);
      const decision = project
        ? await this.decisionFor({ type: 'user', ...owner }, project)
        : { policy: null, via: [] };
      if (!project || decision.policy === null) return { ok: false, index, ref };
      if (!ids.includes(project.id)) ids.push(project.id);
    }
    return { ok: true, ids };
  }
}
