// docs/openapi.json is the document the routes build; this fails when they drift apart.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { openApiDocument } from '../openapi-document.ts';
import { startTestServer } from '../test/harness.ts';

const committedPath = new URL('../../../../docs/openapi.json', import.meta.url);

test('docs/openapi.json matches the routes (run `npm run openapi` after changing a route)', async () => {
  const committed = JSON.parse(readFileSync(committedPath, 'utf8'));
  assert.deepEqual(committed, JSON.parse(JSON.stringify(await openApiDocument())));
});

test('the server serves the same document at /v0/openapi.json and a browsable page at /v0/docs', async () => {
  const s = await startTestServer('sqlite');
  try {
    const served = await s.app.inject({ method: 'GET', url: '/v0/openapi.json' });
    assert.equal(served.statusCode, 200);
    const document = served.json();
    assert.equal(document.openapi, '3.1.0');
    for (const path of ['/v0/auth/login', '/v0/users/{user}/keys', '/v0/users/{user}/keys/{key}']) {
      assert.ok(document.paths[path], path);
    }
    const docs = await s.app.inject({ method: 'GET', url: '/v0/docs/' });
    assert.equal(docs.statusCode, 200);
    assert.match(docs.body, /swagger/i);
    // The page and its files may be framed by no one, and load nothing from elsewhere.
    for (const url of [
      '/v0/docs/',
      '/v0/docs/static/swagger-initializer.js',
      '/v0/docs/static/swagger-ui.css',
    ]) {
      const page = await s.app.inject({ method: 'GET', url });
      assert.equal(page.statusCode, 200, url);
      assert.match(String(page.headers['content-security-policy']), /frame-ancestors 'none'/, url);
      assert.match(String(page.headers['content-security-policy']), /script-src 'self';/, url);
      assert.equal(page.headers['x-frame-options'], 'DENY', url);
    }
  } finally {
    await s.close();
  }
});

test('every operation is described and tagged with a declared tag; the document names its license and contact', async () => {
  const document = (await openApiDocument()) as {
    info: { license?: { identifier?: string }; contact?: { name?: string } };
    tags: { name: string }[];
    paths: Record<string, Record<string, { description?: string; tags?: string[] }>>;
  };
  const declared = new Set(document.tags.map((tag) => tag.name));
  let operations = 0;
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      operations++;
      const where = `${method.toUpperCase()} ${path}`;
      assert.ok((operation.description ?? '').trim().length >= 20, `${where} has no description`);
      assert.ok(operation.tags?.length, `${where} has no tag`);
      for (const tag of operation.tags ?? [])
        assert.ok(declared.has(tag), `${where}: tag ${tag} is not declared`);
    }
  }
  assert.ok(operations > 70, `${operations} operations`);
  assert.equal(document.info.license?.identifier, 'Apache-2.0');
  assert.ok(document.info.contact?.name);
});
