// The console's pages: served from the build with a strict CSP, a single-page fallback, and / redirecting.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '../../test/harness.ts';

describe('console pages', () => {
  let s: TestServer;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'latchkey-console-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><title>Latchkey console</title><div id="root"></div>',
    );
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    s = await startTestServer('sqlite', { env: { LATCHKEY_CONSOLE_DIR: dir } });
  });
  after(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string) => s.app.inject({ method: 'GET', url });

  test('/ redirects to /console/', async () => {
    const response = await get('/');
    assert.equal(response.statusCode, 302);
    assert.equal(response.headers.location, '/console/');
  });

  test('the console page carries a strict Content-Security-Policy and no-framing headers', async () => {
    for (const url of ['/console', '/console/']) {
      const response = await get(url);
      assert.equal(response.statusCode, 200, url);
      assert.match(String(response.headers['content-type']), /^text\/html/);
      const csp = String(response.headers['content-security-policy']);
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'), csp);
      assert.equal(response.headers['x-frame-options'], 'DENY');
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.equal(response.headers['referrer-policy'], 'no-referrer');
      assert.match(response.body, /Latchkey console/);
    }
  });

  test('any console path is the single-page app; assets are served by their hashed names', async () => {
    const page = await get('/console/admin/keys');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<div id="root">/);
    assert.ok(page.headers['content-security-policy']);
    const asset = await get('/console/assets/index-abc123.js');
    assert.equal(asset.statusCode, 200);
    assert.match(String(asset.headers['content-type']), /^text\/javascript/);
    assert.match(String(asset.headers['cache-control']), /immutable/);
    assert.equal((await get('/console/assets/missing.js')).statusCode, 404);
  });

  test('a path that climbs out of the build is not a file: it gets the page, never the file', async () => {
    for (const url of [
      '/console/../package.json',
      '/console/%2e%2e/%2e%2e/package.json',
      '/console/assets/..%2f..%2fpackage.json',
    ]) {
      const response = await get(url);
      assert.ok(!response.body.includes('"name"'), url);
    }
  });
});

describe('console not built', () => {
  test('the console page says how to build it (503)', async () => {
    const s = await startTestServer('sqlite', {
      env: { LATCHKEY_CONSOLE_DIR: join(tmpdir(), 'no-such-console-build') },
    });
    try {
      const response = await s.app.inject({ method: 'GET', url: '/console/' });
      assert.equal(response.statusCode, 503);
      assert.match(response.body, /npm run build -w @latchkey\/console/);
    } finally {
      await s.close();
    }
  });
});
