// A real `latchkey serve` process for the browser tests: its own folder and SQLite file, on 127.0.0.1.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../server/bin/latchkey.mjs', import.meta.url));

export interface Latchkey {
  url: string;
  /** Its SQLite file, for a test that must put a row where no API can (an expired link). */
  database: string;
  stop(): Promise<void>;
  output(): string;
}

/** A port the kernel just handed out on loopback, so the public URL names the real one. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `localhost`: the public URL names localhost (which the browser maps to 127.0.0.1) rather than the
 * address, as WebAuthn needs: a relying party id is a domain, never an IP address.
 */
export async function startLatchkey(
  env: NodeJS.ProcessEnv,
  options: { localhost?: boolean } = {},
): Promise<Latchkey> {
  const dir = mkdtempSync(join(tmpdir(), 'latchkey-e2e-'));
  const port = await freePort();
  const url = `http://${options.localhost ? 'localhost' : '127.0.0.1'}:${port}`;
  if (options.localhost) env = { LATCHKEY_PUBLIC_URL: url, ...env };
  const child: ChildProcess = spawn(
    process.execPath,
    [BIN, 'serve', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: dir,
      env: { ...process.env, LATCHKEY_LOG_LEVEL: 'info', LATCHKEY_FLUSH_INTERVAL_MS: '100', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  // 90 s, as for every process the tests start: a start takes 10-30 s on a saturated machine.
  const deadline = Date.now() + 90_000;
  while (!out.includes('Server listening')) {
    if (Date.now() > deadline || child.exitCode !== null) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`latchkey did not start:\n${out}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    database: join(dir, 'data', 'latchkey.db'),
    output: () => out,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
