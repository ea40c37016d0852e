// Once through a real pseudo-terminal (util-linux `script`): the hidden password prompt, and colour with relative times.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';
import { BIN, type CliServer, loginAsAdmin, startCliServer } from './test/cli.ts';

let server: CliServer;
before(async () => {
  server = await startCliServer();
});
after(() => server.close());

const shell = (args: string[]) =>
  [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');

/** Runs the binary on a pty; `answer` is typed once `prompt` has been printed. */
function onTerminal(args: string[], env: NodeJS.ProcessEnv, prompt?: RegExp, answer?: string) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn('script', ['-q', '-e', '-c', shell(args), '/dev/null'], {
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    let typed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (prompt && answer !== undefined && !typed && prompt.test(output)) {
        typed = true;
        child.stdin.write(answer);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

test('login prompts for the password on a terminal without echoing it', async () => {
  const { code, output } = await onTerminal(
    ['login', '--url', server.url, '--email', server.admin.email],
    server.env,
    /Password: /,
    `${server.admin.password}\r`,
  );
  assert.equal(code, 0, output);
  assert.match(output, /Signed in to/);
  assert.ok(!output.includes(server.admin.password), 'the password is not echoed');
});

test('on a terminal tables are coloured and times relative, unless NO_COLOR is set', async () => {
  const login = await loginAsAdmin(server);
  assert.equal(login.code, 0, login.stderr);
  await server.json(['user', 'key', 'create', '--name', 'tty']);
  const coloured = await onTerminal(['user', 'key', 'list'], server.env);
  assert.equal(coloured.code, 0, coloured.output);
  assert.ok(coloured.output.includes('\u001b[1m'), 'bold headers');
  assert.match(coloured.output, /just now|seconds? ago/);
  const plain = await onTerminal(['user', 'key', 'list'], { ...server.env, NO_COLOR: '1' });
  assert.ok(!plain.output.includes('\u001b['), plain.output);
  assert.match(plain.output, /just now|seconds? ago/);
});
