// Administrators: before a user leaves, the credentials they used in the last 30 days, and moving a key an
// integration still depends on to an app (the same secret then authenticates as the app, and outlives the user).
import type { paths } from '@latchkey/sdk/contract';
import { useState } from 'react';
import { api, ok } from '../api.ts';
import { when } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import { Link } from '../router.tsx';
import { Dialog, Empty, ErrorNote, Field, ListState, Loading, Notice, Table } from '../ui.tsx';

type Offboarding =
  paths['/v0/users/{user}/offboarding']['get']['responses'][200]['content']['application/json'];
type Used = Offboarding['credentials'][number];

const KINDS: Record<Used['kind'], string> = {
  user_key: 'API key',
  session_key: 'Session key',
  app: 'App they created',
};

export function AdminOffboardingPage({ user }: { user: string }) {
  const used = useLoad(() => api.GET('/v0/users/{user}/offboarding', { params: { path: { user } } }), [user]);
  const [moving, setMoving] = useState<Used | undefined>();
  const [moved, setMoved] = useState<string | undefined>();
  const data = used.data;
  return (
    <section aria-labelledby="offboarding-title">
      <p>
        <Link to="/admin/users">← Users</Link>
      </p>
      <h1 id="offboarding-title">Offboarding{data ? `: ${data.user.email}` : ''}</h1>
      <p className="muted">
        The credentials this user used in the last 30 days. Suspending or deleting the user ends their API
        keys and session keys: move a key an integration still depends on to an app first.
      </p>
      {moved && <Notice>{moved}</Notice>}
      <ListState
        list={{ ...used, data: data?.credentials }}
        what="their credentials"
        empty={
          <Empty title="Nothing used in the last 30 days.">
            No API key, session key or app of theirs was used since {when(data?.since)}.
          </Empty>
        }
      >
        {(rows) => (
          <Table caption="Credentials used in the last 30 days">
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Name</th>
                <th scope="col">Start</th>
                <th scope="col">Requests</th>
                <th scope="col">Last used</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((credential) => (
                <tr key={credential.uuid}>
                  <td>{KINDS[credential.kind]}</td>
                  <td>{credential.name}</td>
                  <td>{credential.start ? <code>{credential.start}…</code> : '—'}</td>
                  <td>{credential.requests}</td>
                  <td>{when(credential.last_used)}</td>
                  <td className="row-actions">
                    {credential.kind === 'user_key' && (
                      <button type="button" onClick={() => setMoving(credential)}>
                        Transfer to an app
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </ListState>
      {moving && data && (
        <TransferDialog
          user={user}
          email={data.user.email}
          credential={moving}
          onClose={() => setMoving(undefined)}
          onMoved={(message) => {
            setMoving(undefined);
            setMoved(message);
            used.reload();
          }}
        />
      )}
    </section>
  );
}

/** Picks the app and says what moving does; the server's refusal (restrictions the app cannot satisfy) stays here. */
function TransferDialog(props: {
  user: string;
  email: string;
  credential: Used;
  onClose: () => void;
  onMoved: (message: string) => void;
}) {
  const apps = useLoad(() => api.GET('/v0/apps', { params: { query: { per_page: 100, sort: 'name' } } }), []);
  const active = (apps.data ?? []).filter((app) => app.status === 'active');
  const [picked, setPicked] = useState('');
  const app = active.find((candidate) => candidate.uuid === picked) ?? active[0];
  const action = useAction();
  const { credential } = props;
  const transfer = () =>
    void action.run(async () => {
      if (!app) return;
      const done = await ok(
        api.POST('/v0/users/{user}/keys/{key}/transfer', {
          params: { path: { user: props.user, key: credential.uuid } },
          body: { app: app.uuid },
        }),
      );
      props.onMoved(`Moved ${done.key.name} to ${done.app.name}: it now authenticates as the app.`);
    });
  return (
    <Dialog title={`Transfer ${credential.name} to an app?`} onClose={props.onClose}>
      {apps.loading && <Loading what="apps" />}
      <ErrorNote error={apps.error} />
      {apps.data && active.length === 0 && <p>There is no active app to move it to: create one first.</p>}
      {app && (
        <>
          <Field label="App">
            {(id) => (
              <select id={id} value={app.uuid} onChange={(event) => setPicked(event.target.value)}>
                {active.map((candidate) => (
                  <option key={candidate.uuid} value={candidate.uuid}>
                    {candidate.name} ({candidate.slug})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <p>
            The same secret <code>{credential.start}…</code> then authenticates as {app.name}, with the app's
            access, rate limit, allowed addresses and usage limit, still held to the key's own restrictions.
            It no longer ends when {props.email} is suspended or deleted, and the audit log records that you
            moved it.
          </p>
        </>
      )}
      <ErrorNote error={action.error} />
      <div className="actions">
        <button type="button" onClick={props.onClose}>
          Cancel
        </button>
        <button type="button" className="danger" disabled={!app || action.busy} onClick={transfer}>
          Transfer key
        </button>
      </div>
    </Dialog>
  );
}
