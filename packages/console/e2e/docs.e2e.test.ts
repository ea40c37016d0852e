// The API documentation page in a real browser: it renders under its own CSP, and no other site can frame it.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { type Browser, browserMissing, launchBrowser, shot } from './browser.ts';
import { type Latchkey, startLatchkey } from './server.ts';

describe('the API docs in chromium', { skip: browserMissing() }, () => {
  let server: Latchkey;
  let browser: Browser;
  let framer: Server;
  let framerUrl: string;

  before(async () => {
    server = await startLatchkey({});
    browser = await launchBrowser();
    // Another origin (another port on loopback) whose page frames Latchkey's pages.
    framer = createServer((request, response) => {
      const target = new URL(request.url ?? '/', 'http://x').searchParams.get('src') ?? '';
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<!doctype html><iframe id="victim" src="${server.url}${target}"></iframe>`);
    });
    await new Promise<void>((resolve) => framer.listen(0, '127.0.0.1', resolve));
    framerUrl = `http://localhost:${(framer.address() as AddressInfo).port}/`;
  });
  after(async () => {
    await browser?.close();
    framer?.close();
    await server?.stop();
  });

  // Swagger UI virtualizes a long list (150 rows of tags and operations or more): only the rows near the
  // viewport are in the page, so the page is scrolled to its end and every operation must have been drawn.
  test('the docs render every operation with no Content-Security-Policy violation or page error', async () => {
    const page = await browser.context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    page.on('pageerror', (error) => violations.push(error.message));
    const response = await page.goto(`${server.url}/v0/docs/`);
    assert.match(String(response?.headers()['content-security-policy']), /frame-ancestors 'none'/);
    assert.equal(response?.headers()['x-frame-options'], 'DENY');
    const document = (await (await fetch(`${server.url}/v0/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    const expected = Object.values(document.paths).flatMap((methods) =>
      Object.values(methods).map((operation) => operation.operationId),
    );
    assert.ok(expected.length > 134, `a document long enough to be virtualized (${expected.length})`);
    await page.locator('.opblock').first().waitFor({ timeout: 60_000 });
    await shot(page, '40-api-docs');
    const seen = new Set<string>();
    let last = -1;
    for (let step = 0; step < 400; step++) {
      for (const id of await page.locator('.opblock').evaluateAll((nodes) => nodes.map((node) => node.id))) {
        seen.add(id);
      }
      // A string: the test's TypeScript has no DOM types.
      const y = Number(
        await page.evaluate('window.scrollBy(0, Math.floor(window.innerHeight / 2)), window.scrollY'),
      );
      if (y === last) break;
      last = y;
      // The virtualizer draws the new rows on the next frames.
      await page.waitForTimeout(50);
    }
    const drawn = [...seen];
    const missing = expected.filter((operationId) => !drawn.some((id) => id.endsWith(`-${operationId}`)));
    assert.deepEqual(missing, [], 'every operation in the document is drawn somewhere on the page');
    assert.deepEqual(violations, []);
    await page.close();
  });

  for (const path of ['/v0/docs/', '/console/']) {
    test(`a page on another origin cannot frame ${path}`, async () => {
      const page = await browser.context.newPage();
      await page.goto(`${framerUrl}?src=${encodeURIComponent(path)}`);
      await page.waitForLoadState('load');
      const frame = page.frames().find((f) => f !== page.mainFrame());
      assert.ok(frame, 'the iframe exists');
      // A refused frame is replaced by the browser's error page: nothing of Latchkey's runs in it.
      assert.ok(!frame.url().startsWith(server.url), `the frame was refused, it shows ${frame.url()}`);
      await page.close();
    });
  }
});
