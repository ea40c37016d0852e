// An independent TOTP generator for tests: Debian's python3-pyotp, not Latchkey's own code.
import { spawnSync } from 'node:child_process';

/** The 6-digit code of the base32 `seed` at the moment `ms` (milliseconds since the epoch). */
export function pyotpAt(seed: string, ms: number): string {
  const run = spawnSync(
    '/usr/bin/python3',
    [
      '-c',
      'import sys, pyotp; print(pyotp.TOTP(sys.argv[1]).at(int(sys.argv[2])))',
      seed,
      String(Math.floor(ms / 1000)),
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`pyotp failed (apt-get install -y python3-pyotp): ${run.stderr}`);
  return run.stdout.trim();
}
