// Role assignments: tenant-wide under /v0/admin/roles/{role}/assignments, and at /v0/orgs/{org}/roles and /v0/projects/{project}/roles.
import { Type } from 'typebox';
import { callerOf, principalOf } from '../../auth/actor.ts';
import type { AuthSpec } from '../../auth/requirement.ts';
import type { RoutesPlugin, TypedApp } from '../../context.ts';
import type { RoleScopeType } from '../../db/schema.ts';
import { authErrors, ResourceRef, Uuid } from '../../lib/schemas.ts';
import { AssignmentBody, AssignmentJson, assignmentJson } from './permissions.view.ts';

const tags = ['permissions'];
const RoleName = Type.String({ minLength: 1, maxLength: 64, description: 'The role’s name.' });

interface ScopeRoutes {
  type: RoleScopeType;
  path: string;
  param: 'role' | 'org' | 'project';
  auth: AuthSpec;
  what: string;
  op: string;
}

const SCOPES: ScopeRoutes[] = [
  {
    type: 'tenant',
    path: '/v0/admin/roles/:role/assignments',
    param: 'role',
    auth: 'admin',
    what: 'the whole tenant',
    op: 'Tenant',
  },
  {
    type: 'org',
    path: '/v0/orgs/:org/roles',
    param: 'org',
    auth: 'any',
    what: 'an org (its admins manage them)',
    op: 'Org',
  },
  {
    type: 'project',
    path: '/v0/projects/:project/roles',
    param: 'project',
    auth: { who: 'any', project: 'project' },
    what: 'a project (its admins manage them)',
    op: 'Project',
  },
];

function scopeRoutes(app: TypedApp, ctx: Parameters<RoutesPlugin>[1], s: ScopeRoutes) {
  const Params = Type.Object({ [s.param]: s.type === 'tenant' ? RoleName : ResourceRef(s.param) });
  const ItemParams = Type.Object({
    [s.param]: s.type === 'tenant' ? RoleName : ResourceRef(s.param),
    assignment: Uuid,
  });
  const ref = (params: Record<string, string>) => (s.type === 'tenant' ? '' : (params[s.param] ?? ''));
  const role = (params: Record<string, string>) => (s.type === 'tenant' ? params.role : undefined);
  const Body = s.type === 'tenant' ? Type.Omit(AssignmentBody, ['role']) : AssignmentBody;

  app.get(
    s.path,
    {
      config: { auth: s.auth },
      schema: {
        tags,
        operationId: `list${s.op}RoleAssignments`,
        summary: `List the role assignments at ${s.what}`,
        description: `The roles given at ${s.what}, each with its grantee (a user, app, team or org).`,
        params: Params,
        response: { 200: Type.Array(AssignmentJson), ...authErrors },
      },
    },
    async (request) => {
      const params = request.params as Record<string, string>;
      const { rows } = await ctx.assignments.list(principalOf(request), s.type, ref(params), role(params));
      return rows.map(assignmentJson);
    },
  );

  app.put(
    s.path,
    {
      config: { auth: s.auth },
      schema: {
        tags,
        operationId: `assign${s.op}Role`,
        summary: `Assign a role at ${s.type === 'tenant' ? 'the tenant' : `this ${s.type}`}`,
        description: `Gives the role to exactly one user, app, team or org at ${s.what}. Idempotent: 201 when assigned, 200 when it already was. An unknown role is a 400 naming it.`,
        params: Params,
        body: Body,
        response: { 200: AssignmentJson, 201: AssignmentJson, ...authErrors },
      },
    },
    async (request, reply) => {
      const params = request.params as Record<string, string>;
      const body = request.body as Record<string, string>;
      const input = { ...body, role: role(params) ?? body.role ?? '' };
      const { row, created } = await ctx.assignments.assign(callerOf(request), s.type, ref(params), input);
      return reply.code(created ? 201 : 200).send(assignmentJson(row));
    },
  );

  app.delete(
    `${s.path}/:assignment`,
    {
      config: { auth: s.auth },
      schema: {
        tags,
        operationId: `unassign${s.op}Role`,
        summary: `Remove a role assignment at ${s.type === 'tenant' ? 'the tenant' : `this ${s.type}`}`,
        description: `Removes one role assignment at ${s.what}, by its UUID.`,
        params: ItemParams,
        response: { 204: Type.Null(), ...authErrors },
      },
    },
    async (request, reply) => {
      const params = request.params as Record<string, string>;
      await ctx.assignments.unassign(
        callerOf(request),
        s.type,
        ref(params),
        params.assignment ?? '',
        role(params),
      );
      return reply.code(204).send(null);
    },
  );
}

export const assignmentsRoutes: RoutesPlugin = (app, ctx) => {
  for (const scope of SCOPES) scopeRoutes(app, ctx, scope);
};
