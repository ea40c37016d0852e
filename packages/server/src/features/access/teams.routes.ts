// /v0/teams/{team}: a team and its members, who must belong to the team's organisation.
import { Type } from 'typebox';
import { callerOf, principalOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { authErrors, ResourceRef } from '../../lib/schemas.ts';
import { RenameBody, TeamJson, teamJson } from './access.view.ts';
import { memberRoutes } from './members.routes.ts';

const TeamParams = Type.Object({ team: ResourceRef('team') });

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

  memberRoutes(app, {
    param: 'team',
    path: '/v0/teams/:team',
    operationIds: { list: 'listTeamMembers', put: 'putTeamMember', remove: 'removeTeamMember' },
    docs: {
      list: {
        summary: 'List the members (users and apps) of a team',
        description: 'Lists the users and apps that are members of a team, with their role, paginated.',
      },
      put: {
        summary: 'Add a member of the organisation to a team, or change its role (team or org admins)',
        description: '201 when the member was added, 200 when an existing member’s role was changed.',
      },
      remove: {
        summary: 'Remove a member from a team',
        description: 'Removes a user or app from a team; access through the team ends on the next request.',
      },
    },
    list: (principal, ref, page) => ctx.access.listTeamMembers(principal, ref, page),
    add: (caller, ref, input) => ctx.access.addTeamMember(caller, ref, input),
    remove: (caller, ref, member) => ctx.access.removeTeamMember(caller, ref, member),
  });
};
