// Shared pieces: states, dialogs, fields, tabs, tables and pagers, all labelled and keyboard-usable.
import { type InputHTMLAttributes, type ReactNode, useEffect, useId, useRef, useState } from 'react';

export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" role="status">
      Loading {what}…
    </p>
  );
}

export function ErrorNote({ error }: { error: string | undefined }) {
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {error}
    </p>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <p className="notice" role="status">
      {children}
    </p>
  );
}

/** A modal <dialog>: focus moves into it, Escape closes it, and the page behind is inert. */
export function Dialog(props: { title: string; onClose: () => void; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={props.wide ? 'wide' : undefined}
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
    >
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
    </dialog>
  );
}

/** A button that asks before it does something that cannot be undone. */
export function ConfirmButton(props: {
  label: string;
  title: string;
  consequence: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<boolean>;
  danger?: boolean;
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={props.danger ? 'danger' : undefined}
        disabled={props.disabled}
        onClick={() => setOpen(true)}
      >
        {props.label}
      </button>
      {open && (
        <Dialog title={props.title} onClose={() => setOpen(false)}>
          <div>{props.consequence}</div>
          <div className="actions">
            <button type="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button
              type="button"
              className="danger"
              onClick={async () => {
                if (await props.onConfirm()) setOpen(false);
              }}
            >
              {props.confirmLabel}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}

/** A labelled control; `error`: what the server refused in it, shown beside it. */
export function Field(props: {
  label: string;
  hint?: ReactNode;
  error?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.children(id)}
      {props.hint && <small className="muted">{props.hint}</small>}
      <ErrorNote error={props.error} />
    </div>
  );
}

/** A labelled text input (any `type` that holds a string): `<TextField label="Name" value={name} onChange={setName} />`. */
export function TextField(
  props: {
    label: string;
    hint?: ReactNode;
    error?: string;
    value: string;
    onChange: (value: string) => void;
  } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>,
) {
  const { label, hint, error, value, onChange, ...input } = props;
  return (
    <Field label={label} hint={hint} error={error}>
      {(id) => <input id={id} {...input} value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}

export function Tabs<T extends string>(props: {
  label: string;
  tabs: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div role="tablist" aria-label={props.label} className="tabs">
      {props.tabs.map((tab) => (
        <button
          key={tab.value}
          type="button"
          role="tab"
          aria-selected={tab.value === props.value}
          onClick={() => props.onChange(tab.value)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

/** Each body cell names its column (`data-label`), so on a phone a row reads as a card of labelled lines. */
function labelCells(table: HTMLTableElement): void {
  const heads = Array.from(table.tHead?.rows[0]?.cells ?? [], (cell) => cell.textContent?.trim() ?? '');
  for (const body of Array.from(table.tBodies))
    for (const row of Array.from(body.rows))
      for (const cell of Array.from(row.cells)) {
        const label = heads[cell.cellIndex];
        if (label && cell.dataset.label !== label) cell.dataset.label = label;
      }
}

/** A table; on a phone each row stacks into a card instead of squeezing the columns. */
export function Table(props: { caption: string; children: ReactNode }) {
  const ref = useRef<HTMLTableElement>(null);
  useEffect(() => {
    const table = ref.current;
    if (!table) return;
    labelCells(table);
    // Rows added or changed later (a reload, a new page) are labelled too.
    const observer = new MutationObserver(() => labelCells(table));
    observer.observe(table, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div className="table-wrap">
      <table ref={ref}>
        <caption className="visually-hidden">{props.caption}</caption>
        {props.children}
      </table>
    </div>
  );
}

/**
 * What an empty list means: what the thing is, and where the API documentation (served by this
 * server at /v0/docs) tells more.
 */
export function Empty(props: { title: string; children?: ReactNode; docs?: { tag: string; label: string } }) {
  return (
    <div className="empty">
      <p>
        <strong>{props.title}</strong>
      </p>
      {props.children && <p>{props.children}</p>}
      {props.docs && (
        <p>
          <a href={`/v0/docs#/${encodeURIComponent(props.docs.tag)}`}>{props.docs.label}</a>
        </p>
      )}
    </div>
  );
}

/**
 * A loaded list in its states: loading, its error, `empty` when it has no rows, or its rows as `children`
 * draws them (a table, most often).
 */
export function ListState<T>(props: {
  list: { data?: T[]; error?: string; loading: boolean };
  what: string;
  empty: ReactNode;
  children: (rows: T[]) => ReactNode;
}) {
  const { data, error, loading } = props.list;
  return (
    <>
      {loading && <Loading what={props.what} />}
      <ErrorNote error={error} />
      {data && data.length === 0 && props.empty}
      {data && data.length > 0 && props.children(data)}
    </>
  );
}

export function Pager(props: {
  page: number;
  perPage: number;
  total: number | undefined;
  onPage: (page: number) => void;
}) {
  const pages = props.total === undefined ? 1 : Math.max(1, Math.ceil(props.total / props.perPage));
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" disabled={props.page <= 1} onClick={() => props.onPage(props.page - 1)}>
        Previous
      </button>
      <span>
        Page {props.page} of {pages}
        {props.total !== undefined && ` (${props.total} in all)`}
      </span>
      <button type="button" disabled={props.page >= pages} onClick={() => props.onPage(props.page + 1)}>
        Next
      </button>
    </nav>
  );
}

/** Copies text to the clipboard and says so; the text itself stays only in the page's memory. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | undefined>();
  return (
    <button
      type="button"
      onClick={() =>
        navigator.clipboard.writeText(text).then(
          () => setCopied('yes'),
          () => setCopied('failed'),
        )
      }
    >
      {copied === 'yes' ? 'Copied' : copied === 'failed' ? 'Copy failed: select and copy' : label}
    </button>
  );
}
