// Administrators: the site key policy — allow keys, maximum lifetime, session keys.
import { useEffect, useState } from 'react';
import { api, ok, type Schemas } from '../api.ts';
import { MAX_LIFETIME_OPTIONS } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import { ErrorNote, Field, Loading, Notice } from '../ui.tsx';

type Settings = Schemas['KeyPolicy'];

export function AdminSettingsPage() {
  const loaded = useLoad(() => api.GET('/v0/admin/settings'), []);
  const [form, setForm] = useState<Settings | undefined>();
  const [saved, setSaved] = useState(false);
  const action = useAction();
  useEffect(() => setForm(loaded.data), [loaded.data]);
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Site settings</h1>
      {loaded.loading && <Loading what="settings" />}
      <ErrorNote error={loaded.error} />
      {form && (
        <form
          className="card"
          onSubmit={(event) => {
            event.preventDefault();
            setSaved(false);
            void action.run(async () => {
              const data = await ok(api.PATCH('/v0/admin/settings', { body: form }));
              setForm(data);
              setSaved(true);
            });
          }}
        >
          <label className="check">
            <input
              type="checkbox"
              checked={form.allow_user_keys}
              onChange={(event) => setForm({ ...form, allow_user_keys: event.target.checked })}
            />
            Users may create API keys
          </label>
          <Field
            label="Maximum key lifetime"
            hint="New keys may not live longer; keys without a lifetime expire at the maximum. Existing keys keep theirs."
          >
            {(id) => (
              <select
                id={id}
                value={form.key_max_lifetime}
                onChange={(event) =>
                  setForm({ ...form, key_max_lifetime: event.target.value as Settings['key_max_lifetime'] })
                }
              >
                {MAX_LIFETIME_OPTIONS.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <label className="check">
            <input
              type="checkbox"
              checked={form.allow_session_keys}
              onChange={(event) => setForm({ ...form, allow_session_keys: event.target.checked })}
            />
            Users may create session keys
          </label>
          <ErrorNote error={action.error} />
          {saved && <Notice>Settings saved. The change is in the audit log.</Notice>}
          <button type="submit" className="primary" disabled={action.busy}>
            Save settings
          </button>
        </form>
      )}
    </section>
  );
}
