// The dialog that shows a new key once: copy button, ready-to-paste curl, netrc and Python, and the warning.
import { CopyButton, Dialog } from '../ui.tsx';
import { Warnings } from './address-limit-fields.tsx';

export interface ShownOnce {
  /** What it is, for the title: "API key", "Session key", "Client secret". */
  kind: string;
  name: string;
  secret: string;
  /** A Basic user name for the snippets: '' for `-u KEY:`, or the app's client id. */
  basicUser?: string;
  details?: string;
  /** The server's warnings about the new credential's settings (an allowed address list of 0.0.0.0/0). */
  warnings?: string[];
}

function snippets(secret: string) {
  const origin = window.location.origin;
  const host = window.location.hostname;
  return {
    curl: `curl -u "${secret}:" ${origin}/v0/auth/whoami`,
    netrc: `machine ${host}\nlogin apikey\npassword ${secret}`,
    python: [
      'import base64, json, urllib.request',
      '',
      `KEY = "${secret}"`,
      'token = base64.b64encode(b"apikey:" + KEY.encode()).decode()',
      `request = urllib.request.Request("${origin}/v0/auth/whoami",`,
      '                                 headers={"Authorization": f"Basic {token}"})',
      'print(json.load(urllib.request.urlopen(request)))',
    ].join('\n'),
  };
}

function Snippet({ label, text }: { label: string; text: string }) {
  return (
    <figure className="snippet">
      <figcaption>
        {label} <CopyButton text={text} label={`Copy ${label}`} />
      </figcaption>
      <pre>
        <code>{text}</code>
      </pre>
    </figure>
  );
}

export function ShownOnceDialog({ shown, onClose }: { shown: ShownOnce; onClose: () => void }) {
  const code = snippets(shown.secret);
  const isKey = shown.basicUser === undefined;
  return (
    <Dialog title={`${shown.kind} created: ${shown.name}`} onClose={onClose} wide>
      <p className="warning" role="alert">
        Copy it now: this {shown.kind.startsWith('API') ? shown.kind : shown.kind.toLowerCase()} will never be
        shown again. Latchkey keeps only its hash.
      </p>
      <div className="secret-row">
        <label htmlFor="shown-secret">{shown.kind}</label>
        <input
          id="shown-secret"
          className="secret"
          readOnly
          value={shown.secret}
          spellCheck={false}
          autoComplete="off"
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton text={shown.secret} label="Copy" />
      </div>
      {shown.details && <p className="muted">{shown.details}</p>}
      <Warnings warnings={shown.warnings} />
      {isKey ? (
        <>
          <Snippet label="curl" text={code.curl} />
          <Snippet label="netrc" text={code.netrc} />
          <Snippet label="Python" text={code.python} />
        </>
      ) : (
        <Snippet
          label="curl (token)"
          text={`curl -u "${shown.basicUser}:${shown.secret}" -d grant_type=client_credentials ${window.location.origin}/v0/oauth/token`}
        />
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={onClose}>
          I have copied it — close
        </button>
      </div>
    </Dialog>
  );
}
