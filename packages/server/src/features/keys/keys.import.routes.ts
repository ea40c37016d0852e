// POST /v0/admin/keys/import: keys from the system Latchkey replaces, by their hashes, up to 10,000 a request.
import { Type } from 'typebox';
import { callerOf } from '../../auth/actor.ts';
import type { RoutesPlugin } from '../../context.ts';
import { authErrors, component, DisplayName, ErrorBody, Timestamp } from '../../lib/schemas.ts';
import { IMPORT_MAX_LINES, LOOKUP_PREFIX_MAX } from './keys.import.ts';
import { KeyScopesBody } from './keys.routes.ts';

/** 10,000 lines of a few hundred bytes each, with room to spare. */
const IMPORT_BODY_LIMIT = 8 * 1024 * 1024;

const Hash = Type.Union(
  [
    Type.Object(
      {
        sha256: Type.String({
          maxLength: 128,
          description: 'SHA-256 of the key: 64 hex digits, or base64 (standard or url-safe).',
        }),
      },
      { additionalProperties: false },
    ),
    Type.Object(
      {
        bcrypt: Type.String({
          maxLength: 128,
          description: 'The bcrypt hash of the key ($2a$, $2b$ or $2y$).',
        }),
      },
      { additionalProperties: false },
    ),
  ],
  { description: 'The old system’s hash of the key: exactly one of sha256 or bcrypt.' },
);

const Line = Type.Object(
  {
    owner: Type.String({
      minLength: 1,
      maxLength: 254,
      pattern: '^[^\\x00-\\x1f\\x7f]+$',
      description: 'The user who owns the key: slug, email or UUID.',
    }),
    name: DisplayName(),
    hash: Hash,
    lookup_prefix: Type.Optional(
      Type.String({
        maxLength: LOOKUP_PREFIX_MAX,
        description:
          'bcrypt only, and required there: the first 8 to 32 characters of the key, as the old system stored them. bcrypt is salted, so the key is found by this prefix.',
      }),
    ),
    start: Type.Optional(
      Type.String({
        maxLength: 16,
        pattern: '^[\\x21-\\x7e]*$',
        description: 'What lists show to recognise the key (the old system’s displayed prefix).',
      }),
    ),
    created: Type.Optional(Timestamp),
    expiration: Type.Optional(Type.Union([Timestamp, Type.Null()])),
    scopes: Type.Optional(KeyScopesBody),
  },
  { additionalProperties: false },
);

const Body = Type.Object(
  {
    keys: Type.Array(Line, {
      minItems: 1,
      maxItems: IMPORT_MAX_LINES,
      description: `At most ${IMPORT_MAX_LINES} keys a request; send more in several requests.`,
    }),
  },
  { additionalProperties: false },
);

const Outcome = component(
  'KeyImportOutcome',
  Type.Object({
    imported: Type.Integer({ description: 'Keys imported by this request.' }),
    already_imported: Type.Integer({
      description: 'Lines whose hash was imported before for the same owner: nothing changed.',
    }),
    refused: Type.Integer({ description: 'Lines refused; each is in refusals.' }),
    refusals: Type.Array(
      Type.Object({
        index: Type.Integer({ description: 'The line’s position in keys, from 0.' }),
        code: Type.String({ description: 'Why, e.g. unknown_owner, malformed_hash, duplicate_in_request.' }),
        message: Type.String(),
      }),
    ),
  }),
);

export const keyImportRoutes: RoutesPlugin = (app, ctx) => {
  app.post(
    '/v0/admin/keys/import',
    {
      config: { auth: 'admin' },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['admin'],
        operationId: 'importKeys',
        summary: 'Import keys from another system by their hashes',
        description:
          'Imports API keys another system issued, by their SHA-256 or bcrypt hashes, so their holders keep using them. Each line is imported, recognised as imported before, or refused with its index and reason. Turns allow_imported_keys on. Administrators only; audited with counts, never a hash.',
        body: Body,
        response: { 200: Outcome, ...authErrors, 413: ErrorBody },
      },
    },
    async (request) => ctx.keyImport.import(callerOf(request), request.body.keys),
  );
};
