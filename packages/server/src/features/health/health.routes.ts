// Liveness (/healthz) and readiness (/readyz: the database answers).
import { Type } from 'typebox';
import type { RoutesPlugin } from '../../context.ts';
import { isReachable } from '../../db/database.ts';

const Status = Type.Object({ status: Type.String() });

export const healthRoutes: RoutesPlugin = (app, ctx) => {
  app.get(
    '/healthz',
    {
      config: { auth: 'none' },
      schema: {
        tags: ['health'],
        operationId: 'getHealth',
        summary: 'The process is up',
        response: { 200: Status },
      },
    },
    () => ({ status: 'ok' }),
  );
  app.get(
    '/readyz',
    {
      config: { auth: 'none' },
      schema: {
        tags: ['health'],
        operationId: 'getReadiness',
        summary: 'The database is reachable',
        response: { 200: Status, 503: Status },
      },
    },
    async (_request, reply) =>
      (await isReachable(ctx.db))
        ? { status: 'ready' }
        : reply.status(503).send({ status: 'database unreachable' }),
  );
};
