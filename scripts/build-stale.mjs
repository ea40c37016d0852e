// Rebuilds the packages whose dist is older than their sources (SDK, server, CLI, in that order): the tests run
// the compiled `latchkey` binary, so an out-of-date dist would test yesterday's code.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The workspaces the binary runs from dist, each with one file its build writes. */
const BUILT = [
  { name: '@latchkey/sdk', dir: 'packages/sdk', output: 'dist/index.js' },
  { name: '@latchkey/server', dir: 'packages/server', output: 'dist/latchkey.mjs' },
  { name: '@latchkey/cli', dir: 'packages/cli', output: 'dist/main.js' },
];

/** The newest modification time of the .ts sources under `dir` (tests excluded). */
export function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function builtAt(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** The workspaces whose dist is missing or older than their src/ (or than their build's tsconfig). */
export function stalePackages(names = BUILT.map(({ name }) => name)) {
  return BUILT.filter(({ name, dir, output }) => {
    if (!names.includes(name)) return false;
    const sources = Math.max(
      newestSource(join(ROOT, dir, 'src')),
      builtAt(join(ROOT, dir, 'tsconfig.build.json')),
    );
    return builtAt(join(ROOT, dir, output)) < sources;
  }).map(({ name }) => name);
}

/** Builds what is stale (of `names`, by default all); false when a build failed (its errors are on stderr). */
export function buildStale(names) {
  for (const name of stalePackages(names)) {
    process.stderr.write(`${name}: dist is older than its sources, rebuilding (npm run build -w ${name})\n`);
    const result = spawnSync('npm', ['run', 'build', '-w', name], { cwd: ROOT, stdio: 'inherit' });
    if (result.status !== 0) return false;
  }
  return true;
}

// `node scripts/build-stale.mjs [NAME...]`: what a package's prepack runs, so packing after a build costs nothing.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const names = process.argv.slice(2);
  if (!buildStale(names.length > 0 ? names : undefined)) process.exit(1);
}
