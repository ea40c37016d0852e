// The JSON shape of an app's key registration: public key identities only.
import { Type } from 'typebox';
import type { AppKeyRow } from '../../db/schema.ts';
import { toIso } from '../../lib/clock.ts';
import { component, Timestamp, Uuid } from '../../lib/schemas.ts';
import { keysOf, summaryOf } from './app-keys.service.ts';

const Nullable = (description: string) => Type.Union([Type.String(), Type.Null()], { description });

export const AppKeyJson = component(
  'AppKey',
  Type.Object({
    uuid: Uuid,
    name: Type.String(),
    jwks_uri: Nullable('Where the app publishes its JWKS; null for an inline JWKS.'),
    keys: Type.Array(
      Type.Object({
        kid: Nullable('The key id, if the JWK has one.'),
        kty: Type.String(),
        alg: Nullable('The algorithm the JWK names, if any.'),
        crv: Nullable('The curve, for EC and OKP keys.'),
      }),
      { description: 'The keys of an inline JWKS; empty for a jwks_uri (fetched when an assertion comes).' },
    ),
    creation: Timestamp,
  }),
);

export const appKeyJson = (row: AppKeyRow) => ({
  uuid: row.id,
  name: row.name,
  jwks_uri: row.jwksUri,
  keys: keysOf(row).map(summaryOf),
  creation: toIso(row.createdAt),
});
