// Importing 100,000 keys by SHA-256 hash: 10 requests of 10,000 lines, on SQLite and (LATCHKEY_TEST_POSTGRES_URL) PostgreSQL.
import { createHash, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { startTestServer } from '../packages/server/src/test/harness.ts';

const TOTAL = Number(process.env.BENCH_IMPORT_KEYS ?? 100_000);
const PER_REQUEST = 10_000;
const OWNERS = 100;

async function run(dialect: 'sqlite' | 'postgres'): Promise<void> {
  const s = await startTestServer(dialect);
  try {
    const admin = await s.createUser({ slug: 'bench-admin', admin: true });
    const session = await s.login(admin.email);
    for (let i = 0; i < OWNERS; i++) await s.createUser({ slug: `owner-${i}` });
    const started = performance.now();
    let imported = 0;
    for (let offset = 0; offset < TOTAL; offset += PER_REQUEST) {
      const keys = Array.from({ length: Math.min(PER_REQUEST, TOTAL - offset) }, (_, i) => ({
        owner: `owner-${(offset + i) % OWNERS}`,
        name: `imported ${offset + i}`,
        hash: { sha256: createHash('sha256').update(randomBytes(24).toString('base64url')).digest('hex') },
      }));
      const response = await s.call('POST', '/v0/admin/keys/import', session, { keys });
      if (response.statusCode !== 200)
        throw new Error(`import answered ${response.statusCode}: ${response.body}`);
      imported += response.json().imported as number;
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${dialect}: ${imported} keys imported in ${seconds.toFixed(1)} s (${Math.round(imported / seconds)} keys/s)`,
    );
  } finally {
    await s.close();
  }
}

await run('sqlite');
if (process.env.LATCHKEY_TEST_POSTGRES_URL) await run('postgres');
else console.log('postgres: skipped (set LATCHKEY_TEST_POSTGRES_URL)');
