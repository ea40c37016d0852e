// The SDK modules the CLI uses, compiled into the CLI's own dist.
// By relative path, not the package entry: @latchkey/sdk also loads the verifier and jose, which a command line
// never needs and which cost start-up time (about 60 ms of CPU per run, measured on this machine).

export { apiKey } from '../../sdk/src/auth/api-key.ts';
export { clientCredentials } from '../../sdk/src/auth/client-credentials.ts';
export { netrc, netrcPath, parseNetrc } from '../../sdk/src/auth/netrc.ts';
export type { AuthContext, AuthStrategy } from '../../sdk/src/auth/strategy.ts';
export { createLatchkey, type LatchkeyClient, ok } from '../../sdk/src/client.ts';
export { LatchkeyError } from '../../sdk/src/errors.ts';
export type { components, paths } from '../../sdk/src/generated/openapi.ts';
