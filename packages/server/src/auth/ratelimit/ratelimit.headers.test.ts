// Which RateLimit headers answers carry (LATCHKEY_RATELIMIT_HEADERS): the draft-06 trio, the draft-10 pair, or both.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../config.ts';
import { curl } from '../../test/curl.ts';
import { startTestServer, type TestServer } from '../../test/harness.ts';

const LEGACY = ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'];
const DRAFT = ['ratelimit-policy', 'ratelimit'];

for (const mode of ['both', 'legacy', 'draft'] as const) {
  describe(`RateLimit headers: ${mode}`, () => {
    let s: TestServer;
    let key: string;

    before(async () => {
      s = await startTestServer('sqlite', {
        env: {
          LATCHKEY_RATE_LIMIT_PER_SECOND: '10',
          LATCHKEY_RATE_LIMIT_BURST: '50',
          ...(mode === 'both' ? {} : { LATCHKEY_RATELIMIT_HEADERS: mode }),
        },
      });
      const user = await s.createUser({ slug: 'counted' });
      key = (await s.createKey(await s.login(user.email), 'counted')).key;
    });
    after(() => s.close());

    test(`${mode === 'both' ? 'the default: ' : ''}the answer carries ${mode === 'both' ? 'both sets' : `only the ${mode} set`}`, async () => {
      const response = await s.call('GET', '/v0/auth/whoami', key);
      assert.equal(response.statusCode, 200);
      for (const name of LEGACY)
        assert.equal(response.headers[name] !== undefined, mode !== 'draft', `${name} in ${mode}`);
      for (const name of DRAFT)
        assert.equal(response.headers[name] !== undefined, mode !== 'legacy', `${name} in ${mode}`);
      if (mode === 'legacy') return;
      // draft-ietf-httpapi-ratelimit-headers-10: a List of one quota policy item, a String with parameters.
      assert.equal(
        response.headers['ratelimit-policy'],
        '"principal";q=50;w=5',
        '50 requests, refilled in 5 s',
      );
      // Key creation and this request were charged: 48 left, full again in 1 s at 10 a second.
      assert.equal(response.headers.ratelimit, '"principal";r=48;t=1');
    });

    test('a refusal carries the same headers, with nothing left', async () => {
      let refused = await s.call('GET', '/v0/auth/whoami', key);
      for (let i = 0; i < 60 && refused.statusCode !== 429; i++)
        refused = await s.call('GET', '/v0/auth/whoami', key);
      assert.equal(refused.statusCode, 429);
      if (mode !== 'legacy') assert.match(String(refused.headers.ratelimit), /^"principal";r=0;t=\d+$/);
      if (mode !== 'draft') assert.equal(refused.headers['ratelimit-remaining'], '0');
    });
  });
}

describe('RateLimit headers over real HTTP', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer('sqlite');
  });
  after(() => s.close());

  test('curl sees both sets by default, and the policy parses as a Structured Field list item', async () => {
    const url = await s.listen();
    const user = await s.createUser({ slug: 'curl' });
    const { key } = await s.createKey(await s.login(user.email), 'curl');
    const answer = await curl(['-H', `Authorization: Bearer ${key}`, `${url}/v0/auth/whoami`]);
    assert.equal(answer.status, 200);
    assert.match(answer.headers, /^ratelimit-limit: 200\r?$/im);
    assert.match(answer.headers, /^ratelimit-policy: "principal";q=200;w=2\r?$/im);
    assert.match(answer.headers, /^ratelimit: "principal";r=\d+;t=\d+\r?$/im);
  });
});

test('LATCHKEY_RATELIMIT_HEADERS is legacy, draft or both (the default)', () => {
  assert.equal(loadConfig({}).rateLimitHeaders, 'both');
  assert.equal(loadConfig({ LATCHKEY_RATELIMIT_HEADERS: 'draft' }).rateLimitHeaders, 'draft');
  assert.throws(
    () => loadConfig({ LATCHKEY_RATELIMIT_HEADERS: 'new' }),
    /LATCHKEY_RATELIMIT_HEADERS must be one of legacy, draft, both, got "new"/,
  );
});
