// /v0/auth/verify: a gateway (nginx auth_request, Traefik ForwardAuth, Envoy ext_authz) asks about the request it holds.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { principalOf } from '../../auth/actor.ts';
import { outcomeOf, refusalOfSpent } from '../../auth/plugin.ts';
import type { Principal } from '../../auth/principal.ts';
import { challengesFor, Refusal } from '../../auth/refusals.ts';
import type { AppContext, RoutesPlugin, TypedApp } from '../../context.ts';
import { ApiError } from '../../lib/errors.ts';
import { ErrorBody, ResourceRef } from '../../lib/schemas.ts';
import type { CheckOutcome } from '../access/projects.service.ts';
import { type Checked, isPermissionName, permissionDenied } from '../permissions/permissions.service.ts';
import { type OriginalAction, originalAction, setIdentity, viaOf } from './verify.headers.ts';

/** Gateways forward GET subrequests or the original method, so verify answers every one of them. */
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

const VerifyQuery = Type.Object(
  {
    project: Type.Optional(ResourceRef('project the original request is about (an access decision)')),
    action: Type.Optional(
      Type.Union([Type.Literal('read'), Type.Literal('write')], {
        description:
          'What the original request does to the project. Default: from the original method, read from the one header LATCHKEY_VERIFY_METHOD_HEADER names (X-Original-Method unless configured), or this request’s own method without it (GET, HEAD, OPTIONS read; anything else writes).',
      }),
    ),
    permission: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 129 }), {
        maxItems: 50,
        description:
          'Repeatable: permissions from the catalogue the caller must all hold (at `project` when given, tenant-wide otherwise). With it the permissions decide, not the project policy; a refusal is 403 `permission_denied` naming the missing one.',
      }),
    ),
    audience: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 2048,
        description:
          'The resource server this gateway protects (its identifier, RFC 8707): an app access token must carry it in `aud`. Without it, an access token must be for Latchkey’s own API (aud the issuer). Keys and sessions carry no audience and are not affected.',
      }),
    ),
    deny_status: Type.Optional(
      Type.Literal('403', {
        description:
          'Answer a spent rate limit or throttle with 403 instead of 429 (keeping Retry-After): nginx turns any status but 401 and 403 into a 500.',
      }),
    ),
  },
  { additionalProperties: false },
);

const IdentityHeaders = Type.Object({
  'x-latchkey-principal': Type.String({ description: '`user:<uuid>` or `app:<uuid>`.' }),
  'x-latchkey-user': Type.Optional(Type.String({ description: 'The user’s slug.' })),
  'x-latchkey-app': Type.Optional(Type.String({ description: 'The app’s client id.' })),
  'x-latchkey-email': Type.Optional(Type.String({ description: 'The user’s email.' })),
  'x-latchkey-credential': Type.String({
    description: '`<kind>:<uuid>`: how the caller came in, never the secret.',
  }),
  'x-latchkey-admin': Type.String({
    description: '`true` for a tenant administrator’s unrestricted credential; `false` for a restricted key.',
  }),
  'x-latchkey-restrictions': Type.Optional(
    Type.String({ description: 'A restricted key: `read_only` and/or `projects=<uuid>,…`.' }),
  ),
  'x-latchkey-via': Type.Optional(Type.String({ description: 'With `project`: the grants that decided.' })),
  'x-latchkey-permissions': Type.Optional(
    Type.String({ description: 'With `permission`: the permissions that were checked, comma-separated.' }),
  ),
});

const gatewayDenies403 = (request: FastifyRequest): boolean =>
  (request.query as { deny_status?: unknown } | undefined)?.deny_status === '403';

/**
 * The usual refusals, shaped for gateways: a project the caller cannot see is refused like one it may not
 * act on (403, not 404), a malformed or ambiguous credential is a 401 (nginx makes a 500 of a 400), and
 * with `deny_status=403` a spent budget is a 403 that keeps its Retry-After.
 */
function forGateway(error: FastifyError, request: FastifyRequest, withQuery: boolean): Error {
  if (!(error instanceof ApiError)) return error;
  if (error.status === 404)
    return new ApiError('forbidden', 'The project is not visible to this caller.', {
      'x-latchkey-via': 'none',
    });
  if (error.code === 'malformed_credential' || error.code === 'ambiguous_credentials') {
    const form = error instanceof Refusal ? error.form : undefined;
    const challenges = challengesFor(form, error.code === 'malformed_credential');
    return new ApiError(error.code, error.message, { 'www-authenticate': challenges, ...error.headers }, 401);
  }
  if (error.status === 429 && withQuery && gatewayDenies403(request))
    return new ApiError('forbidden', error.message, error.headers, 403);
  return error;
}

/**
 * On every answer, allowed or refused, so that no proxy cache outlives a revocation. Set in the handler
 * and the error handler rather than in an onRequest hook: one hook fewer on every request.
 */
const noStore = (reply: FastifyReply): FastifyReply => reply.header('cache-control', 'no-store');

/** 200 and the identity headers; sent once the use is spent (`spendAndSend`). */
function allow(reply: FastifyReply, principal: Principal): void {
  // Nothing is returned: a reply is a thenable that settles only once sent, and this one is not sent yet.
  setIdentity(reply, principal);
  noStore(reply).code(200);
}

/**
 * An allowed request spends one use of a limited credential (`X-Latchkey-Remaining`), only now that every
 * check passed; with none left the answer is the pipeline's 429 `usage_exhausted`.
 */
function spendAndSend(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply | Promise<FastifyReply> {
  // A refusal carries no identity: the 429 of a spent limit, or the 503 of a counter that cannot be asked.
  const refuse = (refusal: unknown): never => {
    for (const name of Object.keys(reply.getHeaders()))
      if (name.startsWith('x-latchkey-')) reply.removeHeader(name);
    throw refusal;
  };
  let spent: ReturnType<AppContext['limits']['spend']>;
  try {
    spent = ctx.limits.spend(principalOf(request));
  } catch (failed) {
    return refuse(failed);
  }
  if (spent === undefined) return reply.send();
  const decide = (settled: Parameters<typeof refusalOfSpent>[1]) => {
    const refusal = refusalOfSpent(reply, settled);
    return refusal ? refuse(refusal) : reply.send();
  };
  return spent instanceof Promise ? spent.then(decide, refuse) : decide(spent);
}

function decided(reply: FastifyReply, principal: Principal, checked: CheckOutcome): void {
  const via = viaOf(checked.decision.via);
  if (!checked.allowed)
    throw new ApiError(
      'forbidden',
      `The caller’s policy on the project is ${checked.decision.policy ?? 'none'}, which does not allow this action.`,
      { 'x-latchkey-via': via },
    );
  reply.header('x-latchkey-via', via);
  allow(reply, principal);
}

/**
 * With `permission=`: every one must be held (at the project when named), through the key's restrictions.
 * Answered in this turn when this credential asked the same before (the permissions cache keeps it).
 */
function permitted(
  ctx: AppContext,
  reply: FastifyReply,
  principal: Principal,
  asked: string[],
  project: string | undefined,
): void | Promise<void> {
  const malformed = asked.find((name) => !isPermissionName(name));
  if (malformed !== undefined)
    throw new ApiError(
      'invalid_request',
      `querystring.permission: "${malformed}" is not a permission name (resource:action).`,
    );
  if (project === undefined && principal.restrictions?.projects)
    throw new ApiError(
      'forbidden',
      'This API key is restricted to some projects (scopes.projects): verify it with ?project=.',
    );
  const checked = ctx.permissions.check(principal, asked, project);
  return checked instanceof Promise
    ? checked.then((fresh) => held(reply, principal, asked, fresh))
    : held(reply, principal, asked, checked);
}

function held(
  reply: FastifyReply,
  principal: Principal,
  asked: string[],
  { outcome, project }: Checked,
): void {
  if (!outcome.allowed)
    throw permissionDenied(outcome, project ? `on project "${project.slug}"` : 'tenant-wide');
  reply.header('x-latchkey-permissions', asked.join(','));
  allow(reply, principal);
}

/** The resource server the gateway protects, as it names it. */
const audienceOf = (request: FastifyRequest): string | undefined =>
  (request.query as { audience?: string } | undefined)?.audience;

function verify(
  ctx: AppContext,
  original: OriginalAction,
  request: FastifyRequest,
  reply: FastifyReply,
  withQuery: boolean,
) {
  const principal = principalOf(request);
  const query = withQuery ? (request.query as { project?: string; permission?: string[] }) : {};
  const project = query.project;
  if (query.permission !== undefined && query.permission.length > 0)
    return permitted(ctx, reply, principal, query.permission, project);
  if (project === undefined) {
    // A project-limited key reaches only its projects: a gateway that names none gets a refusal.
    if (principal.restrictions?.projects)
      throw new ApiError(
        'forbidden',
        'This API key is restricted to some projects (scopes.projects): verify it with ?project=.',
      );
    return allow(reply, principal);
  }
  // The same decision as POST /v0/access/check, answered in this turn when the access cache is warm.
  const checked = ctx.projects.check(principal, { project, action: original.ofQuery(request) });
  return checked instanceof Promise
    ? checked.then((outcome) => decided(reply, principal, outcome))
    : decided(reply, principal, checked);
}

/** The verify answer, counted in the usage history as the credential's outcome: allowed, or the refusal's code. */
function counted<T>(ctx: AppContext, request: FastifyRequest, answer: () => T | Promise<T>): T | Promise<T> {
  const usage = ctx.usageRecorder;
  if (usage === undefined) return answer();
  const principal = principalOf(request);
  const refused = (error: unknown): never => {
    usage.decided(principal, outcomeOf(error), request.ip);
    throw error;
  };
  let answered: T | Promise<T>;
  try {
    answered = answer();
  } catch (error) {
    return refused(error);
  }
  if (!(answered instanceof Promise)) {
    usage.decided(principal, 'accepted', request.ip);
    return answered;
  }
  return answered.then((value) => {
    usage.decided(principal, 'accepted', request.ip);
    return value;
  }, refused);
}

const DESCRIPTION =
  'For nginx `auth_request`, Traefik ForwardAuth and Envoy `ext_authz` (docs/gateways.md). Authenticates the credential of the original request in any accepted form, through the same pipeline, cache, throttle and rate limit as every route. Allowed: exactly 200 with no body and `X-Latchkey-*` identity headers. Refused: 401 (with `WWW-Authenticate`), 403 (an access decision denied, or a restricted key), 429 (or 403 with `deny_status=403`) with `Retry-After`. Every answer is `Cache-Control: no-store`. The same check answers GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS (each its own operation), at /v0/auth/verify and at `/v0/auth/verify/<original path>` (Envoy’s `path_prefix`), whose path and query are the original request’s and are not read: no access decision, no `deny_status` there.';

const RESPONSES = {
  200: { description: 'Allowed.', headers: IdentityHeaders, type: 'null' },
  400: ErrorBody,
  401: ErrorBody,
  403: {
    ...ErrorBody,
    headers: {
      'x-latchkey-via': Type.String({
        description:
          'With `project`: the grants that decided, or `none` for a project the caller cannot see.',
      }),
      'Retry-After': Type.Integer({
        minimum: 0,
        description: 'With `deny_status=403`: seconds to wait, for a spent budget or throttle.',
      }),
    },
  },
  429: {
    ...ErrorBody,
    headers: {
      'Retry-After': Type.Integer({
        minimum: 0,
        description: 'Seconds until the budget or the usage limit refills.',
      }),
    },
  },
};

/** The original path, as Envoy's path_prefix appends it; not read. */
const WildcardParams = Type.Object({
  '*': Type.String({
    description: 'The original request’s path (and query), appended by the gateway; not read.',
  }),
});

/** One operation per method and path: `verifyRequest` for GET on /v0/auth/verify, `verifyPostRequest`, `verifyPostPathRequest`, … */
const operationIdOf = (method: string, withQuery: boolean): string => {
  const verb = method === 'GET' ? '' : `${method[0]}${method.slice(1).toLowerCase()}`;
  return `verify${verb}${withQuery ? '' : 'Path'}Request`;
};

export const verifyRoutes: RoutesPlugin = (app: TypedApp, ctx) => {
  const original = originalAction(ctx.config.verifyMethodHeader);
  // A gateway may forward any body with any content type; verify reads none of it.
  app.register((scoped, _options, done) => {
    scoped.removeAllContentTypeParsers();
    scoped.addContentTypeParser('*', (_request, _payload, parsed) => parsed(null, undefined));
    const declare = (method: string, withQuery: boolean) =>
      scoped.route({
        method,
        url: withQuery ? '/v0/auth/verify' : '/v0/auth/verify/*',
        // HEAD is an operation of its own, like every other method.
        exposeHeadRoute: false,
        // Who: any credential. What: verify itself changes nothing (`does`), but a read-only key is held to
        // the original request's action (`doesOf`), so it is refused a write whatever method verify got.
        config: {
          auth: {
            who: 'any',
            does: 'read',
            perProject: true,
            doesOf: withQuery ? original.ofQuery : original.ofMethod,
            // The answer is decided here as much as in the pipeline (permissions, project access).
            recordsOutcome: true,
            // An app access token must be for the resource server `audience=` names (RFC 8707).
            audienceOf: withQuery ? audienceOf : undefined,
          },
        },
        schema: {
          operationId: operationIdOf(method, withQuery),
          tags: ['auth'],
          summary: withQuery
            ? `Verify a gateway’s ${method} request: 200 with identity headers, or the refusal`
            : `Verify a gateway’s ${method} request, its path appended (Envoy): 200 with identity headers, or the refusal`,
          description: DESCRIPTION,
          ...(withQuery ? { querystring: VerifyQuery } : { params: WildcardParams }),
          response: RESPONSES,
        },
        errorHandler: (error: FastifyError, request, reply) => {
          noStore(reply);
          return app.errorHandler(forGateway(error, request, withQuery) as FastifyError, request, reply);
        },
        handler: (request, reply) =>
          counted(ctx, request, () => {
            const allowed = verify(ctx, original, request, reply, withQuery);
            return allowed instanceof Promise
              ? allowed.then(() => spendAndSend(ctx, request, reply))
              : spendAndSend(ctx, request, reply);
          }),
      });
    // Envoy's HTTP ext_authz appends the original path (and query) to its path_prefix: the wildcard.
    for (const withQuery of [true, false]) for (const method of METHODS) declare(method, withQuery);
    done();
  });
};
