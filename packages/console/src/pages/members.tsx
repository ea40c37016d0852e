// Members of an org or a team (users and apps, Benchling's "APPS" tab too): list, add or change role, remove.
import { type FormEvent, useState } from 'react';
import { del, get, post } from '../api.ts';
import { useAction, useLoad } from '../hooks.ts';
import type { Member } from '../types.ts';
import { ConfirmButton, ErrorNote, Field, Loading, Table } from '../ui.tsx';

export function MembersPanel({ path, title }: { path: string; title: string }) {
  const members = useLoad(() => get<Member[]>(`${path}/members`, { per_page: 255 }), [path]);
  const change = useAction();
  const [kind, setKind] = useState<'user' | 'app'>('user');
  const [ref, setRef] = useState('');
  const [role, setRole] = useState<'member' | 'admin'>('member');
  const add = (event: FormEvent) => {
    event.preventDefault();
    void change.run(async () => {
      await post(`${path}/members`, { [kind]: ref.trim(), role });
      setRef('');
      members.reload();
    });
  };
  return (
    <div className="card">
      <h3>{title}</h3>
      {members.loading && <Loading what="members" />}
      <ErrorNote error={members.error} />
      {members.data && members.data.length === 0 && <p>No members.</p>}
      {members.data && members.data.length > 0 && (
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
            {members.data.map((member) => (
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
                        await del(`${path}/members/${member.uuid}`);
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
      <form className="inline" onSubmit={add}>
        <Field label="Kind">
          {(id) => (
            <select id={id} value={kind} onChange={(event) => setKind(event.target.value as 'user' | 'app')}>
              <option value="user">User</option>
              <option value="app">App</option>
            </select>
          )}
        </Field>
        <Field label={kind === 'user' ? 'User (slug or UUID)' : 'App (slug, UUID or client id)'}>
          {(id) => <input id={id} required value={ref} onChange={(event) => setRef(event.target.value)} />}
        </Field>
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
