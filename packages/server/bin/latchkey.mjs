#!/usr/bin/env node
// The server's commands (serve, openapi, backup, restore, migrate, secrets, audit verify, admin reset-password) as
// compiled JavaScript from dist (built by `npm ci` through the root prepare script, and before packing); `latchkey`
// (packages/cli) loads this for them.
import { existsSync } from 'node:fs';
import module from 'node:module';

const entry = new URL('../dist/latchkey.mjs', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'latchkey: the server is not built; run `npm run build -w @latchkey/server` (npm ci does it)\n',
  );
  process.exit(1);
}
// Before anything else loads: one of Node's tick objects kept alive, so that V8 never drops their hidden classes
// (src/lib/tick-object-maps.ts says why; bench/README.md has the measurements).
await import(new URL('../dist/lib/tick-object-maps.js', import.meta.url).href);
// Stack traces name the TypeScript sources' lines (dist ships its source maps).
process.setSourceMapsEnabled(true);
// Node 22.1 and later keep V8's compiled code on disk between starts; Node 20 has no such cache.
module.enableCompileCache?.();
const { run } = await import(entry.href);
await run(process.argv);
