// The CLI's fetch over node:http honours the request's AbortSignal: before sending, while waiting, while the body streams.
import assert from 'node:assert/strict';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { httpFetch } from './http.ts';

describe('httpFetch and AbortSignal', () => {
  const server = createServer((request, response) => {
    requests++;
    request.on('close', () => closed++);
    if (request.url === '/stream') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write('first part;');
      streaming = response;
    }
    if (request.url === '/ok') response.writeHead(200, { 'content-type': 'text/plain' }).end('fine');
    // '/silent': never answered.
  });
  let url = '';
  let requests = 0;
  let closed = 0;
  let streaming: ServerResponse | undefined;
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.ok(check());
  };

  test('answers as fetch does when nothing aborts', async () => {
    const response = await httpFetch(new Request(`${url}/ok`, { signal: AbortSignal.timeout(5000) }));
    assert.equal(response.status, 200);
    assert.equal(await response.text(), 'fine');
  });

  test('an already aborted signal sends nothing', async () => {
    const before = requests;
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(httpFetch(new Request(`${url}/ok`, { signal: controller.signal })), {
      name: 'AbortError',
    });
    assert.equal(requests, before);
  });

  test('a signal that fires while the server is silent rejects with its reason and closes the connection', async () => {
    const closedBefore = closed;
    const started = performance.now();
    await assert.rejects(httpFetch(new Request(`${url}/silent`, { signal: AbortSignal.timeout(100) })), {
      name: 'TimeoutError',
    });
    assert.ok(performance.now() - started < 5000);
    await until(() => closed > closedBefore);
  });

  test('a signal that fires while the body streams errors the body', async () => {
    const controller = new AbortController();
    const response = await httpFetch(new Request(`${url}/stream`, { signal: controller.signal }));
    const reader = response.body?.getReader();
    assert.ok(reader);
    const first = await reader.read();
    assert.equal(new TextDecoder().decode(first.value), 'first part;');
    controller.abort();
    await assert.rejects(reader.read());
    streaming?.end();
  });
});
