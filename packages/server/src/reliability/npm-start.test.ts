// The README's start command (`npm start`, at the repository root) stops on SIGTERM and SIGINT: the port closes,
// a request already in flight is answered, and no server process outlives npm.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { waitUntil } from '../test/wait.ts';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** Whether a process with this id still exists (signal 0 only checks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const refused = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

/** Opens a connection and sends a login request's headers and half its body: a request the server is in the middle of. */
async function startLogin(
  port: number,
  body: string,
): Promise<{ socket: Socket; finish(): Promise<string> }> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  let answer = '';
  socket.on('data', (chunk: Buffer) => {
    answer += chunk.toString();
  });
  const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  const half = Math.floor(body.length / 2);
  socket.write(
    `POST /v0/auth/login HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, half)}`,
  );
  return {
    socket,
    async finish() {
      socket.write(body.slice(half));
      await ended;
      return answer;
    },
  };
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  describe(`npm start, then ${signal} to npm`, () => {
    test('the port closes, the request in flight is answered, and no server process is left', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'latchkey-npm-start-'));
      const npm = spawn('npm', ['start', '--', '--port', '0'], {
        cwd: ROOT,
        env: {
          ...process.env,
          LATCHKEY_DATABASE_URL: `sqlite:${join(dir, 'latchkey.db')}`,
          LATCHKEY_ADMIN_EMAIL: 'ops@example.com',
          LATCHKEY_ADMIN_PASSWORD: 'a start-and-stop password',
          LATCHKEY_LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      npm.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
      });
      npm.stderr.on('data', (chunk: Buffer) => {
        out += chunk.toString();
      });
      const npmExited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
      let serverPid = 0;
      try {
        await waitUntil(() => /Server listening at/.test(out) || npm.exitCode !== null, 'npm start', 90_000);
        const listening = /"pid":(\d+)[^\n]*Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
        assert.ok(listening?.[1] && listening[2], out);
        serverPid = Number(listening[1]);
        const port = Number(listening[2]);
        assert.notEqual(serverPid, npm.pid, 'npm runs the server in a process of its own');

        const login = await startLogin(
          port,
          JSON.stringify({ email: 'ops@example.com', password: 'a start-and-stop password' }),
        );
        // The bytes are parsed as they arrive; this leaves the server ample time to have begun the request.
        await new Promise((resolve) => setTimeout(resolve, 300));
        npm.kill(signal);
        await waitUntil(() => refused(port), 'the port to close', 20_000);
        const answer = await login.finish();
        assert.match(answer, /^HTTP\/1\.1 200 /, answer);
        assert.match(answer, /"token":"/);

        assert.equal(await npmExited, 0, out);
        await waitUntil(() => !alive(serverPid), 'the server process to end', 10_000);
        assert.match(out, new RegExp(`"signal":"${signal}"[^\\n]*shutting down`));
      } finally {
        if (npm.exitCode === null) npm.kill('SIGKILL');
        if (serverPid && alive(serverPid)) process.kill(serverPid, 'SIGKILL');
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
