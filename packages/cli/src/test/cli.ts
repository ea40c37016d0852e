// Tests' helpers: a real server on a loopback port, and the real `latchkey` binary spawned against it in a temp HOME.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DialectName } from '../../../server/src/db/database.ts';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../../../server/src/test/harness.ts';
import { freePort } from '../../../server/src/test/processes.ts';

export const BIN = fileURLToPath(new URL('../../bin/latchkey.mjs', import.meta.url));

/** The newest modification time of the .ts sources under `dir` (tests excluded). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** The tests run the compiled binary: an out-of-date dist would test yesterday's code, so say so instead. */
export function assertBuilt(): void {
  const builtAt = (path: string): number => {
    try {
      return statSync(fileURLToPath(new URL(path, import.meta.url))).mtimeMs;
    } catch {
      return 0;
    }
  };
  for (const [name, output] of [
    ['cli', 'dist/main.js'],
    ['sdk', 'dist/index.js'],
  ]) {
    const sources = newestSource(fileURLToPath(new URL(`../../../${name}/src`, import.meta.url)));
    if (builtAt(`../../../${name}/${output}`) < sources)
      throw new Error(
        `packages/${name}/dist is older than its sources: run \`npm run build -w @latchkey/${name}\` (scripts/test.mjs does)`,
      );
  }
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliServer {
  s: TestServer;
  url: string;
  admin: { slug: string; email: string; password: string };
  /** A temporary HOME (and XDG_CONFIG_HOME inside it) for the spawned CLI. */
  home: string;
  env: NodeJS.ProcessEnv;
  /** Runs `latchkey ...args` with `input` on stdin; never throws for a non-zero exit. */
  run(args: string[], options?: { input?: string; env?: NodeJS.ProcessEnv }): Promise<Run>;
  /** Runs and parses stdout as JSON, failing with stderr when the exit code is not 0. */
  json<T = unknown>(args: string[], options?: { input?: string; env?: NodeJS.ProcessEnv }): Promise<T>;
  close(): Promise<void>;
}

export function runBinary(args: string[], env: NodeJS.ProcessEnv, input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
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

/** The environment of a spawned CLI: no credentials or config from the person running the tests. */
export function cleanEnv(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env))
    if (!name.startsWith('LATCHKEY_') && name !== 'NETRC' && name !== 'NO_COLOR') env[name] = value;
  return { ...env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), ...extra };
}

export async function startCliServer(
  env: NodeJS.ProcessEnv = {},
  dialect: DialectName = 'sqlite',
): Promise<CliServer> {
  assertBuilt();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const s = await startTestServer(dialect, { env: { LATCHKEY_PUBLIC_URL: url, ...env } });
  s.clock.set(Date.now());
  await s.app.listen({ host: '127.0.0.1', port });
  s.url = url;
  const user = await s.createUser({ admin: true, slug: 'root', email: 'root@example.com' });
  const home = await mkdtemp(join(tmpdir(), 'latchkey-cli-'));
  const base = cleanEnv(home);
  const server: CliServer = {
    s,
    url,
    admin: { slug: user.slug, email: user.email, password: TEST_PASSWORD },
    home,
    env: base,
    run: (args, options = {}) => runBinary(args, { ...base, ...options.env }, options.input),
    async json<T>(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}) {
      const result = await server.run(['--json', ...args], options);
      if (result.code !== 0)
        throw new Error(`latchkey ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
      return JSON.parse(result.stdout) as T;
    },
    async close() {
      await s.close();
      await rm(home, { recursive: true, force: true });
    },
  };
  return server;
}

/** Signs the CLI in as the administrator, through --password-stdin. */
export async function loginAsAdmin(server: CliServer): Promise<Run> {
  return server.run(['login', '--url', server.url, '--email', server.admin.email, '--password-stdin'], {
    input: `${server.admin.password}\n`,
  });
}
