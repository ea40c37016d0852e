// The SDK as the CLI uses it, imported by relative path so that tsc compiles it into dist with the CLI:
// @latchkey/sdk publishes TypeScript sources, which Node 20 cannot load without tsx.

export { apiKey } from '../../sdk/src/auth/api-key.ts';
export { clientCredentials } from '../../sdk/src/auth/client-credentials.ts';
export { netrc, netrcPath, parseNetrc } from '../../sdk/src/auth/netrc.ts';
export type { AuthContext, AuthStrategy } from '../../sdk/src/auth/strategy.ts';
export { createLatchkey, type LatchkeyClient, ok } from '../../sdk/src/client.ts';
export { LatchkeyError } from '../../sdk/src/errors.ts';
export type { components, paths } from '../../sdk/src/generated/openapi.ts';
