// README.md's walkthrough with the `latchkey` command, run as written on a real terminal (util-linux `script`)
// against a real `latchkey serve`: the hidden password prompt answered, the key made, used, revoked and refused.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fencedBlocks, ROOT } from './test/markdown.ts';
import { type ServerProcess, startServer, stopServer } from './test/processes.ts';

const DOCUMENTED_URL = 'http://127.0.0.1:7420';
const CLI = join(ROOT, 'packages/cli/bin/latchkey.mjs');
const block = fencedBlocks(join(ROOT, 'README.md')).filter(
  (b) => b.lang === 'sh' && b.heading === 'The same with the `latchkey` command',
);

let dataDir: string;
let scratch: string;
let home: string;
let server: ServerProcess;
let password: string;

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'latchkey-readme-cli-server-'));
  scratch = mkdtempSync(join(tmpdir(), 'latchkey-readme-cli-walk-'));
  home = mkdtempSync(join(tmpdir(), 'latchkey-readme-cli-home-'));
  server = await startServer({}, dataDir);
  password = /password: (\S+)/.exec(server.output())?.[1] ?? '';
  assert.ok(password, server.output());
  // `latchkey` on the PATH, as `npm link -w @latchkey/cli` puts it there.
  writeFileSync(join(home, 'latchkey'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
  chmodSync(join(home, 'latchkey'), 0o755);
});
after(async () => {
  if (server) await stopServer(server);
  for (const dir of [dataDir, scratch, home]) rmSync(dir, { recursive: true, force: true });
});

test('the `latchkey` walkthrough: the password asked for unseen, a key made, used, revoked, then refused', async () => {
  assert.equal(block.length, 1, 'README.md has one shell block under "The same with the `latchkey` command"');
  const script = block[0]?.text.replaceAll(DOCUMENTED_URL, server.url) ?? '';
  assert.notEqual(script, block[0]?.text, `the walkthrough talks to ${DOCUMENTED_URL}`);
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(
      'script',
      ['-q', '-e', '-c', `sh -c '${script.replace(/'/g, `'\\''`)}'`, '/dev/null'],
      {
        cwd: scratch,
        env: {
          ...process.env,
          PATH: `${home}:${process.env.PATH ?? ''}`,
          HOME: home,
          XDG_CONFIG_HOME: join(home, '.config'),
          NO_COLOR: '1',
        },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let typed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!typed && /Password: /.test(out)) {
        typed = true;
        child.stdin.write(`${password}\r`);
      }
    });
    child.on('error', reject);
    child.on('close', (exit) => resolve({ code: exit, output: out }));
  });
  assert.ok(!output.includes(password), 'the password is not echoed');
  assert.match(output, /Signed in to/);
  assert.match(output, /laptop/, 'the list shows the new key');
  assert.match(output, /admin/, 'whoami with the key names its owner');
  assert.match(output, /credential_revoked|revoked/i, output);
  assert.equal(code, 3, `the last whoami is refused with exit 3:\n${output}`);
  assert.deepEqual(readdirSync(scratch), [], 'nothing was written where it ran');
});
