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
        description:
          'Answers 200 while the process is serving requests, without touching the database. For liveness probes: a failure means the process should be restarted.',
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
        description:
          'Answers 200 when the database answers a query and 503 when it does not. For readiness probes and load balancers: send traffic only to an instance that is ready.',
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
