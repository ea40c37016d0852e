// The contract hook can fail: an undeclared status, header or body, or a body its schema refuses, is reported.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Fastify from 'fastify';
import { Contract, watchContract } from './contract.ts';

const document = {
  openapi: '3.1.0',
  paths: {
    '/things/{thing}': {
      get: {
        responses: {
          '200': {
            headers: { 'X-Total-Count': { schema: { type: 'integer' } } },
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
          },
          '404': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        },
      },
      delete: { responses: { '200': {}, '204': {} } },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['id', 'creation'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          creation: { type: 'string', format: 'date-time' },
        },
        additionalProperties: false,
      },
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'object' } } },
    },
  },
};

const ID = '0b6f3c9e-8f55-4c1d-9a57-2f4d8f0b1c2e';
const THING = { id: ID, creation: '2026-11-23T12:00:00.000Z' };

/** A server whose one route answers what the test asks for, watched by the hook. */
async function serverAnswering(answer: { status: number; body?: unknown; headers?: Record<string, string> }) {
  const app = Fastify();
  const mismatches = watchContract(app, new Contract(document));
  app.get('/things/:thing', (_request, reply) => {
    reply.headers(answer.headers ?? {}).status(answer.status);
    return answer.body === undefined ? reply.send() : reply.send(answer.body);
  });
  app.delete('/things/:thing', (_request, reply) => reply.status(answer.status).send(answer.body));
  app.setNotFoundHandler((_request, reply) => reply.status(404).send({ error: { code: 'not_found' } }));
  await app.ready();
  return { app, mismatches };
}

test('an answer the document declares passes: status, declared headers, a body its schema accepts', async () => {
  const { app, mismatches } = await serverAnswering({
    status: 200,
    body: THING,
    headers: { 'x-total-count': '1' },
  });
  assert.equal((await app.inject({ method: 'GET', url: `/things/${ID}` })).statusCode, 200);
  // HEAD is GET's answer without the body.
  assert.equal((await app.inject({ method: 'HEAD', url: `/things/${ID}` })).statusCode, 200);
  // A path no route has: the 404 every path may answer, in the Error body.
  assert.equal((await app.inject({ method: 'GET', url: '/nowhere' })).statusCode, 404);
  assert.deepEqual(mismatches, []);
});

test('a status the operation does not declare is a mismatch', async () => {
  const { app, mismatches } = await serverAnswering({ status: 409, body: { error: {} } });
  await app.inject({ method: 'GET', url: `/things/${ID}` });
  assert.equal(mismatches.length, 1);
  assert.match(
    mismatches[0] ?? '',
    /GET \/things\/:thing → 409: status 409 is not declared \(declared: 200, 404\)/,
  );
});

test('a body of the wrong shape is a mismatch naming the schema and the field', async () => {
  for (const body of [
    { id: 'not-a-uuid', creation: THING.creation },
    { id: ID },
    { ...THING, extra: 1 },
    [THING],
  ]) {
    const { app, mismatches } = await serverAnswering({ status: 200, body });
    await app.inject({ method: 'GET', url: `/things/${ID}` });
    assert.equal(mismatches.length, 1, JSON.stringify(body));
    assert.match(
      mismatches[0] ?? '',
      /the body does not match #\/paths\/~1things~1\{thing\}\/get\/responses\/200/,
    );
  }
});

test('an undeclared header, a header of the wrong type, a body where none is declared, another content type', async () => {
  const cases: [Parameters<typeof serverAnswering>[0], string, RegExp][] = [
    [
      { status: 200, body: THING, headers: { 'x-secret-debug': '1' } },
      'GET',
      /header x-secret-debug is not declared/,
    ],
    [
      { status: 200, body: THING, headers: { 'x-total-count': 'many' } },
      'GET',
      /header x-total-count is "many", not an integer/,
    ],
    [{ status: 200, body: 'null' }, 'DELETE', /a body is sent but none is declared/],
    [
      { status: 200, body: '<p>hi</p>', headers: { 'content-type': 'text/html' } },
      'GET',
      /content type text\/html is not declared/,
    ],
  ];
  for (const [answer, method, expected] of cases) {
    const { app, mismatches } = await serverAnswering(answer);
    await app.inject({ method: method as 'GET', url: `/things/${ID}` });
    assert.equal(mismatches.length, 1, String(expected));
    assert.match(mismatches[0] ?? '', expected);
  }
});

test('an answer no route gave is held to the Error body: Fastify’s own 404 body is a mismatch', async () => {
  const app = Fastify();
  const mismatches = watchContract(app, new Contract(document));
  await app.ready();
  assert.equal((await app.inject({ method: 'GET', url: '/nowhere' })).statusCode, 404);
  assert.equal(mismatches.length, 1);
  assert.match(
    mismatches[0] ?? '',
    /GET \(no route\) → 404: the body does not match #\/components\/schemas\/Error/,
  );
});

test('a route the document does not have is a mismatch unless the list of undocumented routes names it', () => {
  const contract = new Contract(document);
  const answer = { method: 'GET', status: 200, headers: {}, body: '' };
  assert.match(contract.check({ ...answer, route: '/things' })[0] ?? '', /the document has no get \/things/);
  assert.deepEqual(contract.check({ ...answer, route: '/v0/docs/static/index.html' }), []);
  assert.deepEqual(contract.check({ ...answer, route: '/console/*' }), []);
});
