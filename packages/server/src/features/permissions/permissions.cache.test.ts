// The permissions cache's kept decisions: answered without a promise once made, per credential, and
// forgotten on a change, after the bound, or when a change lands while one is being made.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PermissionsCache } from './permissions.cache.ts';

const TTL = 60_000;

/** A decide that counts its calls and answers a fresh object each time. */
function counting() {
  let calls = 0;
  return {
    decide: async () => ({ call: ++calls }),
    get calls() {
      return calls;
    },
  };
}

test('a decision made once is answered again without a promise, for the same credential, project and permissions only', async () => {
  const cache = new PermissionsCache(TTL);
  const made = counting();
  const key = {};
  const first = cache.decision(key, 'launch', ['runs:write'], 0, made.decide);
  assert.ok(first instanceof Promise);
  const decided = await first;
  assert.equal(cache.decision(key, 'launch', ['runs:write'], 1, made.decide), decided);
  assert.equal(made.calls, 1);
  // Another credential, project, permission set or order of it: a decision of its own.
  await cache.decision({}, 'launch', ['runs:write'], 1, made.decide);
  await cache.decision(key, 'other', ['runs:write'], 1, made.decide);
  await cache.decision(key, undefined, ['runs:write'], 1, made.decide);
  await cache.decision(key, 'launch', ['runs:write', 'runs:read'], 1, made.decide);
  await cache.decision(key, 'launch', ['runs:read', 'runs:write'], 1, made.decide);
  assert.equal(made.calls, 6);
});

test('a change (permissions or access) forgets every decision; so does the bound passing', async () => {
  const cache = new PermissionsCache(TTL);
  const made = counting();
  const key = {};
  await cache.decision(key, 'launch', ['runs:write'], 0, made.decide);
  cache.invalidated({ permissions: true });
  const again = cache.decision(key, 'launch', ['runs:write'], 1, made.decide);
  assert.ok(again instanceof Promise);
  await again;
  cache.invalidated({ access: true });
  await cache.decision(key, 'launch', ['runs:write'], 2, made.decide);
  assert.equal(made.calls, 3);
  // Unrelated invalidations keep it.
  cache.invalidated({ credentialId: 'another' });
  assert.ok(!(cache.decision(key, 'launch', ['runs:write'], 3, made.decide) instanceof Promise));
  assert.ok(cache.decision(key, 'launch', ['runs:write'], 2 + TTL, made.decide) instanceof Promise);
  assert.equal(made.calls, 4);
});

test('a decision whose making a change overtook is answered but not kept', async () => {
  const cache = new PermissionsCache(TTL);
  const key = {};
  let release: () => void = () => {};
  const slow = cache.decision(key, undefined, ['runs:write'], 0, async () => {
    await new Promise<void>((resolve) => {
      release = resolve;
    });
    return { before: true };
  });
  cache.invalidated({ permissions: true });
  release();
  assert.deepEqual(await slow, { before: true });
  const again = cache.decision(key, undefined, ['runs:write'], 1, async () => ({ before: false }));
  assert.ok(again instanceof Promise, 'made again, not the one read before the change');
  assert.deepEqual(await again, { before: false });
});

test('a credential asking about ever more projects keeps a bounded number of decisions', async () => {
  const cache = new PermissionsCache(TTL);
  const made = counting();
  const key = {};
  for (let i = 0; i < 1000; i++) await cache.decision(key, `project-${i}`, ['runs:write'], 0, made.decide);
  // The oldest were let go: asked again, it is made again.
  assert.ok(cache.decision(key, 'project-0', ['runs:write'], 0, made.decide) instanceof Promise);
  assert.ok(!(cache.decision(key, 'project-999', ['runs:write'], 0, made.decide) instanceof Promise));
});

test('with a bound of 0 nothing is kept', async () => {
  const cache = new PermissionsCache(0);
  const made = counting();
  const key = {};
  await cache.decision(key, undefined, ['runs:write'], 0, made.decide);
  assert.ok(cache.decision(key, undefined, ['runs:write'], 0, made.decide) instanceof Promise);
});
