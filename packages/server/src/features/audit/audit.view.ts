// The JSON shape of an audit event, in the API and in the NDJSON export.
import { Type } from 'typebox';
import type { AuditEventRow } from '../../db/schema.ts';
import { toIso } from '../../lib/clock.ts';
import { component, Timestamp, Uuid } from '../../lib/schemas.ts';

const NullableString = Type.Union([Type.String(), Type.Null()]);

const AuditEventShape = Type.Object({
  uuid: Uuid,
  seq: Type.Integer({ description: 'Position in the hash chain, from 1.' }),
  time: Timestamp,
  action: Type.String({ description: '`<target type>.<what happened>`, e.g. `key.revoked`.' }),
  actor: Type.Object({
    type: Type.Union([
      Type.Literal('user'),
      Type.Literal('app'),
      Type.Literal('anonymous'),
      Type.Literal('system'),
    ]),
    uuid: Type.Union([Uuid, Type.Null()]),
    label: Type.Union([Type.String(), Type.Null()], {
      description: 'The user’s email or the app’s client id at the time.',
    }),
    credential: Type.Union([
      Type.Object({
        kind: Type.String({
          description:
            'session, user_key, session_key, app_token, client_secret (an app at the OAuth endpoints) or oidc.',
        }),
        id: NullableString,
        hint: Type.Union([Type.String(), Type.Null()], {
          description: 'A key’s or client secret’s start, or an identity provider’s issuer; never a secret.',
        }),
      }),
      Type.Null(),
    ]),
  }),
  target: Type.Object({ type: Type.String(), id: Type.String() }),
  client: Type.Object({ address: NullableString, user_agent: NullableString }),
  request_id: NullableString,
  changes: Type.Record(Type.String(), Type.Unknown(), { description: 'What changed; never a secret.' }),
  prev_hash: Type.String(),
  hash: Type.String({ description: 'SHA-256 of prev_hash and the event’s canonical form.' }),
});
export const AuditEventJson = component('AuditEvent', AuditEventShape);

export const auditEventJson = (row: AuditEventRow) => ({
  uuid: row.id,
  seq: row.seq,
  time: toIso(row.at),
  action: row.action,
  actor: {
    type: row.actorType,
    uuid: row.actorId,
    label: row.actorLabel,
    credential:
      row.credentialKind === null
        ? null
        : { kind: row.credentialKind, id: row.credentialId, hint: row.credentialHint },
  },
  target: { type: row.targetType, id: row.targetId },
  client: { address: row.ip, user_agent: row.userAgent },
  request_id: row.requestId,
  changes: JSON.parse(row.changes) as Record<string, unknown>,
  prev_hash: row.prevHash,
  hash: row.hash,
});
