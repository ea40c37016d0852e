// The JSON shape of an app; never a secret's hash, and secrets in plaintext only in the responses that create them.
import { Type } from 'typebox';
import { RateLimitJson } from '../../auth/ratelimit/ratelimit.view.ts';
import type { AppRow, AppSecretRow } from '../../db/schema.ts';
import { warningsOf } from '../../lib/allowed-addresses.ts';
import { toIso, toIsoOrNull } from '../../lib/clock.ts';
import { component, NullableTimestamp, Timestamp, Uuid } from '../../lib/schemas.ts';
import { LimitsJson } from '../limits/limits.rules.ts';
import {
  allowedIpsOfApp,
  ceilingOf,
  configItemsOf,
  configValuesOf,
  scopesOf,
  statusOf,
} from './apps.service.ts';

const ConfigValue = Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Null()]);

const AppShape = Type.Object({
  uuid: Uuid,
  client_id: Type.String({ description: 'The OAuth2 client id (`app_…`): stable, and not a secret.' }),
  slug: Type.String(),
  name: Type.String(),
  description: Type.String(),
  lifecycle: Type.Union([Type.Literal('manual'), Type.Literal('automatic')]),
  status: Type.Union([Type.Literal('active'), Type.Literal('inactive'), Type.Literal('archived')]),
  version: Type.Union([Type.String(), Type.Null()]),
  scopes: Type.Array(Type.String()),
  permissions: Type.Union([Type.Array(Type.String()), Type.Null()], {
    description:
      'The permission ceiling an administrator set: the most the app’s access tokens may be granted. Null: none beyond its role assignments.',
  }),
  allowed_ips: Type.Union([Type.Array(Type.String()), Type.Null()], {
    description:
      'The only client addresses (normalised IPs or CIDRs) the app’s credentials may be used from; null: anywhere.',
  }),
  warnings: Type.Optional(
    Type.Array(Type.String(), {
      description:
        'What the app’s settings allow that may be a mistake (an allowed address list of `0.0.0.0/0`).',
    }),
  ),
  webhook_url: Type.Union([Type.String(), Type.Null()]),
  configuration: Type.Array(
    Type.Object({
      key: Type.String(),
      description: Type.String(),
      type: Type.String(),
      required: Type.Boolean(),
      value: ConfigValue,
    }),
  ),
  secret: Type.Optional(
    Type.Union([
      Type.Object({
        start: Type.String({ description: 'The prefix and first characters of the current secret.' }),
        creation: Timestamp,
      }),
      Type.Null(),
    ]),
  ),
  creator: Type.Union([Uuid, Type.Null()]),
  creation: Timestamp,
  modified: Timestamp,
  activated: NullableTimestamp,
  archived: NullableTimestamp,
  last_seen: NullableTimestamp,
  rate_limit: RateLimitJson,
  limits: Type.Optional(LimitsJson),
});
export const AppJson = component('App', AppShape);

const CreatedFromManifestShape = Type.Intersect([
  AppShape,
  Type.Object({
    webhook_secret: Type.Union([Type.String(), Type.Null()], {
      description: 'The HMAC-SHA256 key that signs this app’s webhooks. Shown once; store it now.',
    }),
  }),
]);
export const CreatedFromManifestJson = component('CreatedApp', CreatedFromManifestShape);

const CreatedSecretShape = Type.Object({
  client_id: Type.String(),
  client_secret: Type.String({ description: 'The plaintext secret. Shown once; store it now.' }),
  start: Type.String(),
  creation: Timestamp,
  previous_secret_expiration: Type.Union([Timestamp, Type.Null()], {
    description: 'When the replaced secret stops working (set when grace_seconds was given).',
  }),
});
export const CreatedSecretJson = component('CreatedClientSecret', CreatedSecretShape);

export function appJson(app: AppRow, secret?: AppSecretRow | null) {
  const values = configValuesOf(app);
  return {
    uuid: app.id,
    client_id: app.clientId,
    slug: app.slug,
    name: app.name,
    description: app.description,
    lifecycle: app.lifecycle,
    status: statusOf(app),
    version: app.version,
    scopes: scopesOf(app),
    permissions: ceilingOf(app),
    allowed_ips: allowedIpsOfApp(app),
    ...((warnings) => (warnings.length > 0 ? { warnings } : {}))(
      warningsOf(allowedIpsOfApp(app), 'allowed_ips'),
    ),
    webhook_url: app.webhookUrl,
    configuration: configItemsOf(app).map((item) => ({ ...item, value: values[item.key] ?? null })),
    ...(secret === undefined
      ? {}
      : { secret: secret === null ? null : { start: secret.start, creation: toIso(secret.createdAt) } }),
    creator: app.createdBy,
    creation: toIso(app.createdAt),
    modified: toIso(app.updatedAt),
    activated: toIsoOrNull(app.activatedAt),
    archived: toIsoOrNull(app.archivedAt),
    last_seen: toIsoOrNull(app.lastSeenAt),
  };
}
