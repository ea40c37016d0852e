// What a generated client needs from docs/openapi.json: names, components, descriptions and headers on every operation.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ERROR_STATUS } from '../lib/errors.ts';

interface Response {
  description: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema: { $ref?: string; type?: string } }>;
}
interface Operation {
  operationId?: string;
  security?: unknown[];
  responses: Record<string, Response>;
  parameters?: { name: string; in: string }[];
}

const document = JSON.parse(readFileSync(new URL('../../../../docs/openapi.json', import.meta.url), 'utf8'));
const operations = Object.entries(document.paths as Record<string, Record<string, Operation>>).flatMap(
  ([path, methods]) => Object.entries(methods).map(([method, op]) => ({ name: `${method} ${path}`, op })),
);

test('every operation has a unique operationId and every response a real description', () => {
  const ids = operations.map(({ name, op }) => op.operationId ?? assert.fail(`${name} has no operationId`));
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(ids.includes('listUserKeys') && ids.includes('createUserKey'));
  for (const { name, op } of operations)
    for (const [status, response] of Object.entries(op.responses))
      assert.notEqual(response.description, 'Default Response', `${name} ${status}`);
});

test('named components, and the error code is the closed set of lib/errors.ts', () => {
  const schemas = document.components.schemas;
  for (const name of ['User', 'UserKey', 'CreatedUserKey', 'App', 'Org', 'Team', 'Project', 'AuditEvent'])
    assert.ok(schemas[name], name);
  assert.deepEqual(schemas.Error.properties.error.properties.code.enum, Object.keys(ERROR_STATUS));
  assert.ok(schemas.OAuthError.properties.error.enum.includes('invalid_client'));
  assert.ok(
    document.servers.length > 0 && document.tags.every((t: { description?: string }) => t.description),
  );
});

test('headers: lists page, authenticated answers carry the budget, 429 Retry-After, 401 WWW-Authenticate', () => {
  for (const { name, op } of operations) {
    const authenticated = (op.security ?? []).length > 0;
    for (const [status, response] of Object.entries(op.responses)) {
      const headers = Object.keys(response.headers ?? {});
      if (status === '401') assert.ok(headers.includes('WWW-Authenticate'), `${name} 401`);
      if (status === '429') assert.ok(headers.includes('Retry-After'), `${name} 429`);
      if (authenticated && status === '200' && name !== 'post /v0/auth/login')
        assert.ok(headers.includes('RateLimit-Remaining'), `${name} ${status}`);
    }
    if (op.parameters?.some((p) => p.in === 'query' && p.name === 'per_page'))
      assert.deepEqual(
        Object.keys(op.responses['200']?.headers ?? {}).slice(0, 2),
        ['X-Total-Count', 'Link'],
        name,
      );
  }
});
