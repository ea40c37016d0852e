// A real `latchkey serve` process for the browser tests: its own folder and SQLite file, on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, type ServerProcess, startServer, stopServer } from '../../server/src/test/processes.ts';

export interface Latchkey {
  url: string;
  /** Its SQLite file, for a test that must put a row where no API can (an expired link). */
  database: string;
  stop(): Promise<void>;
  output(): string;
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
  let server: ServerProcess;
  try {
    server = await startServer({ LATCHKEY_FLUSH_INTERVAL_MS: '100', ...env }, dir, port);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    url,
    database: join(dir, 'data', 'latchkey.db'),
    output: server.output,
    async stop() {
      await stopServer(server);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
