// A real nginx as the load balancer in front of several instances: loopback only, every path (pid, logs, temp) under one temp dir.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** Debian's nginx, when installed (.ci/run installs it). */
export function nginxBinary(): string | undefined {
  for (const candidate of ['/usr/sbin/nginx', 'nginx']) {
    if (spawnSync(candidate, ['-v'], { stdio: 'ignore' }).status === 0) return candidate;
  }
  return undefined;
}

/** A port nothing listens on now; nginx is given it because it cannot report one it chose itself. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface Balancer {
  url: string;
  stop(): Promise<void>;
}

/** Round robin over `upstreams` (http://127.0.0.1:PORT), with keep-alive to them and the client's address passed on. */
export async function startNginx(binary: string, upstreams: string[], dir: string): Promise<Balancer> {
  const prefix = join(dir, 'nginx');
  mkdirSync(join(prefix, 'temp'), { recursive: true });
  // Workers drop to an unprivileged user when started as root; they must still write their temp files.
  chmodSync(prefix, 0o777);
  chmodSync(join(prefix, 'temp'), 0o777);
  const port = await freePort();
  const servers = upstreams.map((u) => `    server ${new URL(u).host};`).join('\n');
  const conf = `
daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}/temp/body;
  proxy_temp_path ${prefix}/temp/proxy;
  fastcgi_temp_path ${prefix}/temp/fastcgi;
  uwsgi_temp_path ${prefix}/temp/uwsgi;
  scgi_temp_path ${prefix}/temp/scgi;
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
`;
  const confPath = join(prefix, 'nginx.conf');
  writeFileSync(confPath, conf);
  const child: ChildProcess = spawn(binary, ['-p', prefix, '-c', confPath, '-e', join(prefix, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${errors}`);
    const answered = await fetch(`${url}/healthz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (answered) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer: ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url,
    async stop() {
      child.kill('SIGQUIT');
      await exited;
    },
  };
}
