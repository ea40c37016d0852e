#!/usr/bin/env node
// The one `latchkey` command: compiled JavaScript from dist (built by `npm ci` through the root prepare script, and before packing).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'latchkey: the CLI is not built; run `npm run build -w @latchkey/cli` (npm ci does it)\n',
  );
  process.exit(1);
}
// Stack traces name the TypeScript sources' lines (dist ships its source maps).
process.setSourceMapsEnabled(true);
const { main } = await import(entry.href);
await main(process.argv);
