// The JSON shape of a resource server.
import { Type } from 'typebox';
import type { ResourceRow } from '../../db/schema.ts';
import { toIso } from '../../lib/clock.ts';
import { component, Timestamp, Uuid } from '../../lib/schemas.ts';

export const ResourceJson = component(
  'Resource',
  Type.Object({
    uuid: Uuid,
    identifier: Type.String({
      description: 'The resource indicator (RFC 8707): what `resource=` names and the token’s `aud` carries.',
    }),
    name: Type.String(),
    creation: Timestamp,
    modified: Timestamp,
  }),
);

export const resourceJson = (row: ResourceRow) => ({
  uuid: row.id,
  identifier: row.identifier,
  name: row.name,
  creation: toIso(row.createdAt),
  modified: toIso(row.updatedAt),
});

export const AppResourcesJson = component(
  'AppResources',
  Type.Object({
    limited: Type.Boolean({
      description: 'false: the app may obtain tokens for every registered resource; true: only `resources`.',
    }),
    resources: Type.Array(ResourceJson),
  }),
);

export const appResourcesJson = (rows: ResourceRow[] | null) => ({
  limited: rows !== null,
  resources: (rows ?? []).map(resourceJson),
});
