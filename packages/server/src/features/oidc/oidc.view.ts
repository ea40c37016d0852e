// The JSON shape of an identity provider.
import { Type } from 'typebox';
import type { IdentityProviderRow } from '../../db/schema.ts';
import { toIso } from '../../lib/clock.ts';
import { component, Timestamp, Uuid } from '../../lib/schemas.ts';
import { algorithmsOf } from './oidc.service.ts';

const ProviderShape = Type.Object({
  uuid: Uuid,
  issuer: Type.String({ description: 'The `iss` its id tokens carry, exactly.' }),
  audience: Type.String({ description: 'The client id its id tokens must be issued to (`aud`).' }),
  email_claim: Type.String({ description: 'The claim naming the Latchkey user by email.' }),
  algorithms: Type.Array(Type.String(), { description: 'The JWS algorithms accepted.' }),
  enabled: Type.Boolean(),
  jwks_uri: Type.String({ description: 'Where its signing keys are fetched, from its discovery document.' }),
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
  creation: toIso(row.createdAt),
  modified: toIso(row.updatedAt),
});
