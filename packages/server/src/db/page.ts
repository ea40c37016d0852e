// One page of a list and the whole list's count: what every list endpoint answers with.
import type { SelectQueryBuilder } from 'kysely';
import { offsetOf, type PageRequest } from '../lib/pagination.ts';
import { toCount } from './sql.ts';

export interface Page<Row> {
  rows: Row[];
  total: number;
}

/**
 * Runs side by side the page of `ordered` (the page's limit and offset are added here) and `count(*)` over
 * `filtered`, the list's query before its columns and order, so the total counts what the pages show.
 */
export async function selectPage<
  RowsDb,
  RowsTables extends keyof RowsDb,
  Row,
  Db,
  Tables extends keyof Db,
  O,
>(
  page: PageRequest,
  ordered: SelectQueryBuilder<RowsDb, RowsTables, Row>,
  filtered: SelectQueryBuilder<Db, Tables, O>,
): Promise<Page<Row>> {
  const [rows, count] = await Promise.all([
    ordered.limit(page.perPage).offset(offsetOf(page)).execute(),
    filtered
      .select((eb) => eb.fn.countAll().as('count'))
      // Kysely cannot name the selection's type over a query of any table; it is the one column selected here.
      .$castTo<{ count: number | string }>()
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: toCount(count) };
}
