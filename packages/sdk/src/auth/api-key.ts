// apiKey(): a user or session key, in any of the forms the server accepts.
import { type AuthStrategy, basic, checkSecret } from './strategy.ts';

export type KeyForm = 'bearer' | 'basic' | 'apikey-header';

/**
 * A personal (lk_user_…) or session (lk_sess_…) key. `as`: `Authorization: Bearer KEY` (default),
 * Basic `apikey:KEY` (the netrc form), or the `apikey` header.
 */
export function apiKey(key: string, options: { as?: KeyForm } = {}): AuthStrategy {
  const secret = checkSecret(key, 'apiKey(key)');
  const form = options.as ?? 'bearer';
  const headers: Record<KeyForm, Record<string, string>> = {
    bearer: { authorization: `Bearer ${secret}` },
    basic: { authorization: basic('apikey', secret) },
    'apikey-header': { apikey: secret },
  };
  const chosen = headers[form];
  if (!chosen) throw new TypeError(`apiKey: "as" must be bearer, basic or apikey-header`);
  return { kind: 'api_key', authorize: async () => chosen };
}
