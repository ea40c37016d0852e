// Administrators: the resource servers (RFC 8707) apps may obtain tokens for with resource=.
import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { when } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import { ConfirmButton, ErrorNote, ListState, Table, TextField } from '../ui.tsx';

export function AdminResourcesPage() {
  const resources = useLoad(
    () => api.GET('/v0/admin/resources', { params: { query: { per_page: 255 } } }),
    [],
  );
  const action = useAction();
  const [identifier, setIdentifier] = useState('');
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    action.run(async () => {
      await api.POST('/v0/admin/resources', { body: { identifier: identifier.trim(), name: name.trim() } });
      setIdentifier('');
      setName('');
      resources.reload();
    });
  };
  return (
    <section aria-labelledby="resources-title">
      <h1 id="resources-title">Resource servers</h1>
      <p>
        An app asks the token endpoint for <code>resource=IDENTIFIER</code>; the token’s <code>aud</code> is
        then that server, which Latchkey’s own API refuses.
      </p>
      <ErrorNote error={action.error} />
      <ListState list={resources} what="resource servers" empty={<p>No resource servers registered.</p>}>
        {(rows) => (
          <Table caption="Resource servers">
            <thead>
              <tr>
                <th>Name</th>
                <th>Identifier</th>
                <th>Registered</th>
                <th>Actions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.uuid}>
                  <td>{row.name}</td>
                  <td>
                    <code>{row.identifier}</code>
                  </td>
                  <td>{when(row.creation)}</td>
                  <td>
                    <ConfirmButton
                      label="Remove"
                      danger
                      title={`Remove ${row.name}?`}
                      consequence={
                        <p>No new token is issued for it; tokens already issued expire as usual.</p>
                      }
                      confirmLabel="Remove"
                      onConfirm={() =>
                        action.run(async () => {
                          await api.DELETE('/v0/admin/resources/{resource}', {
                            params: { path: { resource: row.uuid } },
                          });
                          resources.reload();
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
      <form className="card" onSubmit={submit}>
        <h2>Register a resource server</h2>
        <TextField
          label="Identifier"
          hint="An absolute URI without a fragment, e.g. https://orders.example.com"
          value={identifier}
          onChange={setIdentifier}
          required
        />
        <TextField label="Name" value={name} onChange={setName} required />
        <button type="submit" disabled={action.busy}>
          Register
        </button>
      </form>
    </section>
  );
}
