// Link and X-Total-Count headers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageHeaders } from './pagination.ts';

test('the middle page links both ways and keeps the filters', () => {
  const headers = pageHeaders(
    '/v0/users/a/keys?search=x&page=2&per_page=3',
    { page: 2, perPage: 3, direction: 'asc' },
    10,
  );
  assert.equal(headers['x-total-count'], '10');
  assert.equal(
    headers.link,
    '</v0/users/a/keys?search=x&page=3&per_page=3>; rel="next", </v0/users/a/keys?search=x&page=1&per_page=3>; rel="prev", ' +
      '</v0/users/a/keys?search=x&page=1&per_page=3>; rel="first", </v0/users/a/keys?search=x&page=4&per_page=3>; rel="last"',
  );
});

test('a single page links only first and last; a page past the end points back to the last one', () => {
  assert.equal(
    pageHeaders('/x', { page: 1, perPage: 8, direction: 'asc' }, 8).link,
    '</x?page=1&per_page=8>; rel="first", </x?page=1&per_page=8>; rel="last"',
  );
  assert.equal(
    pageHeaders('/x', { page: 9, perPage: 8, direction: 'asc' }, 10).link,
    '</x?page=2&per_page=8>; rel="prev", </x?page=1&per_page=8>; rel="first", </x?page=2&per_page=8>; rel="last"',
  );
});

test('an empty list: first and last are page 1, there is no next', () => {
  assert.equal(
    pageHeaders('/x?per_page=5', { page: 1, perPage: 5, direction: 'asc' }, 0).link,
    '</x?per_page=5&page=1>; rel="first", </x?per_page=5&page=1>; rel="last"',
  );
});
