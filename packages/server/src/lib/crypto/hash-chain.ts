// The audit log's hash chain: each event's hash covers the previous event's hash and the event's canonical form.
import { hash } from 'node:crypto';

/** The `prev_hash` of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** An event's recorded fields, in the one order the canonical form lists them. */
export interface ChainedFields {
  seq: number;
  id: string;
  at: number;
  actorType: string;
  actorId: string | null;
  /** The actor's email (users) or client id (apps) when the event was recorded. */
  actorLabel: string | null;
  credentialKind: string | null;
  credentialId: string | null;
  credentialHint: string | null;
  action: string;
  targetType: string;
  targetId: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  /** The stored JSON text of what changed, hashed as stored. */
  changes: string;
}

/**
 * A JSON array in a fixed order: no key ordering to agree on, and every field is a string, a number or
 * null, which JSON.stringify writes one way only. Changing this invalidates every recorded chain.
 */
export function canonicalForm(fields: ChainedFields): string {
  return JSON.stringify([
    fields.seq,
    fields.id,
    fields.at,
    fields.actorType,
    fields.actorId,
    fields.actorLabel,
    fields.credentialKind,
    fields.credentialId,
    fields.credentialHint,
    fields.action,
    fields.targetType,
    fields.targetId,
    fields.ip,
    fields.userAgent,
    fields.requestId,
    fields.changes,
  ]);
}

/** SHA-256 (hex) of the previous hash, a newline and the canonical form. */
export const chainHash = (prevHash: string, fields: ChainedFields): string =>
  hash('sha256', `${prevHash}\n${canonicalForm(fields)}`, 'hex');
