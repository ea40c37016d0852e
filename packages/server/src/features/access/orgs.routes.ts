// /v0/orgs: organisations, their members (users and apps) and their teams.
import { Type } from 'typebox';
import { callerOf, principalOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { pageHeaders, pageQuery, pageRequest } from '../../lib/pagination.ts';
import { authErrors, ErrorBody, ResourceRef } from '../../lib/schemas.ts';
import { CreateNamed, OrgJson, orgJson, RenameBody, TeamJson, teamJson } from './access.view.ts';
import { memberRoutes } from './members.routes.ts';

const OrgParams = Type.Object({ org: ResourceRef('org') });
const PageOnly = Type.Object({ ...pageQuery }, { additionalProperties: false });
const OrgListQuery = Type.Object(
  {
    ...pageQuery,
    sort: Type.Optional(Type.Literal('name', { default: 'name' })),
    search: Type.Optional(
      Type.String({ minLength: 1, maxLength: 64, description: 'Part of the name or slug.' }),
    ),
  },
  { additionalProperties: false },
);

const tags = ['access'];

export const orgsRoutes: RoutesPlugin = (app, ctx) => {
  app.get(
    '/v0/orgs',
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'listOrgs',
        description:
          'Lists the organisations the caller is a member of, paginated; administrators see every organisation.',
        summary: 'List the organisations the caller belongs to (every one, for administrators)',
        querystring: OrgListQuery,
        response: { 200: Type.Array(OrgJson), ...authErrors },
      },
    },
    async (request, reply) => {
      const page = pageRequest(request.query);
      const { rows, total } = await ctx.access.listOrgs(principalOf(request), page, request.query.search);
      reply.headers(pageHeaders(request.url, page, total));
      return rows.map(orgJson);
    },
  );

  app.post(
    '/v0/orgs',
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'createOrg',
        description: 'Creates an organisation with a name and slug. Tenant administrators only.',
        summary: 'Create an organisation (tenant administrators)',
        body: CreateNamed,
        response: { 201: OrgJson, ...authErrors, 409: ErrorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(orgJson(await ctx.access.createOrg(callerOf(request), request.body))),
  );

  app.get(
    '/v0/orgs/:org',
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'getOrg',
        description: 'Shows an organisation the caller can see; any other is 404.',
        summary: 'View an organisation',
        params: OrgParams,
        response: { 200: OrgJson, ...authErrors },
      },
    },
    async (request) => orgJson((await ctx.access.visibleOrg(principalOf(request), request.params.org)).org),
  );

  app.patch(
    '/v0/orgs/:org',
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'updateOrg',
        description: 'Renames an organisation. The organisation’s administrators only.',
        summary: 'Rename an organisation (org admins)',
        params: OrgParams,
        body: RenameBody,
        response: { 200: OrgJson, ...authErrors },
      },
    },
    async (request) =>
      orgJson(await ctx.access.renameOrg(callerOf(request), request.params.org, request.body.name)),
  );

  app.delete(
    '/v0/orgs/:org',
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'deleteOrg',
        description:
          'Deletes an organisation with its teams and memberships. Refused with 409 while it owns a project.',
        summary: 'Delete an organisation with its teams and memberships (it must own no project)',
        params: OrgParams,
        response: { 204: Type.Null(), ...authErrors, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      await ctx.access.deleteOrg(callerOf(request), request.params.org);
      return reply.status(204).send(null);
    },
  );

  memberRoutes(app, {
    param: 'org',
    path: '/v0/orgs/:org',
    operationIds: { list: 'listOrgMembers', put: 'putOrgMember', remove: 'removeOrgMember' },
    docs: {
      list: {
        summary: 'List the members (users and apps) of an organisation',
        description:
          'Lists the users and apps that are members of an organisation, with their role, paginated.',
      },
      put: {
        summary: 'Add a user or an app to an organisation, or change its role (org admins)',
        description: '201 when the member was added, 200 when an existing member’s role was changed.',
      },
      remove: {
        summary: 'Remove a member from an organisation (and from its teams)',
        description:
          'Removes a user or app from an organisation and from all of its teams; access through them ends on the next request.',
      },
    },
    list: (principal, ref, page) => ctx.access.listOrgMembers(principal, ref, page),
    add: (caller, ref, input) => ctx.access.addOrgMember(caller, ref, input),
    remove: (caller, ref, member) => ctx.access.removeOrgMember(caller, ref, member),
  });

  app.get(
    '/v0/orgs/:org/teams',
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'listOrgTeams',
        description: 'Lists the teams of an organisation, paginated.',
        summary: 'List the teams of an organisation',
        params: OrgParams,
        querystring: PageOnly,
        response: { 200: Type.Array(TeamJson), ...authErrors },
      },
    },
    async (request, reply) => {
      const page = pageRequest(request.query);
      const { org, rows, total } = await ctx.access.listTeams(principalOf(request), request.params.org, page);
      reply.headers(pageHeaders(request.url, page, total));
      return rows.map((team) => teamJson(team, org));
    },
  );

  app.post(
    '/v0/orgs/:org/teams',
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'createTeam',
        description: 'Creates a team in an organisation. The organisation’s administrators only.',
        summary: 'Create a team in an organisation (org admins)',
        params: OrgParams,
        body: CreateNamed,
        response: { 201: TeamJson, ...authErrors, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      const { team, org } = await ctx.access.createTeam(callerOf(request), request.params.org, request.body);
      return reply.status(201).send(teamJson(team, org));
    },
  );
};
