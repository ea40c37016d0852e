// The audit entry of a revoked key, the same wherever a key ends (its owner, an administrator, unused, leaked).
import type { RevokedKey } from './keys.store.ts';

/** `by` says who or what ended it; `extra` adds what that path knows (the leak report's url, the unused days). */
export const revokedEntry = (key: RevokedKey, by: string, extra: Record<string, unknown> = {}) => ({
  action: 'key.revoked' as const,
  target: { type: 'key' as const, id: key.id },
  changes: {
    user: key.userId,
    name: key.name,
    start: key.start,
    by,
    ...(key.rerolledFrom ? { rerolled_from: key.rerolledFrom } : {}),
    ...extra,
  },
});
