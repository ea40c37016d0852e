// Administrators: users — create, suspend / unsuspend (every credential refused at once), developer, rate limit,
// and each one's offboarding (what they used lately, and moving their keys to apps).

import type { paths } from '@latchkey/sdk/contract';
import { type FormEvent, useState } from 'react';
import { api, ok } from '../api.ts';
import { when } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import { Link } from '../router.tsx';
import type { User } from '../session.ts';
import { ConfirmButton, Dialog, ErrorNote, ListState, Pager, Table, TextField } from '../ui.tsx';
import { LinkDialog, type PasswordLink, UserLinkButtons } from './admin-user-links.tsx';

type UserChange = NonNullable<
  paths['/v0/users/{user}']['patch']['requestBody']
>['content']['application/json'];
const updateUser = (user: User, body: UserChange) =>
  api.PATCH('/v0/users/{user}', { params: { path: { user: user.uuid } }, body });

const PER_PAGE = 20;

export function AdminUsersPage() {
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [limiting, setLimiting] = useState<User | undefined>();
  const change = useAction();
  const users = useLoad(
    () => api.GET('/v0/users', { params: { query: { page, per_page: PER_PAGE, search } } }),
    [page, search],
  );
  const update = (user: User, body: UserChange) =>
    change.run(async () => {
      await updateUser(user, body);
      users.reload();
    });

  return (
    <section aria-labelledby="users-title">
      <div className="title-row">
        <h1 id="users-title">Users</h1>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          Create user
        </button>
      </div>
      <TextField
        label="Search users"
        type="search"
        value={search}
        onChange={(value) => {
          setSearch(value);
          setPage(1);
        }}
      />
      <ErrorNote error={change.error} />
      <ListState list={users} what="users" empty={<p>No user matches.</p>}>
        {(rows) => (
          <Table caption="Users">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Status</th>
                <th scope="col">Developer</th>
                <th scope="col">Rate limit</th>
                <th scope="col">Created</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((user) => (
                <tr key={user.uuid}>
                  <td>
                    {user.name} <span className="muted">({user.slug})</span>
                    {user.admin && <span className="badge">admin</span>}
                  </td>
                  <td>{user.email}</td>
                  <td>{user.suspended ? <span className="badge bad">suspended</span> : 'active'}</td>
                  <td>
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={user.developer}
                        onChange={(event) => void update(user, { developer: event.target.checked })}
                      />
                      <span className="visually-hidden">Developer: {user.name}</span>
                      {user.developer ? 'yes' : 'no'}
                    </label>
                  </td>
                  <td>
                    {user.rate_limit && !user.rate_limit.default
                      ? `${user.rate_limit.per_second}/s, burst ${user.rate_limit.burst}`
                      : 'default'}{' '}
                    <button type="button" onClick={() => setLimiting(user)}>
                      Change
                    </button>
                  </td>
                  <td>{when(user.creation)}</td>
                  <td className="row-actions">
                    {user.suspended ? (
                      <ConfirmButton
                        label="Unsuspend"
                        title={`Unsuspend ${user.name}?`}
                        consequence={
                          <p>
                            Their API keys work again at once (no new keys needed) and they may sign in.
                            Sessions ended by the suspension stay ended.
                          </p>
                        }
                        confirmLabel="Unsuspend"
                        onConfirm={() => update(user, { suspended: false })}
                      />
                    ) : (
                      <ConfirmButton
                        label="Suspend"
                        danger
                        title={`Suspend ${user.name}?`}
                        consequence={
                          <p>
                            Every credential of {user.email} is refused at once — sessions, API keys and
                            session keys — and they cannot sign in until unsuspended.
                          </p>
                        }
                        confirmLabel="Suspend user"
                        onConfirm={() => update(user, { suspended: true })}
                      />
                    )}
                    <UserLinkButtons user={user} run={change.run} />
                    <Link to={`/admin/users/${encodeURIComponent(user.slug)}/offboarding`}>Offboarding</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </ListState>
      <Pager page={page} perPage={PER_PAGE} total={users.total} onPage={setPage} />
      {creating && (
        <CreateUserDialog
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            users.reload();
          }}
        />
      )}
      {limiting && (
        <RateLimitDialog
          user={limiting}
          onClose={() => setLimiting(undefined)}
          onDone={() => {
            setLimiting(undefined);
            users.reload();
          }}
        />
      )}
    </section>
  );
}

function CreateUserDialog(props: { onClose: () => void; onCreated: () => void }) {
  const [form, setForm] = useState({ name: '', email: '', password: '', admin: false });
  const [invitation, setInvitation] = useState<PasswordLink | undefined>();
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      // No password: the user is invited to choose one.
      const body = form.password === '' ? { ...form, password: undefined } : form;
      const created = await ok(api.POST('/v0/users', { body }));
      if (created.invitation) setInvitation(created.invitation);
      else props.onCreated();
    });
  };
  if (invitation) return <LinkDialog link={invitation} email={form.email} onClose={props.onCreated} />;
  const text = (field: 'name' | 'email' | 'password', label: string, type = 'text', hint?: string) => (
    <TextField
      label={label}
      hint={hint}
      type={type}
      required={field !== 'password'}
      autoComplete="off"
      value={form[field]}
      onChange={(value) => setForm({ ...form, [field]: value })}
    />
  );
  return (
    <Dialog title="Create a user" onClose={props.onClose}>
      <form onSubmit={submit}>
        {text('name', 'Name')}
        {text('email', 'Email', 'email')}
        {text(
          'password',
          'Initial password (optional)',
          'password',
          'Leave empty to get a one-time invitation link where they choose their own.',
        )}
        <label className="check">
          <input
            type="checkbox"
            checked={form.admin}
            onChange={(event) => setForm({ ...form, admin: event.target.checked })}
          />
          Administrator
        </label>
        <ErrorNote error={action.error} />
        <div className="actions">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={action.busy}>
            Create user
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function RateLimitDialog(props: { user: User; onClose: () => void; onDone: () => void }) {
  const limit = props.user.rate_limit;
  const [perSecond, setPerSecond] = useState(String(limit?.per_second ?? 100));
  const [burst, setBurst] = useState(String(limit?.burst ?? 200));
  const action = useAction();
  const save = (body: UserChange) =>
    action.run(async () => {
      await updateUser(props.user, body);
      props.onDone();
    });
  return (
    <Dialog title={`Rate limit of ${props.user.name}`} onClose={props.onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save({ rate_limit: { per_second: Number(perSecond), burst: Number(burst) } });
        }}
      >
        <TextField
          label="Requests a second"
          type="number"
          min={1}
          value={perSecond}
          onChange={setPerSecond}
        />
        <TextField
          label="Burst"
          hint="The most requests at once."
          type="number"
          min={1}
          value={burst}
          onChange={setBurst}
        />
        <ErrorNote error={action.error} />
        <div className="actions">
          <button type="button" onClick={() => void save({ rate_limit: null })}>
            Restore the default
          </button>
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={action.busy}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
