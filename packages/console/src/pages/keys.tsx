// My API keys (LabKey's and Benchling's key page): list, create (shown once), rename, revoke; revoked keys apart.
import { type FormEvent, useState } from 'react';
import { api, type Schemas } from '../api.ts';
import { isPast, restrictions, when } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import { useSession } from '../session.ts';
import { ConfirmButton, Dialog, Empty, ErrorNote, ListState, Pager, Table, Tabs, TextField } from '../ui.tsx';
import { CreateKeyDialog } from './create-key.tsx';
import { HistoryDialog } from './history.tsx';
import { KeyBoundsDialog } from './key-bounds.tsx';
import { type ShownOnce, ShownOnceDialog } from './key-dialog.tsx';
import { KeyUsageDialog } from './key-usage.tsx';

type Key = Schemas['UserKey'];

const PER_PAGE = 20;

export function KeysPage() {
  const { user } = useSession();
  const [tab, setTab] = useState<'active' | 'revoked'>('active');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  // The plaintext lives only here, in memory, until the dialog closes.
  const [shown, setShown] = useState<ShownOnce | undefined>();
  const [renaming, setRenaming] = useState<Key | undefined>();
  const [bounding, setBounding] = useState<Key | undefined>();
  const [history, setHistory] = useState<Key | undefined>();
  const [usage, setUsage] = useState<Key | undefined>();
  const revoke = useAction();
  const keys = useLoad(
    () =>
      api.GET('/v0/users/{user}/keys', {
        params: {
          path: { user: user.uuid },
          query: { revoked: tab === 'revoked', page, per_page: PER_PAGE },
        },
      }),
    [user.uuid, tab, page],
  );

  return (
    <section aria-labelledby="keys-title">
      <div className="title-row">
        <h1 id="keys-title">API keys</h1>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          Create key
        </button>
      </div>
      <p className="muted">
        Keys let your scripts call the API as you. Each one is shown once, when it is created.
      </p>
      <Tabs
        label="Which keys"
        value={tab}
        onChange={(value) => {
          setTab(value);
          setPage(1);
        }}
        tabs={[
          { value: 'active', label: 'Active' },
          { value: 'revoked', label: 'Revoked' },
        ]}
      />
      <ErrorNote error={revoke.error} />
      <ListState
        list={keys}
        what="keys"
        empty={tab === 'active' ? <NoActiveKeys owner={user.uuid} /> : <p>No revoked keys.</p>}
      >
        {(rows) => (
          <Table caption={tab === 'active' ? 'Your keys' : 'Your revoked keys'}>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Start</th>
                <th scope="col">Created</th>
                <th scope="col">{tab === 'revoked' ? 'Revoked' : 'Expires'}</th>
                <th scope="col">Last used</th>
                <th scope="col">Restrictions</th>
                <th scope="col">Uses left</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((key) => (
                <tr key={key.uuid}>
                  <td>
                    {key.name}
                    {key.imported && (
                      <span className="muted" title="This key came from the system Latchkey replaced.">
                        {' '}
                        Imported: create a new key and revoke this one.
                      </span>
                    )}
                  </td>
                  <td>
                    <code>{key.start}…</code>
                  </td>
                  <td>{when(key.creation)}</td>
                  <td>
                    {tab === 'revoked' ? when(key.revoked) : when(key.expiration)}
                    {tab === 'active' && isPast(key.expiration) && <span className="badge bad">expired</span>}
                  </td>
                  <td>{when(key.last_used)}</td>
                  <td>{restrictions(key.scopes)}</td>
                  <td>{key.limits ? key.limits.remaining : 'no limit'}</td>
                  <td className="row-actions">
                    {tab === 'active' && (
                      <>
                        <button type="button" onClick={() => setRenaming(key)}>
                          Rename
                        </button>
                        <button type="button" onClick={() => setBounding(key)}>
                          Limits
                        </button>
                        <ConfirmButton
                          label="Revoke"
                          danger
                          title={`Revoke ${key.name}?`}
                          consequence={
                            <p>
                              Every script using <code>{key.start}…</code> is refused from now on. Revoking is
                              for good: the key can never be used again.
                            </p>
                          }
                          confirmLabel="Revoke key"
                          onConfirm={() =>
                            revoke.run(async () => {
                              await api.DELETE('/v0/users/{user}/keys/{key}', {
                                params: { path: { user: user.uuid, key: key.uuid } },
                              });
                              keys.reload();
                            })
                          }
                        />
                      </>
                    )}
                    <button type="button" onClick={() => setHistory(key)}>
                      History
                    </button>
                    <button type="button" onClick={() => setUsage(key)}>
                      Usage
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </ListState>
      <Pager page={page} perPage={PER_PAGE} total={keys.total} onPage={setPage} />
      {creating && (
        <CreateKeyDialog
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            setShown({
              kind: 'API key',
              name: created.name,
              secret: created.key,
              warnings: created.warnings,
            });
            keys.reload();
          }}
        />
      )}
      {shown && <ShownOnceDialog shown={shown} onClose={() => setShown(undefined)} />}
      {renaming && (
        <RenameDialog
          keyToRename={renaming}
          owner={user.uuid}
          onClose={() => setRenaming(undefined)}
          onDone={() => {
            setRenaming(undefined);
            keys.reload();
          }}
        />
      )}
      {bounding && (
        <KeyBoundsDialog
          owner={user.uuid}
          keyToChange={bounding}
          onClose={() => setBounding(undefined)}
          onDone={() => keys.reload()}
        />
      )}
      {usage && (
        <KeyUsageDialog
          owner={user.uuid}
          keyToShow={usage}
          onClose={() => setUsage(undefined)}
          onNarrowed={() => keys.reload()}
        />
      )}
      {history && (
        <HistoryDialog
          target={`key:${history.uuid}`}
          title={history.name}
          onClose={() => setHistory(undefined)}
        />
      )}
    </section>
  );
}

/** An empty Active tab: "No keys yet" and what a key is, or "No active keys" when revoked ones exist. */
function NoActiveKeys({ owner }: { owner: string }) {
  const revoked = useLoad(
    () =>
      api.GET('/v0/users/{user}/keys', {
        params: { path: { user: owner }, query: { revoked: true, per_page: 1 } },
      }),
    [owner],
  );
  if (revoked.loading) return null;
  if ((revoked.total ?? revoked.data?.length ?? 0) > 0)
    return (
      <Empty title="No active keys.">
        Your revoked keys are in the Revoked tab. Create a key for each machine or script that calls the API.
      </Empty>
    );
  return (
    <Empty title="No keys yet." docs={{ tag: 'keys', label: 'API keys in the API documentation' }}>
      An API key lets a script or tool call the API as you, with your access or less (read-only, or only some
      projects). Create one for each machine or script, so that you can revoke it alone.
    </Empty>
  );
}

function RenameDialog(props: { keyToRename: Key; owner: string; onClose: () => void; onDone: () => void }) {
  const [name, setName] = useState(props.keyToRename.name);
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await api.PATCH('/v0/users/{user}/keys/{key}', {
        params: { path: { user: props.owner, key: props.keyToRename.uuid } },
        body: { name },
      });
      props.onDone();
    });
  };
  return (
    <Dialog title={`Rename ${props.keyToRename.name}`} onClose={props.onClose}>
      <form onSubmit={submit}>
        <TextField label="New name" required value={name} onChange={setName} />
        <ErrorNote error={action.error} />
        <div className="actions">
          <button type="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={action.busy}>
            Rename
          </button>
        </div>
      </form>
    </Dialog>
  );
}
