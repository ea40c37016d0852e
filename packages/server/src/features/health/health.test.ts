// /healthz and /readyz.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startTestServer } from '../../test/harness.ts';

test('healthz answers while the process is up; readyz reports the database', async () => {
  const s = await startTestServer('sqlite');
  assert.deepEqual((await s.app.inject({ method: 'GET', url: '/healthz' })).json(), { status: 'ok' });
  assert.deepEqual((await s.app.inject({ method: 'GET', url: '/readyz' })).json(), { status: 'ready' });
  await s.ctx.db.destroy();
  const down = await s.app.inject({ method: 'GET', url: '/readyz' });
  assert.equal(down.statusCode, 503);
  assert.equal((await s.app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
  await s.app.close();
});
