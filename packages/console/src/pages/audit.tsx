// Administrators: the audit log — filters, each event's details, an object's history, chain links, NDJSON export.
import { useState } from 'react';
import { api, ok, querySerializer, type Schemas } from '../api.ts';
import { when } from '../format.ts';
import { useAction, useLoad } from '../hooks.ts';
import { Dialog, ErrorNote, ListState, Notice, Pager, Table, TextField } from '../ui.tsx';
import { actorLabel } from './history.tsx';

type AuditEvent = Schemas['AuditEvent'];

const PER_PAGE = 25;

interface Filters {
  actor: string;
  action: string;
  target: string;
  since: string;
  until: string;
}

const EMPTY: Filters = { actor: '', action: '', target: '', since: '', until: '' };
const iso = (local: string) => (local ? new Date(local).toISOString() : undefined);

export function AuditPage() {
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [page, setPage] = useState(1);
  const [details, setDetails] = useState<AuditEvent | undefined>();
  const query = {
    actor: filters.actor.trim(),
    action: filters.action.trim(),
    target: filters.target.trim(),
    since: iso(filters.since),
    until: iso(filters.until),
  };
  const events = useLoad(
    () => api.GET('/v0/admin/audit', { params: { query: { ...query, page, per_page: PER_PAGE } } }),
    [JSON.stringify(query), page],
  );
  const set = (field: keyof Filters) => (value: string) => {
    setFilters({ ...filters, [field]: value });
    setPage(1);
  };
  const text = (field: keyof Filters, label: string, hint?: string, type = 'text') => (
    <TextField
      label={label}
      hint={hint}
      type={type}
      value={filters[field]}
      onChange={(value) => set(field)(value)}
    />
  );

  return (
    <section aria-labelledby="audit-title">
      <div className="title-row">
        <h1 id="audit-title">Audit log</h1>
        <a
          className="button"
          href={`/v0/admin/audit/export?${querySerializer(query)}`}
          download="latchkey-audit.ndjson"
        >
          Export NDJSON
        </a>
      </div>
      <div className="filters">
        {text('actor', 'Actor', 'UUID, slug, email or client id')}
        {text('action', 'Action', 'key.revoked, or key.*')}
        {text('target', 'Target', 'key, or key:UUID')}
        {text('since', 'Since', undefined, 'datetime-local')}
        {text('until', 'Until', undefined, 'datetime-local')}
        <button type="button" onClick={() => setFilters(EMPTY)}>
          Clear filters
        </button>
      </div>
      <ChainCheck />
      <ListState list={events} what="events" empty={<p>No event matches.</p>}>
        {(rows) => (
          <Table caption="Audit events">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Time</th>
                <th scope="col">Action</th>
                <th scope="col">Actor</th>
                <th scope="col">Target</th>
                <th scope="col">Client</th>
                <th scope="col">More</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((event) => (
                <tr key={event.uuid}>
                  <td>{event.seq}</td>
                  <td>{when(event.time)}</td>
                  <td>
                    <code>{event.action}</code>
                  </td>
                  <td className="actor">{actorLabel(event)}</td>
                  <td>
                    {/* UUIDv7s share their leading (time) digits: the tail tells them apart. */}
                    {event.target.type}:
                    {event.target.id.length > 12 ? `…${event.target.id.slice(-8)}` : event.target.id}
                  </td>
                  <td>{event.client.address ?? ''}</td>
                  <td className="row-actions">
                    <button type="button" onClick={() => setDetails(event)}>
                      Details
                    </button>
                    <button
                      type="button"
                      onClick={() => set('target')(`${event.target.type}:${event.target.id}`)}
                      aria-label={`History of ${event.target.type} ${event.target.id}`}
                    >
                      Object history
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </ListState>
      <Pager page={page} perPage={PER_PAGE} total={events.total} onPage={setPage} />
      {details && (
        <Dialog title={`Event #${details.seq}: ${details.action}`} onClose={() => setDetails(undefined)} wide>
          <dl className="facts">
            <dt>Time</dt>
            <dd>{when(details.time)}</dd>
            <dt>Actor</dt>
            <dd>{actorLabel(details)}</dd>
            <dt>Target</dt>
            <dd>
              {details.target.type}:{details.target.id}
            </dd>
            <dt>Client</dt>
            <dd>
              {details.client.address ?? '—'} · {details.client.user_agent ?? '—'}
            </dd>
            <dt>Request id</dt>
            <dd>{details.request_id ?? '—'}</dd>
            <dt>Hash</dt>
            <dd>
              <code className="wrap">{details.hash}</code>
            </dd>
            <dt>Previous hash</dt>
            <dd>
              <code className="wrap">{details.prev_hash}</code>
            </dd>
          </dl>
          <h3>Changes</h3>
          <pre>
            <code>{JSON.stringify(details.changes, null, 2)}</code>
          </pre>
          <div className="actions">
            <button type="button" onClick={() => setDetails(undefined)}>
              Close
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}

const verifyChain = () => api.GET('/v0/admin/audit/verify');
type ChainVerdict = NonNullable<Awaited<ReturnType<typeof verifyChain>>['data']>;

/** The whole chain walked on the server (as `latchkey audit verify` does), on request: it reads every event. */
function ChainCheck() {
  const [verdict, setVerdict] = useState<ChainVerdict | undefined>();
  const action = useAction();
  return (
    <div className="chain">
      <button
        type="button"
        disabled={action.busy}
        onClick={() => void action.run(async () => setVerdict(await ok(verifyChain())))}
      >
        {action.busy ? 'Verifying…' : 'Verify the hash chain'}
      </button>
      <ErrorNote error={action.error} />
      {verdict?.intact && verdict.head && (
        <Notice>
          Hash chain intact: {verdict.events} events; the head is event #{verdict.head.seq} with hash{' '}
          <code className="wrap">{verdict.head.hash}</code>.
        </Notice>
      )}
      {verdict && !verdict.intact && verdict.broken && (
        <p className="error" role="alert">
          Hash chain broken at event #{verdict.broken.seq}: {verdict.broken.problem}. The {verdict.events}{' '}
          events before it verify.
        </p>
      )}
    </div>
  );
}
