// Small SQL fragments that read the same on SQLite and PostgreSQL.
import { type RawBuilder, sql } from 'kysely';

/** Case-insensitive "column contains text", with LIKE's wildcards in `text` taken literally. */
export function containsText(column: string, text: string): RawBuilder<boolean> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}

/** `count(*)` comes back as a string from pg and a number from SQLite. */
export const toCount = (row: { count: number | string | bigint }): number => Number(row.count);
