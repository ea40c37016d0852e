// `latchkey audit verify`: walks the audit log's hash chain on the configured database and reports the first broken link.
import { existsSync } from 'node:fs';
import { type Flags, loadConfig } from '../../config.ts';
import { openDatabase, sqliteFile } from '../../db/database.ts';
import { systemClock } from '../../lib/clock.ts';
import { databaseProblem } from '../../startup.ts';
import { AuditLog } from './audit.service.ts';

/** Exit code: 0 intact, 1 broken, 2 no audit log to verify. */
export async function verifyAuditChain(
  flags: Flags,
  out: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream } = process,
): Promise<number> {
  const config = loadConfig(process.env, flags);
  // Opening a SQLite path creates the file (and its directory): verifying must leave no trace.
  const path = sqliteFile(config.databaseUrl);
  if (path !== undefined && !existsSync(path)) {
    out.stderr.write(
      `latchkey: there is no database at ${path}, so no audit log to verify. Start the server once to create it.\n`,
    );
    return 2;
  }
  const { db } = openDatabase(config.databaseUrl);
  try {
    const verdict = await new AuditLog({ db, clock: systemClock }).verify().catch((err: unknown) => {
      const problem = databaseProblem(err, config.databaseUrl);
      out.stderr.write(
        problem
          ? `latchkey: ${problem.message}\n`
          : `latchkey: could not read the audit log (${(err as Error).message}). Start the server once to create it.\n`,
      );
      return undefined;
    });
    if (!verdict) return 2;
    if (verdict.ok) {
      out.stdout.write(
        `audit chain intact: ${verdict.events} events; head is event ${verdict.head.seq} with hash ${verdict.head.hash}\n`,
      );
      return 0;
    }
    const which = verdict.id === null ? `event ${verdict.seq}` : `event ${verdict.seq} (${verdict.id})`;
    const before =
      verdict.events === 1 ? 'The event before it verifies' : `The ${verdict.events} events before it verify`;
    out.stderr.write(`audit chain broken at ${which}: ${verdict.problem}. ${before}.\n`);
    return 1;
  } finally {
    await db.destroy();
  }
}
