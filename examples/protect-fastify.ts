// A resource server whose /hello needs a Latchkey credential: LATCHKEY_URL, and PORT (default 3000) on 127.0.0.1.

import { createVerifier, latchkeyFastify } from '@latchkey/sdk/verifier';
import Fastify from 'fastify';

const url = process.env.LATCHKEY_URL;
if (!url) {
  console.error('set LATCHKEY_URL to the Latchkey server');
  process.exit(2);
}
const verifier = createVerifier({ url });
const app = Fastify();
app.get('/health', async () => ({ ok: true }));
await app.register(async (api) => {
  await api.register(latchkeyFastify, { verifier });
  api.get('/hello', async (request) => {
    const who = request.latchkey;
    return { hello: who?.clientId ?? who?.slug ?? who?.id, type: who?.type };
  });
});
const address = await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 3000) });
console.log(`listening on ${address}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void app.close());
