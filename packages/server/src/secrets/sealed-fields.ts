// Every column that holds a secret Latchkey must read back, and the data key (purpose) that encrypts it.
import type { Database } from '../db/schema.ts';

/** One data key per purpose: a leak of one key opens one kind of secret. */
export type Purpose =
  | 'signing_keys'
  | 'webhook_secrets'
  | 'app_configuration'
  | 'webhook_payloads'
  | 'totp_seeds'
  | 'identity_provider_secrets';
export const PURPOSES: readonly Purpose[] = [
  'signing_keys',
  'webhook_secrets',
  'app_configuration',
  'webhook_payloads',
  'totp_seeds',
  'identity_provider_secrets',
];

export interface SealedField {
  table: keyof Database;
  /** The column, as the query builder names it. */
  column: string;
  purpose: Purpose;
  /** Only rows with this column set to 1 hold a secret (the others are encrypted neither way). */
  onlyWhere?: string;
}

/**
 * The name (`table.column`) is half of each value's associated data, the row's id the other half:
 * a value moved to another row or column does not decrypt.
 */
export const SEALED_FIELDS = {
  'signing_keys.private_key_pem': { table: 'signingKeys', column: 'privateKeyPem', purpose: 'signing_keys' },
  'webhook_endpoints.secret': { table: 'webhookEndpoints', column: 'secret', purpose: 'webhook_secrets' },
  'apps.webhook_secret': { table: 'apps', column: 'webhookSecret', purpose: 'webhook_secrets' },
  // Manifests mark no item as secret, and values are often the platform's credentials: all are encrypted.
  'apps.configuration': { table: 'apps', column: 'configuration', purpose: 'app_configuration' },
  // An app's activation delivery carries its client secret until it is delivered.
  'webhook_deliveries.payload': {
    table: 'webhookDeliveries',
    column: 'payload',
    purpose: 'webhook_payloads',
    onlyWhere: 'sensitive',
  },
  // A seed read from a backup would pass the second factor.
  'totp_factors.seed': { table: 'totpFactors', column: 'seed', purpose: 'totp_seeds' },
  // An identity provider's client secret: it signs people in to the console.
  'identity_providers.client_secret': {
    table: 'identityProviders',
    column: 'clientSecret',
    purpose: 'identity_provider_secrets',
  },
} as const satisfies Record<string, SealedField>;

export type FieldName = keyof typeof SEALED_FIELDS;
export const FIELD_NAMES = Object.keys(SEALED_FIELDS) as FieldName[];
