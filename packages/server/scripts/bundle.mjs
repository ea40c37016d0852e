// Bundles the compiled server (dist, from tsc) into dist/latchkey.mjs and its lazily loaded chunks, which bin/latchkey.mjs
// runs: node then reads a handful of files at start instead of about 1,200 (TypeBox and Kysely alone ship 950 modules).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const SERVER = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(SERVER, 'dist');
/** Inlined: ECMAScript-module packages of many small files, where reading and linking each file is the cost. */
const INLINED = new Set(['typebox', 'kysely', 'jose', 'lru-cache']);

const { dependencies } = JSON.parse(readFileSync(join(SERVER, 'package.json'), 'utf8'));
// Every other dependency stays a package import, resolved from node_modules as before: CommonJS packages load
// quickly as they are, and some (better-sqlite3's native addon, swagger-ui's static files, pino's transports)
// must stay where they are installed.
const external = Object.keys(dependencies)
  .filter((name) => !INLINED.has(name))
  .flatMap((name) => [name, `${name}/*`]);

// Chunks of an earlier build would otherwise be shipped beside the new ones.
for (const file of readdirSync(DIST))
  if (/^latchkey(-chunk-[A-Z0-9]+)?\.mjs(\.map)?$/.test(file)) rmSync(join(DIST, file));

await build({
  entryPoints: { latchkey: join(DIST, 'cli.js') },
  outdir: DIST,
  bundle: true,
  // Dynamic imports (metrics, the Redis and PostgreSQL buses …) stay separate files, loaded only when used.
  splitting: true,
  chunkNames: 'latchkey-chunk-[hash]',
  outExtension: { '.js': '.mjs' },
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  // Chained to tsc's maps: stack traces still name the TypeScript sources' lines.
  sourcemap: true,
  sourcesContent: false,
  logLevel: 'warning',
});
