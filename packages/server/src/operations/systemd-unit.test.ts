// The systemd unit in examples/ passes `systemd-analyze verify` (nothing is started) and its settings pass the server's own checks.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.ts';

const UNIT = fileURLToPath(new URL('../../../../examples/systemd/latchkey.service', import.meta.url));

/** Exit status and everything printed: verify warns about an unknown key or a bad value and still exits 0. */
function verify(path: string) {
  const result = spawnSync('systemd-analyze', ['verify', path], { encoding: 'utf8' });
  assert.ok(!result.error, `systemd-analyze is missing (Debian's systemd package): ${result.error?.message}`);
  return { status: result.status, printed: (result.stdout + result.stderr).trim() };
}

test('systemd-analyze verify accepts the unit without a warning', () => {
  assert.deepEqual(verify(UNIT), { status: 0, printed: '' });
});

test('the same check catches a misspelt key and a bad value, so a clean run means something', () => {
  const dir = mkdtempSync(join(tmpdir(), 'latchkey-unit-'));
  try {
    const broken = join(dir, 'latchkey.service');
    writeFileSync(
      broken,
      readFileSync(UNIT, 'utf8')
        .replace('Restart=on-failure', 'Restart=sometimes')
        .replace('UMask=', 'Umask='),
    );
    const { printed } = verify(broken);
    assert.match(printed, /restart specifier.*sometimes/);
    assert.match(printed, /Unknown key 'Umask'/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the unit's Environment= settings are ones the server accepts, and it runs `serve`", () => {
  const text = readFileSync(UNIT, 'utf8');
  const env = Object.fromEntries(
    [...text.matchAll(/^Environment=(\w+)=(.*)$/gm)].map((match) => [match[1], match[2]]),
  );
  assert.ok(env.LATCHKEY_DATABASE_URL, 'the unit names its database');
  const config = loadConfig(env);
  assert.equal(config.host, '127.0.0.1', 'behind a proxy on the same machine, it listens on loopback');
  assert.match(text, /^ExecStart=\/usr\/bin\/node \S+\/latchkey serve$/m);
});
