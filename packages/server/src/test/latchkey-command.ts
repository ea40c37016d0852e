// Runs a `latchkey` command as a process of its own and collects what it printed; never throws on a non-zero exit.
import { execFile } from 'node:child_process';
import { BIN } from './processes.ts';

export interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function latchkey(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 },
      (err, stdout, stderr) => {
        const status = err ? (typeof err.code === 'number' ? err.code : null) : 0;
        resolve({ status, stdout, stderr });
      },
    );
  });
}
