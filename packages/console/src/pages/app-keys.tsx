// An app's public keys for private_key_jwt: list the registrations, add a JWKS (inline or by URL), remove one.
import { type FormEvent, useState } from 'react';
import { api } from '../api.ts';
import { when } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import { ConfirmButton, ErrorNote, Field, ListState, Table, TextField } from '../ui.tsx';

export function AppKeysCard({ app, manage }: { app: string; manage: boolean }) {
  const keys = useLoad(() => api.GET('/v0/apps/{app}/public-keys', { params: { path: { app } } }), [app]);
  const action = useAction();
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = value.trim();
    action.run(async () => {
      let source: { jwks_uri: string } | { jwks: { keys: Record<string, unknown>[] } };
      if (/^https?:\/\//.test(text)) source = { jwks_uri: text };
      else {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          throw new Error('Paste a JWK Set ({"keys": [...]}) or the https URL where it is published.');
        }
        // The server checks the set and names what is wrong with it.
        source = { jwks: parsed as { keys: Record<string, unknown>[] } };
      }
      await api.POST('/v0/apps/{app}/public-keys', {
        params: { path: { app } },
        body: { ...source, ...(name.trim() ? { name: name.trim() } : {}) },
      });
      setName('');
      setValue('');
      keys.reload();
    });
  };
  return (
    <div className="card">
      <h2>Public keys (private_key_jwt)</h2>
      <p>The app signs a client assertion with its private key instead of sending a client secret.</p>
      <ErrorNote error={action.error} />
      <ListState list={keys} what="public keys" empty={<p>No keys registered.</p>}>
        {(rows) => (
          <Table caption="Registered public keys">
            <thead>
              <tr>
                <th>Name</th>
                <th>Keys</th>
                <th>Added</th>
                {manage && <th>Actions</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.uuid}>
                  <td>{row.name}</td>
                  <td>
                    {row.jwks_uri ? (
                      <code>{row.jwks_uri}</code>
                    ) : (
                      row.keys.map((key) => `${key.kid ?? '(no kid)'} ${key.alg ?? key.kty}`).join(', ')
                    )}
                  </td>
                  <td>{when(row.creation)}</td>
                  {manage && (
                    <td>
                      <ConfirmButton
                        label="Remove"
                        danger
                        title={`Remove ${row.name}?`}
                        consequence={<p>Assertions signed with these keys are refused at once.</p>}
                        confirmLabel="Remove"
                        onConfirm={() =>
                          action.run(async () => {
                            await api.DELETE('/v0/apps/{app}/public-keys/{key}', {
                              params: { path: { app, key: row.uuid } },
                            });
                            keys.reload();
                          })
                        }
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </ListState>
      {manage && (
        <form onSubmit={submit}>
          <TextField label="Name" value={name} onChange={setName} />
          <Field label="JWKS or its URL" hint="Public keys only: ES256 (P-256), RS256 or EdDSA (Ed25519).">
            {(id) => (
              <textarea id={id} rows={4} value={value} onChange={(e) => setValue(e.target.value)} required />
            )}
          </Field>
          <button type="submit" disabled={action.busy}>
            Add keys
          </button>
        </form>
      )}
    </div>
  );
}
