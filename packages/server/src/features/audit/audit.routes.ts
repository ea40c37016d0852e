// /v0/admin/audit (every event, filtered; NDJSON export; the chain verified) and /v0/audit (one object's history).
import { Readable } from 'node:stream';
import { Type } from 'typebox';
import { principalOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { pageHeaders, pageQuery, pageRequest } from '../../lib/pagination.ts';
import { authErrors, Timestamp } from '../../lib/schemas.ts';
import { adminFilter, parseTarget, timeWindow } from './audit.query.ts';
import { visibleTargetId } from './audit.targets.ts';
import { AuditEventJson, auditEventJson } from './audit.view.ts';

const ChainVerdictJson = Type.Object({
  intact: Type.Boolean(),
  events: Type.Integer({ description: 'Events that verify (before the broken one, if any).' }),
  head: Type.Union([Type.Object({ seq: Type.Integer(), hash: Type.String() }), Type.Null()], {
    description:
      'The last event and its hash, to keep elsewhere: a later verify proves nothing before it changed.',
  }),
  broken: Type.Union(
    [
      Type.Object({
        seq: Type.Integer(),
        uuid: Type.Union([Type.String(), Type.Null()]),
        problem: Type.String(),
      }),
      Type.Null(),
    ],
    { description: 'The first event that does not verify, and why.' },
  ),
});

const direction = Type.Optional(
  Type.Union([Type.Literal('asc'), Type.Literal('desc')], {
    default: 'desc',
    description: 'desc (the default): newest first; asc: in chain order.',
  }),
);
const window = {
  since: Type.Optional(Timestamp),
  until: Type.Optional({ ...Timestamp, description: 'Exclusive.' }),
};
const filters = {
  ...window,
  actor: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 254,
      description: 'A user or app: UUID, slug, email or client id.',
    }),
  ),
  action: Type.Optional(
    Type.String({ minLength: 1, maxLength: 64, description: 'An action (key.revoked) or a type (key.*).' }),
  ),
  target: Type.Optional(
    Type.String({ minLength: 1, maxLength: 128, description: 'TYPE or TYPE:ID, e.g. key or key:<uuid>.' }),
  ),
};
const AdminQuery = Type.Object({ ...pageQuery, direction, ...filters }, { additionalProperties: false });
const ExportQuery = Type.Object(filters, { additionalProperties: false });
const HistoryQuery = Type.Object(
  {
    ...pageQuery,
    direction,
    ...window,
    target: Type.String({
      minLength: 3,
      maxLength: 128,
      description: 'TYPE:REF of an object you can see, e.g. key:<uuid>, user:<slug>, project:<slug>.',
    }),
  },
  { additionalProperties: false },
);

export const auditRoutes: RoutesPlugin = (app, ctx) => {
  app.get(
    '/v0/admin/audit',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['admin'],
        operationId: 'listAuditEvents',
        description:
          'Lists audit events, paginated, filtered by actor, action, target and time range. Administrators only.',
        summary: 'The audit log, filtered',
        querystring: AdminQuery,
        response: { 200: Type.Array(AuditEventJson), ...authErrors },
      },
    },
    async (request, reply) => {
      const page = pageRequest({ ...request.query, direction: request.query.direction ?? 'desc' });
      const { rows, total } = await ctx.audit.list(page, await adminFilter(ctx, request.query));
      reply.headers(pageHeaders(request.url, page, total));
      return rows.map(auditEventJson);
    },
  );

  app.get(
    '/v0/admin/audit/export',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['admin'],
        operationId: 'exportAuditLog',
        description:
          'Streams the audit log as NDJSON, one event a line in chain order, filtered like the list. Administrators only.',
        summary: 'Export the audit log as NDJSON (one event a line, in chain order)',
        querystring: ExportQuery,
        response: {
          200: {
            description: 'One event (as in GET /v0/admin/audit) per line.',
            content: { 'application/x-ndjson': { schema: Type.String() } },
            headers: {
              'Content-Disposition': Type.String({
                description: '`attachment; filename="latchkey-audit.ndjson"`: a browser saves it as a file.',
              }),
            },
          },
          ...authErrors,
        },
      },
    },
    async (request, reply) => {
      const filter = await adminFilter(ctx, request.query);
      const lines = async function* () {
        for await (const row of ctx.audit.export(filter)) yield `${JSON.stringify(auditEventJson(row))}\n`;
      };
      reply.type('application/x-ndjson');
      reply.header('content-disposition', 'attachment; filename="latchkey-audit.ndjson"');
      // A stream, not the string the typed reply expects: its schema describes the NDJSON text.
      return reply.send(Readable.from(lines()) as unknown as string);
    },
  );

  app.get(
    '/v0/admin/audit/verify',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['audit'],
        operationId: 'verifyAuditChain',
        description:
          'Walks the whole hash chain of the audit log and answers whether it is intact, naming the first broken link when it is not. Administrators only.',
        summary: 'Walk the whole hash chain, as `latchkey audit verify` does, and name the first broken link',
        response: { 200: ChainVerdictJson, ...authErrors },
      },
    },
    async () => {
      const verdict = await ctx.audit.verify();
      return verdict.ok
        ? { intact: true, events: verdict.events, head: verdict.head, broken: null }
        : {
            intact: false,
            events: verdict.events,
            head: null,
            broken: { seq: verdict.seq, uuid: verdict.id, problem: verdict.problem },
          };
    },
  );

  app.get(
    '/v0/audit',
    {
      config: { auth: 'any' },
      schema: {
        tags: ['audit'],
        operationId: 'listObjectHistory',
        description:
          'Lists the audit events about one object the caller can see (a key, an app, a project...).',
        summary: 'The history of one object you can see',
        querystring: HistoryQuery,
        response: { 200: Type.Array(AuditEventJson), ...authErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { type, ref } = parseTarget(request.query.target, true);
      const targetId = await visibleTargetId(ctx, principal, type, ref ?? '');
      const page = pageRequest({ ...request.query, direction: request.query.direction ?? 'desc' });
      const { rows, total } = await ctx.audit.list(page, {
        ...timeWindow(request.query),
        targetType: type,
        targetId,
      });
      reply.headers(pageHeaders(request.url, page, total));
      return rows.map(auditEventJson);
    },
  );
};
