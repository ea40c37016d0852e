// A million keys stored, on SQLite and PostgreSQL: cold lookups (cache off, keys never seen) p50/p99, and the server's memory.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import pg from 'pg';
import { migrateToLatest, openDatabase } from '../packages/server/src/db/database.ts';
import type { ApiKeysTable, Db } from '../packages/server/src/db/schema.ts';
import { findKeyByHash, keyByHash } from '../packages/server/src/features/keys/keys.store.ts';
import { generateSecret } from '../packages/server/src/lib/crypto/secrets.ts';
import { uuidv7 } from '../packages/server/src/lib/ids.ts';
import { LATCHKEY_BIN, NEVER_EXHAUSTED, startNode } from './lib.ts';

const KEYS = Number(process.env.BENCH_KEYS ?? 1_000_000);
const SMALL = 1_000;
const SAMPLE = Number(process.env.BENCH_SAMPLE ?? 5_000);
const POSTGRES_URL = process.env.LATCHKEY_TEST_POSTGRES_URL;
/** PostgreSQL needs a master key from the environment: one for this run, whose data is thrown away after it. */
const MASTER_KEY = randomBytes(32).toString('base64');

const rssMiB = (pid: number | undefined) =>
  Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN) / 1024;
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const describe = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return `p50 ${quantile(sorted, 0.5).toFixed(3)} ms, p99 ${quantile(sorted, 0.99).toFixed(3)} ms`;
};

/** One user and `count` keys by bulk insert; returns `SAMPLE` of the keys' plaintexts, spread over the set. */
async function seed(db: Db, count: number, batch: number): Promise<{ plaintext: string; hash: string }[]> {
  await migrateToLatest(db);
  const now = Date.now();
  const userId = uuidv7(now);
  await db
    .insertInto('users')
    .values({
      id: userId,
      email: 'million@example.com',
      name: 'Million',
      slug: 'million',
      passwordHash: 'unused',
      role: 'user',
      suspendedAt: null,
      developerAt: null,
      rateLimitPerSecond: null,
      rateLimitBurst: null,
      createdAt: now,
      updatedAt: now,
    })
    .execute();
  const every = Math.max(1, Math.floor(count / SAMPLE));
  const sample: { plaintext: string; hash: string }[] = [];
  for (let offset = 0; offset < count; offset += batch) {
    const rows: ApiKeysTable[] = [];
    for (let i = offset; i < Math.min(count, offset + batch); i++) {
      const secret = generateSecret('user');
      if (i % every === 0 && sample.length < SAMPLE)
        sample.push({ plaintext: secret.plaintext, hash: secret.hash });
      rows.push({
        id: uuidv7(now + i),
        userId,
        name: `k${i}`,
        hash: secret.hash,
        start: secret.start,
        createdAt: now,
        expiresAt: null,
        revokedAt: null,
        lastUsedAt: null,
        scopes: null,
        lineageCreatedAt: now,
        rerolledTo: null,
        importedAt: null,
        importedHash: null,
        lookupPrefix: null,
      });
    }
    await db.transaction().execute((tx) => tx.insertInto('apiKeys').values(rows).execute());
  }
  return sample;
}

/** The store's lookup, as authentication does it on a cache miss, for keys never looked up before. */
async function storeLookups(db: Db, sample: { hash: string }[]): Promise<number[]> {
  const times: number[] = [];
  for (const { hash } of sample) {
    const start = performance.now();
    const found = await findKeyByHash(db, hash);
    times.push(performance.now() - start);
    if (!found) throw new Error('a seeded key was not found');
  }
  return times;
}

/**
 * PostgreSQL's own time for the same lookup (`EXPLAIN ANALYZE`: planning and execution, in the server),
 * for keys not looked up before: what the store costs apart from the client and the round trip.
 */
async function serverSide(
  db: Db,
  sample: { hash: string }[],
): Promise<{ planning: number[]; execution: number[] }> {
  const planning: number[] = [];
  const execution: number[] = [];
  for (const { hash } of sample) {
    const [row] = await keyByHash(db, hash).explain('json', sql`analyze`);
    const [plan] = (row?.['QUERY PLAN'] ?? []) as { 'Planning Time': number; 'Execution Time': number }[];
    if (!plan) throw new Error('no plan');
    planning.push(plan['Planning Time']);
    execution.push(plan['Execution Time']);
  }
  return { planning, execution };
}

/** The same client's round trip doing nothing (`select 1`): the floor under every lookup. */
async function roundTrips(db: Db): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < SAMPLE; i++) {
    const start = performance.now();
    await sql`select 1`.execute(db);
    times.push(performance.now() - start);
  }
  return times;
}

/** The server with its credential cache off: every whoami is a lookup, over one keep-alive connection. */
async function serverRun(url: string, sample: { plaintext: string }[]) {
  const server = await startNode(
    LATCHKEY_BIN,
    ['serve'],
    {
      LATCHKEY_DATABASE_URL: url,
      LATCHKEY_MASTER_KEY: MASTER_KEY,
      LATCHKEY_LOG_LEVEL: 'warn',
      LATCHKEY_CREDENTIAL_CACHE_MS: '0',
      LATCHKEY_AUTH_FAILURE_LIMIT: '0',
      ...NEVER_EXHAUSTED,
    },
    '/healthz',
  );
  try {
    const base = `http://127.0.0.1:${server.port}`;
    const started = rssMiB(server.process.pid);
    const times: number[] = [];
    for (const { plaintext } of sample) {
      const start = performance.now();
      const response = await fetch(`${base}/v0/auth/whoami`, {
        headers: { authorization: `Bearer ${plaintext}` },
      });
      await response.arrayBuffer();
      times.push(performance.now() - start);
      if (response.status !== 200) throw new Error(`whoami answered ${response.status}`);
    }
    return { times, started, after: rssMiB(server.process.pid) };
  } finally {
    await server.stop();
  }
}

/**
 * After a bulk load the database is not yet what a million keys gathered over months look like: its
 * statistics are stale, and autovacuum and the checkpointer are about to work through what was just
 * written. They run here, once, before anything is measured, rather than in the middle of it.
 */
async function settle(name: string, db: Db): Promise<void> {
  if (name === 'SQLite') {
    await sql`analyze`.execute(db);
    return;
  }
  await sql`vacuum analyze api_keys`.execute(db);
  await sql`checkpoint`.execute(db);
}

async function store(
  name: string,
  open: (tag: string) => Promise<{ url: string; db: Db; done(): Promise<void> }>,
  batch: number,
) {
  const small = await open('small');
  const large = await open('large');
  try {
    const seedStart = performance.now();
    const sample = await seed(large.db, KEYS, batch);
    const seedSeconds = (performance.now() - seedStart) / 1000;
    const smallSample = await seed(small.db, SMALL, batch);
    await settle(name, large.db);
    await settle(name, small.db);
    const floor = await roundTrips(large.db);
    const lookups = await storeLookups(large.db, sample.slice(0, Math.ceil(sample.length / 2)));
    // The other half, never read yet either: the server's own account of the same lookup.
    const inServer =
      name === 'PostgreSQL'
        ? await serverSide(large.db, sample.slice(Math.ceil(sample.length / 2)))
        : undefined;
    await large.db.destroy();
    await small.db.destroy();
    const big = await serverRun(large.url, sample);
    const few = await serverRun(small.url, smallSample.slice(0, Math.min(smallSample.length, SAMPLE)));
    process.stdout.write(
      `${name}: ${KEYS.toLocaleString('en')} keys seeded in ${seedSeconds.toFixed(0)} s\n` +
        `  store lookup of ${lookups.length} keys never read before: ${describe(lookups)}\n` +
        `  the same client's select 1, ${SAMPLE} times: ${describe(floor)}\n` +
        (inServer
          ? `  in the server (EXPLAIN ANALYZE, other keys never read): planning ${describe(inServer.planning)}; execution ${describe(inServer.execution)}\n`
          : '') +
        `  whoami over HTTP, credential cache off: ${describe(big.times)} (client-side, HTTP included)\n` +
        `  server RSS: ${big.started.toFixed(1)} MiB at start, ${big.after.toFixed(1)} MiB after the lookups; ` +
        `with ${SMALL.toLocaleString('en')} keys stored: ${few.started.toFixed(1)} / ${few.after.toFixed(1)} MiB\n`,
    );
  } finally {
    await Promise.all([small.done(), large.done()]);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'latchkey-million-'));
// BENCH_STORES=postgres (or sqlite): one store only.
const only = process.env.BENCH_STORES;
if (only === undefined || only === 'sqlite')
  await store(
    'SQLite',
    async (tag) => {
      const url = `sqlite:${join(dir, `${tag}.db`)}`;
      return { url, db: openDatabase(url).db, done: async () => {} };
    },
    1_000,
  );

if (only !== 'sqlite' && POSTGRES_URL) {
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await store(
    'PostgreSQL',
    async (tag) => {
      const name = `lk_bench_${tag}_${process.pid}`;
      await admin(`drop database if exists ${name}`);
      await admin(`create database ${name}`);
      const url = new URL(POSTGRES_URL);
      url.pathname = `/${name}`;
      return {
        url: url.toString(),
        db: openDatabase(url.toString()).db,
        done: () => admin(`drop database if exists ${name} with (force)`),
      };
    },
    5_000,
  );
} else if (only !== 'sqlite') {
  process.stdout.write('PostgreSQL: skipped (set LATCHKEY_TEST_POSTGRES_URL)\n');
}
