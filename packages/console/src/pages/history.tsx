// An object's history from the audit log (GET /v0/audit?target=TYPE:ID), shown to anyone who can see it.
import { api, type Schemas } from '../api.ts';
import { when } from '../format.ts';
import { useLoad } from '../hooks.ts';
import { Dialog, ListState } from '../ui.tsx';

export const actorLabel = (event: Schemas['AuditEvent']) =>
  event.actor.type === 'system'
    ? 'system'
    : event.actor.type === 'anonymous'
      ? 'anonymous'
      : `${event.actor.label ?? event.actor.uuid ?? '?'}${event.actor.credential ? ` (${event.actor.credential.kind}${event.actor.credential.hint ? ` ${event.actor.credential.hint}` : ''})` : ''}`;

export function HistoryDialog({
  target,
  title,
  onClose,
}: {
  target: string;
  title: string;
  onClose: () => void;
}) {
  const events = useLoad(
    () => api.GET('/v0/audit', { params: { query: { target, per_page: 50, direction: 'desc' } } }),
    [target],
  );
  return (
    <Dialog title={`History: ${title}`} onClose={onClose} wide>
      <ListState list={events} what="history" empty={<p>No recorded events.</p>}>
        {(rows) => (
          <ol className="history">
            {rows.map((event) => (
              <li key={event.uuid}>
                <strong>{event.action}</strong> by {actorLabel(event)}{' '}
                <span className="muted">{when(event.time)}</span>
              </li>
            ))}
          </ol>
        )}
      </ListState>
      <div className="actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
