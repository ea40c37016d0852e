// Members of an org or a team (users and apps, Benchling's "APPS" tab too): list, add or change role, remove.
import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { useAction, useLoad } from '../hooks.ts';
import { ConfirmButton, ErrorNote, Field, ListState, Table, TextField } from '../ui.tsx';

/** Whose members: an org's or a team's. */
export type MembersOf = { org: string } | { team: string };

const listMembers = (owner: MembersOf) =>
  'org' in owner
    ? api.GET('/v0/orgs/{org}/members', { params: { path: owner, query: { per_page: 255 } } })
    : api.GET('/v0/teams/{team}/members', { params: { path: owner, query: { per_page: 255 } } });

const addMember = (owner: MembersOf, body: { user?: string; app?: string; role: 'member' | 'admin' }) =>
  'org' in owner
    ? api.POST('/v0/orgs/{org}/members', { params: { path: owner }, body })
    : api.POST('/v0/teams/{team}/members', { params: { path: owner }, body });

const removeMember = (owner: MembersOf, id: string) =>
  'org' in owner
    ? api.DELETE('/v0/orgs/{org}/members/{id}', { params: { path: { ...owner, id } } })
    : api.DELETE('/v0/teams/{team}/members/{id}', { params: { path: { ...owner, id } } });

export function MembersPanel({ owner, title }: { owner: MembersOf; title: string }) {
  const members = useLoad(() => listMembers(owner), [JSON.stringify(owner)]);
  const change = useAction();
  const [kind, setKind] = useState<'user' | 'app'>('user');
  const [ref, setRef] = useState('');
  const [role, setRole] = useState<'member' | 'admin'>('member');
  const add = (event: FormEvent) => {
    event.preventDefault();
    void change.run(async () => {
      await addMember(owner, { [kind]: ref.trim(), role });
      setRef('');
      members.reload();
    });
  };
  return (
    <div className="card">
      <h3>{title}</h3>
      <ListState list={members} what="members" empty={<p>No members.</p>}>
        {(rows) => (
          <Table caption={title}>
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Kind</th>
                <th scope="col">Role</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((member) => (
                <tr key={member.uuid}>
                  <td>
                    {member.name} <span className="muted">({member.slug})</span>
                  </td>
                  <td>{member.type}</td>
                  <td>{member.role}</td>
                  <td>
                    <ConfirmButton
                      label="Remove"
                      danger
                      title={`Remove ${member.name}?`}
                      consequence={<p>The grants they had through this membership end with it.</p>}
                      confirmLabel="Remove"
                      onConfirm={() =>
                        change.run(async () => {
                          await removeMember(owner, member.uuid);
                          members.reload();
                        })
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </ListState>
      <form className="inline" onSubmit={add}>
        <Field label="Kind">
          {(id) => (
            <select id={id} value={kind} onChange={(event) => setKind(event.target.value as 'user' | 'app')}>
              <option value="user">User</option>
              <option value="app">App</option>
            </select>
          )}
        </Field>
        <TextField
          label={kind === 'user' ? 'User (slug or UUID)' : 'App (slug, UUID or client id)'}
          required
          value={ref}
          onChange={setRef}
        />
        <Field label="Role">
          {(id) => (
            <select
              id={id}
              value={role}
              onChange={(event) => setRole(event.target.value as 'member' | 'admin')}
            >
              <option value="member">member</option>
              <option value="admin">admin</option>
            </select>
          )}
        </Field>
        <button type="submit" disabled={change.busy}>
          Add or change role
        </button>
      </form>
      <ErrorNote error={change.error} />
    </div>
  );
}
