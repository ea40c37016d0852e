// The hot path's references (bench/README.md) in a bare Fastify process of their own (bench/reference-routes.ts).
import Fastify from 'fastify';
import { type Answer, registerReferences } from './reference-routes.ts';

const app = Fastify({ logger: false });
registerReferences(app, JSON.parse(process.env.REF_ANSWERS ?? '{}') as Record<string, Answer>);
app.get('/', () => ({ ready: true }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
