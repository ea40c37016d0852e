// The apps `logger.bench.ts` compares, in one process: the same route in a Fastify given no logger, configured as
// Latchkey configures it below debug, and given a logger as Latchkey did before. Each listens on its own port.
import Fastify, { type FastifyInstance, type FastifyServerOptions, LogController } from 'fastify';
import { requestIdGenerator } from '../packages/server/src/app.ts';
import { createLogger, deferredChildLogger } from '../packages/server/src/lib/logger.ts';
import { type Answer, registerReferences } from './reference-routes.ts';

export const SECRET = 'bench-secret-value';
export const APPS = ['no logger', 'as Latchkey, below debug', 'given a logger'] as const;

const log = createLogger({ logLevel: 'info' });
const latchkey = { requestIdHeader: 'x-request-id', genReqId: requestIdGenerator() };
const OPTIONS: Record<(typeof APPS)[number], FastifyServerOptions> = {
  'no logger': { logger: false },
  'as Latchkey, below debug': {
    ...latchkey,
    logger: false,
    logController: new LogController({ disableRequestLogging: true }),
    childLoggerFactory: deferredChildLogger(log),
  },
  'given a logger': {
    ...latchkey,
    loggerInstance: log,
    logController: new LogController({ disableRequestLogging: true }),
    childLoggerFactory: deferredChildLogger(),
  },
};

/** The hot path's limit route (bench/reference-routes.ts), answering with a whoami-like body. */
const answers: Record<string, Answer> = {
  whoami: {
    status: 200,
    headers: {},
    body: { kind: 'user', id: '0193b6a8-0000-7000-8000-000000000000', email: 'bench@example.com' },
    secret: SECRET,
  },
};

/** Serves the apps on PORT and the ports after it, when the bench starts this file (it also imports the names). */
async function serve(port: number): Promise<void> {
  for (const [i, name] of APPS.entries()) {
    const app = Fastify(OPTIONS[name]) as unknown as FastifyInstance;
    registerReferences(app, answers);
    app.get('/', () => ({ ready: true }));
    await app.listen({ host: '127.0.0.1', port: port + i });
  }
}

if (process.env.LOGGER_APPS === 'serve') await serve(Number(process.env.PORT));
