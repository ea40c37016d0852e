// A project's collaborators (orgs, teams, users, apps) with their policies: add, change, remove.
import { type FormEvent, useState } from 'react';
import { api, type Schemas } from '../api.ts';
import { useAction, useLoad } from '../hooks.ts';
import { ConfirmButton, Dialog, ErrorNote, Field, ListState, Table, TextField } from '../ui.tsx';

type Kind = 'user' | 'app' | 'team' | 'org';

export function CollaboratorsDialog({
  project,
  onClose,
}: {
  project: Schemas['Project'];
  onClose: () => void;
}) {
  const path = { project: project.uuid };
  const list = useLoad(
    () => api.GET('/v0/projects/{project}/collaborators', { params: { path, query: { per_page: 255 } } }),
    [project.uuid],
  );
  const change = useAction();
  const [kind, setKind] = useState<Kind>('user');
  const [ref, setRef] = useState('');
  const [policy, setPolicy] = useState<'read' | 'write' | 'admin'>('read');
  const add = (event: FormEvent) => {
    event.preventDefault();
    void change.run(async () => {
      await api.POST('/v0/projects/{project}/collaborators', {
        params: { path },
        body: { [kind]: ref.trim(), policy },
      });
      setRef('');
      list.reload();
    });
  };
  return (
    <Dialog title={`Collaborators of ${project.name}`} onClose={onClose} wide>
      <ListState list={list} what="collaborators" empty={<p>No collaborators: only the owner reaches it.</p>}>
        {(rows) => (
          <Table caption="Collaborators">
            <thead>
              <tr>
                <th scope="col">Who</th>
                <th scope="col">Kind</th>
                <th scope="col">Policy</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((entry) => (
                <tr key={entry.uuid}>
                  <td>
                    {entry.grantee.name} <span className="muted">({entry.grantee.slug})</span>
                  </td>
                  <td>{entry.type}</td>
                  <td>{entry.policy}</td>
                  <td>
                    <ConfirmButton
                      label="Remove"
                      danger
                      title={`Remove ${entry.grantee.name}?`}
                      consequence={<p>Their access through this grant ends with their next request.</p>}
                      confirmLabel="Remove"
                      onConfirm={() =>
                        change.run(async () => {
                          await api.DELETE('/v0/projects/{project}/collaborators/{id}', {
                            params: { path: { ...path, id: entry.uuid } },
                          });
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
      <form className="inline" onSubmit={add}>
        <Field label="Kind">
          {(id) => (
            <select id={id} value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
              <option value="user">User</option>
              <option value="app">App</option>
              <option value="team">Team</option>
              <option value="org">Org</option>
            </select>
          )}
        </Field>
        <TextField label="Slug or UUID" required value={ref} onChange={setRef} />
        <Field label="Policy">
          {(id) => (
            <select
              id={id}
              value={policy}
              onChange={(event) => setPolicy(event.target.value as 'read' | 'write' | 'admin')}
            >
              <option value="read">read</option>
              <option value="write">write</option>
              <option value="admin">admin</option>
            </select>
          )}
        </Field>
        <button type="submit" disabled={change.busy}>
          Add or change policy
        </button>
      </form>
      <ErrorNote error={change.error} />
      <div className="actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
