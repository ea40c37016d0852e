// /v0/teams/{team}: a team and its members, who must belong to the team's organisation.
import { Type } from 'typebox';
import { callerOf, principalOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { pageHeaders, pageQuery, pageRequest } from '../../lib/pagination.ts';
import { authErrors, ResourceRef } from '../../lib/schemas.ts';
import { MemberBody, MemberJson, memberJson, RenameBody, TeamJson, teamJson } from './access.view.ts';

const TeamParams = Type.Object({ team: ResourceRef('team') });
const MemberParams = Type.Object({ team: ResourceRef('team'), id: ResourceRef('member (user or app)') });
const PageOnly = Type.Object({ ...pageQuery }, { additionalProperties: false });

const tags = ['access'];

export const teamsRoutes: RoutesPlugin = (app, ctx) => {
  app.get(
    '/v0/teams/:team',
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'getTeam',
        description: 'Shows a team the caller can see; any other is 404.',
        summary: 'View a team',
        params: TeamParams,
        response: { 200: TeamJson, ...authErrors },
      },
    },
    async (request) => {
      const { team, org } = await ctx.access.visibleTeam(principalOf(request), request.params.team);
      return teamJson(team, org);
    },
  );

  app.patch(
    '/v0/teams/:team',
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'updateTeam',
        description: 'Renames a team. The team’s or the organisation’s administrators only.',
        summary: 'Rename a team (team or org admins)',
        params: TeamParams,
        body: RenameBody,
        response: { 200: TeamJson, ...authErrors },
      },
    },
    async (request) => {
      const { team, org } = await ctx.access.renameTeam(
        callerOf(request),
        request.params.team,
        request.body.name,
      );
      return teamJson(team, org);
    },
  );

  app.delete(
    '/v0/teams/:team',
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'deleteTeam',
        description: 'Deletes a team; the access its members had to projects through it ends with it.',
        summary: 'Delete a team (team or org admins); its project grants end with it',
        params: TeamParams,
        response: { 204: Type.Null(), ...authErrors },
      },
    },
    async (request, reply) => {
      await ctx.access.deleteTeam(callerOf(request), request.params.team);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/v0/teams/:team/members',
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'listTeamMembers',
        description: 'Lists the users and apps that are members of a team, with their role, paginated.',
        summary: 'List the members (users and apps) of a team',
        params: TeamParams,
        querystring: PageOnly,
        response: { 200: Type.Array(MemberJson), ...authErrors },
      },
    },
    async (request, reply) => {
      const page = pageRequest(request.query);
      const { rows, total } = await ctx.access.listTeamMembers(
        principalOf(request),
        request.params.team,
        page,
      );
      reply.headers(pageHeaders(request.url, page, total));
      return rows.map(memberJson);
    },
  );

  app.post(
    '/v0/teams/:team/members',
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'putTeamMember',
        summary: 'Add a member of the organisation to a team, or change its role (team or org admins)',
        description: '201 when the member was added, 200 when an existing member’s role was changed.',
        params: TeamParams,
        body: MemberBody,
        response: { 200: MemberJson, 201: MemberJson, ...authErrors },
      },
    },
    async (request, reply) => {
      const { member, created } = await ctx.access.addTeamMember(callerOf(request), request.params.team, {
        ...request.body,
        role: request.body.role ?? 'member',
      });
      return reply
        .status(created ? 201 : 200)
        .send(memberJson({ memberType: member.type, memberId: member.id, ...member }));
    },
  );

  app.delete(
    '/v0/teams/:team/members/:id',
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: 'removeTeamMember',
        description: 'Removes a user or app from a team; access through the team ends on the next request.',
        summary: 'Remove a member from a team',
        params: MemberParams,
        response: { 204: Type.Null(), ...authErrors },
      },
    },
    async (request, reply) => {
      await ctx.access.removeTeamMember(callerOf(request), request.params.team, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
