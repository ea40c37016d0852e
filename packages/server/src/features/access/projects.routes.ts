// /v0/projects: projects, their collaborators, and POST /v0/access/check for resource servers.
import { Type } from 'typebox';
import { callerOf, principalOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { invalid } from '../../lib/errors.ts';
import { pageHeaders, pageQuery, pageRequest } from '../../lib/pagination.ts';
import { authErrors, DisplayName, ErrorBody, ResourceRef } from '../../lib/schemas.ts';
import { PermissionCheck, PermissionName } from '../permissions/check.service.ts';
import {
  CheckJson,
  CollaboratorJson,
  checkJson,
  collaboratorJson,
  PolicySchema,
  ProjectJson,
  projectJson,
  RenameBody,
  SlugSchema,
} from './access.view.ts';

const ProjectParams = Type.Object({ project: ResourceRef('project') });
const CollaboratorParams = Type.Object({
  project: ResourceRef('project'),
  id: ResourceRef('collaborator (the grant’s UUID, or the org, team, user or app)'),
});
const PageOnly = Type.Object({ ...pageQuery }, { additionalProperties: false });
const ListQuery = Type.Object(
  { ...pageQuery, sort: Type.Optional(Type.Literal('name', { default: 'name' })) },
  { additionalProperties: false },
);
const CreateBody = Type.Object(
  {
    name: DisplayName(),
    slug: Type.Optional(SlugSchema),
    org: Type.Optional(ResourceRef('org that will own the project; omit for a personal project')),
  },
  { additionalProperties: false },
);
const CollaboratorBody = Type.Object(
  {
    org: Type.Optional(ResourceRef('org')),
    team: Type.Optional(ResourceRef('team')),
    user: Type.Optional(ResourceRef('user')),
    app: Type.Optional(ResourceRef('app (or its client id)')),
    policy: PolicySchema,
  },
  { additionalProperties: false, description: 'Exactly one of org, team, user or app, with a policy.' },
);
const CheckBody = Type.Object(
  {
    project: Type.Optional(
      ResourceRef('project (required with `action`; without it, `permission` is asked tenant-wide)'),
    ),
    action: Type.Optional(PolicySchema),
    permission: Type.Optional(
      Type.Union([PermissionName, Type.Array(PermissionName, { minItems: 1, maxItems: 50 })], {
        description:
          'A permission from the catalogue, or several: each must be held (at `project` when named, tenant-wide otherwise). Give `action`, `permission` or both; all that is named must hold.',
      }),
    ),
    principal: Type.Optional(
      Type.Object(
        {
          type: Type.Union([Type.Literal('user'), Type.Literal('app')]),
          id: ResourceRef('user or app (an app also by its client id)'),
        },
        {
          additionalProperties: false,
          description: 'Administrators only: ask about this principal instead of the caller.',
        },
      ),
    ),
  },
  { additionalProperties: false },
);

const tags = ['access'];

export const projectsRoutes: RoutesPlugin = (app, ctx) => {
  const permissionCheck = new PermissionCheck(ctx);
  app.get(
    '/v0/projects',
    {
      config: { auth: { who: 'any', perProject: true } },
      schema: {
        tags,
        operationId: 'listProjects',
        description:
          'Lists exactly the projects the caller can see, with the caller’s effective policy on each (read, write or admin). A project-limited key sees only its projects.',
        summary: 'List exactly the projects the caller can see, with its effective policy on each',
        querystring: ListQuery,
        response: { 200: Type.Array(ProjectJson), ...authErrors },
      },
    },
    async (request, reply) => {
      const page = pageRequest(request.query);
      const { rows, total } = await ctx.projects.list(principalOf(request), page);
      reply.headers(pageHeaders(request.url, page, total));
      return rows.map((r) => projectJson(r.project, r.ownerSlug, r.policy));
    },
  );

  app.post(
    '/v0/projects',
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'createProject',
        description:
          'Creates a project owned by an organisation (its administrators only), or a personal project owned by the caller when no organisation is named.',
        summary: 'Create a project in an organisation (org admins), or a personal project (no org)',
        body: CreateBody,
        response: { 201: ProjectJson, ...authErrors, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const project = await ctx.projects.create(caller, request.body);
      const { ownerSlug, decision } = await ctx.projects.view(caller.principal, project.id);
      return reply.status(201).send(projectJson(project, ownerSlug, decision.policy));
    },
  );

  app.get(
    '/v0/projects/:project',
    {
      config: { auth: { who: 'any', project: 'project' } },
      schema: {
        tags,
        operationId: 'getProject',
        description:
          'Shows a project the caller can see, with the caller’s effective policy on it; any other is 404.',
        summary: 'View a project, with the caller’s effective policy',
        params: ProjectParams,
        response: { 200: ProjectJson, ...authErrors },
      },
    },
    async (request) => {
      const { project, ownerSlug, decision } = await ctx.projects.view(
        principalOf(request),
        request.params.project,
      );
      return projectJson(project, ownerSlug, decision.policy);
    },
  );

  app.patch(
    '/v0/projects/:project',
    {
      config: { auth: { who: 'any', project: 'project' } },
      schema: {
        tags,
        operationId: 'updateProject',
        description: 'Renames a project. Needs the admin policy on the project.',
        summary: 'Rename a project (admin policy)',
        params: ProjectParams,
        body: RenameBody,
        response: { 200: ProjectJson, ...authErrors },
      },
    },
    async (request) => {
      const { project, ownerSlug, decision } = await ctx.projects.rename(
        callerOf(request),
        request.params.project,
        request.body.name,
      );
      return projectJson(project, ownerSlug, decision.policy);
    },
  );

  app.delete(
    '/v0/projects/:project',
    {
      config: { auth: { who: 'any', project: 'project' } },
      schema: {
        tags,
        operationId: 'deleteProject',
        description: 'Deletes a project with its collaborators. Needs the admin policy on the project.',
        summary: 'Delete a project (admin policy)',
        params: ProjectParams,
        response: { 204: Type.Null(), ...authErrors },
      },
    },
    async (request, reply) => {
      await ctx.projects.remove(callerOf(request), request.params.project);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/v0/projects/:project/collaborators',
    {
      config: { auth: { who: 'any', project: 'project' } },
      schema: {
        tags,
        operationId: 'listProjectCollaborators',
        description:
          'Lists who has a policy on a project: organisations, teams, users and apps, each with its policy.',
        summary: 'List the collaborators of a project (orgs, teams, users and apps with a policy)',
        params: ProjectParams,
        querystring: PageOnly,
        response: { 200: Type.Array(CollaboratorJson), ...authErrors },
      },
    },
    async (request, reply) => {
      const page = pageRequest(request.query);
      const { rows, total } = await ctx.projects.listCollaborators(
        principalOf(request),
        request.params.project,
        page,
      );
      reply.headers(pageHeaders(request.url, page, total));
      return rows.map(collaboratorJson);
    },
  );

  app.post(
    '/v0/projects/:project/collaborators',
    {
      config: { auth: { who: 'any', project: 'project' } },
      schema: {
        tags,
        operationId: 'putProjectCollaborator',
        summary: 'Add a collaborator to a project, or change its policy (admin policy)',
        description: '201 when the collaborator was added, 200 when an existing one’s policy was changed.',
        params: ProjectParams,
        body: CollaboratorBody,
        response: { 200: CollaboratorJson, 201: CollaboratorJson, ...authErrors },
      },
    },
    async (request, reply) => {
      const { grant, created } = await ctx.projects.addCollaborator(
        callerOf(request),
        request.params.project,
        request.body,
      );
      return reply.status(created ? 201 : 200).send(collaboratorJson(grant));
    },
  );

  app.delete(
    '/v0/projects/:project/collaborators/:id',
    {
      config: { auth: { who: 'any', project: 'project' } },
      schema: {
        tags,
        operationId: 'removeProjectCollaborator',
        description:
          'Removes an organisation, team, user or app from a project’s collaborators; the access it gave ends on the next request.',
        summary: 'Remove a collaborator from a project; it takes effect on the next request',
        params: CollaboratorParams,
        response: { 204: Type.Null(), ...authErrors },
      },
    },
    async (request, reply) => {
      await ctx.projects.removeCollaborator(callerOf(request), request.params.project, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/v0/access/check',
    {
      config: { auth: { who: 'any', does: 'read', perProject: true } },
      schema: {
        tags,
        operationId: 'checkAccess',
        summary: 'May the caller (or, for administrators, another principal) do this to that project?',
        description:
          'A resource server calls this with the end caller’s credential. A project the caller cannot see is a 404; otherwise the answer is 200 with `allowed`, the effective `policy` and `via`: the grants, and any key restriction, that gave it. With `permission`, `via` also names each role assignment that gave an asked permission (the role, to whom it is assigned, at which scope) and any key or app-token restriction that narrowed or refused one, and `permissions` lists them granted and missing.',
        body: CheckBody,
        response: { 200: CheckJson, ...authErrors },
      },
    },
    (request) => {
      const body = request.body;
      if (body.permission !== undefined) return permissionCheck.check(principalOf(request), body);
      if (body.action === undefined || body.project === undefined)
        throw invalid('body: name a project and an action, or a permission.');
      // Not async: with a warm access cache the answer is sent in this turn, without a promise.
      const checked = ctx.projects.check(principalOf(request), {
        ...body,
        project: body.project,
        action: body.action,
      });
      return checked instanceof Promise ? checked.then(checkJson) : checkJson(checked);
    },
  );
};
