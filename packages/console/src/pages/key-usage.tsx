// A key's usage: its requests per day (the chart card), which of its permissions it was checked for in the last 30 days, and a confirmed
// one-click narrowing of the key to the ones it used.
import { useState } from 'react';
import { ApiFailure, api, ok, type Schemas } from '../api.ts';
import { when } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import { ConfirmButton, Dialog, ErrorNote, Loading, Notice, Table } from '../ui.tsx';
import { loadUsage, type Usage, UsageCard } from './usage-chart.tsx';

type Key = Schemas['UserKey'];

const WINDOW_DAYS = 30;

/** The permissions to keep: those checked and allowed at least once, among those the key carries. */
export function usedPermissions(usage: Pick<Usage, 'permissions'>): string[] {
  const granted = new Set(usage.permissions.granted);
  return usage.permissions.used
    .filter((entry) => entry.allowed > 0 && granted.has(entry.permission))
    .map((entry) => entry.permission)
    .sort();
}

export function KeyUsageDialog(props: {
  owner: string;
  keyToShow: Key;
  onClose: () => void;
  onNarrowed: () => void;
}) {
  const [now] = useState(() => new Date());
  const [narrowed, setNarrowed] = useState<string[] | undefined>();
  const of = { user: props.owner, key: props.keyToShow.uuid };
  const usage = useLoad(
    () =>
      loadUsage(of, {
        from: new Date(now.getTime() - WINDOW_DAYS * 86_400_000).toISOString(),
        to: now.toISOString(),
      }).catch((failure: unknown) => {
        // A server without usage counting answers 404: say so rather than show an error.
        if (failure instanceof ApiFailure && failure.status === 404)
          return { data: undefined, response: new Response(null) };
        throw failure;
      }),
    [of.user, of.key, now, narrowed],
  );
  const narrow = useAction();
  const data = usage.data;
  const keep = data ? usedPermissions(data) : [];
  // A refused check of a permission the key does not carry is shown, but is none of "its" permissions used.
  const lose = data ? data.permissions.granted.filter((name) => !keep.includes(name)) : [];
  const granted = data?.permissions.granted.length ?? 0;
  return (
    <Dialog title={`Usage: ${props.keyToShow.name}`} onClose={props.onClose} wide>
      <UsageCard of={of} />
      {usage.loading && <Loading what="usage" />}
      <ErrorNote error={usage.error} />
      {!usage.loading && !usage.error && !data && (
        <p className="muted" role="status">
          Usage is not available for this key on this server.
        </p>
      )}
      {narrowed && <Notice>Narrowed: the key now carries only {narrowed.join(', ')}.</Notice>}
      {data && (
        <div className="card usage">
          <p>
            <strong>
              Used {keep.length} of its {granted} permission{granted === 1 ? '' : 's'} in the last{' '}
              {WINDOW_DAYS} days.
            </strong>
          </p>
          <div className="meter" aria-hidden="true">
            <span
              style={{
                width: `${granted === 0 ? 0 : (100 * keep.length) / granted}%`,
              }}
            />
          </div>
          {data.permissions.used.length > 0 && (
            <Table caption="Permissions used">
              <thead>
                <tr>
                  <th scope="col">Used</th>
                  <th scope="col">Allowed</th>
                  <th scope="col">Refused</th>
                  <th scope="col">Last used</th>
                </tr>
              </thead>
              <tbody>
                {data.permissions.used.map((entry) => (
                  <tr key={entry.permission}>
                    <td>
                      <code>{entry.permission}</code>
                    </td>
                    <td>{entry.allowed}</td>
                    <td>{entry.refused}</td>
                    <td>{when(entry.last_used_at)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <h3>Not used</h3>
          {data.permissions.unused.length === 0 ? (
            <p className="muted">It used every permission it carries.</p>
          ) : (
            <ul className="chips" aria-label="Not used">
              {data.permissions.unused.map((name) => (
                <li key={name}>
                  <code>{name}</code>
                </li>
              ))}
            </ul>
          )}
          {keep.length > 0 && lose.length > 0 && (
            <div className="actions left">
              <ConfirmButton
                label="Narrow to what was used"
                title={`Narrow ${props.keyToShow.name}?`}
                consequence={
                  <p>
                    The key keeps only {keep.join(', ')}. It loses {lose.join(', ')} for good: a key's
                    permissions can be narrowed, never widened again.
                  </p>
                }
                confirmLabel="Narrow the key"
                onConfirm={() =>
                  narrow.run(async () => {
                    const changed = await ok(
                      api.PATCH('/v0/users/{user}/keys/{key}', {
                        params: { path: of },
                        body: { scopes: { permissions: keep } },
                      }),
                    );
                    setNarrowed(changed.scopes?.permissions ?? keep);
                    props.onNarrowed();
                  })
                }
              />
            </div>
          )}
          <ErrorNote error={narrow.error} />
        </div>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={props.onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
