// Test servers on an isolated database: in-memory SQLite always, a fresh PostgreSQL schema when configured.
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { pino } from 'pino';
import { buildApp } from '../app.ts';
import { SYSTEM } from '../auth/actor.ts';
import { type Config, loadConfig } from '../config.ts';
import type { AppContext, RoutesPlugin, TypedApp } from '../context.ts';
import { type DialectName, migrateToLatest, openDatabase } from '../db/database.ts';
import type { UserRow } from '../db/schema.ts';
import { ManualClock } from '../lib/clock.ts';
import { MasterKey } from '../lib/crypto/master-key.ts';
import type { Metrics } from '../metrics/metrics.ts';
import { Keyring } from '../secrets/keyring.ts';
import { watchContract } from './contract.ts';

/** Cheap scrypt for tests; production uses the OWASP cost. */
export const TEST_PASSWORD_COST = { N: 2 ** 10, r: 8, p: 1 };
export const TEST_PASSWORD = 'correct horse battery staple';

export const POSTGRES_URL = process.env.LATCHKEY_TEST_POSTGRES_URL;

/** The stores every suite runs against: SQLite always, PostgreSQL when LATCHKEY_TEST_POSTGRES_URL is set. */
export const DIALECTS: DialectName[] = POSTGRES_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestServer {
  app: TypedApp;
  ctx: AppContext;
  clock: ManualClock;
  config: Config;
  /** The PostgreSQL schema the server's tables are in (undefined on SQLite). */
  schema: string | undefined;
  /** Set after listen(): the base URL of a real HTTP server on loopback. */
  url: string;
  listen(): Promise<string>;
  close(): Promise<void>;
  /** A user created directly through the service. */
  createUser(
    fields?: Partial<{ email: string; name: string; slug: string; admin: boolean }>,
  ): Promise<UserRow>;
  /** One JSON request through the app (no socket) with a Bearer credential. */
  call(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    secret: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse>;
  /** Signs in through the API and returns the session token. */
  login(email: string, password?: string): Promise<string>;
  /** Creates a key through the API with a session token and returns the response body. */
  createKey(
    token: string,
    user: string,
    body?: Record<string, unknown>,
  ): Promise<{ uuid: string; key: string }>;
}

/**
 * For suites whose webhook receivers, identity providers or key servers run on loopback: the setting a
 * developer turns on for the same. Every other suite keeps the default, which refuses loopback.
 */
export const LOOPBACK_OUTBOUND = { LATCHKEY_OUTBOUND_ALLOW_LOOPBACK: 'true' } as const;

export interface TestServerOptions {
  env?: NodeJS.ProcessEnv;
  logStream?: NodeJS.WritableStream;
  /** Counted and timed, database queries included, as `latchkey serve` does with LATCHKEY_METRICS_PORT. */
  metrics?: Metrics;
  /** A SQLite file instead of memory, for tests that read the bytes a server leaves on disk. */
  sqlitePath?: string;
  /** Routes of the test's own, under `/v0/test-only/` (which docs/openapi.json leaves out), through the same pipeline. */
  routes?: RoutesPlugin[];
}

export async function startTestServer(
  dialect: DialectName,
  options: TestServerOptions = {},
): Promise<TestServer> {
  const name = `lk_test_${randomBytes(6).toString('hex')}`;
  const config = {
    ...loadConfig({ LATCHKEY_FLUSH_INTERVAL_MS: '50', ...options.env }),
    databaseUrl: dialect === 'sqlite' ? `sqlite:${options.sqlitePath ?? ':memory:'}` : (POSTGRES_URL ?? ''),
    // Test servers share the database in schemas of their own: each hears only its own invalidations
    // (and those of a second instance built from its config).
    postgresChannel: name,
  };
  let dropSchema = async () => {};
  let schema: string | undefined;
  if (dialect === 'postgres') {
    schema = name;
    await withSchemaLock('shared', (client) => client.query(`create schema ${name}`));
    dropSchema = async () => {
      await withSchemaLock('exclusive', (client) => client.query(`drop schema ${name} cascade`));
    };
  }
  const { db } = openDatabase(config.databaseUrl, { schema, log: options.metrics?.queryLogged });
  await (schema ? withSchemaLock('shared', () => migrateToLatest(db, { schema })) : migrateToLatest(db));
  const clock = new ManualClock(Date.UTC(2026, 10, 23, 12, 0, 0));
  // A master key of the test's own (or the one its env sets), as a deployment's LATCHKEY_MASTER_KEY.
  const keyring = await Keyring.open(db, config.masterKey?.key ?? MasterKey.generate(), clock);
  const logger = pino({ level: options.logStream ? 'debug' : 'silent' }, options.logStream ?? process.stdout);
  const { app, ctx } = await buildApp({
    config,
    db,
    keyring,
    clock,
    passwordCost: TEST_PASSWORD_COST,
    logger,
    metrics: options.metrics,
    routes: options.routes,
  });
  // Every answer is held to docs/openapi.json; close() fails the test that got one the document does not allow.
  const mismatches = watchContract(app);
  await app.ready();

  const server: TestServer = {
    app,
    ctx,
    clock,
    config,
    schema,
    url: '',
    async listen() {
      await app.listen({ host: '127.0.0.1', port: 0 });
      server.url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      return server.url;
    },
    async close() {
      await app.close();
      await db.destroy();
      await dropSchema();
      if (mismatches.length > 0)
        throw new Error(
          `answers that docs/openapi.json does not allow:\n${[...new Set(mismatches)].join('\n')}`,
        );
    },
    async createUser(fields = {}) {
      const n = randomBytes(4).toString('hex');
      return ctx.users.create(SYSTEM, {
        email: fields.email ?? `user-${n}@example.com`,
        name: fields.name ?? `User ${n}`,
        slug: fields.slug,
        password: TEST_PASSWORD,
        admin: fields.admin,
      });
    },
    call(method, url, secret, payload) {
      return app.inject({
        method,
        url,
        headers: bearer(secret),
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
    },
    async login(email, password = TEST_PASSWORD) {
      const response = await app.inject({
        method: 'POST',
        url: '/v0/auth/login',
        payload: { email, password },
      });
      if (response.statusCode !== 200)
        throw new Error(`login failed: ${response.statusCode} ${response.body}`);
      return response.json().token as string;
    },
    async createKey(token, user, body = { name: 'test key' }) {
      const response = await app.inject({
        method: 'POST',
        url: `/v0/users/${user}/keys`,
        headers: bearer(token),
        payload: body,
      });
      if (response.statusCode !== 201)
        throw new Error(`key creation failed: ${response.statusCode} ${response.body}`);
      return response.json();
    },
  };
  return server;
}

/**
 * Another Latchkey instance on the same database and clock (its own caches, its own invalidation-bus
 * connection), as a second server behind a load balancer would be. `config` overrides the first's.
 */
export async function secondInstance(
  s: TestServer,
  config: Partial<Config> = {},
): Promise<{ app: TypedApp; ctx: AppContext }> {
  const built = await buildApp({
    config: { ...s.config, ...config },
    db: s.ctx.db,
    keyring: s.ctx.keyring,
    clock: s.clock,
    passwordCost: TEST_PASSWORD_COST,
    logger: pino({ level: 'silent' }),
  });
  await built.app.ready();
  return built;
}

/** Any fixed number: the advisory lock that keeps test schemas from being dropped during a migration. */
const SCHEMA_LOCK = 74_200_001;

/**
 * Kysely's migrator reads the catalog of every schema (`pg_get_serial_sequence` on each table), which fails
 * with "schema … does not exist" when another test process drops its schema at that moment. Migrations
 * hold this advisory lock shared and drops hold it exclusively, so the two never overlap.
 */
export async function withSchemaLock<T>(
  mode: 'shared' | 'exclusive',
  work: (client: pg.Client) => Promise<T>,
) {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  const suffix = mode === 'shared' ? '_shared' : '';
  try {
    await client.query(`select pg_advisory_lock${suffix}($1)`, [SCHEMA_LOCK]);
    return await work(client);
  } finally {
    await client.query(`select pg_advisory_unlock${suffix}($1)`, [SCHEMA_LOCK]).catch(() => undefined);
    await client.end();
  }
}

export const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });
