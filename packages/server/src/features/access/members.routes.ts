// The member routes an organisation and a team share: list the members, add one or change its role, remove one.
import { Type } from 'typebox';
import { callerOf, principalOf } from '../../auth/actor.ts';
import type { TypedApp } from '../../context.ts';
import { pageHeaders, pageQuery, pageRequest } from '../../lib/pagination.ts';
import { authErrors, ResourceRef } from '../../lib/schemas.ts';
import type { AccessService } from './access.service.ts';
import { MemberBody, MemberJson, memberJson } from './access.view.ts';

const PageOnly = Type.Object({ ...pageQuery }, { additionalProperties: false });
const tags = ['access'];

interface Documented {
  summary: string;
  description: string;
}

export interface MembersOf {
  /** The path parameter that names the organisation or team, e.g. `org`. */
  param: string;
  /** The group's own path, e.g. `/v0/orgs/:org`; the member routes sit below it. */
  path: string;
  operationIds: { list: string; put: string; remove: string };
  docs: { list: Documented; put: Documented; remove: Documented };
  // The organisation's and the team's methods take and return the same shapes.
  list: AccessService['listOrgMembers'];
  add: AccessService['addOrgMember'];
  remove: AccessService['removeOrgMember'];
}

/** A path parameter the route's schema has already required (the group's is named at run time). */
function pathParam(params: Record<string, string | undefined>, name: string): string {
  const value = params[name];
  if (value === undefined) throw new Error(`The route has no :${name} parameter.`);
  return value;
}

export function memberRoutes(app: TypedApp, of: MembersOf): void {
  const GroupParams = Type.Object({ [of.param]: ResourceRef(of.param) });
  const MemberParams = Type.Object({
    [of.param]: ResourceRef(of.param),
    id: ResourceRef('member (user or app)'),
  });

  app.get(
    `${of.path}/members`,
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: of.operationIds.list,
        description: of.docs.list.description,
        summary: of.docs.list.summary,
        params: GroupParams,
        querystring: PageOnly,
        response: { 200: Type.Array(MemberJson), ...authErrors },
      },
    },
    async (request, reply) => {
      const page = pageRequest(request.query);
      const { rows, total } = await of.list(principalOf(request), pathParam(request.params, of.param), page);
      reply.headers(pageHeaders(request.url, page, total));
      return rows.map(memberJson);
    },
  );

  app.post(
    `${of.path}/members`,
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: of.operationIds.put,
        summary: of.docs.put.summary,
        description: of.docs.put.description,
        params: GroupParams,
        body: MemberBody,
        response: { 200: MemberJson, 201: MemberJson, ...authErrors },
      },
    },
    async (request, reply) => {
      const { member, created } = await of.add(callerOf(request), pathParam(request.params, of.param), {
        ...request.body,
        role: request.body.role ?? 'member',
      });
      return reply
        .status(created ? 201 : 200)
        .send(memberJson({ memberType: member.type, memberId: member.id, ...member }));
    },
  );

  app.delete(
    `${of.path}/members/:id`,
    {
      config: { auth: 'any' },
      schema: {
        tags,
        operationId: of.operationIds.remove,
        description: of.docs.remove.description,
        summary: of.docs.remove.summary,
        params: MemberParams,
        response: { 204: Type.Null(), ...authErrors },
      },
    },
    async (request, reply) => {
      await of.remove(
        callerOf(request),
        pathParam(request.params, of.param),
        pathParam(request.params, 'id'),
      );
      return reply.status(204).send(null);
    },
  );
}
