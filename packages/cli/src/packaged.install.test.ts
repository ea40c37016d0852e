// The three published packages, packed with `npm pack` and installed into empty folders outside the repository, as
// someone without a clone would: `npx latchkey serve` starts, `npx latchkey login` signs in, and the CLI alone installs
// without the server (its server commands then say how to get it). Slow: packing and two installs take a minute or two.
import assert from 'node:assert/strict';
import { type ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { SERVER_MISSING } from './server-commands.ts';
import { cleanEnv } from './test/cli.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PACKAGES = ['sdk', 'server', 'cli'] as const;
const manifest = (name: string) =>
  JSON.parse(readFileSync(join(ROOT, 'packages', name, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };

/** npm's own cache, kept whatever HOME a step runs with: installs take third-party packages from it first. */
const NPM_CACHE =
  process.env.npm_config_cache ??
  execFileSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).trim();

/**
 * better-sqlite3's install script looks for a prebuilt binary before compiling SQLite (minutes on a shared machine).
 * The clone's own, built by its `npm ci` for this very Node, is offered as that prebuilt through prebuild-install's
 * documented local-prebuilds setting; a different version or platform in the install simply compiles.
 */
async function localPrebuilds(dir: string): Promise<NodeJS.ProcessEnv> {
  const pkg = join(ROOT, 'node_modules', 'better-sqlite3');
  if (!existsSync(join(pkg, 'build', 'Release', 'better_sqlite3.node'))) return {};
  const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string };
  const abi = process.versions.modules;
  const file = `better-sqlite3-v${version}-node-v${abi}-${process.platform}-${process.arch}.tar.gz`;
  await run('tar', ['czf', join(dir, file), 'build/Release/better_sqlite3.node'], { cwd: pkg });
  return { npm_config_better_sqlite3_local_prebuilds: dir };
}

/** `npm install` of these tarballs into a new empty folder (a package.json of its own, so npm stays there). */
async function install(dir: string, tarballs: string[], env: NodeJS.ProcessEnv): Promise<void> {
  await mkdir(dir);
  await writeFile(join(dir, 'package.json'), '{ "private": true }\n');
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...tarballs], {
    cwd: dir,
    env: { ...process.env, ...env, npm_config_cache: NPM_CACHE },
    maxBuffer: 16 * 1024 * 1024,
  });
}

/** `npx latchkey ARGS` in an installed folder; never throws for a non-zero exit. */
function npx(
  dir: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  input = '',
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['--no-install', 'latchkey', ...args], { cwd: dir, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

test('the three packages have one version, and the CLI pins the SDK and the server to it', () => {
  const [sdk, server, cli] = PACKAGES.map(manifest);
  assert.ok(sdk && server && cli);
  assert.equal(server.version, sdk.version);
  assert.equal(cli.version, sdk.version);
  assert.equal(cli.dependencies?.['@latchkey/sdk'], sdk.version);
  assert.equal(cli.peerDependencies?.['@latchkey/server'], server.version);
  assert.equal(
    cli.dependencies?.['@latchkey/server'],
    undefined,
    'the server is an optional peer, not a dependency',
  );
});

describe('packed and installed outside the repository (slow: a minute or two)', { timeout: 600_000 }, () => {
  let scratch: string;
  let tarballs: Record<(typeof PACKAGES)[number], string>;
  let prebuilds: NodeJS.ProcessEnv;
  let server: ChildProcess | undefined;

  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'latchkey-packaged-'));
    const packed = join(scratch, 'tarballs');
    await mkdir(packed);
    await run(
      'npm',
      ['pack', ...PACKAGES.flatMap((name) => ['-w', `@latchkey/${name}`]), '--pack-destination', packed],
      { cwd: ROOT, env: { ...process.env, npm_config_cache: NPM_CACHE }, maxBuffer: 16 * 1024 * 1024 },
    );
    const files = await readdir(packed);
    const find = (name: string) => {
      const file = files.find((f) => f.startsWith(`latchkey-${name}-`) && f.endsWith('.tgz'));
      assert.ok(file, `npm pack wrote no tarball for @latchkey/${name}: ${files.join(', ')}`);
      return join(packed, file);
    };
    tarballs = { sdk: find('sdk'), server: find('server'), cli: find('cli') };
    const prebuiltDir = join(scratch, 'prebuilds');
    await mkdir(prebuiltDir);
    prebuilds = await localPrebuilds(prebuiltDir);
  });

  after(async () => {
    // The server was started in a process group of its own (npx, npm, node): end that group, by its id.
    if (server?.pid !== undefined && server.exitCode === null) {
      const exited = new Promise((resolve) => server?.once('exit', resolve));
      process.kill(-server.pid, 'SIGTERM');
      await exited;
    }
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  test('the server tarball ships compiled JavaScript with source maps and the console, and no TypeScript sources', async () => {
    const { stdout } = await run('tar', ['tzf', tarballs.server], { maxBuffer: 16 * 1024 * 1024 });
    const files = stdout.split('\n');
    assert.ok(files.includes('package/dist/cli.js'));
    assert.ok(files.includes('package/dist/cli.js.map'));
    assert.ok(files.includes('package/dist/index.d.ts'));
    assert.ok(files.includes('package/dist/db/migrations/index.js'));
    assert.ok(files.includes('package/console/index.html'));
    assert.deepEqual(
      files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')),
      [],
    );
  });

  test('all three install into an empty folder; `npx latchkey serve` starts and `npx latchkey login` signs in', async () => {
    const dir = join(scratch, 'full');
    await install(dir, [tarballs.sdk, tarballs.server, tarballs.cli], prebuilds);
    // The SDK the CLI depends on came from its tarball, not from a registry.
    const lock = JSON.parse(readFileSync(join(dir, 'node_modules', '.package-lock.json'), 'utf8')) as {
      packages: Record<string, { resolved?: string }>;
    };
    for (const name of PACKAGES)
      assert.match(lock.packages[`node_modules/@latchkey/${name}`]?.resolved ?? '', /^file:/, name);

    const home = join(scratch, 'home');
    await mkdir(home);
    const env = {
      ...cleanEnv(home),
      npm_config_cache: NPM_CACHE,
      LATCHKEY_ADMIN_EMAIL: 'ops@example.com',
      LATCHKEY_ADMIN_PASSWORD: 'a password for the packaged server',
      LATCHKEY_LOG_LEVEL: 'info',
    };
    server = spawn('npx', ['--no-install', 'latchkey', 'serve', '--port', '0'], {
      cwd: dir,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the installed server did not start:\n${out}`)),
        120_000,
      );
      const read = (chunk: Buffer) => {
        out += chunk.toString();
        const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      server?.stdout?.on('data', read);
      server?.stderr?.on('data', read);
      server?.once('exit', () => reject(new Error(`the installed server exited:\n${out}`)));
    });
    assert.equal((await fetch(`${url}/readyz`)).status, 200);
    const page = await fetch(`${url}/console/`);
    assert.equal(page.status, 200, 'the console ships inside the server package');
    assert.match(await page.text(), /<script/);
    // Data goes beside the install, as in the clone: ./data/latchkey.db.
    assert.ok(existsSync(join(dir, 'data', 'latchkey.db')));

    const login = await npx(
      dir,
      ['login', '--url', url, '--email', 'ops@example.com', '--password-stdin'],
      env,
      'a password for the packaged server',
    );
    assert.equal(login.code, 0, login.stderr);
    assert.match(login.stdout, /Signed in to http:\/\/127\.0\.0\.1:\d+ as ops@example\.com/);
    const who = await npx(dir, ['--json', 'whoami'], env);
    assert.equal(who.code, 0, who.stderr);
    assert.equal(
      (JSON.parse(who.stdout) as { principal: { email: string } }).principal.email,
      'ops@example.com',
    );
  });

  test('the CLI alone installs without the server and its databases; `latchkey serve` says how to get the server', async () => {
    const dir = join(scratch, 'cli-only');
    await install(dir, [tarballs.sdk, tarballs.cli], prebuilds);
    for (const heavy of ['@latchkey/server', 'better-sqlite3', 'pg', 'ioredis', 'fastify', 'tsx'])
      assert.equal(
        existsSync(join(dir, 'node_modules', heavy)),
        false,
        `${heavy} was installed with the CLI`,
      );
    const env = { ...cleanEnv(join(scratch, 'cli-home')), npm_config_cache: NPM_CACHE };

    const version = await npx(dir, ['--version'], env);
    assert.equal(version.code, 0, version.stderr);
    assert.equal(version.stdout.trim(), manifest('cli').version);

    const serve = await npx(dir, ['serve'], env);
    assert.equal(serve.code, 1);
    assert.equal(serve.stderr, `latchkey: ${SERVER_MISSING}\n`);
    assert.match(serve.stderr, /npm install @latchkey\/server/);
    const verify = await npx(dir, ['audit', 'verify'], env);
    assert.equal(verify.code, 1);
    assert.match(verify.stderr, /not installed beside the CLI/);

    // The client commands work without it: an unreachable server is a network error, not a missing module.
    const login = await npx(
      dir,
      ['--url', 'http://127.0.0.1:9', 'login', '--email', 'ops@example.com', '--password-stdin'],
      env,
      'a password',
    );
    assert.equal(login.code, 1);
    assert.match(login.stderr, /could not reach http:\/\/127\.0\.0\.1:9/);
  });
});
