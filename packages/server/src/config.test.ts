// Configuration: defaults, and a message naming the setting for every bad value.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from './config.ts';
import { ConfigError } from './lib/config-error.ts';

test('defaults: 127.0.0.1:7420 on ./data/latchkey.db', () => {
  const config = loadConfig({});
  assert.equal(config.host, '127.0.0.1');
  assert.equal(config.port, 7420);
  assert.equal(config.databaseUrl, 'sqlite:./data/latchkey.db');
  assert.equal(config.publicUrl, 'http://127.0.0.1:7420');
});

test('the gateway method header: X-Original-Method unless named', () => {
  assert.equal(loadConfig({}).verifyMethodHeader, 'X-Original-Method');
  assert.equal(
    loadConfig({ LATCHKEY_VERIFY_METHOD_HEADER: 'X-Forwarded-Method' }).verifyMethodHeader,
    'X-Forwarded-Method',
  );
});

test('outbound calls reach neither loopback nor private ranges unless each is allowed on its own', () => {
  assert.deepEqual(loadConfig({}).outbound, { allowPrivate: false, allowLoopback: false });
  assert.deepEqual(loadConfig({ LATCHKEY_OUTBOUND_ALLOW_LOOPBACK: 'true' }).outbound, {
    allowPrivate: false,
    allowLoopback: true,
  });
  assert.deepEqual(loadConfig({ LATCHKEY_OUTBOUND_ALLOW_PRIVATE: '1' }).outbound, {
    allowPrivate: true,
    allowLoopback: false,
  });
});

test('flags win over the environment', () => {
  assert.equal(loadConfig({ LATCHKEY_PORT: '9000' }, { port: '9001' }).port, 9001);
});

test('a bad value stops start-up with a message naming the setting', () => {
  const cases: [NodeJS.ProcessEnv, RegExp][] = [
    [{ LATCHKEY_PORT: 'eighty' }, /LATCHKEY_PORT/],
    [{ LATCHKEY_PORT: '70000' }, /LATCHKEY_PORT/],
    [{ LATCHKEY_DATABASE_URL: 'mysql://x' }, /LATCHKEY_DATABASE_URL/],
    [{ LATCHKEY_LOG_LEVEL: 'loud' }, /LATCHKEY_LOG_LEVEL/],
    [{ LATCHKEY_ADMIN_PASSWORD: 'short' }, /LATCHKEY_ADMIN_PASSWORD/],
    [{ LATCHKEY_PUBLIC_URL: 'not a url' }, /LATCHKEY_PUBLIC_URL/],
    [{ LATCHKEY_SESSION_TTL: '1.5' }, /LATCHKEY_SESSION_TTL/],
    [{ LATCHKEY_ACCESS_TOKEN_TTL: '5' }, /LATCHKEY_ACCESS_TOKEN_TTL/],
    [{ LATCHKEY_ACCESS_TOKEN_TTL: '86400' }, /LATCHKEY_ACCESS_TOKEN_TTL/],
    [{ LATCHKEY_RATE_LIMIT_PER_SECOND: '-1' }, /LATCHKEY_RATE_LIMIT_PER_SECOND/],
    [{ LATCHKEY_RATE_LIMIT_BURST: '0' }, /LATCHKEY_RATE_LIMIT_BURST/],
    [{ LATCHKEY_REDIS_URL: 'localhost:6379' }, /LATCHKEY_REDIS_URL/],
    [{ LATCHKEY_REDIS_PREFIX: 'has space' }, /LATCHKEY_REDIS_PREFIX/],
    // LISTEN takes an identifier, not a parameter: nothing but a plain one gets near the SQL.
    [{ LATCHKEY_POSTGRES_CHANNEL: 'x; drop table users' }, /LATCHKEY_POSTGRES_CHANNEL/],
    [{ LATCHKEY_POSTGRES_CHANNEL: '1st' }, /LATCHKEY_POSTGRES_CHANNEL/],
    // One header name: never a list to pick from, never an empty name.
    [
      { LATCHKEY_VERIFY_METHOD_HEADER: 'X-Original-Method, X-Forwarded-Method' },
      /LATCHKEY_VERIFY_METHOD_HEADER/,
    ],
    [{ LATCHKEY_VERIFY_METHOD_HEADER: 'X-Original-Method:' }, /LATCHKEY_VERIFY_METHOD_HEADER/],
    [{ LATCHKEY_VERIFY_METHOD_HEADER: '' }, /LATCHKEY_VERIFY_METHOD_HEADER/],
    [{ LATCHKEY_OUTBOUND_ALLOW_LOOPBACK: 'yes' }, /LATCHKEY_OUTBOUND_ALLOW_LOOPBACK must be true or false/],
    [{ LATCHKEY_OUTBOUND_ALLOW_PRIVATE: 'on' }, /LATCHKEY_OUTBOUND_ALLOW_PRIVATE must be true or false/],
    [
      { LATCHKEY_SECRET_SCANNING_KEYS_URL: 'http://127.0.0.1:8080/keys' },
      /LATCHKEY_SECRET_SCANNING_KEYS_URL must not point at a loopback address unless LATCHKEY_OUTBOUND_ALLOW_LOOPBACK/,
    ],
    [
      {
        LATCHKEY_SECRET_SCANNING_KEYS_URL: 'https://169.254.169.254/keys',
        LATCHKEY_OUTBOUND_ALLOW_LOOPBACK: 'true',
      },
      /LATCHKEY_SECRET_SCANNING_KEYS_URL must not point at a cloud metadata address/,
    ],
  ];
  for (const [env, message] of cases) {
    assert.throws(
      () => loadConfig(env),
      (err: unknown) => err instanceof ConfigError && message.test(err.message),
    );
  }
});
