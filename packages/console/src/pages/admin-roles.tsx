// Roles (administrators): named sets of permissions, wildcards allowed; create, edit, delete, and their
// tenant-wide assignments.
import { type FormEvent, useState } from 'react';
import { api, type Schemas } from '../api.ts';
import { useAction, useLoad } from '../hooks.ts';
import { ConfirmButton, Dialog, Empty, ErrorNote, ListState, Notice, Table, TextField } from '../ui.tsx';
import { PermissionPicker } from './permission-picker.tsx';
import { RoleAssignmentsPanel } from './role-assignments.tsx';

type Permission = Schemas['Permission'];
type Role = Schemas['Role'];

const ROLE_NAME = '[a-z0-9][a-z0-9_\\-]{0,63}';

export function AdminRolesPage() {
  const roles = useLoad(() => api.GET('/v0/admin/roles'), []);
  const catalogue = useLoad(() => api.GET('/v0/admin/permissions'), []);
  const [editing, setEditing] = useState<Role | 'new' | undefined>();
  const [assigning, setAssigning] = useState<Role | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const remove = useAction();
  return (
    <section aria-labelledby="roles-title">
      <div className="title-row">
        <h1 id="roles-title">Roles</h1>
        <button type="button" className="primary" onClick={() => setEditing('new')}>
          Create role
        </button>
      </div>
      <p className="muted">
        A role is a named set of permissions. Assign it to a user, team, org or app for the whole tenant here,
        or on one org or project from its page; a principal holds the union of its roles.
      </p>
      {done && <Notice>{done}</Notice>}
      <ErrorNote error={remove.error} />
      <ListState
        list={roles}
        what="roles"
        empty={
          <Empty title="No roles yet." docs={{ tag: 'permissions', label: 'Roles in the API documentation' }}>
            Group permissions into a role (for example <code>results-writer</code> with <code>results:*</code>
            ), then assign it where it applies.
          </Empty>
        }
      >
        {(rows) => (
          <Table caption="Roles">
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col">Description</th>
                <th scope="col">Permissions</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((role) => (
                <tr key={role.name}>
                  <td>
                    <strong>{role.name}</strong>
                  </td>
                  <td>{role.description || <span className="muted">no description</span>}</td>
                  <td>
                    <ul className="chips">
                      {role.permissions.map((permission) => (
                        <li key={permission}>
                          <code>{permission}</code>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="row-actions">
                    <button type="button" onClick={() => setEditing(role)}>
                      Edit
                    </button>
                    <button type="button" onClick={() => setAssigning(role)}>
                      Assignments
                    </button>
                    <ConfirmButton
                      label="Delete"
                      danger
                      title={`Delete the role ${role.name}?`}
                      consequence={
                        <p>
                          Its assignments at every scope go with it: whoever held its permissions only through
                          it loses them from their next request on.
                        </p>
                      }
                      confirmLabel="Delete role"
                      onConfirm={() =>
                        remove.run(async () => {
                          await api.DELETE('/v0/admin/roles/{role}', {
                            params: { path: { role: role.name } },
                          });
                          setDone(`Role ${role.name} deleted.`);
                          roles.reload();
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
      {editing && (
        <RoleDialog
          role={editing === 'new' ? undefined : editing}
          catalogue={catalogue.data ?? []}
          onClose={() => setEditing(undefined)}
          onDone={(name) => {
            setEditing(undefined);
            setDone(`Role ${name} saved.`);
            roles.reload();
          }}
        />
      )}
      {assigning && (
        <Dialog
          title={`Tenant-wide assignments of ${assigning.name}`}
          onClose={() => setAssigning(undefined)}
          wide
        >
          <RoleAssignmentsPanel scope={{ role: assigning.name }} title="Given everywhere in the tenant" />
          <div className="actions">
            <button type="button" onClick={() => setAssigning(undefined)}>
              Close
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}

function RoleDialog(props: {
  role: Role | undefined;
  catalogue: Permission[];
  onClose: () => void;
  onDone: (name: string) => void;
}) {
  const [name, setName] = useState(props.role?.name ?? '');
  const [description, setDescription] = useState(props.role?.description ?? '');
  const [permissions, setPermissions] = useState<string[]>(props.role?.permissions ?? []);
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await api.PUT('/v0/admin/roles/{role}', {
        params: { path: { role: name.trim() } },
        body: { description, permissions },
      });
      props.onDone(name.trim());
    });
  };
  return (
    <Dialog
      title={props.role ? `Edit the role ${props.role.name}` : 'Create a role'}
      onClose={props.onClose}
      wide
    >
      <form onSubmit={submit}>
        {!props.role && (
          <TextField
            label="Name"
            hint="Lowercase letters, digits, - and _, e.g. results-writer."
            required
            maxLength={64}
            pattern={ROLE_NAME}
            value={name}
            onChange={setName}
          />
        )}
        <TextField label="Description" maxLength={1000} value={description} onChange={setDescription} />
        {props.catalogue.length === 0 ? (
          <p className="warning">The catalogue is empty: add permissions on the Permissions page first.</p>
        ) : (
          <PermissionPicker
            label="Permissions"
            permissions={props.catalogue}
            value={permissions}
            onChange={setPermissions}
            wildcards
          />
        )}
        <ErrorNote error={action.error} />
        <div className="actions">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={action.busy}>
            {props.role ? 'Save role' : 'Create role'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
