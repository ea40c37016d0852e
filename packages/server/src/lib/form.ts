// application/x-www-form-urlencoded bodies: parameters by name, with those given more than once remembered.

/** Names given more than once in the form; such a request is invalid (RFC 6749 §3.1, §3.2). */
export const REPEATED: unique symbol = Symbol('repeated form parameters');

/** Every value of each name given more than once, in order (for the few parameters that may repeat: `resource`). */
export const ALL_VALUES: unique symbol = Symbol('all values of repeated form parameters');

export type FormParams = Record<string, string> & {
  [REPEATED]?: string[];
  [ALL_VALUES]?: Record<string, string[]>;
};

/** Every value a form gave for `name`, in order. */
export const valuesOf = (form: FormParams, name: string): string[] =>
  form[ALL_VALUES]?.[name] ?? (form[name] === undefined ? [] : [form[name] as string]);

/** An empty value counts as omitted (RFC 6749 §3.2: "Parameters sent without a value MUST be treated as if they were omitted"). */
export function parseForm(text: string): FormParams {
  const params: FormParams = Object.create(null);
  const repeated: string[] = [];
  const all: Record<string, string[]> = Object.create(null);
  for (const [name, value] of new URLSearchParams(text)) {
    if (value === '') continue;
    if (Object.hasOwn(params, name)) {
      repeated.push(name);
      all[name] = [...(all[name] ?? [params[name] as string]), value];
    } else params[name] = value;
  }
  if (repeated.length > 0) {
    params[REPEATED] = [...new Set(repeated)];
    params[ALL_VALUES] = all;
  }
  return params;
}

export const isForm = (body: unknown): body is FormParams =>
  typeof body === 'object' && body !== null && !Array.isArray(body);
