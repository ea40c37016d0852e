// Schemas shared by every route: named components, the error body, times, path references and JSON views.
import { type Static, type TSchema, Type } from 'typebox';
import { ERROR_STATUS, type ErrorCode } from './errors.ts';

const COMPONENTS = new Map<string, TSchema>();

/**
 * A named schema: registered once (http/openapi.ts adds every one with app.addSchema, so it is listed in the
 * OpenAPI `components.schemas`), referenced by `$ref` where a route uses it, typed as the schema it names.
 * For response bodies only: request bodies are validated by TypeBox, which does not read shared schemas.
 */
export function component<T extends TSchema>(id: string, schema: T) {
  if (COMPONENTS.has(id)) throw new Error(`component schema ${id} is declared twice`);
  COMPONENTS.set(id, { ...schema, $id: id });
  return Type.Unsafe<Static<T>>({ $ref: `${id}#` });
}

/** Every named schema, as app.addSchema takes them. */
export const componentSchemas = (): TSchema[] => [...COMPONENTS.values()];

const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

export const ErrorBody = component(
  'Error',
  Type.Object(
    {
      error: Type.Object({
        code: Type.Unsafe<ErrorCode>({
          type: 'string',
          enum: ERROR_CODES,
          description: 'A stable, machine-readable code; each has one HTTP status.',
        }),
        message: Type.String({ description: 'What went wrong and what to do next.' }),
        request_id: Type.String({ description: 'The X-Request-Id of the request, for the server logs.' }),
      }),
    },
    { description: 'Every error of the API, except the OAuth endpoints’ (OAuthError).' },
  ),
);

/** The same error as RFC 9457 problem details, for a client whose Accept names application/problem+json. */
export const ProblemBody = component(
  'Problem',
  Type.Object(
    {
      type: Type.String({ description: '`about:blank`: the status says what happened (RFC 9457 §4.2.1).' }),
      title: Type.String({ description: 'The status’s reason phrase.' }),
      status: Type.Integer({ description: 'The HTTP status.' }),
      detail: Type.String({ description: 'What went wrong and what to do next.' }),
      code: Type.Unsafe<ErrorCode>({ type: 'string', enum: ERROR_CODES, description: 'The error code.' }),
      request_id: Type.String({ description: 'The X-Request-Id of the request, for the server logs.' }),
    },
    {
      description: 'RFC 9457 problem details: the Error body when Accept asks for application/problem+json.',
    },
  ),
);

export const Timestamp = Type.String({ format: 'date-time' });
export const NullableTimestamp = Type.Union([Timestamp, Type.Null()]);

/** A UUID or a slug, as Bencher accepts for users, apps, orgs and projects. */
export const ResourceRef = (what: string) =>
  Type.String({
    minLength: 1,
    maxLength: 64,
    // No control characters: a NUL cannot even be compared in PostgreSQL text (it ended in a 500).
    pattern: '^[^\\x00-\\x1f\\x7f]+$',
    description: `The slug or UUID of the ${what}.`,
  });

export const Uuid = Type.String({ format: 'uuid' });

/** Names shown to people: 1-64 characters, no control characters. */
export const DisplayName = (max = 64) =>
  Type.String({
    minLength: 1,
    maxLength: max,
    pattern: '^[^\\x00-\\x1f\\x7f]*[^\\s\\x00-\\x1f\\x7f][^\\x00-\\x1f\\x7f]*$',
    description: `1 to ${max} characters, not only spaces, no control characters.`,
  });

/** Error responses every authenticated route may give. */
export const authErrors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  429: ErrorBody,
};
