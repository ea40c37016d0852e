// The request validator: values that pass go through as sent; string-typed parts are converted only when they fail.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Type } from 'typebox';
import { validatorCompiler } from './validator.ts';

const Query = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1 })),
  q: Type.Optional(Type.String()),
});
const compile = (httpPart: string) =>
  validatorCompiler({ schema: Query, httpPart, method: 'GET', url: '/' }) as (value: unknown) => {
    value?: unknown;
    error?: unknown;
  };

test('a query that already passes is returned as it came, not a converted copy', () => {
  const query = { q: 'launch' };
  assert.equal(compile('querystring')(query).value, query);
});

test('a query string that fails as sent is converted, then checked: "5" is the integer 5', () => {
  assert.deepEqual(compile('querystring')({ limit: '5' }).value, { limit: 5 });
  const refused = compile('querystring')({ limit: 'five' });
  assert.equal(refused.value, undefined);
  assert.ok(refused.error, 'a value that cannot be converted is an error');
});

test('a JSON body is never converted: "5" for an integer is an error', () => {
  const result = compile('body')({ limit: '5' });
  assert.equal(result.value, undefined);
  assert.ok(result.error);
});

test('a repeatable query parameter given once is a list of one; given twice it is the list as sent', () => {
  const Listed = Type.Object({ permission: Type.Optional(Type.Array(Type.String({ minLength: 1 }))) });
  const validate = validatorCompiler({
    schema: Listed,
    httpPart: 'querystring',
    method: 'GET',
    url: '/',
  }) as (value: unknown) => { value?: unknown; error?: unknown };
  assert.deepEqual(validate({ permission: 'runs:write' }).value, { permission: ['runs:write'] });
  const twice = { permission: ['runs:write', 'runs:read'] };
  assert.equal(validate(twice).value, twice);
  assert.ok(validate({ permission: '' }).error, 'a single value is still checked: an empty one is refused');
});
