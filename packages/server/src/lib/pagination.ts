// The list conventions: page/per_page/direction query parameters, X-Total-Count and an RFC 8288 Link header.
import { Type } from 'typebox';

export const DEFAULT_PER_PAGE = 8;
export const MAX_PER_PAGE = 255;
/**
 * Far past any real list, and (page - 1) * per_page stays well inside both stores' integers: an
 * unbounded page overflows SQLite's and PostgreSQL's 64-bit OFFSET and ended in a 500.
 */
export const MAX_PAGE = 1_000_000;

/** Query-string schema fields shared by every list endpoint; `sort` and filters are added per list. */
export const pageQuery = {
  page: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: MAX_PAGE,
      default: 1,
      description: `Page number, from 1 to ${MAX_PAGE}.`,
    }),
  ),
  per_page: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: MAX_PER_PAGE,
      default: DEFAULT_PER_PAGE,
      description: 'Items per page.',
    }),
  ),
  direction: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')], { default: 'asc' })),
};

export interface PageRequest {
  page: number;
  perPage: number;
  direction: 'asc' | 'desc';
}

export function pageRequest(query: {
  page?: number;
  per_page?: number;
  direction?: 'asc' | 'desc';
}): PageRequest {
  return {
    page: query.page ?? 1,
    perPage: query.per_page ?? DEFAULT_PER_PAGE,
    direction: query.direction ?? 'asc',
  };
}

export const offsetOf = (page: PageRequest): number => (page.page - 1) * page.perPage;

/**
 * Headers for one page: the total, and RFC 8288 links that keep every other query parameter: `first` and
 * `last` always (page 1 when the list is empty), `next` and `prev` when there is such a page.
 */
export function pageHeaders(url: string, page: PageRequest, total: number): Record<string, string> {
  const links: string[] = [];
  const link = (target: number, rel: string) => {
    const next = new URL(url, 'http://latchkey.invalid');
    next.searchParams.set('page', String(target));
    next.searchParams.set('per_page', String(page.perPage));
    links.push(`<${next.pathname}${next.search}>; rel="${rel}"`);
  };
  const last = Math.max(1, Math.ceil(total / page.perPage));
  if (page.page < last) link(page.page + 1, 'next');
  if (page.page > 1) link(Math.min(page.page - 1, last), 'prev');
  link(1, 'first');
  link(last, 'last');
  return { 'x-total-count': String(total), link: links.join(', ') };
}
