// POST /v0/access/check with `permission`: the permission decision beside the project policy, explained in `via`.
import type { Principal } from '../../auth/principal.ts';
import type { Policy } from '../../db/schema.ts';
import { forbidden, invalid } from '../../lib/errors.ts';
import type { Via } from '../access/access.check.ts';
import type { CheckOutcome, PrincipalRef, ProjectsService } from '../access/projects.service.ts';
import type { AppsService } from '../apps/apps.service.ts';
import type { UsersService } from '../users/users.service.ts';
import type { RoleGrant } from './permissions.model.ts';
import { type PermissionOutcome, type PermissionSubject, PermissionsService } from './permissions.service.ts';

export { PermissionName } from './permissions.view.ts';

export interface CheckBody {
  project?: string;
  action?: Policy;
  permission?: string | string[];
  principal?: PrincipalRef;
}

export interface PermissionCheckDeps {
  permissions: PermissionsService;
  projects: ProjectsService;
  users: UsersService;
  apps: AppsService;
}

/** A `via` entry: the access check's, with the permission, role and scope a role assignment adds. */
export interface PermissionVia extends Omit<Via, 'kind' | 'subject'> {
  kind: Via['kind'] | 'role' | 'token_scope';
  subject: { type: string; uuid: string; slug: string | null } | null;
  permission?: string;
  role?: string;
  scope?: { type: 'tenant' | 'org' | 'project'; uuid: string | null; slug: string | null };
}

export interface PermissionCheckAnswer {
  allowed: boolean;
  policy: Policy | null;
  via: PermissionVia[];
  permissions: { granted: string[]; missing: string[] };
}

const SCOPE_NOTE = { tenant: 'tenant-wide', org: 'on org', project: 'on project' } as const;

const roleVia = (permission: string, grant: RoleGrant): PermissionVia => ({
  kind: 'role',
  policy: null,
  permission,
  role: grant.role,
  subject: { type: grant.granteeType, uuid: grant.granteeId, slug: grant.granteeSlug },
  scope:
    grant.scopeType === 'tenant'
      ? { type: 'tenant', uuid: null, slug: null }
      : { type: grant.scopeType, uuid: grant.scopeId, slug: grant.scopeSlug },
  note: `"${permission}" from role "${grant.role}", assigned to ${grant.granteeType} "${grant.granteeSlug}" ${SCOPE_NOTE[grant.scopeType]}${grant.scopeType === 'tenant' ? '' : ` "${grant.scopeSlug}"`}`,
});

/** Each asked permission's grants, then what the credential's own limit took away (or why nothing reached). */
export function permissionVia(outcome: PermissionOutcome): PermissionVia[] {
  const via: PermissionVia[] = [];
  for (const [permission, grants] of outcome.granted)
    for (const grant of grants) via.push(roleVia(permission, grant));
  const limit = outcome.limit;
  const credential = limit
    ? { type: limit.kind === 'token' ? 'token' : 'key', uuid: limit.keyId ?? '', slug: null }
    : null;
  if (outcome.outsideKeyProjects)
    via.push({
      kind: 'key_restriction',
      policy: null,
      subject: credential,
      note: 'this key is limited to other projects, so no permission reaches this one',
    });
  for (const permission of outcome.cappedByKey)
    via.push({
      kind: limit?.kind === 'token' ? 'token_scope' : 'key_restriction',
      policy: null,
      permission,
      subject: credential,
      note:
        limit?.kind === 'token'
          ? `the app holds "${permission}" here, but this access token's scope does not grant it`
          : `the owner holds "${permission}" here, but this key's scopes.permissions leaves it out`,
    });
  if (limit && outcome.granted.size > 0)
    via.push({
      kind: limit.kind === 'token' ? 'token_scope' : 'key_restriction',
      policy: null,
      subject: credential,
      note: `this ${limit.kind === 'token' ? "access token's scope" : "key's scopes.permissions"} allows ${[...outcome.granted.keys()].map((n) => `"${n}"`).join(', ')}`,
    });
  return via;
}

export class PermissionCheck {
  constructor(private readonly deps: PermissionCheckDeps) {}

  /**
   * Every requirement named must hold: the policy `action` on `project` (as the plain access check), and
   * each permission at `project` (tenant-wide without one). A project the caller cannot see is a 404, as
   * in the plain check, unless its permissions there allow what was asked.
   */
  async check(principal: Principal, body: CheckBody): Promise<PermissionCheckAnswer> {
    const asked = [
      ...new Set(typeof body.permission === 'string' ? [body.permission] : (body.permission ?? [])),
    ];
    if (body.action !== undefined && body.project === undefined)
      throw invalid('body.project: an action is asked about a project; name it.');
    if (body.principal !== undefined && !principal.isAdmin)
      throw forbidden('Only tenant administrators may ask about another principal (body.principal).');
    let policy: CheckOutcome | undefined;
    if (body.action !== undefined && body.project !== undefined)
      policy = await this.deps.projects.check(principal, {
        project: body.project,
        action: body.action,
        principal: body.principal,
      });
    const subject = body.principal
      ? await this.subjectFor(body.principal)
      : PermissionsService.subjectOf(principal);
    const project =
      body.project === undefined ? undefined : await this.deps.permissions.projectNamed(body.project);
    const outcome = await this.deps.permissions.decide(subject, asked, project);
    // Not allowed, and no policy was asked: the project must be visible, or it is a 404 like the plain check's.
    if (!outcome.allowed && policy === undefined && body.project !== undefined && !body.principal)
      await this.deps.projects.visible(principal, body.project);
    return {
      allowed: (policy?.allowed ?? true) && outcome.allowed,
      policy: policy?.decision.policy ?? null,
      via: [...(policy?.decision.via ?? []), ...permissionVia(outcome)],
      permissions: { granted: [...outcome.granted.keys()], missing: outcome.missing },
    };
  }

  private async subjectFor(ref: PrincipalRef): Promise<PermissionSubject> {
    const found =
      ref.type === 'user' ? await this.deps.users.findByRef(ref.id) : await this.deps.apps.findByRef(ref.id);
    if (!found) throw invalid(`body.principal.id: there is no ${ref.type} "${ref.id}".`);
    return { type: ref.type, id: found.id };
  }
}
