// Serves the built console (packages/console/dist) at /console with a strict CSP, and / redirects there.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { FastifyReply } from 'fastify';
import type { RoutesPlugin } from '../../context.ts';
import { cspOf, pageHeaders } from '../../lib/page-headers.ts';

/**
 * Only this server's own scripts, styles and API: no inline script, no eval, no other origin, no framing.
 * React sets styles through the DOM (allowed); the bundle has no inline <script> or <style>.
 */
export const CONSOLE_CSP = cspOf([
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
]);

const PAGE_HEADERS = pageHeaders(CONSOLE_CSP);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

interface StaticFile {
  body: Buffer;
  type: string;
}

/** Every file of the build, read once: a request can only name one of these, so no path escapes the folder. */
function readBuild(dir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const type = TYPES[extname(entry.name)] ?? 'application/octet-stream';
        files.set(relative(dir, path).split(sep).join('/'), { body: readFileSync(path), type });
      }
    }
  };
  try {
    if (statSync(dir).isDirectory()) walk(dir);
  } catch {
    // Not built: the console's routes say so.
  }
  return files;
}

const NOT_BUILT =
  '<!doctype html><meta charset="utf-8"><title>Latchkey console not built</title>' +
  '<p>The console has not been built. Run <code>npm run build -w @latchkey/console</code> ' +
  '(<code>npm ci</code> does it), then restart the server.</p>';

export const consoleStatic: RoutesPlugin = (app, ctx) => {
  const files = readBuild(ctx.config.consoleDir);
  const index = files.get('index.html');

  const page = (reply: FastifyReply) => {
    reply.headers(PAGE_HEADERS);
    // The page is tiny and names hashed assets: always revalidate it so a new build is picked up.
    reply.header('cache-control', 'no-cache');
    if (!index) return reply.status(503).type('text/html; charset=utf-8').send(NOT_BUILT);
    return reply.type(index.type).send(index.body);
  };

  const routeOptions = { config: { auth: 'none' as const }, schema: { hide: true } };

  app.get('/', routeOptions, (_request, reply) => reply.redirect('/console/', 302));
  app.get('/console', routeOptions, (_request, reply) => page(reply));
  app.get<{ Params: { '*': string } }>('/console/*', routeOptions, (request, reply) => {
    const path = request.params['*'];
    const file = files.get(path);
    if (file && path !== 'index.html') {
      reply.headers(PAGE_HEADERS);
      // Vite names built assets by their content hash: they never change under one name.
      reply.header(
        'cache-control',
        path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
      return reply.type(file.type).send(file.body);
    }
    // A missing asset is a 404; any other path is a page of the single-page app.
    if (path.startsWith('assets/')) {
      return reply.status(404).type('text/plain; charset=utf-8').send('Not found');
    }
    return page(reply);
  });
};
