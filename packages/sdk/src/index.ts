// @latchkey/sdk: the typed Latchkey client, its auth strategies, errors and pagination. The verifier for resource
// servers is @latchkey/sdk/verifier, so a client never loads jose; the contract's types alone, for a browser, are
// @latchkey/sdk/contract. Everything else in src/ is internal.
export { apiKey, type KeyForm } from './auth/api-key.ts';
export {
  type ClientCredentialsOptions,
  type ClientCredentialsStrategy,
  clientCredentials,
} from './auth/client-credentials.ts';
export { type EnvConfig, fromEnv } from './auth/env.ts';
export { type NetrcEntry, netrc, netrcPath, parseNetrc } from './auth/netrc.ts';
export { type SessionCredentials, session } from './auth/session.ts';
export type { AuthContext, AuthStrategy } from './auth/strategy.ts';
export { createLatchkey, type LatchkeyClient, type LatchkeyOptions, ok } from './client.ts';
export { type ErrorCode, LatchkeyError } from './errors.ts';
export type { components, operations, paths } from './generated/openapi.ts';
export type { ItemOf, ListPath, Paginated } from './paginate.ts';
export type { RetryOptions } from './retry.ts';
