// The JSON shape of an identity provider.
import { Type } from 'typebox';
import type { IdentityProviderRow } from '../../db/schema.ts';
import { toIso } from '../../lib/clock.ts';
import { component, Timestamp, Uuid } from '../../lib/schemas.ts';
import { algorithmsOf } from './oidc.service.ts';
import { jitDomainsOf } from './oidc.sign-in.ts';

const ProviderShape = Type.Object({
  uuid: Uuid,
  issuer: Type.String({ description: 'The `iss` its id tokens carry, exactly.' }),
  audience: Type.String({ description: 'The client id its id tokens must be issued to (`aud`).' }),
  email_claim: Type.String({ description: 'The claim naming the Latchkey user by email.' }),
  algorithms: Type.Array(Type.String(), { description: 'The JWS algorithms accepted.' }),
  enabled: Type.Boolean(),
  jwks_uri: Type.String({ description: 'Where its signing keys are fetched, from its discovery document.' }),
  sign_in: Type.Boolean({ description: 'Whether people may sign in to the console through it.' }),
  display_name: Type.Union([Type.String(), Type.Null()], {
    description: 'The name on the console’s “Sign in with” button; null shows the issuer’s host.',
  }),
  client_id: Type.Union([Type.String(), Type.Null()], {
    description: 'The client registered for Latchkey at the provider, for sign-in.',
  }),
  client_secret_set: Type.Boolean({
    description: 'Whether a client secret is set. The secret itself is never answered.',
  }),
  jit_domains: Type.Array(Type.String(), {
    description: 'Email domains whose people get a user created at their first sign-in.',
  }),
  creation: Timestamp,
  modified: Timestamp,
});
export const ProviderJson = component('IdentityProvider', ProviderShape);

export const providerJson = (row: IdentityProviderRow) => ({
  uuid: row.id,
  issuer: row.issuer,
  audience: row.audience,
  email_claim: row.emailClaim,
  algorithms: algorithmsOf(row),
  enabled: row.disabledAt === null,
  jwks_uri: row.jwksUri,
  sign_in: row.signIn === 1,
  display_name: row.displayName,
  client_id: row.clientId,
  client_secret_set: row.clientSecret !== null,
  jit_domains: jitDomainsOf(row),
  creation: toIso(row.createdAt),
  modified: toIso(row.updatedAt),
});
