// A real nginx as the load balancer in front of several instances: loopback only, every path (pid, logs, temp) under one temp dir.
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runNginx, tempPaths } from './nginx.ts';

export interface Balancer {
  url: string;
  stop(): Promise<void>;
}

/** Round robin over `upstreams` (http://127.0.0.1:PORT), with keep-alive to them and the client's address passed on. */
export async function startBalancer(upstreams: string[], dir: string): Promise<Balancer> {
  const prefix = join(dir, 'nginx');
  mkdirSync(join(prefix, 'temp'), { recursive: true });
  // Workers drop to an unprivileged user when started as root; they must still write their temp files.
  chmodSync(prefix, 0o777);
  chmodSync(join(prefix, 'temp'), 0o777);
  const servers = upstreams.map((u) => `    server ${new URL(u).host};`).join('\n');
  const nginx = await runNginx(
    prefix,
    (port) => `
daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
${tempPaths(join(prefix, 'temp'))}
  upstream latchkey {
${servers}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://latchkey;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
    }
  }
}
`,
    // Requests in flight finish before it stops.
    'SIGQUIT',
  );
  const url = nginx.url;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const answered = await fetch(`${url}/healthz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (answered) break;
    if (Date.now() > deadline) {
      await nginx.stop();
      throw new Error(`nginx did not answer: ${nginx.errors()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url, stop: nginx.stop };
}
