// The real binary: usage limits and allowed addresses set with --remaining, --refill, --no-limit and --allow-ip
// on keys and apps, a key's usage after known traffic, and bad flags refused by name.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type CliServer, loginAsAdmin, startCliServer } from './test/cli.ts';

let server: CliServer;
before(async () => {
  server = await startCliServer();
  const login = await loginAsAdmin(server);
  assert.equal(login.code, 0, login.stderr);
});
after(() => server.close());

const whoami = (secret: string) =>
  server.s.app.inject({
    method: 'GET',
    url: '/v0/auth/whoami',
    headers: { authorization: `Bearer ${secret}` },
  });

interface Limits {
  remaining: number;
  refill: { amount: number; interval: string | number } | null;
}

test('user key create and update --remaining, --refill and --no-limit; the key spends from its limit', async () => {
  const created = await server.json<{ uuid: string; key: string; limits: Limits }>([
    'user',
    'key',
    'create',
    '--name',
    'metered',
    '--remaining',
    '3',
    '--refill',
    '3/day',
  ]);
  assert.equal(created.limits.remaining, 3);
  assert.deepEqual(created.limits.refill, { amount: 3, interval: 'day' });
  assert.equal((await whoami(created.key)).headers['x-latchkey-remaining'], '2');

  const narrowed = await server.json<{ limits: Limits }>([
    'user',
    'key',
    'update',
    'root',
    created.uuid,
    '--remaining',
    '1',
    '--refill',
    '1/3600',
  ]);
  assert.equal(narrowed.limits.remaining, 1);
  assert.deepEqual(narrowed.limits.refill, { amount: 1, interval: 3600 });
  assert.equal((await whoami(created.key)).statusCode, 200);
  const spent = await whoami(created.key);
  assert.equal(spent.statusCode, 429);
  assert.equal(spent.json().error.code, 'usage_exhausted');

  const removed = await server.json<{ limits: Limits | null }>([
    'user',
    'key',
    'update',
    'root',
    created.uuid,
    '--no-limit',
  ]);
  assert.equal(removed.limits, null);
  const free = await whoami(created.key);
  assert.equal(free.statusCode, 200);
  assert.equal(free.headers['x-latchkey-remaining'], undefined);

  await server.s.ctx.usageRecorder?.flush();
  const usage = await server.json<{ outcomes?: unknown }>(['user', 'key', 'usage', 'root', created.uuid]);
  const text = JSON.stringify(usage);
  assert.match(text, /accepted/);
  assert.match(text, /usage_exhausted/);
});

test('app create --allow-ip --remaining --refill, and app update --remaining and --no-limit', async () => {
  const app = await server.json<{ slug: string; allowed_ips: string[] | null; limits: Limits }>([
    'app',
    'create',
    '--name',
    'Metered sync',
    '--allow-ip',
    '192.0.2.0/24',
    '--allow-ip',
    '2001:db8::/32',
    '--remaining',
    '10',
    '--refill',
    '10/month',
  ]);
  assert.deepEqual(app.allowed_ips, ['192.0.2.0/24', '2001:db8::/32']);
  assert.equal(app.limits.remaining, 10);
  assert.deepEqual(app.limits.refill, { amount: 10, interval: 'month' });

  const updated = await server.json<{ limits: Limits }>(['app', 'update', app.slug, '--remaining', '5']);
  assert.equal(updated.limits.remaining, 5);
  const table = await server.run(['app', 'update', app.slug, '--remaining', '4']);
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, /REMAINING\s+4/);
  const removed = await server.json<{ limits: Limits | null; allowed_ips: string[] }>([
    'app',
    'update',
    app.slug,
    '--no-limit',
  ]);
  assert.equal(removed.limits, null);
  assert.deepEqual(removed.allowed_ips, ['192.0.2.0/24', '2001:db8::/32']);
});

test('bad limit and address flags are refused, each naming the flag or field', async () => {
  const cases: [string[], RegExp][] = [
    [
      ['user', 'key', 'create', '--name', 'x', '--refill', '5/week', '--remaining', '5'],
      /--refill must be AMOUNT\/INTERVAL/,
    ],
    [['user', 'key', 'create', '--name', 'x', '--refill', '5/day'], /--refill needs --remaining/],
    [['user', 'key', 'create', '--name', 'x', '--remaining', '-1'], /--remaining/],
    [['app', 'create', '--name', 'Bad', '--allow-ip', 'office'], /allowed_ips\.0: "office"/],
    [['app', 'update', 'nobody-app'], /give --allow-ip, --any-ip, --remaining or --no-limit/],
    [['app', 'update', 'nobody-app', '--no-limit', '--remaining', '3'], /--no-limit goes alone/],
  ];
  for (const [args, message] of cases) {
    const ran = await server.run(args);
    assert.notEqual(ran.code, 0, args.join(' '));
    assert.match(ran.stderr, message, args.join(' '));
  }
});
