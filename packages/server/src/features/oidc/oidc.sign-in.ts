// A provider's sign-in settings: people may sign in to the console through it, with its client registration.
import type { IdentityProviderRow } from '../../db/schema.ts';
import { invalid } from '../../lib/errors.ts';
import type { Keyring } from '../../secrets/keyring.ts';

export interface SignInInput {
  signIn?: boolean;
  displayName?: string | null;
  clientId?: string | null;
  /** Write-only: sealed at rest, never answered back. */
  clientSecret?: string | null;
  jitDomains?: string[];
}

export const SECRET_FIELD = 'identity_providers.client_secret';

export const jitDomainsOf = (row: IdentityProviderRow): string[] => JSON.parse(row.jitDomains) as string[];

/** The sign-in settings as the audit log records them: whether a secret is set, never the secret. */
export const signInSettingsOf = (row: IdentityProviderRow) => ({
  sign_in: row.signIn === 1,
  display_name: row.displayName,
  client_id: row.clientId,
  client_secret_set: row.clientSecret !== null,
  jit_domains: jitDomainsOf(row),
});

/** The name on the console's button: the administrator's, or the issuer's host. */
export const displayNameOf = (row: IdentityProviderRow): string =>
  row.displayName ?? new URL(row.issuer).host;

/** The columns an input changes, the secret sealed to the row; refuses sign-in without a client registration. */
export function signInColumns(
  keyring: Keyring,
  row: Pick<IdentityProviderRow, 'id' | 'signIn' | 'clientId' | 'clientSecret'>,
  input: SignInInput,
): Partial<IdentityProviderRow> {
  const columns: Partial<IdentityProviderRow> = {};
  if (input.signIn !== undefined) columns.signIn = input.signIn ? 1 : 0;
  if (input.displayName !== undefined) columns.displayName = input.displayName;
  if (input.clientId !== undefined) columns.clientId = input.clientId;
  if (input.clientSecret !== undefined)
    columns.clientSecret =
      input.clientSecret === null ? null : keyring.seal(SECRET_FIELD, row.id, input.clientSecret);
  if (input.jitDomains !== undefined)
    columns.jitDomains = JSON.stringify([...new Set(input.jitDomains.map((domain) => domain.toLowerCase()))]);
  const after = { ...row, ...columns };
  if (after.signIn === 1 && (after.clientId === null || after.clientSecret === null)) {
    throw invalid(
      'sign_in: a provider people sign in through needs its client_id and client_secret (the client registered for Latchkey at the provider).',
    );
  }
  return columns;
}
