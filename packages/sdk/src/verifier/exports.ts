// @latchkey/sdk/verifier: the verifier for resource servers and its middleware (the Fastify plugin is @latchkey/sdk/fastify).
export { type LatchkeyMiddlewareOptions, type LatchkeyRequest, latchkeyMiddleware } from './middleware.ts';
export type { CredentialHeaders, Refusal, Verification, VerifiedPrincipal } from './result.ts';
export { isAccessToken } from './token.ts';
export { createVerifier, type Verifier, type VerifierOptions, type VerifyRequest } from './verifier.ts';
