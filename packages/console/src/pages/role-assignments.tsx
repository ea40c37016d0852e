// Role assignments at one scope (the tenant, an org or a project): list, assign to a user, team, org
// or app, and remove. Tenant administrators define the roles; the scope's admins assign them.
import { type FormEvent, useState } from 'react';
import { del, get, put } from '../api.ts';
import { when } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import { useSession } from '../session.ts';
import type { GranteeType, Role, RoleAssignment } from '../types.ts';
import { ConfirmButton, ErrorNote, Field, Loading, Table } from '../ui.tsx';

const GRANTEE_PATHS: Record<GranteeType, string> = {
  user: '/v0/users',
  app: '/v0/apps',
  team: '/v0/teams',
  org: '/v0/orgs',
};

/** A grantee by name where the viewer may look it up (administrators, or themselves); else its UUID. */
function Grantee({ grantee }: { grantee: RoleAssignment['grantee'] }) {
  const { user } = useSession();
  const mayLook = user.admin || (grantee.type === 'user' && grantee.uuid === user.uuid);
  const found = useLoad(
    () =>
      mayLook
        ? get<{ name: string; slug: string }>(`${GRANTEE_PATHS[grantee.type]}/${grantee.uuid}`)
        : Promise.resolve({ data: undefined, total: undefined }),
    [grantee.uuid, mayLook],
  );
  if (found.data)
    return (
      <>
        {found.data.name} <span className="muted">({found.data.slug})</span>
      </>
    );
  return <code title={grantee.uuid}>{grantee.uuid}</code>;
}

export function RoleAssignmentsPanel(props: {
  /** The collection: /v0/admin/roles/{role}/assignments, /v0/orgs/{org}/roles or /v0/projects/{project}/roles. */
  path: string;
  title: string;
  /** The tenant scope names the role in its path. */
  role?: string;
}) {
  const { user } = useSession();
  const list = useLoad(() => get<RoleAssignment[]>(props.path), [props.path]);
  // Only administrators may list the roles; anyone else types the role's name.
  const roles = useLoad(
    () =>
      user.admin && props.role === undefined
        ? get<Role[]>('/v0/admin/roles')
        : Promise.resolve({ data: undefined, total: undefined }),
    [user.admin, props.role],
  );
  const change = useAction();
  const [role, setRole] = useState('');
  const [kind, setKind] = useState<GranteeType>('user');
  const [ref, setRef] = useState('');
  const chosenRole = role || roles.data?.[0]?.name || '';
  const assign = (event: FormEvent) => {
    event.preventDefault();
    void change.run(async () => {
      await put(props.path, {
        ...(props.role === undefined ? { role: chosenRole.trim() } : {}),
        [kind]: ref.trim(),
      });
      setRef('');
      list.reload();
    });
  };
  return (
    <div className="card">
      <h3>{props.title}</h3>
      {list.loading && <Loading what="role assignments" />}
      <ErrorNote error={list.error} />
      {list.data && list.data.length === 0 && <p className="muted">No role is assigned here.</p>}
      {list.data && list.data.length > 0 && (
        <Table caption={props.title}>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Given to</th>
              <th scope="col">Kind</th>
              <th scope="col">Since</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((entry) => (
              <tr key={entry.uuid}>
                <td>{entry.role}</td>
                <td>
                  <Grantee grantee={entry.grantee} />
                </td>
                <td>{entry.grantee.type}</td>
                <td>{when(entry.creation)}</td>
                <td>
                  <ConfirmButton
                    label="Remove"
                    danger
                    title={`Remove the role ${entry.role}?`}
                    consequence={
                      <p>
                        The {entry.grantee.type} no longer holds the permissions of {entry.role} through this
                        assignment, from its next request on.
                      </p>
                    }
                    confirmLabel="Remove"
                    onConfirm={() =>
                      change.run(async () => {
                        await del(`${props.path}/${entry.uuid}`);
                        list.reload();
                      })
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <form className="inline" onSubmit={assign} aria-label="Assign a role">
        {props.role === undefined &&
          (roles.data ? (
            <Field label="Role">
              {(id) => (
                <select id={id} value={chosenRole} onChange={(event) => setRole(event.target.value)}>
                  {roles.data?.map((candidate) => (
                    <option key={candidate.name} value={candidate.name}>
                      {candidate.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : (
            <Field label="Role">
              {(id) => (
                <input id={id} required value={role} onChange={(event) => setRole(event.target.value)} />
              )}
            </Field>
          ))}
        <Field label="Give to">
          {(id) => (
            <select id={id} value={kind} onChange={(event) => setKind(event.target.value as GranteeType)}>
              <option value="user">User</option>
              <option value="team">Team</option>
              <option value="org">Org</option>
              <option value="app">App</option>
            </select>
          )}
        </Field>
        <Field label="Slug or UUID">
          {(id) => <input id={id} required value={ref} onChange={(event) => setRef(event.target.value)} />}
        </Field>
        <button type="submit" disabled={change.busy || (props.role === undefined && chosenRole === '')}>
          Assign role
        </button>
      </form>
      <ErrorNote error={change.error} />
    </div>
  );
}
