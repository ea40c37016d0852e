// Reads a unique-constraint violation the same way from SQLite and PostgreSQL, so one place can answer it with 409.

export interface UniqueViolation {
  table: string | undefined;
  columns: string[];
}

/** Words inside a PostgreSQL index expression that are not column names. */
const NOT_COLUMNS = new Set(['lower', 'upper', 'text', 'coalesce']);

/**
 * The table and columns of a unique (or primary-key) violation, or undefined for any other error.
 * SQLite: SqliteError `SQLITE_CONSTRAINT_UNIQUE`, "UNIQUE constraint failed: users.slug, users.x".
 * PostgreSQL: SQLSTATE 23505 with `table` and `detail` "Key (slug)=(…) already exists.".
 */
export function uniqueViolation(error: unknown): UniqueViolation | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, message, table, detail } = error as Record<string, unknown>;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    const list = String(message).split('failed:')[1] ?? '';
    const pairs = list.split(',').map((name) => name.trim().split('.'));
    return {
      table: pairs[0]?.length === 2 ? pairs[0][0] : undefined,
      columns: pairs.map((pair) => pair[pair.length - 1] ?? '').filter(Boolean),
    };
  }
  if (code === '23505') {
    // Only the key's column list is read: the value after "=" may be an email address or a hash.
    const key = typeof detail === 'string' ? (detail.match(/^Key \((.*?)\)=\(/)?.[1] ?? '') : '';
    const columns = (key.match(/[a-z_][a-z0-9_]*/g) ?? []).filter((word) => !NOT_COLUMNS.has(word));
    return { table: typeof table === 'string' ? table : undefined, columns };
  }
  return undefined;
}

/**
 * PostgreSQL refuses text it cannot store or compare, NUL above all (SQLSTATE 22021, or 22P05 when
 * converting): that is the request's fault wherever such a value reaches a query, so it is a 400.
 */
export function isUnstorableText(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === '22021' || code === '22P05';
}

/** "Another user already has this slug." — without the value, which may be personal or secret. */
export function describeUniqueViolation(violation: UniqueViolation): string {
  const what = violation.table ? violation.table.replace(/_/g, ' ').replace(/s$/, '') : 'record';
  const fields = violation.columns.filter((column) => !column.endsWith('_id') && column !== 'id');
  const named = fields.length > 0 ? fields.join(' and ') : 'these values';
  return `Another ${what} already has this ${named}.`;
}
