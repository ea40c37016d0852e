// The public page an invitation or password reset link opens: shows whose account it is, then sets the password.
import { type FormEvent, useEffect, useState } from 'react';
import { messageOf, ok, signInApi } from '../api.ts';
import { useAction } from '../hooks.ts';
import { ErrorNote, Loading, TextField } from '../ui.tsx';

const inspect = (token: string) => signInApi.POST('/v0/auth/password-links/inspect', { body: { token } });
type LinkDetails = NonNullable<Awaited<ReturnType<typeof inspect>>['data']>;

/** The token travels in the fragment (#token=…), which browsers never send to a server or put in logs. */
const tokenOf = (): string => new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';

export function SetPasswordPage() {
  const [token] = useState(tokenOf);
  const [details, setDetails] = useState<LinkDetails | undefined>();
  const [refusal, setRefusal] = useState<string | undefined>();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const action = useAction();

  useEffect(() => {
    if (!token) {
      setRefusal('This page needs the whole link from the invitation or reset message.');
      return;
    }
    ok(inspect(token))
      .then(setDetails)
      .catch((error: unknown) => setRefusal(messageOf(error)));
  }, [token]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await signInApi.POST('/v0/auth/password-links/redeem', { body: { token, password } });
      setPassword('');
      setDone(true);
    });
  };

  const title = details?.purpose === 'password_reset' ? 'Choose a new password' : 'Welcome to Latchkey';
  return (
    <main className="sign-in">
      <div className="card">
        <h1>{refusal ? 'This link does not work' : title}</h1>
        {refusal && (
          <p role="alert" className="error">
            {refusal}
          </p>
        )}
        {!refusal && !details && <Loading what="the link" />}
        {done && (
          <>
            <p role="status">Your password is set. Sign in with {details?.email} and your new password.</p>
            <a href="/console/">Go to sign-in</a>
          </>
        )}
        {details && !done && (
          <form onSubmit={submit}>
            <p>
              {details.purpose === 'invitation'
                ? `${details.name}, choose the password for ${details.email}.`
                : `Choose a new password for ${details.email}. Every session of the account ends when you do.`}
            </p>
            <TextField
              label="New password"
              hint="At least 12 characters, not easy to guess: a few uncommon words together work well."
              type="password"
              autoComplete="new-password"
              required
              minLength={12}
              value={password}
              onChange={setPassword}
            />
            <ErrorNote error={action.error} />
            <button type="submit" className="primary" disabled={action.busy}>
              Set password
            </button>
          </form>
        )}
      </div>
    </main>
  );
}
