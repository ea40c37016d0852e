// Retries against a real server: the rate limiter's 429 honoured through Retry-After; POST not repeated.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { apiKey } from './auth/api-key.ts';
import { createLatchkey, ok } from './client.ts';
import { LatchkeyError } from './errors.ts';
import { backoffMs, retryPolicy } from './retry.ts';
import { type SdkServer, startSdkServer } from './test/server.ts';

describe('retries against the rate limiter of a real server', () => {
  let server: SdkServer;
  let key: string;
  before(async () => {
    // One request a second, bursts of two: the third request in a row is refused.
    server = await startSdkServer({ LATCHKEY_RATE_LIMIT_PER_SECOND: '1', LATCHKEY_RATE_LIMIT_BURST: '2' });
    key = (await server.s.createKey(server.adminToken, server.admin.slug)).key;
  });
  after(() => server.close());

  /** Waiting moves the server's clock (its token bucket refills by it) and records the wait. */
  const recorder = () => {
    const waits: number[] = [];
    return {
      waits,
      sleep: async (ms: number) => {
        waits.push(ms);
        server.s.clock.advance(ms);
      },
    };
  };

  test('a GET refused with 429 is retried after Retry-After seconds and succeeds', async () => {
    server.s.clock.advance(10_000); // a full bucket: two requests pass, the third is refused
    const { waits, sleep } = recorder();
    const lk = createLatchkey({ url: server.url, auth: apiKey(key), retry: { sleep } });
    for (let i = 0; i < 3; i++) await ok(lk.GET('/v0/auth/whoami'));
    assert.deepEqual(waits, [1000], 'one wait of the Retry-After the server sent');
  });

  test('a POST refused with 429 is not retried: the caller gets the LatchkeyError with retryAfter', async () => {
    server.s.clock.advance(10_000);
    const { waits, sleep } = recorder();
    const lk = createLatchkey({ url: server.url, auth: apiKey(key), retry: { sleep } });
    await ok(lk.GET('/v0/auth/whoami'));
    await ok(lk.GET('/v0/auth/whoami'));
    const refused = await lk.POST('/v0/access/check', { body: { project: 'none', action: 'read' } }).then(
      () => assert.fail('not rate limited'),
      (e: unknown) => e,
    );
    assert.ok(refused instanceof LatchkeyError);
    assert.equal(refused.status, 429);
    assert.equal(refused.code, 'rate_limited');
    assert.equal(refused.retryAfter, 1);
    assert.deepEqual(waits, []);
  });

  test('attempts are bounded: with attempts 2 the second 429 is the answer', async () => {
    server.s.clock.advance(10_000);
    const waits: number[] = [];
    // Waiting without moving the clock: the bucket stays empty.
    const lk = createLatchkey({
      url: server.url,
      auth: apiKey(key),
      retry: { attempts: 2, sleep: async (ms) => void waits.push(ms) },
    });
    await ok(lk.GET('/v0/auth/whoami'));
    await ok(lk.GET('/v0/auth/whoami'));
    await assert.rejects(lk.GET('/v0/auth/whoami'), { status: 429, code: 'rate_limited' });
    assert.deepEqual(waits, [1000]);
  });

  test('the total time bounds the waits: a Retry-After past it is not waited for', async () => {
    server.s.clock.advance(10_000);
    const waits: number[] = [];
    const lk = createLatchkey({
      url: server.url,
      auth: apiKey(key),
      retry: { totalTimeMs: 500, sleep: async (ms) => void waits.push(ms) },
    });
    await ok(lk.GET('/v0/auth/whoami'));
    await ok(lk.GET('/v0/auth/whoami'));
    await assert.rejects(lk.GET('/v0/auth/whoami'), { status: 429 });
    assert.deepEqual(waits, []);
  });
});

describe('backoff without Retry-After, and network errors', () => {
  let flaky: Server;
  let url: string;
  let hits = 0;
  before(async () => {
    // A loopback stand-in for a gateway in front of Latchkey: two 503s without Retry-After, then an answer.
    flaky = createServer((_request, response) => {
      hits++;
      if (hits <= 2) response.writeHead(503).end();
      else response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    });
    await new Promise<void>((resolve) => flaky.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(flaky.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => flaky.close(() => resolve())));

  test('full jitter: a uniform wait below min(max, base * 2^n)', () => {
    const policy = retryPolicy({ baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.999 });
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5].map((n) => backoffMs(policy, n)),
      [99, 199, 399, 799, 999, 999],
    );
    assert.equal(backoffMs(retryPolicy({ random: () => 0 }), 3), 0);
  });

  test('503s without Retry-After are retried with exponential backoff', async () => {
    const waits: number[] = [];
    const lk = createLatchkey({
      url,
      retry: { baseDelayMs: 100, random: () => 0.5, sleep: async (ms) => void waits.push(ms) },
    });
    assert.deepEqual(await ok(lk.GET('/healthz')), { status: 'ok' });
    assert.deepEqual(waits, [50, 100]);
  });

  test('a refused connection is retried for a GET, then reported as network_error', async () => {
    const waits: number[] = [];
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const lk = createLatchkey({
      url: `http://127.0.0.1:${port}`,
      retry: { attempts: 3, sleep: async (ms) => void waits.push(ms) },
    });
    await assert.rejects(lk.GET('/healthz'), { name: 'LatchkeyError', status: 0, code: 'network_error' });
    assert.equal(waits.length, 2);
  });
});

describe('the injected clock and the request timeout', () => {
  let server: Server;
  let url: string;
  const sockets = new Set<import('node:net').Socket>();
  let hits = 0;
  let answer: 'retry-at-date' | 'silent' = 'silent';
  before(async () => {
    server = createServer((_request, response) => {
      hits++;
      // An HTTP date one minute after the injected clock's time (which is far from the real one).
      if (answer === 'retry-at-date' && hits === 1)
        response.writeHead(503, { 'retry-after': new Date(INJECTED + 60_000).toUTCString() }).end();
      else if (answer === 'retry-at-date')
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      // 'silent': the request is read and never answered.
    });
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const INJECTED = Date.UTC(2030, 0, 1);

  test('an HTTP-date Retry-After is read against the injected clock, not the real one', async () => {
    answer = 'retry-at-date';
    hits = 0;
    const waits: number[] = [];
    const lk = createLatchkey({
      url,
      retry: { now: () => INJECTED, totalTimeMs: 120_000, sleep: async (ms) => void waits.push(ms) },
    });
    assert.deepEqual(await ok(lk.GET('/healthz')), { status: 'ok' });
    // Against Date.now() the date would be years away and past the total time: no retry at all.
    assert.deepEqual(waits, [60_000]);
  });

  test('the total time is counted on the injected clock', async () => {
    answer = 'retry-at-date';
    hits = 0;
    const waits: number[] = [];
    const lk = createLatchkey({
      url,
      retry: { now: () => INJECTED, totalTimeMs: 59_000, sleep: async (ms) => void waits.push(ms) },
    });
    const refused = await lk.GET('/healthz').then(
      () => assert.fail('answered'),
      (e: unknown) => e,
    );
    assert.ok(refused instanceof LatchkeyError);
    assert.equal(refused.status, 503);
    assert.equal(refused.retryAfter, 60, 'the error reads Retry-After against the injected clock too');
    assert.deepEqual(waits, []);
  });

  test('timeoutMs abandons an attempt that gets no answer: code timeout, after the retries a GET gets', async () => {
    answer = 'silent';
    hits = 0;
    const waits: number[] = [];
    const lk = createLatchkey({
      url,
      timeoutMs: 150,
      retry: { attempts: 2, sleep: async (ms) => void waits.push(ms) },
    });
    const started = performance.now();
    const failure = await lk.GET('/healthz').then(
      () => assert.fail('answered'),
      (e: unknown) => e,
    );
    assert.ok(failure instanceof LatchkeyError);
    assert.equal(failure.code, 'timeout');
    assert.equal(failure.status, 0);
    assert.match(failure.message, /within 150 ms/);
    assert.equal(hits, 2, 'the GET was sent twice');
    assert.equal(waits.length, 1);
    assert.ok(performance.now() - started < 10_000);
  });

  test('a POST that times out is not sent again', async () => {
    answer = 'silent';
    hits = 0;
    const lk = createLatchkey({ url, timeoutMs: 100 });
    await assert.rejects(lk.POST('/v0/access/check', { body: { project: 'p', action: 'read' } }), {
      name: 'LatchkeyError',
      code: 'timeout',
    });
    assert.equal(hits, 1);
  });

  test("the caller's own signal cancels without a retry and is not reported as a timeout", async () => {
    answer = 'silent';
    hits = 0;
    const lk = createLatchkey({ url, timeoutMs: 60_000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(lk.GET('/healthz', { signal: controller.signal }), { name: 'AbortError' });
    assert.equal(hits, 1);
  });

  test('timeoutMs must be a positive number', () => {
    assert.throws(() => createLatchkey({ url, timeoutMs: 0 }), /timeoutMs/);
    assert.throws(() => createLatchkey({ url, timeoutMs: Number.NaN }), /timeoutMs/);
  });
});
