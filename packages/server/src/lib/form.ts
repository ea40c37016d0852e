// application/x-www-form-urlencoded bodies: parameters by name, with those given more than once remembered.

/** Names given more than once in the form; such a request is invalid (RFC 6749 §3.1, §3.2). */
export const REPEATED: unique symbol = Symbol('repeated form parameters');

export type FormParams = Record<string, string> & { [REPEATED]?: string[] };

/** An empty value counts as omitted (RFC 6749 §3.2: "Parameters sent without a value MUST be treated as if they were omitted"). */
export function parseForm(text: string): FormParams {
  const params: FormParams = Object.create(null);
  const repeated: string[] = [];
  for (const [name, value] of new URLSearchParams(text)) {
    if (value === '') continue;
    if (Object.hasOwn(params, name)) repeated.push(name);
    else params[name] = value;
  }
  if (repeated.length > 0) params[REPEATED] = [...new Set(repeated)];
  return params;
}

export const isForm = (body: unknown): body is FormParams =>
  typeof body === 'object' && body !== null && !Array.isArray(body);
