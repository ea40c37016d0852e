// Passkeys as the API shows them, and the WebAuthn JSON the browser and the server exchange (as
// PublicKeyCredential's toJSON() and parse…OptionsFromJSON() spell it).
import { Type } from 'typebox';
import type { PasskeyRow } from '../../db/schema.ts';
import { toIso, toIsoOrNull } from '../../lib/clock.ts';
import { component, NullableTimestamp, Timestamp } from '../../lib/schemas.ts';

const b64url = (description: string, maxLength = 4096) =>
  Type.String({ minLength: 1, maxLength, pattern: '^[A-Za-z0-9_-]+={0,2}$', description });

/** Anything a browser or the library adds that Latchkey passes along without reading. */
const Open = Type.Object({}, { additionalProperties: true });

const Descriptor = Type.Object({
  id: Type.String({ description: 'A credential id, base64url.' }),
  type: Type.Literal('public-key'),
  transports: Type.Optional(Type.Array(Type.String())),
});

export const PasskeyCreationOptions = component(
  'PasskeyCreationOptions',
  Type.Object(
    {
      challenge: Type.String({ description: 'Single use, five minutes.' }),
      rp: Type.Object({ name: Type.String(), id: Type.Optional(Type.String()) }),
      user: Type.Object({ id: Type.String(), name: Type.String(), displayName: Type.String() }),
      pubKeyCredParams: Type.Array(Type.Object({ alg: Type.Integer(), type: Type.Literal('public-key') })),
      timeout: Type.Optional(Type.Integer()),
      excludeCredentials: Type.Optional(Type.Array(Descriptor)),
      authenticatorSelection: Type.Optional(
        Type.Object({
          authenticatorAttachment: Type.Optional(Type.String()),
          requireResidentKey: Type.Optional(Type.Boolean()),
          residentKey: Type.Optional(Type.String()),
          userVerification: Type.Optional(Type.String()),
        }),
      ),
      hints: Type.Optional(Type.Array(Type.String())),
      attestation: Type.Optional(Type.String()),
      extensions: Type.Optional(Open),
    },
    {
      description:
        'PublicKeyCredentialCreationOptions as JSON: give it to PublicKeyCredential.parseCreationOptionsFromJSON() (or @simplewebauthn/browser’s startRegistration).',
    },
  ),
);

export const PasskeyRequestOptions = component(
  'PasskeyRequestOptions',
  Type.Object(
    {
      challenge: Type.String({ description: 'Single use, five minutes.' }),
      rpId: Type.Optional(Type.String({ description: 'The host of LATCHKEY_PUBLIC_URL.' })),
      timeout: Type.Optional(Type.Integer()),
      userVerification: Type.Optional(Type.String()),
      allowCredentials: Type.Optional(Type.Array(Descriptor)),
      hints: Type.Optional(Type.Array(Type.String())),
      extensions: Type.Optional(Open),
    },
    {
      description:
        'PublicKeyCredentialRequestOptions as JSON: give it to PublicKeyCredential.parseRequestOptionsFromJSON() (or @simplewebauthn/browser’s startAuthentication).',
    },
  ),
);

const credentialFields = {
  id: b64url('The credential id.', 1024),
  rawId: b64url('The credential id.', 1024),
  type: Type.Literal('public-key'),
  clientExtensionResults: Type.Optional(Open),
  authenticatorAttachment: Type.Optional(Type.String({ maxLength: 32 })),
};

// Inline, not a named component: request bodies are validated where they are declared.
export const PasskeyRegistration = Type.Object(
  {
    ...credentialFields,
    response: Type.Object(
      {
        clientDataJSON: b64url('The client data the browser made.'),
        attestationObject: b64url('The new public key, with the authenticator’s data.', 16_384),
        transports: Type.Optional(Type.Array(Type.String({ maxLength: 32 }), { maxItems: 16 })),
      },
      { additionalProperties: true },
    ),
  },
  {
    additionalProperties: true,
    description: 'What navigator.credentials.create() made, as its toJSON() gives it.',
  },
);

// Inline, not a named component: request bodies are validated where they are declared.
export const PasskeyAssertion = Type.Object(
  {
    ...credentialFields,
    response: Type.Object(
      {
        clientDataJSON: b64url('The client data the browser made: challenge, origin, type.'),
        authenticatorData: b64url('Relying party hash, flags and signature counter.'),
        signature: b64url('Over the authenticator data and the client data’s hash.'),
        userHandle: Type.Optional(Type.String({ maxLength: 256 })),
      },
      { additionalProperties: true },
    ),
  },
  {
    additionalProperties: true,
    description: 'What navigator.credentials.get() answered, as its toJSON() gives it.',
  },
);

export const Passkey = component(
  'Passkey',
  Type.Object({
    uuid: Type.String(),
    name: Type.String(),
    creation: Timestamp,
    last_use: NullableTimestamp,
    transports: Type.Array(Type.String(), { description: 'As the browser reported them at registration.' }),
  }),
);

export const passkeyJson = (row: PasskeyRow) => ({
  uuid: row.id,
  name: row.name,
  creation: toIso(row.createdAt),
  last_use: toIsoOrNull(row.lastUsedAt),
  transports: row.transports === '' ? [] : row.transports.split(','),
});
