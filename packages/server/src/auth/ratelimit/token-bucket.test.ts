// Token-bucket arithmetic with a manual clock: refill, the cap at the burst, and the figures the headers carry.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ManualClock } from '../../lib/clock.ts';
import { MemoryLimiter } from './memory-limiter.ts';
import { decisionOf, fullBucket, takeToken } from './token-bucket.ts';

const budget = { perSecond: 2, burst: 5 };

test('a new bucket is full; each request takes one token until none is left', () => {
  const bucket = fullBucket(budget, 0);
  for (let left = 4; left >= 0; left--) {
    assert.equal(takeToken(bucket, budget, 0), true);
    assert.equal(bucket.tokens, left);
  }
  assert.equal(takeToken(bucket, budget, 0), false);
  assert.equal(bucket.tokens, 0);
});

test('tokens come back at per_second and never above the burst', () => {
  const bucket = { tokens: 0, at: 0 };
  assert.equal(takeToken(bucket, budget, 250), false, 'half a token is not a token');
  assert.equal(bucket.tokens, 0.5);
  assert.equal(takeToken(bucket, budget, 500), true);
  assert.equal(bucket.tokens, 0);
  takeToken(bucket, budget, 60_000);
  assert.equal(bucket.tokens, 4, 'refilled to the burst (5), then one taken');
});

test('a lowered budget caps a fuller bucket at once', () => {
  const bucket = fullBucket({ perSecond: 100, burst: 200 }, 0);
  assert.equal(takeToken(bucket, budget, 0), true);
  assert.equal(bucket.tokens, 4);
});

test('the decision: remaining whole tokens, seconds until full, seconds until the next token', () => {
  assert.deepEqual(decisionOf(2.5, budget, true), {
    allowed: true,
    limit: 5,
    remaining: 2,
    resetSeconds: 2, // 2.5 missing at 2 a second: 1.25 s, rounded up
    retryAfterSeconds: 0,
  });
  assert.deepEqual(decisionOf(0.5, { perSecond: 1, burst: 3 }, false), {
    allowed: false,
    limit: 3,
    remaining: 0,
    resetSeconds: 3,
    retryAfterSeconds: 1,
  });
  assert.equal(decisionOf(0, { perSecond: 1, burst: 3 }, false).retryAfterSeconds, 1);
  assert.equal(decisionOf(0, { perSecond: 1000, burst: 3 }, false).retryAfterSeconds, 1, 'at least 1 s');
  assert.equal(decisionOf(5, budget, true).resetSeconds, 0, 'a full bucket resets now');
});

test('the memory limiter keeps one bucket per principal on the injected clock', () => {
  const clock = new ManualClock(0);
  const limiter = new MemoryLimiter(clock);
  const small = { perSecond: 1, burst: 2 };
  assert.equal(limiter.take('user', 'a', small).remaining, 1);
  assert.equal(limiter.take('user', 'a', small).remaining, 0);
  const refused = limiter.take('user', 'a', small);
  assert.equal(refused.allowed, false);
  assert.equal(refused.retryAfterSeconds, 1);
  assert.equal(limiter.take('app', 'b', small).remaining, 1, 'another principal has its own bucket');
  clock.advance(1000);
  assert.equal(limiter.take('user', 'a', small).allowed, true);
});

test('the memory limiter is bounded: the least recently used bucket is dropped', () => {
  const limiter = new MemoryLimiter(new ManualClock(0), 2);
  const small = { perSecond: 1, burst: 2 };
  limiter.take('user', 'a', small);
  limiter.take('user', 'b', small);
  limiter.take('user', 'c', small);
  assert.equal(limiter.take('user', 'a', small).remaining, 1, 'a was forgotten, so full again');
});
