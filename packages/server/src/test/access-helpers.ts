// A small tenant for the access tests: two orgs, teams, users, apps and projects with every kind of grant.
import type { UserRow } from '../db/schema.ts';
import { createApp, createSecret, obtainToken } from './apps-helpers.ts';
import { bearer, type TestServer } from './harness.ts';

export type PolicyOrNone = 'read' | 'write' | 'admin' | null;

export const PROJECTS = ['launch', 'ledger', 'widgets', 'diary', 'secret'] as const;
export type ProjectSlug = (typeof PROJECTS)[number];

export interface Tenant {
  users: Record<'root' | 'ada' | 'bob' | 'cy' | 'dee' | 'eve', UserRow>;
  sessions: Record<'root' | 'ada' | 'bob' | 'cy' | 'dee' | 'eve', string>;
  /** A credential for each principal: unrestricted API keys for users, real access tokens for apps. */
  credentials: Record<string, string>;
  apps: Record<'bot-a' | 'bot-b' | 'bot-c', { uuid: string; client_id: string; slug: string }>;
}

/** Calls the API and fails loudly on an unexpected status (the body never holds a secret here). */
export async function api(
  s: TestServer,
  secret: string,
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  payload?: unknown,
  expected?: number,
) {
  const response = await s.app.inject({
    method,
    url,
    headers: bearer(secret),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  if (expected !== undefined && response.statusCode !== expected)
    throw new Error(`${method} ${url}: expected ${expected}, got ${response.statusCode} ${response.body}`);
  return response;
}

/**
 * acme: ada admin, bob, eve, bot-a (an org *admin*: apps get nothing implicit from it);
 *   team rockets: bob, bot-a.
 * globex: cy, eve admin; team widgets: cy admin.
 * Projects: launch (acme; rockets write, globex read), ledger (acme; acme read, bob admin),
 *   widgets (globex; widgets admin, bot-b read), diary (dee's own; cy read), secret (globex; none).
 * bot-c is in nothing.
 */
export async function buildTenant(s: TestServer): Promise<Tenant> {
  const names = ['root', 'ada', 'bob', 'cy', 'dee', 'eve'] as const;
  const users = {} as Tenant['users'];
  const sessions = {} as Tenant['sessions'];
  const credentials: Record<string, string> = {};
  for (const name of names) {
    users[name] = await s.createUser({ slug: name, email: `${name}@example.com`, admin: name === 'root' });
    sessions[name] = await s.login(users[name].email);
    credentials[name] = (await s.createKey(sessions[name], name, { name: 'access tests' })).key;
  }
  const root = sessions.root;
  const apps = {} as Tenant['apps'];
  for (const slug of ['bot-a', 'bot-b', 'bot-c'] as const) {
    apps[slug] = await createApp(s, root, { name: slug, slug });
    credentials[slug] = await obtainToken(s, apps[slug].client_id, await createSecret(s, root, slug));
  }
  const post = (url: string, body: unknown) => api(s, root, 'POST', url, body);
  const ok = async (url: string, body: unknown) => {
    const response = await post(url, body);
    if (response.statusCode >= 300) throw new Error(`POST ${url}: ${response.statusCode} ${response.body}`);
  };
  await ok('/v0/orgs', { name: 'Acme', slug: 'acme' });
  await ok('/v0/orgs', { name: 'Globex', slug: 'globex' });
  await ok('/v0/orgs/acme/members', { user: 'ada', role: 'admin' });
  await ok('/v0/orgs/acme/members', { user: 'bob' });
  await ok('/v0/orgs/acme/members', { user: 'eve' });
  await ok('/v0/orgs/acme/members', { app: 'bot-a', role: 'admin' });
  await ok('/v0/orgs/globex/members', { user: 'cy' });
  await ok('/v0/orgs/globex/members', { user: 'eve', role: 'admin' });
  await ok('/v0/orgs/acme/teams', { name: 'Rockets', slug: 'rockets' });
  await ok('/v0/orgs/globex/teams', { name: 'Widgets', slug: 'widgets-team' });
  await ok('/v0/teams/rockets/members', { user: 'bob' });
  await ok('/v0/teams/rockets/members', { app: apps['bot-a'].client_id });
  await ok('/v0/teams/widgets-team/members', { user: 'cy', role: 'admin' });
  await ok('/v0/projects', { name: 'Launch', slug: 'launch', org: 'acme' });
  await ok('/v0/projects', { name: 'Ledger', slug: 'ledger', org: 'acme' });
  await ok('/v0/projects', { name: 'Widgets', slug: 'widgets', org: 'globex' });
  await ok('/v0/projects', { name: 'Secret', slug: 'secret', org: 'globex' });
  const diary = await api(s, sessions.dee, 'POST', '/v0/projects', { name: 'Diary', slug: 'diary' }, 201);
  if (diary.json().owner.slug !== 'dee') throw new Error('diary is not dee’s personal project');
  await ok('/v0/projects/launch/collaborators', { team: 'rockets', policy: 'write' });
  await ok('/v0/projects/launch/collaborators', { org: 'globex', policy: 'read' });
  await ok('/v0/projects/ledger/collaborators', { org: 'acme', policy: 'read' });
  await ok('/v0/projects/ledger/collaborators', { user: 'bob', policy: 'admin' });
  await ok('/v0/projects/widgets/collaborators', { team: 'widgets-team', policy: 'admin' });
  await ok('/v0/projects/widgets/collaborators', { app: 'bot-b', policy: 'read' });
  // dee's own project: dee (its owner) grants it, as a user who administers nothing.
  await api(s, sessions.dee, 'POST', '/v0/projects/diary/collaborators', { user: 'cy', policy: 'read' }, 201);
  return { users, sessions, credentials, apps };
}
