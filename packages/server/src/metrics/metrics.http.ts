// Feeds the metrics from the API's requests, and serves them on their own loopback listener.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import { Refusal } from '../auth/refusals.ts';
import { ApiError } from '../lib/errors.ts';
import type { Timings } from './histogram.ts';
import type { Metrics } from './metrics.ts';

/** The routes that issue a credential, with the status that means they did. */
const ISSUERS: Record<string, { kind: string; status: number }> = {
  'POST /v0/oauth/token': { kind: 'access_token', status: 200 },
  'POST /v0/auth/login': { kind: 'session', status: 200 },
  'POST /v0/auth/session-keys': { kind: 'session_key', status: 201 },
  'POST /v0/users/:user/keys': { kind: 'user_key', status: 201 },
  'POST /v0/apps/:app/secret': { kind: 'client_secret', status: 201 },
};

const VERIFY_DECISIONS: Record<number, string> = {
  200: 'allowed',
  401: 'unauthenticated',
  403: 'forbidden',
  429: 'rate_limited',
};

const STATUS_CLASSES = ['0xx', '1xx', '2xx', '3xx', '4xx', '5xx'];

const toArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * Registers, before any route, a hook on each route that times it. Everything a request touches is made
 * at registration or on a route's first answer of a status class: afterwards an answer costs one bucket
 * scan and a few additions.
 */
export function instrument(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onRoute', (route) => {
    const url = route.url;
    const isVerify = url === '/v0/auth/verify' || url === '/v0/auth/verify/*';
    // Per method (a route may serve several), per status class.
    const timings = new Map<string, (Timings | undefined)[]>();
    for (const method of [route.method].flat()) timings.set(method, []);
    const issuer = [route.method].flat().length === 1 ? ISSUERS[`${route.method} ${url}`] : undefined;
    const observe = (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
      const status = reply.statusCode;
      const statusClass = Math.min(5, Math.floor(status / 100));
      const byClass = timings.get(request.method);
      if (byClass) {
        let found = byClass[statusClass];
        if (found === undefined) {
          const label = STATUS_CLASSES[statusClass] ?? '5xx';
          found = metrics.requestTimings(url, request.method, label);
          byClass[statusClass] = found;
        }
        found.observe(reply.elapsedTime / 1000);
      }
      if (isVerify) metrics.verified(VERIFY_DECISIONS[status] ?? 'invalid', url);
      if (issuer && status === issuer.status) metrics.tokenIssued(issuer.kind, url);
      done();
    };
    route.onResponse = [...toArray(route.onResponse), observe];
  });
  // Only failed requests reach this hook: the limits' refusals are counted at no cost to the others.
  app.addHook('onError', (request, _reply, error, done) => {
    if (error instanceof Refusal && error.reason === 'throttled') metrics.throttled();
    else if (error instanceof ApiError && error.code === 'rate_limited')
      metrics.rateLimited(request.principal?.type ?? 'none');
    done();
  });
}

export interface MetricsListener {
  port: number;
  close(): Promise<void>;
}

/**
 * Its own listener, not a route of the API: scraping needs no credential and shows nothing on the
 * public port. GET /metrics only.
 */
export async function listenMetrics(metrics: Metrics, host: string, port: number): Promise<MetricsListener> {
  const server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response
        .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        .end('Not found: GET /metrics\n');
      return;
    }
    metrics.render().then(
      (text) => {
        response.writeHead(200, { 'content-type': metrics.contentType, 'cache-control': 'no-store' });
        response.end(request.method === 'HEAD' ? undefined : text);
      },
      () => response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('metrics failed\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
