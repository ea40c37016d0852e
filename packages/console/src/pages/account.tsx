// My account: change password, second factors (authenticator app, passkeys), and a session key (LabKey)
// that lives as long as this session.
import { type FormEvent, useState } from 'react';
import { api, ok } from '../api.ts';
import { when } from '../format.ts';
import { useAction } from '../hooks.ts';
import { useSession } from '../session.ts';
import { ErrorNote, Notice, TextField } from '../ui.tsx';
import { AuthenticatorApp, Passkeys } from './account-factors.tsx';
import { type ShownOnce, ShownOnceDialog } from './key-dialog.tsx';

export function AccountPage() {
  const { user, expiration } = useSession();
  return (
    <section aria-labelledby="account-title">
      <h1 id="account-title">Account</h1>
      <p>
        {user.name} · {user.email} · <span className="muted">signed in until {when(expiration)}</span>
      </p>
      <ChangePassword />
      <AuthenticatorApp />
      <Passkeys />
      <SessionKey />
    </section>
  );
}

function ChangePassword() {
  const { user } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    void action.run(async () => {
      if (next !== repeat) throw new Error('The two new passwords differ.');
      await api.PATCH('/v0/users/{user}', {
        params: { path: { user: user.uuid } },
        body: { current_password: current, password: next },
      });
      setCurrent('');
      setNext('');
      setRepeat('');
      setDone(true);
    });
  };
  return (
    <form onSubmit={submit} className="card" aria-labelledby="password-title">
      <h2 id="password-title">Change password</h2>
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        value={current}
        onChange={setCurrent}
      />
      <TextField
        label="New password"
        hint="At least 12 characters."
        type="password"
        autoComplete="new-password"
        required
        value={next}
        onChange={setNext}
      />
      <TextField
        label="New password again"
        type="password"
        autoComplete="new-password"
        required
        value={repeat}
        onChange={setRepeat}
      />
      <ErrorNote error={action.error} />
      {done && <Notice>Password changed.</Notice>}
      <button type="submit" className="primary" disabled={action.busy}>
        Change password
      </button>
    </form>
  );
}

function SessionKey() {
  const [shown, setShown] = useState<ShownOnce | undefined>();
  const action = useAction();
  const create = () =>
    action.run(async () => {
      const data = await ok(api.POST('/v0/auth/session-keys'));
      setShown({
        kind: 'Session key',
        name: 'this session',
        secret: data.key,
        details: `It works until you sign out or the session ends (${when(data.expiration)}).`,
      });
    });
  return (
    <div className="card">
      <h2>Session key</h2>
      <p>
        A session key works like an API key while this session lives, and stops when you sign out. It is not
        listed among your API keys.
      </p>
      <ErrorNote error={action.error} />
      <button type="button" onClick={() => void create()} disabled={action.busy}>
        Generate session key
      </button>
      {shown && <ShownOnceDialog shown={shown} onClose={() => setShown(undefined)} />}
    </div>
  );
}
