// The reference: a bare Fastify hello-world, run as its own process so it gets the same core as ours.
import Fastify from 'fastify';

// HELLO_BODY (JSON) replaces the greeting, to tell the cost of a larger response from the cost of our work.
const body: unknown = process.env.HELLO_BODY ? JSON.parse(process.env.HELLO_BODY) : { hello: 'world' };
const app = Fastify({ logger: false });
app.get('/', () => body);
// HELLO_POST=1 adds `POST /` that parses and validates a JSON body as the access check's (and answers the
// same): the least any JSON POST endpoint costs here, for reading the access check's figure.
if (process.env.HELLO_POST === '1') {
  const schema = {
    type: 'object',
    required: ['project', 'action'],
    properties: { project: { type: 'string' }, action: { enum: ['read', 'write', 'admin'] } },
  };
  app.post('/', { schema: { body: schema } }, () => body);
}
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
