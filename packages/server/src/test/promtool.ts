// Prometheus's own linter for an exposition: `promtool check metrics` (Debian's prometheus package).
import { spawn, spawnSync } from 'node:child_process';

export const PROMTOOL = process.env.LATCHKEY_PROMTOOL ?? 'promtool';

/** Why promtool cannot run here, or undefined. In CI a missing promtool is a failure, not a skip. */
export function promtoolMissing(): string | undefined {
  const probe = spawnSync(PROMTOOL, ['--version'], { stdio: 'ignore' });
  if (probe.error === undefined && probe.status === 0) return undefined;
  const why = `${PROMTOOL} is missing: apt-get install -y prometheus`;
  if (process.env.CI) throw new Error(`the promtool check must run in CI, but ${why}`);
  return why;
}

/** Feeds `exposition` to `promtool check metrics` on its standard input: its exit code and what it said. */
export function checkMetrics(exposition: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(PROMTOOL, ['check', 'metrics'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
    child.stdin.end(exposition);
  });
}
