// The audit log: records changes in the transaction that makes them, lists and exports them, verifies the chain.
import type { Actor } from '../../auth/actor.ts';
import type { AuditEventRow, Db, Tx } from '../../db/schema.ts';
import type { Clock } from '../../lib/clock.ts';
import { type ChainedFields, chainHash, GENESIS_HASH } from '../../lib/crypto/hash-chain.ts';
import { uuidv7 } from '../../lib/ids.ts';
import type { PageRequest } from '../../lib/pagination.ts';
import type { AuditEntry } from './audit.actions.ts';
import * as store from './audit.store.ts';

export type { AuditFilter } from './audit.store.ts';

export type ChainVerdict =
  | { ok: true; events: number; head: { seq: number; hash: string } }
  | { ok: false; events: number; seq: number; id: string | null; problem: string };

const BATCH = 1000;

/** The actor columns of an event: who, and with which credential. */
function actorFields(actor: Actor) {
  const principal = actor.principal;
  if (!principal) {
    return {
      actorType: actor.origin.ip === null ? ('system' as const) : ('anonymous' as const),
      actorId: null,
      actorLabel: null,
      credentialKind: null,
      credentialId: null,
      credentialHint: null,
    };
  }
  const { credential } = principal;
  return {
    actorType: principal.type,
    actorId: principal.id,
    actorLabel: principal.email ?? principal.clientId ?? null,
    credentialKind: credential.kind,
    credentialId: credential.id,
    credentialHint: credential.start ?? credential.issuer ?? null,
  };
}

export class AuditLog {
  constructor(private readonly deps: { db: Db; clock: Clock }) {}

  /**
   * Records what `actor` did, in `tx`: the transaction that makes the change, so the change and its
   * record commit together or not at all. `changes` must never hold a secret.
   */
  async record(tx: Tx, actor: Actor, ...entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const at = this.deps.clock.now();
    const who = actorFields(actor);
    const { ip, userAgent, requestId } = actor.origin;
    await store.appendEvents(
      tx,
      entries.map(
        (entry): Omit<ChainedFields, 'seq'> => ({
          id: uuidv7(at),
          at,
          ...who,
          action: entry.action,
          targetType: entry.target.type,
          targetId: entry.target.id,
          ip,
          userAgent,
          requestId,
          changes: JSON.stringify(entry.changes ?? {}),
        }),
      ),
    );
  }

  /** Records events that change nothing else (a failed sign-in) in a transaction of their own. */
  recordAlone(actor: Actor, ...entries: AuditEntry[]): Promise<void> {
    return this.deps.db.transaction().execute((tx) => this.record(tx, actor, ...entries));
  }

  list(page: PageRequest, filter: store.AuditFilter) {
    return store.listEvents(this.deps.db, page, filter);
  }

  /** Every matching event in chain order, read a batch at a time (for NDJSON export). */
  async *export(filter: store.AuditFilter): AsyncGenerator<AuditEventRow> {
    let after = 0;
    for (;;) {
      const rows = await store.eventsAfter(this.deps.db, after, BATCH, filter);
      yield* rows;
      if (rows.length < BATCH) return;
      after = rows[rows.length - 1]?.seq ?? after;
    }
  }

  /** Walks the chain from the first event and answers with the first broken link, if any. */
  async verify(): Promise<ChainVerdict> {
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let events = 0;
    for (;;) {
      const rows = await store.eventsAfter(this.deps.db, expectedSeq - 1, BATCH);
      for (const row of rows) {
        const broken = (problem: string): ChainVerdict => ({
          ok: false,
          events,
          seq: row.seq,
          id: row.id,
          problem,
        });
        if (row.seq !== expectedSeq) return broken(`events ${expectedSeq} to ${row.seq - 1} are missing`);
        if (row.prevHash !== prevHash) return broken("its prev_hash is not the previous event's hash");
        if (chainHash(prevHash, row) !== row.hash) return broken('its contents do not match its hash');
        prevHash = row.hash;
        expectedSeq += 1;
        events += 1;
      }
      if (rows.length < BATCH) break;
    }
    const head = await store.readHead(this.deps.db);
    if (head.seq !== events || head.hash !== prevHash) {
      return {
        ok: false,
        events,
        seq: Math.max(head.seq, events),
        id: null,
        problem:
          head.seq > events
            ? `the chain's head is event ${head.seq}, but the log ends at event ${events}: events were removed`
            : `the chain's head (event ${head.seq}) does not match the last event (${events})`,
      };
    }
    return { ok: true, events, head: { seq: head.seq, hash: head.hash } };
  }
}
