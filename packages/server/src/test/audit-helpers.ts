// Reading the audit log in tests, as the API shows it.
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import type { Static } from 'typebox';
import type { AuditAction } from '../features/audit/audit.actions.ts';
import type { AuditFilter } from '../features/audit/audit.service.ts';
import { type AuditEventJson, auditEventJson } from '../features/audit/audit.view.ts';
import type { TestServer } from './harness.ts';

export type AuditEvent = Static<typeof AuditEventJson>;

/** Matching events, newest first. */
export async function auditEvents(s: TestServer, filter: AuditFilter = {}): Promise<AuditEvent[]> {
  const { rows } = await s.ctx.audit.list({ page: 1, perPage: 255, direction: 'desc' }, filter);
  return rows.map(auditEventJson) as AuditEvent[];
}

/** The newest event with this action (fails the test when there is none). */
export async function lastEvent(s: TestServer, action: AuditAction): Promise<AuditEvent> {
  const [event] = await auditEvents(s, { actions: [action] });
  assert.ok(event, `expected an audit event ${action}`);
  return event;
}

/** Asserts who the event says acted, and with which kind of credential. */
export function assertActor(
  event: AuditEvent,
  expected: { type: AuditEvent['actor']['type']; uuid?: string | null; kind?: string | null; hint?: string },
): void {
  assert.equal(event.actor.type, expected.type, `${event.action}: actor type`);
  if (expected.uuid !== undefined) assert.equal(event.actor.uuid, expected.uuid, `${event.action}: actor`);
  if (expected.kind !== undefined)
    assert.equal(event.actor.credential?.kind ?? null, expected.kind, `${event.action}: credential kind`);
  if (expected.hint !== undefined) assert.equal(event.actor.credential?.hint, expected.hint);
}

type Call = () => Promise<LightMyRequestResponse>;

/**
 * What one call adds to the audit log. `server` is read at each call, since suites start theirs in `before`;
 * every helper runs the call and first asserts its status.
 */
export function auditRecorder(server: () => TestServer) {
  const total = async () =>
    (await server().ctx.audit.list({ page: 1, perPage: 1, direction: 'desc' }, {})).total;

  /** The response, and the events the call recorded, oldest first. */
  async function recorded(call: Call, status: number) {
    const before = await total();
    const response = await call();
    assert.equal(response.statusCode, status, response.body);
    return {
      response,
      events: (await auditEvents(server())).filter((event) => event.seq > before).reverse(),
    };
  }

  /** The single event the call recorded, and the response's body (null when empty). */
  async function theEvent(call: Call, status: number) {
    const { response, events } = await recorded(call, status);
    assert.equal(events.length, 1, `one event, got ${events.map((e) => e.action).join(', ')}`);
    return { event: events[0] as AuditEvent, body: response.body === '' ? null : response.json() };
  }

  /** The call recorded nothing. */
  const nothingRecorded = async (call: Call, status: number) =>
    assert.deepEqual((await recorded(call, status)).events, []);

  return { recorded, theEvent, nothingRecorded };
}
