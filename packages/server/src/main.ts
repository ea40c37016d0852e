// Process entry for `latchkey serve`: config -> database -> app -> listen; graceful shutdown on SIGTERM/SIGINT.
import { buildApp } from './app.ts';
import { type Flags, loadConfig } from './config.ts';
import { migrateToLatest, openDatabase } from './db/database.ts';
import type { Difference } from './features/permissions/permissions.apply.ts';
import { systemClock } from './lib/clock.ts';
import type { MetricsListener } from './metrics/metrics.http.ts';
import { Keyring } from './secrets/keyring.ts';
import { type ChosenMasterKey, chooseMasterKey } from './secrets/master-key-source.ts';
import { encryptPlaintext } from './secrets/plaintext.ts';
import {
  applyPermissionsFile,
  assertDatabaseExists,
  assertMigrated,
  assertPortFree,
  databaseProblem,
  portProblem,
} from './startup.ts';

export async function serve(flags: Flags = {}): Promise<void> {
  const config = loadConfig(process.env, flags);
  // Before the data directory, the database file or the administrator exist.
  await assertPortFree(config.host, config.port);
  // prom-client is loaded only when metrics are on: start-up without them stays as it was.
  const metrics =
    config.metricsPort === undefined ? undefined : new (await import('./metrics/metrics.ts')).Metrics();
  if (config.migrate === 'manual') assertDatabaseExists(config.databaseUrl);
  const { db, dialect } = openDatabase(config.databaseUrl, { log: metrics?.queryLogged });
  let masterKey: ChosenMasterKey;
  try {
    // The master key is checked before the first write: a wrong one changes nothing.
    masterKey = await chooseMasterKey(config, db);
    await (config.migrate === 'manual' ? assertMigrated(db) : migrateToLatest(db));
  } catch (err) {
    await db.destroy().catch(() => {});
    throw databaseProblem(err, config.databaseUrl) ?? err;
  }
  const keyring = await Keyring.open(db, masterKey.key, systemClock);
  const encrypted = await encryptPlaintext(db, keyring, dialect);
  const { app, ctx } = await buildApp({ config, db, keyring, metrics });
  if (Object.keys(encrypted).length > 0)
    app.log.info({ encrypted }, 'secrets stored in plain text were encrypted');

  if (config.permissionsFile) {
    try {
      const applied = await applyPermissionsFile(ctx.permissions, config.permissionsFile);
      app.log.info(
        {
          file: config.permissionsFile.path,
          permissions: counts(applied.permissions),
          roles: counts(applied.roles),
        },
        'permissions file applied',
      );
    } catch (err) {
      await app.close().catch(() => {});
      await db.destroy().catch(() => {});
      throw err;
    }
  }

  const created = await ctx.users.bootstrapAdmin(config.adminEmail, config.adminPassword);
  const box = [
    ...(created ? adminLines(created.user.email, created.generatedPassword) : []),
    ...(masterKey.created ? masterKeyLines(masterKey.file ?? '') : []),
  ];
  if (box.length > 0) announce(box);
  if (!created && config.adminPassword !== undefined)
    app.log.warn(
      'LATCHKEY_ADMIN_PASSWORD is ignored: it sets only the first administrator, and this database already has users. ' +
        'To set a password: `latchkey admin reset-password --email EMAIL` on this machine (from stdin), ' +
        'or `latchkey user update --password-stdin` signed in.',
    );

  let metricsListener: MetricsListener | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    try {
      await metricsListener?.close();
      await app.close();
      await db.destroy();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  // Not `once`: Ctrl-C under `npm start` delivers SIGINT twice (from the terminal and forwarded by npm), and a
  // second signal without a listener would kill the process in the middle of its shutdown.
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (err) {
    // Taken between the check and now: still one line, not a stack trace.
    const problem = portProblem(err, config.host, config.port);
    if (!problem) throw err;
    await app.close().catch(() => {});
    await db.destroy().catch(() => {});
    throw problem;
  }
  if (metrics && config.metricsPort !== undefined) {
    const { listenMetrics } = await import('./metrics/metrics.http.ts');
    metricsListener = await listenMetrics(metrics, config.metricsHost, config.metricsPort);
    app.log.info(
      { address: `http://${config.metricsHost}:${metricsListener.port}/metrics` },
      'metrics listening',
    );
  }
}

const counts = (d: Difference) => ({
  added: d.added.length,
  changed: d.changed.length,
  unchanged: d.unchanged,
});

function adminLines(email: string, generatedPassword: string | undefined): string[] {
  const lines = [
    'Latchkey created the first administrator.',
    `  email:    ${email}`,
    generatedPassword ? `  password: ${generatedPassword}` : '  password: the one in LATCHKEY_ADMIN_PASSWORD',
  ];
  if (generatedPassword) lines.push('This password is shown only now. Sign in and change it.');
  return lines;
}

function masterKeyLines(file: string): string[] {
  return [
    `Latchkey created the master key ${file}: it encrypts the secrets in the database.`,
    'Back it up now, apart from the database: without it a database backup cannot be read,',
    'and kept together the two hand over every secret.',
  ];
}

/** Printed straight to the console, once, and never through the logger (logs are often shipped elsewhere). */
function announce(lines: string[]): void {
  const width = Math.max(...lines.map((line) => line.length)) + 2;
  const bar = `+${'-'.repeat(width)}+`;
  process.stdout.write(
    `\n${bar}\n${lines.map((line) => `| ${line.padEnd(width - 1)}|`).join('\n')}\n${bar}\n\n`,
  );
}
