// A key's allowed addresses and usage limit, changed after creation (its owner may only narrow the limit).
import { type FormEvent, useState } from 'react';
import { api, ok, type Schemas } from '../api.ts';
import { useAction } from '../hooks.ts';
import { Dialog, ErrorNote } from '../ui.tsx';
import { AddressLimitFields, useAddressLimitDraft, usesLeft, Warnings } from './address-limit-fields.tsx';

type Key = Schemas['UserKey'];

export function KeyBoundsDialog(props: {
  owner: string;
  keyToChange: Key;
  onClose: () => void;
  onDone: () => void;
}) {
  const key = props.keyToChange;
  const bounds = useAddressLimitDraft(key.scopes?.allowed_ips, key.limits);
  const [saved, setSaved] = useState<Key | undefined>();
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const { allowed_ips, limits } = bounds.changes();
      const changed = await bounds.send(
        ok(
          api.PATCH('/v0/users/{user}/keys/{key}', {
            params: { path: { user: props.owner, key: key.uuid } },
            body: {
              ...(allowed_ips === undefined ? {} : { scopes: { allowed_ips } }),
              ...(limits === undefined ? {} : { limits }),
            },
          }),
        ),
      );
      props.onDone();
      if (changed.warnings?.length) setSaved(changed);
      else props.onClose();
    });
  };
  if (saved)
    return (
      <Dialog title={`Saved: ${key.name}`} onClose={props.onClose}>
        <Warnings warnings={saved.warnings} />
        <div className="actions">
          <button type="button" className="primary" onClick={props.onClose}>
            Close
          </button>
        </div>
      </Dialog>
    );
  return (
    <Dialog title={`Addresses and limit: ${key.name}`} onClose={props.onClose}>
      <p className="muted">Uses: {usesLeft(key.limits)}.</p>
      <form onSubmit={submit}>
        <AddressLimitFields
          what="key"
          draft={bounds.draft}
          onChange={bounds.setDraft}
          addressError={bounds.addressError}
        />
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
