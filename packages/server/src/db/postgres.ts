// PostgreSQL through pg; BIGINT (our epoch-millisecond times) is read back as a JavaScript number.
import { PostgresDialect } from 'kysely';
import type pg from 'pg';
import { onDemand } from '../lib/on-demand.ts';

const loadPg = onDemand<typeof pg>('pg');

export function postgresDialect(
  url: string,
  options: { schema?: string; max?: number } = {},
): PostgresDialect {
  const pg = loadPg();
  // Epoch milliseconds stay far below 2^53, so the conversion is exact.
  pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  return new PostgresDialect({ pool });
}
