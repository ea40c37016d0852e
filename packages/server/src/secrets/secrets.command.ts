// `latchkey secrets status` and `latchkey secrets rotate-master`: what is encrypted under which key, and a new master key.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { type Flags, loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import type { Db } from '../db/schema.ts';
import { systemClock } from '../lib/clock.ts';
import { isSealed, sealedKeyId } from '../lib/crypto/envelope.ts';
import { MasterKey } from '../lib/crypto/master-key.ts';
import { StartupError } from '../lib/startup-error.ts';
import { databaseProblem } from '../startup.ts';
import { existingDataKeys, listDataKeys, rewrapDataKey } from './keyring.store.ts';
import { unwrapDataKeys, wrapDataKey } from './keyring.ts';
import { chooseMasterKey } from './master-key-source.ts';
import { sealedRows } from './plaintext.ts';
import { FIELD_NAMES } from './sealed-fields.ts';

type Out = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };
const DATABASE_OPTION = [
  '--database-url <url>',
  'sqlite:PATH or postgres://… (LATCHKEY_DATABASE_URL)',
] as const;

export function registerSecretsCommands(program: Command): void {
  const secrets = program.command('secrets').description('The secrets kept encrypted in the database');
  secrets
    .command('status')
    .description('Say what is encrypted under which key id (counts only; never a secret)')
    .option(...DATABASE_OPTION)
    .action(async (options: Flags) => {
      process.exitCode = await secretsStatus(options);
    });
  secrets
    .command('rotate-master')
    .description('Re-wrap every data key under a new master key, in one transaction')
    .requiredOption('--new-key-file <file>', 'a file holding the new master key (32 random bytes, base64)')
    .option(...DATABASE_OPTION)
    .action(async (options: Flags & { newKeyFile: string }) => {
      process.exitCode = await rotateMaster(options);
    });
}

/** Runs `work` on the configured database; a missing SQLite file or an unreachable database is one line and exit 2. */
async function withDatabase(flags: Flags, out: Out, work: (db: Db) => Promise<number>): Promise<number> {
  const config = loadConfig(process.env, flags);
  const path = config.databaseUrl.startsWith('sqlite:')
    ? config.databaseUrl.slice('sqlite:'.length)
    : undefined;
  if (path !== undefined && path !== ':memory:' && !existsSync(path)) {
    out.stderr.write(`latchkey: there is no database at ${path}. Start the server once to create it.\n`);
    return 2;
  }
  const { db } = openDatabase(config.databaseUrl);
  try {
    return await work(db);
  } catch (err) {
    const problem = err instanceof StartupError ? err : databaseProblem(err, config.databaseUrl);
    if (!problem) throw err;
    out.stderr.write(`latchkey: ${problem.message}\n`);
    return 2;
  } finally {
    await db.destroy();
  }
}

/** Exit code: 0 when the master key opens every data key and nothing is in plain text, 1 otherwise. */
export function secretsStatus(flags: Flags, out: Out = process): Promise<number> {
  return withDatabase(flags, out, async (db) => {
    const config = loadConfig(process.env, flags);
    const rows = await existingDataKeys(db);
    let healthy = true;
    try {
      const chosen = await chooseMasterKey(config, db, { create: false });
      out.stdout.write(
        `master key: ${chosen.key.id} (${chosen.source})${rows.length ? ', opens every data key' : ''}\n`,
      );
    } catch (err) {
      if (!(err instanceof StartupError)) throw err;
      healthy = false;
      out.stdout.write(`master key: PROBLEM: ${err.message}\n`);
    }
    out.stdout.write(rows.length ? 'data keys:\n' : 'data keys: none yet (start the server once)\n');
    for (const row of rows)
      out.stdout.write(`  ${row.id}  ${row.purpose.padEnd(18)} wrapped by ${row.masterKeyId}\n`);
    out.stdout.write('encrypted values:\n');
    for (const field of FIELD_NAMES) {
      const counts = new Map<string, number>();
      for (const { value } of await sealedRows(db, field)) {
        const key = isSealed(value) ? (sealedKeyId(value) ?? 'unreadable') : 'PLAIN TEXT';
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      if (counts.has('PLAIN TEXT') || counts.has('unreadable')) healthy = false;
      const described = [...counts].map(([key, n]) => `${n} under ${key}`).join(', ') || 'none';
      out.stdout.write(`  ${field.padEnd(30)} ${described}\n`);
    }
    return healthy ? 0 : 1;
  });
}

/**
 * Unwraps every data key with the current master key and wraps it with the new one, all in one
 * transaction: interrupted at any point, every data key is under exactly one of the two keys. The
 * secrets themselves are not touched (they stay under their data keys), so running servers go on.
 */
export function rotateMaster(flags: Flags & { newKeyFile: string }, out: Out = process): Promise<number> {
  return withDatabase(flags, out, async (db) => {
    const config = loadConfig(process.env, flags);
    let text: string;
    try {
      text = readFileSync(flags.newKeyFile, 'utf8');
    } catch (err) {
      throw new StartupError(
        `--new-key-file ${flags.newKeyFile} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
    const next = MasterKey.parse(text);
    if (!(next instanceof MasterKey))
      throw new StartupError(`--new-key-file ${flags.newKeyFile} ${next.problem}`);
    const current = await chooseMasterKey(config, db, { create: false });
    const rows = await existingDataKeys(db);
    if (rows.length === 0)
      throw new StartupError('there are no data keys to re-wrap yet; start the server once');
    if (next.id === current.key.id)
      throw new StartupError(`--new-key-file holds the current master key (${next.id}); make a new one`);
    const now = systemClock.now();
    const count = await db.transaction().execute(async (tx) => {
      // Read again inside the transaction: what is re-wrapped is what is there at the commit.
      const inside = await listDataKeys(tx);
      const keys = unwrapDataKeys(current.key, inside);
      for (const row of inside) {
        const key = keys.get(row.id);
        if (!key) throw new Error(`data key ${row.id} was not unwrapped`);
        await rewrapDataKey(tx, row.id, {
          wrapped: wrapDataKey(next, row, key),
          masterKeyId: next.id,
          wrappedAt: now,
        });
      }
      await holdForTest('before-commit', out);
      return inside.length;
    });
    await holdForTest('after-commit', out);
    out.stdout.write(`re-wrapped ${count} data keys: ${current.key.id} -> ${next.id}\n`);
    if (current.file) {
      // The embedded default reads its key from this file: it now holds the new one.
      writeFileSync(`${current.file}.new`, `${next.toBase64()}\n`, { mode: 0o600 });
      renameSync(`${current.file}.new`, current.file);
      out.stdout.write(`${current.file} now holds the new master key; back it up, apart from the database\n`);
    } else {
      out.stdout.write(
        `the old key opens nothing any more: set ${config.masterKey?.setting ?? 'LATCHKEY_MASTER_KEY_FILE'} to the new key before the next start\n`,
      );
    }
    return 0;
  });
}

/**
 * For the interruption test only: with LATCHKEY_TEST_HOLD_ROTATION set to this point, says so and
 * waits to be killed, so the test kills the rotation exactly there instead of guessing with a timer.
 */
async function holdForTest(point: 'before-commit' | 'after-commit', out: Out): Promise<void> {
  if (process.env.LATCHKEY_TEST_HOLD_ROTATION !== point) return;
  out.stdout.write(`rotation held ${point}\n`);
  await new Promise(() => setInterval(() => {}, 60_000));
}
