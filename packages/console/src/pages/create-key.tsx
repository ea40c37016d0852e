// The Create key form: name, lifetime (by default the site's maximum, or 90 days without one; the server
// enforces the maximum), read-only, projects, permissions (all the owner's, unless some are picked), allowed
// addresses and a usage limit.
import { type FormEvent, useState } from 'react';
import { api, ok, type Schemas } from '../api.ts';
import { LIFETIMES, maxDays } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import { useSession } from '../session.ts';
import { Dialog, ErrorNote, Field, Loading, TextField } from '../ui.tsx';
import { AddressLimitFields, addressesOf, limitsOf, useAddressLimitDraft } from './address-limit-fields.tsx';
import { PermissionPicker } from './permission-picker.tsx';

type CreatedKey = Schemas['CreatedUserKey'];

const DAY = 86_400;
/** The lifetime a new key gets unless its owner picks another, when the site sets no maximum. */
const DEFAULT_DAYS = 90;

export function CreateKeyDialog(props: { onClose: () => void; onCreated: (key: CreatedKey) => void }) {
  const { user } = useSession();
  const policy = useLoad(() => api.GET('/v0/console/key-policy'), []);
  const projects = useLoad(() => api.GET('/v0/projects', { params: { query: { per_page: 255 } } }), []);
  const [name, setName] = useState('');
  // Unset until the owner picks one: then the site's maximum, or DEFAULT_DAYS on a site without one.
  const [picked, setPicked] = useState<string | undefined>();
  const [customDays, setCustomDays] = useState('30');
  const [readOnly, setReadOnly] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  // What the owner holds somewhere: a key may carry only these.
  const held = useLoad(
    () => api.GET('/v0/users/{user}/permissions', { params: { path: { user: user.uuid } } }),
    [user.uuid],
  );
  const [limited, setLimited] = useState(false);
  const [permissions, setPermissions] = useState<string[]>([]);
  const bounds = useAddressLimitDraft();
  const action = useAction();

  const max = policy.data ? maxDays(policy.data.key_max_lifetime) : undefined;
  const presets = LIFETIMES.filter((preset) => max === undefined || preset.days <= max);
  const lifetime = picked ?? (max === undefined ? String(DEFAULT_DAYS) : 'max');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const days =
        lifetime === 'custom'
          ? Number(customDays)
          : lifetime === 'max' || lifetime === 'never'
            ? undefined
            : Number(lifetime);
      if (days !== undefined && (!Number.isInteger(days) || days < 1)) {
        throw new Error('The lifetime is a whole number of days, at least 1.');
      }
      if (limited && permissions.length === 0)
        throw new Error('Pick at least one permission, or give the key all of yours.');
      const addresses = addressesOf(bounds.draft);
      const limits = limitsOf(bounds.draft);
      const scopes =
        readOnly || chosen.length > 0 || limited || addresses.length > 0
          ? {
              ...(readOnly ? { read_only: true } : {}),
              ...(chosen.length > 0 ? { projects: chosen } : {}),
              ...(limited ? { permissions } : {}),
              ...(addresses.length > 0 ? { allowed_ips: addresses } : {}),
            }
          : undefined;
      const data = await bounds.send(
        ok(
          api.POST('/v0/users/{user}/keys', {
            params: { path: { user: user.uuid } },
            body: {
              name,
              ...(days === undefined ? {} : { ttl: days * DAY }),
              ...(scopes ? { scopes } : {}),
              ...(limits ? { limits } : {}),
            },
          }),
        ),
      );
      props.onCreated(data);
    });
  };

  return (
    <Dialog title="Create an API key" onClose={props.onClose} wide={(held.data?.length ?? 0) > 0}>
      {policy.loading && <Loading what="the site's key policy" />}
      <ErrorNote error={policy.error} />
      {policy.data && !policy.data.allow_user_keys && (
        <p className="warning">An administrator has turned off API keys on this site.</p>
      )}
      <form onSubmit={submit}>
        <TextField
          label="Name"
          hint="What the key is for, e.g. the machine or script that uses it."
          required
          maxLength={64}
          value={name}
          onChange={setName}
        />
        <Field
          label="Lifetime"
          hint={
            max === undefined
              ? 'This site sets no maximum lifetime. A key that expires does less harm if it leaks.'
              : `This site's maximum lifetime is ${max} days; a longer one is refused.`
          }
        >
          {(id) => (
            <select id={id} value={lifetime} onChange={(event) => setPicked(event.target.value)}>
              {max !== undefined && <option value="max">{`The site maximum (${max} days)`}</option>}
              {presets.map((preset) => (
                <option key={preset.days} value={String(preset.days)}>
                  {preset.label}
                </option>
              ))}
              {max === undefined && <option value="never">Never expires</option>}
              <option value="custom">Another number of days…</option>
            </select>
          )}
        </Field>
        {lifetime === 'custom' && (
          <TextField
            label="Days"
            type="number"
            min={1}
            inputMode="numeric"
            value={customDays}
            onChange={setCustomDays}
          />
        )}
        <fieldset>
          <legend>Restrictions (optional)</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={readOnly}
              onChange={(event) => setReadOnly(event.target.checked)}
            />
            Read-only: the key may only read
          </label>
          {projects.data && projects.data.length > 0 && (
            <fieldset className="checks">
              <legend>Only these projects (none chosen: every project you can reach)</legend>
              {projects.data.map((project) => (
                <label key={project.uuid} className="check">
                  <input
                    type="checkbox"
                    checked={chosen.includes(project.uuid)}
                    onChange={(event) =>
                      setChosen((list) =>
                        event.target.checked
                          ? [...list, project.uuid]
                          : list.filter((id) => id !== project.uuid),
                      )
                    }
                  />
                  {project.name} <span className="muted">({project.slug})</span>
                </label>
              ))}
            </fieldset>
          )}
          {held.data && held.data.length > 0 && (
            <fieldset className="checks">
              <legend>Permissions</legend>
              <label className="check">
                <input
                  type="radio"
                  name="key-permissions"
                  checked={!limited}
                  onChange={() => setLimited(false)}
                />
                All your permissions (no restriction)
              </label>
              <label className="check">
                <input
                  type="radio"
                  name="key-permissions"
                  checked={limited}
                  onChange={() => setLimited(true)}
                />
                Only the permissions chosen below
              </label>
              {limited && (
                <PermissionPicker
                  label="The key may use"
                  permissions={held.data}
                  value={permissions}
                  onChange={setPermissions}
                />
              )}
            </fieldset>
          )}
          <AddressLimitFields
            what="key"
            draft={bounds.draft}
            onChange={bounds.setDraft}
            addressError={bounds.addressError}
          />
        </fieldset>
        <ErrorNote error={held.error} />
        <ErrorNote error={action.error} />
        <div className="actions">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          {/* The default lifetime follows the policy: wait for it. */}
          <button type="submit" className="primary" disabled={action.busy || policy.loading}>
            {action.busy ? 'Creating…' : 'Create key'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
