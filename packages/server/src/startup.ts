// Start-up checks that must answer before anything is created: the port is free, the database exists; each in one line.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { SYSTEM } from './auth/actor.ts';
import type { Config } from './config.ts';
import { sqliteFile } from './db/database.ts';
import { migrationStatus } from './db/migrate.ts';
import type { Db } from './db/schema.ts';
import type { ApplyResult } from './features/permissions/permissions.apply.ts';
import type { PermissionsService } from './features/permissions/permissions.service.ts';
import { ApiError } from './lib/errors.ts';
import { StartupError } from './lib/startup-error.ts';

/**
 * Binds and releases the port before the database is opened or the administrator is made, so a busy
 * port cannot leave behind an administrator whose generated password was printed by a start that died.
 */
export async function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (err) => reject(portProblem(err, host, port) ?? err));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** EADDRINUSE / EACCES from a listen, as the one line that names the port; undefined for other errors. */
export function portProblem(err: unknown, host: string, port: number): StartupError | undefined {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    return new StartupError(
      `port ${port} on ${host} is already in use; stop what is using it or choose another with LATCHKEY_PORT (--port)`,
    );
  if (code === 'EACCES')
    return new StartupError(
      `port ${port} on ${host} may not be used by this user; choose one above 1023 with LATCHKEY_PORT (--port)`,
    );
  if (code === 'EADDRNOTAVAIL')
    return new StartupError(
      `${host} is not an address of this machine; set LATCHKEY_HOST (--host) to one that is`,
    );
  return undefined;
}

/** A PostgreSQL URL's parts that may be shown: never its password. */
export function describePostgres(url: string): {
  database: string;
  host: string;
  port: string;
  user: string;
} {
  const parsed = URL.parse(url);
  return {
    database: decodeURIComponent(parsed?.pathname.replace(/^\//, '') || 'postgres'),
    host: parsed?.hostname || 'localhost',
    port: parsed?.port || '5432',
    user: decodeURIComponent(parsed?.username || 'postgres'),
  };
}

/** A database error met while opening or migrating, as a StartupError that says what to do; undefined when unknown. */
export function databaseProblem(err: unknown, databaseUrl: string): StartupError | undefined {
  if (!databaseUrl.startsWith('postgres')) return undefined;
  let cause: unknown = err;
  while (cause instanceof Error && !(cause as NodeJS.ErrnoException).code && cause.cause) cause = cause.cause;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  const { database, host, port, user } = describePostgres(databaseUrl);
  if (code === '3D000')
    return new StartupError(
      `the PostgreSQL database "${database}" does not exist on ${host}:${port}; create it with: createdb -h ${host} -p ${port} -U ${user} ${database}`,
    );
  if (code === 'ECONNREFUSED')
    return new StartupError(
      `PostgreSQL is not answering on ${host}:${port}; start it or correct LATCHKEY_DATABASE_URL`,
    );
  if (code === '28P01' || code === '28000')
    return new StartupError(
      `PostgreSQL on ${host}:${port} refused the user "${user}"; check LATCHKEY_DATABASE_URL`,
    );
  return undefined;
}

/** With LATCHKEY_MIGRATE=manual a missing SQLite file is not created by start-up but by `latchkey migrate up`. */
export function assertDatabaseExists(databaseUrl: string): void {
  const file = sqliteFile(databaseUrl);
  if (file !== undefined && !existsSync(file))
    throw new StartupError(
      `there is no database at ${file} and LATCHKEY_MIGRATE is manual: create it with \`latchkey migrate up\`, then start again`,
    );
}

/** With LATCHKEY_MIGRATE=manual the server starts only on a schema that is exactly this version's. */
export async function assertMigrated(db: Db): Promise<void> {
  const { pending, unknown } = await migrationStatus(db);
  if (unknown.length > 0)
    throw new StartupError(
      `the database was migrated by a newer Latchkey (${unknown.join(', ')}); start that version instead`,
    );
  if (pending.length > 0)
    throw new StartupError(
      `the database has ${pending.length} pending migration${pending.length === 1 ? '' : 's'} (${pending.join(', ')}) and LATCHKEY_MIGRATE is manual: apply them with \`latchkey migrate up\`, then start again`,
    );
}

/**
 * LATCHKEY_PERMISSIONS_FILE, applied as the server itself (audited as such). Never pruned at start:
 * removing what the file no longer lists is an administrator's decision (`latchkey permissions apply --prune`).
 * A problem only the database can reveal (a role naming a permission nobody defined) names the file's line.
 */
export async function applyPermissionsFile(
  permissions: Pick<PermissionsService, 'apply'>,
  setting: NonNullable<Config['permissionsFile']>,
): Promise<ApplyResult> {
  try {
    return await permissions.apply(SYSTEM, setting.file, { dryRun: false, prune: false, force: false });
  } catch (err) {
    if (err instanceof ApiError)
      throw new StartupError(`LATCHKEY_PERMISSIONS_FILE ${setting.path}: ${err.message.replace(/\.$/, '')}`);
    throw err;
  }
}
