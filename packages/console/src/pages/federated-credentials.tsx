// An app's federated credentials: the workload identities (GitHub Actions, Kubernetes, any OIDC issuer) it trusts instead of a secret.
import { type FormEvent, useState } from 'react';
import { api, type Schemas } from '../api.ts';
import { when } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import { ConfirmButton, ErrorNote, Field, TextField } from '../ui.tsx';

/** `name=value` per line, as the claims are typed in. */
function parseClaims(text: string): Record<string, string> {
  const claims: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const at = trimmed.indexOf('=');
    if (at <= 0) throw new Error(`"${trimmed}" is not name=value`);
    claims[trimmed.slice(0, at).trim()] = trimmed.slice(at + 1).trim();
  }
  return claims;
}

export function FederatedCredentialsCard({ app }: { app: Schemas['App'] }) {
  const path = { app: app.uuid };
  const list = useLoad(
    () => api.GET('/v0/apps/{app}/federated-credentials', { params: { path } }),
    [app.uuid],
  );
  const action = useAction();
  const empty = { name: '', issuer: '', audience: '', subject: '', claims: '' };
  const [form, setForm] = useState(empty);
  const changeable = app.status !== 'archived';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await api.POST('/v0/apps/{app}/federated-credentials', {
        params: { path },
        body: {
          name: form.name,
          issuer: form.issuer,
          audience: form.audience,
          ...(form.subject.trim() ? { subject: form.subject.trim() } : {}),
          claims: parseClaims(form.claims),
        },
      });
      setForm(empty);
      list.reload();
    });
  };
  const rows = list.data ?? [];
  return (
    <div className="card">
      <h2>Federated credentials</h2>
      <p>
        Workloads whose own OIDC token matches one of these get the app’s access token without a secret (a
        GitHub Actions job, a Kubernetes pod). See docs/workload-identity.md.
      </p>
      <ErrorNote error={list.error} />
      {rows.length === 0 ? (
        <p className="muted">None: only the client secret obtains tokens.</p>
      ) : (
        <table aria-label="Federated credentials">
          <thead>
            <tr>
              <th>Name</th>
              <th>Issuer</th>
              <th>Audience</th>
              <th>Subject</th>
              <th>Claims</th>
              <th>Added</th>
              {changeable && <th aria-label="Actions" />}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.uuid}>
                <td>{row.name}</td>
                <td>
                  <code>{row.issuer}</code>
                </td>
                <td>
                  <code>{row.audience}</code>
                </td>
                <td>
                  {row.subject === null ? <span className="muted">any</span> : <code>{row.subject}</code>}
                </td>
                <td>
                  {Object.entries(row.claims).map(([name, value]) => (
                    <div key={name}>
                      <code>
                        {name}={value}
                      </code>
                    </div>
                  ))}
                </td>
                <td>{when(row.creation)}</td>
                {changeable && (
                  <td>
                    <ConfirmButton
                      label="Remove"
                      danger
                      title={`Remove ${row.name}?`}
                      consequence={
                        <p>
                          Tokens from this workload are refused from now on. Access tokens already issued
                          through it last until they expire.
                        </p>
                      }
                      confirmLabel="Remove"
                      onConfirm={() =>
                        action.run(async () => {
                          await api.DELETE('/v0/apps/{app}/federated-credentials/{credential}', {
                            params: { path: { ...path, credential: row.uuid } },
                          });
                          list.reload();
                        })
                      }
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {changeable && (
        <form onSubmit={submit} aria-label="Add a federated credential">
          <h3>Add one</h3>
          <TextField
            label="Credential name"
            required
            value={form.name}
            onChange={(value) => setForm({ ...form, name: value })}
          />
          <TextField
            label="Issuer"
            hint="e.g. https://token.actions.githubusercontent.com"
            required
            type="url"
            value={form.issuer}
            onChange={(value) => setForm({ ...form, issuer: value })}
          />
          <TextField
            label="Audience"
            hint="the aud the workload requests its token for"
            required
            value={form.audience}
            onChange={(value) => setForm({ ...form, audience: value })}
          />
          <TextField
            label="Subject (optional)"
            hint="exactly, or with * matching any run of characters"
            value={form.subject}
            onChange={(value) => setForm({ ...form, subject: value })}
          />
          <Field label="Claims" hint="one name=value a line, e.g. ref=refs/heads/*">
            {(id) => (
              <textarea
                id={id}
                value={form.claims}
                onChange={(e) => setForm({ ...form, claims: e.target.value })}
              />
            )}
          </Field>
          <ErrorNote error={action.error} />
          <button type="submit" disabled={action.busy}>
            Add federated credential
          </button>
        </form>
      )}
    </div>
  );
}
