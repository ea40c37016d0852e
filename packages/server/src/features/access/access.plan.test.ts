// An access check reads through indexes only: SQLite's query plan for it has no full-table scan.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { buildTenant } from '../../test/access-helpers.ts';
import { startTestServer, type TestServer } from '../../test/harness.ts';
import { grantPathsQuery } from './projects.store.ts';

describe('access check query plan (sqlite)', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer('sqlite');
    await buildTenant(s);
  });
  after(() => s.close());

  test('every branch of the check is an index search, for users and for apps', async () => {
    const project = await s.ctx.db
      .selectFrom('projects')
      .selectAll()
      .where('slug', '=', 'launch')
      .executeTakeFirstOrThrow();
    for (const member of [
      { id: (await s.ctx.users.findByRef('bob'))?.id ?? '', type: 'user' as const, slug: 'bob' },
      { id: (await s.ctx.apps.findByRef('bot-a'))?.id ?? '', type: 'app' as const, slug: 'bot-a' },
    ]) {
      const plan = await sql<{
        detail: string;
      }>`explain query plan ${grantPathsQuery(project, member)}`.execute(s.ctx.db);
      const details = plan.rows.map((row) => row.detail);
      const scans = details.filter(
        (detail) => /^SCAN /.test(detail) && !/USING (COVERING )?INDEX/.test(detail),
      );
      assert.deepEqual(scans, [], `full scans in:\n${details.join('\n')}`);
      assert.ok(
        details.some((detail) =>
          /project_grants_project_grantee|sqlite_autoindex_project_grants/.test(detail),
        ),
      );
    }
  });
});
