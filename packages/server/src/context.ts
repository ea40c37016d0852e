// What route plugins receive: the configuration and the services built by buildApp.

import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { Config } from './config.ts';
import type { Db } from './db/schema.ts';
import type { AccessService } from './features/access/access.service.ts';
import type { ProjectsService } from './features/access/projects.service.ts';
import type { AppsService } from './features/apps/apps.service.ts';
import type { FederatedCredentials } from './features/apps/federated-credentials.service.ts';
import type { AuditLog } from './features/audit/audit.service.ts';
import type { DeviceService } from './features/device/device.service.ts';
import type { WebhooksService } from './features/events/events.service.ts';
import type { Events, Leaks } from './features/events/events.wiring.ts';
import type { KeyImport } from './features/keys/keys.import.ts';
import type { KeysService } from './features/keys/keys.service.ts';
import type { MfaRecovery } from './features/mfa/mfa.recovery.ts';
import type { MfaService } from './features/mfa/mfa.service.ts';
import type { OAuthService } from './features/oauth/oauth.service.ts';
import type { TokenExchange } from './features/oauth/token-exchange.ts';
import type { OidcService } from './features/oidc/oidc.service.ts';
import type { PasskeysService } from './features/passkeys/passkeys.service.ts';
import type { RoleAssignments } from './features/permissions/assignments.service.ts';
import type { PermissionsService } from './features/permissions/permissions.service.ts';
import type { SessionsService } from './features/sessions/sessions.service.ts';
import type { SettingsService } from './features/settings/settings.service.ts';
import type { SigningKeys } from './features/signing-keys/signing-keys.service.ts';
import type { SsoService } from './features/sso/sso.service.ts';
import type { UsageCounter } from './features/usage/usage.recorder.ts';
import type { UsageService } from './features/usage/usage.service.ts';
import type { UserLinks } from './features/users/users.links.ts';
import type { UsersService } from './features/users/users.service.ts';
import type { Clock } from './lib/clock.ts';
import type { Keyring } from './secrets/keyring.ts';

export interface AppContext {
  config: Config;
  db: Db;
  /** Seals and opens the secrets kept in the database. */
  keyring: Keyring;
  clock: Clock;
  users: UsersService;
  /** Invitation and password reset links. */
  userLinks: UserLinks;
  sessions: SessionsService;
  /** Second factors (TOTP, recovery codes). */
  mfa: MfaService;
  /** Passkeys: WebAuthn credentials, for a password-less sign-in or as a second factor. */
  passkeys: PasskeysService;
  /** New recovery codes, and an administrator's reset of a user's factors. */
  mfaRecovery: MfaRecovery;
  keys: KeysService;
  keyImport: KeyImport;
  settings: SettingsService;
  oidc: OidcService;
  /** Signing in to the console through an identity provider. */
  sso: SsoService;
  signingKeys: SigningKeys;
  apps: AppsService;
  /** The workload identities each app trusts instead of a secret. */
  federatedCredentials: FederatedCredentials;
  oauth: OAuthService;
  /** A workload's token for an app's access token (RFC 8693, or a jwt-bearer client assertion). */
  tokenExchange: TokenExchange;
  /** Device sign-ins for the CLI (RFC 8628). */
  device: DeviceService;
  /** Organisations, teams and their members. */
  access: AccessService;
  /** Projects, collaborators and the access check. */
  projects: ProjectsService;
  /** The permission catalogue, roles and the permission decision. */
  permissions: PermissionsService;
  /** Role assignments at tenant, org and project scope. */
  assignments: RoleAssignments;
  /** The hash-chained audit log. */
  audit: AuditLog;
  /** Event webhook endpoints and their delivery logs. */
  webhooks: WebhooksService;
  /** The outbox, the delivery worker and the schedules behind events (features/events). */
  events: Events;
  /** Leaked-credential reports and self-revocation. */
  leaks: Leaks;
  /** Each key's and app's usage history, as stored. */
  usage: UsageService;
  /** Counts decisions into the usage history; undefined when `LATCHKEY_USAGE_HISTORY` is off. */
  usageRecorder?: UsageCounter;
}

export type TypedApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export type RoutesPlugin = (app: TypedApp, ctx: AppContext) => void;
