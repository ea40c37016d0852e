// @latchkey/sdk/verifier: the verifier for resource servers and its two adapters, a Connect-style middleware and a
// Fastify plugin (Fastify is an optional peer: the plugin imports only its types). The only entry that loads jose.
export { type LatchkeyFastifyOptions, latchkeyFastify, sendRefusal } from './fastify.ts';
export { type LatchkeyMiddlewareOptions, type LatchkeyRequest, latchkeyMiddleware } from './middleware.ts';
export type { CredentialHeaders, Refusal, Verification, VerifiedPrincipal } from './result.ts';
export { isAccessToken } from './token.ts';
export { createVerifier, type Verifier, type VerifierOptions, type VerifyRequest } from './verifier.ts';
