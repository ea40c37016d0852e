// One app: generate its secret (shown once, optional grace), configure, limit where from and how often, activate,
// archive, rename.
import { type FormEvent, useEffect, useState } from 'react';
import { api, ok, type Schemas } from '../api.ts';
import { when } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import { Link } from '../router.tsx';
import { useSession } from '../session.ts';
import { ConfirmButton, ErrorNote, Field, Loading, Notice, TextField } from '../ui.tsx';
import { AddressLimitFields, useAddressLimitDraft, usesLeft, Warnings } from './address-limit-fields.tsx';
import { AppKeysCard } from './app-keys.tsx';
import { FederatedCredentialsCard } from './federated-credentials.tsx';
import { HistoryDialog } from './history.tsx';
import { type ShownOnce, ShownOnceDialog } from './key-dialog.tsx';
import { UsageCard } from './usage-chart.tsx';

type App = Schemas['App'];
type ConfigValue = App['configuration'][number];

const GRACES = [
  { seconds: 0, label: 'None: the old secret stops at once' },
  { seconds: 3600, label: '1 hour' },
  { seconds: 21600, label: '6 hours' },
  { seconds: 86400, label: '1 day (the longest)' },
];

export function AppDetailPage({ slug }: { slug: string }) {
  const { user } = useSession();
  const app = useLoad(() => api.GET('/v0/apps/{app}', { params: { path: { app: slug } } }), [slug]);
  const [grace, setGrace] = useState(0);
  const [shown, setShown] = useState<ShownOnce | undefined>();
  const [history, setHistory] = useState(false);
  const action = useAction();
  const [notice, setNotice] = useState<string | undefined>();
  const data = app.data;
  const act = (work: () => Promise<unknown>, done?: string) =>
    action.run(async () => {
      setNotice(undefined);
      await work();
      if (done) setNotice(done);
      app.reload();
    });

  return (
    <section aria-labelledby="app-title">
      <p>
        <Link to="/apps">← Apps</Link>
      </p>
      {app.loading && !data && <Loading what="the app" />}
      <ErrorNote error={app.error} />
      {data && (
        <>
          <h1 id="app-title">{data.name}</h1>
          <dl className="facts">
            <dt>Client id</dt>
            <dd>
              <code>{data.client_id}</code>
            </dd>
            <dt>Status</dt>
            <dd>
              <span className={`badge ${data.status === 'active' ? 'good' : 'bad'}`}>{data.status}</span>
            </dd>
            <dt>Lifecycle</dt>
            <dd>{data.lifecycle}</dd>
            <dt>Secret</dt>
            <dd>{data.secret ? `${data.secret.start}… since ${when(data.secret.creation)}` : 'none yet'}</dd>
            <dt>Allowed addresses</dt>
            <dd>{data.allowed_ips ? data.allowed_ips.join(', ') : 'anywhere'}</dd>
            <dt>Uses</dt>
            <dd>{usesLeft(data.limits)}</dd>
            <dt>Last seen</dt>
            <dd>{when(data.last_seen)}</dd>
            <dt>Created</dt>
            <dd>{when(data.creation)}</dd>
          </dl>
          {/* The history is for the app's managers; administrators manage every app. */}
          {user.admin && <UsageCard of={{ app: data.uuid }} />}
          {notice && <Notice>{notice}</Notice>}
          <ErrorNote error={action.error} />
          {data.status !== 'archived' && (
            <>
              <div className="card">
                <h2>Client secret</h2>
                <p>Generating a secret replaces the current one. The new one is shown once.</p>
                <Field label="Keep the old secret working for">
                  {(id) => (
                    <select id={id} value={grace} onChange={(event) => setGrace(Number(event.target.value))}>
                      {GRACES.map((option) => (
                        <option key={option.seconds} value={option.seconds}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <button
                  type="button"
                  className="primary"
                  disabled={action.busy}
                  onClick={() =>
                    void act(async () => {
                      const secret = await ok(
                        api.POST('/v0/apps/{app}/secret', {
                          params: { path: { app: data.uuid } },
                          body: grace > 0 ? { grace_seconds: grace } : {},
                        }),
                      );
                      setShown({
                        kind: 'Client secret',
                        name: data.name,
                        secret: secret.client_secret,
                        basicUser: secret.client_id,
                        details: secret.previous_secret_expiration
                          ? `The previous secret works until ${when(secret.previous_secret_expiration)}.`
                          : undefined,
                      });
                    })
                  }
                >
                  Generate secret
                </button>
              </div>
              <Configuration app={data} onSaved={() => app.reload()} />
              <Bounds
                key={JSON.stringify([data.allowed_ips, data.limits])}
                app={data}
                onSaved={() => app.reload()}
              />
              <Rename app={data} onSaved={() => app.reload()} />
              <div className="actions left">
                {data.status === 'inactive' && user.admin && (
                  <button
                    type="button"
                    onClick={() =>
                      void act(
                        () => api.POST('/v0/apps/{app}/activate', { params: { path: { app: data.uuid } } }),
                        'App activated.',
                      )
                    }
                  >
                    Activate
                  </button>
                )}
                <ConfirmButton
                  label="Archive app"
                  danger
                  title={`Archive ${data.name}?`}
                  consequence={<p>Its secrets and tokens stop working at once. Archiving is for good.</p>}
                  confirmLabel="Archive"
                  onConfirm={() =>
                    act(
                      () => api.DELETE('/v0/apps/{app}', { params: { path: { app: data.uuid } } }),
                      'App archived.',
                    )
                  }
                />
              </div>
            </>
          )}
          <FederatedCredentialsCard app={data} />
          <AppKeysCard app={data.uuid} manage={data.status !== 'archived'} />
          <button type="button" onClick={() => setHistory(true)}>
            History
          </button>
          {history && (
            <HistoryDialog target={`app:${data.uuid}`} title={data.name} onClose={() => setHistory(false)} />
          )}
          {shown && <ShownOnceDialog shown={shown} onClose={() => setShown(undefined)} />}
        </>
      )}
    </section>
  );
}

function Configuration({ app, onSaved }: { app: App; onSaved: () => void }) {
  const [values, setValues] = useState<Record<string, string | boolean>>({});
  const action = useAction();
  useEffect(() => {
    setValues(
      Object.fromEntries(
        app.configuration.map((item) => [
          item.key,
          item.type === 'boolean' ? item.value === true : String(item.value ?? ''),
        ]),
      ),
    );
  }, [app]);
  if (app.configuration.length === 0) return null;
  const typed = (item: ConfigValue, value: string | boolean | undefined) =>
    item.type === 'boolean' ? value === true : item.type === 'number' ? Number(value) : String(value ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const body = Object.fromEntries(
        app.configuration
          .filter((item) => item.type === 'boolean' || values[item.key] !== '')
          .map((item) => [item.key, typed(item, values[item.key])]),
      );
      await api.PUT('/v0/apps/{app}/configuration', { params: { path: { app: app.uuid } }, body });
      onSaved();
    });
  };
  return (
    <form className="card" onSubmit={submit}>
      <h2>Configuration</h2>
      {app.configuration.map((item) =>
        item.type === 'boolean' ? (
          <label key={item.key} className="check">
            <input
              type="checkbox"
              checked={values[item.key] === true}
              onChange={(event) => setValues({ ...values, [item.key]: event.target.checked })}
            />
            {item.key} <span className="muted">{item.description}</span>
          </label>
        ) : (
          <TextField
            key={item.key}
            label={`${item.key}${item.required ? ' (required)' : ''}`}
            hint={item.description}
            type={item.type === 'number' ? 'number' : 'text'}
            value={String(values[item.key] ?? '')}
            onChange={(value) => setValues({ ...values, [item.key]: value })}
          />
        ),
      )}
      <ErrorNote error={action.error} />
      <button type="submit" disabled={action.busy}>
        Save configuration
      </button>
    </form>
  );
}

function Rename({ app, onSaved }: { app: App; onSaved: () => void }) {
  const [name, setName] = useState(app.name);
  const [description, setDescription] = useState(app.description);
  const action = useAction();
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(async () => {
          await api.PATCH('/v0/apps/{app}', {
            params: { path: { app: app.uuid } },
            body: { name, description },
          });
          onSaved();
        });
      }}
    >
      <h2>Name and description</h2>
      <TextField label="App name" required value={name} onChange={setName} />
      <Field label="App description">
        {(id) => (
          <textarea id={id} value={description} onChange={(event) => setDescription(event.target.value)} />
        )}
      </Field>
      <ErrorNote error={action.error} />
      <button type="submit" disabled={action.busy}>
        Save
      </button>
    </form>
  );
}

/** Where the app's credentials may be used from, and how many requests they may make. */
function Bounds({ app, onSaved }: { app: App; onSaved: () => void }) {
  const bounds = useAddressLimitDraft(app.allowed_ips, app.limits);
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await bounds.send(
        api.PATCH('/v0/apps/{app}', { params: { path: { app: app.uuid } }, body: bounds.changes() }),
      );
      onSaved();
    });
  };
  return (
    <form className="card" onSubmit={submit}>
      <h2>Allowed addresses and usage limit</h2>
      <p className="muted">
        They hold the app's client secret, its access tokens and the keys transferred to it. Uses:{' '}
        {usesLeft(app.limits)}.
      </p>
      <Warnings warnings={app.warnings} />
      <AddressLimitFields
        what="app"
        draft={bounds.draft}
        onChange={bounds.setDraft}
        addressError={bounds.addressError}
      />
      <ErrorNote error={action.error} />
      <button type="submit" disabled={action.busy}>
        Save addresses and limit
      </button>
    </form>
  );
}
