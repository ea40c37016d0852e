// How times, lifetimes and restrictions read in the console.

export function when(iso: string | null | undefined, never = 'never'): string {
  if (!iso) return never;
  const date = new Date(iso);
  return `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)} UTC`;
}

export const isPast = (iso: string | null) => iso !== null && new Date(iso).getTime() <= Date.now();

/** The site's maximum lifetime in days (undefined: no maximum). */
export function maxDays(setting: string): number | undefined {
  return setting === 'never' ? undefined : Number(setting.replace('d', ''));
}

export const LIFETIMES = [
  { days: 7, label: '7 days' },
  { days: 30, label: '30 days' },
  { days: 90, label: '90 days' },
  { days: 180, label: '180 days' },
  { days: 365, label: '1 year' },
];

export const MAX_LIFETIME_OPTIONS = [
  { value: 'never', label: 'No maximum (keys may never expire)' },
  { value: '7d', label: '7 days' },
  { value: '30d', label: '30 days' },
  { value: '90d', label: '90 days' },
  { value: '180d', label: '180 days' },
  { value: '365d', label: '365 days' },
];

export function restrictions(
  scopes: {
    read_only: boolean;
    projects: string[] | null;
    permissions?: string[] | null;
    allowed_ips?: string[] | null;
  } | null,
): string {
  if (!scopes) return 'none';
  const parts: string[] = [];
  if (scopes.permissions)
    parts.push(scopes.permissions.length === 0 ? 'no permissions' : scopes.permissions.join(', '));
  if (scopes.read_only) parts.push('read-only');
  if (scopes.projects)
    parts.push(`${scopes.projects.length} project${scopes.projects.length === 1 ? '' : 's'}`);
  if (scopes.allowed_ips) parts.push(`from ${scopes.allowed_ips.join(', ')}`);
  return parts.length === 0 ? 'none' : parts.join(', ');
}

/** `runs:read` → `runs`: permissions group by the resource before the colon. */
export function byResource<T>(items: T[], name: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const resource = name(item).split(':')[0] ?? '';
    groups.set(resource, [...(groups.get(resource) ?? []), item]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}
