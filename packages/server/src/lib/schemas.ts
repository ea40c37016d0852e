// Schemas shared by every route: the error body, times, path references and JSON views.
import { Type } from 'typebox';

export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'A stable, machine-readable code.' }),
      message: Type.String({ description: 'What went wrong and what to do next.' }),
      request_id: Type.String(),
    }),
  },
  { $id: 'ErrorBody' },
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
