// GET /v0/users/{user}/permissions: what a user holds somewhere, so a key dialog offers only that.
import { Type } from 'typebox';
import { principalOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { authErrors, ResourceRef } from '../../lib/schemas.ts';
import { PermissionJson, permissionJson } from './permissions.view.ts';

export const holdingsRoutes: RoutesPlugin = (app, ctx) => {
  app.get(
    '/v0/users/:user/permissions',
    {
      config: { auth: 'any' },
      schema: {
        tags: ['permissions'],
        operationId: 'listUserPermissions',
        summary: 'List the permissions a user holds',
        description:
          'Every permission in the catalogue that the user holds through a role at some scope (the tenant, an org or a project), by name: exactly what a key of theirs may be limited to. The user themselves or an administrator; anyone else gets a 404.',
        params: Type.Object({ user: ResourceRef('user') }),
        response: { 200: Type.Array(PermissionJson), ...authErrors },
      },
    },
    async (request) => {
      const user = await ctx.users.visibleTo(principalOf(request), request.params.user);
      return (await ctx.permissions.heldSomewhere({ type: 'user', id: user.id })).map(permissionJson);
    },
  );
};
