#!/usr/bin/env node
// The server's commands (serve, openapi, backup, restore, migrate, audit verify) from TypeScript through tsx; `latchkey` (packages/cli) loads this for them.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli.ts');
await run(process.argv);
