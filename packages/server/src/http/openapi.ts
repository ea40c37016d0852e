// The OpenAPI 3.1 document, built from the route schemas, served at /v0/openapi.json and browsable at /v0/docs.
import swagger, { type FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifySchema, RouteOptions } from 'fastify';
import { cspOf, pageHeaders } from '../lib/page-headers.ts';
import { componentSchemas } from '../lib/schemas.ts';
import { type DocumentedRequirement, describeResponses } from './openapi-responses.ts';

export const OPENAPI_INFO = {
  title: 'Latchkey API',
  version: '0.1.0',
  description:
    'Self-hosted credential server: sessions, user API keys, apps with OAuth2 client credentials, OIDC federation.\n\n' +
    'Beside its operations, every path answers `OPTIONS` with 204 and `Allow` (RFC 9110 §9.3.7), and a method it does not answer with 405 `method_not_allowed` and `Allow` (§15.5.6), in the `Error` body (or `Problem` when Accept asks for application/problem+json); a path no operation has is 404 `not_found`. A body the server cannot read (malformed JSON, too large, another Content-Type) is refused with 400, 413 or 415 before any route is chosen.',
  license: { name: 'Apache License 2.0', identifier: 'Apache-2.0' },
  // Each server serves this document about itself: whoever runs it answers for it.
  contact: { name: 'The administrators of this Latchkey server' },
};

/** The document is served by each server about itself: its operations are relative to where it is read. */
export const OPENAPI_SERVERS = [{ url: '/', description: 'The Latchkey server that serves this document.' }];

export const OPENAPI_TAGS = [
  { name: 'health', description: 'Liveness and readiness, for load balancers and orchestrators.' },
  {
    name: 'auth',
    description: 'Signing in and out, session keys, and who the caller is (whatever credential it presents).',
  },
  { name: 'users', description: 'People: accounts, profiles, suspension.' },
  {
    name: 'keys',
    description:
      'Personal API keys: created, listed, renamed and revoked by their owner (or an administrator).',
  },
  { name: 'admin', description: 'Site administration: every key, the key policy, the audit log.' },
  {
    name: 'apps',
    description: 'Registered integrations: manifests, configuration, client secrets and their lifecycle.',
  },
  {
    name: 'oauth',
    description:
      'OAuth2 for apps: client credentials tokens (RFC 6749), introspection (RFC 7662), revocation (RFC 7009), metadata (RFC 8414) and the JWKS; device sign-in for the CLI (RFC 8628).',
  },
  {
    name: 'device sign-in',
    description: 'The console’s side of a device sign-in (RFC 8628): look up a code, approve or deny it.',
  },
  {
    name: 'identity providers',
    description: 'OpenID Connect providers whose id tokens Latchkey accepts (federation).',
  },
  {
    name: 'resources',
    description:
      'Resource servers (RFC 8707) apps may obtain tokens for with `resource=`, and the apps limited to some.',
  },
  { name: 'access', description: 'Organisations, teams, projects, collaborators and the access check.' },
  {
    name: 'permissions',
    description:
      'The permissions the platform defines, roles (sets of them) and role assignments at a scope.',
  },
  { name: 'audit', description: 'The history of an object, from the tamper-evident audit log.' },
  {
    name: 'webhooks',
    description: 'Endpoints that receive events, signed with Standard Webhooks, and their delivery logs.',
  },
  {
    name: 'security',
    description: 'Revoking leaked credentials: the public report endpoint and GitHub secret scanning.',
  },
  { name: 'console', description: 'The web console’s own session, held in a cookie.' },
];

/** Where the browsable documentation is served (its routes are the swagger-ui plugin's, all public). */
export const DOCS_PREFIX = '/v0/docs';

/**
 * Swagger UI loads only its own files and this server's document; "Try it out" calls this server. It is
 * never framed (a framed page with a credential form invites clickjacking). Its bundle injects one <style>
 * element, so styles (never scripts) may be inline.
 */
export const DOCS_CSP = cspOf([
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
]);

const DOCS_HEADERS = pageHeaders(DOCS_CSP);

/** A trailing wildcard (`/v0/auth/verify/*`) is documented as the path parameter `path`: OpenAPI names every one. */
export const documentedPath = (url: string): string => url.replace(/\/\*$/, '/{path}');

function wildcardAsPath(schema: FastifySchema): FastifySchema {
  const params = schema.params as { properties?: Record<string, unknown>; required?: string[] } | undefined;
  const wildcard = params?.properties?.['*'];
  if (!params || wildcard === undefined) return schema;
  const { '*': _, ...others } = params.properties ?? {};
  return {
    ...schema,
    params: {
      ...params,
      properties: { ...others, path: wildcard },
      required: ['path', ...(params.required ?? []).filter((name) => name !== '*')],
    },
  };
}

type SecuritySchemes = NonNullable<
  NonNullable<NonNullable<FastifyDynamicSwaggerOptions['openapi']>['components']>['securitySchemes']
>;

/** What the document takes from the auth layer: its security schemes and each route's declaration. */
export interface OpenApiAuth {
  securitySchemes: SecuritySchemes;
  requirementOf: (route: Pick<RouteOptions, 'method' | 'url' | 'config'>) => DocumentedRequirement;
}

export async function registerOpenApi(app: FastifyInstance, auth: OpenApiAuth): Promise<void> {
  for (const schema of componentSchemas()) app.addSchema(schema);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: OPENAPI_INFO,
      servers: OPENAPI_SERVERS,
      tags: OPENAPI_TAGS,
      components: { securitySchemes: auth.securitySchemes },
    },
    hideUntagged: true,
    // Named schemas keep their names in components.schemas (the default would number them).
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
    // Descriptions and response headers are documentation only: the routes' own schemas are left as they are.
    transform: ({ schema, url, route }) => {
      if (!schema || route.config?.auth === undefined) return { schema, url };
      return {
        schema: wildcardAsPath(describeResponses(schema, auth.requirementOf(route), route.method)),
        url: documentedPath(url),
      };
    },
  });
  // Every response of the documentation pages, its static files included, carries the page headers.
  await app.register(async (docs) => {
    docs.addHook('onRequest', async (_request, reply) => {
      reply.headers(DOCS_HEADERS);
    });
    // Deep links (/v0/docs#/apps) let the console point at the section a page is about.
    await docs.register(swaggerUi, {
      routePrefix: DOCS_PREFIX,
      uiConfig: { docExpansion: 'list', deepLinking: true },
    });
  });
  app.get('/v0/openapi.json', { config: { auth: 'none' }, schema: { hide: true } }, () => app.swagger());
}
