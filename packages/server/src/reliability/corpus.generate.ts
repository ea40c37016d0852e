// Generates bad requests for the corpus test: every route the app registered, with broken headers, credentials, bodies, queries and paths.
import fc from 'fast-check';

export interface Route {
  method: string;
  /** As registered: `/v0/users/:user/keys/:key`, `/v0/docs/*`. */
  url: string;
}

export interface BadRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

/**
 * Fastify's printRoutes tree (commonPrefix off) read back into method + path pairs: each line is a node
 * whose segment continues its parent's, with its methods in parentheses.
 */
export function routesFromTree(tree: string): Route[] {
  const routes: Route[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ]*)[├└]── (.+?)(?: \(([^)]*)\))?$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    stack.length = depth;
    const parent = stack[depth - 1] ?? '';
    const segment = match[2] ?? '';
    // The tree prints a wildcard child as `*` under `/x`, for the route `/x/*`.
    const url = parent + (segment === '*' && !parent.endsWith('/') ? '/*' : segment);
    stack[depth] = url;
    for (const method of (match[3] ?? '').split(',').map((m) => m.trim()))
      if (method) routes.push({ method, url });
  }
  return routes;
}

/** Credentials a caller may hold, filled in by the test once the server has users. */
export interface Credentials {
  admin: string[];
  user: string[];
  /** Refs (slugs, UUIDs) of things that exist, so some path values reach the handlers' real lookups. */
  refs: string[];
}

const b64 = (text: string) => Buffer.from(text, 'latin1').toString('base64');
const b64url = (text: string) => Buffer.from(text, 'latin1').toString('base64url');

/** Header-safe text (latin1 printable): what an HTTP client can put on the wire. */
const headerText = fc.string({
  unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)),
  maxLength: 80,
});

const brokenKey = fc.oneof(
  fc.constantFrom(
    'lk_user_',
    'lk_sess_',
    'lk_secret_',
    'lk_user_000000000000000000000000000000000000',
    'lk_',
  ),
  fc.stringMatching(/^lk_(user|sess|secret)_[0-9A-Za-z]{20,40}$/),
  headerText,
);

const jwtLike = fc
  .tuple(fc.jsonValue({ maxDepth: 2 }), fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 20 }))
  .map(([h, p, s]) => `${b64url(JSON.stringify(h) ?? '')}.${b64url(JSON.stringify(p) ?? '')}.${b64url(s)}`);

function authorization(creds: Credentials): fc.Arbitrary<Record<string, string>> {
  const good = fc.constantFrom(...creds.admin, ...creds.user);
  return fc.oneof(
    { weight: 6, arbitrary: good.map((secret) => ({ authorization: `Bearer ${secret}` })) },
    { weight: 1, arbitrary: good.map((secret) => ({ apikey: secret })) },
    { weight: 1, arbitrary: fc.constant({}) },
    {
      weight: 3,
      arbitrary: fc.oneof(
        brokenKey.map((k) => ({ authorization: `Bearer ${k}` })),
        brokenKey.map((k) => ({ authorization: `Basic ${b64(`${k}:`)}` })),
        brokenKey.map((k) => ({ authorization: `Basic ${b64(`apikey:${k}`)}` })),
        headerText.map((t) => ({ authorization: `Basic ${t}` })),
        headerText.map((t) => ({ authorization: t })),
        jwtLike.map((t) => ({ authorization: `Bearer ${t}` })),
        brokenKey.map((k) => ({ apikey: k })),
        fc.tuple(good, brokenKey).map(([g, k]) => ({ authorization: `Bearer ${g}`, apikey: k })),
        fc.constant({ authorization: 'Bearer ' }),
        fc.constant({ authorization: `Bearer ${'A'.repeat(8000)}` }),
      ),
    },
  );
}

const weirdString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '../../etc/passwd',
    "' or 1=1 --",
    '%00',
    '\u202e',
    'a'.repeat(5000),
    '__proto__',
  ),
);

const weirdJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, [], {}, 1e308, -0, Number.MAX_SAFE_INTEGER + 2, true),
  weirdString,
);

/** A JSON body: with the route's own field names (wrong values) or none of them, or not JSON at all. */
function jsonBody(fields: string[]): fc.Arbitrary<string> {
  const known = fields.length > 0 ? fc.constantFrom(...fields) : fc.string({ maxLength: 8 });
  const object = fc.dictionary(
    fc.oneof(known, fc.constantFrom('__proto__', 'constructor'), fc.string({ maxLength: 6 })),
    weirdJson,
    {
      maxKeys: 6,
    },
  );
  return fc.oneof(
    { weight: 5, arbitrary: object.map((o) => JSON.stringify(o)) },
    { weight: 1, arbitrary: weirdJson.map((v) => JSON.stringify(v) ?? 'null') },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.string({ maxLength: 60 }),
        fc.constantFrom(
          '{',
          '{"a":',
          '[1,2',
          '{"__proto__":{"admin":true}}',
          '{"a":1}{"b":2}',
          `${'['.repeat(2000)}${']'.repeat(2000)}`,
        ),
      ),
    },
  );
}

const formBody = fc
  .array(
    fc.tuple(
      fc.constantFrom('grant_type', 'client_id', 'client_secret', 'scope', 'token', 'token_type_hint', 'x'),
      weirdString,
    ),
    {
      maxLength: 6,
    },
  )
  .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));

const contentType = fc.constantFrom(
  'application/json',
  'application/json',
  'application/x-www-form-urlencoded',
  'application/yaml',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  'application/xml',
);

function pathValue(creds: Credentials): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...creds.refs) },
    { weight: 1, arbitrary: fc.uuid() },
    {
      weight: 3,
      arbitrary: weirdString.map(encodeURIComponent),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('%', '%zz', '..', '%2e%2e', '%2F', 'a'.repeat(600), '0', '-1', 'null'),
    },
  );
}

const queryValue = fc.oneof(
  fc.constantFrom('0', '-1', '9999999999999999999999', '1e3', 'NaN', '', 'true', '[]', 'asc', 'x'),
  weirdString.map(encodeURIComponent),
);
const query = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        'page',
        'per_page',
        'sort',
        'direction',
        'search',
        'name',
        'revoked',
        'action',
        'q',
        'page',
      ),
      queryValue,
    ),
    {
      maxLength: 4,
    },
  )
  .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`));

/** One bad request for `route`, its body shaped by the route's known body fields. */
export function badRequest(route: Route, fields: string[], creds: Credentials): fc.Arbitrary<BadRequest> {
  const hasBody = route.method === 'POST' || route.method === 'PUT' || route.method === 'PATCH';
  const segments = route.url.split('/');
  const params = segments.filter((s) => s.startsWith(':') || s === '*').length;
  return fc
    .record({
      auth: authorization(creds),
      path: fc.array(pathValue(creds), { minLength: params, maxLength: params }),
      query,
      type: contentType,
      json: jsonBody(fields),
      form: formBody,
      extra: fc.option(
        fc.record(
          { 'x-forwarded-for': headerText, accept: headerText, 'x-request-id': headerText },
          { requiredKeys: [] },
        ),
        {
          nil: undefined,
        },
      ),
    })
    .map(({ auth, path, query: q, type, json, form, extra }) => {
      let n = 0;
      const url =
        segments.map((s) => (s.startsWith(':') || s === '*' ? (path[n++] ?? 'x') : s)).join('/') + q;
      const headers: Record<string, string> = { ...extra, ...auth };
      if (!hasBody) return { method: route.method, url, headers };
      headers['content-type'] = type;
      return { method: route.method, url, headers, payload: type.includes('form-urlencoded') ? form : json };
    });
}
