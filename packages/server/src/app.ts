// buildApp(deps): wires services and registers the feature plugins; no logic of its own.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyServerOptions, LogController } from 'fastify';
import { createAuthenticator } from './auth/authenticate.ts';
import { CredentialCache, type Invalidation } from './auth/cache.ts';
import { registerAuth } from './auth/plugin.ts';
import type { Config } from './config.ts';
import type { AppContext, RoutesPlugin, TypedApp } from './context.ts';
import type { Db } from './db/schema.ts';
import { healthRoutes } from './features/health/health.routes.ts';
import { keysRoutes } from './features/keys/keys.routes.ts';
import { KeysService } from './features/keys/keys.service.ts';
import { writeLastUsed } from './features/keys/keys.store.ts';
import { oidcRoutes } from './features/oidc/oidc.routes.ts';
import { OidcService } from './features/oidc/oidc.service.ts';
import { sessionsRoutes } from './features/sessions/sessions.routes.ts';
import { SessionsService } from './features/sessions/sessions.service.ts';
import { SigningKeys } from './features/signing-keys/signing-keys.service.ts';
import { usersRoutes } from './features/users/users.routes.ts';
import { type PasswordCost, UsersService } from './features/users/users.service.ts';
import { BatchWriter } from './lib/batch-writer.ts';
import { type Clock, systemClock } from './lib/clock.ts';
import { DEFAULT_COST } from './lib/crypto/passwords.ts';
import { registerErrorHandler } from './lib/error-handler.ts';
import { loggerOptions } from './lib/logger.ts';
import { registerOpenApi } from './lib/openapi.ts';

export interface AppDeps {
  config: Config;
  db: Db;
  clock?: Clock;
  /** scrypt cost; tests lower it. */
  passwordCost?: PasswordCost;
  /** A logger instance (tests pass a silent or capturing one); otherwise built from config. */
  logger?: FastifyBaseLogger;
}

const FEATURES: RoutesPlugin[] = [healthRoutes, sessionsRoutes, usersRoutes, keysRoutes, oidcRoutes];

export async function buildApp(deps: AppDeps): Promise<{ app: TypedApp; ctx: AppContext }> {
  const { config, db } = deps;
  const clock = deps.clock ?? systemClock;
  const passwordCost = deps.passwordCost ?? DEFAULT_COST;
  const options: FastifyServerOptions = {
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: loggerOptions(config) }),
    // One line per request only when debugging: the hot path stays free of log I/O.
    logController: new LogController({
      disableRequestLogging: config.logLevel !== 'debug' && config.logLevel !== 'trace',
    }),
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    bodyLimit: 64 * 1024,
    trustProxy: false,
  };
  const app = Fastify(options).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(TypeBoxValidatorCompiler);

  const cache = new CredentialCache(config.credentialCacheTtlMs);
  const invalidate = (match: Invalidation) => cache.invalidate(match);
  const lastUsed = new BatchWriter((latest) => writeLastUsed(db, latest), config.flushIntervalMs, app.log);
  const signingKeys = await SigningKeys.load(db, clock);

  let sessions: SessionsService | undefined;
  const users = new UsersService({
    db,
    clock,
    passwordCost,
    invalidate,
    endSessions: (userId, except) => sessions?.endUserSessions(userId, except) ?? Promise.resolve(),
  });
  sessions = new SessionsService({
    db,
    clock,
    users,
    signingKeys,
    issuer: config.publicUrl,
    ttlSeconds: config.sessionTtlSeconds,
    passwordCost,
    invalidate,
  });
  const keys = new KeysService({ db, clock, users, lastUsed, invalidate });
  const oidc = await OidcService.load({
    db,
    clock,
    users,
    ownIssuer: config.publicUrl,
    jwksCooldownMs: config.oidcJwksCooldownMs,
    httpTimeoutMs: config.oidcHttpTimeoutMs,
    invalidate,
    log: app.log,
  });
  const ctx: AppContext = { config, db, clock, users, sessions, keys, oidc, signingKeys };

  registerErrorHandler(app);
  await registerOpenApi(app);
  registerAuth(app, {
    logAttempts: config.logAuth,
    authenticate: createAuthenticator({
      cache,
      clock,
      resolveKey: (hash, start) => keys.resolve(hash, start),
      jwtResolvers: [sessions.jwtResolver, oidc.jwtResolver],
      keyUsed: (id, at) => keys.keyUsed(id, at),
    }),
  });
  for (const feature of FEATURES) feature(app, ctx);

  lastUsed.start();
  app.addHook('onClose', async () => {
    await lastUsed.stop();
  });
  return { app, ctx };
}
