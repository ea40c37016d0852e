// Logging and the hot path: a line as each request arrives and completes only at debug and trace. Below that,
// Fastify has no logger of its own and so attaches nothing to a response, while its lines and Latchkey's still
// reach the process's logger.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import type { RoutesPlugin } from './context.ts';
import { startTestServer } from './test/harness.ts';

const PATH = '/v0/test-only/finish-listeners';
const finishListeners: RoutesPlugin = (app) => {
  app.get(PATH, { config: { auth: { who: 'none' } } }, async (_request, reply) => ({
    finish: reply.raw.listenerCount('finish'),
  }));
};

/** A server at `level`, one request to the route and one refused whoami: the lines logged and what the route saw. */
async function served(level: string) {
  const lines: Record<string, unknown>[] = [];
  const logStream = new PassThrough();
  logStream.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
  });
  const s = await startTestServer('sqlite', {
    env: { LATCHKEY_LOG_LEVEL: level },
    logStream,
    routes: [finishListeners],
  });
  try {
    const url = await s.listen();
    const answer = await fetch(`${url}${PATH}`);
    const { finish } = (await answer.json()) as { finish: number };
    const refused = await fetch(`${url}/v0/auth/whoami`, { headers: { authorization: 'Bearer nonsense' } });
    assert.equal(refused.status, 401);
    return { lines, finish, messages: lines.map((line) => line.msg) };
  } finally {
    await s.close();
  }
}

test('below debug, Fastify attaches no listener to a response, and every line still reaches the logger', async () => {
  const info = await served('info');
  const debug = await served('debug');
  assert.equal(info.finish, debug.finish - 1, 'debug times each response with one listener more');
  assert.ok(!info.messages.includes('incoming request'), JSON.stringify(info.messages));
  assert.ok(!info.messages.includes('request completed'), JSON.stringify(info.messages));
  for (const { messages } of [info, debug]) {
    // Fastify's own line, and a request's (the refusal is logged by the pipeline through request.log).
    assert.ok(
      messages.some(
        (msg) => typeof msg === 'string' && msg.startsWith('Server listening at http://127.0.0.1:'),
      ),
      JSON.stringify(messages),
    );
    assert.ok(messages.includes('authentication refused'), JSON.stringify(messages));
  }
  const completed = debug.lines.filter((line) => line.msg === 'request completed');
  assert.equal(completed.length, 2, JSON.stringify(debug.messages));
  const refusal = info.lines.find((line) => line.msg === 'authentication refused');
  assert.equal(typeof refusal?.reqId, 'string', 'a request line carries its request id');
});
