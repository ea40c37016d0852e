// Turns the audit endpoints' query parameters into a store filter, with a 400 that names the parameter.
import type { AppContext } from '../../context.ts';
import { invalid } from '../../lib/errors.ts';
import { isUuid } from '../../lib/ids.ts';
import { AUDIT_ACTIONS, TARGET_TYPES, type TargetType } from './audit.actions.ts';
import type { AuditFilter } from './audit.service.ts';

export interface AuditQuery {
  actor?: string;
  action?: string;
  target?: string;
  since?: string;
  until?: string;
}

const ACTION_TYPES = [...new Set(AUDIT_ACTIONS.map((action) => action.split('.')[0]))];

/** `key.revoked` is one action; `key.*` is every action of that type. */
export function actionsMatching(action: string): readonly string[] {
  if (action.endsWith('.*')) {
    const type = action.slice(0, -2);
    const matching = AUDIT_ACTIONS.filter((known) => known.startsWith(`${type}.`));
    if (matching.length > 0) return matching;
    throw invalid(
      `querystring.action: there are no "${type}" actions; the types are ${ACTION_TYPES.join(', ')}.`,
    );
  }
  if ((AUDIT_ACTIONS as readonly string[]).includes(action)) return [action];
  throw invalid(
    `querystring.action: "${action}" is not an audited action; give one such as key.revoked, or a type such as key.*.`,
  );
}

/** `TYPE:REF` (or, where allowed, just `TYPE`). */
export function parseTarget(target: string, requireRef: boolean): { type: TargetType; ref?: string } {
  const colon = target.indexOf(':');
  const type = colon === -1 ? target : target.slice(0, colon);
  const ref = colon === -1 ? undefined : target.slice(colon + 1);
  if (!(TARGET_TYPES as readonly string[]).includes(type))
    throw invalid(
      `querystring.target: "${type}" is not a target type; use one of ${TARGET_TYPES.join(', ')}.`,
    );
  if (ref === '' || (requireRef && ref === undefined))
    throw invalid(`querystring.target: give TYPE:REF, e.g. key:<uuid> or project:<slug>; got "${target}".`);
  return { type: type as TargetType, ref };
}

function parseTime(value: string | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms))
    throw invalid(`querystring.${field}: expected an RFC 3339 time such as 2026-11-23T12:00:00Z.`);
  return ms;
}

/** The time window, checked: `since` inclusive, `until` exclusive. */
export function timeWindow(query: { since?: string; until?: string }): Pick<AuditFilter, 'since' | 'until'> {
  const since = parseTime(query.since, 'since');
  const until = parseTime(query.until, 'until');
  if (since !== undefined && until !== undefined && since >= until)
    throw invalid('querystring.until: must be later than querystring.since.');
  return { since, until };
}

/** An administrator's filter: ids as recorded (a user or app may also be named by slug, email or client id). */
export async function adminFilter(ctx: AppContext, query: AuditQuery): Promise<AuditFilter> {
  const filter: AuditFilter = timeWindow(query);
  if (query.actor !== undefined) filter.actorId = await actorId(ctx, query.actor);
  if (query.action !== undefined) filter.actions = actionsMatching(query.action);
  if (query.target !== undefined) {
    const { type, ref } = parseTarget(query.target, false);
    filter.targetType = type;
    if (ref !== undefined) filter.targetId = isUuid(ref) ? ref.toLowerCase() : ref;
  }
  return filter;
}

async function actorId(ctx: AppContext, ref: string): Promise<string> {
  if (isUuid(ref)) return ref.toLowerCase();
  const user = (await ctx.users.findByRef(ref)) ?? (await ctx.users.findByEmail(ref));
  if (user) return user.id;
  const app = await ctx.apps.findByRef(ref);
  if (app) return app.id;
  throw invalid(
    `querystring.actor: no user or app is named "${ref}"; give a UUID, a slug, an email or a client id.`,
  );
}
