// Administrators: every user's keys (LabKey's query page) — filter, sort, select rows and revoke, or revoke all.

import type { paths } from '@latchkey/sdk/contract';
import { useState } from 'react';
import { api, ok } from '../api.ts';
import { isPast, restrictions, when } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import { ConfirmButton, ErrorNote, Field, ListState, Notice, Pager, Table, TextField } from '../ui.tsx';

const PER_PAGE = 25;
type Tri = '' | 'true' | 'false';
type KeySort = NonNullable<NonNullable<paths['/v0/admin/keys']['get']['parameters']['query']>['sort']>;
const tri = (value: Tri): boolean | undefined => (value === '' ? undefined : value === 'true');
type RevokeMany = NonNullable<
  paths['/v0/admin/keys/revoke']['post']['requestBody']
>['content']['application/json'];

export function AdminKeysPage() {
  const [user, setUser] = useState('');
  const [expired, setExpired] = useState<Tri>('');
  const [revoked, setRevoked] = useState<Tri>('false');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<KeySort>('last_used');
  const [direction, setDirection] = useState<'asc' | 'desc'>('desc');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [result, setResult] = useState<string | undefined>();
  const action = useAction();
  const keys = useLoad(
    () =>
      api.GET('/v0/admin/keys', {
        params: {
          query: {
            user: user.trim(),
            expired: tri(expired),
            revoked: tri(revoked),
            search: search.trim(),
            sort,
            direction,
            page,
            per_page: PER_PAGE,
          },
        },
      }),
    [user, expired, revoked, search, sort, direction, page],
  );
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
      setSelected(new Set());
    };
  const toggle = (uuid: string, on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(uuid);
      else next.delete(uuid);
      return next;
    });
  const revokable = keys.data?.filter((key) => key.revoked === null) ?? [];
  const revokeMany = (body: RevokeMany) =>
    action.run(async () => {
      const data = await ok(api.POST('/v0/admin/keys/revoke', { body }));
      setResult(`${data.revoked} key${data.revoked === 1 ? '' : 's'} revoked.`);
      setSelected(new Set());
      keys.reload();
    });

  return (
    <section aria-labelledby="admin-keys-title">
      <h1 id="admin-keys-title">All keys</h1>
      <div className="filters">
        <TextField label="User (slug or UUID)" value={user} onChange={(value) => filter(setUser)(value)} />
        <TextField
          label="Search (name, owner email, UUID)"
          type="search"
          value={search}
          onChange={(value) => filter(setSearch)(value)}
        />
        <Field label="Expired">
          {(id) => (
            <select
              id={id}
              value={expired}
              onChange={(event) => filter(setExpired)(event.target.value as Tri)}
            >
              <option value="">Any</option>
              <option value="true">Expired only</option>
              <option value="false">Not expired</option>
            </select>
          )}
        </Field>
        <Field label="Revoked">
          {(id) => (
            <select
              id={id}
              value={revoked}
              onChange={(event) => filter(setRevoked)(event.target.value as Tri)}
            >
              <option value="">Any</option>
              <option value="true">Revoked only</option>
              <option value="false">Not revoked</option>
            </select>
          )}
        </Field>
        <Field label="Sort by">
          {(id) => (
            <select id={id} value={sort} onChange={(event) => filter(setSort)(event.target.value as KeySort)}>
              <option value="last_used">Last used</option>
              <option value="name">Name</option>
              <option value="creation">Created</option>
              <option value="expiration">Expires</option>
              <option value="requests_7d">Requests, last 7 days</option>
            </select>
          )}
        </Field>
        <Field label="Order">
          {(id) => (
            <select
              id={id}
              value={direction}
              onChange={(event) => filter(setDirection)(event.target.value as 'asc' | 'desc')}
            >
              <option value="desc">Newest first</option>
              <option value="asc">Oldest first</option>
            </select>
          )}
        </Field>
      </div>
      <div className="actions left">
        <ConfirmButton
          label={`Revoke selected (${selected.size})`}
          danger
          disabled={selected.size === 0}
          title={`Revoke ${selected.size} selected key${selected.size === 1 ? '' : 's'}?`}
          consequence={<p>Every script using them is refused from now on. Revoking is for good.</p>}
          confirmLabel="Revoke selected"
          onConfirm={() => revokeMany({ keys: [...selected] })}
        />
        <ConfirmButton
          label={user.trim() ? `Revoke all keys of ${user.trim()}` : 'Revoke all keys'}
          danger
          title={user.trim() ? `Revoke every key of ${user.trim()}?` : 'Revoke every key of every user?'}
          consequence={
            <p>
              {user.trim() ? `Every API key of ${user.trim()}` : 'Every API key on this site'} is refused from
              now on. Revoking is for good: new keys must be created.
            </p>
          }
          confirmLabel="Revoke all"
          onConfirm={() => revokeMany(user.trim() ? { all: true, user: user.trim() } : { all: true })}
        />
      </div>
      {result && <Notice>{result}</Notice>}
      <ErrorNote error={action.error} />
      <ListState list={keys} what="keys" empty={<p>No key matches.</p>}>
        {(rows) => (
          <Table caption="Every user's keys">
            <thead>
              <tr>
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label="Select every revocable key on this page"
                    checked={revokable.length > 0 && revokable.every((key) => selected.has(key.uuid))}
                    onChange={(event) => {
                      for (const key of revokable) toggle(key.uuid, event.target.checked);
                    }}
                  />
                </th>
                <th scope="col">Name</th>
                <th scope="col">Owner</th>
                <th scope="col">Start</th>
                <th scope="col">Created</th>
                <th scope="col">Expires</th>
                <th scope="col">Last used</th>
                <th scope="col">Revoked</th>
                <th scope="col">Requests (7 days)</th>
                <th scope="col">Restrictions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((key) => {
                const owner = typeof key.user === 'object' ? key.user : undefined;
                return (
                  <tr key={key.uuid}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Select ${key.name} of ${owner?.email ?? ''}`}
                        disabled={key.revoked !== null}
                        checked={selected.has(key.uuid)}
                        onChange={(event) => toggle(key.uuid, event.target.checked)}
                      />
                    </td>
                    <td>{key.name}</td>
                    <td>{owner ? `${owner.name} (${owner.email})` : ''}</td>
                    <td>
                      <code>{key.start}…</code>
                    </td>
                    <td>{when(key.creation)}</td>
                    <td>
                      {when(key.expiration)}
                      {isPast(key.expiration) && <span className="badge bad">expired</span>}
                    </td>
                    <td>{when(key.last_used)}</td>
                    <td>{key.revoked ? when(key.revoked) : 'no'}</td>
                    <td>{key.requests_7d ?? 0}</td>
                    <td>{restrictions(key.scopes)}</td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </ListState>
      <Pager page={page} perPage={PER_PAGE} total={keys.total} onPage={setPage} />
    </section>
  );
}
