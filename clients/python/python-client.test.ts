// Runs the Python client's unittest suite against a real `latchkey serve` process on loopback.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  freePort,
  type ServerProcess,
  startServer,
  stopServer,
} from '../../packages/server/src/test/processes.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ADMIN = { email: 'admin@python.test', password: 'python client admin password' };
const USER = { email: 'ada@python.test', password: 'ada lovelace password', slug: 'ada' };
/** Short enough for the suite to watch a token be renewed (at 5 s, half its life). */
const TOKEN_TTL_SECONDS = '10';

/**
 * The interpreter for the suite: LATCHKEY_PYTHON, else the first of python3 and Debian's /usr/bin/python3
 * that can also build the package with no network (setuptools, wheel, venv with ensurepip).
 */
function python(): string {
  const candidates = process.env.LATCHKEY_PYTHON
    ? [process.env.LATCHKEY_PYTHON]
    : ['python3', '/usr/bin/python3'];
  for (const candidate of candidates) {
    const probe = spawnSync(candidate, ['-c', 'import setuptools, wheel, venv, ensurepip'], {
      stdio: 'ignore',
    });
    if (probe.status === 0) return candidate;
  }
  throw new Error(
    `No Python among ${candidates.join(', ')} has setuptools, wheel and venv: apt-get install python3-setuptools python3-wheel python3-venv`,
  );
}

async function call(url: string, method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as Record<string, string>;
}

let server: ServerProcess;
let dir: string;
let metricsPort: number;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'latchkey-python-'));
  const port = await freePort();
  metricsPort = await freePort();
  server = await startServer(
    {
      LATCHKEY_PUBLIC_URL: `http://127.0.0.1:${port}`,
      LATCHKEY_ADMIN_EMAIL: ADMIN.email,
      LATCHKEY_ADMIN_PASSWORD: ADMIN.password,
      LATCHKEY_ACCESS_TOKEN_TTL: TOKEN_TTL_SECONDS,
      LATCHKEY_METRICS_PORT: String(metricsPort),
      LATCHKEY_FLUSH_INTERVAL_MS: '100',
    },
    dir,
    port,
  );
});

after(async () => {
  if (server) await stopServer(server);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the Python client passes its unittest suite against a started server', {
  timeout: 600_000,
}, async () => {
  const { url } = server;
  const { token: admin } = await call(url, 'POST', '/v0/auth/login', undefined, ADMIN);
  await call(url, 'POST', '/v0/users', admin, { ...USER, name: 'Ada Lovelace' });
  const app = await call(url, 'POST', '/v0/apps', admin, { name: 'Python sync' });
  const { client_secret: secret } = await call(url, 'POST', `/v0/apps/${app.slug}/secret`, admin, {});
  const interpreter = python();

  const child = spawn(interpreter, ['-m', 'unittest', 'discover', '-s', 'tests', '-t', '.', '-v'], {
    cwd: HERE,
    env: {
      ...process.env,
      PYTHONPATH: join(HERE, 'src'),
      PYTHONDONTWRITEBYTECODE: '1',
      LATCHKEY_TEST_URL: url,
      LATCHKEY_TEST_METRICS_URL: `http://127.0.0.1:${metricsPort}/metrics`,
      LATCHKEY_TEST_TOKEN_TTL: TOKEN_TTL_SECONDS,
      LATCHKEY_TEST_ADMIN_EMAIL: ADMIN.email,
      LATCHKEY_TEST_ADMIN_PASSWORD: ADMIN.password,
      LATCHKEY_TEST_USER_EMAIL: USER.email,
      LATCHKEY_TEST_USER_PASSWORD: USER.password,
      LATCHKEY_TEST_USER_SLUG: USER.slug,
      LATCHKEY_TEST_CLIENT_ID: String(app.client_id),
      LATCHKEY_TEST_CLIENT_SECRET: String(secret),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  process.stdout.write(`${interpreter} -m unittest discover\n${output}\n`);
  assert.equal(code, 0, `the Python suite failed:\n${output}`);
  assert.match(output, /^OK/m);
  assert.doesNotMatch(output, /skipped/, 'no Python test may be skipped');
});
