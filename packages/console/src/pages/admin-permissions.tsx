// The permission catalogue (administrators): list, add, change a description, and delete, where a
// permission still granted is refused with where, and can then be removed everywhere on confirmation.
import { type FormEvent, useState } from 'react';
import { ApiFailure, api, type Schemas } from '../api.ts';
import { when } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import { Dialog, Empty, ErrorNote, Field, ListState, Notice, Table, TextField } from '../ui.tsx';

type Permission = Schemas['Permission'];

const save = (name: string, description: string) =>
  api.PUT('/v0/admin/permissions/{name}', { params: { path: { name } }, body: { description } });

export function AdminPermissionsPage() {
  const list = useLoad(() => api.GET('/v0/admin/permissions'), []);
  const [editing, setEditing] = useState<Permission | undefined>();
  const [deleting, setDeleting] = useState<Permission | undefined>();
  const [done, setDone] = useState<string | undefined>();
  return (
    <section aria-labelledby="permissions-title">
      <h1 id="permissions-title">Permissions</h1>
      <p className="muted">
        What the platform lets a credential do, in its own words (<code>resource:action</code>). Roles group
        them; keys and apps carry a subset; the platform asks <code>/v0/auth/verify?permission=…</code>.
      </p>
      <AddPermission
        onAdded={(name) => {
          setDone(`Permission ${name} saved.`);
          list.reload();
        }}
      />
      {done && <Notice>{done}</Notice>}
      <ListState
        list={list}
        what="permissions"
        empty={
          <Empty
            title="No permissions yet."
            docs={{ tag: 'permissions', label: 'Permissions in the API documentation' }}
          >
            Define the actions your platform checks, such as <code>runs:read</code> or{' '}
            <code>results:upload</code>, then group them into roles and assign those roles.
          </Empty>
        }
      >
        {(rows) => (
          <Table caption="The permission catalogue">
            <thead>
              <tr>
                <th scope="col">Permission</th>
                <th scope="col">Description</th>
                <th scope="col">Changed</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((permission) => (
                <tr key={permission.name}>
                  <td>
                    <code>{permission.name}</code>
                  </td>
                  <td>{permission.description || <span className="muted">no description</span>}</td>
                  <td>{when(permission.updated)}</td>
                  <td className="row-actions">
                    <button type="button" onClick={() => setEditing(permission)}>
                      Edit
                    </button>
                    <button type="button" className="danger" onClick={() => setDeleting(permission)}>
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </ListState>
      {editing && (
        <EditDialog
          permission={editing}
          onClose={() => setEditing(undefined)}
          onDone={() => {
            setEditing(undefined);
            setDone(`Permission ${editing.name} saved.`);
            list.reload();
          }}
        />
      )}
      {deleting && (
        <DeleteDialog
          permission={deleting}
          onClose={() => setDeleting(undefined)}
          onDone={(forced) => {
            setDeleting(undefined);
            setDone(
              forced
                ? `Permission ${deleting.name} removed from every role and key, and deleted.`
                : `Permission ${deleting.name} deleted.`,
            );
            list.reload();
          }}
        />
      )}
    </section>
  );
}

function AddPermission({ onAdded }: { onAdded: (name: string) => void }) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await save(name.trim(), description);
      onAdded(name.trim());
      setName('');
      setDescription('');
    });
  };
  return (
    <form className="inline card" onSubmit={submit} aria-label="Add a permission">
      <TextField
        label="New permission"
        placeholder="resource:action"
        title="resource:action: lowercase letters, digits, - and _, one colon (runs:read)"
        required
        maxLength={129}
        pattern="[a-z0-9_\-]+:[a-z0-9_\-]+"
        value={name}
        onChange={setName}
      />
      <TextField
        label="Description"
        maxLength={1000}
        size={36}
        value={description}
        onChange={setDescription}
      />
      <button type="submit" className="primary" disabled={action.busy}>
        Add permission
      </button>
      <ErrorNote error={action.error} />
    </form>
  );
}

function EditDialog(props: { permission: Permission; onClose: () => void; onDone: () => void }) {
  const [description, setDescription] = useState(props.permission.description);
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await save(props.permission.name, description);
      props.onDone();
    });
  };
  return (
    <Dialog title={`Edit ${props.permission.name}`} onClose={props.onClose}>
      <form onSubmit={submit}>
        <Field label="Description" hint="What a credential holding it may do.">
          {(id) => (
            <textarea
              id={id}
              rows={3}
              maxLength={1000}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          )}
        </Field>
        <ErrorNote error={action.error} />
        <div className="actions">
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

/** Delete asks first; a 409 (still granted) shows where, and offers to remove it everywhere. */
function DeleteDialog(props: {
  permission: Permission;
  onClose: () => void;
  onDone: (forced: boolean) => void;
}) {
  const [granted, setGranted] = useState<string | undefined>();
  const action = useAction();
  const remove = (force: boolean) =>
    void action.run(async () => {
      try {
        await api.DELETE('/v0/admin/permissions/{name}', {
          params: { path: { name: props.permission.name }, query: force ? { force: true } : {} },
        });
        props.onDone(force);
      } catch (failure) {
        if (failure instanceof ApiFailure && failure.status === 409) setGranted(failure.message);
        else throw failure;
      }
    });
  return (
    <Dialog title={`Delete ${props.permission.name}?`} onClose={props.onClose}>
      {granted === undefined ? (
        <p>
          Credentials checked for <code>{props.permission.name}</code> are refused from now on.
        </p>
      ) : (
        <>
          <p className="warning" role="alert">
            {granted}
          </p>
          <p>
            Deleting it anyway removes it from each of those roles and keys (each removal is in the audit
            log), then deletes it.
          </p>
        </>
      )}
      <ErrorNote error={action.error} />
      <div className="actions">
        <button type="button" onClick={props.onClose}>
          Cancel
        </button>
        {granted === undefined ? (
          <button type="button" className="danger" disabled={action.busy} onClick={() => remove(false)}>
            Delete permission
          </button>
        ) : (
          <button type="button" className="danger" disabled={action.busy} onClick={() => remove(true)}>
            Remove everywhere and delete
          </button>
        )}
      </div>
    </Dialog>
  );
}
