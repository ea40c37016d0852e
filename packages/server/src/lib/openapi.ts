// The OpenAPI 3.1 document, built from the route schemas, served at /v0/openapi.json and browsable at /v0/docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { SECURITY_SCHEMES } from '../auth/security.ts';

export const OPENAPI_INFO = {
  title: 'Latchkey API',
  version: '0.1.0',
  description:
    'Self-hosted credential server: sessions, user API keys, apps with OAuth2 client credentials, OIDC federation.',
};

/** Where the browsable documentation is served (its routes are the swagger-ui plugin's, all public). */
export const DOCS_PREFIX = '/v0/docs';

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: OPENAPI_INFO,
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    hideUntagged: true,
  });
  await app.register(swaggerUi, { routePrefix: DOCS_PREFIX, uiConfig: { docExpansion: 'list' } });
  app.get('/v0/openapi.json', { config: { auth: 'none' }, schema: { hide: true } }, () => app.swagger());
}
