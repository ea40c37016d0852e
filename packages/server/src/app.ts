// buildApp(deps): wires services and registers the feature plugins; no logic of its own.
import { randomBytes } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyServerOptions, LogController } from 'fastify';
import { AccountThrottle } from './auth/account-throttle.ts';
import { createAuthenticator } from './auth/authenticate.ts';
import { CredentialCache } from './auth/cache.ts';
import { cookieSessions } from './auth/cookie-session.ts';
import { FailureThrottle } from './auth/failure-throttle.ts';
import { Invalidations } from './auth/invalidation.ts';
import { LocalBus, PostgresBus } from './auth/invalidation-bus.ts';
import type { Invalidation } from './auth/invalidation-match.ts';
import { registerAuth } from './auth/plugin.ts';
import { buildRateLimits } from './auth/ratelimit/build.ts';
import { RedisBus } from './auth/redis-bus.ts';
import { requirementOf } from './auth/requirement.ts';
import { SECURITY_SCHEMES } from './auth/security.ts';
import type { Config } from './config.ts';
import type { AppContext, RoutesPlugin, TypedApp } from './context.ts';
import { writeLatestTimes } from './db/latest-times.ts';
import type { Db } from './db/schema.ts';
import { AccessCache } from './features/access/access.cache.ts';
import { AccessService } from './features/access/access.service.ts';
import { orgsRoutes } from './features/access/orgs.routes.ts';
import { projectsRoutes } from './features/access/projects.routes.ts';
import { findProject, ProjectsService } from './features/access/projects.service.ts';
import { teamsRoutes } from './features/access/teams.routes.ts';
import { appKeysRoutes } from './features/apps/app-keys.routes.ts';
import { AppKeysService } from './features/apps/app-keys.service.ts';
import { clientSecretLeaks } from './features/apps/apps.leaks.ts';
import { appsRoutes } from './features/apps/apps.routes.ts';
import { AppsService } from './features/apps/apps.service.ts';
import { federatedCredentialsRoutes } from './features/apps/federated-credentials.routes.ts';
import { FederatedCredentials } from './features/apps/federated-credentials.service.ts';
import { auditRoutes } from './features/audit/audit.routes.ts';
import { AuditLog } from './features/audit/audit.service.ts';
import { consoleRoutes } from './features/console/console.routes.ts';
import { consoleStatic } from './features/console/console.static.ts';
import { deviceRoutes } from './features/device/device.routes.ts';
import { DeviceService, GUESS_LIMIT, GUESS_WINDOW_MS } from './features/device/device.service.ts';
import { eventsRoutes } from './features/events/events.routes.ts';
import { buildEvents, buildLeaks } from './features/events/events.wiring.ts';
import { leaksRoutes } from './features/events/leaks.routes.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { adminKeysRoutes } from './features/keys/admin-keys.routes.ts';
import { keyImportRoutes } from './features/keys/keys.import.routes.ts';
import { KeyImport } from './features/keys/keys.import.ts';
import { KeyLifecycle, keyJobs } from './features/keys/keys.lifecycle.ts';
import { dropPermission, keysNaming } from './features/keys/keys.permissions.ts';
import { keysRoutes } from './features/keys/keys.routes.ts';
import { KeysService } from './features/keys/keys.service.ts';
import { RedisCounter } from './features/limits/limits.redis.ts';
import { LimitsService } from './features/limits/limits.service.ts';
import { mfaPolicyRoutes } from './features/mfa/mfa.policy.routes.ts';
import { MfaRecovery } from './features/mfa/mfa.recovery.ts';
import { mfaRoutes } from './features/mfa/mfa.routes.ts';
import { MfaService } from './features/mfa/mfa.service.ts';
import { DatabaseReplayGuard, RedisReplayGuard } from './features/oauth/assertion-replay.ts';
import { PrivateKeyJwt } from './features/oauth/client-assertion.ts';
import { oauthRoutes } from './features/oauth/oauth.routes.ts';
import { OAuthService } from './features/oauth/oauth.service.ts';
import { TokenExchange } from './features/oauth/token-exchange.ts';
import { WorkloadClients } from './features/oauth/workload-clients.ts';
import { WorkloadIssuers } from './features/oauth/workload-token.ts';
import { offboardingRoutes } from './features/offboarding/offboarding.routes.ts';
import { OffboardingService } from './features/offboarding/offboarding.service.ts';
import { oidcRoutes } from './features/oidc/oidc.routes.ts';
import { OidcService } from './features/oidc/oidc.service.ts';
import { passkeysRoutes } from './features/passkeys/passkeys.routes.ts';
import { PasskeysService } from './features/passkeys/passkeys.service.ts';
import { assignmentsRoutes } from './features/permissions/assignments.routes.ts';
import { dropRoleAssignments, RoleAssignments } from './features/permissions/assignments.service.ts';
import { holdingsRoutes } from './features/permissions/holdings.routes.ts';
import { permissionsApplyRoutes } from './features/permissions/permissions.apply.routes.ts';
import { PermissionsCache } from './features/permissions/permissions.cache.ts';
import { permissionsRoutes } from './features/permissions/permissions.routes.ts';
import { PermissionsService } from './features/permissions/permissions.service.ts';
import { resourcesRoutes } from './features/resources/resources.routes.ts';
import { ResourcesService } from './features/resources/resources.service.ts';
import { sessionKeyLeaks } from './features/sessions/sessions.leaks.ts';
import { sessionsRoutes } from './features/sessions/sessions.routes.ts';
import { endUserSessions, SessionsService } from './features/sessions/sessions.service.ts';
import { settingsRoutes } from './features/settings/settings.routes.ts';
import { SettingsService } from './features/settings/settings.service.ts';
import { signingKeysRoutes } from './features/signing-keys/signing-keys.routes.ts';
import { SigningKeys } from './features/signing-keys/signing-keys.service.ts';
import { ssoRoutes } from './features/sso/sso.routes.ts';
import { SsoService } from './features/sso/sso.service.ts';
import { UsageCounter } from './features/usage/usage.recorder.ts';
import { usageRoutes } from './features/usage/usage.routes.ts';
import { UsageService, usageJobs } from './features/usage/usage.service.ts';
import { addUsage } from './features/usage/usage.store.ts';
import { userLinksRoutes } from './features/users/users.links.routes.ts';
import { UserLinks } from './features/users/users.links.ts';
import { usersRoutes } from './features/users/users.routes.ts';
import { normalizeEmail, type PasswordCost, UsersService } from './features/users/users.service.ts';
import { verifyRoutes } from './features/verify/verify.routes.ts';
import { registerErrorHandler } from './http/error-handler.ts';
import { registerHttpConventions } from './http/http-conventions.ts';
import { DOCS_PREFIX, registerOpenApi } from './http/openapi.ts';
import { BatchWriter } from './lib/batch-writer.ts';
import { type Clock, systemClock } from './lib/clock.ts';
import { DEFAULT_COST } from './lib/crypto/passwords.ts';
import { ApiError } from './lib/errors.ts';
import { createLogger, deferredChildLogger, logsRequests } from './lib/logger.ts';
import { smtpMailer } from './lib/mail.ts';
import { OutboundHttp } from './lib/outbound-http.ts';
import { lazySerializers } from './lib/serializer.ts';
import { fastifyTrustProxy } from './lib/trust-proxy.ts';
import { validatorCompiler } from './lib/validator.ts';
import { instrument } from './metrics/metrics.http.ts';
import type { Metrics } from './metrics/metrics.ts';
import type { Keyring } from './secrets/keyring.ts';

export interface AppDeps {
  config: Config;
  db: Db;
  /** The data keys, unwrapped with the master key (secrets/keyring.ts). */
  keyring: Keyring;
  clock?: Clock;
  /** scrypt cost; tests lower it. */
  passwordCost?: PasswordCost;
  /** A logger instance (tests pass a silent or capturing one); otherwise built from config. */
  logger?: FastifyBaseLogger;
  /** Prometheus metrics (LATCHKEY_METRICS_PORT); without them nothing is counted or timed. */
  metrics?: Metrics;
  /** Routes beside the product's, registered after them through the same pipeline (a test's own routes). */
  routes?: RoutesPlugin[];
}

const FEATURES: RoutesPlugin[] = [
  healthRoutes,
  sessionsRoutes,
  mfaRoutes,
  passkeysRoutes,
  mfaPolicyRoutes,
  userLinksRoutes,
  usersRoutes,
  keysRoutes,
  adminKeysRoutes,
  keyImportRoutes,
  settingsRoutes,
  appsRoutes,
  federatedCredentialsRoutes,
  appKeysRoutes,
  resourcesRoutes,
  oauthRoutes,
  deviceRoutes,
  signingKeysRoutes,
  oidcRoutes,
  ssoRoutes,
  orgsRoutes,
  teamsRoutes,
  permissionsRoutes,
  permissionsApplyRoutes,
  assignmentsRoutes,
  holdingsRoutes,
  projectsRoutes,
  auditRoutes,
  // The web console: its cookie sign-in and its pages.
  consoleRoutes,
  consoleStatic,
  verifyRoutes,
  eventsRoutes,
  leaksRoutes,
  usageRoutes,
  offboardingRoutes,
];

/**
 * Request ids unique across instances without a UUID per request: 72 random bits drawn once per
 * app, then a counter (randomUUID costs an entropy-pool read and a 36-character format each time).
 */
export function requestIdGenerator(): () => string {
  const prefix = randomBytes(9).toString('base64url');
  let counter = 0;
  return () => `${prefix}-${(counter++).toString(36)}`;
}

export async function buildApp(deps: AppDeps): Promise<{ app: TypedApp; ctx: AppContext }> {
  const { config, db, keyring } = deps;
  const clock = deps.clock ?? systemClock;
  const passwordCost = deps.passwordCost ?? DEFAULT_COST;
  const log = deps.logger ?? createLogger(config);
  // One line per request only when debugging. Otherwise Fastify gets no logger, so that it attaches no listeners
  // to every response; its own lines and every request's still go through `log` (below, and the factory).
  const requestLines = logsRequests(config);
  const options: FastifyServerOptions = {
    ...(requestLines ? { loggerInstance: log } : { logger: false }),
    // Fastify calls its log controller whether or not it has a logger: it must stay silent below debug.
    logController: new LogController({ disableRequestLogging: !requestLines }),
    // A request's logger is made only if it logs (most requests never do).
    childLoggerFactory: deferredChildLogger(requestLines ? undefined : log),
    requestIdHeader: 'x-request-id',
    genReqId: requestIdGenerator(),
    bodyLimit: 64 * 1024,
    // The real client behind a load balancer, for the throttle, the audit log and the logs (LATCHKEY_TRUST_PROXY).
    trustProxy: fastifyTrustProxy(config.trustProxy),
    // Each route's serializers are generated on first use, not all as the server starts.
    schemaController: { compilersFactory: { buildSerializer: lazySerializers } },
  };
  const app = Fastify(options).withTypeProvider<TypeBoxTypeProvider>();
  // Fastify's lines (the address it listens at, a hook's error) and every `app.log` of Latchkey's.
  if (!requestLines) app.log = log;
  app.setValidatorCompiler(validatorCompiler);

  const cache = new CredentialCache(config.credentialCacheTtlMs);
  const invalidations = new Invalidations(cache, app.log);
  const accessCache = new AccessCache(config.credentialCacheTtlMs);
  invalidations.listen(accessCache);
  const permissionsCache = new PermissionsCache(config.credentialCacheTtlMs);
  invalidations.listen(permissionsCache);
  const onPostgres = config.databaseUrl.startsWith('postgres');
  invalidations.connect(
    config.redisUrl
      ? await RedisBus.start({
          url: config.redisUrl,
          channel: `${config.redisPrefix}invalidations`,
          connectionName: `${config.redisPrefix}bus`,
          apply: invalidations.apply,
          clearAll: invalidations.reset,
          logger: app.log,
        })
      : onPostgres
        ? await PostgresBus.start(
            config.databaseUrl,
            config.postgresChannel,
            invalidations.apply,
            invalidations.reset,
            app.log,
          )
        : new LocalBus(invalidations.apply),
  );
  const { metrics } = deps;
  if (metrics) {
    instrument(app, metrics);
    metrics.watchCache(cache);
    metrics.watchInvalidations(invalidations, config.redisUrl ? 'redis' : onPostgres ? 'postgres' : 'local');
  }
  const invalidate = (match: Invalidation) => invalidations.publish(match);
  const throttle = new FailureThrottle(
    config.authFailureLimit,
    config.authFailureWindowSeconds * 1000,
    clock,
    // A credential in use is looked up at least once a cache lifetime: known at its address for a window after.
    config.authFailureWindowSeconds * 1000 + config.credentialCacheTtlMs,
  );
  // In this process, like the address throttle: with several instances each counts its own share.
  const accountThrottle = new AccountThrottle(
    {
      limit: config.authAccountFailureLimit,
      maxBackoffMs: config.authAccountBackoffMaxSeconds * 1000,
      windowMs: config.authAccountWindowSeconds * 1000,
    },
    clock,
  );
  const audit = new AuditLog({ db, clock });
  const rateLimits = await buildRateLimits(config, clock, app.log);
  const settings = new SettingsService({ db, clock, audit });
  await settings.load();
  const lastUsed = new BatchWriter(
    (latest) => writeLatestTimes(db, { table: 'apiKeys', column: 'lastUsedAt' }, latest),
    config.flushIntervalMs,
    app.log,
  );
  const lastSeen = new BatchWriter(
    (latest) => writeLatestTimes(db, { table: 'apps', column: 'lastSeenAt' }, latest),
    config.flushIntervalMs,
    app.log,
  );
  const usageCounter = config.usageHistory
    ? new UsageCounter(clock, (rows) => addUsage(db, rows), config.flushIntervalMs, app.log)
    : undefined;
  const signingKeys = await SigningKeys.load(db, clock, audit, keyring, {
    publishSeconds: config.accessTokenTtlSeconds,
    verifySeconds: Math.max(config.accessTokenTtlSeconds, config.sessionTtlSeconds),
  });
  const outbound = new OutboundHttp({ policy: config.outbound });
  const events = buildEvents({
    db,
    clock,
    keyring,
    audit,
    log: app.log,
    config: config.events,
    outbound,
    observeAttempt: metrics?.webhookAttempted,
  });
  metrics?.watchWebhookQueue(events.queue);

  const endSessions = (userId: string, except?: string) =>
    endUserSessions({ db, clock, invalidate }, userId, except);
  const users = new UsersService({
    db,
    clock,
    audit,
    passwordCost,
    invalidate,
    emit: events.emit,
    endSessions,
    dropRoleAssignments,
  });
  const passkeys = new PasskeysService({
    db,
    clock,
    audit,
    emit: events.emit,
    users,
    publicUrl: config.publicUrl,
    accounts: accountThrottle,
    addresses: throttle,
  });
  const mfa = new MfaService({
    db,
    clock,
    keyring,
    audit,
    users,
    emit: events.emit,
    accounts: accountThrottle,
    addresses: throttle,
    passkeys,
  });
  const sessions = new SessionsService({
    db,
    clock,
    audit,
    users,
    mfa,
    passkeys,
    settings,
    signingKeys,
    issuer: config.publicUrl,
    ttlSeconds: config.sessionTtlSeconds,
    passwordCost,
    invalidate,
  });
  const mailer = config.smtpUrl ? smtpMailer(config.smtpUrl, config.smtpFrom) : undefined;
  const userLinks = new UserLinks({
    db,
    clock,
    audit,
    emit: events.emit,
    users,
    passwordCost,
    publicUrl: config.publicUrl,
    mailer,
    invalidate,
    endSessions,
  });
  const mfaRecovery = new MfaRecovery({
    db,
    clock,
    audit,
    emit: events.emit,
    users,
    mfa,
    passkeys,
    endSessions,
  });
  const permissions = new PermissionsService({
    db,
    clock,
    audit,
    invalidate,
    cache: permissionsCache,
    keys: {
      naming: keysNaming,
      drop: (tx, caller, name) => dropPermission(audit, tx, caller, name),
    },
    findProject: (ref) => findProject(db, accessCache, ref),
    usage: usageCounter,
  });
  const apps = new AppsService({
    db,
    clock,
    keyring,
    audit,
    users,
    lastSeen,
    invalidate,
    emit: events.emit,
    appWebhook: events.appWebhook,
    checkPermissions: (patterns, field) => permissions.checkPatterns(patterns, field),
    dropRoleAssignments,
  });
  const access = new AccessService({ db, clock, audit, users, apps, invalidate, dropRoleAssignments });
  const projects = new ProjectsService({
    db,
    clock,
    audit,
    access,
    users,
    apps,
    invalidate,
    cache: accessCache,
    dropRoleAssignments,
  });
  const keys = new KeysService({
    db,
    clock,
    audit,
    users,
    settings,
    lastUsed,
    invalidate,
    emit: events.emit,
    projectsForKey: (owner, refs) => projects.resolveForKey(owner, refs),
    checkKeyPermissions: (owner, patterns, field) => permissions.checkKeyPermissions(owner, patterns, field),
  });
  const keyImport = new KeyImport({ db, clock, audit, users, settings, keys });
  const assignments = new RoleAssignments({
    db,
    clock,
    audit,
    invalidate,
    cache: permissionsCache,
    access,
    projects,
    emit: events.emit,
  });
  const resources = new ResourcesService({ db, clock, audit, apps, issuer: config.publicUrl });
  const appKeys = new AppKeysService({
    db,
    clock,
    audit,
    apps,
    outbound,
    jwksCooldownMs: config.oidcJwksCooldownMs,
    httpTimeoutMs: config.oidcHttpTimeoutMs,
  });
  // Every instance must see an assertion already used: Redis when configured, else the shared database.
  const replay = config.redisUrl
    ? new RedisReplayGuard(config.redisUrl, config.redisPrefix)
    : new DatabaseReplayGuard(db, clock);
  const privateKeyJwt = new PrivateKeyJwt({
    apps,
    appKeys,
    clock,
    replay,
    issuer: config.publicUrl,
    tokenEndpoint: `${config.publicUrl}/v0/oauth/token`,
  });
  const oauth = new OAuthService({
    db,
    clock,
    audit,
    apps,
    signingKeys,
    issuer: config.publicUrl,
    tokenTtlSeconds: config.accessTokenTtlSeconds,
    invalidate,
    permissions,
    audienceFor: (appId, requested) => resources.audienceFor(appId, requested),
  });
  const device = new DeviceService({
    db,
    clock,
    audit,
    users,
    sessions,
    guesses: new FailureThrottle(GUESS_LIMIT, GUESS_WINDOW_MS, clock),
  });
  const oidc = await OidcService.load({
    db,
    clock,
    keyring,
    audit,
    users,
    ownIssuer: config.publicUrl,
    jwksCooldownMs: config.oidcJwksCooldownMs,
    httpTimeoutMs: config.oidcHttpTimeoutMs,
    outbound,
    invalidate,
    log: app.log,
  });
  invalidations.listen(oidc);
  const sso = new SsoService({
    db,
    clock,
    keyring,
    audit,
    users,
    sessions,
    mfa,
    oidc,
    addresses: throttle,
    outbound,
    httpTimeoutMs: config.oidcHttpTimeoutMs,
    publicUrl: config.publicUrl,
  });
  const offboarding = new OffboardingService({
    db,
    clock,
    audit,
    emit: events.emit,
    invalidate,
    users,
    keys,
    findApp: (ref) => apps.findByRef(ref),
    // A project the app cannot see is a 404 to it: it does not reach it.
    appReaches: (app, project) =>
      Promise.resolve(projects.check(app, { project, action: 'read' })).then(
        (checked) => checked.allowed,
        (error: unknown) => {
          if (error instanceof ApiError && error.status === 404) return false;
          throw error;
        },
      ),
  });
  // Each feature contributes the resolver for the credentials it issues.
  const authenticate = createAuthenticator({
    cache,
    clock,
    throttle,
    accounts: accountThrottle,
    accountOf: normalizeEmail,
    // A user's key, or else one an administrator transferred to an app.
    resolveKey: async (hash, start) => {
      const found = await keys.resolve(hash, start);
      return found.result.ok || found.result.reason !== 'unknown' ? found : offboarding.resolve(hash, start);
    },
    resolveImportedKey: (hash, secret) => keyImport.resolve(hash, secret),
    importedKeys: () => settings.importedKeys(),
    resolveSessionKey: (hash, start) => sessions.resolveSessionKey(hash, start),
    resolveClientSecret: (hash) => apps.resolveClientSecret(hash),
    resolvePassword: (email, password, actor) => sessions.resolvePassword(email, password, actor),
    jwtResolvers: [sessions.jwtResolver, oauth.jwtResolver, oidc.jwtResolver],
    // An assertion whose iss is a client id (app_…) is the app's own (private_key_jwt); others follow.
    assertionResolvers: [privateKeyJwt],
    clientRefused: (actor, clientId, form) => oauth.clientAuthenticationFailed(actor, clientId, form),
    keyUsed: (id, at) => keys.keyUsed(id, at),
    appSeen: (id, at) => apps.seen(id, at),
  });
  const lifecycle = new KeyLifecycle({ db, clock, audit, settings, emit: events.emit, invalidate });
  const revokeDeps = { db, clock, audit, emit: events.emit, invalidate };
  const leaks = buildLeaks({
    clock,
    log: app.log,
    config: config.events,
    outbound,
    revokers: {
      user: lifecycle.revokeLeaked,
      session: sessionKeyLeaks(revokeDeps),
      appSecret: clientSecretLeaks(revokeDeps),
    },
  });
  const limits = new LimitsService({
    db,
    clock,
    audit,
    emit: events.emit,
    invalidate,
    log: app.log,
    cacheTtlMs: config.credentialCacheTtlMs,
    flushIntervalMs: config.flushIntervalMs,
    redis: config.redisUrl
      ? await RedisCounter.connect(config.redisUrl, config.redisPrefix, app.log)
      : undefined,
    bucketsInRedis: config.redisUrl !== undefined && rateLimits !== undefined,
    soleWriter: !onPostgres,
  });
  invalidations.listen(limits);
  const usage = new UsageService({
    db,
    clock,
    keys,
    apps,
    permissions,
    retentionDays: config.usageRetentionDays,
  });
  const federatedCredentials = new FederatedCredentials({
    db,
    clock,
    audit,
    apps,
    outbound: outbound.policy,
    invalidate,
  });
  const workloadClients = new WorkloadClients(db, config.credentialCacheTtlMs);
  invalidations.listen(workloadClients);
  const tokenExchange = new TokenExchange({
    clients: workloadClients,
    issuers: new WorkloadIssuers({
      clock,
      outbound,
      cooldownMs: config.oidcJwksCooldownMs,
      timeoutMs: config.oidcHttpTimeoutMs,
      log: app.log,
    }),
    oauth,
    audit,
    throttle,
    rateLimits,
    usage: usageCounter,
  });
  const ctx: AppContext = {
    config,
    db,
    keyring,
    clock,
    users,
    sessions,
    mfa,
    passkeys,
    mfaRecovery,
    userLinks,
    keys,
    keyImport,
    settings,
    signingKeys,
    apps,
    federatedCredentials,
    appKeys,
    resources,
    oauth,
    tokenExchange,
    workloadClients,
    device,
    oidc,
    sso,
    access,
    projects,
    permissions,
    assignments,
    audit,
    webhooks: events.webhooks,
    events,
    leaks,
    offboarding,
    usage,
    usageRecorder: usageCounter,
    limits,
  };

  registerErrorHandler(app);
  // Before the routes: the method index learns every route as it registers.
  registerHttpConventions(app, config.corsOrigins);
  registerAuth(app, {
    logAttempts: config.logAuth,
    authenticate,
    rateLimits,
    projectIdOf: (ref) => projects.projectIdOf(ref),
    permitted: (principal, names, ref) => permissions.permitted(principal, names, ref),
    publicPrefixes: [DOCS_PREFIX],
    // The console's cookie is one more way to present a session (auth/cookie-session.ts).
    cookie: cookieSessions(config.publicUrl),
    observe: metrics ? (kind, outcome) => metrics.authenticated(kind, outcome) : undefined,
    clock,
    usage: usageCounter,
    limits,
    stepUpMs: () => settings.factorPolicy().stepUpMs,
  });
  await registerOpenApi(app, { securitySchemes: SECURITY_SCHEMES, requirementOf });
  for (const feature of [...FEATURES, ...(deps.routes ?? [])]) feature(app, ctx);

  lastUsed.start();
  lastSeen.start();
  usageCounter?.start();
  limits.start();
  signingKeys.startRefreshing(60_000);
  for (const job of keyJobs(lifecycle)) events.schedule.add(job);
  // Pruned whether or not counting is on: turning the history off still lets the old rows age out.
  for (const job of usageJobs(usage)) events.schedule.add(job);
  events.start(apps);
  // A second after the port is open: loading the HTTP client holds the event loop for tens of milliseconds, which
  // right after listening would delay the first answers (a load balancer's readiness probe among them).
  app.addHook('onListen', (done) => {
    setTimeout(() => outbound.warm(), 1000).unref();
    done();
  });
  app.addHook('onClose', async () => {
    signingKeys.stopRefreshing();
    await Promise.all([lastUsed.stop(), lastSeen.stop(), usageCounter?.stop(), limits.stop(), events.stop()]);
    await invalidations.close();
    await rateLimits?.close();
    await outbound.close();
    await replay.close();
    mailer?.close();
  });
  return { app, ctx };
}
