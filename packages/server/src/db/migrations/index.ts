// Every migration, in order; a static list so the bundle needs no file-system scan.
import type { Migration } from 'kysely';
import * as initial from './2026-11-23T1000-initial.ts';
import * as sitePolicy from './2026-11-23T1100-site-policy-and-session-keys.ts';
import * as apps from './2026-11-23T1200-apps.ts';
import * as identityProviders from './2026-11-23T1300-identity-providers.ts';
import * as access from './2026-11-23T1400-access.ts';
import * as rateLimits from './2026-11-23T1500-rate-limits.ts';
import * as audit from './2026-11-23T1600-audit.ts';
import * as events from './2026-12-01T1000-events.ts';
import * as schedules from './2026-12-01T1100-schedules.ts';
import * as keyLineage from './2026-12-02T1200-key-lineage.ts';
import * as dataKeys from './2026-12-03T1000-data-keys.ts';
import * as permissions from './2026-12-03T1100-permissions.ts';
import * as totp from './2026-12-03T1200-totp.ts';
import * as importedKeys from './2026-12-03T1300-imported-keys.ts';
import * as appPermissions from './2026-12-03T1301-app-permissions.ts';
import * as credentialUsage from './2026-12-03T1320-credential-usage.ts';
import * as passkeys from './2026-12-03T1330-passkeys.ts';
import * as deviceAuthorizations from './2026-12-03T1340-device-authorizations.ts';
import * as ssoSignIn from './2026-12-03T1341-sso-sign-in.ts';
import * as signInPolicy from './2026-12-03T1350-sign-in-policy.ts';
import * as federatedCredentials from './2026-12-03T1430-federated-credentials.ts';

export const migrations: Record<string, Migration> = {
  '2026-11-23T1000-initial': initial,
  '2026-11-23T1100-site-policy-and-session-keys': sitePolicy,
  '2026-11-23T1200-apps': apps,
  '2026-11-23T1300-identity-providers': identityProviders,
  '2026-11-23T1400-access': access,
  '2026-11-23T1500-rate-limits': rateLimits,
  '2026-11-23T1600-audit': audit,
  '2026-12-01T1000-events': events,
  '2026-12-01T1100-schedules': schedules,
  '2026-12-02T1200-key-lineage': keyLineage,
  '2026-12-03T1000-data-keys': dataKeys,
  '2026-12-03T1100-permissions': permissions,
  '2026-12-03T1200-totp': totp,
  '2026-12-03T1300-imported-keys': importedKeys,
  '2026-12-03T1301-app-permissions': appPermissions,
  '2026-12-03T1320-credential-usage': credentialUsage,
  '2026-12-03T1340-device-authorizations': deviceAuthorizations,
  '2026-12-03T1341-sso-sign-in': ssoSignIn,
  '2026-12-03T1330-passkeys': passkeys,
  '2026-12-03T1350-sign-in-policy': signInPolicy,
  '2026-12-03T1430-federated-credentials': federatedCredentials,
};
