// Environment and command-line flags -> one typed, validated Config; a bad value names its setting.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RateLimitHeaders } from './auth/ratelimit/ratelimit.ts';
import { type EventsConfig, loadEventsConfig } from './features/events/events.config.ts';
import { type PermissionsFile, parsePermissionsFile } from './features/permissions/permissions.file.ts';
import { ConfigError, flag } from './lib/config-error.ts';
import { type ConfiguredMasterKey, MasterKey } from './lib/crypto/master-key.ts';
import { parseTrustProxy, type TrustProxy } from './lib/trust-proxy.ts';
import { type OutboundPolicy, secureUrlProblem } from './lib/urls.ts';
export interface Config {
  host: string;
  port: number;
  databaseUrl: string;
  /** Our issuer and the base of every absolute URL we publish. */
  publicUrl: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** `debug` logs every authentication attempt, accepted or not (LabKey's authentication logger). */
  logAuth: 'refusals' | 'debug';
  sessionTtlSeconds: number;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** How often batched usage writes (last_used, the usage history) reach the database. */
  flushIntervalMs: number;
  /** Whether each credential's decisions are counted per hour (the usage history). */
  usageHistory: boolean;
  /** Days the usage history is kept. */
  usageRetentionDays: number;
  /** How long a resolved credential is trusted from the in-process cache between invalidations. */
  credentialCacheTtlMs: number;
  /** Failed authentications one client address may make per window before it gets 429s (0: no limit). */
  authFailureLimit: number;
  authFailureWindowSeconds: number;
  /**
   * Failed sign-ins one account (an email, whether or not a user has it) may take before each further
   * attempt waits a growing back-off (0: no per-account throttle).
   */
  authAccountFailureLimit: number;
  /** The longest back-off between two attempts on one account, in seconds. */
  authAccountBackoffMaxSeconds: number;
  /** An account's failures are forgotten this long after its last one, in seconds. */
  authAccountWindowSeconds: number;
  /** Least time between two fetches of an identity provider's JWKS (an unknown `kid` waits this long). */
  oidcJwksCooldownMs: number;
  /** How long an identity provider's discovery document or JWKS may take to answer. */
  oidcHttpTimeoutMs: number;
  /** Lifetime of the access tokens the client credentials grant issues, in seconds. */
  accessTokenTtlSeconds: number;
  /** Each principal's default budget: tokens a second (0: rate limits off) and the bucket's capacity. */
  rateLimitPerSecond: number;
  rateLimitBurst: number;
  /** Which RateLimit headers answers carry: the legacy trio, the current draft's two, or both (auth/ratelimit). */
  rateLimitHeaders: RateLimitHeaders;
  /**
   * Browser origins (scheme://host[:port]) allowed to read the API's answers cross-origin (CORS); none
   * by default. Discovery and the JWKS are readable from any origin whatever this says.
   */
  corsOrigins: string[];
  /** Invitations and password resets are emailed through this SMTP server when set; shown once otherwise. */
  smtpUrl: string | undefined;
  /** The From of those emails. */
  smtpFrom: string;
  /** Rate-limit buckets live here when set (shared by every instance); in process otherwise. */
  redisUrl: string | undefined;
  /** Prefix of every Redis key, so servers (or tests) sharing one Redis can keep apart. */
  redisPrefix: string;
  /**
   * The PostgreSQL LISTEN/NOTIFY channel of invalidations (without Redis): deployments (or tests) that
   * share one database, in schemas of their own, keep apart by naming different ones.
   */
  postgresChannel: string;
  /** Peers trusted to name the client (X-Forwarded-For): the throttle, audit and logs then see the caller behind them. */
  trustProxy: TrustProxy;
  /**
   * Where webhooks and identity providers may be: private ranges (10/8, 172.16/12, 192.168/16,
   * 100.64/10, fc00::/7) for on-premises identity providers, loopback for development; both off by default.
   */
  outbound: OutboundPolicy;
  /** The built web console served at /console (packages/console/dist unless LATCHKEY_CONSOLE_DIR says). */
  consoleDir: string;
  /** Prometheus metrics on their own listener at this port; undefined: no metrics at all. */
  metricsPort: number | undefined;
  /** The metrics listener's address: loopback unless the scraper is elsewhere. */
  metricsHost: string;
  /**
   * The one request header /v0/auth/verify takes the original request's method from (nginx's
   * `X-Original-Method`, Traefik's `X-Forwarded-Method`); every other method header is ignored.
   */
  verifyMethodHeader: string;
  /** `auto`: start-up applies pending migrations; `manual`: start-up refuses while any are pending (`latchkey migrate up`). */
  migrate: 'auto' | 'manual';
  /** Webhook delivery and secret-scanning settings (features/events/events.config.ts). */
  events: EventsConfig;
  /** The key that wraps the data keys secrets are encrypted with, and the setting it came from; see secrets/. */
  masterKey: ConfiguredMasterKey | undefined;
  /** LATCHKEY_PERMISSIONS_FILE, read and parsed: applied at each start (docs/permissions.md). */
  permissionsFile: { path: string; file: PermissionsFile } | undefined;
}

export type Flags = Partial<Record<'port' | 'host' | 'databaseUrl', string>>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: NodeJS.ProcessEnv = process.env, flags: Flags = {}): Config {
  const host = flags.host ?? env.LATCHKEY_HOST ?? '127.0.0.1';
  const port = integer('LATCHKEY_PORT (--port)', flags.port ?? env.LATCHKEY_PORT, 7420, 0, 65535);
  const databaseUrl = flags.databaseUrl ?? env.LATCHKEY_DATABASE_URL ?? 'sqlite:./data/latchkey.db';
  if (!/^(sqlite:|postgres(ql)?:\/\/)/.test(databaseUrl)) {
    throw new ConfigError(
      'LATCHKEY_DATABASE_URL (--database-url) must be sqlite:PATH or postgres://USER@HOST:PORT/DB',
    );
  }
  const publicUrl = (
    env.LATCHKEY_PUBLIC_URL ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  ).replace(/\/+$/, '');
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError(`LATCHKEY_PUBLIC_URL must be an absolute URL, got "${publicUrl}"`);
  }
  const logLevel = oneOf('LATCHKEY_LOG_LEVEL', env.LATCHKEY_LOG_LEVEL, LOG_LEVELS, 'info');
  const logAuth = oneOf(
    'LATCHKEY_LOG_AUTH',
    env.LATCHKEY_LOG_AUTH,
    ['refusals', 'debug'] as const,
    'refusals',
  );
  const adminEmail = env.LATCHKEY_ADMIN_EMAIL || undefined;
  const adminPassword = env.LATCHKEY_ADMIN_PASSWORD || undefined;
  if (adminEmail && !adminEmail.includes('@'))
    throw new ConfigError('LATCHKEY_ADMIN_EMAIL must be an email address');
  if (adminPassword !== undefined && adminPassword.length < 12) {
    throw new ConfigError('LATCHKEY_ADMIN_PASSWORD must be at least 12 characters');
  }
  const smtpUrl = env.LATCHKEY_SMTP_URL || undefined;
  if (smtpUrl !== undefined && !/^smtps?:\/\/[^/]/.test(smtpUrl))
    throw new ConfigError('LATCHKEY_SMTP_URL must be smtp://[USER:PASS@]HOST:PORT (or smtps:// for TLS)');
  const smtpFrom = env.LATCHKEY_SMTP_FROM || `Latchkey <latchkey@${new URL(publicUrl).hostname}>`;
  const redisUrl = env.LATCHKEY_REDIS_URL || undefined;
  if (redisUrl !== undefined && !/^rediss?:\/\/[^/]/.test(redisUrl))
    throw new ConfigError('LATCHKEY_REDIS_URL must be redis://HOST:PORT (or rediss:// for TLS)');
  const redisPrefix = env.LATCHKEY_REDIS_PREFIX ?? 'latchkey:';
  if (!/^[\x21-\x7e]{1,64}$/.test(redisPrefix))
    throw new ConfigError('LATCHKEY_REDIS_PREFIX must be 1 to 64 printable characters without spaces');
  const postgresChannel = env.LATCHKEY_POSTGRES_CHANNEL ?? 'latchkey_invalidations';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(postgresChannel))
    throw new ConfigError(
      'LATCHKEY_POSTGRES_CHANNEL must be 1 to 63 lowercase letters, digits and underscores, not starting with a digit',
    );
  const trustProxy = parseTrustProxy(env.LATCHKEY_TRUST_PROXY);
  if (typeof trustProxy === 'object' && !Array.isArray(trustProxy))
    throw new ConfigError(
      `LATCHKEY_TRUST_PROXY must be false, true, a hop count, or a list of addresses/CIDRs: ${trustProxy.problem}`,
    );
  const verifyMethodHeader = env.LATCHKEY_VERIFY_METHOD_HEADER ?? 'X-Original-Method';
  // RFC 9110's token: the characters a header name may have.
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}$/.test(verifyMethodHeader))
    throw new ConfigError(
      `LATCHKEY_VERIFY_METHOD_HEADER must be one header name, such as X-Original-Method, got "${verifyMethodHeader}"`,
    );
  const metricsPort =
    env.LATCHKEY_METRICS_PORT === undefined || env.LATCHKEY_METRICS_PORT === ''
      ? undefined
      : integer('LATCHKEY_METRICS_PORT', env.LATCHKEY_METRICS_PORT, 0, 1, 65535);
  if (metricsPort !== undefined && metricsPort === port)
    throw new ConfigError(`LATCHKEY_METRICS_PORT must differ from LATCHKEY_PORT (both ${port})`);
  const outbound: OutboundPolicy = {
    allowPrivate: flag('LATCHKEY_OUTBOUND_ALLOW_PRIVATE', env.LATCHKEY_OUTBOUND_ALLOW_PRIVATE),
    allowLoopback: flag('LATCHKEY_OUTBOUND_ALLOW_LOOPBACK', env.LATCHKEY_OUTBOUND_ALLOW_LOOPBACK),
  };
  const events = loadEventsConfig(env);
  // Fetched through the outbound client: a URL its policy refuses would fail every leak report.
  const scanningKeysProblem = secureUrlProblem(events.secretScanningKeysUrl, outbound);
  if (scanningKeysProblem) throw new ConfigError(`LATCHKEY_SECRET_SCANNING_KEYS_URL ${scanningKeysProblem}`);
  return {
    host,
    port,
    databaseUrl,
    publicUrl,
    logLevel,
    logAuth,
    sessionTtlSeconds: integer('LATCHKEY_SESSION_TTL', env.LATCHKEY_SESSION_TTL, 30 * 86400, 60, 400 * 86400),
    adminEmail,
    adminPassword,
    accessTokenTtlSeconds: integer('LATCHKEY_ACCESS_TOKEN_TTL', env.LATCHKEY_ACCESS_TOKEN_TTL, 900, 10, 3600),
    flushIntervalMs: integer('LATCHKEY_FLUSH_INTERVAL_MS', env.LATCHKEY_FLUSH_INTERVAL_MS, 5000, 10, 10000),
    // On unless turned off: `LATCHKEY_USAGE_HISTORY=false`.
    usageHistory:
      env.LATCHKEY_USAGE_HISTORY === undefined || flag('LATCHKEY_USAGE_HISTORY', env.LATCHKEY_USAGE_HISTORY),
    usageRetentionDays: integer(
      'LATCHKEY_USAGE_RETENTION_DAYS',
      env.LATCHKEY_USAGE_RETENTION_DAYS,
      90,
      1,
      3650,
    ),
    credentialCacheTtlMs: integer(
      'LATCHKEY_CREDENTIAL_CACHE_MS',
      env.LATCHKEY_CREDENTIAL_CACHE_MS,
      30000,
      0,
      300000,
    ),
    authFailureLimit: integer('LATCHKEY_AUTH_FAILURE_LIMIT', env.LATCHKEY_AUTH_FAILURE_LIMIT, 20, 0, 100000),
    authFailureWindowSeconds: integer(
      'LATCHKEY_AUTH_FAILURE_WINDOW',
      env.LATCHKEY_AUTH_FAILURE_WINDOW,
      60,
      1,
      86400,
    ),
    authAccountFailureLimit: integer(
      'LATCHKEY_AUTH_ACCOUNT_FAILURE_LIMIT',
      env.LATCHKEY_AUTH_ACCOUNT_FAILURE_LIMIT,
      30,
      0,
      100000,
    ),
    authAccountBackoffMaxSeconds: integer(
      'LATCHKEY_AUTH_ACCOUNT_BACKOFF_MAX',
      env.LATCHKEY_AUTH_ACCOUNT_BACKOFF_MAX,
      900,
      1,
      86400,
    ),
    authAccountWindowSeconds: integer(
      'LATCHKEY_AUTH_ACCOUNT_WINDOW',
      env.LATCHKEY_AUTH_ACCOUNT_WINDOW,
      12 * 3600,
      1,
      30 * 86400,
    ),
    oidcJwksCooldownMs: integer(
      'LATCHKEY_OIDC_JWKS_COOLDOWN_MS',
      env.LATCHKEY_OIDC_JWKS_COOLDOWN_MS,
      30000,
      100,
      3600000,
    ),
    oidcHttpTimeoutMs: integer(
      'LATCHKEY_OIDC_HTTP_TIMEOUT_MS',
      env.LATCHKEY_OIDC_HTTP_TIMEOUT_MS,
      5000,
      100,
      60000,
    ),
    rateLimitPerSecond: integer(
      'LATCHKEY_RATE_LIMIT_PER_SECOND',
      env.LATCHKEY_RATE_LIMIT_PER_SECOND,
      100,
      0,
      MAX_RATE,
    ),
    rateLimitBurst: integer('LATCHKEY_RATE_LIMIT_BURST', env.LATCHKEY_RATE_LIMIT_BURST, 200, 1, MAX_RATE),
    rateLimitHeaders: oneOf(
      'LATCHKEY_RATELIMIT_HEADERS',
      env.LATCHKEY_RATELIMIT_HEADERS,
      ['legacy', 'draft', 'both'] as const,
      'both',
    ),
    corsOrigins: parseCorsOrigins(env.LATCHKEY_CORS_ORIGINS),
    smtpUrl,
    smtpFrom,
    redisUrl,
    redisPrefix,
    postgresChannel,
    trustProxy,
    outbound,
    consoleDir: env.LATCHKEY_CONSOLE_DIR || defaultConsoleDir(),
    metricsPort,
    metricsHost: env.LATCHKEY_METRICS_HOST || '127.0.0.1',
    verifyMethodHeader,
    migrate: oneOf('LATCHKEY_MIGRATE', env.LATCHKEY_MIGRATE, ['auto', 'manual'] as const, 'auto'),
    events,
    masterKey: masterKeyOf(env),
    permissionsFile: permissionsFileOf(env.LATCHKEY_PERMISSIONS_FILE || undefined),
  };
}

/** The file is read and checked here, so a bad one stops start-up before anything is opened, naming its line. */
function permissionsFileOf(path: string | undefined): Config['permissionsFile'] {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(
      `LATCHKEY_PERMISSIONS_FILE names ${path}, which cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const parsed = parsePermissionsFile(text);
  if (!parsed.ok)
    throw new ConfigError(`LATCHKEY_PERMISSIONS_FILE ${path}, line ${parsed.line}: ${parsed.message}`);
  return { path, file: parsed.file };
}

/** LATCHKEY_MASTER_KEY (base64) or LATCHKEY_MASTER_KEY_FILE (a file holding it); at most one. */
function masterKeyOf(env: NodeJS.ProcessEnv): ConfiguredMasterKey | undefined {
  const inline = env.LATCHKEY_MASTER_KEY || undefined;
  const file = env.LATCHKEY_MASTER_KEY_FILE || undefined;
  if (inline !== undefined && file !== undefined)
    throw new ConfigError('set LATCHKEY_MASTER_KEY or LATCHKEY_MASTER_KEY_FILE, not both');
  if (inline === undefined && file === undefined) return undefined;
  const setting = inline !== undefined ? 'LATCHKEY_MASTER_KEY' : 'LATCHKEY_MASTER_KEY_FILE';
  let text = inline;
  if (file !== undefined) {
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new ConfigError(
        `LATCHKEY_MASTER_KEY_FILE names ${file}, which cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
  }
  const parsed = MasterKey.parse(text ?? '');
  if (!(parsed instanceof MasterKey)) throw new ConfigError(`${setting} ${parsed.problem}`);
  return { key: parsed, setting };
}
/** LATCHKEY_CORS_ORIGINS: a comma-separated list of exact origins; `*` is refused (answers carry credentials). */
function parseCorsOrigins(raw: string | undefined): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((entry) => {
    const origin = entry.trim();
    const problem = 'must be a comma-separated list of origins like https://app.example.com';
    if (origin === '*')
      throw new ConfigError(
        `LATCHKEY_CORS_ORIGINS ${problem}: "*" is not allowed, since API answers carry credentials; list each origin`,
      );
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new ConfigError(`LATCHKEY_CORS_ORIGINS ${problem}, got "${origin}"`);
    }
    if (!['http:', 'https:'].includes(url.protocol) || url.origin !== origin)
      throw new ConfigError(
        `LATCHKEY_CORS_ORIGINS ${problem} (scheme, host and port only, no path or trailing slash), got "${origin}"`,
      );
    return origin;
  });
}

/**
 * The console build shipped inside the server's package (packing copies it there), or else, in the repository,
 * the console workspace's own build. Both are relative to this module, from src/ and from dist/ alike.
 */
function defaultConsoleDir(): string {
  const packaged = fileURLToPath(new URL('../console', import.meta.url));
  return existsSync(packaged) ? packaged : fileURLToPath(new URL('../../console/dist', import.meta.url));
}

const MAX_RATE = 1_000_000_000;

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function oneOf<T extends string>(
  name: string,
  raw: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}
