// @latchkey/sdk/contract: the API's types generated from docs/openapi.json, and nothing else (no Node module), for
// code that runs in a browser (the console) and brings its own fetch.
export type { components, operations, paths } from './generated/openapi.ts';
