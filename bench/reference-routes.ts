// The hot path's two references as routes: a bare route that sends an endpoint's exact answer, and one that first does only the unavoidable work.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, RouteShorthandOptions } from 'fastify';

/** One endpoint's answer, captured from Latchkey: status, headers (minus the per-request ones) and body. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  /** JSON, serialized per request as Latchkey does; null for an empty body. */
  body: unknown;
  /** The credential the limit route authenticates (a key or a token). */
  secret: string;
}

/** A whoami answer as Latchkey sends it (the limit route adds the three RateLimit-* headers), for benches that start no Latchkey. */
export const WHOAMI_ANSWER: Answer = {
  status: 200,
  headers: {
    'content-type': 'application/json; charset=utf-8',
    'ratelimit-policy': '"principal";q=1000000000;w=1',
    ratelimit: '"principal";r=999999999;t=1',
  },
  body: {
    principal: {
      type: 'user',
      uuid: '01a241ff-2dce-78e1-922c-16163907b80c',
      slug: 'admin',
      name: 'Administrator',
      admin: true,
      email: 'bench@example.com',
    },
    credential: { kind: 'user_key', uuid: '01a241ff-33f2-736f-96c1-777e880bff86', start: 'lk_user_Ry7x' },
  },
  secret: 'lk_user_Ry7xkernelsharebenchmarksecret',
};

const STORED = 100_000;
const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');

/** A token bucket per principal, refilled by elapsed time: the least a rate limit costs. */
const BURST = 1_000_000_000;
const PER_SECOND = 1_000_000_000;

/** `/same/NAME` and `/limit/NAME` for each answer; `options` go on every route (Latchkey's needs `config.auth`). */
export function registerReferences(
  app: FastifyInstance,
  answers: Record<string, Answer>,
  options: RouteShorthandOptions = {},
): void {
  // The limit's lookup table: 100,000 stored hashes, the real credentials among them.
  const principals = new Map<string, { id: string }>();
  for (let i = 0; i < STORED; i++)
    principals.set(sha256(randomBytes(24).toString('base64url')), { id: `p${i}` });
  for (const [name, answer] of Object.entries(answers)) principals.set(sha256(answer.secret), { id: name });
  const buckets = new Map<string, { tokens: number; at: number }>();

  for (const [name, answer] of Object.entries(answers)) {
    const send = (reply: FastifyReply) => (answer.body === null ? reply.send() : reply.send(answer.body));
    app.get(`/same/${name}`, options, (_request, reply) =>
      send(reply.code(answer.status).headers(answer.headers)),
    );
    app.get(`/limit/${name}`, options, (request, reply) => {
      const header = request.headers.authorization;
      if (header === undefined || !header.startsWith('Bearer ')) return reply.code(401).send();
      const principal = principals.get(sha256(header.slice(7)));
      if (!principal) return reply.code(401).send();
      const now = Date.now();
      let bucket = buckets.get(principal.id);
      if (!bucket) {
        bucket = { tokens: BURST, at: now };
        buckets.set(principal.id, bucket);
      }
      bucket.tokens = Math.min(BURST, bucket.tokens + ((now - bucket.at) * PER_SECOND) / 1000) - 1;
      bucket.at = now;
      reply.code(answer.status).headers(answer.headers);
      reply.header('ratelimit-limit', String(BURST));
      reply.header('ratelimit-remaining', String(Math.floor(bucket.tokens)));
      reply.header('ratelimit-reset', String(Math.ceil((BURST - bucket.tokens) / PER_SECOND)));
      return send(reply);
    });
  }
}
