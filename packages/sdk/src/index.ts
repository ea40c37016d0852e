// @latchkey/sdk: the typed Latchkey client and its auth strategies. The verifier for resource servers is
// @latchkey/sdk/verifier, so a client never loads jose.
export { apiKey, type KeyForm } from './auth/api-key.ts';
export {
  type ClientCredentialsOptions,
  type ClientCredentialsStrategy,
  clientCredentials,
  REFRESH_MARGIN,
  refreshAfterSeconds,
} from './auth/client-credentials.ts';
export { type EnvConfig, fromEnv } from './auth/env.ts';
export { type NetrcEntry, netrc, netrcPath, parseNetrc } from './auth/netrc.ts';
export { type SessionCredentials, session } from './auth/session.ts';
export type { AuthContext, AuthStrategy } from './auth/strategy.ts';
export { createLatchkey, type LatchkeyClient, type LatchkeyOptions, ok } from './client.ts';
export { type ErrorCode, LatchkeyError } from './errors.ts';
export type { components, operations, paths } from './generated/openapi.ts';
export { type ItemOf, type ListPath, nextLink, type Paginated } from './paginate.ts';
export { IDEMPOTENT_METHODS, RETRY_STATUSES, type RetryOptions } from './retry.ts';
