// An imported key (stored by its old SHA-256) against a native key on whoami, in the same fresh process each generation:
// both go through the one credential cache, so a warm imported key should cost what a native key costs.
import { createHash } from 'node:crypto';
import { compare, startLatchkeyWithKey } from './lib.ts';

const GENERATIONS = Number(process.env.BENCH_GENERATIONS ?? 3);
/** What an earlier system handed its users: no `lk_` prefix, no checksum. */
const OLD_KEY = 'legacy-0123456789abcdefghijklmnopqrstuv';

const ratios: number[] = [];
for (let generation = 1; generation <= GENERATIONS; generation++) {
  const latchkey = await startLatchkeyWithKey();
  try {
    const base = `http://127.0.0.1:${latchkey.port}`;
    const imported = await fetch(`${base}/v0/admin/keys/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${latchkey.session}` },
      body: JSON.stringify({
        keys: [
          {
            owner: 'admin',
            name: 'from the old system',
            hash: { sha256: createHash('sha256').update(OLD_KEY).digest('hex') },
          },
        ],
      }),
    });
    const outcome = (await imported.json()) as { imported?: number };
    if (imported.status !== 200 || outcome.imported !== 1)
      throw new Error(`import answered ${imported.status}: ${JSON.stringify(outcome)}`);
    const whoami = (key: string) => ({
      url: `${base}/v0/auth/whoami`,
      headers: { authorization: `Bearer ${key}` },
    });
    const { ratio } = await compare(
      `generation ${generation}: whoami, imported key ÷ native key`,
      whoami(OLD_KEY),
      whoami(latchkey.key),
      0.97,
    );
    ratios.push(ratio);
  } finally {
    await latchkey.stop();
  }
}
const sorted = [...ratios].sort((a, b) => a - b);
process.stdout.write(
  `median over ${GENERATIONS} generations (req/s, imported ÷ native): ${sorted[Math.floor(sorted.length / 2)]?.toFixed(2)}\n`,
);
