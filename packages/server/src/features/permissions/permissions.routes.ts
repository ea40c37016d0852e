// /v0/admin/permissions and /v0/admin/roles: the catalogue and the roles, defined by tenant administrators.
import { Type } from 'typebox';
import { callerOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { authErrors, ErrorBody } from '../../lib/schemas.ts';
import {
  PermissionJson,
  PermissionPatterns,
  permissionJson,
  RoleJson,
  roleJson,
} from './permissions.view.ts';

const tags = ['permissions'];
const NameParams = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 129, description: 'The permission.' }),
});
const RoleParams = Type.Object({
  role: Type.String({ minLength: 1, maxLength: 64, description: 'The role’s name.' }),
});
const Description = Type.String({ maxLength: 1000, description: 'What the permission allows.' });

export const permissionsRoutes: RoutesPlugin = (app, ctx) => {
  app.get(
    '/v0/admin/permissions',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'listPermissions',
        summary: 'List the permission catalogue',
        description: 'Every permission the platform defines, by name.',
        response: { 200: Type.Array(PermissionJson), ...authErrors },
      },
    },
    async () => (await ctx.permissions.list()).map(permissionJson),
  );

  app.put(
    '/v0/admin/permissions/:name',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'putPermission',
        summary: 'Define a permission, or change its description',
        description:
          'Idempotent. A name is `resource:action` (lowercase letters, digits, `-` and `_`, one colon); any other is a 400 naming it. 201 when created, 200 otherwise.',
        params: NameParams,
        body: Type.Object({ description: Description }, { additionalProperties: false }),
        response: { 200: PermissionJson, 201: PermissionJson, ...authErrors },
      },
    },
    async (request, reply) => {
      const { row, created } = await ctx.permissions.put(
        callerOf(request),
        request.params.name,
        request.body.description,
      );
      return reply.code(created ? 201 : 200).send(permissionJson(row));
    },
  );

  app.delete(
    '/v0/admin/permissions/:name',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'deletePermission',
        summary: 'Delete a permission',
        description:
          'A permission still named by a role or an API key is a 409 naming them; with `force=true` it is removed from each (each removal in the audit log) and deleted.',
        params: NameParams,
        querystring: Type.Object(
          { force: Type.Optional(Type.Boolean({ description: 'Remove it from every role and key first.' })) },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null({ description: 'Deleted.' }), 409: ErrorBody, ...authErrors },
      },
    },
    async (request, reply) => {
      await ctx.permissions.delete(callerOf(request), request.params.name, request.query.force === true);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/v0/admin/roles',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'listRoles',
        summary: 'List the roles',
        description: 'Every role with its permissions as written (wildcards unexpanded).',
        response: { 200: Type.Array(RoleJson), ...authErrors },
      },
    },
    async () => (await ctx.permissions.listRoles()).map(roleJson),
  );

  app.get(
    '/v0/admin/roles/:role',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'getRole',
        summary: 'View a role',
        description: 'One role with its permissions as written.',
        params: RoleParams,
        response: { 200: RoleJson, ...authErrors },
      },
    },
    async (request) => roleJson(await ctx.permissions.role(request.params.role)),
  );

  app.put(
    '/v0/admin/roles/:role',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'putRole',
        summary: 'Define a role, or replace its description and permissions',
        description:
          'Each permission is a name in the catalogue, `resource:*` or `*` (every permission, expanded against the catalogue when a decision is made). A malformed one, one not in the catalogue, or a wildcard matching nothing is a 400 naming it. 201 when created, 200 otherwise.',
        params: RoleParams,
        body: Type.Object(
          { description: Type.String({ maxLength: 1000 }), permissions: PermissionPatterns },
          { additionalProperties: false },
        ),
        response: { 200: RoleJson, 201: RoleJson, ...authErrors },
      },
    },
    async (request, reply) => {
      const { role, created } = await ctx.permissions.putRole(
        callerOf(request),
        request.params.role,
        request.body,
      );
      return reply.code(created ? 201 : 200).send(roleJson(role));
    },
  );

  app.delete(
    '/v0/admin/roles/:role',
    {
      config: { auth: 'admin' },
      schema: {
        tags,
        operationId: 'deleteRole',
        summary: 'Delete a role and its assignments',
        description: 'The role’s assignments at every scope go with it; the audit log counts them.',
        params: RoleParams,
        response: { 204: Type.Null({ description: 'Deleted.' }), ...authErrors },
      },
    },
    async (request, reply) => {
      await ctx.permissions.deleteRole(callerOf(request), request.params.role);
      return reply.code(204).send(null);
    },
  );
};
