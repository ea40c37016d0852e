// `latchkey audit verify`: walks the audit log's hash chain on the configured database and reports the first broken link.
import { type Flags, loadConfig } from '../../config.ts';
import { openDatabase } from '../../db/database.ts';
import { systemClock } from '../../lib/clock.ts';
import { AuditLog } from './audit.service.ts';

/** Exit code: 0 intact, 1 broken, 2 no audit log to verify. */
export async function verifyAuditChain(
  flags: Flags,
  out: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream } = process,
): Promise<number> {
  const config = loadConfig(process.env, flags);
  const { db } = openDatabase(config.databaseUrl);
  try {
    const verdict = await new AuditLog({ db, clock: systemClock }).verify().catch((err: unknown) => {
      out.stderr.write(
        `latchkey: could not read the audit log (${(err as Error).message}). Start the server once to create it.\n`,
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
