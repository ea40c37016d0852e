// Queries for the audit log: appending to the chain, filtered pages, and reading it back in order.

import { sql } from 'kysely';
import { type Page, selectPage } from '../../db/page.ts';
import type { AuditEventRow, DbOrTx, Tx } from '../../db/schema.ts';
import { type ChainedFields, chainHash } from '../../lib/crypto/hash-chain.ts';
import type { PageRequest } from '../../lib/pagination.ts';

const INSERT_CHUNK = 500;

/**
 * Appends events after the chain's head, in the caller's transaction. Raising the head's seq first
 * locks its row (PostgreSQL) or runs inside SQLite's single writer, so a concurrent append waits
 * and then chains onto this one; RETURNING gives the seq reserved and the hash still current.
 */
export async function appendEvents(tx: Tx, events: Omit<ChainedFields, 'seq'>[]): Promise<AuditEventRow[]> {
  const head = await tx
    .updateTable('auditHead')
    .set({ seq: sql`seq + ${events.length}` })
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  let seq = Number(head.seq) - events.length;
  let prevHash = head.hash;
  const rows: AuditEventRow[] = [];
  for (const event of events) {
    seq += 1;
    const fields = { ...event, seq };
    const hash = chainHash(prevHash, fields);
    rows.push({ ...fields, actorType: fields.actorType as AuditEventRow['actorType'], prevHash, hash });
    prevHash = hash;
  }
  // A few hundred rows a statement keeps far below either database's limit on bound parameters.
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    await tx
      .insertInto('auditEvents')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .execute();
  await tx.updateTable('auditHead').set({ hash: prevHash }).where('id', '=', 1).execute();
  return rows;
}

export interface AuditFilter {
  actorId?: string;
  /** Any of these actions. */
  actions?: readonly string[];
  targetType?: string;
  targetId?: string;
  /** Epoch ms, inclusive. */
  since?: number;
  /** Epoch ms, exclusive. */
  until?: number;
}

function filtered(db: DbOrTx, filter: AuditFilter) {
  let query = db.selectFrom('auditEvents');
  if (filter.actorId !== undefined) query = query.where('actorId', '=', filter.actorId);
  if (filter.actions !== undefined) query = query.where('action', 'in', filter.actions);
  if (filter.targetType !== undefined) query = query.where('targetType', '=', filter.targetType);
  if (filter.targetId !== undefined) query = query.where('targetId', '=', filter.targetId);
  if (filter.since !== undefined) query = query.where('at', '>=', filter.since);
  if (filter.until !== undefined) query = query.where('at', '<', filter.until);
  return query;
}

export async function listEvents(
  db: DbOrTx,
  page: PageRequest,
  filter: AuditFilter,
): Promise<Page<AuditEventRow>> {
  const base = filtered(db, filter);
  return selectPage(page, base.selectAll().orderBy('seq', page.direction), base);
}

/** Events after `afterSeq` in chain order, a batch at a time (export and verification). */
export const eventsAfter = (
  db: DbOrTx,
  afterSeq: number,
  limit: number,
  filter: AuditFilter = {},
): Promise<AuditEventRow[]> =>
  filtered(db, filter).selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();

export const readHead = (db: DbOrTx) =>
  db.selectFrom('auditHead').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
