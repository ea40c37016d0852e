// Role assignments at one scope (the tenant, an org or a project): list, assign to a user, team, org
// or app, and remove. Tenant administrators define the roles; the scope's admins assign them.
import { type FormEvent, useState } from 'react';
import { api, type Schemas } from '../api.ts';
import { when } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import { useSession } from '../session.ts';
import { ConfirmButton, ErrorNote, Field, ListState, Table, TextField } from '../ui.tsx';

type RoleAssignment = Schemas['RoleAssignment'];
type GranteeType = RoleAssignment['grantee']['type'];

/** Where assignments live: a tenant-wide role's own list, an org's or a project's. */
export type RoleScope = { role: string } | { org: string } | { project: string };

const listAssignments = (scope: RoleScope) =>
  'role' in scope
    ? api.GET('/v0/admin/roles/{role}/assignments', { params: { path: scope } })
    : 'org' in scope
      ? api.GET('/v0/orgs/{org}/roles', { params: { path: scope } })
      : api.GET('/v0/projects/{project}/roles', { params: { path: scope } });

/** The grantee is one of user, team, org or app, named by slug or UUID; outside the tenant scope, the role too. */
const assignRole = (scope: RoleScope, role: string, grantee: Partial<Record<GranteeType, string>>) =>
  'role' in scope
    ? api.PUT('/v0/admin/roles/{role}/assignments', { params: { path: scope }, body: grantee })
    : 'org' in scope
      ? api.PUT('/v0/orgs/{org}/roles', { params: { path: scope }, body: { role, ...grantee } })
      : api.PUT('/v0/projects/{project}/roles', { params: { path: scope }, body: { role, ...grantee } });

const unassign = (scope: RoleScope, assignment: string) =>
  'role' in scope
    ? api.DELETE('/v0/admin/roles/{role}/assignments/{assignment}', {
        params: { path: { ...scope, assignment } },
      })
    : 'org' in scope
      ? api.DELETE('/v0/orgs/{org}/roles/{assignment}', { params: { path: { ...scope, assignment } } })
      : api.DELETE('/v0/projects/{project}/roles/{assignment}', {
          params: { path: { ...scope, assignment } },
        });

function lookUp(grantee: RoleAssignment['grantee']) {
  switch (grantee.type) {
    case 'user':
      return api.GET('/v0/users/{user}', { params: { path: { user: grantee.uuid } } });
    case 'app':
      return api.GET('/v0/apps/{app}', { params: { path: { app: grantee.uuid } } });
    case 'team':
      return api.GET('/v0/teams/{team}', { params: { path: { team: grantee.uuid } } });
    case 'org':
      return api.GET('/v0/orgs/{org}', { params: { path: { org: grantee.uuid } } });
  }
}

/** A grantee by name where the viewer may look it up (administrators, or themselves); else its UUID. */
function Grantee({ grantee }: { grantee: RoleAssignment['grantee'] }) {
  const { user } = useSession();
  const mayLook = user.admin || (grantee.type === 'user' && grantee.uuid === user.uuid);
  const found = useLoad<{ name: string; slug: string }>(
    () => (mayLook ? lookUp(grantee) : undefined),
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

export function RoleAssignmentsPanel(props: { scope: RoleScope; title: string }) {
  const { user } = useSession();
  const { scope } = props;
  /** The tenant scope names the role in its path. */
  const tenantRole = 'role' in scope ? scope.role : undefined;
  const list = useLoad(() => listAssignments(scope), [JSON.stringify(scope)]);
  // Only administrators may list the roles; anyone else types the role's name.
  const roles = useLoad(
    () => (user.admin && tenantRole === undefined ? api.GET('/v0/admin/roles') : undefined),
    [user.admin, tenantRole],
  );
  const change = useAction();
  const [role, setRole] = useState('');
  const [kind, setKind] = useState<GranteeType>('user');
  const [ref, setRef] = useState('');
  const chosenRole = role || roles.data?.[0]?.name || '';
  const assign = (event: FormEvent) => {
    event.preventDefault();
    void change.run(async () => {
      await assignRole(scope, chosenRole.trim(), { [kind]: ref.trim() });
      setRef('');
      list.reload();
    });
  };
  return (
    <div className="card">
      <h3>{props.title}</h3>
      <ListState
        list={list}
        what="role assignments"
        empty={<p className="muted">No role is assigned here.</p>}
      >
        {(rows) => (
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
              {rows.map((entry) => (
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
                          The {entry.grantee.type} no longer holds the permissions of {entry.role} through
                          this assignment, from its next request on.
                        </p>
                      }
                      confirmLabel="Remove"
                      onConfirm={() =>
                        change.run(async () => {
                          await unassign(scope, entry.uuid);
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
      </ListState>
      <form className="inline" onSubmit={assign} aria-label="Assign a role">
        {tenantRole === undefined &&
          // An administrator chooses from the list (empty and disabled until it arrives); anyone else, or an
          // administrator whose list failed, types the name.
          (user.admin && roles.error === undefined ? (
            <Field label="Role">
              {(id) => (
                <select
                  id={id}
                  value={chosenRole}
                  disabled={roles.data === undefined}
                  onChange={(event) => setRole(event.target.value)}
                >
                  {roles.data?.map((candidate) => (
                    <option key={candidate.name} value={candidate.name}>
                      {candidate.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : (
            <TextField label="Role" required value={role} onChange={setRole} />
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
        <TextField label="Slug or UUID" required value={ref} onChange={setRef} />
        <button type="submit" disabled={change.busy || (tenantRole === undefined && chosenRole === '')}>
          Assign role
        </button>
      </form>
      <ErrorNote error={change.error} />
    </div>
  );
}
