// A fetch over node:http for the SDK: Node 20's global fetch loads undici's machinery on first use, about 150 ms of CPU per run.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';

/**
 * Sends a Request and answers a Response, body streamed; a failed connection rejects as fetch does, and so does
 * the request's signal: aborted before or while waiting, the promise rejects with its reason; aborted while the
 * body streams, the body errors. Either way the connection is closed.
 */
export async function httpFetch(request: Request): Promise<Response> {
  const { signal } = request;
  signal.throwIfAborted();
  const url = new URL(request.url);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (body) headers['content-length'] = String(body.length);
  signal.throwIfAborted();
  return new Promise<Response>((resolve, reject) => {
    const outgoing = send(url, { method: request.method, headers }, (incoming: IncomingMessage) => {
      const answer = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (Array.isArray(value)) for (const item of value) answer.append(name, item);
        else if (value !== undefined) answer.set(name, value);
      }
      const status = incoming.statusCode ?? 502;
      const empty = status === 204 || status === 304 || request.method === 'HEAD';
      if (empty) incoming.resume();
      resolve(
        new Response(empty ? null : (Readable.toWeb(incoming) as ReadableStream<Uint8Array>), {
          status,
          statusText: incoming.statusMessage ?? '',
          headers: answer,
        }),
      );
    });
    const abort = () => {
      reject(signal.reason);
      outgoing.destroy(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
    outgoing.on('close', () => signal.removeEventListener('abort', abort));
    outgoing.on('error', (error) =>
      reject(signal.aborted ? signal.reason : new TypeError('fetch failed', { cause: error })),
    );
    outgoing.end(body);
  });
}
