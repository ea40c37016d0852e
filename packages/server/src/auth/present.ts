// Reads the request's headers into the one credential it presents, nothing, or a precise refusal.
import type { IncomingHttpHeaders } from 'node:http';

export interface Presented {
  form: 'bearer';
  secret: string;
}

export type PresentResult =
  | { ok: true; presented: Presented | undefined }
  | { ok: false; status: 400 | 401; message: string };

export const ACCEPTED_FORMS = 'Authorization: Bearer <key or token>';

export function present(headers: IncomingHttpHeaders): PresentResult {
  const authorization = headers.authorization;
  if (authorization === undefined || authorization === '') return { ok: true, presented: undefined };
  const space = authorization.indexOf(' ');
  const scheme = (space === -1 ? authorization : authorization.slice(0, space)).toLowerCase();
  const value = space === -1 ? '' : authorization.slice(space + 1).trim();
  if (scheme !== 'bearer') {
    return {
      ok: false,
      status: 401,
      message: `Unsupported authorization scheme. Accepted: ${ACCEPTED_FORMS}.`,
    };
  }
  if (value === '')
    return { ok: false, status: 401, message: `Empty bearer credential. Accepted: ${ACCEPTED_FORMS}.` };
  return { ok: true, presented: { form: 'bearer', secret: value } };
}
