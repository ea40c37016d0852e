// A real nginx on loopback for the tests: its own prefix, configuration, pid, temp and log paths under one
// directory, never the system's.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { freePort } from './processes.ts';

/** Debian's nginx, when installed (.ci/run installs it); empty when it is not. */
export const NGINX = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();

/**
 * The http-level lines that keep nginx's temp files in `dir` (else it uses compiled-in system paths), indented
 * for the http block.
 */
export const tempPaths = (dir: string): string =>
  ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `  ${kind}_temp_path ${dir}/${kind};`)
    .join('\n');

export interface NginxProcess {
  url: string;
  /** nginx's master process (its only one with master_process off): the benchmarks read its CPU time. */
  pid: number | undefined;
  stop(): Promise<void>;
  /** nginx's own error log, for a failing test's message. */
  errors(): string;
}

/**
 * Starts nginx in `dir` with the configuration `configOf` writes for a free loopback port, once that port
 * accepts connections. `stopSignal`: SIGTERM stops at once, SIGQUIT lets requests in flight finish.
 */
export async function runNginx(
  dir: string,
  configOf: (port: number) => string,
  stopSignal: NodeJS.Signals = 'SIGTERM',
): Promise<NginxProcess> {
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, configOf(port));
  // -e: the error log before the configuration is read (otherwise the compiled-in /var/log path).
  const child: ChildProcess = spawn(NGINX, ['-p', dir, '-c', conf, '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const errors = () => {
    try {
      return `${stderr}${readFileSync(join(dir, 'error.log'), 'utf8')}`;
    } catch {
      return stderr;
    }
  };
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(stopSignal);
    await exited;
  };
  for (let attempt = 0; ; attempt++) {
    if (await answers(port)) break;
    if (child.exitCode !== null || attempt > 100) {
      const log = errors();
      await stop();
      throw new Error(`nginx did not start: ${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url: `http://127.0.0.1:${port}`, pid: child.pid, stop, errors };
}

const answers = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
