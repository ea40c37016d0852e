// paginate() over a real server's list: 30 keys in pages of 7, following Link rel="next", with X-Total-Count.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TEST_PASSWORD } from '../../server/src/test/harness.ts';
import { session } from './auth/session.ts';
import { createLatchkey } from './client.ts';
import { nextLink } from './paginate.ts';
import { type SdkServer, startSdkServer } from './test/server.ts';

describe('paginate() against a real server', () => {
  let server: SdkServer;
  before(async () => {
    server = await startSdkServer();
    for (let i = 0; i < 30; i++)
      await server.s.createKey(server.adminToken, server.admin.slug, {
        name: `key ${String(i).padStart(2, '0')}`,
      });
  });
  after(() => server.close());

  const client = () =>
    createLatchkey({
      url: server.url,
      auth: session({ email: server.admin.email, password: TEST_PASSWORD }),
    });

  test('every one of 30 keys once, in order, across 5 pages of at most 7', async () => {
    const keys = client().paginate('/v0/users/{user}/keys', {
      params: { path: { user: server.admin.slug }, query: { per_page: 7 } },
    });
    assert.equal(keys.total, undefined, 'unknown before the first page');
    const names: string[] = [];
    for await (const key of keys) names.push(key.name);
    assert.equal(keys.total, 30);
    assert.deepEqual(
      names,
      Array.from({ length: 30 }, (_, i) => `key ${String(i).padStart(2, '0')}`),
    );
  });

  test('pages() yields the pages; the filters of the first request hold on every page', async () => {
    const keys = client().paginate('/v0/users/{user}/keys', {
      params: { path: { user: server.admin.slug }, query: { per_page: 4, search: 'key 1' } },
    });
    const sizes: number[] = [];
    for await (const page of keys.pages()) sizes.push(page.length);
    assert.deepEqual(sizes, [4, 4, 2]);
    assert.equal(keys.total, 10);
  });

  test('an empty list is no pages of items, with a total of 0', async () => {
    const keys = client().paginate('/v0/users/{user}/keys', {
      params: { path: { user: server.admin.slug }, query: { revoked: true } },
    });
    const all = [];
    for await (const key of keys) all.push(key);
    assert.deepEqual(all, []);
    assert.equal(keys.total, 0);
  });

  test('nextLink reads rel="next" among other links', () => {
    assert.equal(nextLink('</a?page=1>; rel="prev", </a?page=3>; rel="next"'), '/a?page=3');
    assert.equal(nextLink('</a?page=1>; rel="prev"'), undefined);
    assert.equal(nextLink(null), undefined);
  });
});
