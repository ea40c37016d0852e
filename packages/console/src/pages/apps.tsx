// Apps: the list with last seen; create from scratch or from a manifest file, whose problems are listed by path.
import { type FormEvent, useState } from 'react';
import { ApiFailure, api, ok } from '../api.ts';
import { when } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import { Link, navigate } from '../router.tsx';
import { Dialog, Empty, ErrorNote, Field, ListState, Pager, Table, TextField } from '../ui.tsx';

const PER_PAGE = 20;

/** "The manifest has 2 problems: a: x; b: y" -> [{ path: 'a', message: 'x' }, …]. */
export function manifestProblems(message: string): { path: string; message: string }[] | undefined {
  const match = /^(?:The manifest has )?\d+ problems?: (.*)$/s.exec(message);
  if (!match?.[1]) return undefined;
  return match[1].split('; ').map((part) => {
    const cut = part.indexOf(': ');
    return cut === -1
      ? { path: '', message: part }
      : { path: part.slice(0, cut), message: part.slice(cut + 2) };
  });
}

export function AppsPage() {
  const [page, setPage] = useState(1);
  const [archived, setArchived] = useState(false);
  const [creating, setCreating] = useState<'scratch' | 'manifest' | undefined>();
  const apps = useLoad(
    () => api.GET('/v0/apps', { params: { query: { page, per_page: PER_PAGE, archived, sort: 'name' } } }),
    [page, archived],
  );
  return (
    <section aria-labelledby="apps-title">
      <div className="title-row">
        <h1 id="apps-title">Apps</h1>
        <div className="actions">
          <button type="button" onClick={() => setCreating('scratch')}>
            Create app
          </button>
          <button type="button" className="primary" onClick={() => setCreating('manifest')}>
            Upload manifest
          </button>
        </div>
      </div>
      <label className="check">
        <input type="checkbox" checked={archived} onChange={(event) => setArchived(event.target.checked)} />
        Show archived apps
      </label>
      <ListState
        list={apps}
        what="apps"
        empty={
          <Empty
            title={archived ? 'No archived apps.' : 'No apps yet.'}
            docs={{ tag: 'apps', label: 'Apps in the API documentation' }}
          >
            An app is a service that calls the API as itself rather than as a person: it signs in with a
            client id and secret for short-lived access tokens, and reaches only the projects it is granted.
          </Empty>
        }
      >
        {(rows) => (
          <Table caption="Apps">
            <thead>
              <tr>
                <th scope="col">App</th>
                <th scope="col">Client id</th>
                <th scope="col">Status</th>
                <th scope="col">Lifecycle</th>
                <th scope="col">Last seen</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((app) => (
                <tr key={app.uuid}>
                  <td>
                    <Link to={`/apps/${app.slug}`}>{app.name}</Link>
                  </td>
                  <td>
                    <code>{app.client_id}</code>
                  </td>
                  <td>
                    <span className={`badge ${app.status === 'active' ? 'good' : 'bad'}`}>{app.status}</span>
                  </td>
                  <td>{app.lifecycle}</td>
                  <td>{when(app.last_seen)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </ListState>
      <Pager page={page} perPage={PER_PAGE} total={apps.total} onPage={setPage} />
      {creating === 'scratch' && <CreateAppDialog onClose={() => setCreating(undefined)} />}
      {creating === 'manifest' && <ManifestDialog onClose={() => setCreating(undefined)} />}
    </section>
  );
}

function CreateAppDialog({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const data = await ok(
        api.POST('/v0/apps', { body: { name, ...(description ? { description } : {}) } }),
      );
      navigate(`/apps/${data.slug}`);
    });
  };
  return (
    <Dialog title="Create an app" onClose={onClose}>
      <p className="muted">A manual-lifecycle app, active at once. It has no access until granted.</p>
      <form onSubmit={submit}>
        <TextField label="Name" required value={name} onChange={setName} />
        <Field label="Description">
          {(id) => (
            <textarea id={id} value={description} onChange={(event) => setDescription(event.target.value)} />
          )}
        </Field>
        <ErrorNote error={action.error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={action.busy}>
            Create app
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function ManifestDialog({ onClose }: { onClose: () => void }) {
  const [file, setFile] = useState<File | undefined>();
  const [problems, setProblems] = useState<{ path: string; message: string }[] | undefined>();
  const [webhookSecret, setWebhookSecret] = useState<{ slug: string; secret: string } | undefined>();
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblems(undefined);
    void action.run(async () => {
      if (!file) throw new Error('Choose a manifest file (YAML or JSON).');
      const text = await file.text();
      const type =
        /\.json$/i.test(file.name) || text.trimStart().startsWith('{')
          ? 'application/json'
          : 'application/yaml';
      try {
        // The file as it is, YAML or JSON: the server checks it in full.
        const data = await ok(
          api.POST('/v0/apps/manifest', {
            body: text,
            bodySerializer: (body) => body as string,
            headers: { 'content-type': type },
          }),
        );
        if (data.webhook_secret) setWebhookSecret({ slug: data.slug, secret: data.webhook_secret });
        else openApp(data.slug);
      } catch (error) {
        const listed = error instanceof ApiFailure ? manifestProblems(error.message) : undefined;
        if (listed) {
          setProblems(listed);
          return;
        }
        throw error;
      }
    });
  };
  if (webhookSecret) {
    return (
      <Dialog title="App created: its webhook secret" onClose={() => openApp(webhookSecret.slug)}>
        <p className="warning">Copy the webhook signing secret now: it is shown only this once.</p>
        <input className="secret" readOnly aria-label="Webhook secret" value={webhookSecret.secret} />
        <div className="actions">
          <button type="button" className="primary" onClick={() => openApp(webhookSecret.slug)}>
            I have copied it — open the app
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog title="Create an app from a manifest" onClose={onClose}>
      <form onSubmit={submit}>
        <Field label="Manifest file" hint="YAML or JSON, as described in docs/apps.md.">
          {(id) => (
            <input
              id={id}
              type="file"
              accept=".yaml,.yml,.json,application/json,application/yaml"
              onChange={(event) => setFile(event.target.files?.[0])}
            />
          )}
        </Field>
        {problems && (
          <div role="alert" className="error">
            <p>The manifest has {problems.length === 1 ? 'a problem' : `${problems.length} problems`}:</p>
            <ul className="problems">
              {problems.map((problem) => (
                <li key={`${problem.path}-${problem.message}`}>
                  <code>{problem.path || '(manifest)'}</code>: {problem.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        <ErrorNote error={action.error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={action.busy}>
            Create app
          </button>
        </div>
      </form>
    </Dialog>
  );
}

const openApp = (slug: string) => navigate(`/apps/${slug}`);
