// `latchkey` from the server's TypeScript sources, run with `node --import tsx`: what the compiled build
// (packages/server/bin/latchkey.mjs, plain node) is compared with in compiled.bench.ts.
import { run } from '../packages/server/src/cli.ts';

await run(process.argv);
