// Turns every failure into the one error body `{error: {code, message, request_id}}`, or its RFC 9457
// problem details when the client asks for them; never leaks internals.
import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { describeUniqueViolation, isUnstorableText, uniqueViolation } from '../lib/db-errors.ts';
import { ApiError, type ErrorCode } from '../lib/errors.ts';
import { CONSOLE_HEADER, consoleChallenges } from './console-challenges.ts';

interface ValidationIssue {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

/** "body.name: must be at most 64 characters", naming the field the way the client wrote it. */
export function describeValidation(context: string | undefined, issues: ValidationIssue[]): string {
  return (
    withoutUnionNoise(enumsAsOne(issues))
      // TypeBox reports an unknown field twice: once on the object (with its name) and once as "schema is false".
      .filter((issue) => issue.message !== 'schema is false')
      .slice(0, 5)
      .map((issue) => {
        const path = (issue.instancePath ?? '').split('/').filter(Boolean).join('.');
        const where = [context, path].filter(Boolean).join('.') || 'request';
        const extra = issue.params?.additionalProperties ?? issue.params?.additionalProperty;
        if (extra !== undefined) {
          const names = (Array.isArray(extra) ? extra : [extra])
            .map((name) => JSON.stringify(name))
            .join(', ');
          return `${where}: unknown field ${names} is not allowed`;
        }
        return `${where}: ${issue.message ?? 'is invalid'}`;
      })
      .join('; ')
  );
}

/**
 * A nullable field (`T | null`) that fails reports each branch and then the union itself: "must be null",
 * "must match a schema in anyOf". Only the non-null branch says what is wrong, so keep that, and when it
 * is a wrong type say "must be object or null".
 */
function withoutUnionNoise(issues: ValidationIssue[]): ValidationIssue[] {
  const nullable = new Set(
    issues.filter((issue) => issue.keyword === 'type' && issue.params?.type === 'null').map(pathOf),
  );
  if (nullable.size === 0) return issues;
  const kept = issues
    .filter((issue) => issue.keyword !== 'anyOf' || !nullable.has(pathOf(issue)))
    .filter((issue) => !(issue.keyword === 'type' && issue.params?.type === 'null'))
    .map((issue) =>
      issue.keyword === 'type' && nullable.has(pathOf(issue))
        ? { ...issue, message: `${issue.message} or null` }
        : issue,
    );
  return kept.length > 0 ? kept : issues;
}

const pathOf = (issue: ValidationIssue): string => issue.instancePath ?? '';

/**
 * An enum (a union of literals) fails with one "must be equal to constant" per literal and then the
 * union: one clause instead, naming the allowed values once.
 */
function enumsAsOne(issues: ValidationIssue[]): ValidationIssue[] {
  const allowed = new Map<string, unknown[]>();
  for (const issue of issues) {
    if (issue.keyword !== 'const') continue;
    const values = allowed.get(pathOf(issue)) ?? [];
    values.push(issue.params?.allowedValue);
    allowed.set(pathOf(issue), values);
  }
  if (allowed.size === 0) return issues;
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    const values = allowed.get(pathOf(issue));
    if (!values) out.push(issue);
    else if (issue.keyword === 'const' && issue.params?.allowedValue === values[0])
      out.push({
        ...issue,
        keyword: 'enum',
        message: `must be one of ${values.map((value) => JSON.stringify(value)).join(', ')}`,
      });
  }
  return out;
}

const BY_STATUS: Record<number, ErrorCode> = {
  400: 'invalid_request',
  401: 'invalid_credentials',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
};

export const PROBLEM_JSON = 'application/problem+json';

/**
 * Whether the Accept header asks for RFC 9457 problem details: it names application/problem+json
 * with a non-zero weight. Anything else (no Accept, application/json, any wildcard) keeps the usual body.
 */
export function wantsProblem(accept: string | string[] | undefined): boolean {
  const value = Array.isArray(accept) ? accept.join(',') : accept;
  if (value === undefined || !value.toLowerCase().includes(PROBLEM_JSON)) return false;
  return value.split(',').some((range) => {
    const [type, ...params] = range.split(';').map((part) => part.trim().toLowerCase());
    if (type !== PROBLEM_JSON) return false;
    const weight = params.find((param) => param.startsWith('q='));
    return weight === undefined || Number(weight.slice(2)) > 0;
  });
}

/**
 * The same error as RFC 9457 problem details: `type` is about:blank (the status says what happened), `title`
 * the status's phrase, `detail` the message; `code` and `request_id` are extension members.
 */
function problemOf(error: ApiError, requestId: string) {
  return {
    type: 'about:blank',
    title: STATUS_CODES[error.status] ?? 'Error',
    status: error.status,
    detail: error.message,
    code: error.code,
    request_id: requestId,
  };
}

export function sendError(reply: FastifyReply, request: FastifyRequest, error: ApiError): FastifyReply {
  for (const [name, value] of Object.entries(error.headers)) {
    // The console's own requests: a Basic challenge would open the browser's sign-in prompt.
    const kept =
      name === 'www-authenticate' && request.headers[CONSOLE_HEADER] !== undefined
        ? consoleChallenges(value)
        : value;
    if (kept !== undefined) reply.header(name, kept);
  }
  reply.status(error.status);
  if (wantsProblem(request.headers.accept))
    // A string body is sent as it is: the route's JSON serializer (for the usual body) is not applied.
    return reply.type(PROBLEM_JSON).send(JSON.stringify(problemOf(error, String(request.id))));
  return reply.send({ error: { code: error.code, message: error.message, request_id: String(request.id) } });
}

export function registerErrorHandler(app: FastifyInstance): void {
  // JSON only (the OAuth endpoints add form bodies for themselves): anything else is a clear 415.
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiError) return sendError(reply, request, error);
    // Two requests racing past a service's "is it taken?" check: the unique index decides, on either store.
    const violation = uniqueViolation(error);
    if (violation)
      return sendError(reply, request, new ApiError('conflict', describeUniqueViolation(violation)));
    if (isUnstorableText(error)) {
      const message = 'The request contains a character that is not allowed here, such as NUL (\\u0000).';
      return sendError(reply, request, new ApiError('invalid_request', message));
    }
    if (error.validation) {
      return sendError(
        reply,
        request,
        new ApiError(
          'validation_failed',
          describeValidation(error.validationContext, error.validation as ValidationIssue[]),
        ),
      );
    }
    const status = error.statusCode ?? 500;
    const code = BY_STATUS[status];
    if (code && status < 500) {
      const message =
        error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError
          ? 'The body is not valid JSON.'
          : error.message;
      return sendError(reply, request, new ApiError(code, message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(
      reply,
      request,
      new ApiError('internal_error', 'An unexpected error occurred; it has been logged.'),
    );
  });
}
