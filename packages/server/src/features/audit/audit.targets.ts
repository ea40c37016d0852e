// Which object `GET /v0/audit?target=TYPE:REF` is about, and whether the caller may see its history.
import type { Principal } from '../../auth/principal.ts';
import type { AppContext } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';
import { isUuid } from '../../lib/ids.ts';
import type { TargetType } from './audit.actions.ts';

/**
 * The recorded id of the target, when the caller can see the object itself: the history of an object
 * is as visible as the object. Site-wide objects (settings, signing keys, identity providers, tokens)
 * are administrators' only; anyone else is told they do not exist.
 */
export async function visibleTargetId(
  ctx: AppContext,
  principal: Principal,
  type: TargetType,
  ref: string,
): Promise<string> {
  switch (type) {
    case 'user':
      return (await ctx.users.visibleTo(principal, ref)).id;
    case 'key':
      // Only its owner and administrators see a key: an administrator's ref is taken as recorded.
      if (principal.isAdmin && isUuid(ref)) return ref.toLowerCase();
      return (await ctx.keys.get(principal, principal.id, ref)).id;
    case 'app':
      return (await ctx.apps.get(principal, ref)).id;
    case 'org':
      return (await ctx.access.visibleOrg(principal, ref)).org.id;
    case 'team':
      return (await ctx.access.visibleTeam(principal, ref)).team.id;
    case 'project':
      return (await ctx.projects.visible(principal, ref)).project.id;
    default:
      if (!principal.isAdmin) throw notFound('Target');
      return isUuid(ref) ? ref.toLowerCase() : ref;
  }
}
