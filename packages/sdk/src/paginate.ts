// paginate(): every item of a list operation, page after page, following the Link header's rel="next".
import type { Client, MaybeOptionalInit } from 'openapi-fetch';
import type { paths } from './generated/openapi.ts';
import type { Transport } from './transport.ts';

/** The paths whose GET answers a JSON array: the list operations. */
export type ListPath = {
  [P in keyof paths]: paths[P] extends {
    get: { responses: { 200: { content: { 'application/json': unknown[] } } } };
  }
    ? P
    : never;
}[keyof paths];

export type ItemOf<P extends ListPath> =
  paths[P]['get']['responses'][200]['content']['application/json'][number];

export type ListInit<P extends ListPath> = MaybeOptionalInit<paths[P], 'get'>;

export interface Paginated<T> extends AsyncIterable<T> {
  /** X-Total-Count: every matching item, once the first page has been read. */
  readonly total: number | undefined;
  /** The pages themselves, for callers that work a page at a time. */
  pages(): AsyncIterableIterator<T[]>;
}

/** The target of rel="next" in an RFC 8288 Link header, if any. */
export function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>\s*(.*)$/.exec(part);
    if (match && /(?:^|;)\s*rel="?([^";]*\s)?next(\s[^";]*)?"?\s*(?:;|$)/i.test(match[2] ?? ''))
      return match[1];
  }
  return undefined;
}

export function paginate<P extends ListPath>(
  api: Client<paths>,
  transport: Transport,
  path: P,
  ...init: [ListInit<P>?]
): Paginated<ItemOf<P>> {
  let total: number | undefined;
  const read = (response: Response) => {
    const count = response.headers.get('x-total-count');
    if (count !== null && /^\d+$/.test(count)) total = Number(count);
    return nextLink(response.headers.get('link'));
  };
  async function* pages(): AsyncIterableIterator<ItemOf<P>[]> {
    // The first page goes through the typed client (path and query parameters serialized as declared).
    const get = api.GET as (path: P, init?: unknown) => Promise<{ data?: unknown; response: Response }>;
    const first = await get(path, init[0]);
    let next = read(first.response);
    yield (first.data ?? []) as ItemOf<P>[];
    const seen = new Set<string>();
    while (next !== undefined && !seen.has(next)) {
      seen.add(next);
      const url = new URL(next, `${transport.baseUrl}/`);
      if (url.origin !== new URL(transport.baseUrl).origin)
        throw new Error(`paginate: a next link off the server (${url.origin})`);
      const headers = new Headers(
        (init[0] as { headers?: ConstructorParameters<typeof Headers>[0] } | undefined)?.headers,
      );
      headers.set('accept', 'application/json');
      const response = await transport.send(new Request(url, { headers }));
      next = read(response);
      yield (await response.json()) as ItemOf<P>[];
    }
  }
  return {
    get total() {
      return total;
    },
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page;
    },
  };
}
