// `latchkey admin reset-password --email …`: a new password for a user, set on the server's own machine against its
// database (the way back in for a lost administrator). Read from stdin, audited, and every session of theirs ended.
import { existsSync } from 'node:fs';
import { buildApp } from './app.ts';
import type { Actor } from './auth/actor.ts';
import { type Flags, loadConfig } from './config.ts';
import { openDatabase } from './db/database.ts';
import { systemClock } from './lib/clock.ts';
import { ApiError } from './lib/errors.ts';
import { Keyring } from './secrets/keyring.ts';
import { chooseMasterKey } from './secrets/master-key-source.ts';

/** The rule the API applies to a password (`POST /v0/users`, `PATCH /v0/users/{user}`). */
const MIN_LENGTH = 12;
const MAX_LENGTH = 1024;

/** Recorded in the audit log as where the change came from. */
const COMMAND: Actor = {
  principal: null,
  origin: { ip: null, userAgent: 'latchkey admin reset-password', requestId: null },
};

export interface ResetIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Exit code: 0 reset, 1 no such user, 2 no password on stdin, a bad one, or no database. */
export async function resetPassword(
  flags: Flags & { email: string },
  io: ResetIo = process,
): Promise<number> {
  const fail = (code: number, message: string) => {
    io.stderr.write(`latchkey: ${message}\n`);
    return code;
  };
  if (io.stdin.isTTY)
    return fail(2, 'the new password is read from stdin; pipe it in (printf %s "$PASSWORD" | …)');
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk));
  const password = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (password.length < MIN_LENGTH || password.length > MAX_LENGTH)
    return fail(2, `the new password on stdin must have ${MIN_LENGTH} to ${MAX_LENGTH} characters`);

  const config = { ...loadConfig(process.env, flags), logLevel: 'silent' as const };
  const path = config.databaseUrl.startsWith('sqlite:')
    ? config.databaseUrl.slice('sqlite:'.length)
    : undefined;
  // Opening a SQLite path would create an empty database: a reset must find the server's own.
  if (path !== undefined && path !== ':memory:' && !existsSync(path))
    return fail(
      2,
      `there is no database at ${path}. Run this where the server runs, with its LATCHKEY_DATABASE_URL.`,
    );
  const { db } = openDatabase(config.databaseUrl);
  try {
    // The server's own master key (its setting, or the key file beside the database) opens the secrets.
    const masterKey = await chooseMasterKey(config, db);
    if (masterKey.created)
      io.stderr.write(
        `latchkey: created the master key ${masterKey.file}: back it up apart from the database.\n`,
      );
    const keyring = await Keyring.open(db, masterKey.key, systemClock);
    const { app, ctx } = await buildApp({ config, db, keyring });
    try {
      const user = await ctx.users.resetPassword(COMMAND, flags.email, password);
      io.stdout.write(`New password set for ${user.email} (${user.slug}); their sessions are ended.\n`);
      return 0;
    } catch (err) {
      if (err instanceof ApiError && err.status === 404)
        return fail(1, `no user has the email ${flags.email}`);
      throw err;
    } finally {
      await app.close();
    }
  } finally {
    await db.destroy();
  }
}
