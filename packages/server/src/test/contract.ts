// Holds every answer a test server gives to docs/openapi.json: a status the operation declares, only headers it
// declares (beside the generic ones below), and a body its schema accepts (ajv, JSON Schema 2020-12 as OpenAPI 3.1 says).
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { documentedPath } from '../http/openapi.ts';

type Json = Record<string, unknown>;

interface Response {
  headers?: Record<string, { schema?: Json }>;
  content?: Record<string, { schema?: Json }>;
}
interface Operation {
  responses: Record<string, Response>;
}

const DOCUMENT_ID = 'https://latchkey.invalid/openapi.json';

/**
 * Routes the document leaves out on purpose (`hide: true`): the document itself, the Swagger UI pages and
 * their files, the web console's pages, and the routes a test registers for itself (startTestServer's
 * `routes`). Every other route must be in the document.
 */
export const UNDOCUMENTED_ROUTES: readonly RegExp[] = [
  /^\/v0\/openapi\.json$/,
  /^\/v0\/docs(\/.*)?$/,
  /^\/$/,
  /^\/console(\/.*)?$/,
  /^\/v0\/test-only\//,
];

/**
 * Headers any answer may carry without its operation naming them: HTTP's own framing and metadata, the
 * request id, CORS (the Fetch standard, for the origins LATCHKEY_CORS_ORIGINS lists and on public
 * documents), and the page headers a browser reads (docs/architecture.md).
 */
const GENERIC_HEADERS = new Set([
  'content-type',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'date',
  'vary',
  'x-request-id',
  'access-control-allow-origin',
  'access-control-expose-headers',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-max-age',
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'referrer-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'strict-transport-security',
  'permissions-policy',
]);

/**
 * Answers that belong to no route (a path no route has, or a method the path does not answer): the 404,
 * the 405 with Allow and OPTIONS' 204 that the document's description names for every path.
 */
const UNROUTED: Record<string, Response> = {
  '204': { headers: { Allow: { schema: { type: 'string' } } } },
  // A body the server cannot read (malformed, too large, another Content-Type) is refused before routing.
  '400': {},
  '413': {},
  '415': {},
  '404': {},
  '405': { headers: { Allow: { schema: { type: 'string' } } } },
};

const UNROUTED_CONTENT = { 'application/json': {}, 'application/problem+json': {} };

const escapePointer = (part: string) => part.replaceAll('~', '~0').replaceAll('/', '~1');

/** `/v0/users/:user/keys` as the document spells it, `/v0/users/{user}/keys`; a wildcard is `{path}`. */
export const documentPath = (url: string): string =>
  documentedPath(url).replace(/:([A-Za-z_][\w-]*)/g, '{$1}');

export class Contract {
  private readonly ajv: Ajv2020;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: Json & { paths: Record<string, Record<string, Operation>> }) {
    // OpenAPI's own keywords (example, discriminator, …) sit in the schemas: not strict about them.
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats.default(this.ajv);
    this.ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  }

  static fromFile(url = new URL('../../../../docs/openapi.json', import.meta.url)): Contract {
    return new Contract(JSON.parse(readFileSync(url, 'utf8')));
  }

  /**
   * What is wrong with one answer (nothing: an empty list). `route` is Fastify's route URL, undefined for
   * an answer no route gave; `body` is the text sent, undefined when it was a stream.
   */
  check(answer: {
    method: string;
    route: string | undefined;
    status: number;
    headers: Record<string, unknown>;
    body: string | undefined;
  }): string[] {
    const { method, route, status } = answer;
    const where = `${method} ${route ?? '(no route)'} → ${status}`;
    if (route !== undefined && UNDOCUMENTED_ROUTES.some((pattern) => pattern.test(route))) return [];
    let response: Response | undefined;
    let pointer: string | undefined;
    if (route === undefined) {
      response = UNROUTED[String(status)];
      if (!response)
        return [
          `${where}: an answer without a route is 204, 404, 405, or 400, 413 or 415 for an unreadable body`,
        ];
      // The Error body, or Problem for a client whose Accept asks for application/problem+json.
      const problem = mediaType(answer.headers['content-type']) === 'application/problem+json';
      pointer = status === 204 ? undefined : `#/components/schemas/${problem ? 'Problem' : 'Error'}`;
    } else {
      const path = documentPath(route);
      // HEAD is GET without the body (RFC 9110 §9.3.2) unless the document says otherwise.
      const operations = this.document.paths[path];
      const name = method === 'HEAD' && !operations?.head ? 'get' : method.toLowerCase();
      const operation = operations?.[name];
      if (!operation) return [`${where}: the document has no ${name} ${path}`];
      response = operation.responses[String(status)];
      if (!response)
        return [
          `${where}: status ${status} is not declared (declared: ${Object.keys(operation.responses).join(', ')})`,
        ];
      const type = mediaType(answer.headers['content-type']);
      if (type !== undefined && response.content?.[type])
        pointer = `#/paths/${escapePointer(path)}/${name}/responses/${status}/content/${escapePointer(type)}/schema`;
    }
    return [
      ...this.headerProblems(where, response, answer.headers),
      ...this.bodyProblems(where, response, answer, pointer),
    ];
  }

  private headerProblems(where: string, response: Response, headers: Record<string, unknown>): string[] {
    const declared = new Map(
      Object.entries(response.headers ?? {}).map(([name, header]) => [name.toLowerCase(), header]),
    );
    const problems: string[] = [];
    for (const [name, value] of Object.entries(headers)) {
      const lower = name.toLowerCase();
      if (GENERIC_HEADERS.has(lower)) continue;
      const header = declared.get(lower);
      if (!header) {
        problems.push(`${where}: header ${name} is not declared`);
        continue;
      }
      if (header.schema?.type === 'integer' && !/^\d+$/.test(String(value)))
        problems.push(`${where}: header ${name} is ${JSON.stringify(value)}, not an integer`);
    }
    return problems;
  }

  private bodyProblems(
    where: string,
    response: Response,
    answer: { method: string; status: number; headers: Record<string, unknown>; body: string | undefined },
    pointer: string | undefined,
  ): string[] {
    const { body, method, status } = answer;
    const empty = body === '' || (body === undefined && answer.headers['content-length'] === '0');
    const type = mediaType(answer.headers['content-type']);
    const content = response.content ?? (pointer ? UNROUTED_CONTENT : undefined);
    // HEAD, 204 and 304 have no content (RFC 9110 §6.4.1): whatever a route passes, Fastify sends none.
    if (empty || method === 'HEAD' || status === 204 || status === 304) return [];
    if (!content) return [`${where}: a body is sent but none is declared`];
    if (type === undefined || !(type in content))
      return [
        `${where}: content type ${String(type)} is not declared (declared: ${Object.keys(content).join(', ')})`,
      ];
    if (body === undefined || !pointer || !type.endsWith('json')) return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return [`${where}: the body is not JSON: ${body.slice(0, 80)}`];
    }
    const validate = this.validator(pointer);
    if (validate(parsed)) return [];
    return [
      `${where}: the body does not match ${pointer}: ${this.ajv.errorsText(validate.errors)}; body ${body.slice(0, 300)}`,
    ];
  }

  private validator(pointer: string): ValidateFunction {
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}` });
      this.validators.set(pointer, validate);
    }
    return validate;
  }
}

const mediaType = (value: unknown): string | undefined =>
  typeof value === 'string' ? value.split(';')[0]?.trim().toLowerCase() : undefined;

let shared: Contract | undefined;

/**
 * Checks every answer `app` gives (before `ready`), through the API or over its socket, and keeps what is
 * wrong in the list it returns; the test harness fails a server's close() when the list is not empty.
 */
export function watchContract(app: FastifyInstance, contract?: Contract): string[] {
  shared ??= contract ? undefined : Contract.fromFile();
  const checker = contract ?? (shared as Contract);
  const mismatches: string[] = [];
  app.addHook('onSend', (request: FastifyRequest, reply: FastifyReply, payload: unknown, done) => {
    const body =
      payload === null || payload === undefined
        ? ''
        : typeof payload === 'string'
          ? payload
          : Buffer.isBuffer(payload)
            ? payload.toString('utf8')
            : undefined;
    const route = reply.request.is404 ? undefined : request.routeOptions.url;
    mismatches.push(
      ...checker.check({
        method: request.method,
        route,
        status: reply.statusCode,
        headers: reply.getHeaders() as Record<string, unknown>,
        body,
      }),
    );
    done(null, payload);
  });
  return mismatches;
}
