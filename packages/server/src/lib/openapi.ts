// The OpenAPI 3.1 document, built from the route schemas, served at /v0/openapi.json and browsable at /v0/docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

export const OPENAPI_INFO = {
  title: 'Latchkey API',
  version: '0.1.0',
  description:
    'Self-hosted credential server: sessions, user API keys, apps with OAuth2 client credentials, OIDC federation.',
};

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: OPENAPI_INFO,
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description:
              'A user API key (lk_user_…), a session token, or an id token from a trusted identity provider.',
          },
        },
      },
    },
    hideUntagged: true,
  });
  await app.register(swaggerUi, { routePrefix: '/v0/docs', uiConfig: { docExpansion: 'list' } });
  app.get('/v0/openapi.json', { schema: { hide: true } }, () => app.swagger());
}
