// Runs every *.test.ts under packages/ and clients/ with node's test runner through tsx (Node 20 has no --test globs),
// after rebuilding any dist older than its sources: tests that start `latchkey` run the compiled build, as production does.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildStale } from './build-stale.mjs';

function find(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) find(path, out);
    else if (entry.name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

if (!buildStale()) process.exit(1);

const only = process.argv.slice(2);
const files = only.length > 0 ? only : [...find('packages'), ...find('clients')].sort();
// Per file: the reliability suite (packages/server/src/reliability) starts real server processes, each of
// which takes ~10 s to start when the two cores are shared; 4 minutes still catches a hang.
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-timeout=240000', ...files],
  {
    stdio: 'inherit',
    env: { ...process.env, LATCHKEY_LOG_LEVEL: process.env.LATCHKEY_LOG_LEVEL ?? 'silent' },
  },
);
process.exit(result.status ?? 1);
