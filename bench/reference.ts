// The hot path's references (bench/README.md) in a bare Fastify process of their own (bench/reference-routes.ts).
import Fastify from 'fastify';
import { type Answer, registerReferences } from './reference-routes.ts';

// REF_IMPORT_LATCHKEY=1 (process-cost.bench.ts): first load the modules bench/reference-in-latchkey.ts loads, in its
// order, and run none of them: what loading Latchkey's code costs this process, apart from building and running it.
if (process.env.REF_IMPORT_LATCHKEY === '1') {
  await import('../packages/server/src/lib/tick-object-maps.ts');
  await Promise.all([
    import('../packages/server/src/app.ts'),
    import('../packages/server/src/db/database.ts'),
    import('../packages/server/src/secrets/keyring.ts'),
    import('../packages/server/src/secrets/master-key-source.ts'),
  ]);
}

const app = Fastify({ logger: false });
// REF_BUSY_US (kernel-share.bench.ts): user-space work added to every request, a busy wait of that many µs.
const busyNs = BigInt(Math.round(1000 * Number(process.env.REF_BUSY_US ?? 0)));
if (busyNs > 0n)
  app.addHook('onRequest', (_request, _reply, done) => {
    const until = process.hrtime.bigint() + busyNs;
    while (process.hrtime.bigint() < until);
    done();
  });
registerReferences(app, JSON.parse(process.env.REF_ANSWERS ?? '{}') as Record<string, Answer>);
app.get('/', () => ({ ready: true }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
