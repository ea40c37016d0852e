// The service behind nginx in the gateway bench: node's own http server with a fixed small answer.
import { createServer } from 'node:http';

const body = JSON.stringify({ ok: true });
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
process.once('SIGTERM', () => server.close(() => process.exit(0)));
