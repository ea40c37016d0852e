import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type NginxProcess, runNginx, tempPaths } from './nginx.ts';

const VERIFY_PATH = '/v0/auth/verify';

/** The identity headers nginx copies from the verify answer to the upstream request. */
const PASSED = [
  'principal',
  'user',
  'app',
  'email',
  'credential',
  'admin',
  'restrictions',
  'via',
  'permissions',
] as const;

/** Client headers that name a method or URI: the documented configuration keeps them from Latchkey. */
export const CLEARED_HEADERS = ['X-Forwarded-Method', 'X-HTTP-Method-Override', 'X-Forwarded-Uri'] as const;

/** In latchkey-identity.conf: an upstream that honours a method override never sees one a client sent. */
const OVERRIDE_CLEARED = `
    proxy_set_header X-HTTP-Method-Override "";`;

/**
 * In latchkey-identity.conf: nginx copies only the status and the first WWW-Authenticate of a 401 from
 * auth_request, with a body of its own; asking verify again answers the client with Latchkey's own 401.
 */
const REFUSAL_BODY = `
    error_page 401 = /_latchkey/verify;`;

export interface NginxOptions {
  /** false: the same proxy with no auth_request, the bench's reference. Default true. */
  auth?: boolean;
  /** Where the auth subrequest goes on the `latchkey` port (the bench points it at its limit). */
  verifyPath?: string;
  /**
   * false: without the lines that clear the CLEARED_HEADERS (and the method override for the upstream),
   * as the configuration was once documented, so a test shows Latchkey alone ignores them. Default true.
   */
  clearHeaders?: boolean;
  /**
   * false: without the `error_page 401` line, so a client gets only what nginx copies from a 401 of
   * `auth_request` by itself (the status and one challenge, no body). Default true.
   */
  refusalBody?: boolean;
  /**
   * true: the auth subrequests carry the client's address (`X-Forwarded-For $proxy_add_x_forwarded_for`),
   * for Latchkey behind it with LATCHKEY_TRUST_PROXY (allowed addresses). Default false.
   */
  forwardClient?: boolean;
  /** true: nginx also listens on [::1], so a client can come from an address other than 127.0.0.1. Default false. */
  listenIpv6?: boolean;
}

/**
 * The configuration docs/gateways.md shows, with this run's ports and paths. `/` needs any valid
 * credential; `/projects/<slug>/` also an access decision on that project, its action from the method;
 * `/results/` the permission `results:upload` on the project `web`.
 */
export function nginxConfig(
  dir: string,
  ports: { nginx: number; latchkey: number; upstream: number },
  {
    auth = true,
    verifyPath = VERIFY_PATH,
    clearHeaders = true,
    refusalBody = true,
    forwardClient = false,
    listenIpv6 = false,
  }: NginxOptions = {},
): string {
  const cleared =
    (clearHeaders ? CLEARED_HEADERS.map((name) => `\n      proxy_set_header ${name} "";`).join('') : '') +
    (forwardClient ? '\n      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;' : '');
  const set = PASSED.map(
    (name) => `    auth_request_set $lk_${name} $upstream_http_x_latchkey_${name};`,
  ).join('\n');
  const pass = PASSED.map(
    (name) => `    proxy_set_header X-Latchkey-${name[0]?.toUpperCase()}${name.slice(1)} $lk_${name};`,
  ).join('\n');
  const guarded = (check: string) =>
    auth
      ? `    auth_request ${check};
    # A location's own proxy_set_header replaces the server's: keep the upstream connections alive.
    proxy_set_header Connection "";
${set}
    auth_request_set $lk_retry_after $upstream_http_retry_after;
    # A refusal keeps its Retry-After.
    add_header Retry-After $lk_retry_after always;${refusalBody ? REFUSAL_BODY : ''}
${pass}${clearHeaders ? OVERRIDE_CLEARED : ''}`
      : '';
  return `daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
${tempPaths(dir)}
  upstream latchkey { server 127.0.0.1:${ports.latchkey}; keepalive 32; }
  upstream app { server 127.0.0.1:${ports.upstream}; keepalive 32; }
  server {
    listen 127.0.0.1:${ports.nginx};${listenIpv6 ? `\n    listen [::1]:${ports.nginx};` : ''}
    proxy_http_version 1.1;
    proxy_set_header Connection "";

    location = /_latchkey/verify {
      internal;
      # deny_status=403: nginx answers any status but 401 and 403 from here with a 500.
      proxy_pass http://latchkey${verifyPath}?deny_status=403;
      proxy_pass_request_body off;
      proxy_set_header Connection "";
      proxy_set_header Content-Length "";
      proxy_set_header X-Original-Method $request_method;
      proxy_set_header X-Original-URI $request_uri;
      proxy_set_header X-Forwarded-Host $host;${cleared}
    }
    location = /_latchkey/verify-project {
      internal;
      proxy_pass http://latchkey${verifyPath}?deny_status=403&project=$lk_project;
      proxy_pass_request_body off;
      proxy_set_header Connection "";
      proxy_set_header Content-Length "";
      proxy_set_header X-Original-Method $request_method;
      proxy_set_header X-Original-URI $request_uri;
      proxy_set_header X-Forwarded-Host $host;${cleared}
    }
    location = /_latchkey/verify-upload {
      internal;
      proxy_pass http://latchkey${verifyPath}?deny_status=403&permission=results:upload&project=web;
      proxy_pass_request_body off;
      proxy_set_header Connection "";
      proxy_set_header Content-Length "";
      proxy_set_header X-Original-Method $request_method;
      proxy_set_header X-Original-URI $request_uri;
      proxy_set_header X-Forwarded-Host $host;${cleared}
    }

    location /results/ {
${guarded('/_latchkey/verify-upload')}
    proxy_pass http://app;
    }
    location ~ ^/projects/(?<lk_project>[a-z0-9-]+)(/|$) {
${guarded('/_latchkey/verify-project')}
    proxy_pass http://app;
    }
    location / {
${guarded('/_latchkey/verify')}
    proxy_pass http://app;
    }
  }
}
`;
}

/** What the echo upstream received: each request's method, URL and headers. */
export interface Echoed {
  method: string;
  url: string;
  headers: Record<string, string | undefined>;
}

/** An upstream that answers every request with the headers it received, as JSON, and keeps each in `received`. */
export async function startEchoUpstream(): Promise<{ port: number; server: Server; received: Echoed[] }> {
  const received: Echoed[] = [];
  const server = createServer((request, response) => {
    const echoed = {
      method: String(request.method),
      url: String(request.url),
      headers: request.headers as Echoed['headers'],
    };
    received.push(echoed);
    const body = JSON.stringify(echoed);
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { port: typeof address === 'object' && address ? address.port : 0, server, received };
}

/** Starts the gateway nginx in a temp dir of its own, removed when it stops. */
export async function startGateway(
  ports: { latchkey: number; upstream: number },
  options: NginxOptions = {},
): Promise<NginxProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'latchkey-nginx-'));
  try {
    const nginx = await runNginx(dir, (port) => nginxConfig(dir, { nginx: port, ...ports }, options));
    return {
      ...nginx,
      async stop() {
        await nginx.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
