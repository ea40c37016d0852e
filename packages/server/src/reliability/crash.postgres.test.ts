// kill -9 during concurrent key creations on PostgreSQL (a database of its own): nothing answered 201 is lost.
import { test } from 'node:test';
import { POSTGRES_URL } from '../test/harness.ts';
import { createDatabase } from '../test/processes.ts';
import { crashCycles } from './crash.cycles.ts';

const postgresUrl = POSTGRES_URL;
if (postgresUrl) {
  crashCycles('postgres', async () => {
    const database = await createDatabase(postgresUrl);
    return { env: { LATCHKEY_DATABASE_URL: database.url }, cleanup: database.drop };
  });
} else {
  test('crash safety on PostgreSQL', { skip: 'LATCHKEY_TEST_POSTGRES_URL is not set' }, () => {});
}
